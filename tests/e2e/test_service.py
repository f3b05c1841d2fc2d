"""Submit over REST, let the real worker extract, read the merged graph back over GraphQL."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Service, _free_port

pytestmark = pytest.mark.e2e

BRIEFING = (
    "Washington and Tokyo agreed on Tuesday to deepen their alliance, US Defense Secretary "
    "Lloyd Austin said after talks with Japan's defense minister. Japan will raise defense "
    "spending to 2% of GDP, and the United States plans joint missile production with Japan. "
    '"This is the strongest our alliance has ever been," Austin said.'
)
FOLLOW_UP = (
    "The United States and Japan will hold joint military exercises with South Korea next "
    "year, officials in Washington said. Seoul welcomed the plan."
)

GRAPH = """
query {
  actors(first: 50) {
    totalCount
    edges { node { id name kind aliases articleCount
      initiatives(first: 10) { edges { node { title kind participants { role actor { name } } } } }
    } }
  }
}
"""


def _wait_done(client: httpx.Client, article_id: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    body: dict[str, Any] = {}
    while time.monotonic() < deadline:
        body = client.get(f"/v1/articles/{article_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.3)
    pytest.fail(f"article {article_id} still {body.get('status')} after {timeout}s")


def _graphql(client: httpx.Client, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    assert not payload.get("errors"), payload["errors"]
    data: dict[str, Any] = payload["data"]
    return data


def test_articles_flow_from_rest_through_the_worker_into_graphql(service: Service) -> None:
    with service.client() as client:
        first = client.post("/v1/articles", json={"text": BRIEFING, "title": "Alliance"})
        assert first.status_code == 202, first.text
        assert first.headers["location"].endswith(first.json()["id"])
        again = client.post("/v1/articles", json={"text": BRIEFING})
        assert again.status_code == 200
        assert again.json()["id"] == first.json()["id"]
        second = client.post(
            "/v1/articles", content=FOLLOW_UP, headers={"content-type": "text/plain"}
        )
        assert second.status_code == 202

        for response in (first, second):
            done = _wait_done(client, response.json()["id"])
            assert done["status"] == "done", done.get("error")
            assert done["extraction"]["actors"]

        actors = {
            edge["node"]["name"]: edge["node"]
            for edge in _graphql(client, GRAPH)["actors"]["edges"]
        }
    us = actors["United States"]
    assert us["kind"] == "COUNTRY"
    assert "Washington" in us["aliases"]
    assert us["articleCount"] == 2
    assert actors["Japan"]["articleCount"] == 2
    assert "Tokyo" in actors["Japan"]["aliases"]
    assert actors["Lloyd Austin"]["kind"] == "PERSON"
    japan_initiatives = actors["Japan"]["initiatives"]["edges"]
    assert japan_initiatives
    participants = {
        p["actor"]["name"] for e in japan_initiatives for p in e["node"]["participants"]
    }
    assert {"Japan", "United States"} <= participants


def test_worker_marks_reprocessing_idempotent(service: Service) -> None:
    """A second job for an article that is done changes nothing."""
    with service.client() as client:
        article_id = client.post("/v1/articles", json={"text": BRIEFING}).json()["id"]
        before = _wait_done(client, article_id)
        counts_before = _graphql(client, "{ actors { totalCount } initiatives { totalCount } }")
    from attache.jobs import PROCESS_ARTICLE, make_celery
    from attache.settings import Settings

    celery = make_celery(Settings(redis_url=service.env["REDIS_URL"]))
    celery.send_task(PROCESS_ARTICLE, args=[article_id])
    time.sleep(3)
    with service.client() as client:
        after = client.get(f"/v1/articles/{article_id}").json()
        counts_after = _graphql(client, "{ actors { totalCount } initiatives { totalCount } }")
    assert after["processed_at"] == before["processed_at"]
    assert counts_after == counts_before


def test_flower_watches_the_worker_and_the_queue_through_the_broker(
    service: Service, tmp_path: Path
) -> None:
    """As the README starts it: `celery -A attache_worker.celery_app:app flower`."""
    port = _free_port()
    command = [sys.executable, "-m", "celery", "-A", "attache_worker.celery_app:app", "flower",
               f"--port={port}", "--address=127.0.0.1"]  # fmt: skip
    with (tmp_path / "flower.log").open("wb") as log:
        flower = subprocess.Popen(command, env=service.env, stdout=log, stderr=subprocess.STDOUT)
    try:
        online = _wait_for_text(f"http://127.0.0.1:{port}/metrics", "flower_worker_online{")
        assert online.split("flower_worker_online{", 1)[1].split("\n", 1)[0].endswith(" 1.0")
        assert "<td>attache</td>" in httpx.get(f"http://127.0.0.1:{port}/broker").text
    finally:
        flower.terminate()
        flower.wait(20)


def _wait_for_text(url: str, needle: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            text = httpx.get(url, timeout=5).text
        except httpx.HTTPError:
            text = ""
        if needle in text:
            return text
        time.sleep(0.5)
    pytest.fail(f"{url} never showed {needle!r} in {timeout}s")
