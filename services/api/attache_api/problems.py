"""RFC 9457 problem details: every error the API returns has this shape.

`{type, title, status, detail}` with `application/problem+json`, plus optional extension members
(such as `errors` for validation failures). Raise `Problem` anywhere below a route; the handlers
installed by `install_problem_handlers` turn it, Starlette's HTTP errors (404, 405) and any
unexpected exception into a problem response.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ExceptionHandler

from attache_api.responses import OrjsonResponse

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
# How long a client should wait before retrying when a dependency is down: about the time a
# database restart or a failover takes.
RETRY_AFTER_SECONDS = 5


class ProblemResponse(OrjsonResponse):
    media_type = PROBLEM_MEDIA_TYPE


class Problem(Exception):
    """An error meant for the client: its status, a short title and a detail a person can act on."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        headers: Mapping[str, str] | None = None,
        extensions: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title or HTTPStatus(status).phrase
        self.detail = detail
        self.headers = dict(headers or {})
        self.extensions = dict(extensions or {})

    def to_dict(self) -> dict[str, Any]:
        # "about:blank" says the status code alone defines the problem type (RFC 9457 §4.2.1).
        body = {"type": "about:blank", "title": self.title, "status": self.status}
        return {**body, "detail": self.detail, **self.extensions}

    def response(self) -> Response:
        return ProblemResponse(self.to_dict(), status_code=self.status, headers=self.headers)


# Starlette raises these bare, with only a status phrase; say what to do instead.
_ROUTING_DETAILS = {
    404: "No resource at this path. See /openapi.json for the available routes.",
    405: "This path does not accept that method; the Allow header lists the ones it does.",
}


async def handle_problem(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return exc.response()


async def handle_http_exception(_request: Request, exc: Exception) -> Response:
    """Routing errors (404, 405) and any other `HTTPException`, as problems."""
    assert isinstance(exc, HTTPException)
    phrase = HTTPStatus(exc.status_code).phrase
    detail = exc.detail if exc.detail != phrase else _ROUTING_DETAILS.get(exc.status_code, phrase)
    return Problem(exc.status_code, detail, headers=exc.headers).response()


async def handle_client_disconnect(_request: Request, _exc: Exception) -> Response:
    # Nobody is left to read this; answering keeps a hang-up from being logged as a server error.
    return Problem(400, "The client disconnected before sending the whole request.").response()


def is_database_unavailable(exc: BaseException) -> bool:
    """True when the database could not be reached or dropped the connection.

    Such errors are the deployment's, not the request's: a retry a little later can succeed.
    Any other database error (a constraint, a bad statement) is our bug.
    """
    if isinstance(exc, OperationalError | InterfaceError | PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def database_unavailable() -> Problem:
    # Retrying is safe: a submission is keyed by its text, so a retried one is stored once.
    detail = "The database is not answering; retry in a few seconds."
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
    return Problem(503, detail, headers=headers)


async def handle_database_error(request: Request, exc: Exception) -> Response:
    if not is_database_unavailable(exc):
        return await handle_unexpected(request, exc)
    # Expected during a restart or failover: one line per request, no traceback, and the
    # driver's message only (SQLAlchemy's own would repeat the statement and its parameters).
    reason = getattr(exc, "orig", None) or exc
    log.warning("database unavailable in %s %s: %s", request.method, request.url.path, reason)
    return database_unavailable().response()


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    """Any other exception is our bug: log it in full, tell the client only that it happened."""
    log.error("unhandled error in %s %s", request.method, request.url.path, exc_info=exc)
    detail = "The server failed to handle this request. It has been logged; please retry later."
    return Problem(500, detail).response()


EXCEPTION_HANDLERS: dict[Any, ExceptionHandler] = {
    Problem: handle_problem,
    HTTPException: handle_http_exception,
    ClientDisconnect: handle_client_disconnect,
    DBAPIError: handle_database_error,
    PoolTimeout: handle_database_error,
    Exception: handle_unexpected,
}
