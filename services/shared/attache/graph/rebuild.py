"""Resolve every stored article's initiatives again, from the extraction stored with it.

Links keep the score the matching of their day gave them. After the weights, the threshold or
the frames change, or after migration 0004 (whose reports carry no predicate, terms or places
yet), `python -m attache.graph.rebuild` stores each done article again, one transaction each,
so the whole graph is what the current matching makes of it. The result does not depend on the
order, so it may run while workers store new articles (on PostgreSQL; on SQLite, stop them
first: a second writer would make its transactions fail).
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import Article, ArticleStatus
from attache.contract import Extraction
from attache.db import make_engine, make_sessionmaker, unit_of_work
from attache.graph.store import store_extraction
from attache.settings import get_settings

log = logging.getLogger(__name__)


def rebuild_initiatives(sessions: sessionmaker[Session]) -> int:
    """Stores every done article's extraction again; returns how many were stored."""
    with sessions() as session:
        ids = list(
            session.execute(
                select(Article.id).where(Article.status == ArticleStatus.DONE).order_by(Article.id)
            ).scalars()
        )
    stored = 0
    for article_id in ids:
        with unit_of_work(sessions) as session:
            article = session.execute(
                select(Article).where(Article.id == article_id).with_for_update()
            ).scalar_one_or_none()
            if article is None or article.status != ArticleStatus.DONE or not article.extraction:
                continue
            store_extraction(session, article, Extraction.from_dict(article.extraction))
            stored += 1
    return stored


def main() -> None:
    logging.basicConfig(level=get_settings().log_level)
    engine = make_engine(get_settings().database_url)
    try:
        count = rebuild_initiatives(make_sessionmaker(engine))
    finally:
        engine.dispose()
    log.info("stored %d articles again", count)


if __name__ == "__main__":
    main()
