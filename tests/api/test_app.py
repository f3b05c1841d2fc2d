"""The API process stays light: it never loads spaCy or the worker."""

from __future__ import annotations

import subprocess
import sys

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
