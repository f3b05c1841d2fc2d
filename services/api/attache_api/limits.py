"""A request body size limit for ASGI apps that read bodies themselves (the GraphQL view)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from attache_api.rest.body import declared_length, too_large


class BodyLimit:
    """Refuses a body over `limit` bytes with a 413 problem before the wrapped app parses it.

    The declared length is checked first; the bytes are also counted as they arrive, since a
    chunked body declares nothing. The `Problem` raised reaches the app's exception handlers.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = declared_length(Request(scope))
        if length is not None and length > self.limit:
            raise too_large(self.limit)
        await self.app(scope, self._counting(receive), send)

    def _counting(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise too_large(self.limit)
            return message

        return counted
