from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

ARTICLE = "Tokyo and Manila signed a reciprocal access agreement on Monday, officials said."
# The console script installed beside this interpreter: what users and the scorers run.
ATTACHE = [str(Path(sys.executable).with_name("attache"))]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*ATTACHE, *args], input=stdin, capture_output=True, text=True, timeout=300, check=False
    )


def test_extract_files_prints_one_line_per_input_in_order(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("Berlin pledged more aid to Kyiv.", encoding="utf-8")
    result = _run("extract", str(first), str(second))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    names = [{a["name"] for a in orjson.loads(line)["actors"]} for line in lines]
    assert {"Japan", "Philippines"} <= names[0]
    assert {"Germany", "Ukraine"} <= names[1]


def test_extract_reads_standard_input() -> None:
    result = _run("extract", "-", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert orjson.loads(line)["initiatives"]


def test_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("extract", str(tmp_path / "missing.txt"))
    assert result.returncode != 0
    assert "missing.txt" in result.stderr
    assert result.stdout == ""


def test_publication_day_dates_relative_expressions() -> None:
    result = _run("extract", "--published", "2018-01-22", "-", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    (initiative,) = orjson.loads(result.stdout)["initiatives"]
    assert initiative["dates"] == ["2018-01-22"]


def test_bad_publication_day_is_a_clear_error() -> None:
    result = _run("extract", "--published", "22/01/2018", "-", stdin=ARTICLE)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
