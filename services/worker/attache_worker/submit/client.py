"""The API as `attache submit` uses it: submit an article, read its status.

A busy or restarting API (503 with Retry-After, 429, a gateway error, a dropped connection) is
waited for and asked again, a bounded number of times. An article the API refuses (4xx) is
that article's problem; an API that cannot be reached, or that refuses the key, stops the run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})
AUTH_STATUSES = frozenset({401, 403})
FINAL_STATUSES = frozenset({"done", "failed"})
MAX_WAIT_SECONDS = 10.0


class Refused(Exception):
    """The API would not take this article, for a reason it gave."""


class Unusable(Exception):
    """The API cannot be used for this run at all: unreachable, or refusing the key."""


@dataclass(frozen=True, slots=True)
class Submitted:
    article_id: str
    new: bool  # False: the API already had this text (200), and queued nothing
    status: str


@dataclass(frozen=True, slots=True)
class Status:
    status: str
    error: str | None

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES


class ApiClient:
    def __init__(self, http: httpx.AsyncClient, attempts: int = 6) -> None:
        self.http = http
        self.attempts = attempts

    async def submit(self, body: dict[str, Any]) -> Submitted:
        response = await self._send(lambda: self.http.post("/v1/articles", json=body))
        if response.status_code not in (200, 202):
            raise Refused(problem_text(response))
        answer = response.json()
        return Submitted(answer["id"], response.status_code == 202, answer["status"])

    async def status(self, article_id: str) -> Status:
        response = await self._send(lambda: self.http.get(f"/v1/articles/{article_id}"))
        if response.status_code != 200:
            raise Refused(problem_text(response))
        answer = response.json()
        return Status(answer["status"], answer.get("error"))

    async def _send(self, request: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        """The response, once it is not a passing trouble; Unusable when trouble persists."""
        trouble = ""
        for attempt in range(self.attempts):
            try:
                response = await request()
            except httpx.TransportError as exc:
                trouble = (
                    f"cannot reach the API at {self.http.base_url} ({exc or type(exc).__name__})"
                )
                await asyncio.sleep(backoff(attempt))
                continue
            if response.status_code in AUTH_STATUSES:
                raise Unusable(f"the API refused the key: {problem_text(response)} "
                               "(set ATTACHE_API_KEY)")  # fmt: skip
            if response.status_code not in RETRY_STATUSES:
                return response
            trouble = f"the API keeps answering {problem_text(response)}"
            await asyncio.sleep(retry_after(response) or backoff(attempt))
        raise Unusable(trouble)


def backoff(attempt: int) -> float:
    return float(min(MAX_WAIT_SECONDS, 0.25 * 2**attempt))


def retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("retry-after", "")
    return min(MAX_WAIT_SECONDS, float(raw)) if raw.isdigit() else None


def problem_text(response: httpx.Response) -> str:
    """`422: The article is not valid. text: is required.`: the problem's detail, if any."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    return f"{response.status_code}: {detail or response.reason_phrase}"
