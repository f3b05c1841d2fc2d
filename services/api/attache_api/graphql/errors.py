"""Which errors a client may read: only those raised on purpose, and GraphQL's own."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import MaskErrors, SchemaExtension

from attache_api.problems import is_database_unavailable

# graphql-core's words for a value that does not fit its type (a bad DateTime, a string for an
# Int): the request's data was wrong, not its shape.
_BAD_VALUE_MARKERS = ("got invalid value", "Expected value of type", "cannot represent")


class UserError(Exception):
    """A mistake in the request, explained in the message the client receives."""

    @property
    def extensions(self) -> dict[str, str]:
        """graphql-core copies these into the error. The code is the one clients (Apollo's,
        and fuzzers such as Schemathesis) read as "the request was wrong", not "we failed"."""
        return {"code": "BAD_USER_INPUT"}


def is_unexpected(error: GraphQLError) -> bool:
    """True for errors a resolver did not raise on purpose: their text could leak internals.

    Parse, validation and coercion errors carry no original error and are safe to show. An
    unavailable database is expected, not masked: the HTTP view swaps it for `unavailable()`.
    """
    original = error.original_error
    if original is None or isinstance(original, UserError | GraphQLError):
        return False
    return not is_database_unavailable(original)


def is_unavailable(error: GraphQLError) -> bool:
    original = error.original_error
    return original is not None and is_database_unavailable(original)


def unavailable(error: GraphQLError) -> GraphQLError:
    """What a client sees instead of a database outage: the same place, a safe message."""
    return GraphQLError(
        "The database is not answering; retry in a few seconds.",
        nodes=error.nodes,
        path=error.path,
        extensions={"code": "SERVICE_UNAVAILABLE"},
    )


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


def code_for(error: GraphQLError) -> str:
    """The code of an error graphql-core raised itself, as Apollo's clients know them."""
    if isinstance(error, GraphQLSyntaxError):
        return "GRAPHQL_PARSE_FAILED"
    if any(marker in error.message for marker in _BAD_VALUE_MARKERS):
        return "BAD_USER_INPUT"
    return "GRAPHQL_VALIDATION_FAILED"


class CodedErrors(SchemaExtension):
    """Every error a client gets carries a code: a parse or validation error, or a value of
    the wrong type, gets the one `code_for` gives; resolvers' errors keep their own."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        for error in getattr(result, "errors", None) or ():
            if error.original_error is None and not error.extensions:
                error.extensions = {"code": code_for(error)}


class MaskUnexpected(MaskErrors):
    """What a resolver did not raise on purpose reaches the client as "Unexpected error." with
    a code saying it was ours; the message and traceback stay in the log."""

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked
