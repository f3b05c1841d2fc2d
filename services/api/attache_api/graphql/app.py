"""The ASGI app serving the schema; the REST app mounts it at /graphql."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from attache.settings import Settings
from attache_api.graphql.context import Context, context_for
from attache_api.graphql.schema import make_schema


class AttacheGraphQL(GraphQL[Context, None]):
    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        # Fresh loaders per request: nothing cached outlives it.
        return context_for(request)


def make_graphql_app(settings: Settings) -> AttacheGraphQL:
    # No IDE page: the bundled ones load their scripts from a CDN.
    return AttacheGraphQL(make_schema(settings), graphql_ide=None)
