"""Write access: when API keys are configured, writes need `Authorization: Bearer <key>`.

Reads stay open. REST and the GraphQL mutation both call `require_write_access`.
"""

from __future__ import annotations

import hmac

from starlette.requests import HTTPConnection

from attache.settings import Settings
from attache_api.problems import Problem


def bearer_token(conn: HTTPConnection) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None without one."""
    scheme, _, token = conn.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def is_known_key(token: str, keys: list[str]) -> bool:
    """Compares against every key in constant time, so timing reveals neither key nor match."""
    given = token.encode()
    matches = [hmac.compare_digest(given, key.encode()) for key in keys]
    return any(matches)


def has_write_access(conn: HTTPConnection, settings: Settings) -> bool:
    if not settings.api_keys:
        return True
    token = bearer_token(conn)
    return token is not None and is_known_key(token, settings.api_keys)


def require_write_access(conn: HTTPConnection, settings: Settings) -> None:
    """Raises a 401 `Problem` unless the request may write."""
    if has_write_access(conn, settings):
        return
    if bearer_token(conn) is None:
        detail = "This API needs a key for writes: send `Authorization: Bearer <key>`."
        challenge = "Bearer"
    else:
        detail = "The API key in the Authorization header is not valid."
        challenge = 'Bearer error="invalid_token"'
    raise Problem(401, detail, headers={"WWW-Authenticate": challenge})
