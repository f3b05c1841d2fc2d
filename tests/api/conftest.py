"""An API client against a real, migrated database, with the app's lifespan running."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select
from starlette.testclient import TestClient

from attache.articles.models import Article
from attache.db import make_engine
from tests.conftest import MakeClient


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
