"""The GraphQL endpoint refuses bodies over the size limit, declared or streamed."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
from starlette.testclient import TestClient

from tests.api.test_problems import assert_problem
from tests.conftest import MakeClient

LIMIT = 1000
QUERY = {"query": "{ __typename }"}


def chunked(total: int) -> Iterator[bytes]:
    """A body without Content-Length, as a client streaming it would send."""
    for _ in range(total // 100):
        yield b" " * 100


def limited(make_client: MakeClient) -> TestClient:
    return make_client(max_body_bytes=LIMIT)


def test_a_body_within_the_limit_is_served(make_client: MakeClient) -> None:
    response = limited(make_client).post("/graphql", json=QUERY)
    assert response.json() == {"data": {"__typename": "Query"}}


def test_a_declared_body_over_the_limit_is_a_413_problem(make_client: MakeClient) -> None:
    body = {**QUERY, "variables": {"pad": "x" * LIMIT}}
    response = limited(make_client).post("/graphql", json=body)
    problem = assert_problem(response, 413)
    assert str(LIMIT) in str(problem["detail"])


def test_a_streamed_body_over_the_limit_is_a_413_problem(make_client: MakeClient) -> None:
    body = orjson.dumps(QUERY) + b"".join(chunked(2 * LIMIT))
    response = limited(make_client).post(
        "/graphql", content=iter([body]), headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 413)
