"""Private Redis and PostgreSQL servers for the scaling tests, and the processes on top."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.servers import PrivatePostgres, PrivateRedis
from tests.scaling.cluster import Cluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="module")
def redis_server() -> Iterator[PrivateRedis]:
    try:
        server = PrivateRedis()
    except LookupError as exc:
        pytest.skip(f"the scaling tests need redis-server: {exc}")
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[PrivatePostgres]:
    try:
        cluster = PrivatePostgres()
    except LookupError as exc:
        pytest.skip(f"the scaling tests need PostgreSQL server binaries: {exc}")
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture(scope="module")
def cluster(
    redis_server: PrivateRedis,
    postgres_server: PrivatePostgres,
    tmp_path_factory: pytest.TempPathFactory,
) -> Cluster:
    return Cluster(redis_server, postgres_server, tmp_path_factory.mktemp("scaling"))
