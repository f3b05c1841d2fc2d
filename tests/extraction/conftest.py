"""Extraction tests run the real model once per session; texts are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attache.contract import Actor, Extraction
from attache_worker.extraction import extract


@pytest.fixture(scope="session")
def read() -> Callable[[str], Extraction]:
    return extract


def actor_named(extraction: Extraction, name: str) -> Actor:
    matches = [a for a in extraction.actors if a.name == name]
    assert matches, f"{name!r} not among {[a.name for a in extraction.actors]}"
    return matches[0]


def assert_offsets_hold(text: str, extraction: Extraction) -> None:
    """Every span points at exactly the text it claims."""
    spans = [m for a in extraction.actors for m in a.mentions]
    spans += [m for p in extraction.places for m in p.mentions]
    spans += [s for i in extraction.initiatives for s in i.evidence]
    spans += [e.trigger for e in extraction.events] + [e.sentence for e in extraction.events]
    for span in spans:
        assert text[span.start : span.end] == span.text
    for quote in extraction.quotes:
        assert text[quote.start : quote.end] == quote.text
