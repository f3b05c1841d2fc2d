"""Per-request DataLoaders: every nested list is read for all its parents in one statement.

Sessions: strawberry resolves sibling fields concurrently, and an AsyncSession must never run two
statements at once. Each batch therefore opens its own short session from the request's
sessionmaker and closes it before returning, rather than sharing one session behind a lock:
no connection is held while resolvers wait on each other, nothing needs closing at the end of
the request, and sibling batches really run in parallel on PostgreSQL. The price is that a
request may read through a few connections at once, each seeing committed data only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.dataloader import DataLoader

from attache.actors.models import Actor, ActorRelation, Event, EventActor, Quote
from attache.actors.repository import (
    RelationKey,
    RelationSummary,
    actors_by_id,
    actors_named_in,
    quotes_by,
    quotes_in,
    relation_evidence,
    relations_of,
)
from attache.articles.models import Article
from attache.articles.repository import articles_by_id, articles_naming, articles_reporting
from attache.events.repository import EventKey, actors_of_events, events_in, events_reporting
from attache.initiatives.models import ArticleInitiative, Evidence, Initiative
from attache.initiatives.repository import (
    LinkRow,
    evidence_of,
    initiatives_by_id,
    initiatives_of,
    initiatives_reported_in,
    links_within,
    participants_of,
    reports_of,
)
from attache_api.graphql.pagination import PageRequest, Slice

RowT = TypeVar("RowT")
KeyT = TypeVar("KeyT", bound=Hashable)


class _Keyed(Protocol):
    id: Any


KeyedT = TypeVar("KeyedT", bound=_Keyed)


@dataclass(frozen=True, slots=True)
class PageKey:
    """One parent's page of a nested list; the parents sharing `args` are read together."""

    parent: str
    page: PageRequest
    # A filter the nested list takes: the role in `Actor.initiatives`, the polarity in
    # `Actor.relations`.
    role: str | None = None

    @property
    def args(self) -> Hashable:
        return (self.page, self.role)


ByIdFetch = Callable[[AsyncSession, list[str]], Awaitable[Sequence[KeyedT]]]
ListFetch = Callable[[AsyncSession, list[str]], Awaitable[Sequence[tuple[str, RowT]]]]
PageFetch = Callable[[AsyncSession, list[str], PageKey], Awaitable[Sequence[tuple[str, RowT, int]]]]


class Loaders:
    """Built fresh for each request in `get_context`, so nothing cached outlives it."""

    def __init__(self, sessions: async_sessionmaker[Any], cached: bool = True) -> None:
        self._sessions = sessions
        self._cached = cached
        self.article: DataLoader[str, Article | None] = self._loader(self._by_id(articles_by_id))
        self.actor: DataLoader[str, Actor | None] = self._loader(self._by_id(actors_by_id))
        self.initiative: DataLoader[str, Initiative | None] = self._loader(
            self._by_id(initiatives_by_id)
        )
        self.article_actors: DataLoader[str, list[Actor]] = self._loader(
            self._lists(actors_named_in)
        )
        self.article_initiatives: DataLoader[str, list[Initiative]] = self._loader(
            self._lists(initiatives_reported_in)
        )
        self.article_quotes: DataLoader[str, list[tuple[Quote, Actor | None]]] = self._loader(
            self._lists(_quotes_by_article)
        )
        self.initiative_participants: DataLoader[str, list[tuple[str, Actor]]] = self._loader(
            self._lists(_participants_by_initiative)
        )
        self.initiative_evidence: DataLoader[str, list[Evidence]] = self._loader(
            self._lists(_evidence_by_initiative)
        )
        self.initiative_reports: DataLoader[str, list[ArticleInitiative]] = self._loader(
            self._lists(reports_of)
        )
        self.initiative_links: DataLoader[str, list[LinkRow]] = self._loader(
            self._lists(links_within)
        )
        self.actor_articles: DataLoader[PageKey, Slice[Article]] = self._loader(
            self._pages(lambda s, ids, key: articles_naming(s, ids, key.page.window))
        )
        self.actor_initiatives: DataLoader[PageKey, Slice[Initiative]] = self._loader(
            self._pages(lambda s, ids, key: initiatives_of(s, ids, key.role, key.page.window))
        )
        self.actor_quotes: DataLoader[PageKey, Slice[Quote]] = self._loader(
            self._pages(_quotes_by_speaker)
        )
        self.initiative_articles: DataLoader[PageKey, Slice[Article]] = self._loader(
            self._pages(lambda s, ids, key: articles_reporting(s, ids, key.page.window))
        )
        self.article_events: DataLoader[str, list[Event]] = self._loader(
            self._lists(_events_by_article)
        )
        self.initiative_events: DataLoader[str, list[Event]] = self._loader(
            self._lists(events_reporting)
        )
        self.event_actors: DataLoader[EventKey, list[tuple[EventActor, Actor]]] = self._loader(
            self._keyed_lists(actors_of_events, lambda pair: (pair[0].article_id, pair[0].seq))
        )
        self.actor_relations: DataLoader[PageKey, Slice[RelationSummary]] = self._loader(
            self._pages(_relations_by_actor)
        )
        self.relation_evidence: DataLoader[RelationKey, list[ActorRelation]] = self._loader(
            self._keyed_lists(
                relation_evidence, lambda row: (row.actor_id, row.other_id, row.polarity)
            )
        )

    def _loader(self, load: Callable[[list[Any]], Awaitable[list[Any]]]) -> DataLoader[Any, Any]:
        return DataLoader(load, cache=self._cached)

    def _by_id(
        self, fetch: ByIdFetch[KeyedT]
    ) -> Callable[[list[str]], Awaitable[list[KeyedT | None]]]:
        async def load(keys: list[str]) -> list[KeyedT | None]:
            async with self._sessions() as session:
                rows = await fetch(session, keys)
            found = {row.id: row for row in rows}
            return [found.get(key) for key in keys]

        return load

    def _lists(self, fetch: ListFetch[RowT]) -> Callable[[list[str]], Awaitable[list[list[RowT]]]]:
        async def load(keys: list[str]) -> list[list[RowT]]:
            async with self._sessions() as session:
                pairs = await fetch(session, keys)
            grouped: dict[str, list[RowT]] = defaultdict(list)
            for parent, row in pairs:
                grouped[parent].append(row)
            return [grouped.get(key, []) for key in keys]

        return load

    def _keyed_lists(
        self,
        fetch: Callable[[AsyncSession, list[KeyT]], Awaitable[Sequence[RowT]]],
        key_of: Callable[[RowT], KeyT],
    ) -> Callable[[list[KeyT]], Awaitable[list[list[RowT]]]]:
        """Lists keyed by a compound key the rows carry themselves."""

        async def load(keys: list[KeyT]) -> list[list[RowT]]:
            async with self._sessions() as session:
                rows = await fetch(session, keys)
            grouped: dict[KeyT, list[RowT]] = defaultdict(list)
            for row in rows:
                grouped[key_of(row)].append(row)
            return [grouped.get(key, []) for key in keys]

        return load

    def _pages(
        self, fetch: PageFetch[RowT]
    ) -> Callable[[list[PageKey]], Awaitable[list[Slice[RowT]]]]:
        """One statement per distinct argument set, however many parents share it."""

        async def load(keys: list[PageKey]) -> list[Slice[RowT]]:
            slices: dict[PageKey, Slice[RowT]] = {}
            for sample, same_args in _group_by_args(keys):
                async with self._sessions() as session:
                    found = await fetch(session, [k.parent for k in same_args], sample)
                slices.update(_slices(found, same_args))
            return [slices[key] for key in keys]

        return load


def _group_by_args(keys: list[PageKey]) -> list[tuple[PageKey, list[PageKey]]]:
    groups: dict[Hashable, list[PageKey]] = defaultdict(list)
    for key in keys:
        groups[key.args].append(key)
    return [(same_args[0], same_args) for same_args in groups.values()]


def _slices(
    found: Sequence[tuple[str, RowT, int]], keys: list[PageKey]
) -> dict[PageKey, Slice[RowT]]:
    rows: dict[str, list[RowT]] = defaultdict(list)
    totals: dict[str, int] = {}
    for parent, row, total in found:
        rows[parent].append(row)
        totals[parent] = total
    return {key: Slice(rows=rows[key.parent], total=totals.get(key.parent, 0)) for key in keys}


async def _quotes_by_article(
    session: AsyncSession, article_ids: list[str]
) -> list[tuple[str, tuple[Quote, Actor | None]]]:
    return [(q.article_id, (q, speaker)) for q, speaker in await quotes_in(session, article_ids)]


async def _participants_by_initiative(
    session: AsyncSession, initiative_ids: list[str]
) -> list[tuple[str, tuple[str, Actor]]]:
    rows = await participants_of(session, initiative_ids)
    return [(initiative_id, (role, actor)) for initiative_id, role, actor in rows]


async def _evidence_by_initiative(
    session: AsyncSession, initiative_ids: list[str]
) -> list[tuple[str, Evidence]]:
    return await evidence_of(session, initiative_ids)


async def _quotes_by_speaker(
    session: AsyncSession, speaker_ids: list[str], key: PageKey
) -> list[tuple[str, Quote, int]]:
    rows = await quotes_by(session, speaker_ids, key.page.window)
    return [(q.speaker_id or "", q, total) for q, total in rows]


async def _events_by_article(
    session: AsyncSession, article_ids: list[str]
) -> list[tuple[str, Event]]:
    return [(e.article_id, e) for e in await events_in(session, article_ids)]


async def _relations_by_actor(
    session: AsyncSession, actor_ids: list[str], key: PageKey
) -> list[tuple[str, RelationSummary, int]]:
    rows = await relations_of(session, actor_ids, key.role, key.page.window)
    return [(r.actor_id, r, total) for r, total in rows]
