"""Live updates over the graphql-transport-ws protocol: an article's progress, the graph's changes.

The worker announces both on Redis after each commit (attache.notify); this process's event hub
relays them to every subscription it serves. A subscription ends when its client sends
`complete` or goes away; the hub then forgets its listener.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, Callable
from typing import Any, TypeVar, cast

import strawberry
from sqlalchemy import select

from attache.articles.models import Article as ArticleRow
from attache.articles.models import ArticleStatus
from attache.notify import ArticleStatusChanged, GraphChanged, Notice
from attache_api.events import EventHub
from attache_api.graphql.context import Context
from attache_api.graphql.errors import UserError
from attache_api.graphql.fields import described
from attache_api.graphql.ids import encode_id, key_for
from attache_api.graphql.types import Actor, Article, Info, Initiative

FINAL = frozenset({ArticleStatus.DONE, ArticleStatus.FAILED})
# Pub/sub drops what is published while the hub reconnects: a status not heard of for this
# long is read again from the database.
RECHECK_SECONDS = 5.0
# How long a new subscription waits for the hub to be subscribed before it reads the current
# status, so that no change falls between the read and the subscription.
SUBSCRIBE_WAIT_SECONDS = 2.0

ResolverT = TypeVar("ResolverT", bound=Callable[..., Any])


def subscription(description: str) -> Callable[[ResolverT], ResolverT]:
    return cast(Callable[[ResolverT], ResolverT], strawberry.subscription(description=description))


@strawberry.type(description="An article's status at one step of its processing.")
class ArticleStatusChange:
    id: strawberry.ID = strawberry.field(description="The article's global id.")
    status: str = strawberry.field(description="queued, processing, done or failed.")
    error: str | None = strawberry.field(description="Why it failed, when it did.")
    key: strawberry.Private[str]

    @classmethod
    def of(cls, key: str, status: str, error: str | None) -> ArticleStatusChange:
        return cls(id=strawberry.ID(encode_id("Article", key)), status=status, error=error, key=key)

    @described("The article as stored now: once done, with what was extracted.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.key)
        return Article.from_row(row) if row else None


@strawberry.type(
    description="What storing one article's extraction added to or changed in the graph."
)
class GraphChange:
    article_key: strawberry.Private[str]
    actor_keys: strawberry.Private[tuple[str, ...]]
    initiative_keys: strawberry.Private[tuple[str, ...]]

    @described("The article whose extraction was stored.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.article_key)
        return Article.from_row(row) if row else None

    @described("The actors it names, and those it named before when it was stored again.")
    async def actors(self, info: Info) -> list[Actor]:
        rows = await info.context.loaders.actor.load_many(list(self.actor_keys))
        return [Actor.from_row(row) for row in rows if row is not None]

    @described("The initiatives it reports, and those it reported before when stored again.")
    async def initiatives(self, info: Info) -> list[Initiative]:
        rows = await info.context.loaders.initiative.load_many(list(self.initiative_keys))
        return [Initiative.from_row(row) for row in rows if row is not None]


@strawberry.type
class Subscription:
    @subscription(
        "An article's status now, then each change: queued, processing, then done or failed, "
        "where the subscription ends."
    )
    async def article_status(
        self, info: Info, id: strawberry.ID
    ) -> AsyncGenerator[ArticleStatusChange, None]:
        key = key_for(id, "Article")
        if key is None:
            raise UserError("id must be an article id")
        hub = info.context.state.events
        async with hub.listen() as listener:
            await _subscribed(hub)
            change = await _current(info.context, key)
            if change is None:
                raise UserError(f"no article has the id {id}")
            yield change
            while change.status not in FINAL:
                notice = await listener.next(timeout=RECHECK_SECONDS)
                latest = _status_in(notice, key) if notice else await _current(info.context, key)
                if latest is not None and latest.status != change.status:
                    change = latest
                    yield change

    @subscription(
        "Each article stored from now on, with the actors and initiatives it added or changed."
    )
    async def graph_changed(self, info: Info) -> AsyncGenerator[GraphChange, None]:
        async with info.context.state.events.listen() as listener:
            async for notice in listener:
                if isinstance(notice, GraphChanged):
                    yield GraphChange(
                        article_key=notice.article_id,
                        actor_keys=notice.actor_ids,
                        initiative_keys=notice.initiative_ids,
                    )


async def _subscribed(hub: EventHub) -> None:
    """Until the hub hears the channel; with Redis away, the status is re-read instead."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(hub.subscribed.wait(), SUBSCRIBE_WAIT_SECONDS)


async def _current(context: Context, key: str) -> ArticleStatusChange | None:
    stmt = select(ArticleRow.status, ArticleRow.error).where(ArticleRow.id == key)
    async with context.state.sessions() as session:
        row = (await session.execute(stmt)).first()
    return ArticleStatusChange.of(key, row.status, row.error) if row else None


def _status_in(notice: Notice, key: str) -> ArticleStatusChange | None:
    if isinstance(notice, ArticleStatusChanged) and notice.article_id == key:
        return ArticleStatusChange.of(key, notice.status, notice.error)
    return None
