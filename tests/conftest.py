"""Shared fixtures: real databases, migrated with Alembic, on SQLite and on PostgreSQL.

PostgreSQL comes from ATTACHE_TEST_DATABASE_URL (`make test` makes sure one answers); each test
run gets a database of its own, dropped at the end, and every test starts from empty tables.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool
from starlette.testclient import TestClient

from attache.db import make_engine, make_sessionmaker, sync_url
from attache.migrate import migrate_to_head
from attache.models import Base
from attache.settings import Settings
from attache_api.app import create_app
from attache_api.frontend import missing_vendor_files

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


def _admin_engine(url: str) -> Engine:
    # No pool: a connection kept from CREATE to DROP would be dead if a test restarted the
    # server in between (tests/faults).
    return create_engine(sync_url(url), isolation_level="AUTOCOMMIT", poolclass=NullPool)


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    return os.environ.get("ATTACHE_TEST_DATABASE_URL", DEFAULT_PG)


@contextmanager
def private_postgres_database(server_url: str) -> Iterator[str]:
    """A database of its own on the test server, migrated to head, dropped afterwards."""
    name = f"attache_test_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine(server_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        migrate_to_head(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_database(postgres_server_url: str) -> Iterator[str]:
    with private_postgres_database(postgres_server_url) as url:
        yield url


def _truncate_all(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {names} CASCADE"))
    engine.dispose()


@pytest.fixture
def postgres_url(postgres_database: str) -> Iterator[str]:
    yield postgres_database
    _truncate_all(postgres_database)


@pytest.fixture
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("db") / "attache.db"
    url = f"sqlite:///{path}"
    migrate_to_head(url)
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on each supported database."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def session_factory(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    yield make_sessionmaker(engine)
    engine.dispose()


MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(database_url: str) -> Iterator[MakeClient]:
    """Starts the whole API app (lifespan running) with the given settings overrides, over the
    in-memory broker so no Redis is needed."""
    with ExitStack() as stack:

        def make(**overrides: Any) -> TestClient:
            settings = Settings(
                **{"database_url": database_url, "broker_url": "memory://", **overrides}
            )
            return stack.enter_context(TestClient(create_app(settings)))

        yield make


@pytest.fixture
def built_pages() -> None:
    """For tests of the pages: their libraries must be built (make frontend does it). Without
    them the test skips, saying so, unless ATTACHE_REQUIRE_BROWSER is set (CI): then it fails."""
    missing = missing_vendor_files()
    if missing:
        message = f"PAGES NOT BUILT (run make frontend): missing {', '.join(missing)}"
        if os.environ.get("ATTACHE_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
