"""The ASGI app serving the schema at /graphql: queries and the mutation over HTTP, GraphiQL for
a browser's GET, subscriptions over a WebSocket (graphql-transport-ws)."""

from __future__ import annotations

import logging

import orjson
from cross_web import AsyncHTTPRequestAdapter
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UnsetType

from attache.settings import Settings
from attache_api.auth import connection_token, is_authorized
from attache_api.frontend import page
from attache_api.graphql.context import Context, context_for
from attache_api.graphql.errors import code_for, is_unavailable, unavailable
from attache_api.graphql.schema import make_schema
from attache_api.limits import BodyLimit
from attache_api.problems import RETRY_AFTER_SECONDS

log = logging.getLogger(__name__)

# Operations one WebSocket may run at once; a page needs a handful.
MAX_SUBSCRIPTIONS_PER_CONNECTION = 20


class AttacheGraphQL(GraphQL[Context, None]):
    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        # Fresh loaders per request: nothing cached outlives it.
        return context_for(request)

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        # A query refused while it was parsed (a syntax error, too many tokens) leaves the
        # operation before the extensions see its result: give those their code here.
        for error in result.errors or ():
            if error.original_error is None and not error.extensions:
                error.extensions = {"code": code_for(error)}
        return await super().process_result(request, result)

    def encode_json(self, data: object) -> str:
        # orjson: several times faster than the standard library on a page of results. Text,
        # not bytes: WebSocket messages of graphql-transport-ws must be text frames.
        return orjson.dumps(data).decode()

    async def render_graphql_ide(self, request: Request) -> Response:
        return page("graphiql.html")

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """With API keys set, a WebSocket needs one: in its Authorization header, or in the
        connection_init payload as `{"Authorization": "Bearer <key>"}`. Refused: close 4403."""
        context.token = context.token or connection_token(context.connection_params)
        if not is_authorized(context.token, context.settings):
            raise ConnectionRejectionError({"message": "unauthorized: this API needs a key"})
        return None

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
    """Strawberry reads any body whole, so the size limit REST applies is enforced in front of
    it. Pages on the CORS origins may open the WebSocket too; others are refused (403)."""
    graphql = AttacheGraphQL(
        make_schema(settings),
        graphql_ide="graphiql",
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        max_subscriptions_per_connection=MAX_SUBSCRIPTIONS_PER_CONNECTION,
        allowed_origins=settings.cors_origins,
    )
    return BodyLimit(graphql, settings.max_body_bytes)
