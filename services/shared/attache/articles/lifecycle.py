"""The worker's side of an article's life: queued → processing → done | failed.

A worker *claims* articles by moving them from queued to processing in one conditional UPDATE,
so two workers never claim the same article, on PostgreSQL (row locks, SKIP LOCKED) as on
SQLite (one writer at a time). A claim names its holder (a worker process) and carries a lease,
which the holder renews while it works on the article: a claim whose lease ran out belongs to a
worker that died, and the article may be claimed again. `attempts` counts claims that were not
handed back: an article claimed more than once was being processed by a worker that died.

Functions here flush, never commit: the task boundary owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from attache.articles.models import Article, ArticleStatus
from attache.db import utcnow

MAX_ERROR_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Lease:
    """Who claims (a worker process, by a name unique to it) and how long a claim holds unless
    renewed."""

    holder: str
    duration: timedelta

    def until(self) -> datetime:
        return utcnow() + self.duration


@dataclass(frozen=True, slots=True)
class Claim:
    """An article this worker now holds in `processing`, with what it needs to process it."""

    article_id: str
    text: str
    attempts: int
    # When the article appeared, if its submitter said: relative dates in it count from then.
    published_at: datetime | None = None

    @property
    def resumed(self) -> bool:
        """An earlier claim never finished: its worker died, perhaps because of this text."""
        return self.attempts > 1


def lease_ran_out(now: datetime) -> ColumnElement[bool]:
    """A processing article's claim is dead: not renewed in time, or made before leases were."""
    return or_(Article.lease_expires_at.is_(None), Article.lease_expires_at < now)


def claim_article(session: Session, article_id: str, lease: Lease) -> Claim | None:
    """Claim the article a job names, or return None when there is nothing for this job to do.

    A queued article is claimed, and so is one whose claim's lease ran out. A live lease means
    its holder is at work on the article, whatever this job is (a redelivered message, or one
    sent again by the reaper or the sweep): it is left alone. Done and failed are final.
    """
    claimable = or_(
        Article.status == ArticleStatus.QUEUED,
        and_(Article.status == ArticleStatus.PROCESSING, lease_ran_out(utcnow())),
    )
    claims = _claim_where(session, and_(Article.id == article_id, claimable), lease)
    return claims[0] if claims else None


def claim_queued(
    session: Session, limit: int, exclude: str, lease: Lease, taken: int = 0
) -> list[Claim]:
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
    queued = and_(Article.id.in_(ids), Article.status == ArticleStatus.QUEUED)
    return _claim_where(session, queued, lease)


def _claim_where(session: Session, condition: ColumnElement[bool], lease: Lease) -> list[Claim]:
    stmt = (
        update(Article)
        .where(condition)
        .values(
            status=ArticleStatus.PROCESSING,
            attempts=Article.attempts + 1,
            error=None,
            updated_at=utcnow(),
            claimed_by=lease.holder,
            lease_expires_at=lease.until(),
        )
        .returning(Article.id, Article.text, Article.attempts, Article.published_at)
        .execution_options(synchronize_session=False)
    )
    return [Claim(*row) for row in session.execute(stmt)]


def renew(session: Session, lease: Lease, article_ids: Sequence[str]) -> list[str]:
    """Extend the lease on those of the articles that this holder still has in processing, and
    name them (the others are finished, or were taken over after its lease ran out).

    A row locked right now is skipped, not waited for: the holder is storing that article, and
    the lock keeps it from anyone else until the article is done. Waiting would hold up the
    renewal of the whole batch for as long as that store takes.
    """
    if not article_ids:
        return []
    held = (
        select(Article.id)
        .where(
            Article.id.in_(article_ids),
            Article.status == ArticleStatus.PROCESSING,
            Article.claimed_by == lease.holder,
        )
        .with_for_update(skip_locked=True)
    )
    ids = list(session.execute(held).scalars())
    if ids:
        session.execute(
            update(Article)
            .where(Article.id.in_(ids))
            .values(lease_expires_at=lease.until())
            .execution_options(synchronize_session=False)
        )
    return ids


def release(session: Session, article_ids: Sequence[str], holder: str) -> None:
    """Hand the holder's claims back to the queue unfinished; the attempt does not count."""
    if article_ids:
        session.execute(
            update(Article)
            .where(
                Article.id.in_(article_ids),
                Article.status == ArticleStatus.PROCESSING,
                Article.claimed_by == holder,
            )
            .values(
                status=ArticleStatus.QUEUED,
                attempts=Article.attempts - 1,
                updated_at=utcnow(),
                claimed_by=None,
                lease_expires_at=None,
            )
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True, slots=True)
class HeldClaim:
    article_id: str
    holder: str | None
    lease_ran_out: bool


def claims_to_check(session: Session, holder_prefix: str) -> list[HeldClaim]:
    """The claims that may be dead: those whose lease ran out, and those whose holder's name
    starts with `holder_prefix` (the caller can tell whether such holders are still alive)."""
    now = utcnow()
    ran_out = lease_ran_out(now)
    stmt = select(Article.id, Article.claimed_by, ran_out).where(
        Article.status == ArticleStatus.PROCESSING,
        or_(ran_out, Article.claimed_by.startswith(holder_prefix, autoescape=True)),
    )
    return [HeldClaim(i, holder, bool(out)) for i, holder, out in session.execute(stmt)]


def release_dead(
    session: Session, article_ids: Sequence[str], dead_holders: Sequence[str]
) -> list[str]:
    """Put back in the queue those of the articles whose claim is dead: its lease ran out, or
    its holder is one of `dead_holders`; names them. Attempts are kept, so each one is then
    processed alone (its text may be what killed the worker).

    Both are checked again here, so a lease renewed or an article claimed again since the
    caller looked is left alone, and so is a row locked right now (its holder is storing it).
    """
    if not article_ids:
        return []
    dead = or_(lease_ran_out(utcnow()), Article.claimed_by.in_(dead_holders))
    still_dead = (
        select(Article.id)
        .where(Article.id.in_(article_ids), Article.status == ArticleStatus.PROCESSING, dead)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.execute(still_dead).scalars())  # first, for the reason claim_queued gives
    if not ids:
        return []
    session.execute(
        update(Article)
        .where(Article.id.in_(ids))
        .values(
            status=ArticleStatus.QUEUED, updated_at=utcnow(), claimed_by=None, lease_expires_at=None
        )
        .execution_options(synchronize_session=False)
    )
    return ids


def mark_done(session: Session, article: Article, extraction: dict[str, object]) -> None:
    now = utcnow()
    article.status = ArticleStatus.DONE
    article.error = None
    article.extraction = extraction
    article.processed_at = now
    article.updated_at = now
    article.lease_expires_at = None
    session.flush()


def mark_failed(session: Session, article_id: str, reason: str) -> None:
    """Record why the article cannot be processed, unless another worker has finished it."""
    session.execute(
        update(Article)
        .where(Article.id == article_id, Article.status != ArticleStatus.DONE)
        .values(
            status=ArticleStatus.FAILED,
            error=reason[:MAX_ERROR_CHARS],
            updated_at=utcnow(),
            lease_expires_at=None,
        )
        .execution_options(synchronize_session=False)
    )


def requeue_stuck(session: Session, older_than: timedelta, limit: int = 500) -> list[str]:
    """Put back in the queue the articles left queued, or processing with no live lease, too
    long, and name them.

    The last resort, for what nothing else caught: a job lost (broker down at submit), or a
    dead claim that no worker was alive to hand back. The caller sends their jobs again.
    Attempts are kept, so an article whose worker died is then processed alone.
    """
    now = utcnow()
    stuck = (
        select(Article.id)
        .where(
            or_(
                Article.status == ArticleStatus.QUEUED,
                and_(Article.status == ArticleStatus.PROCESSING, lease_ran_out(now)),
            ),
            Article.updated_at < now - older_than,
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
        .values(
            status=ArticleStatus.QUEUED, updated_at=utcnow(), claimed_by=None, lease_expires_at=None
        )
        .returning(Article.id)
        .execution_options(synchronize_session=False)
    )
    return list(session.execute(stmt).scalars())
