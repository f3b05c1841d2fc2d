"""Reading bodies: nothing past the limit is kept, and draining an oversized body is bounded."""

from __future__ import annotations

import asyncio

import pytest
from starlette.requests import Request
from starlette.types import Message

from attache_api.problems import Problem
from attache_api.rest.body import DRAIN_FACTOR, media_type, read_limited


def chunked_request(chunks: list[bytes]) -> tuple[Request, list[bytes]]:
    """A request whose body arrives in `chunks`, undeclared; returns it and the chunks read."""
    read: list[bytes] = []

    async def receive() -> Message:
        chunk = chunks[len(read)]
        read.append(chunk)
        return {"type": "http.request", "body": chunk, "more_body": len(read) < len(chunks)}

    scope = {"type": "http", "method": "POST", "headers": [], "path": "/"}
    return Request(scope, receive), read


def test_an_oversized_body_is_drained_so_the_client_reads_the_413() -> None:
    request, read = chunked_request([b"x" * 60] * 10)
    with pytest.raises(Problem) as caught:
        asyncio.run(read_limited(request, 100))
    assert caught.value.status == 413
    assert len(read) == 10


def test_draining_stops_at_a_bound() -> None:
    request, read = chunked_request([b"x" * 100] * 100)
    with pytest.raises(Problem) as caught:
        asyncio.run(read_limited(request, 100))
    assert caught.value.status == 413
    assert len(read) == DRAIN_FACTOR + 1


def test_a_body_at_the_limit_is_read_whole() -> None:
    request, _ = chunked_request([b"x" * 50, b"y" * 50])
    assert asyncio.run(read_limited(request, 100)) == b"x" * 50 + b"y" * 50


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("application/json", ("application/json", None)),
        ('Application/JSON ; Charset="UTF-8"', ("application/json", "utf-8")),
        ("text/plain;format=flowed;charset=us-ascii", ("text/plain", "us-ascii")),
        ("", ("", None)),
    ],
)
def test_media_type_parsing(header: str, expected: tuple[str, str | None]) -> None:
    scope = {"type": "http", "headers": [(b"content-type", header.encode())]}
    assert media_type(Request(scope)) == expected
