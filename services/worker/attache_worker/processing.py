"""Articles through the pipeline in batches, each one with its own status and transactions.

A job names one article. It claims that article and, to fill a batch, other queued ones (status
→ processing, visible over the API); reads all their texts in one pass of the model with no
transaction open; then stores each article's graph and marks it done in a transaction of its
own, so one bad article fails alone. The jobs of articles claimed along the way find them
processing or done and return. Every step re-reads the row, so a duplicate or redelivered job
changes nothing. While the batch runs, its claims' lease is renewed (`leases`); when the worker
dies, its claims are handed back by another worker process (`reaper`), within seconds for a
pool process, within a lease period for a whole worker (see `attache.articles.lifecycle`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import (
    MAX_ERROR_CHARS,
    Claim,
    Lease,
    claim_article,
    claim_queued,
    mark_done,
    mark_failed,
    release,
)
from attache.articles.models import Article, ArticleStatus
from attache.contract import Extraction
from attache.db import unit_of_work
from attache.graph.store import store_extraction
from attache.logs import about_article
from attache.notify import ArticleStatusChanged, GraphChanged, Notice, Notifier, Silent, statuses
from attache.settings import Settings
from attache_worker import metrics
from attache_worker.leases import holder_name, kept_alive

log = logging.getLogger(__name__)


class ExtractMany(Protocol):
    """Texts in, one extraction per text out, in order, each read with the day its article
    appeared when known: `attache_worker.extraction.extract_many`."""

    def __call__(
        self, texts: Sequence[str], *, published: Sequence[date | None]
    ) -> Iterable[Extraction]: ...


class Outcome(StrEnum):
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class BatchPolicy:
    size: int
    # Claims of one article, counting those that died with their worker, before giving it up.
    max_attempts: int
    # How long a claim holds unless renewed: its worker is presumed dead after that.
    lease: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> BatchPolicy:
        return cls(
            size=settings.extract_batch_size,
            max_attempts=settings.task_max_retries + 1,
            lease=timedelta(seconds=settings.lease_seconds),
        )


def process_article(
    sessions: sessionmaker[Session],
    article_id: str,
    extract_many: ExtractMany,
    policy: BatchPolicy,
    notifier: Notifier | None = None,
) -> Outcome:
    """Process the article a job names, with a batch of queued ones; returns the named one's
    fate. The batch's claims are renewed while it runs, so no other worker takes them over.
    `notifier` hears of every status change and of what each article changed in the graph,
    after each commit."""
    notifier = notifier or Silent()
    lease = Lease(holder_name(), policy.lease)
    claims = claim_batch(sessions, article_id, policy, lease, notifier)
    with kept_alive(sessions, lease, [c.article_id for c in claims]):
        outcomes = process_claims(sessions, claims, extract_many, lease.holder, notifier)
    return outcomes.get(article_id, Outcome.SKIPPED)


def claim_batch(
    sessions: sessionmaker[Session],
    article_id: str,
    policy: BatchPolicy,
    lease: Lease,
    notifier: Notifier | None = None,
) -> list[Claim]:
    """The named article if it still needs work, then other queued ones up to the batch size.

    An article whose earlier claim died is processed alone, so that if its text is what kills
    workers it takes no other article down with it again.
    """
    notices: list[Notice] = []
    with unit_of_work(sessions) as session:
        claims = _claim(session, article_id, policy, lease, notices)
    notices += statuses([c.article_id for c in claims], ArticleStatus.PROCESSING)
    (notifier or Silent()).publish(notices)
    return claims


def _claim(
    session: Session, article_id: str, policy: BatchPolicy, lease: Lease, notices: list[Notice]
) -> list[Claim]:
    own = claim_article(session, article_id, lease)
    if own is not None and own.attempts > policy.max_attempts:
        reason = f"gave up after {policy.max_attempts} attempts"
        mark_failed(session, article_id, reason)
        metrics.article_failed("too_many_attempts")
        notices.append(ArticleStatusChanged(article_id, ArticleStatus.FAILED, reason))
        own = None
    if own is not None and own.resumed:
        return [own]
    claims = [own] if own else []
    limit = policy.size - len(claims)
    return claims + claim_queued(session, limit, article_id, lease, taken=len(claims))


def process_claims(
    sessions: sessionmaker[Session],
    claims: list[Claim],
    extract_many: ExtractMany,
    holder: str,
    notifier: Notifier | None = None,
) -> dict[str, Outcome]:
    """Extract and store every claimed article; returns each one's outcome by id.

    A helper thread stores each article as soon as its extraction is ready, so the database work
    for one part of the batch overlaps the model reading the next part (the model and the
    database driver both release the GIL for much of their work).

    When an infrastructure error interrupts (it propagates, for the job to retry), the articles
    not finished yet go back to the queue rather than waiting in `processing` for the sweep.
    """
    outcomes: dict[str, Outcome] = {}
    notifier = notifier or Silent()
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="attache-store") as storer:
            stored = [
                (
                    claim,
                    storer.submit(_finish_observed, sessions, claim.article_id, result, notifier),
                )
                for claim, result in extract_claims(claims, extract_many)
            ]
            for claim, future in stored:
                outcomes[claim.article_id] = future.result()
    except BaseException:
        unfinished = [c.article_id for c in claims if c.article_id not in outcomes]
        _hand_back(sessions, unfinished, holder)
        raise
    return outcomes


def extract_claims(
    claims: list[Claim], extract_many: ExtractMany
) -> Iterator[tuple[Claim, Extraction | Exception]]:
    """Each claim with its extraction, or with the exception its text raised, as they come.

    The batch goes through the model in one call; when that raises, the texts not read yet go
    through again one at a time, so only the one at fault fails.
    """
    if not claims:
        return
    read = 0
    try:
        texts = [c.text for c in claims]
        days = [publication_day(c) for c in claims]
        for claim, extraction in zip(claims, extract_many(texts, published=days), strict=True):
            yield claim, extraction
            read += 1
    except Exception as exc:
        rest = claims[read:]
        if len(rest) == 1:
            yield rest[0], exc
            return
        log.info("a batch of %d articles raised; extracting them one by one", len(rest))
        for claim in rest:
            yield claim, _extract_one(claim, extract_many)


def publication_day(claim: Claim) -> date | None:
    return claim.published_at.date() if claim.published_at is not None else None


def _extract_one(claim: Claim, extract_many: ExtractMany) -> Extraction | Exception:
    try:
        return next(iter(extract_many([claim.text], published=[publication_day(claim)])))
    except Exception as exc:  # any failure of the pipeline on this text is the article's fault
        return exc


def _finish_observed(
    sessions: sessionmaker[Session],
    article_id: str,
    result: Extraction | Exception,
    notifier: Notifier,
) -> Outcome:
    """`_finish`, with the article named on its log lines and counted in the worker's metrics."""
    with about_article(article_id):
        started = time.perf_counter()
        outcome = _finish(sessions, article_id, result, notifier)
    if not isinstance(result, Exception):
        metrics.observe_store(time.perf_counter() - started)
    if outcome == Outcome.DONE:
        metrics.article_done()
    elif outcome == Outcome.FAILED:
        metrics.article_failed("extraction_error")
    return outcome


def _finish(
    sessions: sessionmaker[Session],
    article_id: str,
    result: Extraction | Exception,
    notifier: Notifier,
) -> Outcome:
    if isinstance(result, Exception):
        log.warning("extraction failed for %s", article_id, exc_info=result)
        with unit_of_work(sessions) as session:
            reason = f"extraction failed: {type(result).__name__}: {result}"[:MAX_ERROR_CHARS]
            mark_failed(session, article_id, reason)
        notifier.publish([ArticleStatusChanged(article_id, ArticleStatus.FAILED, reason)])
        return Outcome.FAILED
    outcome, notices = _store(sessions, article_id, result)
    notifier.publish(notices)
    return outcome


def _store(
    sessions: sessionmaker[Session], article_id: str, extraction: Extraction
) -> tuple[Outcome, list[Notice]]:
    """Stores the graph and marks the article done; the notices to send once committed."""
    with unit_of_work(sessions) as session:
        # Blocking lock: a duplicate job storing the same article waits here, then sees `done`.
        article = session.execute(
            select(Article).where(Article.id == article_id).with_for_update()
        ).scalar_one_or_none()
        if article is None or article.status == ArticleStatus.DONE:
            return Outcome.SKIPPED, []
        touched = store_extraction(session, article, extraction)
        mark_done(session, article, extraction.to_dict())
    changed = GraphChanged(article_id, touched.actor_ids, touched.initiative_ids)
    return Outcome.DONE, [changed, ArticleStatusChanged(article_id, ArticleStatus.DONE)]


def _hand_back(sessions: sessionmaker[Session], article_ids: list[str], holder: str) -> None:
    if not article_ids:
        return
    # The database is likely what failed: then their lease runs out, and a reaper hands them back.
    try:
        with unit_of_work(sessions) as session:
            release(session, article_ids, holder)
    except Exception:
        log.warning("could not hand back %d claimed articles", len(article_ids), exc_info=True)
