"""The ASGI app serving the schema; the REST app mounts it at /graphql."""

from __future__ import annotations

import logging

from cross_web import AsyncHTTPRequestAdapter
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult

from attache.settings import Settings
from attache_api.graphql.context import Context, context_for
from attache_api.graphql.errors import is_unavailable, unavailable
from attache_api.graphql.schema import make_schema
from attache_api.limits import BodyLimit
from attache_api.problems import RETRY_AFTER_SECONDS

log = logging.getLogger(__name__)


class AttacheGraphQL(GraphQL[Context, None]):
    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        # Fresh loaders per request: nothing cached outlives it.
        return context_for(request)

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Runs one operation; a database outage answers 503 with Retry-After, as in REST."""
        result = await super().execute_single(
            request, request_adapter, sub_response, context, root_value, request_data
        )
        outage = next((e for e in result.errors or () if is_unavailable(e)), None)
        if outage is not None and result.errors:
            reason = getattr(outage.original_error, "orig", None) or outage.original_error
            log.warning("database unavailable in a GraphQL operation: %s", reason)
            result.errors = [unavailable(e) if is_unavailable(e) else e for e in result.errors]
            sub_response.status_code = 503
            sub_response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return result


def make_graphql_app(settings: Settings) -> BodyLimit:
    # No IDE page: the bundled ones load their scripts from a CDN. Strawberry reads any body
    # whole, so the size limit REST applies is enforced in front of it.
    return BodyLimit(
        AttacheGraphQL(make_schema(settings), graphql_ide=None), settings.max_body_bytes
    )
