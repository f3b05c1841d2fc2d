"""Structured logs (`ATTACHE_LOG_FORMAT=json`): one JSON object per line on standard error.

Each line says when, how severe, which logger and what happened. A line written while a worker
handles an article also names it (`article_id`), so one article's story can be pulled out of a
busy log with a single filter (`jq 'select(.article_id == "art_…")'`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

ARTICLE_ID: ContextVar[str | None] = ContextVar("attache_article_id", default=None)

# Record attributes copied into the JSON line when a filter or the logging call set them.
CONTEXT_FIELDS = ("article_id", "task_id")


@contextmanager
def about_article(article_id: str) -> Iterator[None]:
    """Every line logged in this block, by this thread or task, names the article."""
    token = ARTICLE_ID.set(article_id)
    try:
        yield
    finally:
        ARTICLE_ID.reset(token)


class ArticleContext(logging.Filter):
    """Stamps the article of the current context on each record, unless the call named one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "article_id", None) is None:
            record.article_id = ARTICLE_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        for name in CONTEXT_FIELDS:
            value = getattr(record, name, None)
            if value:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def use_json_logs(level: str | int, *filters: logging.Filter) -> logging.Handler:
    """Send every logger's lines through one JSON handler on standard error, at `level`.

    Loggers that brought handlers of their own (uvicorn's, for one) give them up and pass their
    lines on to it, so no line escapes in another format. `filters` run after the article
    context, to add what only the caller knows.
    """
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    for extra in (ArticleContext(), *filters):
        handler.addFilter(extra)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for logger in list(logging.root.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger) and logger.handlers:
            logger.handlers.clear()
            logger.propagate = True
    return handler
