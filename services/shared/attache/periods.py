"""Periods of time the lists can be narrowed to (`since`, `until`), and the orders they offer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, true


@dataclass(frozen=True, slots=True)
class Period:
    """From `start` (included) to `end` (excluded); None leaves that side open."""

    start: datetime | None = None
    end: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None

    def holds(self, column: Any) -> ColumnElement[bool]:
        conditions = []
        if self.start is not None:
            conditions.append(column >= self.start)
        if self.end is not None:
            conditions.append(column < self.end)
        return and_(true(), *conditions)


ALL_TIME = Period()
