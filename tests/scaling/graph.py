"""The whole stored graph as comparable data: every row of every table, in a fixed order,
without what only says when, or by which worker, a row was written."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from attache.db import make_engine
from attache.models import Base

# Moments of writing and the worker process that claimed an article, not the news: they differ
# from one run to the next by nature.
WRITE_RECORDS = frozenset(
    {"created_at", "submitted_at", "updated_at", "processed_at", "claimed_by"}
)

Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(database_url: str) -> Snapshot:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return {
                table.name: sorted(
                    tuple(_comparable(value) for value in row)
                    for row in conn.execute(
                        select(*(c for c in table.c if c.name not in WRITE_RECORDS))
                    )
                )
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def _comparable(value: Any) -> Any:
    """JSON columns as canonical text, so rows sort and compare whatever they hold."""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return value
