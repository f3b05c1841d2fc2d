"""Every malformed submission is a 4xx problem that says what to fix, and stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import httpx2
import orjson
import pytest
from starlette.testclient import TestClient

from tests.conftest import MakeClient

JSON = "application/json"
TEXT = "text/plain"
VALID = "Japan and India agreed to build a high-speed rail line."


class Bad(NamedTuple):
    content_type: str | None
    body: bytes
    status: int
    mentions: str = ""


def as_json(**fields: object) -> bytes:
    return orjson.dumps(fields)


BAD_SUBMISSIONS = {
    "no content type": Bad(None, as_json(text=VALID), 415, "Content-Type"),
    "xml": Bad("application/xml", b"<text>hi</text>", 415, "application/json"),
    "form": Bad("application/x-www-form-urlencoded", b"text=hi", 415),
    "latin-1 text": Bad("text/plain; charset=latin-1", VALID.encode(), 415, "UTF-8"),
    "utf-16 json": Bad("application/json; charset=utf-16", as_json(text=VALID), 415),
    "json not utf-8": Bad(JSON, b'{"text": "caf\xe9"}', 400, "UTF-8"),
    "text not utf-8": Bad(TEXT, b"caf\xe9 au lait", 400, "UTF-8"),
    "truncated json": Bad(JSON, b'{"text": "abc"', 400, "JSON"),
    "empty json body": Bad(JSON, b"", 400, "JSON"),
    "lone surrogate": Bad(JSON, b'{"text": "\\ud800"}', 400, "JSON"),
    "nested too deep": Bad(JSON, b"[" * 5000, 400, "JSON"),
    "json array": Bad(JSON, b'["text"]', 422, "object"),
    "json string": Bad(JSON, b'"text"', 422, "object"),
    "json null": Bad(JSON, b"null", 422, "object"),
    "text missing": Bad(JSON, as_json(title="t"), 422, "text: is required"),
    "text null": Bad(JSON, as_json(text=None), 422, "text: is required"),
    "text a number": Bad(JSON, as_json(text=42), 422, "text: must be a string"),
    "text a list": Bad(JSON, as_json(text=[VALID]), 422, "text: must be a string"),
    "text empty": Bad(JSON, as_json(text=""), 422, "text: must contain"),
    "text whitespace": Bad(JSON, as_json(text=" \n\t\u2003 "), 422, "text: must contain"),
    "text with NUL": Bad(JSON, as_json(text="a\x00b"), 422, "NUL"),
    "title with NUL": Bad(JSON, as_json(text=VALID, title="\x00"), 422, "title"),
    "title a number": Bad(JSON, as_json(text=VALID, title=1), 422, "title: must be a string"),
    "title too long": Bad(JSON, as_json(text=VALID, title="t" * 1001), 422, "1000"),
    "url too long": Bad(JSON, as_json(text=VALID, url="u" * 2001), 422, "2000"),
    "source too long": Bad(JSON, as_json(text=VALID, source="s" * 201), 422, "200"),
    "source an object": Bad(JSON, as_json(text=VALID, source={}), 422, "source"),
    "date in words": Bad(JSON, as_json(text=VALID, published_at="yesterday"), 422, "RFC 3339"),
    "date a number": Bad(JSON, as_json(text=VALID, published_at=1714550400), 422, "published"),
    "month 13": Bad(JSON, as_json(text=VALID, published_at="2024-13-01"), 422, "published"),
    "no utc offset": Bad(JSON, as_json(text=VALID, published_at="2024-05-01T09:30"), 422),
    "unknown field": Bad(JSON, as_json(text=VALID, tags=["x"]), 422, "tags: is not a known"),
    "plain text empty": Bad(TEXT, b"", 422, "body: is required"),
    "plain text blank": Bad(TEXT, b"  \r\n ", 422, "body: must contain"),
    "plain text NUL": Bad(TEXT, b"abc\x00", 422, "NUL"),
    "over 1 MB": Bad(JSON, as_json(text="x" * 1_000_000), 413, "1000000 bytes"),
}


def post(client: TestClient, bad: Bad) -> httpx2.Response:
    headers = {"Content-Type": bad.content_type} if bad.content_type else {}
    return client.post("/v1/articles", content=bad.body, headers=headers)


@pytest.mark.parametrize("bad", BAD_SUBMISSIONS.values(), ids=BAD_SUBMISSIONS.keys())
def test_a_bad_submission_is_a_problem(client: TestClient, bad: Bad) -> None:
    response = post(client, bad)
    assert response.status_code == bad.status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == bad.status
    assert problem["type"] == "about:blank"
    assert problem["title"]
    assert problem["detail"].strip()
    assert bad.mentions in problem["detail"]


def test_every_invalid_field_is_listed(client: TestClient) -> None:
    body = {"text": "", "title": 3, "url": "u" * 2001, "published_at": "soon", "lang": "en"}
    problem = client.post("/v1/articles", json=body).json()
    fields = [error["field"] for error in problem["errors"]]
    assert sorted(fields) == ["lang", "published_at", "text", "title", "url"]


def test_bad_submissions_store_nothing(
    client: TestClient, count_articles: Callable[[], int]
) -> None:
    assert client.post("/v1/articles", json={"text": VALID}).status_code == 202
    for bad in BAD_SUBMISSIONS.values():
        assert post(client, bad).status_code >= 400
    assert count_articles() == 1


@pytest.mark.parametrize("length", ["101", "5000000000"])
def test_a_declared_length_over_the_limit_is_refused_before_reading(
    make_client: MakeClient, length: str
) -> None:
    client = make_client(max_body_bytes=100)
    headers = {"Content-Type": JSON, "Content-Length": length}
    # The body itself is small: only the declared length can be what is refused.
    response = client.post("/v1/articles", content=as_json(text="x"), headers=headers)
    assert response.status_code == 413
    assert "100 bytes" in response.json()["detail"]


def test_a_malformed_content_length_is_a_bad_request(make_client: MakeClient) -> None:
    client = make_client()
    headers = {"Content-Type": JSON, "Content-Length": "lots"}
    response = client.post("/v1/articles", content=as_json(text=VALID), headers=headers)
    assert response.status_code == 400
    assert "Content-Length" in response.json()["detail"]


def test_a_chunked_body_over_the_limit_is_refused(make_client: MakeClient) -> None:
    client = make_client(max_body_bytes=100)
    chunks = iter([b'{"text": "', b"x" * 60, b"x" * 60, b'"}'])
    response = client.post("/v1/articles", content=chunks, headers={"Content-Type": JSON})
    assert response.status_code == 413
