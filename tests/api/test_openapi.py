"""`/openapi.json` parses, and describes exactly the REST routes the app serves."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from attache_api.app import create_app
from attache_api.rest.openapi import DOCUMENT


@pytest.fixture
def document(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    parsed: dict[str, Any] = response.json()
    return parsed


def test_it_is_openapi_3_1_listing_every_rest_path(document: dict[str, Any]) -> None:
    assert document["openapi"] == "3.1.0"
    assert set(document["paths"]) == {
        "/v1/articles",
        "/v1/articles/{article_id}",
        "/healthz",
        "/readyz",
        "/openapi.json",
        "/metrics",
    }


def test_documented_methods_match_the_routes() -> None:
    served = {
        (route.path, method.lower())
        for route in create_app().routes
        # GraphQL and the pages are for browsers and GraphQL clients, not REST ones.
        if isinstance(route, Route) and route.path not in ("/graphql", "/")
        for method in route.methods or ()
        if method != "HEAD"
    }
    documented = {(path, method) for path, item in DOCUMENT["paths"].items() for method in item}
    assert documented == served


def test_every_error_response_is_a_problem(document: dict[str, Any]) -> None:
    for item in document["paths"].values():
        for operation in item.values():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    schema = response["content"]["application/problem+json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Problem"}


def test_every_reference_resolves(document: dict[str, Any]) -> None:
    def refs(node: object) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if "$ref" in node else []
            return own + [r for value in node.values() for r in refs(value)]
        if isinstance(node, list):
            return [r for value in node for r in refs(value)]
        return []

    schemas = document["components"]["schemas"]
    for ref in refs(document):
        assert ref.removeprefix("#/components/schemas/") in schemas


def test_submissions_accept_json_and_plain_text(document: dict[str, Any]) -> None:
    content = document["paths"]["/v1/articles"]["post"]["requestBody"]["content"]
    assert set(content) == {"application/json", "text/plain"}


@pytest.mark.parametrize("text", ["a\x00b", "\x00", "   ", "\n\t"])
def test_the_documented_text_pattern_refuses_what_the_service_refuses(
    document: dict[str, Any], text: str
) -> None:
    # A generator that honours the document must not produce an article the service rejects
    # (a NUL character, or nothing visible).
    content = document["paths"]["/v1/articles"]["post"]["requestBody"]["content"]
    pattern = content["text/plain"]["schema"]["pattern"]
    assert re.search(pattern, text) is None
    assert re.search(pattern, "Talks resumed.") is not None
