"""What fault tests do to a worker's pool processes while it runs, and what they see meanwhile:
each article's states as they change, a pool process slowed down, one killed whenever it holds a
given article."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, select

from attache.articles.models import Article
from tests.faults.service import Service
from tests.faults.storage import holder_pid

State = tuple[str, str | None]  # status, holder of the claim


@dataclass
class Watch:
    """Polls every article's status and claim holder, keeping each change with its time."""

    engine: Engine
    every: float = 0.05
    changes: dict[str, list[tuple[float, State]]] = field(default_factory=dict)

    @contextmanager
    def running(self) -> Iterator[Watch]:
        try:
            with polling(self.look, self.every):
                yield self
        finally:
            # The last poll may predate the change the block waited for: look once more.
            self.look()

    def states(self, article_id: str) -> list[State]:
        return [state for _, state in self.changes.get(article_id, [])]

    def first(self, article_id: str, status: str) -> float:
        return min(t for t, (s, _) in self.changes[article_id] if s == status)

    def look(self) -> None:
        stmt = select(Article.id, Article.status, Article.claimed_by)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        now = time.monotonic()
        for article_id, status, holder in rows:
            seen = self.changes.setdefault(article_id, [])
            if not seen or seen[-1][1] != (status, holder):
                seen.append((now, (status, holder)))


@contextmanager
def slowed_down(pid: int, *, runs: float, every: float) -> Iterator[None]:
    """The process runs `runs` seconds out of every `every` (SIGSTOP, SIGCONT) for as long as
    the block lasts: alive, and its threads all run, but a great deal slower, as on a host
    overloaded or a container throttled to a sliver of a core."""
    done = threading.Event()

    def throttle() -> None:
        while not done.is_set():
            os.kill(pid, signal.SIGSTOP)
            done.wait(every - runs)
            os.kill(pid, signal.SIGCONT)
            time.sleep(runs)

    thread = threading.Thread(target=throttle, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join(timeout=10)
        os.kill(pid, signal.SIGCONT)


@dataclass
class Killer:
    """Kills the pool process holding `article_id`, each time one claims it: an article whose
    text brings down any worker that reads it (memory, a crash in native code)."""

    service: Service
    engine: Engine
    article_id: str
    killed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @contextmanager
    def running(self) -> Iterator[Killer]:
        with polling(self.look, every=0.02):
            yield self

    def look(self) -> None:
        stmt = select(Article.status, Article.claimed_by).where(Article.id == self.article_id)
        with self.engine.connect() as conn:
            status, holder = conn.execute(stmt).one()
        if status == "processing" and holder and holder not in self.killed:
            self.killed.append(holder)
            try:
                self.service.kill_pool_processes({holder_pid(holder)})
            except (AssertionError, OSError) as exc:
                self.errors.append(f"{holder}: {exc!r}")


@contextmanager
def polling(look: Callable[[], None], every: float) -> Iterator[None]:
    """Calls `look` every `every` seconds in a thread of its own for as long as the block lasts."""
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            look()
            time.sleep(every)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=10)


def wait_for(condition: Callable[[], bool], timeout: float, every: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(every)
    return True
