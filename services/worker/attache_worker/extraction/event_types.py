"""PLOVER event types learned from data: a multinomial logistic model over the features
`event_features` reads from the parse of a clause.

The model is trained by `scripts/train_event_types.py` and ships in `models/event_types/`
(`model.json`: types, feature names and the verb dictionary; `weights.npz`: one weight row per
feature). Its README names the sources and licences. It is read once per process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import orjson
from spacy.tokens import Span, Token

from attache_worker.extraction.event_features import VerbLexicon, features, main_predicate

MODEL_DIR = ("models", "event_types")
MODEL_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"


@dataclass(frozen=True, slots=True)
class EventTyper:
    """One weight row per known feature and one column per type, plus a bias per type."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    lexicon: VerbLexicon

    def scores(self, sentence: Span, head: Token | None = None) -> dict[str, float]:
        """The probability of each type for the clause `head` heads (the main one by default)."""
        head = main_predicate(sentence) if head is None else head
        return self.score_features(features(sentence, head, self.lexicon))

    def best(self, sentence: Span, head: Token | None = None) -> tuple[str, float]:
        """The likeliest type and its probability."""
        scores = self.scores(sentence, head)
        label = max(scores, key=scores.__getitem__)
        return label, scores[label]

    def score_features(self, names: Iterable[str]) -> dict[str, float]:
        known = self.index.get
        rows = sorted({i for i in map(known, names) if i is not None})
        # The ufuncs' own reductions: the array methods add a Python call each, and this runs
        # for every clause of every article.
        logits = self.bias + np.add.reduce(self.weights[rows], axis=0)
        exp = np.exp(logits - np.maximum.reduce(logits))
        probs = exp / np.add.reduce(exp)
        return dict(zip(self.labels, probs.tolist(), strict=True))


def typer_from(meta: dict[str, Any], weights: np.ndarray, bias: np.ndarray) -> EventTyper:
    """A typer from the parts `model.json` and `weights.npz` hold."""
    lexicon = meta.get("lexicon", {})
    return EventTyper(
        labels=tuple(meta["labels"]),
        index={name: i for i, name in enumerate(meta["features"])},
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float32),
        lexicon=VerbLexicon(dict(lexicon.get("verbs", {})), _pairs(lexicon.get("pairs", {}))),
    )


def _pairs(grouped: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """`{verb: {type: [objects]}}` as stored, to `{"verb object": type}`."""
    return {
        f"{verb} {obj}": label
        for verb, by_type in grouped.items()
        for label, objects in by_type.items()
        for obj in objects
    }


@lru_cache(maxsize=1)
def get_typer() -> EventTyper:
    """The shipped model, read once per process."""
    folder = resources.files("attache_worker.extraction").joinpath(*MODEL_DIR)
    meta = orjson.loads(folder.joinpath(MODEL_FILE).read_bytes())
    with folder.joinpath(WEIGHTS_FILE).open("rb") as handle, np.load(handle) as arrays:
        weights, bias = arrays["weights"], arrays["bias"]
    return typer_from(meta, weights, bias)
