from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from attache.actors.models import Actor
from attache.articles.models import Article, ArticleStatus
from attache.contract import Extraction
from attache.db import unit_of_work
from attache_worker.extraction import extract
from attache_worker.processing import Outcome, process_article
from tests.storage.factories import add_article

TEXT = (
    "Germany and France agreed on Monday to build a joint tank, German Chancellor Olaf Scholz "
    "said in Berlin. Paris will lead the program."
)


def _queued(sessions: sessionmaker[Session], text: str = TEXT) -> str:
    with unit_of_work(sessions) as session:
        article = add_article(session, text)
        article.status = ArticleStatus.QUEUED
        return str(article.id)


def _article(sessions: sessionmaker[Session], article_id: str) -> Article:
    with sessions() as session:
        return session.get_one(Article, article_id)


def test_an_article_is_extracted_stored_and_done(session_factory: sessionmaker[Session]) -> None:
    article_id = _queued(session_factory)
    assert process_article(session_factory, article_id, extract, 3) == Outcome.DONE
    article = _article(session_factory, article_id)
    assert article.status == ArticleStatus.DONE
    assert article.attempts == 1
    assert article.extraction is not None
    names = {a["name"] for a in article.extraction["actors"]}
    assert {"Germany", "France"} <= names
    with session_factory() as session:
        stored = set(session.execute(select(Actor.name)).scalars())
    assert names == stored


def test_a_second_run_of_a_done_article_changes_nothing(
    session_factory: sessionmaker[Session],
) -> None:
    article_id = _queued(session_factory)
    process_article(session_factory, article_id, extract, 3)
    before = _article(session_factory, article_id)
    assert process_article(session_factory, article_id, extract, 3) == Outcome.SKIPPED
    after = _article(session_factory, article_id)
    assert (after.processed_at, after.attempts) == (before.processed_at, before.attempts)


def test_an_article_that_breaks_extraction_ends_failed_with_its_reason(
    session_factory: sessionmaker[Session],
) -> None:
    def poison(_: str) -> Extraction:
        raise ValueError("tokenizer choked on the input")

    article_id = _queued(session_factory)
    assert process_article(session_factory, article_id, poison, 3) == Outcome.FAILED
    article = _article(session_factory, article_id)
    assert article.status == ArticleStatus.FAILED
    assert article.error is not None
    assert "tokenizer choked" in article.error
    with session_factory() as session:
        assert session.execute(select(func.count()).select_from(Actor)).scalar_one() == 0


def test_an_article_whose_workers_kept_dying_is_given_up(
    session_factory: sessionmaker[Session],
) -> None:
    article_id = _queued(session_factory)
    with unit_of_work(session_factory) as session:
        session.get_one(Article, article_id).attempts = 3
    assert process_article(session_factory, article_id, extract, 3) == Outcome.SKIPPED
    article = _article(session_factory, article_id)
    assert article.status == ArticleStatus.FAILED
    assert article.error == "gave up after 3 attempts"
