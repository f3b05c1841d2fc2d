"""Browsers on the allowed origins may call the API; others get no CORS headers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from attache.settings import Settings
from tests.conftest import MakeClient

ORIGIN = "http://localhost:3000"


def _preflight(client_origin: str) -> dict[str, str]:
    return {
        "origin": client_origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
    }


def test_a_preflight_for_a_post_with_a_key_is_allowed(make_client: MakeClient) -> None:
    client = make_client(cors_origins=f"{ORIGIN},http://127.0.0.1:5173")
    for path in ("/graphql", "/v1/articles"):
        response = client.options(path, headers=_preflight(ORIGIN))
        assert response.status_code == 200, response.text
        assert response.headers["access-control-allow-origin"] == ORIGIN
        assert "POST" in response.headers["access-control-allow-methods"]
        allowed = response.headers["access-control-allow-headers"].lower()
        assert {"authorization", "content-type"} <= {h.strip() for h in allowed.split(",")}


def test_the_answer_itself_carries_the_origin_and_exposes_location(
    make_client: MakeClient,
) -> None:
    client = make_client(cors_origins=ORIGIN)
    response = client.post(
        "/v1/articles", json={"text": "Chile and Peru met."}, headers={"origin": ORIGIN}
    )
    assert response.status_code == 202
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert "location" in response.headers["access-control-expose-headers"].lower()
    query = {"query": "{ actors { totalCount } }"}
    answer = client.post("/graphql", json=query, headers={"origin": ORIGIN})
    assert answer.headers["access-control-allow-origin"] == ORIGIN


def test_an_origin_not_on_the_list_gets_no_cors_headers(make_client: MakeClient) -> None:
    client = make_client(cors_origins=ORIGIN)
    refused = client.options("/graphql", headers=_preflight("http://evil.example"))
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers
    response = client.get("/healthz", headers={"origin": "http://evil.example"})
    assert "access-control-allow-origin" not in response.headers


def test_with_no_origins_set_there_is_no_cors_at_all(make_client: MakeClient) -> None:
    client = make_client()
    response = client.options("/graphql", headers=_preflight(ORIGIN))
    assert response.status_code == 405
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("bad", ["localhost:3000", "http://localhost:3000/app", "ftp://x"])
def test_an_origin_that_is_not_one_is_refused_at_start(bad: str) -> None:
    with pytest.raises(ValidationError, match="origin"):
        Settings(cors_origins=bad)


def test_origins_are_read_as_a_list() -> None:
    settings = Settings(cors_origins=" http://localhost:3000/ , https://app.example ")
    assert settings.cors_origins == ["http://localhost:3000", "https://app.example"]
