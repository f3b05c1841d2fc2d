"""Migration 0004 on a database holding initiatives merged the old way (by the extraction's
key), on SQLite and PostgreSQL: every report keeps its initiative, reports merged before stay
linked, and going back down restores the old rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, text
from sqlalchemy.engine import make_url

from attache.db import make_engine
from attache.migrate import alembic_config
from tests.conftest import _admin_engine

BEFORE = "0003"
WHEN = datetime(2024, 3, 1, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgres"])
def legacy_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_server_url: str
) -> Iterator[str]:
    """An empty database at the schema before 0004."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'legacy.db'}"
        command.upgrade(alembic_config(url), BEFORE)
        yield url
        return
    name = f"attache_legacy_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine(postgres_server_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(postgres_server_url).set(database=name).render_as_string(False)
        command.upgrade(alembic_config(url), BEFORE)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _insert_legacy_graph(engine: Engine) -> None:
    """Two articles reporting one initiative, merged by its key; one more reporting another."""
    rows = {
        "articles": [
            {
                "id": f"art_{n}",
                "content_hash": f"h{n}",
                "text": f"text {n}",
                "title": None,
                "url": None,
                "source": None,
                "published_at": WHEN,
                "submitted_at": WHEN,
                "updated_at": WHEN,
                "processed_at": WHEN,
                "status": "done",
                "error": None,
                "attempts": 1,
                "extraction": None,
            }
            for n in (1, 2, 3)
        ],
        "actors": [
            {
                "id": a,
                "name": a,
                "kind": "COUNTRY",
                "wikidata_id": None,
                "affiliation": None,
                "aliases": [],
                "titles": [],
                "mention_count": 1,
                "article_count": 1,
                "created_at": WHEN,
            }
            for a in ("country:US", "country:JP")
        ],
        "initiatives": [
            {
                "id": i,
                "title": i,
                "kind": "AGREEMENT",
                "status": "planned",
                "first_seen": WHEN,
                "last_seen": WHEN,
                "article_count": n,
                "quantities": [],
            }
            for i, n in (("ini:pact", 2), ("ini:other", 1))
        ],
        "article_initiatives": [
            {
                "article_id": a,
                "initiative_id": i,
                "title": i,
                "status": "planned",
                "seen_at": WHEN,
                "quantities": [],
                "dates": [],
            }
            for a, i in (("art_1", "ini:pact"), ("art_2", "ini:pact"), ("art_3", "ini:other"))
        ],
        "initiative_participants": [
            {"article_id": a, "initiative_id": "ini:pact", "actor_id": actor, "role": "LEAD"}
            for a in ("art_1", "art_2")
            for actor in ("country:US", "country:JP")
        ],
        "evidence": [
            {"article_id": a, "initiative_id": "ini:pact", "start": 0, "end": 4, "text": "text"}
            for a in ("art_1", "art_2")
        ],
        "events": [
            {
                "article_id": "art_1",
                "seq": 0,
                "type": "AGREE",
                "sources": [],
                "targets": [],
                "trigger": {"start": 0, "end": 4, "text": "text"},
                "sentence": {"start": 0, "end": 4, "text": "text"},
            }
        ],
        "initiative_events": [{"article_id": "art_1", "initiative_id": "ini:pact", "seq": 0}],
    }
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as conn:
        for table, values in rows.items():
            conn.execute(metadata.tables[table].insert(), values)


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_upgrade_keeps_every_report_in_its_initiative_and_links_merged_ones(
    legacy_url: str,
) -> None:
    engine = make_engine(legacy_url)
    try:
        _insert_legacy_graph(engine)
        command.upgrade(alembic_config(legacy_url), "head")
        reports = _rows(
            engine,
            "SELECT article_id, mention_id, initiative_id, component, kind, frame "
            "FROM article_initiatives ORDER BY article_id",
        )
        assert reports == [
            ("art_1", "ini:pact", "ini:pact", "ini:pact", "AGREEMENT", "kind:AGREEMENT"),
            ("art_2", "ini:pact", "ini:pact", "ini:pact", "AGREEMENT", "kind:AGREEMENT"),
            ("art_3", "ini:other", "ini:other", "ini:other", "AGREEMENT", "kind:AGREEMENT"),
        ]
        links = _rows(
            engine,
            "SELECT article_id, mention_id, other_article_id, other_mention_id, score "
            "FROM initiative_links",
        )
        assert links == [("art_1", "ini:pact", "art_2", "ini:pact", 5.0)]
        assert _rows(
            engine, "SELECT COUNT(*) FROM initiative_participants WHERE mention_id = 'ini:pact'"
        ) == [(4,)]
        assert _rows(
            engine, "SELECT article_id, mention_id, start FROM evidence ORDER BY article_id"
        ) == [
            ("art_1", "ini:pact", 0),
            ("art_2", "ini:pact", 0),
        ]
        assert _rows(engine, "SELECT article_id, mention_id, seq FROM initiative_events") == [
            ("art_1", "ini:pact", 0)
        ]
    finally:
        engine.dispose()


def test_downgrade_restores_the_rows_keyed_by_initiative(legacy_url: str) -> None:
    engine = make_engine(legacy_url)
    try:
        _insert_legacy_graph(engine)
        queries = [
            "SELECT article_id, initiative_id, title, status FROM article_initiatives",
            "SELECT article_id, initiative_id, actor_id, role FROM initiative_participants",
            "SELECT article_id, initiative_id, start, text FROM evidence",
            "SELECT article_id, initiative_id, seq FROM initiative_events",
        ]
        before = [sorted(_rows(engine, query)) for query in queries]
        command.upgrade(alembic_config(legacy_url), "head")
        command.downgrade(alembic_config(legacy_url), BEFORE)
        assert [sorted(_rows(engine, query)) for query in queries] == before
        assert _rows(engine, "SELECT id, article_count FROM initiatives ORDER BY id") == [
            ("ini:other", 1),
            ("ini:pact", 2),
        ]
    finally:
        engine.dispose()
