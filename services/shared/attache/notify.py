"""News of the graph, from the worker to every API process, over Redis pub/sub.

The worker publishes after each commit: an article's new status, and the actors and initiatives
an article's extraction added or changed. Every API process listens on the one channel and hands
the news to its GraphQL subscriptions, so a client connected to any replica hears of work done
by any worker. Pub/sub keeps nothing: a message sent while a listener is away is lost, which is
why a subscription to an article's status also re-reads it now and then (see attache_api.events).

Publishing is best-effort: the work is committed before it is announced, and a Redis that does
not answer must not fail it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

import orjson
import redis
import redis.exceptions

from attache.settings import Settings

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "attache:events"
# A notice must not hold up the work it announces for long.
PUBLISH_TIMEOUT_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class ArticleStatusChanged:
    article_id: str
    status: str
    error: str | None = None


@dataclass(frozen=True, slots=True)
class GraphChanged:
    """What storing one article's extraction touched: the merged rows it added or changed,
    and those it stopped naming when stored again (which may since be gone)."""

    article_id: str
    actor_ids: tuple[str, ...]
    initiative_ids: tuple[str, ...]


Notice = ArticleStatusChanged | GraphChanged


def channel_for(redis_url: str) -> str:
    """The channel of the Redis database `redis_url` names. Pub/sub ignores database numbers,
    so two deployments sharing a server on databases of their own would hear each other."""
    parts = urlsplit(redis_url)
    in_path = parts.path.strip("/") if parts.scheme != "unix" else ""
    database = in_path or parse_qs(parts.query).get("db", ["0"])[0]
    return f"{CHANNEL_PREFIX}:{database}"


def encode(notice: Notice) -> bytes:
    kind = "status" if isinstance(notice, ArticleStatusChanged) else "graph"
    return orjson.dumps({"kind": kind, **_fields(notice)})


def decode(raw: bytes | str) -> Notice | None:
    """The notice in a message, or None for anything this version does not know."""
    try:
        data = orjson.loads(raw)
        if data.get("kind") == "status":
            return ArticleStatusChanged(str(data["article_id"]), str(data["status"]), data["error"])
        if data.get("kind") == "graph":
            return GraphChanged(
                str(data["article_id"]),
                tuple(str(i) for i in data["actor_ids"]),
                tuple(str(i) for i in data["initiative_ids"]),
            )
    except (orjson.JSONDecodeError, AttributeError, KeyError, TypeError):
        pass
    return None


def _fields(notice: Notice) -> dict[str, Any]:
    if isinstance(notice, ArticleStatusChanged):
        return {"article_id": notice.article_id, "status": notice.status, "error": notice.error}
    return {
        "article_id": notice.article_id,
        "actor_ids": list(notice.actor_ids),
        "initiative_ids": list(notice.initiative_ids),
    }


class Notifier(Protocol):
    def publish(self, notices: Iterable[Notice]) -> None: ...


class Silent:
    """For callers with nobody to tell: the `attache extract` CLI, tests of the pipeline."""

    def publish(self, notices: Iterable[Notice]) -> None:
        pass


class RedisNotifier:
    """Publishes on the database's channel; thread-safe (the worker stores articles from a
    helper thread)."""

    def __init__(self, redis_url: str) -> None:
        self.redis_url = redis_url
        self.channel = channel_for(redis_url)

    @cached_property
    def _client(self) -> redis.Redis:
        return redis.Redis.from_url(
            self.redis_url,
            socket_timeout=PUBLISH_TIMEOUT_SECONDS,
            socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS,
        )

    def publish(self, notices: Iterable[Notice]) -> None:
        messages = [encode(n) for n in notices]
        if not messages:
            return
        try:
            with self._client.pipeline(transaction=False) as pipe:
                for message in messages:
                    pipe.publish(self.channel, message)
                pipe.execute()
        except (redis.exceptions.RedisError, OSError) as exc:
            log.warning("could not announce %d notices on Redis: %s", len(messages), exc)


def news_travels(settings: Settings) -> bool:
    """Whether Redis carries news: not with Celery's in-memory broker, where no Redis runs."""
    return not settings.effective_broker_url.startswith("memory://")


def notifier_for(settings: Settings) -> Notifier:
    return RedisNotifier(settings.redis_url) if news_travels(settings) else Silent()


def statuses(article_ids: Sequence[str], status: str) -> list[ArticleStatusChanged]:
    return [ArticleStatusChanged(article_id, status) for article_id in article_ids]
