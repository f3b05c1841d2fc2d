"""Windows over ordered rows: one page for a top-level list, or one page per parent at once.

A nested list (the initiatives of each actor on a page, …) is read for every parent in a single
statement: rows are numbered within their parent with ROW_NUMBER() and kept inside the window,
and COUNT(*) over the same partition gives each parent's total in that same statement. Both
window functions exist on PostgreSQL and on SQLite ≥ 3.25.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Label, Subquery, and_, func
from sqlalchemy.orm import QueryableAttribute

Column = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True, slots=True)
class Window:
    """Rows `offset` … `offset + limit - 1` of an ordering, counting from 0."""

    offset: int
    limit: int


def row_number_within(parent: Column, order_by: Sequence[Any]) -> Label[int]:
    return func.row_number().over(partition_by=parent, order_by=list(order_by)).label("row_no")


def total_within(parent: Column) -> Label[int]:
    return func.count().over(partition_by=parent).label("total")


def inside(numbered: Subquery, window: Window) -> ColumnElement[bool]:
    """Keeps the rows of `numbered` (which has a `row_no` column) that fall in the window."""
    row_no = numbered.c.row_no
    return and_(row_no > window.offset, row_no <= window.offset + window.limit)
