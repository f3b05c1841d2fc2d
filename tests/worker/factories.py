"""Plain functions that queue articles and read them back for worker tests."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import Article, ArticleStatus
from attache.db import unit_of_work
from tests.storage.factories import add_article

PAIRS = [
    ("Japan", "Australia"),
    ("Poland", "Lithuania"),
    ("Kenya", "Ethiopia"),
    ("Brazil", "Argentina"),
    ("India", "Vietnam"),
]


def pact_text(first: str, second: str) -> str:
    return f"{first} and {second} signed a defense agreement on Tuesday, officials in both said."


def queue_articles(sessions: sessionmaker[Session], *texts: str) -> list[str]:
    """Store the texts as queued articles, oldest first; returns their ids."""
    with unit_of_work(sessions) as session:
        articles = [add_article(session, text) for text in texts]
        for article in articles:
            article.status = ArticleStatus.QUEUED
        return [a.id for a in articles]


def load_article(sessions: sessionmaker[Session], article_id: str) -> Article:
    with sessions() as session:
        return session.get_one(Article, article_id)
