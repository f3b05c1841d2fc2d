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


async def read_limited(request: Request, limit: int) -> bytes:
    """The whole body, refusing it as soon as it is known to exceed `limit` bytes.

    The declared length is checked first, and the bytes are counted as they arrive too, since a
    chunked body declares nothing and a client can send more than it declared.
    """
    length = declared_length(request)
    if length is not None and length > limit:
        raise too_large(limit)
    chunks: list[bytes] = []
    received = 0
    async with aclosing(request.stream()) as stream:
        async for chunk in stream:
            received += len(chunk)
            if received > limit:
                raise too_large(limit)
            chunks.append(chunk)
    return b"".join(chunks)


def decode_utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        detail = f"The body is not valid UTF-8 (bad byte at offset {exc.start}); send UTF-8 text."
        raise Problem(400, detail) from None
