"""The service as a cluster runs it: one API and any number of worker processes sharing one
broker and one database, each worker serving its metrics on a port of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import redis
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import private_postgres_database
from tests.faults.servers import (
    PrivatePostgres,
    PrivateRedis,
    servers,
    stop_process_group,
    wait_for,
)

ATTACHE = str(Path(sys.executable).with_name("attache"))
MODEL_LOADED = "model loaded"


@dataclass
class Worker:
    name: str
    process: subprocess.Popen[bytes]
    log: Path
    metrics_port: int

    def metric(self, name: str, **labels: str) -> float:
        text = httpx.get(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=10).text
        return sum(
            sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
            if sample.name == name and sample.labels == labels
        )

    def log_lines(self) -> list[str]:
        return self.log.read_text(errors="replace").splitlines()


@dataclass
class Run:
    """One API and its workers on a fresh database."""

    url: str
    database_url: str
    env: dict[str, str]
    workers: list[Worker] = field(default_factory=list)

    def submit(self, feed: Path) -> subprocess.CompletedProcess[str]:
        """`attache submit --wait`: every article followed to done or failed."""
        return subprocess.run(
            [ATTACHE, "submit", "--wait", "--url", self.url, str(feed)],
            env=self.env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip


class Cluster:
    def __init__(self, redis_server: PrivateRedis, postgres: PrivatePostgres, logs: Path) -> None:
        self.redis_server = redis_server
        self.postgres = postgres
        self.logs = logs
        self.runs = 0

    @contextmanager
    def run(self, workers: int, **settings: str) -> Iterator[Run]:
        """A fresh database and an empty queue, the API, and `workers` worker processes whose
        pool has loaded the model; all stopped at the end."""
        self.runs += 1
        redis_url = self.redis_server.url()
        redis.Redis.from_url(redis_url).flushdb()
        with private_postgres_database(self.postgres.url()) as database_url, ExitStack() as stack:
            env = {k: v for k, v in os.environ.items() if not k.startswith("ATTACHE_")}
            env |= {"DATABASE_URL": database_url, "REDIS_URL": redis_url}
            env |= {f"ATTACHE_{name.upper()}": value for name, value in settings.items()}
            port = servers.free_port()
            run = Run(f"http://127.0.0.1:{port}", database_url, env)
            api = ["-m", "uvicorn", "attache_api.app:app", "--host", "127.0.0.1"]
            stack.callback(
                stop_process_group, self._spawn([*api, "--port", str(port)], env, "api"), 30
            )
            wait_for(lambda: _answers(f"{run.url}/readyz"), "the API answering", timeout=60)
            for number in range(workers):
                worker = self._worker(number, env)
                stack.callback(stop_process_group, worker.process, 30)
                run.workers.append(worker)
            for worker in run.workers:
                wait_for(lambda w=worker: _logged(w, MODEL_LOADED), f"{worker.name}", timeout=180)
            yield run

    def _worker(self, number: int, env: dict[str, str]) -> Worker:
        name = f"run{self.runs}-worker{number}"
        port = servers.free_port()
        cmd = ["-m", "celery", "-A", "attache_worker.celery_app:app", "worker"]
        cmd += ["--concurrency=1", f"--hostname={name}@%h", "--loglevel=INFO"]
        cmd += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
        worker_env = env | {"ATTACHE_WORKER_METRICS_PORT": str(port)}
        return Worker(name, self._spawn(cmd, worker_env, name), self.logs / f"{name}.log", port)

    def _spawn(self, args: list[str], env: dict[str, str], name: str) -> subprocess.Popen[bytes]:
        with (self.logs / f"{name}.log").open("wb") as out:
            return subprocess.Popen(
                [sys.executable, *args], env=env, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, process_group=0,
            )  # fmt: skip


def write_feed(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _logged(worker: Worker, needle: str) -> bool:
    if worker.process.poll() is not None:
        raise RuntimeError(f"{worker.name} exited:\n" + "\n".join(worker.log_lines()[-30:]))
    return any(needle in line for line in worker.log_lines())
