"""Probes: liveness always answers; readiness reports a database or broker that does not."""

from __future__ import annotations

import os

import pytest
from starlette.testclient import TestClient

from attache.settings import Settings
from attache_api.app import create_app
from tests.conftest import MakeClient

CLOSED_PORT_REDIS = "redis://127.0.0.1:1/0"


def test_healthz_says_ok(client: TestClient) -> None:
    response = client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_readyz_is_ok_when_the_database_answers_and_the_broker_is_in_memory(
    client: TestClient,
) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "broker": "ok"}


def test_readyz_is_ok_with_a_live_redis(make_client: MakeClient) -> None:
    client = make_client(broker_url=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    assert client.get("/readyz").status_code == 200


def test_readyz_names_a_broker_that_does_not_answer(make_client: MakeClient) -> None:
    response = make_client(broker_url=CLOSED_PORT_REDIS).get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "5"
    problem = response.json()
    assert "broker" in problem["detail"]
    assert problem["checks"] == {"database": "ok", "broker": "down"}


@pytest.mark.postgres
def test_readyz_names_a_database_that_does_not_answer() -> None:
    settings = Settings(
        database_url="postgresql://postgres@127.0.0.1:1/none", broker_url="memory://"
    )
    with TestClient(create_app(settings)) as client:
        response = client.get("/readyz")
        # Liveness does not depend on the database.
        assert client.get("/healthz").status_code == 200
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "down", "broker": "ok"}
