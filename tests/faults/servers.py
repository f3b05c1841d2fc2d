"""Private Redis and PostgreSQL servers that a fault test may stop and start again.

`scripts/servers.py` finds the binaries and starts throwaway servers; these keep the same port
and data across a stop, so the service under test can reconnect to them. Never the machine's
shared servers: each one here is started on a free port and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.scripts import load_script

START_TIMEOUT = 30.0


servers = load_script("servers")


def wait_for(ready: Callable[[], bool], what: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout}s")
        time.sleep(0.1)


class PrivateRedis:
    """A redis-server on a fixed free port; `stop` and `start` keep the port, not the data.

    Without persistence a restart loses every queued message, as a crashed cache would.
    """

    def __init__(self) -> None:
        binary = servers.redis_binary()
        if binary is None:
            raise LookupError("no redis-server binary")
        self.binary = Path(binary)
        self.port = servers.free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="attache-faults-redis-"))
        self.proc: subprocess.Popen[bytes] | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def answers(self) -> bool:
        return bool(servers.redis_answers(self.url()))

    def start(self) -> None:
        options = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        options += ["--appendonly", "no", "--dir", str(self.workdir)]
        with (self.workdir / "redis.log").open("ab") as log:
            self.proc = subprocess.Popen(
                [str(self.binary), *options],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                process_group=0,  # a Ctrl-C meant for pytest does not stop it behind our back
            )
        wait_for(self.answers, f"redis on port {self.port} answering")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=20)
        self.proc = None

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


class PrivatePostgres:
    """A PostgreSQL cluster driven by pg_ctl on a fixed free port, so it can be restarted."""

    def __init__(self) -> None:
        bindir = servers.postgres_bindir()
        if bindir is None or not (Path(bindir) / "pg_ctl").is_file():
            raise LookupError("no PostgreSQL server binaries with pg_ctl")
        self.bindir = Path(bindir)
        self.port = servers.free_port()
        # PostgreSQL refuses to run as root; as root, the cluster belongs to `nobody`.
        self.drop = servers._as_nobody()
        # A short path: the socket lives here too.
        self.workdir = Path(tempfile.mkdtemp(prefix="attache-faults-pg-"))
        if self.drop:
            shutil.chown(self.workdir, self.drop["user"], self.drop["group"])
        self.data = self.workdir / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def answers(self) -> bool:
        return bool(servers.postgres_answers(self.url()))

    def init(self) -> None:
        options = ["-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]
        self._run("initdb", "-D", self.data, *options)

    def start(self) -> None:
        # Durability is pointless for a cluster deleted at the end; turning it off is faster.
        options = f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1"
        options += " -c fsync=off -c synchronous_commit=off"
        log = self.workdir / "postgres.log"
        self._run("pg_ctl", "-D", self.data, "-l", log, "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """`fast` ends every session at once, as a restart or a failover does."""
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.workdir, ignore_errors=True)

    def _run(self, tool: str, *args: str | Path, check: bool = True) -> None:
        cmd = [str(self.bindir / tool), *map(str, args)]
        done = subprocess.run(cmd, cwd=self.workdir, capture_output=True, **self.drop)
        if check and done.returncode != 0:
            output = (done.stdout + done.stderr).decode(errors="replace")
            raise RuntimeError(f"{tool} failed ({done.returncode}):\n{output}")


def stop_process_group(process: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM to the process's group, SIGKILL after `grace` seconds; nothing if it has ended."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextmanager
def running_redis(needed_by: str) -> Iterator[PrivateRedis]:
    """A started private Redis, removed afterwards; skips when redis-server is missing."""
    try:
        server = PrivateRedis()
    except LookupError as exc:
        pytest.skip(f"{needed_by} need redis-server: {exc}")
    try:
        server.start()
        yield server
    finally:
        server.remove()


@contextmanager
def running_postgres(needed_by: str) -> Iterator[PrivatePostgres]:
    """A started private PostgreSQL cluster, removed afterwards; skips when the server binaries
    are missing."""
    try:
        cluster = PrivatePostgres()
    except LookupError as exc:
        pytest.skip(f"{needed_by} need PostgreSQL server binaries: {exc}")
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        cluster.remove()
