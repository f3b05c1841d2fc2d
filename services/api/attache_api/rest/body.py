"""Reading a request body safely: an accepted media type, a size limit, valid UTF-8."""

from __future__ import annotations

from contextlib import aclosing

from starlette.requests import Request

from attache_api.problems import Problem

UTF8_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii"})


def media_type(request: Request) -> tuple[str, str | None]:
    """The bare media type of the request (lower case) and its charset parameter, if any."""
    essence, *params = request.headers.get("content-type", "").split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return essence.strip().lower(), charset


def require_media_type(request: Request, accepted: tuple[str, ...]) -> str:
    """The request's media type if it is one of `accepted` and UTF-8; a 415 problem otherwise."""
    essence, charset = media_type(request)
    allowed = " or ".join(accepted)
    if not essence:
        raise Problem(415, f"Missing Content-Type header; send {allowed}.")
    if essence not in accepted:
        raise Problem(415, f"Content-Type {essence} is not supported; send {allowed}.")
    if charset is not None and charset not in UTF8_CHARSETS:
        raise Problem(415, f"Charset {charset} is not supported; send the body as UTF-8.")
    return essence


def too_large(limit: int) -> Problem:
    return Problem(413, f"The request body is larger than the limit of {limit} bytes.")


def declared_length(request: Request) -> int | None:
    raw = request.headers.get("content-length")
    if raw is None:
        return None
    if not raw.strip().isdigit():
        raise Problem(400, "The Content-Length header must be a non-negative whole number.")
    return int(raw)


# How much of an oversized body is read and thrown away so the client, still sending, gets
# the 413 instead of a reset connection. Past this the connection is simply dropped.
DRAIN_FACTOR = 32


async def read_limited(request: Request, limit: int) -> bytes:
    """The whole body, refused with 413 once it is known to exceed `limit` bytes.

    Bytes are counted as they arrive, since a chunked body declares nothing and a client can send
    more than it declared. Nothing past the limit is kept; the rest is drained (up to a bound)
    because closing on a client that is still sending makes it see a reset, not our answer.
    """
    length = declared_length(request)
    chunks: list[bytes] = []
    received = 0
    async with aclosing(request.stream()) as stream:
        async for chunk in stream:
            received += len(chunk)
            if received > limit * DRAIN_FACTOR:
                break
            if received <= limit and (length is None or length <= limit):
                chunks.append(chunk)
    if received > limit or (length is not None and length > limit):
        raise too_large(limit)
    return b"".join(chunks)


def decode_utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        detail = f"The body is not valid UTF-8 (bad byte at offset {exc.start}); send UTF-8 text."
        raise Problem(400, detail) from None
