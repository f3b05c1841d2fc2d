"""GraphQL fixtures: the schema run directly against a migrated database, and over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker
from strawberry.types import ExecutionResult

from attache.db import make_async_engine, make_async_sessionmaker, unit_of_work
from attache.jobs import make_celery
from attache.settings import Settings
from attache_api.events import EventHub
from attache_api.graphql.context import build_context
from attache_api.graphql.schema import make_schema
from attache_api.state import AppState
from tests.graphql.factories import store_many, store_relations, store_us_japan


class SchemaRunner:
    """Runs operations through `schema.execute`, each with a fresh engine and context."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.schema = make_schema(settings)

    def execute(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        statements: list[str] | None = None,
    ) -> ExecutionResult:
        """Runs `query`; when `statements` is given, appends every SQL statement sent."""
        return asyncio.run(self._execute(query, variables, statements))

    def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        result = self.execute(query, variables)
        assert result.errors is None, result.errors
        assert result.data is not None
        return result.data

    def error(self, query: str, variables: dict[str, Any] | None = None) -> str:
        result = self.execute(query, variables)
        assert result.errors, result.data
        return "; ".join(e.message for e in result.errors)

    async def _execute(
        self, query: str, variables: dict[str, Any] | None, statements: list[str] | None
    ) -> ExecutionResult:
        engine = make_async_engine(self.settings.database_url)
        if statements is not None:

            @event.listens_for(engine.sync_engine, "before_cursor_execute")
            def _record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
                statements.append(statement)

        celery = make_celery(self.settings)
        sessions = make_async_sessionmaker(engine)
        state = AppState(self.settings, engine, sessions, celery, EventHub(self.settings.redis_url))
        try:
            return await self.schema.execute(query, variables, context_value=build_context(state))
        finally:
            # A field that failed ends the operation while its siblings' loaders may still be
            # reading: they finish before the engine goes, or their connections are left open.
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            await asyncio.gather(*others, return_exceptions=True)
            celery.close()
            await engine.dispose()


MakeRunner = Callable[..., SchemaRunner]


@pytest.fixture
def make_runner(database_url: str) -> MakeRunner:
    def make(**overrides: Any) -> SchemaRunner:
        return SchemaRunner(
            Settings(**{"database_url": database_url, "broker_url": "memory://", **overrides})
        )

    return make


@pytest.fixture
def runner(make_runner: MakeRunner) -> SchemaRunner:
    return make_runner()


@pytest.fixture
def us_japan(session_factory: sessionmaker[Session]) -> tuple[str, str]:
    """Stores the two US–Japan articles (committed: this is the test boundary); their ids."""
    with unit_of_work(session_factory) as session:
        first, second = store_us_japan(session)
        return first.id, second.id


@pytest.fixture
def many(session_factory: sessionmaker[Session]) -> int:
    """Stores twelve articles: 25 actors and 12 initiatives. Returns the article count."""
    with unit_of_work(session_factory) as session:
        store_many(session, 12)
    return 12


@pytest.fixture
def related(session_factory: sessionmaker[Session]) -> int:
    """Stores twelve articles relating the US to twelve countries. Returns the article count."""
    with unit_of_work(session_factory) as session:
        store_relations(session, 12)
    return 12
