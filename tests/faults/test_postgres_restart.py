"""PostgreSQL restarted under load: requests fail with 503 and Retry-After while it is down, the
service recovers by itself, and nothing is half-written."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from itertools import count
from typing import Any

import httpx
from sqlalchemy import Engine

from tests.faults.articles import distinct_articles
from tests.faults.conftest import OUTAGE_SETTINGS, MakeService
from tests.faults.servers import PrivatePostgres
from tests.faults.storage import graph_problems, wait_until_final

GRAPH_PAGE = {"query": "{ actors(first: 5) { totalCount edges { node { name } } } }"}


@dataclass
class Load:
    """Submits, lists and queries the graph in turn until stopped, keeping every answer."""

    client: httpx.Client
    texts: list[str]
    answers: list[tuple[str, httpx.Response]] = field(default_factory=list)
    submitted: dict[str, httpx.Response] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        for n in count():
            if self.stop.is_set() or n >= len(self.texts):
                return
            text = self.texts[n]
            self.submitted[text] = self.record("submit", "/v1/articles", json={"text": text})
            self.record("list", "/v1/articles", method="GET")
            self.record("graphql", "/graphql", json=GRAPH_PAGE)
            time.sleep(0.05)

    def record(self, kind: str, path: str, method: str = "POST", **kwargs: Any) -> httpx.Response:
        response = self.client.request(method, path, **kwargs)
        self.answers.append((kind, response))
        return response


def outage_problems(answers: list[tuple[str, httpx.Response]]) -> list[str]:
    """Every answer that is neither a success nor a well-formed 503."""
    problems = []
    for kind, response in answers:
        if response.status_code in (200, 202):
            if kind == "graphql" and response.json().get("errors"):
                problems.append(f"graphql 200 with errors: {response.text}")
            continue
        if response.status_code != 503 or not response.headers.get("retry-after"):
            problems.append(f"{kind}: {response.status_code} {response.text[:300]}")
        elif kind == "graphql":
            codes = {e["extensions"]["code"] for e in response.json()["errors"]}
            if codes != {"SERVICE_UNAVAILABLE"}:
                problems.append(f"graphql 503 without the code: {response.text}")
        elif response.headers["content-type"] != "application/problem+json":
            problems.append(f"{kind}: a 503 that is not a problem: {response.text}")
    return problems


def test_the_service_rides_out_a_postgres_restart(
    make_service: MakeService, postgres_cluster: PrivatePostgres, engine: Engine
) -> None:
    service = make_service(**OUTAGE_SETTINGS)
    with service.client() as client:
        load = Load(client, distinct_articles(300, tag="Restart"))
        thread = threading.Thread(target=load.run)
        thread.start()
        try:
            time.sleep(2)
            postgres_cluster.stop("fast")
            time.sleep(3)
            readiness = client.get("/readyz")
            postgres_cluster.start()
            time.sleep(2)
        finally:
            load.stop.set()
            thread.join(timeout=60)

        assert readiness.status_code == 503
        assert readiness.json()["checks"]["database"] == "down"
        assert outage_problems(load.answers) == []
        statuses = [response.status_code for _, response in load.answers]
        assert 503 in statuses, "no request noticed the outage"
        assert statuses[-3:] == [202, 200, 200], "the service did not recover by itself"

        # A client retries what was refused; then every article submitted is processed once.
        for text, response in load.submitted.items():
            if response.status_code == 503:
                assert client.post("/v1/articles", json={"text": text}).status_code in (200, 202)
        counts = wait_until_final(engine, len(load.submitted), timeout=120)
    assert counts == {"done": len(load.submitted)}, service.log_tail()
    assert graph_problems(engine) == []
