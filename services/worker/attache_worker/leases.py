"""Who holds a claim, and the heartbeat that keeps a batch's claims alive while it is worked on.

A holder is named `<node>:<pid>`: the node is made once per worker (in its main process, before
the pool processes are forked, so they all share it) and the pid tells its processes apart.
Within one node a holder's liveness can be checked directly; a worker elsewhere only knows that
a holder stopped renewing its lease.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import Lease, renew
from attache.db import unit_of_work

log = logging.getLogger(__name__)

# The hostname for people reading the table; the random part because hostnames repeat (two
# containers given the same name, a worker restarted on the same host).
NODE = f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"
# Renewals per lease period: three can fail (a database hiccup) before the lease runs out.
RENEWALS_PER_LEASE = 4


def holder_name() -> str:
    """This process's name on the claims it makes."""
    return f"{NODE}:{os.getpid()}"


def node_prefix() -> str:
    return f"{NODE}:"


def is_gone(claim_holder: str) -> bool:
    """A holder of this node whose process no longer exists. Holders of other nodes cannot be
    checked from here: False, and their leases tell."""
    node, _, pid = claim_holder.rpartition(":")
    if node != NODE or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # it exists, as another user
        return False
    return False


def renew_every(duration: timedelta) -> float:
    return duration.total_seconds() / RENEWALS_PER_LEASE


@contextmanager
def kept_alive(
    sessions: sessionmaker[Session], lease: Lease, article_ids: Sequence[str]
) -> Iterator[None]:
    """Renew the lease on the articles in a thread of their own for as long as the block runs,
    however long the model or the database takes; when the process dies, renewals stop."""
    if not article_ids:
        yield
        return
    stop = threading.Event()
    beat = threading.Thread(
        target=_renew_until,
        args=(sessions, lease, list(article_ids), stop),
        name="attache-lease",
        daemon=True,
    )
    beat.start()
    try:
        yield
    finally:
        stop.set()
        beat.join()


def _renew_until(
    sessions: sessionmaker[Session], lease: Lease, article_ids: list[str], stop: threading.Event
) -> None:
    every = renew_every(lease.duration)
    while not stop.wait(every):
        try:
            with unit_of_work(sessions) as session:
                renew(session, lease, article_ids)
        except Exception:  # the next beat tries again; the store itself reports what is wrong
            log.warning("could not renew the lease on %d articles", len(article_ids), exc_info=True)
