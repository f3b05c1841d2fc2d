"""The whole service under the corpus: submitted over REST, processed by real Celery workers.

Each run gets a fresh PostgreSQL database and an emptied Redis; workers are started and left to
load the model before the clock starts, and the clock stops at the last article's final status.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from time import monotonic, sleep

import httpx
import redis
from bench_processes import Process, start, start_uvicorn, wait_http, wait_idle, wait_log
from servers import free_port
from sqlalchemy import create_engine, func, select, text

from attache.articles.models import Article, ArticleStatus
from attache.db import make_engine, sync_url
from attache.migrate import migrate_to_head

SUBMITTERS = 8  # concurrent REST clients submitting the corpus
FINAL = (ArticleStatus.DONE, ArticleStatus.FAILED)


@dataclass(frozen=True)
class ServiceRun:
    workers: int
    articles: int
    seconds: float
    failed: int
    worker_peak_mib: float


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A database of its own on the server, migrated to head, dropped afterwards."""
    name = f"attache_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(sync_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = server_url.rsplit("/", 1)[0] + f"/{name}"
        migrate_to_head(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def service_env(database_url: str, redis_url: str) -> dict[str, str]:
    env = {**os.environ, "ATTACHE_DATABASE_URL": database_url, "ATTACHE_REDIS_URL": redis_url}
    env.pop("ATTACHE_BROKER_URL", None)
    return env


@contextlib.contextmanager
def api(env: dict[str, str], log_dir: Path) -> Iterator[tuple[Process, str]]:
    process, url = start_uvicorn("api", "attache_api.app:app", env, log_dir)
    try:
        wait_http(process, f"{url}/readyz")
        yield process, url
    finally:
        process.stop()


@contextlib.contextmanager
def workers(count: int, env: dict[str, str], log_dir: Path) -> Iterator[list[Process]]:
    """`count` worker processes of concurrency 1 each, with the model loaded, each serving its
    metrics on a port of its own as it would in production."""
    started: list[Process] = []
    try:
        for number in range(count):
            args = ["-m", "celery", "-A", "attache_worker.celery_app:app", "worker"]
            args += ["--concurrency=1", f"--hostname=bench{number}@%h", "--loglevel=INFO"]
            args += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
            worker_env = env | {"ATTACHE_WORKER_METRICS_PORT": str(free_port())}
            started.append(start(f"worker{count}-{number}", args, worker_env, log_dir))
        for process in started:
            wait_log(process, " ready.")
        wait_idle(started)
        yield started
    finally:
        for process in started:
            process.stop()


def run_service(
    corpus: list[tuple[str, str]],
    worker_count: int,
    database_url: str,
    redis_url: str,
    log_dir: Path,
) -> ServiceRun:
    redis.Redis.from_url(redis_url).flushdb()
    env = service_env(database_url, redis_url)
    with api(env, log_dir) as (_, url), workers(worker_count, env, log_dir) as started:
        began = datetime.now(UTC)
        submit(url, corpus)
        finished = wait_all_final(database_url, len(corpus))
        peak = max(p.peak_rss_mib() for p in started)
    seconds = (finished - began).total_seconds()
    return ServiceRun(worker_count, len(corpus), seconds, count_failed(database_url), peak)


def submit(url: str, corpus: list[tuple[str, str]]) -> None:
    with (
        httpx.Client(base_url=url, timeout=60) as client,
        ThreadPoolExecutor(SUBMITTERS) as pool,
    ):
        for response in pool.map(
            lambda item: client.post("/v1/articles", json={"title": item[0], "text": item[1]}),
            corpus,
        ):
            if response.status_code != 202:
                raise RuntimeError(f"submit answered {response.status_code}: {response.text}")


def wait_all_final(database_url: str, expected: int, timeout: float = 1800) -> datetime:
    """When the last article reached done or failed (its row's last update)."""
    engine = make_engine(database_url)
    deadline = monotonic() + timeout
    try:
        with engine.connect() as conn:
            while monotonic() < deadline:
                final = select(func.count()).where(Article.status.in_(FINAL))
                if conn.execute(final).scalar_one() >= expected:
                    last: datetime = conn.execute(select(func.max(Article.updated_at))).scalar_one()
                    return last if last.tzinfo else last.replace(tzinfo=UTC)
                conn.rollback()  # a new snapshot for the next look
                sleep(0.1)
    finally:
        engine.dispose()
    raise RuntimeError(f"articles not all processed in {timeout}s")


def count_failed(database_url: str) -> int:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            stmt = select(func.count()).where(Article.status == ArticleStatus.FAILED)
            return int(conn.execute(stmt).scalar_one())
    finally:
        engine.dispose()
