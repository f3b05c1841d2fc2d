"""Opaque identifiers: global node ids ("Type:key") and page cursors, both base64url."""

from __future__ import annotations

import base64
import binascii

from attache_api.graphql.errors import UserError

NODE_TYPES = frozenset({"Article", "Actor", "Initiative"})
# Keys are at most 200 characters in the database; anything much longer is not an id.
MAX_ID_LENGTH = 400
CURSOR_PREFIX = "at:"
MAX_OFFSET = 10_000_000


def encode_id(type_name: str, key: str) -> str:
    return _encode(f"{type_name}:{key}")


def decode_id(value: str) -> tuple[str, str] | None:
    """(type, key) of a global id, or None when `value` is not one."""
    text = _decode(value) if len(value) <= MAX_ID_LENGTH else None
    if text is None or "\x00" in text:
        return None
    type_name, sep, key = text.partition(":")
    if not sep or type_name not in NODE_TYPES or not key:
        return None
    return type_name, key


def key_for(value: str, type_name: str) -> str | None:
    """The row key a client means by `value`: a global id of `type_name`, or the raw key itself.

    Returns None for a global id of another type, so `actor(id: <an article id>)` is null.
    """
    if len(value) > MAX_ID_LENGTH or "\x00" in value:
        return None
    decoded = decode_id(value)
    if decoded is None:
        return value
    found_type, key = decoded
    return key if found_type == type_name else None


def encode_cursor(position: int) -> str:
    """The cursor of the row at `position` (from 0) in a list's order."""
    return _encode(f"{CURSOR_PREFIX}{position}")


def decode_cursor(cursor: str) -> int:
    """The position a cursor names; raises UserError("invalid cursor") for anything else."""
    text = _decode(cursor) if len(cursor) <= 40 else None
    digits = text.removeprefix(CURSOR_PREFIX) if text else ""
    if (
        not text
        or not text.startswith(CURSOR_PREFIX)
        or not (digits.isascii() and digits.isdigit())
    ):
        raise UserError("invalid cursor")
    position = int(digits)
    if position >= MAX_OFFSET:
        raise UserError("invalid cursor")
    return position


def _encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(value: str) -> str | None:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        return raw.decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
