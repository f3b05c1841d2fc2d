"""The real service for fault tests: uvicorn and a Celery worker (with its beat) as processes
that a test can kill, restart and point at private servers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.faults.servers import servers, wait_for


def clean_environment() -> dict[str, str]:
    """This process's environment without Attaché's settings: a developer's ATTACHE_API_KEYS
    or ATTACHE_DATABASE_URL must not leak into the service under test."""
    return {k: v for k, v in os.environ.items() if not k.startswith("ATTACHE_")}


class Service:
    """One API process and one worker process sharing a database and a broker."""

    def __init__(self, database_url: str, redis_url: str, logs: Path, **settings: str) -> None:
        self.port = servers.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.logs = logs
        env = clean_environment() | {"DATABASE_URL": database_url, "REDIS_URL": redis_url}
        self.env = env | {f"ATTACHE_{name.upper()}": value for name, value in settings.items()}
        self.api: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.worker_starts = 0

    def client(self, **headers: str) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, headers=headers)

    def start_api(self) -> None:
        cmd = ["-m", "uvicorn", "attache_api.app:app", "--port", str(self.port)]
        self.api = self._spawn([*cmd, "--host", "127.0.0.1"], "api.log")
        wait_for(self._api_ready, "the API answering /readyz", timeout=60)

    def start_worker(self) -> None:
        """A worker with its embedded beat, so the sweep of stuck articles runs too."""
        self.worker_starts += 1
        schedule = self.logs / f"beat-schedule-{self.worker_starts}"
        cmd = ["-m", "celery", "-A", "attache_worker.celery_app:app", "worker", "-B"]
        cmd += [f"--schedule={schedule}", "--concurrency=1", "--loglevel=INFO"]
        cmd += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
        self.worker = self._spawn(cmd, f"worker-{self.worker_starts}.log")

    def kill_worker(self) -> None:
        """SIGKILL to the worker, its pool and its beat at once: no chance to clean up."""
        assert self.worker is not None
        os.killpg(self.worker.pid, signal.SIGKILL)
        self.worker.wait(timeout=20)
        self.worker = None

    def stop(self) -> None:
        for proc in (self.api, self.worker):
            if proc is not None:
                _stop(proc)
        self.api = self.worker = None

    def log_tail(self, chars: int = 3000) -> str:
        parts = [f"--- {p.name}\n{p.read_text(errors='replace')[-chars:]}" for p in self._logs()]
        return "\n".join(parts)

    def _logs(self) -> list[Path]:
        return sorted(self.logs.glob("*.log"))

    def _api_ready(self) -> bool:
        if self.api is not None and self.api.poll() is not None:
            raise RuntimeError(f"the API exited early:\n{self.log_tail()}")
        try:
            return httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def _spawn(self, args: list[str], log_name: str) -> subprocess.Popen[bytes]:
        # A process group of its own, so a kill reaches the worker's pool and beat as well.
        with (self.logs / log_name).open("ab") as out:
            return subprocess.Popen(
                [sys.executable, *args],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                process_group=0,
            )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@contextmanager
def running(service: Service, *, worker: bool = True) -> Iterator[Service]:
    """The service started (API first, then the worker), stopped however the test ends."""
    try:
        service.start_api()
        if worker:
            service.start_worker()
        yield service
    finally:
        service.stop()
