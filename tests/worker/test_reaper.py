"""The reaper hands back dead claims, and only those: a pool process of this node that is gone
at once, another node's when its lease has run out; a live holder's never."""

from __future__ import annotations

import subprocess
import time
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import Article, ArticleStatus
from attache.db import unit_of_work, utcnow
from attache_worker import leases
from attache_worker.leases import holder_name
from attache_worker.reaper import Reaper, hand_back_dead_claims, look_every
from tests.worker.factories import PAIRS, load_article, pact_text, queue_articles


def _claim_as(
    sessions: sessionmaker[Session], article_id: str, holder: str, lease_left: timedelta
) -> None:
    with unit_of_work(sessions) as session:
        session.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(
                status=ArticleStatus.PROCESSING,
                attempts=1,
                claimed_by=holder,
                lease_expires_at=utcnow() + lease_left,
            )
        )


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_dead_claims_are_queued_and_their_jobs_sent_again(
    worker_sessions: sessionmaker[Session],
) -> None:
    pool_killed, pool_killed_too, node_gone, alive_here, alive_there = queue_articles(
        worker_sessions, *(pact_text(*pair) for pair in PAIRS)
    )
    live = timedelta(seconds=20)
    dead_here = f"{leases.NODE}:{_dead_pid()}"
    _claim_as(worker_sessions, pool_killed, dead_here, live)
    _claim_as(worker_sessions, pool_killed_too, dead_here, live)
    _claim_as(worker_sessions, node_gone, "elsewhere-1:42", -timedelta(seconds=1))
    _claim_as(worker_sessions, alive_here, holder_name(), live)
    _claim_as(worker_sessions, alive_there, "elsewhere-2:42", live)
    sent: list[str] = []

    released = hand_back_dead_claims(worker_sessions, sent.append)

    assert sorted(released) == sorted(sent) == sorted([pool_killed, pool_killed_too, node_gone])
    for article_id in released:
        article = load_article(worker_sessions, article_id)
        assert article.status == ArticleStatus.QUEUED
        assert (article.claimed_by, article.lease_expires_at) == (None, None)
        assert article.attempts == 1  # kept: it is then processed alone
    for article_id in (alive_here, alive_there):
        assert load_article(worker_sessions, article_id).status == ArticleStatus.PROCESSING
    assert hand_back_dead_claims(worker_sessions, sent.append) == []


def test_the_reaper_looks_in_the_background_until_stopped(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, pact_text(*PAIRS[0]))
    _claim_as(worker_sessions, article_id, f"{leases.NODE}:{_dead_pid()}", timedelta(seconds=20))
    sent: list[str] = []
    reaper = Reaper(worker_sessions, sent.append, every=0.1).start()
    try:
        deadline = time.monotonic() + 10
        while not sent and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        reaper.stop()
    assert sent == [article_id]


def test_it_looks_a_few_times_per_lease_and_at_least_every_two_seconds() -> None:
    assert look_every(timedelta(seconds=20)) == 2.0
    assert look_every(timedelta(seconds=4)) == 1.0
