"""Reads of merged initiatives, their participants and evidence. Paging here, conversion after."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from attache.actors.models import Actor
from attache.db import one_of
from attache.initiatives.models import (
    ArticleInitiative,
    Evidence,
    Initiative,
    InitiativeLink,
    Participant,
)
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
    taking_part = (
        select(Participant.actor_id, ArticleInitiative.initiative_id)
        .join(ArticleInitiative, _same_report(Participant))
        .where(one_of(session, Participant.actor_id, actor_ids))
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
    """(article id, initiative) for every initiative the articles report, in initiative order.

    An article reporting one initiative twice (two of its reports merged) lists it once.
    """
    pairs = (
        select(ArticleInitiative.article_id, ArticleInitiative.initiative_id)
        .where(one_of(session, ArticleInitiative.article_id, article_ids))
        .distinct()
        .subquery()
    )
    stmt = (
        select(pairs.c.article_id, Initiative)
        .join(Initiative, Initiative.id == pairs.c.initiative_id)
        .order_by(pairs.c.article_id, *INITIATIVE_ORDER)
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
        select(ArticleInitiative.initiative_id, Participant.role, Participant.actor_id)
        .join(ArticleInitiative, _same_report(Participant))
        .where(one_of(session, ArticleInitiative.initiative_id, initiative_ids))
        .distinct()
        .subquery()
    )
    stmt = (
        select(pairs.c.initiative_id, pairs.c.role, Actor)
        .join(Actor, Actor.id == pairs.c.actor_id)
        .order_by(pairs.c.initiative_id, pairs.c.role, Actor.id)
    )
    return [(i, role, actor) for i, role, actor in (await session.execute(stmt)).all()]


async def evidence_of(
    session: AsyncSession, initiative_ids: Sequence[str]
) -> list[tuple[str, Evidence]]:
    """(initiative id, passage) in article and text order; a passage two merged reports of one
    article share comes once."""
    stmt = (
        select(ArticleInitiative.initiative_id, Evidence)
        .join(ArticleInitiative, _same_report(Evidence))
        .where(one_of(session, ArticleInitiative.initiative_id, initiative_ids))
        .order_by(ArticleInitiative.initiative_id, Evidence.article_id, Evidence.start)
    )
    seen: set[tuple[str, str, int]] = set()
    found = []
    for initiative_id, passage in (await session.execute(stmt)).all():
        key = (initiative_id, passage.article_id, passage.start)
        if key not in seen:
            seen.add(key)
            found.append((initiative_id, passage))
    return found


def _filtered(stmt: Select[Any], filters: InitiativeFilter) -> Select[Any]:
    if filters.kind:
        stmt = stmt.where(Initiative.kind == filters.kind)
    if filters.status:
        stmt = stmt.where(Initiative.status == filters.status)
    if filters.actor_id:
        taking_part = (
            select(ArticleInitiative.initiative_id)
            .join(Participant, _same_report(Participant))
            .where(Participant.actor_id == filters.actor_id)
        )
        stmt = stmt.where(Initiative.id.in_(taking_part))
    if filters.search:
        stmt = stmt.where(Initiative.title.icontains(filters.search, autoescape=True))
    if not filters.seen.is_open:
        reporting = select(ArticleInitiative.initiative_id).where(
            filters.seen.holds(ArticleInitiative.seen_at)
        )
        stmt = stmt.where(Initiative.id.in_(reporting))
    return stmt


def _same_report(model: type[Participant] | type[Evidence]) -> ColumnElement[bool]:
    """Joins a row hanging off a report to the report, and so to its merged initiative."""
    return and_(
        ArticleInitiative.article_id == model.article_id,
        ArticleInitiative.mention_id == model.mention_id,
    )


async def reports_of(
    session: AsyncSession, initiative_ids: Sequence[str]
) -> list[tuple[str, ArticleInitiative]]:
    """(initiative id, report) for every article's report of the initiatives, oldest first."""
    stmt = (
        select(ArticleInitiative)
        .where(one_of(session, ArticleInitiative.initiative_id, initiative_ids))
        .order_by(
            ArticleInitiative.initiative_id,
            ArticleInitiative.seen_at,
            ArticleInitiative.article_id,
            ArticleInitiative.mention_id,
        )
    )
    return [(r.initiative_id, r) for r in (await session.execute(stmt)).scalars()]


@dataclass(frozen=True, slots=True)
class LinkRow:
    """Two reports of one initiative that matched, with the score and its components."""

    link: InitiativeLink
    report: ArticleInitiative
    other: ArticleInitiative


async def links_within(
    session: AsyncSession, initiative_ids: Sequence[str]
) -> list[tuple[str, LinkRow]]:
    """(initiative id, link) for the links that hold each initiative's reports together,
    strongest first: the links that joined two groups of its reports when they were grouped,
    one fewer than its reports. Others between them add nothing to why they merged."""
    report, other = aliased(ArticleInitiative), aliased(ArticleInitiative)
    stmt = (
        select(report.initiative_id, InitiativeLink, report, other)
        .join(
            report,
            and_(
                report.article_id == InitiativeLink.article_id,
                report.mention_id == InitiativeLink.mention_id,
            ),
        )
        .join(
            other,
            and_(
                other.article_id == InitiativeLink.other_article_id,
                other.mention_id == InitiativeLink.other_mention_id,
            ),
        )
        .where(
            one_of(session, report.initiative_id, initiative_ids),
            other.initiative_id == report.initiative_id,
        )
        .order_by(
            report.initiative_id,
            InitiativeLink.score.desc(),
            InitiativeLink.article_id,
            InitiativeLink.mention_id,
            InitiativeLink.other_article_id,
            InitiativeLink.other_mention_id,
        )
    )
    rows = (await session.execute(stmt)).all()
    joined = _Joined()
    return [
        (i, LinkRow(link, a, b))
        for i, link, a, b in rows
        if joined.join((a.article_id, a.mention_id), (b.article_id, b.mention_id))
    ]


class _Joined:
    """Union–find over report keys: which reports the links taken so far have joined."""

    def __init__(self) -> None:
        self._parent: dict[tuple[str, str], tuple[str, str]] = {}

    def join(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Joins the groups of `a` and `b`; False when they were one already."""
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return False
        self._parent[rb] = ra
        return True

    def _root(self, key: tuple[str, str]) -> tuple[str, str]:
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key
