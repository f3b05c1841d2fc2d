"""The API under concurrent clients, beside a bare Starlette endpoint, and its SQL per page.

Load comes from this process: `CLIENTS` asyncio tasks sharing one httpx connection pool, each
sending its next request as soon as the last one answered, until `requests` were sent.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import Engine, event

CLIENTS = 50
# The loads' names, as the report shows them.
BARE = "bare Starlette GET /"
PAGE_OF_50 = "GraphQL page of 50"
# The same page from an API that keeps no answers (ATTACHE_GRAPHQL_CACHE_SECONDS=0): every
# request executed against the database.
PAGE_OF_50_EXECUTED = "GraphQL page of 50, nothing kept"
PAGE = """
query Page($first: Int!) {
  actors(first: $first) {
    totalCount
    edges { node { id name kind aliases articleCount
      initiatives(first: 10) { edges { node {
        id title kind status participants { role actor { name } }
      } } }
    } }
  }
}
"""
# A request: sent with a client and the request's number (so bodies can differ).
Request = Callable[[httpx.AsyncClient, int], Any]


@dataclass(frozen=True)
class Load:
    name: str
    requests: int
    seconds: float
    latencies: list[float]
    errors: int

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def percentile_ms(self, q: int) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1] * 1000


def measure(name: str, base_url: str, request: Request, requests: int) -> Load:
    return asyncio.run(_measure(name, base_url, request, requests))


async def _measure(name: str, base_url: str, request: Request, requests: int) -> Load:
    # A client (and connection) of its own per simulated user: one pool shared by 50 tasks
    # spends more time in httpx's pool bookkeeping than the bare server spends answering.
    clients = [httpx.AsyncClient(base_url=base_url, timeout=60) for _ in range(CLIENTS)]
    try:
        await asyncio.gather(*(request(c, -1 - i) for i, c in enumerate(clients)))  # connect
        numbers = iter(range(requests))
        latencies: list[float] = []
        errors: list[int] = []
        start = time.perf_counter()
        await asyncio.gather(*(_client(c, request, numbers, latencies, errors) for c in clients))
        seconds = time.perf_counter() - start
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    return Load(name, requests, seconds, latencies, len(errors))


async def _client(
    client: httpx.AsyncClient,
    request: Request,
    numbers: Iterator[int],
    latencies: list[float],
    errors: list[int],
) -> None:
    for number in numbers:  # the iterator is shared: together the clients send each once
        start = time.perf_counter()
        response = await request(client, number)
        latencies.append(time.perf_counter() - start)
        if response.status_code >= 400:
            errors.append(response.status_code)


def bare_get(client: httpx.AsyncClient, _: int) -> Any:
    return client.get("/")


def submit_request(texts: list[str]) -> Request:
    """POST /v1/articles with a text never submitted before, so each is a new article."""

    def post(client: httpx.AsyncClient, number: int) -> Any:
        text = f"{texts[number % len(texts)]}\n\nBenchmark submission {number}."
        return client.post("/v1/articles", json={"text": text})

    return post


def graphql_page(first: int) -> Request:
    def post(client: httpx.AsyncClient, _: int) -> Any:
        return client.post("/graphql", json={"query": PAGE, "variables": {"first": first}})

    return post


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    """Every SQL statement any engine in this process runs meanwhile."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def statements_per_page(database_url: str, sizes: tuple[int, ...]) -> dict[int, tuple[int, int]]:
    """(SQL statements, actors returned) for the GraphQL page at each size, in this process."""
    from starlette.testclient import TestClient

    from attache.settings import Settings
    from attache_api.app import create_app

    app = create_app(Settings(database_url=database_url, broker_url="memory://"))
    counts = {}
    with TestClient(app) as client:
        for first in sizes:
            query = {"query": PAGE, "variables": {"first": first}}
            with counting_statements() as seen:
                body = client.post("/graphql", json=query).json()
            if body.get("errors"):
                raise RuntimeError(f"GraphQL page failed: {body['errors']}")
            counts[first] = (len(seen), len(body["data"]["actors"]["edges"]))
    return counts
