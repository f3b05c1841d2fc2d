"""Reads of stored events: per article, per initiative, or filtered across articles.

Events belong to the article that reports them (`actors.models.Event`, keyed by article and
position); `event_actors` names their actors by id so an actor's events are one indexed read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from attache.actors.models import Actor, Event, EventActor
from attache.articles.models import Article
from attache.db import one_of
from attache.initiatives.models import ArticleInitiative, InitiativeEvent
from attache.paging import Window
from attache.periods import ALL_TIME, Period

# When the reporting article's news is from: its publication time, else its submission.
EVENT_TIME = func.coalesce(Article.published_at, Article.submitted_at)
# Newest article first, then in reading order; (article, seq) makes the order total.
EVENT_ORDER = (EVENT_TIME.desc(), Article.submitted_at.desc(), Event.article_id, Event.seq)
EVENT_ORDERS: dict[str, tuple[Any, ...]] = {
    "last_seen": EVENT_ORDER,
    "first_seen": (EVENT_TIME.asc(), Article.submitted_at, Event.article_id, Event.seq),
}

EventKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class EventFilter:
    type: str | None = None
    # Only events naming this actor, as a source or a target.
    actor_id: str | None = None
    # Only events reported by an article of this period.
    seen: Period = ALL_TIME
    # A key of EVENT_ORDERS.
    order: str = "last_seen"


async def list_events(session: AsyncSession, filters: EventFilter, window: Window) -> list[Event]:
    stmt = _filtered(select(Event).join(Article, Article.id == Event.article_id), filters)
    stmt = stmt.order_by(*EVENT_ORDERS[filters.order]).offset(window.offset).limit(window.limit)
    return list((await session.execute(stmt)).scalars())


async def count_events(session: AsyncSession, filters: EventFilter) -> int:
    stmt = select(func.count()).select_from(Event)
    if not filters.seen.is_open:
        stmt = stmt.join(Article, Article.id == Event.article_id)
    return int((await session.execute(_filtered(stmt, filters))).scalar_one())


async def events_in(session: AsyncSession, article_ids: Sequence[str]) -> list[Event]:
    """The articles' events in reading order."""
    stmt = (
        select(Event)
        .where(one_of(session, Event.article_id, article_ids))
        .order_by(Event.article_id, Event.seq)
    )
    return list((await session.execute(stmt)).scalars())


async def events_reporting(
    session: AsyncSession, initiative_ids: Sequence[str]
) -> list[tuple[str, Event]]:
    """(initiative id, event) for the events reporting each initiative, newest article first;
    an event reporting two merged reports of one article comes once."""
    reporting = (
        select(ArticleInitiative.initiative_id, InitiativeEvent.article_id, InitiativeEvent.seq)
        .join(
            ArticleInitiative,
            (ArticleInitiative.article_id == InitiativeEvent.article_id)
            & (ArticleInitiative.mention_id == InitiativeEvent.mention_id),
        )
        .where(one_of(session, ArticleInitiative.initiative_id, initiative_ids))
        .distinct()
        .subquery()
    )
    stmt = (
        select(reporting.c.initiative_id, Event)
        .join(
            Event,
            (Event.article_id == reporting.c.article_id) & (Event.seq == reporting.c.seq),
        )
        .join(Article, Article.id == Event.article_id)
        .order_by(reporting.c.initiative_id, *EVENT_ORDER)
    )
    return [(initiative_id, e) for initiative_id, e in (await session.execute(stmt)).all()]


async def actors_of_events(
    session: AsyncSession, keys: Sequence[EventKey]
) -> list[tuple[EventActor, Actor]]:
    """The actors each event names, sources before targets, with their actor rows."""
    stmt = (
        select(EventActor, Actor)
        .join(Actor, Actor.id == EventActor.actor_id)
        .where(tuple_(EventActor.article_id, EventActor.seq).in_(list(keys)))
        .order_by(EventActor.article_id, EventActor.seq, EventActor.role.desc(), Actor.id)
    )
    return [(named, actor) for named, actor in (await session.execute(stmt)).all()]


def _filtered(stmt: Select[Any], filters: EventFilter) -> Select[Any]:
    if filters.type:
        stmt = stmt.where(Event.type == filters.type)
    if filters.actor_id:
        naming = select(EventActor.article_id, EventActor.seq).where(
            EventActor.actor_id == filters.actor_id
        )
        stmt = stmt.where(tuple_(Event.article_id, Event.seq).in_(naming))
    if not filters.seen.is_open:
        stmt = stmt.where(filters.seen.holds(EVENT_TIME))
    return stmt
