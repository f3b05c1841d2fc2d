"""A submission really reaches the Celery queue in Redis: one job per new article."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import orjson
import pytest
import redis

from attache.jobs import PROCESS_ARTICLE, QUEUE
from tests.conftest import MakeClient

# The Redis at REDIS_URL, but a database of its own: a worker or an end-to-end test using the
# same Redis would otherwise consume or clear the queue this test inspects.
REDIS_URL = urlunsplit(
    urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))._replace(path="/15")
)


@pytest.fixture
def queue() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(REDIS_URL)
    client.delete(QUEUE)
    yield client
    client.delete(QUEUE)
    client.close()


def test_a_new_article_sends_one_job_and_a_duplicate_none(
    make_client: MakeClient, queue: redis.Redis
) -> None:
    client = make_client(broker_url=REDIS_URL)
    article_id = client.post("/v1/articles", json={"text": "Chile and Peru signed a pact."}).json()[
        "id"
    ]
    client.post("/v1/articles", json={"text": "Chile and Peru signed a pact."})
    assert queue.llen(QUEUE) == 1
    message = orjson.loads(queue.lindex(QUEUE, 0))
    assert message["headers"]["task"] == PROCESS_ARTICLE
    assert orjson.loads(base64.b64decode(message["body"]))[0] == [article_id]
