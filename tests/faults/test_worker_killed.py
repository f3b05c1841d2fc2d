"""A worker killed with SIGKILL in the middle of 100 articles: after a restart every article is
done exactly once, and the graph holds each article's contribution exactly once."""

from __future__ import annotations

import time

import httpx
from sqlalchemy import Engine

from tests.faults.articles import distinct_articles
from tests.faults.conftest import MakeService
from tests.faults.service import Service
from tests.faults.storage import fingerprint, graph_problems, status_counts, wait_until_final

ARTICLES = 100


def submit_all(client: httpx.Client, texts: list[str]) -> list[str]:
    ids = []
    for text in texts:
        response = client.post("/v1/articles", json={"text": text})
        assert response.status_code == 202, response.text
        ids.append(response.json()["id"])
    return ids


def kill_when_some_done(service: Service, engine: Engine, at_least: int) -> int:
    """SIGKILLs the worker once `at_least` articles are done; returns how many were done."""
    deadline = time.monotonic() + 90
    while status_counts(engine)["done"] < at_least:
        assert time.monotonic() < deadline, f"too slow before the kill:\n{service.log_tail()}"
        time.sleep(0.05)
    service.kill_worker()
    return status_counts(engine)["done"]


def test_a_killed_worker_loses_nothing_and_duplicates_nothing(
    make_service: MakeService, engine: Engine
) -> None:
    service = make_service()
    with service.client() as client:
        ids = submit_all(client, distinct_articles(ARTICLES))
        done_at_kill = kill_when_some_done(service, engine, at_least=10)
        assert done_at_kill < ARTICLES, "the worker finished before it could be killed"

        service.start_worker()
        counts = wait_until_final(engine, ARTICLES, timeout=120)
        assert counts["done"] == ARTICLES, f"{counts}\n{service.log_tail()}"
        statuses = {client.get(f"/v1/articles/{i}").json()["status"] for i in ids}
        assert statuses == {"done"}
        assert graph_problems(engine) == []

        # Done means done once: jobs still about (redelivered, or sent again by the sweep
        # before their article finished) run on without writing a row.
        settled = fingerprint(engine)
        time.sleep(3)
        assert fingerprint(engine) == settled
