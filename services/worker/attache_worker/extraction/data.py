"""The curated JSON tables in `data/`: only what no installed package knows."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import orjson


@cache
def load_table(name: str) -> dict[str, Any]:
    """One table by file stem, parsed once per process."""
    raw = resources.files("attache_worker.extraction").joinpath("data", f"{name}.json")
    table: dict[str, Any] = orjson.loads(raw.read_bytes())
    return table


@cache
def word_set(table: str, key: str) -> frozenset[str]:
    """A list from a table as a lower-cased set, for membership tests on lemmas."""
    return frozenset(str(word).lower() for word in load_table(table)[key])
