"""Given names the extraction knows: the first names of the knowledge base's people, and the
census's given names (`data/given_names.json`, built by scripts/build_given_names.py) that are
no English word and name no actor or place ('Mariano', not 'Crystal', 'September' or
'Jordan')."""

from __future__ import annotations

from functools import cache
from importlib import resources

import orjson

from attache_worker.extraction import kb
from attache_worker.extraction.nlp import load_model
from attache_worker.extraction.truecase import lexicon


def is_given_name(word: str) -> bool:
    return word in _given_names()


@cache
def _given_names() -> frozenset[str]:
    base = kb.get_kb()
    words = lexicon(load_model())
    census = {
        name
        for name in _census_names()
        if not words.is_word(name.lower())
        and base.lookup(name) is None
        and base.place_country(name) is None
        and base.nationality(name) is None
    }
    return base.given_names | census


def _census_names() -> list[str]:
    raw = resources.files("attache_worker.extraction").joinpath("data", "given_names.json")
    names: list[str] = orjson.loads(raw.read_bytes())["names"]
    return names
