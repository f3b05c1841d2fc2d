"""The worker's side of an article's life: queued → processing → done | failed.

A worker *claims* articles by moving them from queued to processing in one conditional UPDATE,
so two workers never claim the same article, on PostgreSQL (row locks, SKIP LOCKED) as on
SQLite (one writer at a time). `attempts` counts claims that were not handed back: an article
claimed more than once was being processed by a worker that died.

Functions here flush, never commit: the task boundary owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, true, update
from sqlalchemy.orm import Session

from attache.articles.models import Article, ArticleStatus
from attache.db import utcnow

MAX_ERROR_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Claim:
    """An article this worker now holds in `processing`, with what it needs to process it."""

    article_id: str
    text: str
    attempts: int

    @property
    def resumed(self) -> bool:
        """An earlier claim never finished: its worker died, perhaps because of this text."""
        return self.attempts > 1


def claim_article(
    session: Session, article_id: str, take_over: bool, stale_before: datetime
) -> Claim | None:
    """Claim the article a job names, or return None when there is nothing for this job to do.

    A queued article is claimed. One already processing belongs to another worker unless that
    claim is presumed dead: `take_over` (this job is a retry or a redelivery, so the worker that
    claimed it is gone) or a claim older than `stale_before`. Done and failed are final.
    """
    claimable = or_(
        Article.status == ArticleStatus.QUEUED,
        and_(
            Article.status == ArticleStatus.PROCESSING,
            true() if take_over else Article.updated_at < stale_before,
        ),
    )
    claims = _claim_where(session, and_(Article.id == article_id, claimable))
    return claims[0] if claims else None


def claim_queued(session: Session, limit: int, exclude: str, taken: int = 0) -> list[Claim]:
    """Claim up to `limit` more queued articles, oldest first, to fill a batch of which `taken`
    are already claimed.

    A batch takes at most half of what is waiting (rounded up), the `taken` ones included: when
    the queue runs short, the other workers get their share of it instead of idling while this
    one reads a full batch. A long queue still fills whole batches.

    Only never-attempted ones: an article whose earlier claim died is processed by its own job,
    alone, so a text that kills its worker cannot take a batch of others down with it again.
    Rows another worker is claiming right now are skipped rather than waited for.
    """
    if limit <= 0:
        return []
    candidates = (
        select(Article.id)
        .where(
            Article.status == ArticleStatus.QUEUED,
            Article.attempts == 0,
            Article.id != exclude,
        )
        .order_by(Article.submitted_at, Article.id)
        .limit(2 * (limit + taken))
        .with_for_update(skip_locked=True)
    )
    # Ids first, then the UPDATE: as a subquery of the UPDATE, PostgreSQL may run the LIMIT
    # ... SKIP LOCKED select more than once and claim more than `limit`. The status is checked
    # again by the UPDATE, as SQLite compiles no FOR UPDATE at all.
    waiting = list(session.execute(candidates).scalars())
    share = -(-(len(waiting) + taken) // 2) - taken
    ids = waiting[: min(limit, share)]
    if not ids:
        return []
    return _claim_where(session, and_(Article.id.in_(ids), Article.status == ArticleStatus.QUEUED))


def _claim_where(session: Session, condition: ColumnElement[bool]) -> list[Claim]:
    stmt = (
        update(Article)
        .where(condition)
        .values(
            status=ArticleStatus.PROCESSING,
            attempts=Article.attempts + 1,
            error=None,
            updated_at=utcnow(),
        )
        .returning(Article.id, Article.text, Article.attempts)
        .execution_options(synchronize_session=False)
    )
    return [Claim(*row) for row in session.execute(stmt)]


def release(session: Session, article_ids: Sequence[str]) -> None:
    """Hand claimed articles back to the queue unfinished; the attempt does not count."""
    if article_ids:
        session.execute(
            update(Article)
            .where(Article.id.in_(article_ids), Article.status == ArticleStatus.PROCESSING)
            .values(status=ArticleStatus.QUEUED, attempts=Article.attempts - 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )


def mark_done(session: Session, article: Article, extraction: dict[str, object]) -> None:
    now = utcnow()
    article.status = ArticleStatus.DONE
    article.error = None
    article.extraction = extraction
    article.processed_at = now
    article.updated_at = now
    session.flush()


def mark_failed(session: Session, article_id: str, reason: str) -> None:
    """Record why the article cannot be processed, unless another worker has finished it."""
    session.execute(
        update(Article)
        .where(Article.id == article_id, Article.status != ArticleStatus.DONE)
        .values(status=ArticleStatus.FAILED, error=reason[:MAX_ERROR_CHARS], updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def requeue_stuck(session: Session, older_than: timedelta, limit: int = 500) -> list[str]:
    """Put back in the queue the articles left queued or processing too long, and name them.

    Their job was lost (broker down at submit) or their worker died; the caller sends their jobs
    again. Attempts are kept, so an article whose worker died is then processed alone.
    """
    stuck = (
        select(Article.id)
        .where(
            Article.status.in_([ArticleStatus.QUEUED, ArticleStatus.PROCESSING]),
            Article.updated_at < utcnow() - older_than,
        )
        .order_by(Article.updated_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.execute(stuck).scalars())  # first, for the reason claim_queued gives
    if not ids:
        return []
    stmt = (
        update(Article)
        .where(Article.id.in_(ids))
        .values(status=ArticleStatus.QUEUED, updated_at=utcnow())
        .returning(Article.id)
        .execution_options(synchronize_session=False)
    )
    return list(session.execute(stmt).scalars())
