"""The real service for end-to-end tests: uvicorn serving the API and a Celery worker process,
on the real Redis (a database index of their own) and a fresh PostgreSQL database."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import redis

from tests.conftest import private_postgres_database

E2E_REDIS_DB = 13


@dataclass
class Service:
    url: str
    env: dict[str, str]
    log_dir: Path

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _redis_url() -> str:
    base = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    return base.rsplit("/", 1)[0] + f"/{E2E_REDIS_DB}"


def _start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"API exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    pytest.fail(f"API not ready in time:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


@pytest.fixture(scope="module")
def service(
    postgres_server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    with private_postgres_database(postgres_server_url) as database_url:
        yield from _run_service(database_url, tmp_path_factory)


def _run_service(
    postgres_database: str,
    tmp_path_factory: pytest.TempPathFactory,
    settings: dict[str, str] | None = None,
) -> Iterator[Service]:
    """The API and a worker on the database; `settings` adds to their environment."""
    redis_url = _redis_url()
    redis.Redis.from_url(redis_url).flushdb()
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": postgres_database, "REDIS_URL": redis_url}
    env |= {"ATTACHE_WORKER_METRICS_PORT": "0", **(settings or {})}
    env.pop("ATTACHE_BROKER_URL", None)
    logs = tmp_path_factory.mktemp("e2e-logs")
    worker = _start(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "attache_worker.celery_app:app",
            "worker",
            "--concurrency=1",
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
        ],
        env,
        logs / "worker.log",
    )
    api = _start(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "attache_api.app:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env,
        logs / "api.log",
    )
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", api, logs / "api.log")
        yield Service(f"http://127.0.0.1:{port}", env, logs)
    finally:
        _stop(api)
        _stop(worker)
        redis.Redis.from_url(redis_url).flushdb()
