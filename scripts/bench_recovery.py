"""How long the service takes to come back from a worker killed in the middle of its batches.

Each run: a fresh database, an emptied Redis, one worker with two pool processes (as `make run`
starts on two cores) and the default settings. Once the corpus is submitted, both pool
processes hold a batch and some article is done, the kill: SIGKILL to the two pool processes
(the worker's main process lives on and starts new ones), or to the whole worker, main process
included, after which a new worker is started at once. The clock runs from the kill (and from
the new worker's start) to the last article's final status.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from time import monotonic, sleep

import redis
from bench_processes import Process, start, wait_idle, wait_log
from bench_service import api, count_failed, service_env, submit, wait_all_final
from sqlalchemy import func, select

from attache.articles.models import Article, ArticleStatus
from attache.db import make_engine

POOL = 2


@dataclass(frozen=True)
class Recovery:
    kill: str
    articles: int
    in_flight: int  # articles claimed by the killed processes
    from_kill: float
    from_restart: float | None  # a whole worker: from the new worker's start
    failed: int


def recover_from_pool_kill(
    corpus: list[tuple[str, str]], database_url: str, redis_url: str, log_dir: Path
) -> Recovery:
    with _running(corpus, database_url, redis_url, log_dir, "pool") as (worker, in_flight):
        killed_at = _kill(_claim_holders(database_url, worker))
        finished = wait_all_final(database_url, len(corpus))
    return Recovery(
        "2 pool processes",
        len(corpus),
        in_flight,
        (finished - killed_at).total_seconds(),
        None,
        count_failed(database_url),
    )


def recover_from_worker_kill(
    corpus: list[tuple[str, str]], database_url: str, redis_url: str, log_dir: Path
) -> Recovery:
    env = service_env(database_url, redis_url)
    with _running(corpus, database_url, redis_url, log_dir, "whole") as (worker, in_flight):
        killed_at = _kill(worker.tree())
        restarted_at = datetime.now(UTC)
        replacement = _start_worker(env, log_dir, "whole-replacement")
        try:
            finished = wait_all_final(database_url, len(corpus))
        finally:
            replacement.stop()
    return Recovery(
        "whole worker, new one started",
        len(corpus),
        in_flight,
        (finished - killed_at).total_seconds(),
        (finished - restarted_at).total_seconds(),
        count_failed(database_url),
    )


@contextlib.contextmanager
def _running(
    corpus: list[tuple[str, str]], database_url: str, redis_url: str, log_dir: Path, name: str
) -> Iterator[tuple[Process, int]]:
    """The API and a warm worker, the corpus submitted, both pool processes mid-batch."""
    redis.Redis.from_url(redis_url).flushdb()
    env = service_env(database_url, redis_url)
    with api(env, log_dir) as (_, url):
        worker = _start_worker(env, log_dir, f"recovery-{name}")
        try:
            wait_log(worker, " ready.")
            wait_idle([worker])
            submit(url, corpus)
            yield worker, _wait_mid_batch(database_url)
        finally:
            worker.stop()


def _start_worker(env: dict[str, str], log_dir: Path, name: str) -> Process:
    args = ["-m", "celery", "-A", "attache_worker.celery_app:app", "worker"]
    args += [f"--concurrency={POOL}", f"--hostname={name}@%h", "--loglevel=INFO"]
    args += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
    return start(name, args, env, log_dir)


def _wait_mid_batch(database_url: str, timeout: float = 300) -> int:
    """Until both pool processes hold a batch and some article is done; returns how many
    articles are claimed then."""
    engine = make_engine(database_url)
    deadline = monotonic() + timeout
    try:
        with engine.connect() as conn:
            while monotonic() < deadline:
                processing = Article.status == ArticleStatus.PROCESSING
                holders = conn.execute(
                    select(func.count(Article.claimed_by.distinct())).where(processing)
                )
                claimed = conn.execute(select(func.count()).where(processing)).scalar_one()
                done = conn.execute(
                    select(func.count()).where(Article.status == ArticleStatus.DONE)
                ).scalar_one()
                if holders.scalar_one() >= POOL and done > 0:
                    return int(claimed)
                conn.rollback()
                sleep(0.02)
    finally:
        engine.dispose()
    raise RuntimeError(f"never caught {POOL} batches in flight in {timeout}s")


def _claim_holders(database_url: str, worker: Process) -> list[int]:
    """The pool processes holding claims, checked to be the worker's own."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            stmt = select(Article.claimed_by.distinct()).where(
                Article.status == ArticleStatus.PROCESSING
            )
            pids = [int(h.rpartition(":")[2]) for h in conn.execute(stmt).scalars() if h]
    finally:
        engine.dispose()
    children = set(worker.tree()) - {worker.pid}
    return [pid for pid in pids if pid in children]


def _kill(pids: list[int]) -> datetime:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return datetime.now(UTC)
