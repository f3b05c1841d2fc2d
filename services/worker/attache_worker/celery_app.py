"""The worker's Celery application: `celery -A attache_worker.celery_app:app worker -B`."""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import lru_cache
from typing import Any

import redis.exceptions
import sqlalchemy.exc
from celery.signals import worker_process_init
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import stuck_article_ids, touch
from attache.db import make_engine, make_sessionmaker, unit_of_work
from attache.jobs import PROCESS_ARTICLE, SWEEP_STUCK, make_celery
from attache.settings import get_settings
from attache_worker.processing import process_article

log = logging.getLogger(__name__)
settings = get_settings()
app = make_celery(settings)

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
    return make_sessionmaker(make_engine(settings.database_url))


@worker_process_init.connect
def _warm_up(**_: Any) -> None:
    from attache_worker.extraction import load_model

    load_model()


@app.task(
    name=PROCESS_ARTICLE,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=settings.task_retry_backoff_max,
    retry_jitter=True,
    max_retries=settings.task_max_retries,
)
def process_article_task(article_id: str) -> str:
    from attache_worker.extraction import extract

    return process_article(sessions(), article_id, extract, settings.task_max_retries + 1)


@app.task(name=SWEEP_STUCK, autoretry_for=TRANSIENT_ERRORS, max_retries=3)
def sweep_stuck_articles() -> int:
    """Send again the articles whose job was lost (broker down at submit, worker killed)."""
    with unit_of_work(sessions()) as session:
        ids = stuck_article_ids(session, timedelta(seconds=settings.stuck_after_seconds))
        for article_id in ids:
            app.send_task(PROCESS_ARTICLE, args=[article_id])
        touch(session, ids)
    if ids:
        log.info("re-enqueued %d stuck articles", len(ids))
    return len(ids)
