"""What every resolver of one request sees: the app state, fresh loaders, the HTTP request."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import HTTPConnection
from starlette.websockets import WebSocket

from attache.settings import Settings
from attache_api.auth import bearer_token
from attache_api.graphql.loaders import Loaders
from attache_api.state import AppState, app_state


@dataclass(slots=True)
class Context:
    state: AppState
    loaders: Loaders
    # None when a test calls `schema.execute` directly; such a caller has no credentials.
    request: HTTPConnection | None = None
    # The bearer key the client gave: its Authorization header, or over a WebSocket the
    # connection_init payload, as browsers cannot set headers on a WebSocket.
    token: str | None = None
    # The connection_init payload of a WebSocket; strawberry sets it.
    connection_params: dict[str, Any] | None = None
    # What `lookahead.asks_for` found, by place in the query.
    looked_ahead: dict[Hashable, tuple[object, bool]] = field(default_factory=dict)

    @property
    def settings(self) -> Settings:
        return self.state.settings


def build_context(
    state: AppState, request: HTTPConnection | None = None, *, cached: bool = True
) -> Context:
    token = bearer_token(request) if request is not None else None
    return Context(
        state=state, loaders=Loaders(state.sessions, cached), request=request, token=token
    )


def context_for(request: HTTPConnection) -> Context:
    # A WebSocket's context lives as long as the connection, and its subscriptions read the
    # same rows again as they change: its loaders batch, but remember nothing.
    return build_context(app_state(request), request, cached=not isinstance(request, WebSocket))
