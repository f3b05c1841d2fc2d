"""The articles in `heldout/` (written for these tests) scored with the maintainers' metrics:
every required initiative and quote found, nothing reported that a reader would not."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from attache.contract import Extraction
from tests.extraction.conftest import assert_offsets_hold

Read = Callable[[str], Extraction]
HELDOUT = Path(__file__).parent / "heldout"
SCORER = Path(__file__).parents[3] / "shared" / "eval" / "score_article.py"
ARTICLES = sorted(p.stem for p in HELDOUT.glob("*.txt"))


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"no scorer at {SCORER}")
    spec = importlib.util.spec_from_file_location("score_article", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ARTICLES)
def test_heldout_article_scores(read: Read, name: str) -> None:
    text = (HELDOUT / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((HELDOUT / f"{name}.gold.json").read_text(encoding="utf-8"))
    extraction = read(text)
    assert_offsets_hold(text, extraction)
    scores = _scorer().score(gold, extraction.to_dict())
    assert scores["initiative_recall"] >= 0.83, scores
    assert scores["initiative_precision"] >= 0.8, scores
    assert scores["quote_recall"] == 1.0, scores
