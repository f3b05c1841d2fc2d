"""The worker's Celery application: `celery -A attache_worker.celery_app:app worker -B`."""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import lru_cache, partial
from typing import Any

import redis.exceptions
import sqlalchemy.exc
from celery import Task
from celery.signals import worker_process_init, worker_process_shutdown
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import requeue_stuck
from attache.db import unit_of_work
from attache.jobs import PROCESS_ARTICLE, SWEEP_STUCK, make_celery
from attache.notify import notifier_for
from attache.settings import get_settings
from attache_worker import logs, metrics
from attache_worker.database import make_worker_sessions
from attache_worker.processing import BatchPolicy, process_article
from attache_worker.reaper import Reaper, look_every

log = logging.getLogger(__name__)
settings = get_settings()
app = make_celery(settings)
logs.install(settings)
metrics.install(settings.worker_metrics_port)
BATCH_POLICY = BatchPolicy.from_settings(settings)
NOTIFIER = notifier_for(settings)

# Infrastructure errors are worth retrying; anything else is the article's and ends `failed`.
TRANSIENT_ERRORS = (
    sqlalchemy.exc.OperationalError,
    sqlalchemy.exc.InterfaceError,
    redis.exceptions.ConnectionError,
    BrokerError,
    ConnectionError,
    TimeoutError,
)


@lru_cache(maxsize=1)
def sessions() -> sessionmaker[Session]:
    """One engine per worker process, made after the fork so no connection is shared."""
    return make_worker_sessions(settings.database_url)


@worker_process_init.connect
def _warm_up(**_: Any) -> None:
    """Before the first job: the reaper started, which hands back the claims of dead workers
    (this process's predecessor among them, so first, not after the seconds the model takes to
    load); then the model and its tables loaded."""
    from attache_worker.extraction import warm_up

    _reapers.append(Reaper(sessions(), send_job, look_every(BATCH_POLICY.lease)).start())
    warm_up()
    log.info("model loaded; this pool process takes articles now")


_reapers: list[Reaper] = []  # this pool process's


@worker_process_shutdown.connect
def _stop_reaper(**_: Any) -> None:
    while _reapers:
        _reapers.pop().stop()


def send_job(article_id: str) -> None:
    app.send_task(PROCESS_ARTICLE, args=[article_id])


@app.task(
    name=PROCESS_ARTICLE,
    bind=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=settings.task_retry_backoff_max,
    retry_jitter=True,
    max_retries=settings.task_max_retries,
)
def process_article_task(self: Task[[str], str], article_id: str) -> str:
    """Process the article, and with it up to `extract_batch_size` queued ones in one batch."""
    from attache_worker.extraction import extract_many

    # The model reads the batch in two halves, so the first half is stored while it reads the
    # second (see `process_claims`).
    read = metrics.timed_extraction(
        partial(extract_many, batch_size=max(1, BATCH_POLICY.size // 2))
    )
    return process_article(sessions(), article_id, read, BATCH_POLICY, notifier=NOTIFIER)


@app.task(name=SWEEP_STUCK, autoretry_for=TRANSIENT_ERRORS, max_retries=3)
def sweep_stuck_articles() -> int:
    """Send again the articles whose job was lost (broker down at submit, worker killed)."""
    with unit_of_work(sessions()) as session:
        ids = requeue_stuck(session, timedelta(seconds=settings.stuck_after_seconds))
    # After the commit, so the worker finds them queued; were sending to fail, they stay queued
    # and the next sweep sends them.
    for article_id in ids:
        send_job(article_id)
    if ids:
        log.info("re-enqueued %d stuck articles", len(ids))
    return len(ids)
