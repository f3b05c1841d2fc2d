"""`attache submit` loads no NLP: it starts at once and needs no model."""

from __future__ import annotations

import subprocess
import sys


def test_the_submit_command_imports_neither_spacy_nor_the_extraction_package() -> None:
    script = (
        "import sys\n"
        "from attache_worker.cli import main\n"
        "from attache_worker.submit import command\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] == 'spacy'\n"
        "         or m.startswith('attache_worker.extraction')]\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
