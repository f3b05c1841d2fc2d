"""Reads of merged initiatives, their participants and evidence. Paging here, conversion after."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from attache.actors.models import Actor
from attache.db import one_of
from attache.initiatives.models import ArticleInitiative, Evidence, Initiative, Participant
from attache.paging import Window, inside, row_number_within, total_within
from attache.periods import ALL_TIME, Period

# Latest news first; the id makes the order total, so pages never overlap.
INITIATIVE_ORDER = (Initiative.last_seen.desc().nulls_last(), Initiative.id)
INITIATIVE_ORDERS: dict[str, tuple[Any, ...]] = {
    "last_seen": INITIATIVE_ORDER,
    "article_count": (Initiative.article_count.desc(), *INITIATIVE_ORDER),
    "first_seen": (Initiative.first_seen.asc().nulls_last(), Initiative.id),
}


@dataclass(frozen=True, slots=True)
class InitiativeFilter:
    kind: str | None = None
    status: str | None = None
    # Only initiatives this actor takes part in, in any role.
    actor_id: str | None = None
    # Case-insensitive substring of the title.
    search: str | None = None
    # Only initiatives reported by an article of this period.
    seen: Period = ALL_TIME
    # A key of INITIATIVE_ORDERS.
    order: str = "last_seen"


async def initiatives_by_id(session: AsyncSession, ids: Sequence[str]) -> list[Initiative]:
    stmt = select(Initiative).where(one_of(session, Initiative.id, ids))
    return list((await session.execute(stmt)).scalars())


async def list_initiatives(
    session: AsyncSession, filters: InitiativeFilter, window: Window
) -> list[Initiative]:
    stmt = _filtered(select(Initiative), filters)
    order = INITIATIVE_ORDERS[filters.order]
    stmt = stmt.order_by(*order).offset(window.offset).limit(window.limit)
    return list((await session.execute(stmt)).scalars())


async def count_initiatives(session: AsyncSession, filters: InitiativeFilter) -> int:
    stmt = _filtered(select(func.count()).select_from(Initiative), filters)
    return int((await session.execute(stmt)).scalar_one())


async def initiatives_of(
    session: AsyncSession, actor_ids: Sequence[str], role: str | None, window: Window
) -> list[tuple[str, Initiative, int]]:
    """(actor id, initiative, actor's total) for a window of each actor's initiatives.

    An actor named in several articles, or in several roles, takes part in an initiative once.
    """
    taking_part = select(Participant.actor_id, Participant.initiative_id).where(
        one_of(session, Participant.actor_id, actor_ids)
    )
    if role:
        taking_part = taking_part.where(Participant.role == role)
    pairs = taking_part.distinct().subquery()
    numbered = (
        select(
            pairs.c.actor_id,
            Initiative,
            row_number_within(pairs.c.actor_id, INITIATIVE_ORDER),
            total_within(pairs.c.actor_id),
        )
        .join(Initiative, Initiative.id == pairs.c.initiative_id)
        .subquery()
    )
    initiative = aliased(Initiative, numbered)
    stmt = (
        select(numbered.c.actor_id, initiative, numbered.c.total)
        .where(inside(numbered, window))
        .order_by(numbered.c.actor_id, numbered.c.row_no)
    )
    rows = (await session.execute(stmt)).all()
    return [(actor_id, ini, int(total)) for actor_id, ini, total in rows]


async def initiatives_reported_in(
    session: AsyncSession, article_ids: Sequence[str]
) -> list[tuple[str, Initiative]]:
    """(article id, initiative) for every initiative the articles report, in initiative order."""
    stmt = (
        select(ArticleInitiative.article_id, Initiative)
        .join(Initiative, Initiative.id == ArticleInitiative.initiative_id)
        .where(one_of(session, ArticleInitiative.article_id, article_ids))
        .order_by(ArticleInitiative.article_id, *INITIATIVE_ORDER)
    )
    return [(article_id, ini) for article_id, ini in (await session.execute(stmt)).all()]


async def participants_of(
    session: AsyncSession, initiative_ids: Sequence[str]
) -> list[tuple[str, str, Actor]]:
    """Distinct (initiative id, role, actor) over every article reporting the initiatives.

    The actor rows come in the same statement: a participant is always shown with its actor,
    and a second lookup per participant is what made pages of initiatives slow to build.
    """
    # Distinct before the join: PostgreSQL cannot compare the actor's JSON columns.
    pairs = (
        select(Participant.initiative_id, Participant.role, Participant.actor_id)
        .where(one_of(session, Participant.initiative_id, initiative_ids))
        .distinct()
        .subquery()
    )
    stmt = (
        select(pairs.c.initiative_id, pairs.c.role, Actor)
        .join(Actor, Actor.id == pairs.c.actor_id)
        .order_by(pairs.c.initiative_id, pairs.c.role, Actor.id)
    )
    return [(i, role, actor) for i, role, actor in (await session.execute(stmt)).all()]


async def evidence_of(session: AsyncSession, initiative_ids: Sequence[str]) -> list[Evidence]:
    stmt = (
        select(Evidence)
        .where(one_of(session, Evidence.initiative_id, initiative_ids))
        .order_by(Evidence.initiative_id, Evidence.article_id, Evidence.start)
    )
    return list((await session.execute(stmt)).scalars())


def _filtered(stmt: Select[Any], filters: InitiativeFilter) -> Select[Any]:
    if filters.kind:
        stmt = stmt.where(Initiative.kind == filters.kind)
    if filters.status:
        stmt = stmt.where(Initiative.status == filters.status)
    if filters.actor_id:
        stmt = stmt.where(
            Initiative.id.in_(
                select(Participant.initiative_id).where(Participant.actor_id == filters.actor_id)
            )
        )
    if filters.search:
        stmt = stmt.where(Initiative.title.icontains(filters.search, autoescape=True))
    if not filters.seen.is_open:
        reporting = select(ArticleInitiative.initiative_id).where(
            filters.seen.holds(ArticleInitiative.seen_at)
        )
        stmt = stmt.where(Initiative.id.in_(reporting))
    return stmt
