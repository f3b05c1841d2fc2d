"""Workers dying in the middle of their batches, with the default settings, on PostgreSQL and on
SQLite (as `make run` uses): every article comes back and is done exactly once, into the graph
that an undisturbed run builds.

A killed pool process's batch comes back at once (its worker's other processes see that it is
gone); a whole worker's within a lease period (nothing else can tell it died until its leases
run out). The sweep, ten minutes away by default, plays no part in it.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import Engine, select

from attache.articles.models import Article
from attache.settings import Settings
from tests.faults.articles import distinct_articles
from tests.faults.conftest import MakeService
from tests.faults.service import Service, submit
from tests.faults.storage import (
    Graph,
    claims,
    fingerprint,
    graph,
    graph_differences,
    graph_problems,
    holder_pid,
    status_counts,
    wait_until_final,
)
from tests.faults.undisturbed import undisturbed_graph
from tests.faults.watch import Killer, Watch, slowed_down, wait_for

ARTICLES = 20
TEXTS = distinct_articles(ARTICLES, tag="Recovery")
POOL = 2  # pool processes, as `make run` starts on a two-core machine
# The bound: every article done within this long of the kill, or of a new worker's start.
RECOVERY_SECONDS = 60
LEASE_SECONDS = Settings.model_fields["lease_seconds"].default
MAX_ATTEMPTS = Settings.model_fields["task_max_retries"].default + 1


@pytest.fixture
def fault_database(either_database: str) -> str:
    return either_database


@pytest.fixture(scope="module")
def undisturbed(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return undisturbed_graph(TEXTS, tmp_path_factory.mktemp("undisturbed"))


def batches_in_flight(service: Service, engine: Engine, count: int) -> dict[str, list[str]]:
    """Waits until `count` pool processes each hold a batch, one of them partly stored."""
    held: dict[str, list[str]] = {}

    def caught() -> bool:
        nonlocal held
        held = claims(engine)
        return len(held) >= count and status_counts(engine)["done"] > 0

    assert wait_for(caught, timeout=60), f"never {count} batches at once:\n{service.log_tail()}"
    return held


def assert_done_exactly_once(service: Service, engine: Engine, undisturbed: Graph) -> None:
    assert graph_problems(engine) == []
    assert graph_differences(graph(engine), undisturbed) == [], service.log_tail()
    # Jobs still about (messages redelivered, jobs sent again) run on without writing a row.
    settled = fingerprint(engine)
    time.sleep(3)
    assert fingerprint(engine) == settled


def test_pool_processes_killed_mid_batch_hand_their_batches_back_at_once(
    make_service: MakeService, engine: Engine, undisturbed: Graph
) -> None:
    service = make_service(concurrency=POOL)
    service.submit_all(TEXTS)
    held = batches_in_flight(service, engine, POOL)
    service.kill_pool_processes({holder_pid(holder) for holder in held})

    counts = wait_until_final(engine, ARTICLES, timeout=RECOVERY_SECONDS)
    assert counts == {"done": ARTICLES}, f"{counts}\n{service.log_tail()}"
    assert_done_exactly_once(service, engine, undisturbed)


def test_a_whole_worker_killed_is_done_within_a_minute_of_a_new_workers_start(
    make_service: MakeService, engine: Engine, undisturbed: Graph
) -> None:
    service = make_service(concurrency=POOL)
    service.submit_all(TEXTS)
    batches_in_flight(service, engine, POOL)
    service.kill_worker()  # its main process, pool and beat: nothing left to hand anything back
    service.start_worker(POOL)

    counts = wait_until_final(engine, ARTICLES, timeout=RECOVERY_SECONDS)
    assert counts == {"done": ARTICLES}, f"{counts}\n{service.log_tail()}"
    assert_done_exactly_once(service, engine, undisturbed)


def test_a_batch_slower_than_a_lease_stays_with_its_live_worker(
    make_service: MakeService, engine: Engine
) -> None:
    service = make_service()
    service.start_worker()  # a second worker, to take over a batch that looked dead
    texts = distinct_articles(24, tag="Slow")
    with Watch(engine).running() as watch:
        service.submit_all(texts)
        assert wait_for(lambda: bool(claims(engine)), timeout=60), service.log_tail()
        holder, batch = max(claims(engine).items(), key=lambda item: len(item[1]))
        # 3% of the time: the batch, a second or two of work, takes longer than the lease, and
        # goes on at full speed once its lease would have run out and the reapers looked.
        with slowed_down(holder_pid(holder), runs=0.03, every=1.0):
            time.sleep(1.25 * LEASE_SECONDS)
        counts = wait_until_final(engine, len(texts), timeout=60)
    assert counts == {"done": len(texts)}, f"{counts}\n{service.log_tail()}"

    for article_id in batch:
        states = watch.states(article_id)
        claimed = states.index(("processing", holder))
        assert states[claimed:] == [("processing", holder), ("done", holder)], states
    lasted = max(watch.first(i, "done") for i in batch) - min(
        watch.first(i, "processing") for i in batch
    )
    assert lasted > LEASE_SECONDS, f"the batch took {lasted:.1f} s: too fast to prove anything"
    with engine.connect() as conn:
        attempts = conn.execute(select(Article.attempts).where(Article.id.in_(batch))).scalars()
        assert set(attempts) == {1}
    assert graph_problems(engine) == []


def test_an_article_that_kills_its_worker_fails_alone_after_its_attempts(
    make_service: MakeService, engine: Engine
) -> None:
    service = make_service(concurrency=POOL)
    beside = distinct_articles(8, tag="Beside")
    # Long enough to be caught reading it every time (about a second).
    deadly = "\n\n".join(distinct_articles(16, tag="Deadly"))
    with service.client() as client:
        good = [submit(client, text) for text in beside[:4]]
        poison = submit(client, deadly)
        good += [submit(client, text) for text in beside[4:]]
        with Killer(service, engine, poison).running() as killer:
            counts = wait_until_final(engine, len(good) + 1, timeout=120)
        failed = client.get(f"/v1/articles/{poison}").json()
        statuses = {client.get(f"/v1/articles/{i}").json()["status"] for i in good}
    assert counts == {"done": len(good), "failed": 1}, f"{counts}\n{service.log_tail()}"
    assert killer.errors == []
    assert len(killer.killed) == MAX_ATTEMPTS
    assert failed["status"] == "failed"
    assert failed["error"] == f"gave up after {MAX_ATTEMPTS} attempts"
    assert statuses == {"done"}
    assert graph_problems(engine) == []
