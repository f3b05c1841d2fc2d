"""The compose file scales: `docker compose up --scale worker=N` starts N interchangeable workers
and still one beat. (No Docker daemon runs in the test environment; this reads the files.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict[str, Any]:
    services: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return services["services"]


def worker_command() -> str:
    dockerfile = (ROOT / "services" / "worker" / "Dockerfile").read_text()
    [command] = [line for line in dockerfile.splitlines() if line.startswith("CMD")]
    return command


def test_workers_have_nothing_that_two_replicas_could_not_share() -> None:
    worker = compose()["worker"]
    assert "container_name" not in worker
    assert "hostname" not in worker  # Celery names each worker after its container
    assert "ports" not in worker  # a published port could be bound by one replica only
    assert '"worker"' in worker_command()


def test_beat_runs_once_beside_the_workers_not_in_each() -> None:
    services = compose()
    assert "-B" not in worker_command()
    assert "--beat" not in worker_command()
    beat = services["beat"]
    assert beat["command"][3] == "beat"
    assert "deploy" not in beat
    others = [name for name, s in services.items() if "beat" in str(s.get("command", ""))]
    assert others == ["beat"]


def test_flower_is_there_on_demand() -> None:
    flower = compose()["flower"]
    assert flower["profiles"] == ["monitoring"]
    assert "flower" in flower["command"]
