"""Answers to queries, kept while the graph stays as it was.

A frontend asks the same few queries again and again (the explorer's network, its initiative
list, a dashboard refreshing), and between two articles the graph does not change. Each API
process keeps the data of the queries it answered, keyed by the query text, operation name and
variables, and forgets all of it whenever news of a change reaches it: every article's status
and graph change is announced on Redis by whoever made it (the worker, or the API for a
submission; see `attache.notify`), and the process hears it through its `EventHub`.

What makes a kept answer safe to give again:
- Only queries, only answers without errors. Queries need no key (only writes and
  subscriptions do), so an answer does not depend on who asks.
- An answer is kept only under the generation of news current when its query *started*: news
  heard while it ran, which it may or may not have seen, makes it unusable at once.
- News is only heard while the hub is subscribed. What was published while it was not is lost,
  so nothing is served or kept then, and a new subscription starts a new epoch.
- A writer that could not announce its change (Redis away at that moment) is covered by the
  age limit: nothing is served older than `graphql_cache_seconds`.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Generator, Hashable
from typing import Any

import orjson
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from attache.notify import Notice
from attache_api.events import EventHub

CacheKey = tuple[int, int, Hashable]


class ResultCache:
    """The data of recent query answers, for one API process (one event loop: no locks).

    Answers are kept encoded: their size is then known, so the cache holds at most
    `max_bytes` (least recently used out first), and a kept page weighs its JSON rather than
    the many Python objects it decodes to."""

    def __init__(
        self,
        hub: EventHub,
        max_bytes: int,
        max_age_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._hub = hub
        self._max_bytes = max_bytes
        self._max_age = max_age_seconds
        self._clock = clock
        self._generation = 0
        # By query: the (epoch, generation) it was answered in, when, and the encoded data.
        self._kept: OrderedDict[Hashable, tuple[tuple[int, int], float, bytes]] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    @property
    def size(self) -> int:
        """Bytes of answers kept."""
        return self._bytes

    def offer(self, notice: Notice) -> None:
        """News of any change (the hub calls this for every notice): forget every answer."""
        self._generation += 1
        self._kept.clear()
        self._bytes = 0

    def key(self, query: str, operation: str | None, variables: object) -> CacheKey | None:
        """Where an answer to this operation is kept now; None when none may be kept."""
        if not self._hub.subscribed.is_set():
            return None
        try:
            given = orjson.dumps(variables, option=orjson.OPT_SORT_KEYS)
        except TypeError:
            return None
        return (self._hub.epoch, self._generation, (query, operation, given))

    def get(self, key: CacheKey) -> dict[str, Any] | None:
        kept = self._kept.get(key[2]) if self._is_current(key) else None
        fresh = kept is not None and kept[0] == key[:2] and self._clock() - kept[1] <= self._max_age
        if kept is None or not fresh:
            self.misses += 1
            return None
        self._kept.move_to_end(key[2])
        self.hits += 1
        data: dict[str, Any] = orjson.loads(kept[2])
        return data

    def put(self, key: CacheKey, data: dict[str, Any]) -> None:
        """Keeps `data` unless news arrived since `key` was made (it may be stale then), or it
        alone would fill the cache."""
        if not self._is_current(key):
            return
        encoded = orjson.dumps(data)
        if len(encoded) > self._max_bytes:
            return
        self._forget(key[2])
        self._kept[key[2]] = (key[:2], self._clock(), encoded)
        self._bytes += len(encoded)
        while self._bytes > self._max_bytes:
            self._forget(next(iter(self._kept)))

    def _forget(self, query: Hashable) -> None:
        kept = self._kept.pop(query, None)
        if kept is not None:
            self._bytes -= len(kept[2])

    def _is_current(self, key: CacheKey) -> bool:
        return (
            self._hub.subscribed.is_set()
            and key[0] == self._hub.epoch
            and key[1] == self._generation
        )


class CachedResults(SchemaExtension):
    """Serves a query from the process's `ResultCache` when it can, and keeps what it answers."""

    def on_execute(self) -> Generator[None, None, None]:
        run = self.execution_context
        state = getattr(run.context, "state", None)
        cache: ResultCache | None = getattr(state, "results", None)
        if cache is None or run.operation_type is not OperationType.QUERY or run.query is None:
            yield
            return
        key = cache.key(run.query, run.operation_name, run.variables)
        data = cache.get(key) if key is not None else None
        if data is not None:
            run.result = GraphQLExecutionResult(data=data, errors=None)
            yield
            return
        yield
        result = run.result
        if key is None or not isinstance(result, GraphQLExecutionResult):
            return
        if not result.errors and result.data is not None:
            cache.put(key, result.data)
