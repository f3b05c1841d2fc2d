"""`since`, `until` and `orderBy` on the top-level lists: parsed, checked, explained when wrong."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from enum import Enum

import strawberry

from attache.periods import Period
from attache_api.graphql.errors import UserError
from attache_api.rest.validation import parse_timestamp

# A year, a month or a day: the whole of it. Anything longer must be an RFC 3339 date-time.
_CALENDAR = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?", re.ASCII)
FORMS = (
    "a year (2024), a month (2024-05), a day (2024-05-01) or a date-time with a UTC offset "
    "(2024-05-01T09:30:00Z)"
)


@strawberry.enum(description="How a list of actors is ordered.")
class ActorOrder(Enum):
    ARTICLE_COUNT = "article_count"
    LAST_SEEN = "last_seen"
    FIRST_SEEN = "first_seen"


@strawberry.enum(description="How a list of initiatives is ordered.")
class InitiativeOrder(Enum):
    LAST_SEEN = "last_seen"
    ARTICLE_COUNT = "article_count"
    FIRST_SEEN = "first_seen"


@strawberry.enum(description="How a list of events is ordered: by their article's time.")
class EventOrder(Enum):
    LAST_SEEN = "last_seen"
    FIRST_SEEN = "first_seen"


ORDER_HELP = (
    "ARTICLE_COUNT: most reported first. LAST_SEEN: latest reported first. "
    "FIRST_SEEN: earliest reported first."
)
SINCE_HELP = f"Only what an article from this time on reports: {FORMS}."
UNTIL_HELP = f"Only what an article up to this time reports (a year, month or day whole): {FORMS}."


def period(since: str | None, until: str | None) -> Period:
    """The period from `since` to `until`, each a year, month, day or moment; both optional."""
    start = _bound("since", since, end=False)
    end = _bound("until", until, end=True)
    if start is not None and end is not None and start >= end:
        raise UserError(f"since ({since}) must be before until ({until})")
    return Period(start, end)


def _bound(name: str, value: str | None, *, end: bool) -> datetime | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    calendar = _CALENDAR.fullmatch(text)
    if calendar is not None:
        first, after = _calendar_span(name, calendar)
        return after if end else first
    moment = parse_timestamp(text)
    if moment is None:
        raise UserError(f"{name} must be {FORMS}; got {value[:40]!r}")
    # `until` names a moment that is included: the period ends just after it.
    return moment + timedelta(microseconds=1) if end else moment


def _calendar_span(name: str, match: re.Match[str]) -> tuple[datetime, datetime]:
    """The first moment of the year, month or day, and the first moment after it."""
    year, month, day = int(match["year"]), match["month"], match["day"]
    try:
        if day is not None:
            first = datetime(year, int(month), int(day), tzinfo=UTC)
            return first, first + timedelta(days=1)
        if month is not None:
            first = datetime(year, int(month), 1, tzinfo=UTC)
            return first, _next_month(first)
        first = datetime(year, 1, 1, tzinfo=UTC)
        return first, first.replace(year=year + 1)
    except (ValueError, OverflowError):
        raise UserError(f"{name} is not a real date: {match[0]!r}") from None


def _next_month(first: datetime) -> datetime:
    if first.month == 12:
        return first.replace(year=first.year + 1, month=1)
    return first.replace(month=first.month + 1)
