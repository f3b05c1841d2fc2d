"""What `attache submit` reads: files, folders and standard input, as articles or as problems.

A folder contributes its `*.txt`, `*.json` and `*.jsonl` files, recursively, in path order. A
`.txt` file (or a named file of any other kind) is one article, whose first line is its title
when it reads like a headline. A `.json` file holds one article object or a list of them; a
`.jsonl` file one object per line. `-` reads standard input: JSON Lines when it starts with `{`,
else one article's text. An article object gives `text` and may give `title`, `url`, `source`
and `published_at`; other members are left out.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

FIELDS = ("text", "title", "url", "source", "published_at")
FOLDER_SUFFIXES = frozenset({".txt", ".json", ".jsonl"})
MAX_HEADLINE = 200
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Article:
    where: str  # the file, and the line or position in it, for messages
    body: dict[str, Any]  # what is POSTed to /v1/articles


@dataclass(frozen=True, slots=True)
class Unreadable:
    where: str
    reason: str


Input = Article | Unreadable


def read_inputs(paths: Sequence[str], source: str | None = None) -> list[Input]:
    """Every article the paths hold, in order, with a problem in place of what cannot be read.

    `source` fills in the source of articles that do not give one.
    """
    found = [item for path in paths for item in _read_path(path)]
    if source:
        found = [_with_source(item, source) for item in found]
    return found


def _read_path(path: str) -> Iterator[Input]:
    if path == STDIN:
        yield from read_stream("<stdin>", sys.stdin)
        return
    target = Path(path)
    if target.is_dir():
        files = sorted(p for p in target.rglob("*") if p.suffix in FOLDER_SUFFIXES and p.is_file())
        if not files:
            yield Unreadable(path, "no .txt, .json or .jsonl files in this folder")
        for file in files:
            yield from read_file(file)
    else:
        yield from read_file(target)


def read_file(path: Path) -> Iterator[Input]:
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        yield Unreadable(str(path), f"not UTF-8 text (bad byte at offset {exc.start})")
        return
    except OSError as exc:
        yield Unreadable(str(path), exc.strerror or str(exc))
        return
    if path.suffix == ".jsonl":
        yield from read_json_lines(str(path), content.splitlines())
    elif path.suffix == ".json":
        yield from read_json(str(path), content)
    else:
        yield text_article(str(path), content)


def read_stream(name: str, stream: TextIO) -> Iterator[Input]:
    content = stream.read()
    if content.lstrip().startswith("{"):
        yield from read_json_lines(name, content.splitlines())
    else:
        yield text_article(name, content)


def text_article(where: str, text: str) -> Input:
    if not text.strip():
        return Unreadable(where, "the file is empty")
    title = _headline(text)
    return Article(where, {"text": text, "title": title} if title else {"text": text})


def read_json(where: str, content: str) -> Iterator[Input]:
    try:
        document = json.loads(content)
    except json.JSONDecodeError as exc:
        yield Unreadable(where, f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(document, list):
        for number, item in enumerate(document, 1):
            yield article_object(f"{where}[{number}]", item)
    else:
        yield article_object(where, document)


def read_json_lines(where: str, lines: Sequence[str]) -> Iterator[Input]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Unreadable(f"{where}:{number}", f"not JSON: {exc.msg} (column {exc.colno})")
            continue
        yield article_object(f"{where}:{number}", document)


def article_object(where: str, document: object) -> Input:
    """The article fields of a JSON object; the API checks their values."""
    if not isinstance(document, dict):
        return Unreadable(where, "not a JSON object with a `text` member")
    return Article(where, {k: document[k] for k in FIELDS if document.get(k) is not None})


def _headline(text: str) -> str | None:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = first.lstrip("#").strip()  # a Markdown heading
    if first and len(first) <= MAX_HEADLINE and not first.endswith((".", ":")):
        return first
    return None


def _with_source(item: Input, source: str) -> Input:
    if isinstance(item, Article) and "source" not in item.body:
        return Article(item.where, {**item.body, "source": source})
    return item
