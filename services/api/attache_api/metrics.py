"""`GET /metrics` for Prometheus: this process's requests, and the state of the whole pipeline.

Requests are counted and timed by route template (`/v1/articles/{article_id}`, not each id),
method and status. Articles by status and the depth of the job queue are read from the database
and Redis at each scrape, so every API replica reports the same figures for them: aggregate
those with `max`, not `sum`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import redis.asyncio as aioredis
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from attache.articles.models import ArticleStatus
from attache.articles.repository import count_by_status
from attache.jobs import QUEUE
from attache_api.graphql.result_cache import ResultCache
from attache_api.state import AppState, app_state

log = logging.getLogger(__name__)

SCRAPE_TIMEOUT_SECONDS = 2.0
# Anything else (a fuzzer's invented method) is counted as "other", so labels stay few.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "unmatched"


@dataclass(eq=False)  # the registry keys its collectors by identity
class PipelineFigures(Collector):
    """Figures read at the last scrape; one that could not be read is left out, not guessed."""

    articles: dict[str, int] | None = None
    queue_depth: int | None = None

    def collect(self) -> Iterator[Metric]:
        if self.articles is not None:
            family = GaugeMetricFamily(
                "attache_articles", "Articles in the database, by status.", labels=["status"]
            )
            for status in ArticleStatus:
                family.add_metric([status.value], self.articles.get(status.value, 0))
            yield family
        if self.queue_depth is not None:
            yield GaugeMetricFamily(
                "attache_queue_depth",
                "Jobs waiting in the broker's queue for a worker.",
                value=self.queue_depth,
            )


@dataclass(eq=False)
class CacheFigures(Collector):
    """This process's GraphQL result cache, read at the last scrape; nothing when it has none."""

    hits: int = 0
    misses: int = 0
    size: int | None = None

    def read(self, cache: ResultCache | None) -> None:
        if cache is not None:
            self.hits, self.misses, self.size = cache.hits, cache.misses, cache.size

    def collect(self) -> Iterator[Metric]:
        if self.size is None:
            return
        lookups = CounterMetricFamily(
            "attache_graphql_cache_lookups",
            "Queries looked up in this process's result cache, by whether a kept answer served.",
            labels=["result"],
        )
        lookups.add_metric(["hit"], self.hits)
        lookups.add_metric(["miss"], self.misses)
        yield lookups
        yield GaugeMetricFamily(
            "attache_graphql_cache_bytes",
            "Bytes of encoded answers this process's result cache holds.",
            value=self.size,
        )


@dataclass
class ApiMetrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)
    pipeline: PipelineFigures = field(default_factory=PipelineFigures)
    cache: CacheFigures = field(default_factory=CacheFigures)

    def __post_init__(self) -> None:
        labels = ["method", "route", "status"]
        self.requests = Counter(
            "attache_http_requests", "HTTP requests answered.", labels, registry=self.registry
        )
        self.latency = Histogram(
            "attache_http_request_duration_seconds",
            "Time from a request's arrival to the end of its response.",
            labels,
            registry=self.registry,
        )
        self.registry.register(self.pipeline)
        self.registry.register(self.cache)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        labels = (method if method in METHODS else "other", route, str(status))
        self.requests.labels(*labels).inc()
        self.latency.labels(*labels).observe(seconds)


class RequestMetrics:
    """ASGI middleware counting and timing every HTTP request by route template and status."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        # Until a response starts, an exception on its way out becomes a 500.
        status = 500

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            elapsed = time.perf_counter() - started
            self.metrics.observe(scope["method"], route_template(scope), status, elapsed)


def route_template(scope: Scope) -> str:
    """The path of the route the router matched (set in the scope as it routes)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else UNMATCHED


async def read_pipeline(state: AppState, figures: PipelineFigures) -> None:
    articles, depth = await asyncio.gather(
        _articles_by_status(state), queue_depth(state.settings.effective_broker_url)
    )
    figures.articles, figures.queue_depth = articles, depth


async def _articles_by_status(state: AppState) -> dict[str, int] | None:
    try:
        async with asyncio.timeout(SCRAPE_TIMEOUT_SECONDS), state.sessions() as session:
            return await count_by_status(session)
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        log.warning("metrics: articles by status not read: %s", exc)
        return None


async def queue_depth(broker_url: str) -> int | None:
    """Jobs waiting in the Redis list Celery keeps the queue in; None for other brokers."""
    if not broker_url.startswith("redis"):
        return None
    client = aioredis.from_url(
        broker_url,
        socket_connect_timeout=SCRAPE_TIMEOUT_SECONDS,
        socket_timeout=SCRAPE_TIMEOUT_SECONDS,
    )
    try:
        async with asyncio.timeout(SCRAPE_TIMEOUT_SECONDS):
            return int(await client.llen(QUEUE))
    except (RedisError, OSError, TimeoutError) as exc:
        log.warning("metrics: queue depth not read: %s", exc)
        return None
    finally:
        await client.aclose()


def metrics_route(metrics: ApiMetrics) -> Route:
    async def serve_metrics(request: Request) -> Response:
        state = app_state(request)
        await read_pipeline(state, metrics.pipeline)
        metrics.cache.read(state.results)
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return Route("/metrics", serve_metrics, methods=["GET"])
