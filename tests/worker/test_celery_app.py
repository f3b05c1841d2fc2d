from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import Article, ArticleStatus
from attache.db import unit_of_work, utcnow
from attache.jobs import PROCESS_ARTICLE
from attache_worker import celery_app
from tests.worker.factories import PAIRS, load_article, pact_text, queue_articles


def _age(sessions: sessionmaker[Session], article_id: str, status: str, hours: float) -> None:
    with unit_of_work(sessions) as session:
        session.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(status=status, attempts=1, updated_at=utcnow() - timedelta(hours=hours))
        )


def test_the_sweep_requeues_and_resends_articles_stuck_too_long(
    worker_sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    lost_job, dead_worker, busy, long_batch, done = queue_articles(
        worker_sessions, *(pact_text(*p) for p in PAIRS[:5])
    )
    _age(worker_sessions, lost_job, ArticleStatus.QUEUED, hours=2)
    _age(worker_sessions, dead_worker, ArticleStatus.PROCESSING, hours=1)
    _age(worker_sessions, busy, ArticleStatus.PROCESSING, hours=0)
    # Claimed long ago, but its worker still renews the lease.
    _age(worker_sessions, long_batch, ArticleStatus.PROCESSING, hours=1)
    with unit_of_work(worker_sessions) as session:
        session.execute(
            update(Article)
            .where(Article.id == long_batch)
            .values(claimed_by="elsewhere-1:42", lease_expires_at=utcnow() + timedelta(seconds=20))
        )
    _age(worker_sessions, done, ArticleStatus.DONE, hours=3)
    sent: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(celery_app, "sessions", lambda: worker_sessions)
    monkeypatch.setattr(celery_app.app, "send_task", lambda name, args: sent.append((name, args)))

    assert celery_app.sweep_stuck_articles() == 2

    assert sent == [(PROCESS_ARTICLE, [lost_job]), (PROCESS_ARTICLE, [dead_worker])]
    requeued = load_article(worker_sessions, dead_worker)
    assert (requeued.status, requeued.attempts) == (ArticleStatus.QUEUED, 1)
    assert load_article(worker_sessions, busy).status == ArticleStatus.PROCESSING
    assert load_article(worker_sessions, long_batch).status == ArticleStatus.PROCESSING
