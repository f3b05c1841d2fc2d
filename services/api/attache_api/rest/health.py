"""Probes: `/healthz` says the process is alive, `/readyz` that its database and broker answer."""

from __future__ import annotations

import asyncio
import logging

import redis.asyncio as aioredis
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from attache_api.problems import Problem
from attache_api.responses import OrjsonResponse
from attache_api.state import app_state

log = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 1.0
RETRY_AFTER_SECONDS = "5"


async def healthz(_request: Request) -> Response:
    return OrjsonResponse({"status": "ok"})


async def database_ready(engine: AsyncEngine) -> bool:
    try:
        async with asyncio.timeout(PROBE_TIMEOUT_SECONDS * 2), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        log.warning("readiness: database does not answer: %s", exc)
        return False
    return True


async def broker_ready(broker_url: str) -> bool:
    """Pings a Redis broker. Others (`memory://` for tests and one-process runs) are not probed."""
    if not broker_url.startswith("redis"):
        return True
    client = aioredis.from_url(
        broker_url,
        socket_connect_timeout=PROBE_TIMEOUT_SECONDS,
        socket_timeout=PROBE_TIMEOUT_SECONDS,
    )
    try:
        async with asyncio.timeout(PROBE_TIMEOUT_SECONDS * 2):
            await client.ping()
    except (RedisError, OSError, TimeoutError) as exc:
        log.warning("readiness: broker does not answer: %s", exc)
        return False
    finally:
        await client.aclose()
    return True


async def readyz(request: Request) -> Response:
    state = app_state(request)
    database, broker = await asyncio.gather(
        database_ready(state.engine), broker_ready(state.settings.effective_broker_url)
    )
    checks = {"database": "ok" if database else "down", "broker": "ok" if broker else "down"}
    down = [name for name, status in checks.items() if status == "down"]
    if down:
        detail = f"Not ready: the {' and the '.join(down)} did not answer. Retry shortly."
        headers = {"Retry-After": RETRY_AFTER_SECONDS}
        raise Problem(503, detail, headers=headers, extensions={"checks": checks})
    return OrjsonResponse({"status": "ok", "checks": checks})


routes = [
    Route("/healthz", healthz, methods=["GET"]),
    Route("/readyz", readyz, methods=["GET"]),
]
