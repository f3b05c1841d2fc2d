"""`GET /v1/articles`: pages of articles, newest submission first, optionally by status."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from attache.articles.models import ArticleStatus
from attache.articles.repository import list_articles
from attache.paging import Window
from attache.settings import Settings
from attache_api.problems import Problem
from attache_api.responses import OrjsonResponse
from attache_api.rest.views import article_summary
from attache_api.state import app_state

STATUSES = tuple(status.value for status in ArticleStatus)
CURSOR = re.compile(r"[0-9]{1,8}")


def decode_cursor(cursor: str) -> int:
    """The offset a cursor names; a 400 problem for anything else.

    Cursors are plain offsets, so every string the schema allows is one: a fuzzer's (or a
    person's) valid-looking cursor is never refused. Eight digits stay within every database's
    OFFSET.
    """
    if not CURSOR.fullmatch(cursor):
        raise Problem(400, "cursor must be the next_cursor of a previous page (up to 8 digits).")
    return int(cursor)


def page_limit(raw: str | None, settings: Settings) -> int:
    if raw is None:
        return settings.default_page_size
    most = settings.max_page_size
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= most:
        raise Problem(400, f"limit must be a whole number from 1 to {most}.")
    return int(raw)


def status_filter(raw: str | None) -> str | None:
    if raw is not None and raw not in STATUSES:
        raise Problem(400, f"status must be one of {', '.join(STATUSES)}.")
    return raw


def next_link(status: str | None, limit: int, cursor: str) -> str:
    params = {"status": status, "limit": limit, "cursor": cursor}
    return "/v1/articles?" + urlencode({k: v for k, v in params.items() if v is not None})


async def list_page(request: Request) -> Response:
    state = app_state(request)
    status = status_filter(request.query_params.get("status"))
    limit = page_limit(request.query_params.get("limit"), state.settings)
    cursor = request.query_params.get("cursor")
    offset = decode_cursor(cursor) if cursor is not None else 0
    async with state.sessions() as session:
        # One row past the page says whether another page follows.
        rows = await list_articles(session, status, Window(offset, limit + 1))
    following = str(offset + limit) if len(rows) > limit else None
    body: dict[str, Any] = {
        "items": [article_summary(article) for article in rows[:limit]],
        "next_cursor": following,
        "links": {"next": next_link(status, limit, following) if following else None},
    }
    return OrjsonResponse(body)
