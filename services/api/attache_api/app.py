"""The API process: REST under /v1, GraphQL at /graphql, probes, and the OpenAPI document.

Run with `uvicorn attache_api.app:app`. The lifespan owns the database engine and the Celery
client; routes reach them through `attache_api.state.app_state`.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import cache

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from attache.db import make_async_engine, make_async_sessionmaker
from attache.jobs import make_celery
from attache.logs import use_json_logs
from attache.settings import Settings, get_settings
from attache_api.graphql import make_graphql_app
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
        app.state.attache = AppState(settings, engine, make_async_sessionmaker(engine), celery)
        _settle_heap()
        try:
            yield
        finally:
            # Close the broker connections the producer pool opened, then the database pool.
            celery.close()
            await engine.dispose()

    return lifespan


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or get_settings()
    if settings.log_format == "json":
        # Here, as uvicorn loads the app: its own first lines (the server started) come after.
        use_json_logs(settings.log_level)
    graphql = Route("/graphql", make_graphql_app(settings), methods=["GET", "POST"])
    # Each app its own registry: tests make many apps in one process.
    metrics = ApiMetrics()
    routes = [*articles.routes, *health.routes, *openapi.routes, graphql, metrics_route(metrics)]
    return Starlette(
        routes=routes,
        middleware=[Middleware(RequestMetrics, metrics=metrics)],
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=make_lifespan(settings),
    )


app = create_app()
