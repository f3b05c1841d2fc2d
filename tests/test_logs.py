"""Structured logs: one JSON object per line, naming the article a line is about."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from attache.logs import ArticleContext, JsonFormatter, about_article

ARTICLE = "art_0123456789abcdef01234567"


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    """A logger whose lines go, as JSON, into the yielded buffer."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(ArticleContext())
    logger = logging.getLogger("tests.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield out
    logger.removeHandler(handler)


def parsed(out: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_line_inside_an_article_names_it(lines: io.StringIO) -> None:
    logger = logging.getLogger("tests.logs")
    with about_article(ARTICLE):
        logger.info("stored %d actors", 3)
    logger.info("idle")

    inside, outside = parsed(lines)
    assert inside["article_id"] == ARTICLE
    assert (inside["level"], inside["logger"], inside["message"]) == (
        "INFO", "tests.logs", "stored 3 actors"
    )  # fmt: skip
    assert str(inside["time"]).endswith("+00:00")
    assert "article_id" not in outside


def test_another_thread_does_not_inherit_the_article(lines: io.StringIO) -> None:
    logger = logging.getLogger("tests.logs")
    with about_article(ARTICLE):
        thread = threading.Thread(target=logger.info, args=("elsewhere",))
        thread.start()
        thread.join()

    [line] = parsed(lines)
    assert "article_id" not in line


def test_an_exception_is_kept_in_the_line(lines: io.StringIO) -> None:
    try:
        raise ValueError("bad text")
    except ValueError:
        logging.getLogger("tests.logs").exception("extraction failed")

    [line] = parsed(lines)
    assert "ValueError: bad text" in str(line["exception"])


def test_json_logs_take_over_loggers_that_had_their_own_handlers() -> None:
    """As uvicorn's do: after use_json_logs, their lines come out as JSON too."""
    script = (
        "import logging, sys\n"
        "from attache.logs import use_json_logs\n"
        "server = logging.getLogger('server')\n"
        "server.addHandler(logging.StreamHandler(sys.stderr))\n"
        "server.propagate = False\n"
        "use_json_logs('INFO')\n"
        "server.info('started on port %d', 8000)\n"
        "logging.getLogger('app').debug('not at INFO')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    [line] = [json.loads(text) for text in done.stderr.splitlines()]
    assert (line["logger"], line["message"]) == ("server", "started on port 8000")
