"""Reads of merged actors and their quotes. Paging happens here, conversion in the caller."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from attache.actors.models import Actor, ActorRelation, ArticleActor, Quote
from attache.articles.models import Article
from attache.db import one_of
from attache.paging import Window, inside, row_number_within, total_within
from attache.periods import ALL_TIME, Period

# Most reported first; the id makes the order total, so pages never overlap.
ACTOR_ORDER = (Actor.article_count.desc(), Actor.mention_count.desc(), Actor.id)
ACTOR_ORDERS: dict[str, tuple[Any, ...]] = {
    "article_count": ACTOR_ORDER,
    "last_seen": (Actor.last_seen.desc().nulls_last(), Actor.id),
    "first_seen": (Actor.first_seen.asc().nulls_last(), Actor.id),
}
QUOTE_ORDER = (Article.submitted_at.desc(), Quote.article_id, Quote.start)


@dataclass(frozen=True, slots=True)
class RelationSummary:
    """One actor's relation of one polarity with another, summed over every article."""

    actor_id: str
    other_id: str
    # The other actor's row, read in the same statement: a relation is shown with it.
    other: Actor
    polarity: str
    count: int
    article_count: int


RelationKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ActorFilter:
    kind: str | None = None
    # Case-insensitive substring of the name or of any alias.
    search: str | None = None
    # Only actors named in an article of this period (its publication time, else submission).
    seen: Period = ALL_TIME
    # A key of ACTOR_ORDERS.
    order: str = "article_count"


async def actors_by_id(session: AsyncSession, ids: Sequence[str]) -> list[Actor]:
    return list(
        (await session.execute(select(Actor).where(one_of(session, Actor.id, ids)))).scalars()
    )


async def list_actors(session: AsyncSession, filters: ActorFilter, window: Window) -> list[Actor]:
    stmt = _filtered(select(Actor), filters, _dialect(session))
    stmt = stmt.order_by(*ACTOR_ORDERS[filters.order]).offset(window.offset).limit(window.limit)
    return list((await session.execute(stmt)).scalars())


async def count_actors(session: AsyncSession, filters: ActorFilter) -> int:
    stmt = _filtered(select(func.count()).select_from(Actor), filters, _dialect(session))
    return int((await session.execute(stmt)).scalar_one())


async def actors_named_in(
    session: AsyncSession, article_ids: Sequence[str]
) -> list[tuple[str, Actor]]:
    """(article id, actor) for every actor the articles name, in actor order."""
    stmt = (
        select(ArticleActor.article_id, Actor)
        .join(Actor, Actor.id == ArticleActor.actor_id)
        .where(one_of(session, ArticleActor.article_id, article_ids))
        .order_by(ArticleActor.article_id, *ACTOR_ORDER)
    )
    return [(article_id, actor) for article_id, actor in (await session.execute(stmt)).all()]


async def quotes_in(
    session: AsyncSession, article_ids: Sequence[str]
) -> list[tuple[Quote, Actor | None]]:
    """The articles' quotes in reading order, each with its speaker's actor row if known."""
    stmt = (
        select(Quote, Actor)
        .outerjoin(Actor, Actor.id == Quote.speaker_id)
        .where(one_of(session, Quote.article_id, article_ids))
        .order_by(Quote.article_id, Quote.start)
    )
    return [(quote, speaker) for quote, speaker in (await session.execute(stmt)).all()]


async def quotes_by(
    session: AsyncSession, speaker_ids: Sequence[str], window: Window
) -> list[tuple[Quote, int]]:
    """A window of each speaker's quotes, newest article first, with each speaker's total."""
    numbered = (
        select(
            Quote,
            row_number_within(Quote.speaker_id, QUOTE_ORDER),
            total_within(Quote.speaker_id),
        )
        .join(Article, Article.id == Quote.article_id)
        .where(one_of(session, Quote.speaker_id, speaker_ids))
        .subquery()
    )
    quote = aliased(Quote, numbered)
    stmt = (
        select(quote, numbered.c.total)
        .where(inside(numbered, window))
        .order_by(numbered.c.speaker_id, numbered.c.row_no)
    )
    return [(q, int(total)) for q, total in (await session.execute(stmt)).all()]


async def relations_of(
    session: AsyncSession, actor_ids: Sequence[str], polarity: str | None, window: Window
) -> list[tuple[RelationSummary, int]]:
    """A window of each actor's relations, strongest first, with each actor's total."""
    pairs = select(
        ActorRelation.actor_id,
        ActorRelation.other_id,
        ActorRelation.polarity,
        func.sum(ActorRelation.count).label("count"),
        func.count(ActorRelation.article_id).label("article_count"),
    ).where(one_of(session, ActorRelation.actor_id, actor_ids))
    if polarity:
        pairs = pairs.where(ActorRelation.polarity == polarity)
    summed = pairs.group_by(
        ActorRelation.actor_id, ActorRelation.other_id, ActorRelation.polarity
    ).subquery()
    order = (summed.c["count"].desc(), summed.c.other_id, summed.c.polarity)
    numbered = select(
        summed, row_number_within(summed.c.actor_id, order), total_within(summed.c.actor_id)
    ).subquery()
    stmt = (
        select(
            numbered.c.actor_id,
            Actor,
            numbered.c.polarity,
            numbered.c["count"],
            numbered.c.article_count,
            numbered.c.total,
        )
        .join(Actor, Actor.id == numbered.c.other_id)
        .where(inside(numbered, window))
        .order_by(numbered.c.actor_id, numbered.c.row_no)
    )
    return [
        (
            RelationSummary(actor_id, other.id, other, polarity, int(count), int(articles)),
            int(total),
        )
        for actor_id, other, polarity, count, articles, total in (await session.execute(stmt)).all()
    ]


async def relation_evidence(
    session: AsyncSession, keys: Sequence[RelationKey]
) -> list[ActorRelation]:
    """The per-article rows behind the given relations, newest article first."""
    wanted = set(keys)
    stmt = (
        select(ActorRelation)
        .join(Article, Article.id == ActorRelation.article_id)
        .where(one_of(session, ActorRelation.actor_id, sorted({k[0] for k in keys})))
        .where(one_of(session, ActorRelation.other_id, sorted({k[1] for k in keys})))
        .order_by(Article.submitted_at.desc(), ActorRelation.article_id)
    )
    rows = (await session.execute(stmt)).scalars()
    return [r for r in rows if (r.actor_id, r.other_id, r.polarity) in wanted]


def _filtered(stmt: Select[Any], filters: ActorFilter, dialect: str) -> Select[Any]:
    if filters.kind:
        stmt = stmt.where(Actor.kind == filters.kind)
    if filters.search:
        term = filters.search
        stmt = stmt.where(
            Actor.name.icontains(term, autoescape=True) | _has_alias_like(term, dialect)
        )
    if not filters.seen.is_open:
        naming = select(ArticleActor.actor_id).where(filters.seen.holds(ArticleActor.seen_at))
        stmt = stmt.where(Actor.id.in_(naming))
    return stmt


def _has_alias_like(term: str, dialect: str) -> ColumnElement[bool]:
    """Matches inside the JSON list element by element; matching its text would also hit the
    quoting and the escapes JSON adds."""
    expand = func.json_array_elements_text if dialect == "postgresql" else func.json_each
    alias = expand(Actor.aliases).table_valued("value").alias("alias")
    return exists(
        select(1).select_from(alias).where(alias.c.value.icontains(term, autoescape=True))
    )


def _dialect(session: AsyncSession) -> str:
    return session.get_bind().dialect.name
