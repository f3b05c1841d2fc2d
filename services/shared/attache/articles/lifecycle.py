"""The worker's side of an article's life: queued → processing → done | failed.

Functions here flush, never commit: the task boundary owns the transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from attache.articles.models import Article, ArticleStatus
from attache.db import utcnow

MAX_ERROR_CHARS = 2000


def load_for_processing(session: Session, article_ids: list[str]) -> list[Article]:
    """The articles among `article_ids` that still need work, locked against a second worker."""
    stmt = (
        select(Article)
        .where(Article.id.in_(article_ids), Article.status != ArticleStatus.DONE)
        .order_by(Article.id)
        .with_for_update(skip_locked=True)
    )
    return list(session.execute(stmt).scalars())


def mark_processing(session: Session, article_ids: list[str]) -> list[str]:
    """Move the given articles to `processing`; returns those that were not already done."""
    todo = [a.id for a in load_for_processing(session, article_ids)]
    if todo:
        session.execute(
            update(Article)
            .where(Article.id.in_(todo))
            .values(
                status=ArticleStatus.PROCESSING,
                attempts=Article.attempts + 1,
                error=None,
                updated_at=utcnow(),
            )
        )
    return todo


def mark_done(session: Session, article: Article, extraction: dict[str, object]) -> None:
    now = utcnow()
    article.status = ArticleStatus.DONE
    article.error = None
    article.extraction = extraction
    article.processed_at = now
    article.updated_at = now
    session.flush()


def mark_failed(session: Session, article_id: str, reason: str) -> None:
    session.execute(
        update(Article)
        .where(Article.id == article_id)
        .values(status=ArticleStatus.FAILED, error=reason[:MAX_ERROR_CHARS], updated_at=utcnow())
    )


def stuck_article_ids(session: Session, older_than: timedelta, limit: int = 500) -> list[str]:
    """Articles left queued or processing too long: their job was lost or their worker died."""
    cutoff: datetime = utcnow() - older_than
    stmt = (
        select(Article.id)
        .where(
            Article.status.in_([ArticleStatus.QUEUED, ArticleStatus.PROCESSING]),
            Article.updated_at < cutoff,
        )
        .order_by(Article.updated_at)
        .limit(limit)
    )
    return list(session.execute(stmt).scalars())


def touch(session: Session, article_ids: list[str]) -> None:
    """Restart the stuck clock for articles that were just sent to the queue again."""
    if article_ids:
        session.execute(
            update(Article).where(Article.id.in_(article_ids)).values(updated_at=utcnow())
        )
