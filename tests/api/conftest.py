"""An API client against a real, migrated database, with the app's lifespan running."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from sqlalchemy import func, select
from starlette.testclient import TestClient

from attache.articles.models import Article
from attache.db import make_engine
from attache.settings import Settings
from attache_api.app import create_app

MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(database_url: str) -> Iterator[MakeClient]:
    """Starts an app with the given settings overrides; the in-memory broker needs no Redis."""
    with ExitStack() as stack:

        def make(**overrides: Any) -> TestClient:
            settings = Settings(
                **{"database_url": database_url, "broker_url": "memory://", **overrides}
            )
            return stack.enter_context(TestClient(create_app(settings)))

        yield make


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    return make_client()


@pytest.fixture
def count_articles(database_url: str) -> Iterator[Callable[[], int]]:
    engine = make_engine(database_url)

    def count() -> int:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Article)).scalar_one()

    yield count
    engine.dispose()
