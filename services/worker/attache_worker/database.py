"""The worker's database sessions.

Every worker transaction writes. On SQLite a transaction that reads first and writes later fails
at once (SQLITE_BUSY, no waiting) when another process wrote in between, so worker transactions
there take the write lock when they begin and wait their turn instead; PostgreSQL needs nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from attache.db import make_engine, make_sessionmaker


def make_worker_sessions(url: str) -> sessionmaker[Session]:
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        _begin_immediate(engine)
    return make_sessionmaker(engine)


def _begin_immediate(engine: Engine) -> None:
    # SQLAlchemy's recipe for pysqlite: stop the driver from issuing its own deferred BEGIN, and
    # emit ours.
    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
