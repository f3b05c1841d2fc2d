from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy.exc
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from attache.actors.models import Actor, ArticleActor
from attache.articles.models import Article, ArticleStatus
from attache.contract import Extraction
from attache.db import unit_of_work, utcnow
from attache.graph.store import Touched
from attache.initiatives.models import Evidence, Initiative
from attache.notify import ArticleStatusChanged as Changed
from attache.notify import GraphChanged, Notice
from attache_worker import processing
from attache_worker.extraction import extract_many
from attache_worker.leases import holder_name
from attache_worker.processing import BatchPolicy, Outcome, process_article
from tests.worker.factories import PAIRS, load_article, pact_text, queue_articles

TEXT = (
    "Germany and France agreed on Monday to build a joint tank, German Chancellor Olaf Scholz "
    "said in Berlin. Paris will lead the program."
)
POISON = "This text makes the pipeline raise."
POLICY = BatchPolicy(size=16, max_attempts=3, lease=timedelta(seconds=20))


def _statuses(sessions: sessionmaker[Session], ids: Iterable[str]) -> list[str]:
    return [load_article(sessions, i).status for i in ids]


def _set(sessions: sessionmaker[Session], article_id: str, **values: object) -> None:
    with unit_of_work(sessions) as session:
        session.execute(update(Article).where(Article.id == article_id).values(**values))


def _row_counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as session:
        return {
            model.__name__: session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Actor, ArticleActor, Initiative, Evidence)
        }


class Spy:
    """extract_many that records each call's texts and raises for any batch holding POISON."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(
        self, texts: Sequence[str], *, published: Sequence[date | None]
    ) -> Iterator[Extraction]:
        self.calls.append(list(texts))
        if any(POISON in t for t in texts):
            raise ValueError("tokenizer choked on the input")
        return extract_many(texts, published=published)


# -- One article ----------------------------------------------------------------------------


def test_an_article_is_extracted_stored_and_done(worker_sessions: sessionmaker[Session]) -> None:
    [article_id] = queue_articles(worker_sessions, TEXT)
    assert process_article(worker_sessions, article_id, extract_many, POLICY) == Outcome.DONE
    article = load_article(worker_sessions, article_id)
    assert article.status == ArticleStatus.DONE
    assert article.attempts == 1
    assert article.extraction is not None
    names = {a["name"] for a in article.extraction["actors"]}
    assert {"Germany", "France"} <= names
    with worker_sessions() as session:
        stored = set(session.execute(select(Actor.name)).scalars())
    assert names == stored


def test_a_second_run_of_a_done_article_changes_nothing(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, TEXT)
    process_article(worker_sessions, article_id, extract_many, POLICY)
    before = load_article(worker_sessions, article_id)
    assert process_article(worker_sessions, article_id, extract_many, POLICY) == Outcome.SKIPPED
    after = load_article(worker_sessions, article_id)
    assert (after.processed_at, after.attempts) == (before.processed_at, before.attempts)


def test_an_article_that_breaks_extraction_ends_failed_with_its_reason(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, POISON)
    assert process_article(worker_sessions, article_id, Spy(), POLICY) == Outcome.FAILED
    article = load_article(worker_sessions, article_id)
    assert article.status == ArticleStatus.FAILED
    assert article.error is not None
    assert "tokenizer choked" in article.error
    assert _row_counts(worker_sessions)["Actor"] == 0


def test_an_article_whose_workers_kept_dying_is_given_up(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, TEXT)
    _set(worker_sessions, article_id, attempts=3)
    assert process_article(worker_sessions, article_id, extract_many, POLICY) == Outcome.SKIPPED
    article = load_article(worker_sessions, article_id)
    assert article.status == ArticleStatus.FAILED
    assert article.error == "gave up after 3 attempts"


def test_a_failed_article_stays_failed_when_its_job_comes_again(
    worker_sessions: sessionmaker[Session],
) -> None:
    [article_id] = queue_articles(worker_sessions, POISON)
    process_article(worker_sessions, article_id, Spy(), POLICY)
    assert process_article(worker_sessions, article_id, Spy(), POLICY) == Outcome.SKIPPED
    assert load_article(worker_sessions, article_id).attempts == 1


def test_relative_dates_count_from_the_day_the_article_appeared(
    worker_sessions: sessionmaker[Session],
) -> None:
    text = "Turkey launched an offensive on Afrin on Saturday, officials said."
    undated, dated = queue_articles(worker_sessions, text, text + " ")
    _set(worker_sessions, dated, published_at=datetime(2018, 1, 22, 9, 30, tzinfo=UTC))
    _set(worker_sessions, undated, published_at=None)
    for article_id in (undated, dated):
        process_article(worker_sessions, article_id, extract_many, POLICY)

    def dates(article_id: str) -> list[list[str]]:
        extraction = load_article(worker_sessions, article_id).extraction or {}
        return [i["dates"] for i in extraction["initiatives"]]

    assert dates(dated) == [["2018-01-20"]]
    assert dates(undated) == [[]]


# -- Batches --------------------------------------------------------------------------------


def test_one_job_reads_its_batch_in_one_model_call(
    worker_sessions: sessionmaker[Session],
) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS))
    spy = Spy()
    assert process_article(worker_sessions, ids[2], spy, POLICY) == Outcome.DONE
    assert len(spy.calls) == 1
    assert len(spy.calls[0]) > 1
    done = [i for i, s in zip(ids, _statuses(worker_sessions, ids), strict=True) if s == "done"]
    assert len(done) == len(spy.calls[0])


def test_a_job_leaves_half_of_a_short_queue_to_other_workers(
    worker_sessions: sessionmaker[Session],
) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS))
    spy = Spy()
    process_article(worker_sessions, ids[2], spy, POLICY)
    # Five waiting: the named one and the two oldest others (half, rounded up).
    assert _statuses(worker_sessions, ids) == ["done", "done", "done", "queued", "queued"]
    process_article(worker_sessions, ids[3], spy, POLICY)
    process_article(worker_sessions, ids[4], spy, POLICY)
    assert [len(c) for c in spy.calls] == [3, 1, 1]


def test_a_long_queue_fills_whole_batches(worker_sessions: sessionmaker[Session]) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS))
    small = BatchPolicy(size=2, max_attempts=3, lease=timedelta(seconds=20))
    spy = Spy()
    process_article(worker_sessions, ids[0], spy, small)
    process_article(worker_sessions, ids[1], spy, small)
    # Three left after the first batch: half of them, rounded up, is still a whole batch.
    assert [len(c) for c in spy.calls] == [2, 2]


def test_the_jobs_of_articles_done_in_an_earlier_batch_do_not_read_them_again(
    worker_sessions: sessionmaker[Session],
) -> None:
    texts = [pact_text(*pair) for pair in PAIRS]
    ids = queue_articles(worker_sessions, *texts)
    process_article(worker_sessions, ids[0], extract_many, POLICY)
    first_batch = {
        t for i, t in zip(ids, texts, strict=True) if _statuses(worker_sessions, [i]) == ["done"]
    }
    spy = Spy()
    outcomes = [process_article(worker_sessions, i, spy, POLICY) for i in ids[1:]]
    assert outcomes == [Outcome.SKIPPED] * (len(PAIRS) - 1)
    read = [text for call in spy.calls for text in call]
    # What was still queued, once each; nothing the first batch had done.
    assert sorted(read) == sorted(set(texts) - first_batch)
    assert set(_statuses(worker_sessions, ids)) == {ArticleStatus.DONE}


def test_a_batch_takes_no_more_than_its_size(worker_sessions: sessionmaker[Session]) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS))
    small = BatchPolicy(size=2, max_attempts=3, lease=timedelta(seconds=20))
    process_article(worker_sessions, ids[-1], extract_many, small)
    statuses = _statuses(worker_sessions, ids)
    # The named article, and the oldest queued one to fill the batch.
    assert statuses == ["done", "queued", "queued", "queued", "done"]


def test_a_poison_article_fails_alone_and_the_rest_of_its_batch_is_done(
    worker_sessions: sessionmaker[Session],
) -> None:
    texts = [pact_text(*PAIRS[0]), POISON, pact_text(*PAIRS[1]), pact_text(*PAIRS[2])]
    ids = queue_articles(worker_sessions, *texts)
    spy = Spy()
    assert process_article(worker_sessions, ids[0], spy, POLICY) == Outcome.DONE
    assert _statuses(worker_sessions, ids[:2]) == ["done", "failed"]
    assert "tokenizer choked" in (load_article(worker_sessions, ids[1]).error or "")
    # The batch once, then each text alone to find the one at fault.
    assert [len(c) for c in spy.calls] == [2, 1, 1]


def test_duplicate_jobs_leave_no_duplicate_rows(worker_sessions: sessionmaker[Session]) -> None:
    ids = queue_articles(worker_sessions, TEXT, *(pact_text(*pair) for pair in PAIRS))
    for article_id in ids:
        process_article(worker_sessions, article_id, extract_many, POLICY)
    counts = _row_counts(worker_sessions)
    processed_at = [load_article(worker_sessions, i).processed_at for i in ids]
    for article_id in ids:  # every job delivered a second time
        outcome = process_article(worker_sessions, article_id, extract_many, POLICY)
        assert outcome == Outcome.SKIPPED
    assert _row_counts(worker_sessions) == counts
    assert [load_article(worker_sessions, i).processed_at for i in ids] == processed_at


def test_concurrent_duplicate_jobs_process_each_article_once(
    worker_sessions: sessionmaker[Session],
) -> None:
    ids = queue_articles(worker_sessions, TEXT, *(pact_text(*pair) for pair in PAIRS))
    small = BatchPolicy(size=2, max_attempts=3, lease=timedelta(seconds=20))
    outcomes: list[Outcome] = []

    def run_every_job() -> None:
        outcomes.extend(process_article(worker_sessions, i, extract_many, small) for i in ids)

    threads = [threading.Thread(target=run_every_job) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(_statuses(worker_sessions, ids)) == {ArticleStatus.DONE}
    assert [load_article(worker_sessions, i).attempts for i in ids] == [1] * len(ids)
    with worker_sessions() as session:
        rows = session.execute(select(ArticleActor.article_id, ArticleActor.actor_id)).all()
    assert len(rows) == len(set(rows))


# -- Claims of workers that died ------------------------------------------------------------


def _claim_as(
    sessions: sessionmaker[Session], article_id: str, holder: str, lease_left: timedelta
) -> None:
    """The article as another worker's claim leaves it, its lease running out in `lease_left`."""
    _set(
        sessions,
        article_id,
        status=ArticleStatus.PROCESSING,
        attempts=1,
        claimed_by=holder,
        lease_expires_at=utcnow() + lease_left,
    )


def test_an_article_under_another_workers_live_lease_is_left_to_it(
    worker_sessions: sessionmaker[Session],
) -> None:
    # However its job comes: a redelivered message, or one the reaper or the sweep sent again.
    [article_id] = queue_articles(worker_sessions, TEXT)
    _claim_as(worker_sessions, article_id, "elsewhere-1:42", timedelta(seconds=15))
    assert process_article(worker_sessions, article_id, extract_many, POLICY) == Outcome.SKIPPED
    article = load_article(worker_sessions, article_id)
    assert (article.status, article.claimed_by) == (ArticleStatus.PROCESSING, "elsewhere-1:42")
    assert article.attempts == 1


def test_a_claim_whose_lease_ran_out_is_taken_over_and_processed_alone(
    worker_sessions: sessionmaker[Session],
) -> None:
    dead, fresh = queue_articles(worker_sessions, TEXT, pact_text(*PAIRS[0]))
    _claim_as(worker_sessions, dead, "elsewhere-1:42", -timedelta(seconds=1))
    spy = Spy()
    assert process_article(worker_sessions, dead, spy, POLICY) == Outcome.DONE
    assert _statuses(worker_sessions, [dead, fresh]) == ["done", "queued"]
    article = load_article(worker_sessions, dead)
    assert article.attempts == 2
    assert article.claimed_by == holder_name()
    assert article.lease_expires_at is None
    assert [len(c) for c in spy.calls] == [1]


def test_an_article_whose_worker_died_is_not_taken_into_other_batches(
    worker_sessions: sessionmaker[Session],
) -> None:
    requeued, fresh, newer, named = queue_articles(
        worker_sessions, TEXT, *(pact_text(*p) for p in PAIRS[:3])
    )
    _set(worker_sessions, requeued, attempts=1)  # as the sweep leaves it
    process_article(worker_sessions, named, extract_many, POLICY)
    # The oldest fresh one fills the batch (half of the three waiting, rounded up).
    statuses = _statuses(worker_sessions, [requeued, fresh, newer, named])
    assert statuses == ["queued", "done", "queued", "done"]


def test_an_infrastructure_error_hands_unfinished_articles_back_to_thequeue_articles(
    worker_sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = queue_articles(worker_sessions, *(pact_text(*pair) for pair in PAIRS[:3]))
    stored: list[str] = []

    def store_then_lose_the_database(session: Session, article: Article, *_: object) -> Touched:
        if stored:
            raise sqlalchemy.exc.OperationalError("INSERT", {}, ConnectionError("gone"))
        stored.append(article.id)
        return Touched((), ())

    monkeypatch.setattr(processing, "store_extraction", store_then_lose_the_database)
    with pytest.raises(sqlalchemy.exc.OperationalError):
        process_article(worker_sessions, ids[0], extract_many, POLICY)
    assert _statuses(worker_sessions, ids) == ["done", "queued", "queued"]
    assert [load_article(worker_sessions, i).attempts for i in ids] == [1, 0, 0]


# -- What the worker announces ------------------------------------------------------------


class Recorder:
    """A notifier that keeps what it is told, in order."""

    def __init__(self) -> None:
        self.notices: list[Notice] = []

    def publish(self, notices: Iterable[Notice]) -> None:
        self.notices.extend(notices)


def test_the_worker_announces_each_status_and_what_an_article_changed(
    worker_sessions: sessionmaker[Session],
) -> None:
    good, bad = queue_articles(worker_sessions, TEXT, POISON)
    recorder = Recorder()
    for article_id in (good, bad):
        process_article(worker_sessions, article_id, Spy(), POLICY, notifier=recorder)
    statuses = [(n.article_id, n.status) for n in recorder.notices if isinstance(n, Changed)]
    expected = [(good, "processing"), (good, "done"), (bad, "processing"), (bad, "failed")]
    assert statuses == expected
    [graph] = [n for n in recorder.notices if isinstance(n, GraphChanged)]
    with worker_sessions() as session:
        stored = set(session.execute(select(Actor.id)).scalars())
        initiatives = set(session.execute(select(Initiative.id)).scalars())
    assert graph.article_id == good
    assert set(graph.actor_ids) == stored
    assert set(graph.initiative_ids) == initiatives
    failure = next(n for n in recorder.notices if isinstance(n, Changed) and n.status == "failed")
    assert failure.error is not None
    assert "tokenizer choked" in failure.error
