"""Leases on a batch's claims: renewed while the batch runs, so no other job takes them over,
however long it takes; left to run out when the process stops renewing them."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import Lease, claim_article, release_dead, renew
from attache.articles.models import Article, ArticleStatus
from attache.contract import Extraction
from attache.db import unit_of_work, utcnow
from attache_worker import leases
from attache_worker.database import make_worker_sessions
from attache_worker.extraction import extract_many
from attache_worker.leases import holder_name, is_gone, kept_alive
from attache_worker.processing import BatchPolicy, Outcome, process_article
from tests.worker.factories import PAIRS, load_article, pact_text, queue_articles

# Renewed every quarter of a second, so the tests below outlast several lease periods quickly.
SHORT = timedelta(seconds=1)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite keeps no zone


class SlowModel:
    """extract_many that holds the batch until released, as a long text or a slow model would."""

    def __init__(self) -> None:
        self.reading = threading.Event()
        self.release = threading.Event()

    def __call__(
        self, texts: Sequence[str], *, published: Sequence[date | None]
    ) -> Iterator[Extraction]:
        self.reading.set()
        assert self.release.wait(timeout=30)
        return extract_many(texts, published=published)


def test_a_batch_longer_than_its_lease_is_not_taken_over_while_it_runs(
    worker_sessions: sessionmaker[Session],
) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS[:4]))
    policy = BatchPolicy(size=16, max_attempts=3, lease=SHORT)
    model = SlowModel()
    outcome: list[Outcome] = []
    batch = threading.Thread(
        target=lambda: outcome.append(process_article(worker_sessions, ids[0], model, policy))
    )
    batch.start()
    try:
        assert model.reading.wait(timeout=30)
        claimed = {i: load_article(worker_sessions, i) for i in ids}
        batch_ids = [i for i, a in claimed.items() if a.status == ArticleStatus.PROCESSING]
        assert len(batch_ids) == 2  # the named one and half of the other three, rounded up
        time.sleep(3 * SHORT.total_seconds())  # three lease periods
        # Every other job for the batch's articles (a redelivered message, one sent again)
        # finds them held, and their lease later than when they were claimed.
        for article_id in batch_ids:
            again = process_article(worker_sessions, article_id, extract_many, policy)
            assert again == Outcome.SKIPPED
            now = load_article(worker_sessions, article_id)
            assert now.status == ArticleStatus.PROCESSING
            assert now.lease_expires_at is not None
            assert claimed[article_id].lease_expires_at is not None
            assert now.lease_expires_at > claimed[article_id].lease_expires_at
            assert _aware(now.lease_expires_at) > utcnow()
    finally:
        model.release.set()
        batch.join(timeout=60)
    assert outcome == [Outcome.DONE]
    articles = [load_article(worker_sessions, i) for i in ids]
    assert [(a.status, a.attempts) for a in articles] == [(ArticleStatus.DONE, 1)] * len(ids)
    assert {a.lease_expires_at for a in articles} == {None}


def test_a_lease_no_longer_renewed_runs_out_and_the_article_can_be_claimed_again(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, pact_text(*PAIRS[0]))
    dead = Lease("elsewhere-1:42", SHORT)
    with unit_of_work(worker_sessions) as session:
        assert claim_article(session, article_id, dead) is not None
    with kept_alive(worker_sessions, dead, [article_id]):
        time.sleep(2 * SHORT.total_seconds())
        with unit_of_work(worker_sessions) as session:
            assert claim_article(session, article_id, Lease(holder_name(), SHORT)) is None
    # The holder stopped renewing (its batch ended, or its process is gone).
    time.sleep(1.5 * SHORT.total_seconds())
    with unit_of_work(worker_sessions) as session:
        claim = claim_article(session, article_id, Lease(holder_name(), SHORT))
    assert claim is not None
    assert claim.attempts == 2
    assert load_article(worker_sessions, article_id).claimed_by == holder_name()


def test_only_a_process_of_this_node_that_no_longer_exists_is_gone() -> None:
    finished = subprocess.Popen(["true"])
    finished.wait()
    assert is_gone(f"{leases.NODE}:{finished.pid}")
    assert not is_gone(holder_name())
    # Elsewhere, or not a holder name at all: only its lease can tell.
    assert not is_gone(f"another-node:{finished.pid}")
    assert not is_gone("garbage")


def test_an_article_being_stored_is_skipped_by_renewals_and_reapers_not_waited_for(
    postgres_url: str,
) -> None:
    """Its row lock keeps it from everyone else until it is done; waiting for the lock would
    hold up the renewal of the rest of the batch for as long as that store takes."""
    sessions = make_worker_sessions(postgres_url)
    try:
        storing, waiting = queue_articles(sessions, pact_text(*PAIRS[0]), pact_text(*PAIRS[1]))
        lease = Lease(holder_name(), SHORT)
        with unit_of_work(sessions) as session:
            assert claim_article(session, storing, lease) is not None
            assert claim_article(session, waiting, lease) is not None
        time.sleep(1.5 * SHORT.total_seconds())  # both leases ran out
        with sessions() as store:
            store.execute(select(Article).where(Article.id == storing).with_for_update())
            with unit_of_work(sessions) as session:
                assert renew(session, lease, [storing, waiting]) == [waiting]
            with unit_of_work(sessions) as session:
                assert release_dead(session, [storing], []) == []
            store.rollback()
    finally:
        sessions.kw["bind"].dispose()
