"""A database that does not answer is a 503 with Retry-After, over REST and GraphQL alike; any
other database error stays a 500."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.testclient import TestClient

from attache.settings import Settings
from attache_api.app import create_app
from attache_api.problems import is_database_unavailable
from tests.api.test_problems import assert_problem


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def no_database() -> Iterator[TestClient]:
    """The app pointed at a port where nothing listens: every connection is refused."""
    url = f"postgresql://postgres@127.0.0.1:{closed_port()}/attache"
    with TestClient(create_app(Settings(database_url=url, broker_url="memory://"))) as client:
        yield client


def test_reads_are_503_with_retry_after(no_database: TestClient) -> None:
    response = no_database.get("/v1/articles")
    problem = assert_problem(response, 503)
    assert response.headers["retry-after"] == "5"
    assert "database" in str(problem["detail"])


def test_submissions_are_503_with_retry_after(no_database: TestClient) -> None:
    response = no_database.post("/v1/articles", json={"text": "Peru and Chile met in Lima."})
    assert_problem(response, 503)
    assert response.headers["retry-after"] == "5"


def test_graphql_is_503_with_an_error_that_names_the_cause(no_database: TestClient) -> None:
    response = no_database.post("/graphql", json={"query": "{ actors { totalCount } }"})
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "SERVICE_UNAVAILABLE"}
    assert "database" in error["message"]
    assert "127.0.0.1" not in response.text  # the driver's message stays in the log


def driver_error(cls: type[DBAPIError], **kwargs: bool) -> DBAPIError:
    return cls("SELECT 1", {}, Exception("driver says no"), **kwargs)


@pytest.mark.parametrize(
    ("error", "unavailable"),
    [
        (driver_error(OperationalError), True),
        (driver_error(InterfaceError), True),
        (PoolTimeout("pool exhausted"), True),
        (driver_error(DBAPIError, connection_invalidated=True), True),
        (driver_error(IntegrityError), False),
        (driver_error(DBAPIError), False),
        (ValueError("not a database error"), False),
    ],
)
def test_which_errors_mean_the_database_is_unavailable(error: Exception, unavailable: bool) -> None:
    assert is_database_unavailable(error) is unavailable
