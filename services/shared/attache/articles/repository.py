"""Reads of articles, alone or as the sources of actors and initiatives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, defer

from attache.actors.models import ArticleActor
from attache.articles.models import Article
from attache.db import one_of
from attache.initiatives.models import ArticleInitiative
from attache.paging import Window, inside, row_number_within, total_within

# Newest submission first; the id makes the order total, so pages never overlap.
ARTICLE_ORDER = (Article.submitted_at.desc(), Article.id)
# The stored extraction can be large and readers want the graph built from it, not the JSON.
WITHOUT_EXTRACTION = defer(Article.extraction, raiseload=True)


async def articles_by_id(session: AsyncSession, ids: Sequence[str]) -> list[Article]:
    stmt = select(Article).where(one_of(session, Article.id, ids)).options(WITHOUT_EXTRACTION)
    return list((await session.execute(stmt)).scalars())


async def list_articles(session: AsyncSession, status: str | None, window: Window) -> list[Article]:
    stmt = _with_status(select(Article).options(WITHOUT_EXTRACTION), status)
    stmt = stmt.order_by(*ARTICLE_ORDER).offset(window.offset).limit(window.limit)
    return list((await session.execute(stmt)).scalars())


async def count_articles(session: AsyncSession, status: str | None) -> int:
    stmt = _with_status(select(func.count()).select_from(Article), status)
    return int((await session.execute(stmt)).scalar_one())


async def count_by_status(session: AsyncSession) -> dict[str, int]:
    """How many articles each status has; statuses no article has are left out."""
    stmt = select(Article.status, func.count()).group_by(Article.status)
    return {status: int(count) for status, count in (await session.execute(stmt)).all()}


async def articles_naming(
    session: AsyncSession, actor_ids: Sequence[str], window: Window
) -> list[tuple[str, Article, int]]:
    """(actor id, article, actor's total) for a window of the articles naming each actor."""
    return await _articles_per_parent(
        session, ArticleActor.actor_id, ArticleActor.article_id, actor_ids, window
    )


async def articles_reporting(
    session: AsyncSession, initiative_ids: Sequence[str], window: Window
) -> list[tuple[str, Article, int]]:
    """(initiative id, article, initiative's total) for a window of each one's articles; an
    article reporting an initiative twice (two of its reports merged) counts once."""
    reporting = (
        select(ArticleInitiative.initiative_id, ArticleInitiative.article_id)
        .where(one_of(session, ArticleInitiative.initiative_id, initiative_ids))
        .distinct()
        .subquery()
    )
    return await _articles_per_parent(
        session, reporting.c.initiative_id, reporting.c.article_id, initiative_ids, window
    )


async def _articles_per_parent(
    session: AsyncSession,
    parent: Any,
    article_id: Any,
    parent_ids: Sequence[str],
    window: Window,
) -> list[tuple[str, Article, int]]:
    numbered = (
        select(
            parent.label("parent_id"),
            Article,
            row_number_within(parent, ARTICLE_ORDER),
            total_within(parent),
        )
        .join(Article, Article.id == article_id)
        .where(one_of(session, parent, parent_ids))
        .subquery()
    )
    article = aliased(Article, numbered)
    stmt = (
        select(numbered.c.parent_id, article, numbered.c.total)
        .where(inside(numbered, window))
        .order_by(numbered.c.parent_id, numbered.c.row_no)
        .options(defer(article.extraction, raiseload=True))
    )
    rows = (await session.execute(stmt)).all()
    return [(parent_id, art, int(total)) for parent_id, art, total in rows]


def _with_status(stmt: Select[Any], status: str | None) -> Select[Any]:
    return stmt.where(Article.status == status) if status else stmt
