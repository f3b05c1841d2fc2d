"""Fixtures for fault tests: private servers a test may break, and the service on top of them.

Every test gets a fresh database on a private PostgreSQL cluster (or, where a module asks for
both, a fresh SQLite file as `make run` uses) and a private Redis of its own; the machine's
shared servers are never touched. The service runs with the default settings unless a test
says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine

from attache.db import make_engine
from attache.migrate import migrate_to_head
from tests.conftest import private_postgres_database
from tests.faults.articles import distinct_articles
from tests.faults.servers import PrivatePostgres, PrivateRedis, running_postgres, running_redis
from tests.faults.service import Service, running
from tests.faults.storage import wait_until_final

# For outages of Redis or PostgreSQL, whose lost jobs only the sweep brings back: it looks
# every second, and retries after an outage come quickly, so a restarted server is noticed soon.
OUTAGE_SETTINGS = {"stuck_after_seconds": "4", "task_retry_backoff_max": "2"}

MakeService = Callable[..., Service]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.faults)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PrivatePostgres]:
    with running_postgres("fault tests") as cluster:
        yield cluster


@contextmanager
def fresh_database(cluster: PrivatePostgres) -> Iterator[str]:
    if not cluster.answers():  # a test that stopped it failed before starting it again
        cluster.start()
    with private_postgres_database(cluster.url()) as url:
        yield url


@contextmanager
def fresh_sqlite_database(directory: Path) -> Iterator[str]:
    url = f"sqlite:///{directory / 'attache.db'}"
    migrate_to_head(url)
    yield url


@contextmanager
def service_factory(database_url: str, redis_url: str, logs: Path) -> Iterator[MakeService]:
    """Starts the API and (unless worker=False) a worker, each time it is called; stops them
    all at the end."""
    with ExitStack() as stack:

        def make(*, worker: bool = True, concurrency: int = 1, **settings: str) -> Service:
            service = Service(database_url, redis_url, logs, **settings)
            return stack.enter_context(running(service, worker=worker, concurrency=concurrency))

        yield make


@pytest.fixture
def fault_database(postgres_cluster: PrivatePostgres) -> Iterator[str]:
    with fresh_database(postgres_cluster) as url:
        yield url


@pytest.fixture(params=["postgres", "sqlite"])
def either_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A module that overrides `fault_database` with this runs each test on both databases."""
    if request.param == "sqlite":
        with fresh_sqlite_database(tmp_path) as url:
            yield url
    else:
        with fresh_database(request.getfixturevalue("postgres_cluster")) as url:
            yield url


@pytest.fixture
def engine(fault_database: str) -> Iterator[Engine]:
    engine = make_engine(fault_database)
    yield engine
    engine.dispose()


@pytest.fixture
def redis_server() -> Iterator[PrivateRedis]:
    with running_redis("fault tests") as server:
        yield server


@pytest.fixture
def make_service(
    fault_database: str, redis_server: PrivateRedis, tmp_path: Path
) -> Iterator[MakeService]:
    with service_factory(fault_database, redis_server.url(), tmp_path) as make:
        yield make


@pytest.fixture(scope="module")
def seeded(
    postgres_cluster: PrivatePostgres, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Service, Engine]]:
    """A running service holding a few processed articles, shared by a module's tests."""
    logs = tmp_path_factory.mktemp("seeded")
    with fresh_database(postgres_cluster) as url, running_redis("fault tests") as redis:
        engine = make_engine(url)
        with service_factory(url, redis.url(), logs) as make:
            service = make()
            service.submit_all(distinct_articles(3, tag="Seed"))
            assert wait_until_final(engine, 3, timeout=60)["done"] == 3, service.log_tail()
            yield service, engine
        engine.dispose()
