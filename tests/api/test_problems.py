"""Every error is an RFC 9457 problem: routing errors, our own, and unexpected exceptions."""

from __future__ import annotations

import logging

import httpx2
import pytest
from starlette.testclient import TestClient

import attache_api.rest.articles
from tests.conftest import MakeClient


def assert_problem(response: httpx2.Response, status: int) -> dict[str, object]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, object] = response.json()
    assert {"type", "title", "status", "detail"} <= problem.keys()
    assert problem["status"] == status
    assert str(problem["detail"]).strip()
    return problem


@pytest.mark.parametrize(
    "path", ["/index.html", "/v2/articles", "/v1/articles/a/b", "/v1/article", "/static/none.js"]
)
def test_an_unknown_path_is_a_404_problem(client: TestClient, path: str) -> None:
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/v1/articles", "GET, HEAD, POST"),
        ("DELETE", "/v1/articles/art_1", "GET, HEAD"),
        ("POST", "/healthz", "GET, HEAD"),
    ],
)
def test_a_wrong_method_is_a_405_problem_with_allow(
    client: TestClient, method: str, path: str, allowed: str
) -> None:
    response = client.request(method, path)
    assert_problem(response, 405)
    assert set(response.headers["allow"].split(", ")) == set(allowed.split(", "))


def test_an_unexpected_error_is_a_logged_500_problem(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*_args: object) -> None:
        raise RuntimeError("the database exploded")

    monkeypatch.setattr(attache_api.rest.articles, "submit", broken)
    client = make_client()
    client_without_raise = TestClient(client.app, raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="attache_api.problems"):
        response = client_without_raise.post("/v1/articles", json={"text": "Some text."})
    problem = assert_problem(response, 500)
    assert "exploded" not in str(problem["detail"])
    assert "unhandled error in POST /v1/articles" in caplog.text
