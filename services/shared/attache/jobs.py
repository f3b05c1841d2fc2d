"""The Celery application both sides share: the API sends by task name, the worker runs them.

Only configuration lives here, so the API can enqueue without importing the worker (or spaCy).
"""

from __future__ import annotations

from celery import Celery

from attache.settings import Settings

PROCESS_ARTICLE = "attache.process_article"
SWEEP_STUCK = "attache.sweep_stuck_articles"
QUEUE = "attache"
BROKER_TIMEOUT_SECONDS = 2.0
POOL_PROCESS_START_SECONDS = 60.0


def make_celery(settings: Settings) -> Celery:
    app = Celery("attache", broker=settings.effective_broker_url)
    app.conf.update(
        task_default_queue=QUEUE,
        task_serializer="json",
        accept_content=["json"],
        result_backend=None,
        task_ignore_result=True,
        # A task is acknowledged only when it has finished, and handed back to the queue if the
        # pool process running it dies, so a killed worker loses no article.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # A pool process loads the spaCy model before it reports that it is up. Celery allows
        # 4 s for that, and on a busy host kills it mid-load, then its replacement, and so on:
        # a pool process killed would not be replaced for as long as the host stayed busy.
        worker_proc_alive_timeout=POOL_PROCESS_START_SECONDS,
        broker_connection_retry_on_startup=True,
        # Fail fast when the broker is down at submit time; the sweep re-enqueues later.
        # Without socket timeouts a broker that hangs (stopped, or gone without closing the
        # connection) would hold a publish forever; 2 s stays above the consumer's 1 s BRPOP.
        broker_transport_options={
            "max_retries": 1,
            "interval_start": 0,
            "interval_step": 0.2,
            "socket_connect_timeout": BROKER_TIMEOUT_SECONDS,
            "socket_timeout": BROKER_TIMEOUT_SECONDS,
            **redelivery_options(settings),
        },
        broker_connection_timeout=BROKER_TIMEOUT_SECONDS,
        # One retry, not Celery's three: a request waits at most about two timeouts.
        task_publish_retry_policy={"max_retries": 1, "interval_start": 0, "interval_step": 0.2},
        worker_hijack_root_logger=False,
        beat_schedule={"sweep-stuck-articles": sweep_schedule(settings)},
    )
    return app


def redelivery_options(settings: Settings) -> dict[str, float]:
    """Redis hands back the unacknowledged jobs of a worker that died (its whole process, so
    nothing rejected them) once they are a lease period old, as the leases hand back their
    articles; a live worker looks for them a few times per period (by default kombu scans
    only every 100 s, for jobs an hour old).

    A job running longer than that is handed out again while it runs; that copy finds its
    article under a live lease and returns, so only the lease decides who works on an article.
    """
    return {
        "visibility_timeout": settings.lease_seconds,
        "unacked_restore_interval": max(1.0, settings.lease_seconds / 4),
        "unacked_restore_throttle": 1,
    }


def sweep_schedule(settings: Settings) -> dict[str, object]:
    """Four looks per timeout bound how long a stuck article waits; the sweep is one indexed
    query, cheap enough to run every second when the timeout is short.

    A sweep still queued when the next one is due (the worker was busy) is dropped, not run:
    the next one does the same work, so a busy worker does not come back to a pile of them.
    """
    every = max(1.0, settings.stuck_after_seconds / 4)
    return {"task": SWEEP_STUCK, "schedule": every, "options": {"expires": every}}


class JobBuffer:
    """Jobs asked for during one request, sent only once the request has committed.

    Sending before the commit could start a worker on a row it cannot see yet; sending after a
    rollback would process an article that was never stored.
    """

    def __init__(self) -> None:
        self._jobs: list[tuple[str, tuple[str, ...]]] = []

    def enqueue(self, task_name: str, *args: str) -> None:
        self._jobs.append((task_name, args))

    def clear(self) -> None:
        self._jobs.clear()

    def send_all(self, app: Celery) -> None:
        """Send every buffered job; raises on a broker failure after clearing the buffer."""
        jobs, self._jobs = self._jobs, []
        for name, args in jobs:
            app.send_task(name, args=list(args))
