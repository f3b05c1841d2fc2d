"""The migrations: they build what the models describe, and 0005 fills in the time of the graph
already stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import JSON, Connection, DateTime, column, insert, select, table
from sqlalchemy.sql.expression import ColumnClause

from attache.actors.models import Actor, ArticleActor
from attache.db import make_engine
from attache.initiatives.models import Initiative
from attache.migrate import alembic_config
from attache.models import Base
from tests.conftest import private_postgres_database

JULY = datetime(2024, 7, 1, tzinfo=UTC)
AUGUST = datetime(2024, 8, 1, tzinfo=UTC)


def test_the_newest_schema_is_what_the_models_describe(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_database(
    request: pytest.FixtureRequest, sqlite_url: str, postgres_server_url: str
) -> Iterator[str]:
    """A database of this test's own: it goes down and up the migrations."""
    if request.param == "sqlite":
        yield sqlite_url
        return
    with private_postgres_database(postgres_server_url) as url:
        yield url


def test_time_fields_are_filled_in_for_what_was_stored_before(fresh_database: str) -> None:
    config = alembic_config(fresh_database)
    command.downgrade(config, "0002")
    engine = make_engine(fresh_database)
    with engine.begin() as conn:
        _store_before(conn)
    command.upgrade(config, "head")
    with engine.connect() as conn:
        seen = dict(conn.execute(select(ArticleActor.article_id, ArticleActor.seen_at)).all())
        actor = conn.execute(select(Actor.first_seen, Actor.last_seen)).one()
        dates = conn.execute(select(Initiative.dates)).scalar_one()
    engine.dispose()
    assert {k: _utc(v) for k, v in seen.items()} == {"art_a": JULY, "art_b": AUGUST}
    assert (_utc(actor.first_seen), _utc(actor.last_seen)) == (JULY, AUGUST)
    assert dates == ["2024-07-01", "2025"]


def _store_before(conn: Connection) -> None:
    """Rows as revision 0002 stored them: two articles naming the US, reporting one pact."""
    articles = table(
        "articles",
        *_columns("id content_hash text status attempts published_at submitted_at updated_at"),
    )
    actors = table(
        "actors", *_columns("id name kind aliases titles mention_count article_count created_at")
    )
    named = table(
        "article_actors",
        *_columns("article_id actor_id name aliases titles mention_count mentions"),
    )
    initiatives = table("initiatives", *_columns("id title kind status article_count quantities"))
    reports = table(
        "article_initiatives",
        *_columns("article_id initiative_id title status seen_at quantities dates"),
    )
    for key, published in (("art_a", JULY), ("art_b", None)):
        conn.execute(
            insert(articles).values(
                id=key,
                content_hash=key,
                text=key,
                status="done",
                attempts=1,
                published_at=published,
                submitted_at=AUGUST,
                updated_at=AUGUST,
            )
        )
    conn.execute(
        insert(actors).values(
            id="country:US",
            name="United States",
            kind="COUNTRY",
            aliases=[],
            titles=[],
            mention_count=2,
            article_count=2,
            created_at=AUGUST,
        )
    )
    conn.execute(
        insert(initiatives).values(
            id="ini:pact",
            title="Pact",
            kind="AGREEMENT",
            status="planned",
            article_count=2,
            quantities=[],
        )
    )
    for key, dates in (("art_a", ["2025", "2024-07-01"]), ("art_b", ["2025"])):
        conn.execute(
            insert(named).values(
                article_id=key,
                actor_id="country:US",
                name="United States",
                aliases=[],
                titles=[],
                mention_count=1,
                mentions=[],
            )
        )
        conn.execute(insert(reports).values(
            article_id=key, initiative_id="ini:pact", title="Pact", status="planned",
            seen_at=JULY, quantities=[], dates=dates,
        ))  # fmt: skip


JSON_COLUMNS = {"aliases", "titles", "mentions", "quantities", "dates"}
TIME_COLUMNS = {"published_at", "submitted_at", "updated_at", "created_at", "seen_at"}


def _columns(names: str) -> list[ColumnClause[Any]]:
    def typed(name: str) -> Any:
        if name in JSON_COLUMNS:
            return JSON()
        return DateTime(timezone=True) if name in TIME_COLUMNS else None

    return [column(name, typed(name)) for name in names.split()]


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
