"""The worker's Prometheus metrics, served by its main process for all its pool processes.

Celery's prefork pool runs jobs in child processes, each with memory of its own, so the metrics
live in prometheus_client's multiprocess files: each process writes its own file in a directory
made fresh for this worker, and the main process adds them all up at every scrape of
`http://<worker>:ATTACHE_WORKER_METRICS_PORT/metrics`.

The metrics are made on first use, in the process that uses them, once `serve` has switched the
library to those files: a pool child makes its own after the fork.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from celery.signals import task_retry, worker_init, worker_shutdown
from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server, values
from prometheus_client.multiprocess import MultiProcessCollector

log = logging.getLogger(__name__)

T = TypeVar("T")
MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
# From a few milliseconds (a short text, a small graph) to minutes (a huge article on a busy
# machine).
SECONDS_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)


@dataclass(frozen=True, slots=True)
class WorkerMetrics:
    extraction_seconds: Histogram
    store_seconds: Histogram
    processed: Counter
    failures: Counter
    retries: Counter


@lru_cache(maxsize=1)
def metrics() -> WorkerMetrics:
    return WorkerMetrics(
        extraction_seconds=Histogram(
            "attache_extraction_seconds",
            "Time the model took per article (a batch's time shared among its articles).",
            buckets=SECONDS_BUCKETS,
        ),
        store_seconds=Histogram(
            "attache_store_seconds",
            "Time to store one article's extraction in the graph, its transaction included.",
            buckets=SECONDS_BUCKETS,
        ),
        processed=Counter(
            "attache_articles_processed",
            "Articles this worker finished, by outcome (done or failed).",
            ["outcome"],
        ),
        failures=Counter(
            "attache_article_failures",
            "Articles marked failed, by reason (extraction_error, too_many_attempts).",
            ["reason"],
        ),
        retries=Counter(
            "attache_task_retries",
            "Jobs retried after an infrastructure error, by the error's type.",
            ["error"],
        ),
    )


def article_done() -> None:
    metrics().processed.labels("done").inc()


def article_failed(reason: str) -> None:
    metrics().processed.labels("failed").inc()
    metrics().failures.labels(reason).inc()


def observe_store(seconds: float) -> None:
    metrics().store_seconds.observe(seconds)


def timed_extraction(
    extract_many: Callable[..., Iterable[T]],
) -> Callable[..., Iterator[T]]:
    """`extract_many`, observing the time it took per article read, as the results stream out;
    whatever else it takes (the articles' days) passes through."""

    def extract(texts: Sequence[str], **options: Any) -> Iterator[T]:
        started, read = time.perf_counter(), 0
        try:
            for result in extract_many(texts, **options):
                read += 1
                yield result
        finally:
            if read:
                per_article = (time.perf_counter() - started) / read
                for _ in range(read):
                    metrics().extraction_seconds.observe(per_article)

    return extract


def install(port: int) -> None:
    """Wire the metrics to Celery's signals; call once, where the app is made. Port 0: none."""
    task_retry.connect(_count_retry, weak=False)
    if not port:
        return

    def serve_from_main_process(**_: Any) -> None:
        serve(port)

    worker_init.connect(serve_from_main_process, weak=False)
    worker_shutdown.connect(_remove_files, weak=False)


def serve(port: int) -> None:
    """Keep metrics in multiprocess files from now on, and serve their sum on `port`.

    Runs in the main process before the pool forks. A port already taken costs this worker its
    metrics, not its work.
    """
    directory = tempfile.mkdtemp(prefix="attache-worker-metrics-")
    os.environ[MULTIPROCESS_DIR] = directory  # the pool children inherit it
    # The library picks its value store on import, from that variable; no metric exists yet.
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
    try:
        start_http_server(port, registry=registry)
    except OSError as exc:
        log.warning("worker metrics not served: port %d: %s", port, exc)
        return
    log.info("worker metrics on http://0.0.0.0:%d/metrics", port)


def _count_retry(reason: BaseException | None = None, **_: Any) -> None:
    metrics().retries.labels(type(reason).__name__ if reason else "unknown").inc()


def _remove_files(**_: Any) -> None:
    directory = os.environ.pop(MULTIPROCESS_DIR, None)
    if directory:
        shutil.rmtree(directory, ignore_errors=True)
