"""Write access: when API keys are configured, writes need `Authorization: Bearer <key>`.

Reads over HTTP stay open. Writes (REST and the GraphQL mutation) and the GraphQL WebSocket
need a key: a WebSocket holds a connection and a share of the server for as long as the client
likes, so it is not given to anyone who asks. Browsers cannot set headers on a WebSocket; there
the key travels in the connection_init payload, `{"Authorization": "Bearer <key>"}`.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from starlette.requests import HTTPConnection

from attache.settings import Settings
from attache_api.problems import Problem


def bearer_token(conn: HTTPConnection) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None without one."""
    return token_in(conn.headers.get("authorization", ""))


def is_known_key(token: str, keys: list[str]) -> bool:
    """Compares against every key in constant time, so timing reveals neither key nor match."""
    given = token.encode()
    matches = [hmac.compare_digest(given, key.encode()) for key in keys]
    return any(matches)


def token_in(value: object) -> str | None:
    """The token of a `Bearer <token>` credential, or None for anything else."""
    if not isinstance(value, str):
        return None
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def connection_token(params: Mapping[str, object] | None) -> str | None:
    """The bearer token in a WebSocket's connection_init payload, given as a header would be."""
    if not isinstance(params, Mapping):
        return None
    found = [v for k, v in params.items() if isinstance(k, str) and k.lower() == "authorization"]
    return token_in(found[0]) if found else None


def is_authorized(token: str | None, settings: Settings) -> bool:
    if not settings.api_keys:
        return True
    return token is not None and is_known_key(token, settings.api_keys)


def has_write_access(conn: HTTPConnection, settings: Settings) -> bool:
    return is_authorized(bearer_token(conn), settings)


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
