"""Which errors a client may read: only those raised on purpose, and GraphQL's own."""

from __future__ import annotations

from graphql import GraphQLError


class UserError(Exception):
    """A mistake in the request, explained in the message the client receives."""


def is_unexpected(error: GraphQLError) -> bool:
    """True for errors a resolver did not raise on purpose: their text could leak internals.

    Parse, validation and coercion errors carry no original error and are safe to show.
    """
    original = error.original_error
    return original is not None and not isinstance(original, (UserError, GraphQLError))


def checked_text(name: str, value: str | None, max_length: int = 200) -> str | None:
    """A free-text argument, stripped (None when blank); refuses what no column could match.

    PostgreSQL rejects NUL in text outright, which would otherwise surface as a server error.
    """
    if value is None:
        return None
    if "\x00" in value:
        raise UserError(f"{name} must not contain NUL characters")
    if len(value) > max_length:
        raise UserError(f"{name} must be at most {max_length} characters")
    return value.strip() or None
