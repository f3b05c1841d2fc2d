"""The API process: REST under /v1, GraphQL at /graphql, probes, the OpenAPI document, and the
explorer page at /.

Run with `uvicorn attache_api.app:app`. The lifespan owns the database engine, the Celery client
and the event hub; routes reach them through `attache_api.state.app_state`.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from functools import cache

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route, WebSocketRoute

from attache.db import make_async_engine, make_async_sessionmaker
from attache.jobs import make_celery
from attache.logs import use_json_logs
from attache.notify import news_travels
from attache.settings import Settings, get_settings
from attache_api import frontend
from attache_api.events import EventHub
from attache_api.graphql import make_graphql_app
from attache_api.graphql.result_cache import ResultCache
from attache_api.metrics import ApiMetrics, RequestMetrics, metrics_route
from attache_api.problems import EXCEPTION_HANDLERS
from attache_api.rest import articles, health, openapi
from attache_api.state import AppState

# A GraphQL page builds tens of thousands of short-lived objects, one or more per field, so the
# collector runs often, and each full run walked every object the imports and the schema built.
# Python's default is 700; at 2,000 a page of 50 is served about half again as fast under 50
# clients for 5% more peak memory, where 10,000 cost 60% more memory for no more speed.
GC_FIRST_GENERATION_THRESHOLD = 2_000


@cache
def _settle_heap() -> None:
    """Once start-up is done: what it built leaves the collector's view (`gc.freeze`), and the
    collector runs less often."""
    gc.collect()
    gc.freeze()
    _, second, third = gc.get_threshold()
    gc.set_threshold(GC_FIRST_GENERATION_THRESHOLD, second, third)


def make_lifespan(settings: Settings) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engine = make_async_engine(settings.database_url)
        celery = make_celery(settings)
        events = EventHub(settings.redis_url)
        sessions = make_async_sessionmaker(engine)
        results = result_cache(settings, events)
        app.state.attache = AppState(settings, engine, sessions, celery, events, results)
        _settle_heap()
        try:
            async with AsyncExitStack() as stack:
                if results is not None:
                    await stack.enter_async_context(events.attach(results))
                yield
        finally:
            # Stop relaying news, close the broker connections the producer pool opened, then
            # the database pool.
            await events.close()
            celery.close()
            await engine.dispose()

    return lifespan


def result_cache(settings: Settings, events: EventHub) -> ResultCache | None:
    """Answers are kept only where news of changes reaches this process, and only if wanted."""
    if not news_travels(settings) or settings.graphql_cache_seconds <= 0:
        return None
    size = settings.graphql_cache_megabytes * 2**20
    return ResultCache(events, size, settings.graphql_cache_seconds)


def cors(settings: Settings) -> list[Middleware]:
    """Browsers on the allowed origins may read answers and send what a client sends: JSON or
    text bodies, and the API key. No cookies are involved, so no credentials mode."""
    if not settings.cors_origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
            expose_headers=["Location", "Retry-After"],
            max_age=600,
        )
    ]


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or get_settings()
    if settings.log_format == "json":
        # Here, as uvicorn loads the app: its own first lines (the server started) come after.
        use_json_logs(settings.log_level)
    graphql_app = make_graphql_app(settings)
    graphql = [
        Route("/graphql", graphql_app, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql_app),
    ]
    # Each app its own registry: tests make many apps in one process.
    metrics = ApiMetrics()
    routes = [
        *articles.routes,
        *health.routes,
        *openapi.routes,
        *graphql,
        metrics_route(metrics),
        *frontend.routes,
    ]
    return Starlette(
        routes=routes,
        # CORS outermost, so that a preflight is answered before anything else looks at it.
        middleware=[*cors(settings), Middleware(RequestMetrics, metrics=metrics)],
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=make_lifespan(settings),
    )


app = create_app()
