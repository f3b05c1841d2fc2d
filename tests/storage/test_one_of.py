from __future__ import annotations

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.models import Article
from attache.db import one_of, unit_of_work
from tests.storage.factories import add_article

TEXTS = [f"Article number {n} about Chile and Peru." for n in range(120)]


@pytest.fixture
def article_ids(session_factory: sessionmaker[Session]) -> list[str]:
    with unit_of_work(session_factory) as session:
        return [add_article(session, text).id for text in TEXTS]


@pytest.mark.parametrize("wanted", [0, 1, 3, 120])
def test_one_of_finds_exactly_the_rows_named(
    session_factory: sessionmaker[Session], article_ids: list[str], wanted: int
) -> None:
    chosen = [*article_ids[:wanted], "art_unknown"]
    with session_factory() as session:
        found = session.execute(select(Article.id).where(one_of(session, Article.id, chosen)))
        assert sorted(found.scalars()) == sorted(article_ids[:wanted])


def test_on_postgresql_the_values_travel_as_one_parameter(
    session_factory: sessionmaker[Session], article_ids: list[str]
) -> None:
    """psycopg re-parses every statement of over 50 parameters; one array keeps it cached."""
    with session_factory() as session:
        if session.get_bind().dialect.name != "postgresql":
            pytest.skip("SQLite binds an IN list")
        sent: list[object] = []

        def record(*args: object) -> None:
            sent.append(args[3])  # the parameters the driver receives

        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", record)
        try:
            session.execute(select(Article.id).where(one_of(session, Article.id, article_ids)))
        finally:
            event.remove(engine, "before_cursor_execute", record)
        assert len(sent) == 1
        assert isinstance(sent[0], dict)
        assert len(sent[0]) == 1
