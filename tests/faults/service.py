"""The real service for fault tests: uvicorn and a Celery worker (with its beat) as processes
that a test can kill, restart and point at private servers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.faults.servers import servers, stop_process_group, wait_for


def clean_environment() -> dict[str, str]:
    """This process's environment without Attaché's settings: a developer's ATTACHE_API_KEYS
    or ATTACHE_DATABASE_URL must not leak into the service under test."""
    return {k: v for k, v in os.environ.items() if not k.startswith("ATTACHE_")}


def submit(client: httpx.Client, text: str) -> str:
    """Submits a new article (202 expected); its id."""
    response = client.post("/v1/articles", json={"text": text})
    assert response.status_code == 202, response.text
    article_id: str = response.json()["id"]
    return article_id


class Service:
    """One API process and worker processes sharing a database and a broker."""

    def __init__(self, database_url: str, redis_url: str, logs: Path, **settings: str) -> None:
        self.port = servers.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.logs = logs
        env = clean_environment() | {"DATABASE_URL": database_url, "REDIS_URL": redis_url}
        self.env = env | {f"ATTACHE_{name.upper()}": value for name, value in settings.items()}
        self.api: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []
        self.worker_starts = 0

    def client(self, **headers: str) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, headers=headers)

    def submit_all(self, texts: Iterable[str]) -> list[str]:
        """Submits each text as a new article; their ids, in order."""
        with self.client() as client:
            return [submit(client, text) for text in texts]

    def start_api(self) -> None:
        cmd = ["-m", "uvicorn", "attache_api.app:app", "--port", str(self.port)]
        self.api = self._spawn([*cmd, "--host", "127.0.0.1"], "api.log")
        wait_for(self._api_ready, "the API answering /readyz", timeout=60)

    def start_worker(self, concurrency: int = 1) -> subprocess.Popen[bytes]:
        """A worker with its embedded beat, so the sweep of stuck articles runs too."""
        self.worker_starts += 1
        schedule = self.logs / f"beat-schedule-{self.worker_starts}"
        cmd = ["-m", "celery", "-A", "attache_worker.celery_app:app", "worker", "-B"]
        cmd += [f"--schedule={schedule}", f"--concurrency={concurrency}", "--loglevel=INFO"]
        cmd += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
        worker = self._spawn(cmd, f"worker-{self.worker_starts}.log")
        self.workers.append(worker)
        return worker

    @property
    def worker(self) -> subprocess.Popen[bytes]:
        """The worker started last."""
        return self.workers[-1]

    def kill_worker(self) -> None:
        """SIGKILL to the last worker, its pool and its beat at once: no chance to clean up."""
        worker = self.workers.pop()
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=20)

    def kill_pool_processes(self, pids: set[int]) -> None:
        """SIGKILL to these pool processes of a worker, as the OOM killer would; the worker's
        main process lives on and starts new ones."""
        for pid in pids:
            assert _parent(pid) in {w.pid for w in self.workers}, f"{pid} is no pool process"
            os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        for proc in [self.api, *self.workers]:
            if proc is not None:
                stop_process_group(proc, grace=20)
        self.api = None
        self.workers = []

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


def _parent(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])  # after the command, which may hold spaces


@contextmanager
def running(service: Service, *, worker: bool = True, concurrency: int = 1) -> Iterator[Service]:
    """The service started (API first, then the worker), stopped however the test ends."""
    try:
        service.start_api()
        if worker:
            service.start_worker(concurrency)
        yield service
    finally:
        service.stop()
