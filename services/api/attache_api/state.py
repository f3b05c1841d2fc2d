"""What the API process shares between requests: owned by the Starlette lifespan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from celery import Celery
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from starlette.requests import HTTPConnection

from attache.settings import Settings
from attache_api.events import EventHub

if TYPE_CHECKING:
    from attache_api.graphql.result_cache import ResultCache


@dataclass(slots=True)
class AppState:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[Any]
    celery: Celery
    # The worker's news, for GraphQL subscriptions and the result cache.
    events: EventHub
    # Query answers kept until news of a change; None where no news arrives, or when off.
    results: ResultCache | None = None


def app_state(conn: HTTPConnection) -> AppState:
    state: AppState = conn.app.state.attache
    return state
