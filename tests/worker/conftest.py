from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from attache_worker.database import make_worker_sessions


@pytest.fixture
def worker_sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions as the worker makes them, on SQLite and on PostgreSQL."""
    sessions = make_worker_sessions(database_url)
    yield sessions
    sessions.kw["bind"].dispose()
