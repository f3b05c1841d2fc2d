"""Subscriptions over graphql-transport-ws, through the real app and a real Redis.

The notices are published with the worker's own notifier (`RedisNotifier`); the whole way from a
real worker is in tests/e2e/test_live.py.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from attache.articles.models import Article, ArticleStatus
from attache.db import make_engine
from attache.notify import ArticleStatusChanged, GraphChanged, RedisNotifier
from attache_api.graphql import subscriptions
from tests.conftest import MakeClient
from tests.graphql.factories import joint_production_id
from tests.graphql.wsclient import GraphQLSocket, connect

pytestmark = pytest.mark.timeout(60)

# The Redis at REDIS_URL, on a database (and so a channel) of these tests' own.
REDIS_URL = urlunsplit(
    urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))._replace(path="/14")
)
STATUS = """subscription ($id: ID!) {
  articleStatus(id: $id) { id status error article { title status } }
}"""
GRAPH = """subscription {
  graphChanged { article { title } actors { name firstSeen } initiatives { title } }
}"""
TEXT = "Chile and Peru signed a fisheries pact on Monday, officials in Lima said."


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    return make_client(redis_url=REDIS_URL)


@pytest.fixture
def notifier() -> RedisNotifier:
    return RedisNotifier(REDIS_URL)


@pytest.fixture
def socket(client: TestClient) -> Iterator[GraphQLSocket]:
    with connect(client) as session:
        ws = GraphQLSocket(session)
        assert ws.init()["type"] == "connection_ack"
        yield ws


def _submit(client: TestClient, title: str = "Pact") -> str:
    response = client.post("/v1/articles", json={"text": TEXT, "title": title})
    assert response.status_code == 202, response.text
    article_id: str = response.json()["id"]
    return article_id


def _hub_listeners(client: TestClient) -> int:
    count: int = client.app.state.attache.events.listener_count  # type: ignore[attr-defined]
    return count


def _wait_for_listeners(client: TestClient, count: int, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while _hub_listeners(client) != count:
        assert time.monotonic() < deadline, f"{_hub_listeners(client)} listeners, not {count}"
        time.sleep(0.05)


def _set_status(database_url: str, article_id: str, status: str) -> None:
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(update(Article).where(Article.id == article_id).values(status=status))
    engine.dispose()


def test_article_status_goes_from_queued_to_done_then_completes(
    client: TestClient, socket: GraphQLSocket, notifier: RedisNotifier
) -> None:
    article_id = _submit(client)
    operation = socket.subscribe(STATUS, {"id": article_id})
    first = socket.next_data()["articleStatus"]
    assert first["status"] == "queued"
    assert first["article"] == {"title": "Pact", "status": "queued"}
    notifier.publish([ArticleStatusChanged(article_id, ArticleStatus.PROCESSING)])
    assert socket.next_data()["articleStatus"]["status"] == "processing"
    notifier.publish([ArticleStatusChanged("art_someone_else", ArticleStatus.DONE)])
    notifier.publish([ArticleStatusChanged(article_id, ArticleStatus.FAILED, "no text")])
    last = socket.next_data()["articleStatus"]
    assert (last["status"], last["error"]) == ("failed", "no text")
    assert socket.receive() == {"id": operation, "type": "complete"}
    _wait_for_listeners(client, 0)


def test_a_status_missed_on_redis_is_read_again_from_the_database(
    client: TestClient,
    socket: GraphQLSocket,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(subscriptions, "RECHECK_SECONDS", 0.2)
    article_id = _submit(client)
    socket.subscribe(STATUS, {"id": article_id})
    assert socket.next_data()["articleStatus"]["status"] == "queued"
    _set_status(database_url, article_id, ArticleStatus.DONE)
    assert socket.next_data()["articleStatus"]["status"] == "done"


def test_a_finished_article_answers_once_and_completes(
    client: TestClient, socket: GraphQLSocket, database_url: str
) -> None:
    article_id = _submit(client)
    _set_status(database_url, article_id, ArticleStatus.DONE)
    operation = socket.subscribe(STATUS, {"id": article_id})
    assert socket.next_data()["articleStatus"]["status"] == "done"
    assert socket.receive() == {"id": operation, "type": "complete"}


def test_graph_changed_tells_which_actors_and_initiatives_an_article_touched(
    client: TestClient,
    socket: GraphQLSocket,
    notifier: RedisNotifier,
    us_japan: tuple[str, str],
) -> None:
    socket.subscribe(GRAPH)
    _wait_for_listeners(client, 1)
    assert client.app.state.attache.events.subscribed.is_set() or _eventually_subscribed(client)  # type: ignore[attr-defined]
    first, _ = us_japan
    touched = ("country:JP", "country:US", "country:gone")
    notifier.publish([GraphChanged(first, touched, (joint_production_id(first),))])
    change = socket.next_data()["graphChanged"]
    assert change["article"] == {"title": "Missiles together"}
    assert [a["name"] for a in change["actors"]] == ["Japan", "United States"]
    assert change["actors"][0]["firstSeen"] == "2024-07-01T00:00:00+00:00"
    assert change["initiatives"] == [{"title": "Joint US–Japan missile production"}]


def _eventually_subscribed(client: TestClient, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    hub = client.app.state.attache.events  # type: ignore[attr-defined]
    while not hub.subscribed.is_set():
        assert time.monotonic() < deadline, "the hub never subscribed on Redis"
        time.sleep(0.05)
    return True


def test_subscriptions_end_when_the_client_goes_away(client: TestClient) -> None:
    article_id = _submit(client)
    with connect(client) as session:
        ws = GraphQLSocket(session)
        ws.init()
        ws.subscribe(STATUS, {"id": article_id})
        ws.subscribe(GRAPH)
        assert ws.next_data()["articleStatus"]["status"] == "queued"
        _wait_for_listeners(client, 2)
    _wait_for_listeners(client, 0)


def test_completing_one_subscription_keeps_the_others(
    client: TestClient, socket: GraphQLSocket
) -> None:
    article_id = _submit(client)
    status = socket.subscribe(STATUS, {"id": article_id})
    socket.subscribe(GRAPH)
    socket.next_data()
    _wait_for_listeners(client, 2)
    socket.complete(status)
    _wait_for_listeners(client, 1)


@pytest.mark.parametrize(
    ("query", "variables", "message"),
    [
        (STATUS, {"id": "art_nothing"}, "no article has the id art_nothing"),
        (STATUS, {"id": "QWN0b3I6Y291bnRyeTpVUw"}, "id must be an article id"),
        (
            "subscription { graphChanged { actors { "
            + "initiatives { edges { node { participants { actor { " * 2
            + "name"
            + " } } } } }" * 2
            + " } } }",
            {},
            "exceeds maximum operation depth",
        ),
        (
            "subscription { "
            + " ".join(f"a{n}: graphChanged {{ __typename }}" for n in range(40))
            + " }",
            {},
            "aliases",
        ),
    ],
)
def test_refused_subscriptions_say_why(
    socket: GraphQLSocket, query: str, variables: dict[str, Any], message: str
) -> None:
    operation = socket.subscribe(query, variables)
    reply = socket.receive()
    errors = reply["payload"] if reply["type"] == "error" else reply["payload"]["errors"]
    assert reply["id"] == operation
    assert any(message in e["message"] for e in errors), errors


def test_with_keys_set_a_socket_needs_one(make_client: MakeClient) -> None:
    client = make_client(redis_url=REDIS_URL, api_keys="k1")
    with connect(client) as session, pytest.raises(WebSocketDisconnect) as refused:
        GraphQLSocket(session).init()
    assert refused.value.code == 4403
    with connect(client) as session:
        reply = GraphQLSocket(session).init({"Authorization": "Bearer k1"})
        assert reply["type"] == "connection_ack"
    with connect(client, authorization="Bearer k1") as session:
        assert GraphQLSocket(session).init()["type"] == "connection_ack"


def test_the_socket_takes_pages_only_from_allowed_origins(make_client: MakeClient) -> None:
    client = make_client(redis_url=REDIS_URL, cors_origins="http://localhost:3000")
    with connect(client, origin="http://localhost:3000") as session:
        assert GraphQLSocket(session).init()["type"] == "connection_ack"
    # Closed before it is accepted: the server answers the handshake 403 (1008 here).
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        connect(client, origin="http://evil.example"),
    ):
        pass
    assert refused.value.code == 1008
