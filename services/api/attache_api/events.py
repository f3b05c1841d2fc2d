"""The API process's ear on the worker's news: one Redis subscription, shared by every GraphQL
subscription the process serves and by its kept answers (`graphql.result_cache`), and its
mouth for the news it makes itself (a submission).

The Redis connection is opened when the first listener arrives and closed when the last one
leaves; the kept answers listen for the life of the process, so only an API that keeps none
holds no connection while nobody subscribes. When Redis goes away the reader waits and
subscribes again; what was published meanwhile is lost (pub/sub keeps nothing), so listeners
that cannot afford that re-read the database now and then, or start afresh at each new
subscription (`epoch`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Protocol, TypeVar

import redis.asyncio
import redis.exceptions

from attache.notify import PUBLISH_TIMEOUT_SECONDS, Notice, channel_for, decode, encode

log = logging.getLogger(__name__)

# Notices a slow listener may fall behind by before the oldest are dropped for it.
LISTENER_BACKLOG = 256
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 5.0)


class Hears(Protocol):
    """Anything the hub hands every notice to, as it arrives."""

    def offer(self, notice: Notice) -> None: ...


H = TypeVar("H", bound=Hears)


class Listener:
    """One subscription's queue of notices."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[Notice] = asyncio.Queue(LISTENER_BACKLOG)

    def offer(self, notice: Notice) -> None:
        if self._queue.full():
            # The listener fell behind: its oldest news is the least useful to it now.
            self._queue.get_nowait()
        self._queue.put_nowait(notice)

    async def next(self, timeout: float | None = None) -> Notice | None:
        """The next notice, or None when `timeout` seconds pass without one."""
        try:
            return await asyncio.wait_for(self._queue.get(), timeout)
        except TimeoutError:
            return None

    def __aiter__(self) -> AsyncIterator[Notice]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Notice]:
        while True:
            yield await self._queue.get()


class EventHub:
    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url
        self._listeners: set[Hears] = set()
        self._reader: asyncio.Task[None] | None = None
        self._publisher: redis.asyncio.Redis | None = None
        # Set once the reader is subscribed: what is published after that reaches listeners.
        self.subscribed = asyncio.Event()
        # Counts subscriptions: news published between two of them is lost, so a listener
        # that keeps state from notices starts afresh when this moves.
        self.epoch = 0

    @property
    def listener_count(self) -> int:
        return len(self._listeners)

    def listen(self) -> contextlib.AbstractAsyncContextManager[Listener]:
        """A listener hearing every notice published from now until the block ends."""
        return self.attach(Listener())

    @asynccontextmanager
    async def attach(self, listener: H) -> AsyncIterator[H]:
        """`listener` hears every notice published from now until the block ends."""
        self._listeners.add(listener)
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read(), name="attache-event-hub")
        try:
            yield listener
        finally:
            self._listeners.discard(listener)
            if not self._listeners:
                await self.close()

    async def announce(self, notices: Iterable[Notice]) -> None:
        """Publishes news of a change this process made; best-effort, as the worker's is."""
        messages = [encode(n) for n in notices]
        if not messages:
            return
        if self._publisher is None:
            self._publisher = redis.asyncio.Redis.from_url(
                self.redis_url,
                socket_timeout=PUBLISH_TIMEOUT_SECONDS,
                socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS,
            )
        try:
            for message in messages:
                await self._publisher.publish(channel_for(self.redis_url), message)
        except (redis.exceptions.RedisError, OSError) as exc:
            log.warning("could not announce %d notices on Redis: %s", len(messages), exc)

    async def close(self) -> None:
        publisher, self._publisher = self._publisher, None
        if publisher is not None:
            await publisher.aclose()
        reader, self._reader = self._reader, None
        self.subscribed.clear()
        if reader is not None:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader

    async def _read(self) -> None:
        failures = 0
        while True:
            try:
                await self._relay()
            except (redis.exceptions.RedisError, OSError) as exc:
                if self.subscribed.is_set():
                    failures = 0
                self.subscribed.clear()
                delay = RECONNECT_DELAYS[min(failures, len(RECONNECT_DELAYS) - 1)]
                failures += 1
                log.warning("event hub: Redis unavailable (%s); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)

    async def _relay(self) -> None:
        client = redis.asyncio.Redis.from_url(self.redis_url)
        try:
            async with client.pubsub() as pubsub:
                await pubsub.subscribe(channel_for(self.redis_url))
                self.epoch += 1
                self.subscribed.set()
                async for message in pubsub.listen():
                    if message.get("type") != "message":
                        continue
                    notice = decode(message["data"])
                    for listener in list(self._listeners):
                        if notice is not None:
                            listener.offer(notice)
        finally:
            await client.aclose()
