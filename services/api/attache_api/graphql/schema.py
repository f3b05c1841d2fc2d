"""Queries, and the schema with its abuse limits and error masking."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Annotated, TypeVar

import strawberry
from graphql import ASTValidationRule, GraphQLError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.types import ExecutionContext

from attache.actors.repository import ActorFilter, count_actors, list_actors
from attache.articles.repository import count_articles, list_articles
from attache.events.repository import EventFilter, count_events, list_events
from attache.initiatives.repository import InitiativeFilter, count_initiatives, list_initiatives
from attache.paging import Window
from attache.settings import Settings
from attache_api.graphql.context import Context
from attache_api.graphql.errors import (
    CodedErrors,
    MaskUnexpected,
    UserError,
    checked_text,
    is_unexpected,
)
from attache_api.graphql.execution import LeanExecutor
from attache_api.graphql.fields import described
from attache_api.graphql.ids import decode_id, key_for
from attache_api.graphql.lookahead import asks_for
from attache_api.graphql.mutations import Mutation
from attache_api.graphql.pagination import (
    Connection,
    PageRequest,
    connection,
    known_total,
    page_request,
)
from attache_api.graphql.periods import (
    ORDER_HELP,
    SINCE_HELP,
    UNTIL_HELP,
    ActorOrder,
    EventOrder,
    InitiativeOrder,
    period,
)
from attache_api.graphql.result_cache import CachedResults
from attache_api.graphql.subscriptions import Subscription
from attache_api.graphql.types import (
    PARTICIPANTS_IN_CONNECTION,
    Actor,
    Article,
    Event,
    Info,
    Initiative,
    Node,
    with_participants,
)

RowT = TypeVar("RowT")
NodeT = TypeVar("NodeT")


@strawberry.type
class Query:
    @described("Any node by its global id.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        decoded = decode_id(id)
        return await load_node(info.context, *decoded) if decoded else None

    @described("An article by global id or by its key (`art_…`).")
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        key = key_for(id, "Article")
        return await load_article(info.context, key) if key else None

    @described("Articles, newest submission first.")
    async def articles(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: str | None = None,
    ) -> Connection[Article]:
        wanted = checked_text("status", status)
        return await _top_level(
            info,
            page_request(first, after, info.context.settings),
            lambda s, window: list_articles(s, wanted, window),
            lambda s: count_articles(s, wanted),
            Article.from_row,
        )

    @described("An actor by global id or by its key (`country:US`, …).")
    async def actor(self, info: Info, id: strawberry.ID) -> Actor | None:
        key = key_for(id, "Actor")
        return await load_actor(info.context, key) if key else None

    @described("Actors, most reported first unless `orderBy` says otherwise.")
    async def actors(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        kind: str | None = None,
        search: str | None = None,
        since: Annotated[str | None, strawberry.argument(description=SINCE_HELP)] = None,
        until: Annotated[str | None, strawberry.argument(description=UNTIL_HELP)] = None,
        order_by: Annotated[
            ActorOrder, strawberry.argument(description=ORDER_HELP)
        ] = ActorOrder.ARTICLE_COUNT,
    ) -> Connection[Actor]:
        filters = ActorFilter(
            kind=checked_text("kind", kind),
            search=checked_text("search", search),
            seen=period(since, until),
            order=order_by.value,
        )
        return await _top_level(
            info,
            page_request(first, after, info.context.settings),
            lambda s, window: list_actors(s, filters, window),
            lambda s: count_actors(s, filters),
            Actor.from_row,
        )

    @described("An initiative by global id or by its key.")
    async def initiative(self, info: Info, id: strawberry.ID) -> Initiative | None:
        key = key_for(id, "Initiative")
        return await load_initiative(info.context, key) if key else None

    @described("Initiatives, latest reported first unless `orderBy` says otherwise.")
    async def initiatives(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        actor: strawberry.ID | None = None,
        search: str | None = None,
        since: Annotated[str | None, strawberry.argument(description=SINCE_HELP)] = None,
        until: Annotated[str | None, strawberry.argument(description=UNTIL_HELP)] = None,
        order_by: Annotated[
            InitiativeOrder, strawberry.argument(description=ORDER_HELP)
        ] = InitiativeOrder.LAST_SEEN,
    ) -> Connection[Initiative]:
        filters = InitiativeFilter(
            kind=checked_text("kind", kind),
            status=checked_text("status", status),
            actor_id=_actor_key(actor),
            search=checked_text("search", search),
            seen=period(since, until),
            order=order_by.value,
        )
        found = await _top_level(
            info,
            page_request(first, after, info.context.settings),
            lambda s, window: list_initiatives(s, filters, window),
            lambda s: count_initiatives(s, filters),
            Initiative.from_row,
        )
        await with_participants(info, PARTICIPANTS_IN_CONNECTION, [e.node for e in found.edges])
        return found

    @described(
        "Events across articles, newest article first; filter by PLOVER type, actor or time."
    )
    async def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        type: str | None = None,
        actor: strawberry.ID | None = None,
        since: Annotated[str | None, strawberry.argument(description=SINCE_HELP)] = None,
        until: Annotated[str | None, strawberry.argument(description=UNTIL_HELP)] = None,
        order_by: Annotated[
            EventOrder, strawberry.argument(description="LAST_SEEN: newest first.")
        ] = EventOrder.LAST_SEEN,
    ) -> Connection[Event]:
        filters = EventFilter(
            type=checked_text("type", type),
            actor_id=_actor_key(actor),
            seen=period(since, until),
            order=order_by.value,
        )
        return await _top_level(
            info,
            page_request(first, after, info.context.settings),
            lambda s, window: list_events(s, filters, window),
            lambda s: count_events(s, filters),
            Event.from_row,
        )


def _actor_key(actor: strawberry.ID | None) -> str | None:
    if actor is None:
        return None
    key = key_for(actor, "Actor")
    if key is None:
        raise UserError("actor must be an actor id")
    return key


async def load_node(context: Context, type_name: str, key: str) -> Node | None:
    loaders = {"Article": load_article, "Actor": load_actor, "Initiative": load_initiative}
    load = loaders.get(type_name)
    return await load(context, key) if load else None


async def load_article(context: Context, key: str) -> Article | None:
    row = await context.loaders.article.load(key)
    return Article.from_row(row) if row else None


async def load_actor(context: Context, key: str) -> Actor | None:
    row = await context.loaders.actor.load(key)
    return Actor.from_row(row) if row else None


async def load_initiative(context: Context, key: str) -> Initiative | None:
    row = await context.loaders.initiative.load(key)
    return Initiative.from_row(row) if row else None


async def _top_level(
    info: Info,
    page: PageRequest,
    read_page: Callable[[AsyncSession, Window], Awaitable[Sequence[RowT]]],
    count: Callable[[AsyncSession], Awaitable[int]],
    convert: Callable[[RowT], NodeT],
) -> Connection[NodeT]:
    """One SELECT for the page, and the COUNT in the same session when totalCount is asked
    for (a session costs a pool checkout, a ping and a rollback), or later should a field
    below ask for it anyway."""
    sessions = info.context.state.sessions
    total = None
    async with sessions() as session:
        rows = await read_page(session, page.window)
        if asks_for(info, ("totalCount",)):
            total = await count(session)

    async def counter() -> int:
        async with sessions() as session:
            return await count(session)

    return connection(rows, page, convert, known_total(total) if total is not None else counter)


class AttacheSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Logs only what went wrong on our side; a client's mistake is not worth a traceback."""
        unexpected = [e for e in errors if is_unexpected(e)]
        if unexpected:
            super().process_errors(unexpected, execution_context)


# Distinct query texts whose parsed and validated documents are kept: a frontend sends a few
# dozen; a client making up new ones only ever meets a miss.
QUERY_CACHE_SIZE = 256


def make_schema(settings: Settings) -> strawberry.Schema:
    schema = AttacheSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[
            # Factories, not instances: each operation gets extensions of its own.
            partial(MaxTokensLimiter, max_token_count=settings.graphql_max_tokens),
            partial(AddValidationRules, limit_rules(settings)),
            # A query seen before is neither parsed nor validated again.
            partial(ParserCache, maxsize=QUERY_CACHE_SIZE),
            partial(ValidationCache, maxsize=QUERY_CACHE_SIZE),
            # Whatever a resolver did not raise on purpose reaches the client as
            # "Unexpected error." — database messages and paths stay in the log.
            partial(MaskUnexpected, should_mask_error=is_unexpected),
            CodedErrors,
            # Last: an answer served from memory skips only the execution itself.
            CachedResults,
        ],
    )
    # Values already in memory are served without graphql-core's per-field work: see
    # `execution`.
    schema.execution_context_class = LeanExecutor
    return schema


def limit_rules(settings: Settings) -> list[type[ASTValidationRule]]:
    """The depth and alias limits as validation rules, made once: the limiter extensions make
    new rule classes for every operation, which no validation cache could ever match."""
    return [
        *QueryDepthLimiter(max_depth=settings.graphql_max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases).validation_rules,
    ]
