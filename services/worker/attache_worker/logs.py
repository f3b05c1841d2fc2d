"""The worker's logs: Celery's own text by default; with `ATTACHE_LOG_FORMAT=json`, one JSON
object per line (`attache.logs`), each naming the Celery task and the article it is about."""

from __future__ import annotations

import logging
import re
from typing import Any

from celery import Task, current_task
from celery.signals import celeryd_init, setup_logging, task_postrun, task_prerun

from attache.jobs import PROCESS_ARTICLE
from attache.logs import ARTICLE_ID, use_json_logs
from attache.settings import Settings

ARTICLE_ID_IN_ARGS = re.compile(r"art_[0-9a-f]{24}")


def install(settings: Settings) -> None:
    """Wire the worker's logging to Celery's signals; call once, where the app is made."""
    task_prerun.connect(_enter_article, weak=False)
    task_postrun.connect(_leave_article, weak=False)
    if settings.log_format != "json":
        return

    def json_logs(**_: Any) -> None:
        use_json_logs(settings.log_level, CeleryContext())

    # From the import on, so that even the warnings Celery gives before its set-up are JSON.
    json_logs()
    logging.captureWarnings(True)
    # Connected, this signal replaces Celery's own logging set-up (and its stdout redirection).
    setup_logging.connect(json_logs, weak=False)
    celeryd_init.connect(_no_banner, weak=False)


class CeleryContext(logging.Filter):
    """Names the task a line is about and, for an article's job, the article.

    Inside a job, the article comes from its context (set for the job's whole run, and by the
    batch code for each article it stores). Celery's lines about a job written outside it
    (received, by the main process) carry the job's details, arguments included, as `data`.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        data = getattr(record, "data", None)
        details = data if isinstance(data, dict) else {}
        task_id = details.get("id") or (current_task.request.id if current_task else None)
        if getattr(record, "task_id", None) is None:
            record.task_id = task_id
        if getattr(record, "article_id", None) is None:
            record.article_id = _article_in(details)
        return True


def _article_in(job: dict[str, Any]) -> str | None:
    if job.get("name") != PROCESS_ARTICLE:
        return None
    found = ARTICLE_ID_IN_ARGS.search(str(job.get("args", "")))
    return found.group() if found else None


def _enter_article(task: Task[Any, Any], args: tuple[Any, ...], **_: Any) -> None:
    if task.name == PROCESS_ARTICLE and args:
        ARTICLE_ID.set(str(args[0]))


def _leave_article(**_: Any) -> None:
    ARTICLE_ID.set(None)


def _no_banner(instance: Any, **_: Any) -> None:
    """Celery prints its start-up banner as plain text; in a JSON log it would be noise."""
    instance.quiet = True
