"""A graphql-transport-ws client over Starlette's test WebSocket, with time limits on waits."""

from __future__ import annotations

import json
from typing import Any

import anyio
from starlette.testclient import TestClient, WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

PROTOCOL = "graphql-transport-ws"


class GraphQLSocket:
    def __init__(self, session: WebSocketTestSession) -> None:
        self.session = session
        self._ids = 0

    def init(self, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        self.session.send_json({"type": "connection_init", "payload": payload or {}})
        return self.receive()

    def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        self._ids += 1
        operation_id = str(self._ids)
        payload = {"query": query, "variables": variables or {}}
        self.session.send_json({"id": operation_id, "type": "subscribe", "payload": payload})
        return operation_id

    def complete(self, operation_id: str) -> None:
        self.session.send_json({"id": operation_id, "type": "complete"})

    def receive(self, seconds: float = 10) -> dict[str, Any]:
        """The next message; fails the test when none comes in time, or the socket closes."""
        message = self.session.portal.call(_receive_within, self.session, seconds)
        if message["type"] == "websocket.close":
            raise WebSocketDisconnect(message.get("code", 1000), message.get("reason"))
        received: dict[str, Any] = json.loads(message["text"])
        return received

    def next_data(self, seconds: float = 10) -> dict[str, Any]:
        """The data of the next `next` message, skipping pings."""
        while True:
            message = self.receive(seconds)
            if message["type"] == "ping":
                continue
            assert message["type"] == "next", message
            assert "errors" not in message["payload"], message["payload"]
            data: dict[str, Any] = message["payload"]["data"]
            return data


async def _receive_within(session: WebSocketTestSession, seconds: float) -> Any:
    with anyio.fail_after(seconds):
        return await session._send_rx.receive()


def connect(client: TestClient, **headers: str) -> WebSocketTestSession:
    return client.websocket_connect("/graphql", subprotocols=[PROTOCOL], headers=headers)
