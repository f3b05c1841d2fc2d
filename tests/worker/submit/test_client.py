"""How the submit client treats a busy API, a refused article and a refused key.

The API is stood in for by httpx's MockTransport here only to script the busy answers (a 503
series, a dropped connection) that a real server gives at moments a test cannot choose;
tests/e2e/test_submit.py runs the command against the real service.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from attache_worker.submit import client
from attache_worker.submit.client import ApiClient, Refused, Submitted, Unusable

Handler = Callable[[httpx.Request], httpx.Response]
ACCEPTED = {"id": "art_1", "status": "queued"}


def submit_through(answers: list[httpx.Response | Exception]) -> Submitted:
    remaining = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        next_one = remaining.pop(0)
        if isinstance(next_one, Exception):
            raise next_one
        return next_one

    async def run() -> Submitted:
        transport = httpx.MockTransport(answer)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as http:
            return await ApiClient(http, attempts=3).submit({"text": "A."})

    return asyncio.run(run())


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "MAX_WAIT_SECONDS", 0.0)


def test_a_busy_api_is_asked_again_until_it_accepts() -> None:
    busy = httpx.Response(503, headers={"Retry-After": "5"}, json={"detail": "database down"})
    dropped = httpx.ConnectError("connection reset")
    submitted = submit_through([busy, dropped, httpx.Response(202, json=ACCEPTED)])
    assert submitted == Submitted("art_1", new=True, status="queued")


def test_a_text_the_api_has_is_not_new() -> None:
    assert not submit_through([httpx.Response(200, json={**ACCEPTED, "status": "done"})]).new


def test_an_api_busy_for_too_long_makes_the_run_unusable() -> None:
    busy = httpx.Response(503, json={"detail": "The database is not answering."})
    with pytest.raises(Unusable, match="503: The database is not answering"):
        submit_through([busy, busy, busy])


def test_a_refused_article_is_that_articles_problem() -> None:
    invalid = httpx.Response(422, json={"detail": "The article is not valid. text: is required."})
    with pytest.raises(Refused, match="422: The article is not valid"):
        submit_through([invalid])


def test_a_refused_key_makes_the_run_unusable() -> None:
    with pytest.raises(Unusable, match="refused the key"):
        submit_through([httpx.Response(401, json={"detail": "Missing API key."})])
