"""Query answers kept until news of a change: the cache alone, then through the real app, a real
Redis and the worker's own notifier."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from attache.actors.models import Actor
from attache.db import unit_of_work
from attache.jobs import QUEUE
from attache.notify import GraphChanged, RedisNotifier
from attache_api.events import EventHub
from attache_api.graphql.result_cache import ResultCache
from tests.conftest import MakeClient
from tests.graphql.factories import store_us_japan

pytestmark = pytest.mark.timeout(60)

# A database of its own: submissions queue jobs there that no worker should take.
REDIS_URL = urlunsplit(
    urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))._replace(path="/12")
)
ACTORS = "query { actors(first: 50) { edges { node { name } } } }"
ARTICLES = "query { articles(first: 50) { totalCount } }"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _hub(subscribed: bool = True) -> EventHub:
    hub = EventHub("redis://unused")
    if subscribed:
        hub.epoch = 1
        hub.subscribed.set()
    return hub


def _cache(
    hub: EventHub, max_bytes: int = 10_000, seconds: float = 30.0
) -> tuple[ResultCache, Clock]:
    clock = Clock()
    return ResultCache(hub, max_bytes, seconds, clock), clock


def _key(cache: ResultCache, query: str = ACTORS, variables: object = None) -> Any:
    key = cache.key(query, None, variables)
    assert key is not None
    return key


def test_an_answer_is_served_again_until_any_news_arrives() -> None:
    cache, _ = _cache(_hub())
    cache.put(_key(cache), {"n": 1})
    assert cache.get(_key(cache)) == {"n": 1}
    cache.offer(GraphChanged("art_1", (), ()))
    assert cache.get(_key(cache)) is None
    assert (cache.hits, cache.misses) == (1, 1)


def test_an_answer_begun_before_news_is_not_kept() -> None:
    cache, _ = _cache(_hub())
    started = _key(cache)
    cache.offer(GraphChanged("art_1", (), ()))
    cache.put(started, {"n": "maybe stale"})
    assert cache.get(_key(cache)) is None


def test_variables_are_part_of_the_key_in_any_order() -> None:
    cache, _ = _cache(_hub())
    cache.put(_key(cache, variables={"a": 1, "b": 2}), {"n": 1})
    assert cache.get(_key(cache, variables={"b": 2, "a": 1})) == {"n": 1}
    assert cache.get(_key(cache, variables={"a": 1, "b": 3})) is None


def test_nothing_is_kept_while_news_cannot_be_heard_nor_across_subscriptions() -> None:
    hub = _hub(subscribed=False)
    cache, _ = _cache(hub)
    assert cache.key(ACTORS, None, None) is None
    hub.epoch = 1
    hub.subscribed.set()
    key = _key(cache)
    cache.put(key, {"n": 1})
    hub.subscribed.clear()
    assert cache.get(key) is None
    hub.epoch = 2  # subscribed again: what was published in between is lost
    hub.subscribed.set()
    assert cache.get(_key(cache)) is None


def test_answers_grow_old_and_the_least_recent_leave_first() -> None:
    size = len(b'{"n":0}')
    cache, clock = _cache(_hub(), max_bytes=2 * size, seconds=10.0)
    for n in range(3):
        cache.put(_key(cache, variables={"n": n}), {"n": n})
    assert cache.size == 2 * size
    assert cache.get(_key(cache, variables={"n": 0})) is None
    assert cache.get(_key(cache, variables={"n": 2})) == {"n": 2}
    clock.now = 10.5
    assert cache.get(_key(cache, variables={"n": 2})) is None


def test_an_answer_bigger_than_the_cache_is_not_kept_and_a_kept_one_is_replaced() -> None:
    cache, _ = _cache(_hub(), max_bytes=20)
    cache.put(_key(cache), {"text": "x" * 30})
    assert cache.get(_key(cache)) is None
    cache.put(_key(cache), {"n": 1})
    cache.put(_key(cache), {"n": 22})
    assert cache.size == len(b'{"n":22}')
    assert cache.get(_key(cache)) == {"n": 22}


# -- through the app -----------------------------------------------------------------------


@pytest.fixture
def client(make_client: MakeClient) -> Iterator[TestClient]:
    queue = redis.Redis.from_url(REDIS_URL)
    client = make_client(broker_url=REDIS_URL, redis_url=REDIS_URL)
    _until(lambda: _results(client).key(ACTORS, None, None) is not None)
    yield client
    queue.delete(QUEUE)
    queue.close()


def _results(client: TestClient) -> ResultCache:
    cache: ResultCache | None = client.app.state.attache.results  # type: ignore[attr-defined]
    assert cache is not None
    return cache


def _until(condition: Any, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def _data(client: TestClient, query: str) -> Any:
    response = client.post("/graphql", json={"query": query})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def _names(client: TestClient) -> set[str]:
    return {e["node"]["name"] for e in _data(client, ACTORS)["actors"]["edges"]}


def _rename_behind_its_back(factory: sessionmaker[Session], old: str, new: str) -> None:
    with unit_of_work(factory) as session:
        session.execute(update(Actor).where(Actor.name == old).values(name=new))


def test_the_app_serves_a_kept_answer_until_the_worker_announces_a_change(
    client: TestClient, session_factory: sessionmaker[Session]
) -> None:
    with unit_of_work(session_factory) as session:
        store_us_japan(session)
    before = _names(client)
    assert "Japan" in before
    _rename_behind_its_back(session_factory, "Japan", "Nippon")
    # Nothing announced this write: the answer kept is served, the database not read.
    assert _names(client) == before
    assert _results(client).hits == 1
    scraped = client.get("/metrics").text
    assert 'attache_graphql_cache_lookups_total{result="hit"} 1.0' in scraped
    assert f"attache_graphql_cache_bytes {float(_results(client).size)}" in scraped
    RedisNotifier(REDIS_URL).publish([GraphChanged("art_x", (), ())])
    _until(lambda: "Nippon" in _names(client))


def test_a_submission_is_announced_so_kept_answers_are_dropped(client: TestClient) -> None:
    count = _data(client, ARTICLES)["articles"]["totalCount"]
    response = client.post("/v1/articles", json={"text": "Chile and Peru signed a pact."})
    assert response.status_code == 202, response.text
    # This process drops its own at once; others hear of it over Redis.
    assert _data(client, ARTICLES)["articles"]["totalCount"] == count + 1


def test_an_answer_with_errors_is_not_kept(client: TestClient) -> None:
    query = 'query { initiatives(first: 5, since: "not a date") { totalCount } }'
    for _ in range(2):
        assert "errors" in client.post("/graphql", json={"query": query}).json()
    assert _results(client).hits == 0


def test_no_answer_is_kept_when_switched_off(make_client: MakeClient) -> None:
    client = make_client(broker_url=REDIS_URL, redis_url=REDIS_URL, graphql_cache_seconds=0)
    assert client.app.state.attache.results is None  # type: ignore[attr-defined]
