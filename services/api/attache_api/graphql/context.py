"""What every resolver of one request sees: the app state, fresh loaders, the HTTP request."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import HTTPConnection

from attache.settings import Settings
from attache_api.graphql.loaders import Loaders
from attache_api.state import AppState, app_state


@dataclass(slots=True)
class Context:
    state: AppState
    loaders: Loaders
    # None when a test calls `schema.execute` directly; such a caller has no credentials.
    request: HTTPConnection | None = None

    @property
    def settings(self) -> Settings:
        return self.state.settings


def build_context(state: AppState, request: HTTPConnection | None = None) -> Context:
    return Context(state=state, loaders=Loaders(state.sessions), request=request)


def context_for(request: HTTPConnection) -> Context:
    return build_context(app_state(request), request)
