"""The worker's log lines name the Celery job and the article it is about."""

from __future__ import annotations

import logging

from attache.jobs import PROCESS_ARTICLE, SWEEP_STUCK
from attache_worker.logs import CeleryContext

ARTICLE = "art_0123456789abcdef01234567"


def celery_record(task_name: str, args: str) -> logging.LogRecord:
    """A line as Celery's main process writes it on receiving a job: its details as `data`."""
    details = {"id": "4f1c-job", "name": task_name, "args": args, "kwargs": "{}", "eta": None}
    record = logging.LogRecord(
        "celery.worker.strategy", logging.INFO, __file__, 1,
        "Task %(name)s[%(id)s] received", (details,), None,
    )  # fmt: skip
    record.data = details
    return record


def test_a_received_article_job_names_its_article_and_job() -> None:
    record = celery_record(PROCESS_ARTICLE, f"['{ARTICLE}']")
    CeleryContext().filter(record)
    assert (record.article_id, record.task_id) == (ARTICLE, "4f1c-job")


def test_other_jobs_name_no_article() -> None:
    record = celery_record(SWEEP_STUCK, "()")
    CeleryContext().filter(record)
    assert (record.article_id, record.task_id) == (None, "4f1c-job")


def test_an_article_named_by_the_call_is_kept() -> None:
    record = celery_record(PROCESS_ARTICLE, f"['{ARTICLE}']")
    record.article_id = "art_ffffffffffffffffffffffff"
    CeleryContext().filter(record)
    assert record.article_id == "art_ffffffffffffffffffffffff"
