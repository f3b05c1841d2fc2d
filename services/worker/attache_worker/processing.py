"""One article through the pipeline, in three short transactions.

1. claim it (status → processing, visible over the API), 2. extract with no transaction open,
3. store the graph and mark it done in one transaction. Every step re-reads the row and returns
early when there is nothing to do, so a duplicate or redelivered job changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import mark_done, mark_failed, mark_processing
from attache.articles.models import Article, ArticleStatus
from attache.contract import Extraction
from attache.db import unit_of_work
from attache.graph.store import store_extraction

log = logging.getLogger(__name__)

Extractor = Callable[[str], Extraction]


class Outcome(StrEnum):
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


def process_article(
    sessions: sessionmaker[Session], article_id: str, extractor: Extractor, max_attempts: int
) -> Outcome:
    text = _claim(sessions, article_id, max_attempts)
    if text is None:
        return Outcome.SKIPPED
    try:
        extraction = extractor(text)
    except Exception as exc:  # any failure of the pipeline on this text is the article's fault
        log.warning("extraction failed for %s", article_id, exc_info=True)
        with unit_of_work(sessions) as session:
            mark_failed(session, article_id, f"extraction failed: {type(exc).__name__}: {exc}")
        return Outcome.FAILED
    return _store(sessions, article_id, extraction)


def _claim(sessions: sessionmaker[Session], article_id: str, max_attempts: int) -> str | None:
    """Mark the article processing and return its text, or None when there is nothing to do.

    An article whose earlier attempts all died with their worker is given up on, so one text that
    crashes the process cannot keep a worker busy forever.
    """
    with unit_of_work(sessions) as session:
        if not mark_processing(session, [article_id]):
            return None
        article = session.get(Article, article_id)
        if article is None:
            return None
        if article.attempts > max_attempts:
            mark_failed(session, article_id, f"gave up after {max_attempts} attempts")
            return None
        return article.text


def _store(sessions: sessionmaker[Session], article_id: str, extraction: Extraction) -> Outcome:
    with unit_of_work(sessions) as session:
        # Blocking lock: a duplicate job running at the same time waits here, then sees `done`.
        article = session.execute(
            select(Article).where(Article.id == article_id).with_for_update()
        ).scalar_one_or_none()
        if article is None or article.status == ArticleStatus.DONE:
            return Outcome.SKIPPED
        store_extraction(session, article, extraction)
        mark_done(session, article, extraction.to_dict())
    return Outcome.DONE
