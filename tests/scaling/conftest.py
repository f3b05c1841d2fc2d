"""Private Redis and PostgreSQL servers for the scaling tests, and the processes on top."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.servers import PrivatePostgres, PrivateRedis, running_postgres, running_redis
from tests.scaling.cluster import Cluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="module")
def redis_server() -> Iterator[PrivateRedis]:
    with running_redis("the scaling tests") as server:
        yield server


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[PrivatePostgres]:
    with running_postgres("the scaling tests") as cluster:
        yield cluster


@pytest.fixture(scope="module")
def cluster(
    redis_server: PrivateRedis,
    postgres_server: PrivatePostgres,
    tmp_path_factory: pytest.TempPathFactory,
) -> Cluster:
    return Cluster(redis_server, postgres_server, tmp_path_factory.mktemp("scaling"))
