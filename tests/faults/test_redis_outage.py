"""Redis stopped while articles are being submitted, then started again, empty: every accepted
article is stored as queued and, once Redis is back, sent again by the sweep and processed."""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass, field

import httpx
import pytest
from kombu.exceptions import OperationalError as BrokerError
from sqlalchemy import Engine

from attache.jobs import PROCESS_ARTICLE, make_celery
from attache.settings import Settings
from tests.faults.articles import distinct_articles
from tests.faults.conftest import OUTAGE_SETTINGS, MakeService
from tests.faults.servers import PrivateRedis
from tests.faults.storage import graph_problems, wait_until_final

# A submission may wait for the broker about twice its 2 s timeout, not indefinitely.
SLOWEST_SUBMISSION_SECONDS = 8.0


@dataclass
class Submitter:
    """Submits distinct articles one after another until stopped, recording every answer."""

    client: httpx.Client
    texts: list[str]
    accepted: list[str] = field(default_factory=list)
    refused: list[httpx.Response] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    slowest: float = 0.0
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        for text in self.texts:
            if self.stop.is_set():
                return
            self.submit(text)
            time.sleep(0.1)

    def submit(self, text: str) -> None:
        started = time.monotonic()
        response = self.client.post("/v1/articles", json={"text": text})
        self.slowest = max(self.slowest, time.monotonic() - started)
        if response.status_code == 202:
            self.accepted.append(response.json()["id"])
        elif response.status_code == 503:
            self.refused.append(response)
        else:
            self.unexpected.append(f"{response.status_code} {response.text}")


def test_no_accepted_article_is_lost_when_redis_goes_away(
    make_service: MakeService, redis_server: PrivateRedis, engine: Engine
) -> None:
    service = make_service(**OUTAGE_SETTINGS)
    with service.client() as client:
        submitter = Submitter(client, distinct_articles(400, tag="Outage"))
        thread = threading.Thread(target=submitter.run)
        thread.start()
        try:
            time.sleep(1.5)
            redis_server.stop()
            before_outage = len(submitter.accepted)
            time.sleep(4)
            readiness = client.get("/readyz")
            during_outage = len(submitter.accepted) - before_outage
            redis_server.start()
            time.sleep(1.5)
        finally:
            submitter.stop.set()
            thread.join(timeout=30)

        assert readiness.status_code == 503
        assert readiness.json()["checks"]["broker"] == "down"
        assert submitter.unexpected == []
        assert all(r.headers.get("retry-after") for r in submitter.refused)
        assert submitter.slowest < SLOWEST_SUBMISSION_SECONDS
        assert during_outage > 5, "too few submissions while Redis was down to say anything"
        accepted = submitter.accepted

        counts = wait_until_final(engine, len(accepted), timeout=120)
        assert counts["done"] == len(accepted), f"{counts}\n{service.log_tail()}"
        statuses = {client.get(f"/v1/articles/{i}").json()["status"] for i in accepted}
    assert statuses == {"done"}
    assert graph_problems(engine) == []


def test_sending_to_a_hung_redis_fails_within_seconds(redis_server: PrivateRedis) -> None:
    """A Redis that accepts connections but never answers (stopped, or a dead peer behind a
    half-open connection) must not hold a submission: the send gives up and the sweep sends it
    later."""
    celery = make_celery(Settings(broker_url=redis_server.url()))
    celery.send_task(PROCESS_ARTICLE, args=["art_warm"])  # a pooled connection, then the hang
    assert redis_server.proc is not None
    os.kill(redis_server.proc.pid, signal.SIGSTOP)
    started = time.monotonic()
    try:
        with pytest.raises(BrokerError):
            celery.send_task(PROCESS_ARTICLE, args=["art_hung"])
    finally:
        os.kill(redis_server.proc.pid, signal.SIGCONT)
        celery.close()
    assert time.monotonic() - started < SLOWEST_SUBMISSION_SECONDS
