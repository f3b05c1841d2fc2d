"""API keys: when set, writes need a bearer key; reads stay open."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.conftest import MakeClient

ARTICLE = {"text": "Kenya joined the Great Green Wall initiative."}


@pytest.fixture
def locked(make_client: MakeClient) -> TestClient:
    return make_client(api_keys=["first-key", "second-key"])


def test_without_keys_anyone_may_submit(client: TestClient) -> None:
    assert client.post("/v1/articles", json=ARTICLE).status_code == 202


@pytest.mark.parametrize(
    ("authorization", "challenge"),
    [
        (None, "Bearer"),
        ("Bearer", "Bearer"),
        ("Basic Zmlyc3Qta2V5", "Bearer"),
        ("Bearer wrong-key", 'Bearer error="invalid_token"'),
        ("Bearer first-key-but-longer", 'Bearer error="invalid_token"'),
        ("Bearer clé-inconnue".encode(), 'Bearer error="invalid_token"'),
    ],
)
def test_a_missing_or_wrong_key_is_refused(
    locked: TestClient, authorization: str | bytes | None, challenge: str
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = locked.post("/v1/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == challenge
    assert response.headers["content-type"] == "application/problem+json"
    assert "Authorization" in response.json()["detail"]


@pytest.mark.parametrize("authorization", ["Bearer first-key", "bearer second-key"])
def test_any_configured_key_may_submit(locked: TestClient, authorization: str) -> None:
    headers = {"Authorization": authorization}
    assert locked.post("/v1/articles", json=ARTICLE, headers=headers).status_code == 202


def test_reads_need_no_key(locked: TestClient) -> None:
    created = locked.post(
        "/v1/articles", json=ARTICLE, headers={"Authorization": "Bearer first-key"}
    )
    assert locked.get(created.headers["location"]).status_code == 200
    assert locked.get("/healthz").status_code == 200


def test_the_key_is_checked_before_the_body(locked: TestClient) -> None:
    response = locked.post("/v1/articles", content=b"\xff", headers={"Content-Type": "text/csv"})
    assert response.status_code == 401
