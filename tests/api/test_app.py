"""The API process stays light: it never loads spaCy or the worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHECK = """
import sys
import attache_api.app
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"spacy", "thinc", "attache_worker"})
print(",".join(heavy))
"""


def test_importing_the_api_loads_neither_spacy_nor_the_worker() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_with_json_logs_the_api_writes_every_line_as_json(tmp_path: Path) -> None:
    """Turned on as uvicorn loads the app, so uvicorn's own lines that follow are JSON too."""
    script = (
        "import logging\n"
        "import attache_api.app\n"
        "logging.getLogger('uvicorn.error').info('Started server process [1]')\n"
        "logging.getLogger('attache_api.submission').warning('broker unavailable')\n"
    )
    env = {
        **os.environ,
        "ATTACHE_LOG_FORMAT": "json",
        "ATTACHE_DATABASE_URL": f"sqlite:///{tmp_path / 'api.db'}",
        "ATTACHE_BROKER_URL": "memory://",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
        timeout=60,
    )  # fmt: skip
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert [(line["logger"], line["level"]) for line in lines] == [
        ("uvicorn.error", "INFO"),
        ("attache_api.submission", "WARNING"),
    ]
