"""Dead claims handed back to the queue, by every worker process, every few seconds.

A claim is dead when its holder is a process of this node that no longer exists (a pool process
killed: its whole batch comes back within seconds), or when its lease ran out (a worker that
died with its host or container: its batches come back one lease period after their last
renewal). Each article handed back is queued and its job sent again: the jobs of the other
articles of a batch were acknowledged when they found them processing, so no message would
bring them back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import claims_to_check, release_dead
from attache.db import unit_of_work
from attache_worker.leases import is_gone, node_prefix

log = logging.getLogger(__name__)

# Seconds between looks at most: a killed pool process's batch comes back about this soon.
LOOK_EVERY_MAX = 2.0

SendJob = Callable[[str], object]


def look_every(lease: timedelta) -> float:
    """Often enough that a lease that ran out is seen within a quarter period of it."""
    return min(LOOK_EVERY_MAX, lease.total_seconds() / 4)


def hand_back_dead_claims(sessions: sessionmaker[Session], send_job: SendJob) -> list[str]:
    """Queue the articles of dead claims and send their jobs again; returns their ids."""
    with unit_of_work(sessions) as session:
        held = claims_to_check(session, node_prefix())
        dead_holders = sorted({c.holder for c in held if c.holder and is_gone(c.holder)})
        dead = [c.article_id for c in held if c.lease_ran_out or c.holder in dead_holders]
        released = release_dead(session, dead, dead_holders)
    # After the commit, so the jobs find them queued. Were sending to fail, they stay queued
    # for the sweep (or a batch of another job) to take.
    for article_id in released:
        send_job(article_id)
    if released:
        log.warning(
            "handed back %d articles whose worker died (%s)",
            len(released),
            ", ".join(dead_holders) or "lease ran out",
        )
    return released


class Reaper:
    """`hand_back_dead_claims` in a background thread of a worker process until stopped."""

    def __init__(self, sessions: sessionmaker[Session], send_job: SendJob, every: float) -> None:
        self._sessions = sessions
        self._send_job = send_job
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="attache-reaper", daemon=True)

    def start(self) -> Reaper:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        # A first look at once: a pool process started in place of a killed one finds its
        # predecessor's batch.
        while True:
            try:
                hand_back_dead_claims(self._sessions, self._send_job)
            except Exception:  # the database or the broker is away; look again next time
                log.warning("could not look for dead claims", exc_info=True)
            if self._stop.wait(self._every):
                return
