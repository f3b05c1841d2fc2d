"""Turning a submitted body into a `NewArticle`, or a 4xx problem saying exactly what to fix.

Hand-written rather than a schema library so every message names the field and the remedy, and
every failure of one body is reported at once in the problem's `errors` list.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import orjson

from attache.articles.service import NewArticle
from attache_api.problems import Problem

# The longest value each optional string may have; they match the database columns.
MAX_LENGTHS = {"title": 1000, "url": 2000, "source": 200}
FIELDS = ("text", *MAX_LENGTHS, "published_at")

FieldError = dict[str, str]


def invalid(errors: list[FieldError]) -> Problem:
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return Problem(422, f"The article is not valid. {detail}.", extensions={"errors": errors})


def text_errors(value: object, field: str = "text") -> list[FieldError]:
    if value is None:
        return [{"field": field, "message": "is required"}]
    if not isinstance(value, str):
        return [{"field": field, "message": "must be a string"}]
    if not value.strip():
        return [{"field": field, "message": "must contain some non-whitespace text"}]
    return nul_errors(field, value)


def nul_errors(field: str, value: str) -> list[FieldError]:
    # PostgreSQL text cannot hold U+0000, so such a value could never be stored.
    if "\x00" in value:
        return [{"field": field, "message": "must not contain NUL (U+0000) characters"}]
    return []


def optional_string_errors(field: str, value: object) -> list[FieldError]:
    if value is None:
        return []
    if not isinstance(value, str):
        return [{"field": field, "message": "must be a string or null"}]
    limit = MAX_LENGTHS[field]
    if len(value) > limit:
        return [{"field": field, "message": f"must be at most {limit} characters"}]
    return nul_errors(field, value)


# RFC 3339, the profile of ISO 8601 that JSON Schema's `date` and `date-time` formats mean.
# A date-time must carry its UTC offset: without one the moment is ambiguous.
RFC3339 = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[Tt ](?P<time>\d{2}:\d{2}):(?P<second>\d{2})(?P<fraction>\.\d+)?"
    r"(?P<offset>[Zz]|[+-]\d{2}:\d{2}))?",
    re.ASCII,
)


def parse_timestamp(value: object) -> datetime | None:
    """An RFC 3339 date (midnight UTC) or date-time in UTC; None if `value` is neither."""
    match = RFC3339.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    if match["time"] is None:
        canonical = f"{match['date']}T00:00:00+00:00"
    else:
        # Python has no leap seconds, and keeps microseconds only.
        second = min(int(match["second"]), 59)
        fraction = (match["fraction"] or "")[:7]
        offset = "+00:00" if match["offset"] in "Zz" else match["offset"]
        canonical = f"{match['date']}T{match['time']}:{second:02d}{fraction}{offset}"
    try:
        # Stored in UTC: SQLite keeps no offset, and a moment that has no UTC form
        # (year 0 or 10000) could be stored on PostgreSQL but never read back.
        return datetime.fromisoformat(canonical).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def published_at_errors(value: object) -> list[FieldError]:
    if value is None or parse_timestamp(value) is not None:
        return []
    example = "2024-05-01 or 2024-05-01T09:30:00Z"
    form = "an RFC 3339 (ISO 8601) date, or date-time with a UTC offset"
    return [{"field": "published_at", "message": f"must be {form}, e.g. {example}"}]


def unknown_field_errors(payload: dict[str, Any]) -> list[FieldError]:
    allowed = ", ".join(FIELDS)
    message = f"is not a known field (allowed: {allowed})"
    return [{"field": name, "message": message} for name in payload if name not in FIELDS]


def article_from_json(body: str) -> NewArticle:
    """The article in a JSON body; 400 if it is not JSON, 422 if it is not a valid article."""
    payload = load_json(body)
    if not isinstance(payload, dict):
        raise Problem(422, 'The body must be a JSON object, e.g. {"text": "..."}.')
    errors = [
        *unknown_field_errors(payload),
        *text_errors(payload.get("text")),
        *(e for f in MAX_LENGTHS for e in optional_string_errors(f, payload.get(f))),
        *published_at_errors(payload.get("published_at")),
    ]
    if errors:
        raise invalid(errors)
    return NewArticle(
        text=payload["text"],
        title=payload.get("title"),
        url=payload.get("url"),
        source=payload.get("source"),
        published_at=parse_timestamp(payload.get("published_at")),
    )


def article_from_text(body: str) -> NewArticle:
    """A text/plain body is the article's text and nothing else."""
    errors = text_errors(body or None, field="body")
    if errors:
        raise invalid(errors)
    return NewArticle(text=body)


def load_json(body: str) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise Problem(400, f"The body is not valid JSON: {exc}.") from None
