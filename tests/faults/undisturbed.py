"""The graph that an undisturbed run builds from the same texts, to compare a disturbed one with.

The articles are stored as the API stores them (same ids, submitted in the same order) in a
fresh SQLite file, then processed one job after another in this process by the worker's own
code and batch policy, with the default settings and nothing killed.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import ArticleStatus
from attache.articles.service import article_of, normalize_text
from attache.db import make_engine, unit_of_work, utcnow
from attache.settings import Settings
from attache_worker.database import make_worker_sessions
from attache_worker.extraction import extract_many
from attache_worker.processing import BatchPolicy, process_article
from tests.faults.conftest import fresh_sqlite_database
from tests.faults.storage import Graph, graph


def undisturbed_graph(texts: list[str], directory: Path) -> Graph:
    with fresh_sqlite_database(directory) as url:
        sessions = make_worker_sessions(url)
        ids = _store_as_submitted(sessions, texts)
        policy = BatchPolicy.from_settings(Settings())
        read = partial(extract_many, batch_size=max(1, policy.size // 2))
        for article_id in ids:
            process_article(sessions, article_id, read, policy)
        sessions.kw["bind"].dispose()
        engine = make_engine(url)
        try:
            return graph(engine)
        finally:
            engine.dispose()


def _store_as_submitted(sessions: sessionmaker[Session], texts: list[str]) -> list[str]:
    first = utcnow()
    articles = []
    for n, text in enumerate(map(normalize_text, texts)):
        moment = first + timedelta(milliseconds=n)
        articles.append(
            article_of(
                text,
                status=ArticleStatus.QUEUED,
                attempts=0,
                submitted_at=moment,
                updated_at=moment,
            )
        )
    with unit_of_work(sessions) as session:
        session.add_all(articles)
    return [a.id for a in articles]
