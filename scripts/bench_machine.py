"""The machine and the versions a benchmark ran on, read from /proc and the packages."""

from __future__ import annotations

import os
import platform
from importlib.metadata import version
from pathlib import Path

from attache.settings import get_settings


def describe_machine() -> dict[str, str]:
    settings = get_settings()
    model = settings.spacy_model
    return {
        "CPU": _cpuinfo("model name") or platform.processor() or "unknown",
        "Cores": f"{len(os.sched_getaffinity(0))} usable of {os.cpu_count()}",
        "RAM": f"{_meminfo_gib():.1f} GiB",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "spaCy": version("spacy"),
        "Model": f"{model} {version(model.replace('_', '-'))}",
        "NER component": settings.ner_model or "the model's own",
        "SQLAlchemy": version("sqlalchemy"),
        "Celery": version("celery"),
        "uvicorn": version("uvicorn"),
        "Load average at start": load_average(),
    }


def load_average() -> str:
    """Other work on the machine during the run skews every figure; this says how much."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"


def _cpuinfo(key: str) -> str | None:
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, value = line.partition(":")
        if name.strip() == key:
            return value.strip()
    return None


def _meminfo_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0
