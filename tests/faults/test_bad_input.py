"""Hostile requests against the real running service: each one is refused with a 4xx or a
GraphQL error that says what is wrong, none is a server error, and no stored row changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import Engine

from tests.faults.service import Service
from tests.faults.storage import fingerprint

BODY_LIMIT = 1_000_000  # the default max_body_bytes
JSON = {"Content-Type": "application/json"}
VALID = "Kenya and Ethiopia signed a water-sharing agreement in Nairobi."


@dataclass(frozen=True)
class Hostile:
    method: str
    path: str
    status: int
    # What the answer must say, so the client knows what to fix (case-insensitive).
    says: str
    kwargs: dict[str, Any] = field(default_factory=dict)


def rest(
    status: int, says: str, method: str = "POST", path: str = "/v1/articles", /, **kw: Any
) -> Hostile:
    return Hostile(method, path, status, says, kw)


def submit_json(status: int, says: str, /, **fields: Any) -> Hostile:
    return rest(status, says, content=orjson.dumps(fields), headers=JSON)


def gql(says: str, query: str, /, **variables: Any) -> Hostile:
    """A GraphQL operation whose answer carries an error saying `says`."""
    body = {"query": query, "variables": variables}
    return Hostile("POST", "/graphql", 200, says, {"json": body})


def nested(depth: int) -> str:
    inner = "name"
    for _ in range(depth):
        participants = f"participants {{ actor {{ {inner} }} }}"
        inner = f"initiatives(first: 1) {{ edges {{ node {{ {participants} }} }} }}"
    return f"{{ actors(first: 1) {{ edges {{ node {{ {inner} }} }} }} }}"


def chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    """A body sent chunked, without a Content-Length to refuse it by."""
    for start in range(0, total, size):
        yield b"x" * min(size, total - start)


ALIASES = " ".join(f"a{n}: actors(first: 1) {{ totalCount }}" for n in range(100))
TOKENS = "{ " + "__typename " * 3000 + "}"
SUBMIT = "mutation($input: SubmitArticleInput!) { submitArticle(input: $input) { created } }"

HOSTILE: dict[str, Hostile] = {
    # REST: types and shapes
    "text a number": submit_json(422, "text: must be a string", text=42),
    "text an operator object": submit_json(422, "text: must be a string", text={"$ne": ""}),
    "title a list": submit_json(422, "title: must be a string", text=VALID, title=["a"]),
    "date in words": submit_json(422, "published_at", text=VALID, published_at="tomorrow"),
    "unknown fields": submit_json(422, "not a known field", text=VALID, status="done", id="x"),
    "json array": rest(422, "JSON object", content=b"[1, 2]", headers=JSON),
    "deeply nested json": rest(400, "not valid JSON", content=b"[" * 100_000, headers=JSON),
    # REST: sizes
    "huge title": submit_json(422, "at most 1000", text=VALID, title="t" * 50_000),
    "body over the limit": submit_json(413, "limit", text="x" * (BODY_LIMIT + 1)),
    "chunked body over the limit": rest(
        413, "limit", content=chunks(BODY_LIMIT * 2), headers={"Content-Type": "text/plain"}
    ),
    # REST: characters and encodings
    "NUL in text": submit_json(422, "NUL", text=f"{VALID}\x00"),
    "NUL in source": submit_json(422, "NUL", text=VALID, source="a\x00b"),
    "only control characters": rest(
        422, "non-whitespace", content=b"\t\r\n\x0b\x0c", headers={"Content-Type": "text/plain"}
    ),
    "invalid UTF-8": rest(400, "UTF-8", content=b'{"text": "\xc3\x28"}', headers=JSON),
    "lone surrogate escape": rest(400, "JSON", content=b'{"text": "\\udc00"}', headers=JSON),
    "binary body as JSON": rest(400, "UTF-8", content=bytes(range(256)) * 4, headers=JSON),
    # REST: content types and methods
    "binary body": rest(
        415, "Content-Type", content=b"\x89PNG\r\n", headers={"Content-Type": "image/png"}
    ),
    "form body": rest(415, "application/json", data={"text": VALID}),
    "no content type": rest(415, "Content-Type", content=VALID.encode()),
    "utf-16 charset": rest(
        415,
        "UTF-8",
        content=VALID.encode("utf-16"),
        headers={"Content-Type": "text/plain; charset=utf-16"},
    ),
    "delete the collection": rest(405, "Allow", "DELETE"),
    # REST: ids, cursors, limits
    "unknown id": rest(
        404, "art_000000000000000000000000", "GET", "/v1/articles/art_000000000000000000000000"
    ),
    "SQL as id": rest(404, "No article", "GET", "/v1/articles/x' OR '1'='1"),
    "control characters in id": rest(404, "No article", "GET", "/v1/articles/%00%1b%5b2J"),
    "10k-character id": rest(404, "No article", "GET", "/v1/articles/" + "a" * 10_000),
    "huge limit": rest(400, "limit", "GET", params={"limit": "1000000000"}),
    "negative limit": rest(400, "limit", "GET", params={"limit": "-1"}),
    "malformed cursor": rest(400, "cursor", "GET", params={"cursor": "eyJvZmZzZXQiOjF9"}),
    "SQL in cursor": rest(400, "cursor", "GET", params={"cursor": "1; DROP TABLE articles"}),
    "SQL in status": rest(400, "status", "GET", params={"status": "done' OR 1=1 --"}),
    # GraphQL: the transport
    "graphql body not JSON": Hostile(
        "POST", "/graphql", 400, "JSON", {"content": b"{query", "headers": JSON}
    ),
    "graphql body over the limit": Hostile(
        "POST",
        "/graphql",
        413,
        "limit",
        {"json": {"query": "{ __typename }", "pad": "x" * BODY_LIMIT}},
    ),
    "graphql query not a string": Hostile(
        "POST", "/graphql", 400, "must be a string", {"json": {"query": 5}}
    ),
    "graphql variables not an object": Hostile(
        "POST",
        "/graphql",
        400,
        "variables",
        {"json": {"query": "{ __typename }", "variables": [1]}},
    ),
    "graphql plain text": Hostile(
        "POST",
        "/graphql",
        400,
        "content type",
        {"content": b"{ __typename }", "headers": {"Content-Type": "text/plain"}},
    ),
    "mutation over GET": Hostile(
        "GET",
        "/graphql",
        400,
        "mutation",
        {"params": {"query": 'mutation { submitArticle(input: {text: "x"}) { created } }'}},
    ),
    # GraphQL: operations
    "syntax error": gql("Syntax Error", "{ actors(first: 1) { "),
    "unknown field": gql("Cannot query field", "{ actors { edges { node { password } } } }"),
    "deeply nested": gql("exceeds maximum operation depth", nested(6)),
    "alias-heavy": gql("aliases", f"{{ {ALIASES} }}"),
    "token flood": gql("token", TOKENS),
    "fragment cycle": gql("Cannot spread fragment", "{ ...A } fragment A on Query { ...A }"),
    "huge first": gql("first must be between", "{ actors(first: 1000000000) { totalCount } }"),
    "first beyond Int": gql(
        "Int cannot represent", "{ actors(first: 99999999999) { totalCount } }"
    ),
    "first a string": gql("Int cannot represent", '{ actors(first: "ten") { totalCount } }'),
    "negative first": gql("first must be between", "{ actors(first: -1) { totalCount } }"),
    "malformed graphql cursor": gql(
        "cursor", '{ actors(first: 1, after: "!!not-a-cursor!!") { totalCount } }'
    ),
    "NUL in search": gql(
        "NUL", "query($s: String) { actors(search: $s) { totalCount } }", s="a\x00"
    ),
    "huge search": gql(
        "at most", "query($s: String) { actors(search: $s) { totalCount } }", s="x" * 10_000
    ),
    "submit without text": gql("text", SUBMIT, input={"title": "no text"}),
    "submit text a number": gql("String cannot represent", SUBMIT, input={"text": 42}),
    "submit NUL": gql("NUL", SUBMIT, input={"text": "a\x00b"}),
    "submit blank": gql("must not be empty", SUBMIT, input={"text": " \n\t "}),
    "submit unknown field": gql(
        "unknown field 'status'", SUBMIT, input={"text": VALID, "status": "done"}
    ),
    "submit bad date": gql("DateTime", SUBMIT, input={"text": VALID, "publishedAt": "yesterday"}),
}


# Lookups whose right answer is "nothing": SQL-looking and unknown keys find no row.
NOTHING_FOUND = {
    "SQL in search": (
        """{ actors(search: "'; DROP TABLE actors; --") { totalCount } }""",
        {"actors": {"totalCount": 0}},
    ),
    "SQL as actor filter": (
        """{ initiatives(actor: "' OR 1=1 --") { totalCount } }""",
        {"initiatives": {"totalCount": 0}},
    ),
    "unknown node id": ('{ node(id: "QWN0b3I6bm9ib2R5") { id } }', {"node": None}),
    "unknown article key": (
        '{ article(id: "art_000000000000000000000000") { id } }',
        {"article": None},
    ),
    "global id of another type": ('{ actor(id: "QXJ0aWNsZTphcnRfMA==") { id } }', {"actor": None}),
}


def send(service: Service, hostile: Hostile) -> httpx.Response:
    with service.client() as client:
        return client.request(hostile.method, hostile.path, **hostile.kwargs)


def error_messages(response: httpx.Response) -> str:
    """What the answer tells the client: a problem's detail, GraphQL errors, or plain text."""
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        return str(response.json()["detail"])
    if response.headers.get("content-type", "").startswith("application/json"):
        return " | ".join(e["message"] for e in response.json().get("errors") or [])
    return response.text


def test_there_are_enough_hostile_requests() -> None:
    assert len(HOSTILE) >= 25


@pytest.mark.parametrize("hostile", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_request_is_refused_clearly_and_changes_nothing(
    seeded: tuple[Service, Engine], hostile: Hostile
) -> None:
    service, engine = seeded
    before = fingerprint(engine)
    response = send(service, hostile)
    assert response.status_code == hostile.status, response.text[:500]
    assert hostile.says.lower() in error_messages(response).lower(), response.text[:500]
    if hostile.path == "/graphql" and response.status_code == 200:
        assert response.json()["errors"]
    assert fingerprint(engine) == before


@pytest.mark.parametrize(("query", "data"), NOTHING_FOUND.values(), ids=NOTHING_FOUND.keys())
def test_a_hostile_lookup_finds_nothing_and_changes_nothing(
    seeded: tuple[Service, Engine], query: str, data: dict[str, Any]
) -> None:
    service, engine = seeded
    before = fingerprint(engine)
    with service.client() as client:
        response = client.post("/graphql", json={"query": query})
    assert response.status_code == 200
    assert response.json() == {"data": data}
    assert fingerprint(engine) == before
