"""How long the service takes to come back from a worker killed in the middle of its batches.

Each run: a fresh database, an emptied Redis, one worker with two pool processes (as `make run`
starts on two cores) and the default settings. Once the corpus is submitted, both pool
processes hold a batch and some article is done, the kill: SIGKILL to the two pool processes
(the worker's main process lives on and starts new ones), or to the whole worker, main process
included, after which a new worker is started at once. Clocks run from the kill (and from the
new worker's start) until the dead claims are handed back, and until the last article's final
status.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from time import monotonic, sleep

import redis
from bench_processes import Process, start, wait_idle, wait_log
from bench_service import api, count_failed, service_env, submit, wait_all_final
from sqlalchemy import Connection, func, select

from attache.articles.models import Article, ArticleStatus
from attache.db import make_engine

POOL = 2
PROCESSING = Article.status == ArticleStatus.PROCESSING


@dataclass(frozen=True)
class Recovery:
    killed: str
    articles: int
    in_flight: int  # articles claimed by the killed processes
    handed_back: float  # seconds from the kill until none of them is claimed by the dead
    all_done: float  # seconds from the kill until every article is done or failed
    from_restart: float | None  # a whole worker: from the new worker's start until all done
    failed: int


def recover_from_pool_kill(
    corpus: list[tuple[str, str]], database_url: str, redis_url: str, log_dir: Path
) -> Recovery:
    with _running(corpus, database_url, redis_url, log_dir, "pool") as worker:
        held = _claims(database_url)
        pool = set(worker.tree()) - {worker.pid}
        killed_at = _kill([pid for pid in map(_pid, held) if pid in pool])
        handed_back = _wait_handed_back(database_url, set(held))
        finished = wait_all_final(database_url, len(corpus))
    return Recovery(
        "the 2 pool processes",
        len(corpus),
        sum(held.values()),
        (handed_back - killed_at).total_seconds(),
        (finished - killed_at).total_seconds(),
        None,
        count_failed(database_url),
    )


def recover_from_worker_kill(
    corpus: list[tuple[str, str]], database_url: str, redis_url: str, log_dir: Path
) -> Recovery:
    env = service_env(database_url, redis_url)
    with _running(corpus, database_url, redis_url, log_dir, "whole") as worker:
        held = _claims(database_url)
        killed_at = _kill(worker.tree())
        restarted_at = datetime.now(UTC)
        replacement = _start_worker(env, log_dir, "whole-replacement")
        try:
            handed_back = _wait_handed_back(database_url, set(held))
            finished = wait_all_final(database_url, len(corpus))
        finally:
            replacement.stop()
    return Recovery(
        "the whole worker (a new one started)",
        len(corpus),
        sum(held.values()),
        (handed_back - killed_at).total_seconds(),
        (finished - killed_at).total_seconds(),
        (finished - restarted_at).total_seconds(),
        count_failed(database_url),
    )


@contextlib.contextmanager
def _running(
    corpus: list[tuple[str, str]], database_url: str, redis_url: str, log_dir: Path, name: str
) -> Iterator[Process]:
    """The API and a warm worker, the corpus submitted, both pool processes mid-batch."""
    redis.Redis.from_url(redis_url).flushdb()
    env = service_env(database_url, redis_url)
    with api(env, log_dir) as (_, url):
        worker = _start_worker(env, log_dir, f"recovery-{name}")
        try:
            wait_log(worker, " ready.")
            wait_idle([worker])
            submit(url, corpus)
            _wait_until(database_url, _mid_batch, "both pool processes mid-batch")
            yield worker
        finally:
            worker.stop()


def _start_worker(env: dict[str, str], log_dir: Path, name: str) -> Process:
    args = ["-m", "celery", "-A", "attache_worker.celery_app:app", "worker"]
    args += [f"--concurrency={POOL}", f"--hostname={name}@%h", "--loglevel=INFO"]
    args += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
    return start(name, args, env, log_dir)


def _mid_batch(conn: Connection) -> bool:
    holders = select(func.count(Article.claimed_by.distinct())).where(PROCESSING)
    done = select(func.count()).where(Article.status == ArticleStatus.DONE)
    return conn.execute(holders).scalar_one() >= POOL and conn.execute(done).scalar_one() > 0


def _claims(database_url: str) -> dict[str, int]:
    """How many articles each holder has in processing."""
    with _connection(database_url) as conn:
        stmt = select(Article.claimed_by, func.count()).where(PROCESSING)
        rows = conn.execute(stmt.group_by(Article.claimed_by)).all()
    return {holder: int(count) for holder, count in rows if holder}


def _wait_handed_back(database_url: str, holders: set[str]) -> datetime:
    """When no article was claimed by these holders any more."""

    def handed_back(conn: Connection) -> bool:
        dead = select(func.count()).where(PROCESSING, Article.claimed_by.in_(holders))
        return conn.execute(dead).scalar_one() == 0

    _wait_until(database_url, handed_back, "the dead claims handed back")
    return datetime.now(UTC)


def _wait_until(
    database_url: str, condition: Callable[[Connection], bool], what: str, timeout: float = 600
) -> None:
    deadline = monotonic() + timeout
    with _connection(database_url) as conn:
        while not condition(conn):
            if monotonic() > deadline:
                raise RuntimeError(f"not {what} after {timeout}s")
            conn.rollback()  # a new snapshot for the next look
            sleep(0.02)


@contextlib.contextmanager
def _connection(database_url: str) -> Iterator[Connection]:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _pid(holder: str) -> int:
    return int(holder.rpartition(":")[2])


def _kill(pids: list[int]) -> datetime:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return datetime.now(UTC)
