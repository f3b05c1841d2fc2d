"""The worker's metrics as processing records them (in this process: the single-process store).

The multiprocess store a prefork worker serves over HTTP is exercised end to end by
tests/scaling, which scrapes real workers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta

from prometheus_client import REGISTRY
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import Article, ArticleStatus
from attache.db import unit_of_work
from attache_worker.extraction import extract_many
from attache_worker.metrics import metrics, timed_extraction
from attache_worker.processing import BatchPolicy, process_article
from tests.worker.factories import PAIRS, pact_text, queue_articles

POLICY = BatchPolicy(size=8, max_attempts=2, lease=timedelta(seconds=20))


def sample(name: str, **labels: str) -> float:
    metrics()  # registered on first use
    return REGISTRY.get_sample_value(name, labels) or 0.0


def failing_extract(texts: Sequence[str], **_: object) -> Iterator[object]:
    raise ValueError(f"cannot read {len(texts)} texts")


def test_done_articles_are_counted_and_their_store_timed(
    worker_sessions: sessionmaker[Session],
) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS[:3]))
    done = sample("attache_articles_processed_total", outcome="done")
    stores = sample("attache_store_seconds_count")
    extracted = sample("attache_extraction_seconds_count")

    for article_id in ids:  # the first job takes another article into its batch
        process_article(worker_sessions, article_id, timed_extraction(extract_many), POLICY)

    # Each article once: the job that found its article done already counts nothing.
    assert sample("attache_articles_processed_total", outcome="done") == done + 3
    assert sample("attache_store_seconds_count") == stores + 3
    assert sample("attache_extraction_seconds_count") == extracted + 3
    assert sample("attache_extraction_seconds_sum") > 0


def test_failures_are_counted_by_reason(worker_sessions: sessionmaker[Session]) -> None:
    [article_id] = queue_articles(worker_sessions, pact_text(*PAIRS[0]))
    failed = sample("attache_articles_processed_total", outcome="failed")
    by_extraction = sample("attache_article_failures_total", reason="extraction_error")

    process_article(worker_sessions, article_id, failing_extract, POLICY)  # type: ignore[arg-type]

    assert sample("attache_articles_processed_total", outcome="failed") == failed + 1
    assert sample("attache_article_failures_total", reason="extraction_error") == by_extraction + 1


def test_an_article_given_up_on_is_counted_as_such(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, pact_text(*PAIRS[1]))
    given_up = sample("attache_article_failures_total", reason="too_many_attempts")

    # Each claim that dies with its worker counts; a claim past the limit gives up.
    with unit_of_work(worker_sessions) as session:
        session.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(status=ArticleStatus.PROCESSING, attempts=POLICY.max_attempts)
        )
    process_article(worker_sessions, article_id, extract_many, POLICY)

    assert sample("attache_article_failures_total", reason="too_many_attempts") == given_up + 1


def test_timed_extraction_counts_what_was_read_even_when_stopped_early() -> None:
    before = sample("attache_extraction_seconds_count")
    texts = [pact_text(*pair) for pair in PAIRS[:2]]
    stream = timed_extraction(extract_many)(texts)

    next(iter(stream))
    stream.close()  # as a caller that needed only the first does

    assert sample("attache_extraction_seconds_count") == before + 1
