"""Engines, sessions and the declarative base shared by the API (async) and the worker (sync)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Engine,
    MetaData,
    String,
    any_,
    bindparam,
    create_engine,
    event,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

# A fixed naming convention keeps constraint names, and so migrations, stable across databases.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


def sync_url(url: str) -> str:
    """The URL for the blocking driver: psycopg 3 for PostgreSQL, pysqlite for SQLite."""
    u = make_url(url)
    if u.get_backend_name() == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    elif u.get_backend_name() == "sqlite":
        u = u.set(drivername="sqlite")
    return u.render_as_string(hide_password=False)


def async_url(url: str) -> str:
    """The URL for the asyncio driver: psycopg 3 for PostgreSQL, aiosqlite for SQLite."""
    u = make_url(url)
    if u.get_backend_name() == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    elif u.get_backend_name() == "sqlite":
        u = u.set(drivername="sqlite+aiosqlite")
    return u.render_as_string(hide_password=False)


def _ensure_sqlite_dir(url: str) -> None:
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)


def _tune_sqlite(engine: Engine) -> None:
    """WAL lets the API read while the worker writes; foreign keys are off by default in SQLite."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


# JSON columns (extractions, mentions) are (de)serialized with orjson: the stdlib's json was a
# visible share of the time it takes to store an article.
JSON_CODEC: dict[str, Any] = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}


def make_engine(url: str) -> Engine:
    _ensure_sqlite_dir(url)
    engine = create_engine(sync_url(url), pool_pre_ping=True, **JSON_CODEC)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def make_async_engine(url: str) -> AsyncEngine:
    _ensure_sqlite_dir(url)
    engine = create_async_engine(async_url(url), pool_pre_ping=True, **JSON_CODEC)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine.sync_engine)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def make_async_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[Any]:
    return async_sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """The task boundary: commit on success, roll back on any error. Nothing below commits."""
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def dialect_insert(dialect_name: str, table: Any) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that supports ON CONFLICT on both PostgreSQL and SQLite."""
    name = dialect_name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"unsupported database dialect: {name}")


def upsert(
    session: Session,
    table: Any,
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str],
    update: Sequence[str] = (),
) -> None:
    """Insert rows, or update `update` columns where a row with the same `keys` exists."""
    if not rows:
        return
    # One statement may not touch a row twice, and a fixed order keeps concurrent upserts of
    # overlapping rows from deadlocking on PostgreSQL.
    by_key = {tuple(r[k] for k in keys): r for r in rows}
    unique = [by_key[k] for k in sorted(by_key)]
    stmt = dialect_insert(session.get_bind().dialect.name, table)
    if update:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: stmt.excluded[c] for c in update}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    # The rows as parameters, not inlined with .values(): the statement's text is then the same
    # whatever the number of rows, so SQLAlchemy compiles it once per process instead of every
    # time, and still sends the rows in one multi-row INSERT ("insertmanyvalues").
    session.execute(stmt, unique)


def one_of(
    session: Session | AsyncSession, column: Any, values: Sequence[str]
) -> ColumnElement[bool]:
    """`column IN values`, written for the session's database.

    On PostgreSQL the values travel as one array parameter (`= ANY(...)`): an IN list binds one
    parameter per value, and psycopg re-parses every statement of over 50 parameters, so the
    nested lists of a GraphQL page (hundreds of ids) cost more to send than to run.
    """
    condition: ColumnElement[bool]
    if session.get_bind().dialect.name == "postgresql":
        condition = column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(String)))
    else:
        condition = column.in_(values)
    return condition
