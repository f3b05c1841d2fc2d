"""`GET /metrics`: requests by route template and status, articles by status, queue depth."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families
from starlette.testclient import TestClient

from tests.api.test_health import CLOSED_PORT_REDIS
from tests.conftest import MakeClient

# A Redis database of this module's own, so the queue holds only the jobs its tests send.
METRICS_REDIS_DB = 11

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(client: TestClient) -> Samples:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, frozenset(labels.items())))


@pytest.fixture
def private_queue() -> Iterator[str]:
    base = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    url = base.rsplit("/", 1)[0] + f"/{METRICS_REDIS_DB}"
    redis.Redis.from_url(url).flushdb()
    yield url
    redis.Redis.from_url(url).flushdb()


def test_requests_are_counted_by_route_template_and_status(client: TestClient) -> None:
    client.get("/v1/articles/art_nothing_here")
    client.get("/v1/articles/art_nor_here")
    client.post("/v1/articles", content="Kenya and Ghana signed a trade pact.",
                headers={"content-type": "text/plain"})  # fmt: skip
    client.get("/no/such/path")

    samples = scrape(client)

    requests = "attache_http_requests_total"
    assert value(samples, requests, method="GET", route="/v1/articles/{article_id}",
                 status="404") == 2  # fmt: skip
    assert value(samples, requests, method="POST", route="/v1/articles", status="202") == 1
    assert value(samples, requests, method="GET", route="unmatched", status="404") == 1
    assert not any("art_nothing_here" in str(labels) for _, labels in samples)
    latency = "attache_http_request_duration_seconds_count"
    assert value(samples, latency, method="POST", route="/v1/articles", status="202") == 1


def test_articles_are_counted_by_status(client: TestClient) -> None:
    for text in ("Chile and Peru agreed on a border deal.", "Spain sent aid to Morocco."):
        assert client.post("/v1/articles", json={"text": text}).status_code == 202

    samples = scrape(client)

    assert value(samples, "attache_articles", status="queued") == 2
    assert value(samples, "attache_articles", status="done") == 0
    # The in-memory broker has no queue to measure: the figure is left out, not made up.
    assert not any(name == "attache_queue_depth" for name, _ in samples)


def test_queue_depth_is_the_jobs_waiting_in_redis(
    make_client: MakeClient, private_queue: str
) -> None:
    client = make_client(broker_url=private_queue)
    for n in range(3):
        client.post("/v1/articles", json={"text": f"Norway pledged aid to Finland ({n})."})

    assert value(scrape(client), "attache_queue_depth") == 3


def test_metrics_answer_while_the_broker_is_down(make_client: MakeClient) -> None:
    client = make_client(broker_url=CLOSED_PORT_REDIS)

    samples = scrape(client)

    assert value(samples, "attache_articles", status="queued") == 0
    assert not any(name == "attache_queue_depth" for name, _ in samples)
