"""The GraphQL app over HTTP, mounted in the real API app at /graphql."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest
from starlette.testclient import TestClient

from attache_api.graphql.ids import encode_id
from tests.conftest import MakeClient
from tests.graphql.test_schema import _nested

SUBMIT = """mutation ($text: String!) {
  submitArticle(input: {text: $text}) { created article { id } }
}"""


def _post(client: TestClient, query: str, **extra: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, **extra.pop("body", {})}, **extra)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_queries_work_over_post_and_get(make_client: MakeClient, us_japan: tuple[str, str]) -> None:
    client = make_client()
    query = '{ actor(id: "country:US") { id articleCount } }'
    expected = {"actor": {"id": encode_id("Actor", "country:US"), "articleCount": 2}}
    assert _post(client, query) == {"data": expected}
    response = client.get("/graphql", params={"query": query})
    assert response.status_code == 200
    assert response.json() == {"data": expected}


@pytest.mark.usefixtures("built_pages")
def test_a_browser_gets_graphiql_loading_only_files_this_service_serves(
    make_client: MakeClient,
) -> None:
    client = make_client()
    response = client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assets = [s for s in sources if not s.startswith("data:")]
    assert "static/vendor/graphiql.min.js" in assets
    assert all(s.startswith("static/") for s in assets), assets
    for asset in assets:
        assert client.get(f"/{asset}").status_code == 200, asset


def test_refusals_are_graphql_errors_without_internals(
    make_client: MakeClient, us_japan: tuple[str, str]
) -> None:
    client = make_client()
    for query in (
        _nested(12),
        "{ actors(first: 5000) { totalCount } }",
        '{ actors(after: "x") { totalCount } }',
    ):
        body = _post(client, query)
        assert body["errors"], body
        text = str(body)
        assert "Traceback" not in text
        assert "File " not in text


def test_the_mutation_needs_a_known_key_when_keys_are_set(make_client: MakeClient) -> None:
    client = make_client(api_keys="k1,k2")
    variables = {"variables": {"text": "A short article about Japan."}}
    anonymous = _post(client, SUBMIT, body=variables)
    assert anonymous["errors"][0]["message"] == "unauthorized"
    wrong = _post(client, SUBMIT, body=variables, headers={"Authorization": "Bearer nope"})
    assert wrong["errors"][0]["message"] == "unauthorized"
    allowed = _post(client, SUBMIT, body=variables, headers={"Authorization": "Bearer k2"})
    assert allowed["data"]["submitArticle"]["created"] is True
    again = _post(client, SUBMIT, body=variables, headers={"Authorization": "Bearer k1"})
    assert again["data"]["submitArticle"]["created"] is False


def test_mutations_are_not_allowed_over_get(make_client: MakeClient) -> None:
    response = make_client().get(
        "/graphql", params={"query": 'mutation { submitArticle(input: {text: "x"}) { created } }'}
    )
    assert response.status_code >= 400
    assert response.status_code < 500


def test_the_graphql_package_loads_no_nlp() -> None:
    code = (
        "import sys, attache_api.graphql; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'attache_worker')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
