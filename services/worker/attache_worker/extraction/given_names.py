"""Given names the extraction knows: the first names of the knowledge base's people, and the
given names of `data/given_names.json` (built by scripts/build_given_names.py: the US census's,
and other countries' under `world`) that are no English word and name no actor or place
('Mariano' and 'Mevlüt', not 'Crystal', 'September' or 'Jordan'). The lists give names by sex,
which tells who 'she' or 'he' can be."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, Literal

import orjson

from attache_worker.extraction import kb
from attache_worker.extraction.nlp import load_model
from attache_worker.extraction.truecase import lexicon

Sex = Literal["male", "female"]
_SEXES: tuple[Sex, Sex] = ("male", "female")


def is_given_name(word: str) -> bool:
    """Spelled as the lists have it or with accents they leave out ('María', 'José')."""
    names = _given_names()
    return word in names or (not word.isascii() and _listed(word) in names)


def is_census_name(word: str) -> bool:
    """On the census lists at all, though a town or a body may bear it too ('Harvey')."""
    return is_given_name(word) or any(_listed(word) in _census()[sex] for sex in _SEXES)


def sex_of(given_name: str) -> Sex | None:
    """The sex a given name is listed under, when it is listed under one only ('Maria' is
    female; 'Andre', on both lists, is neither). The census decides for the names it lists;
    the other countries' lists for the rest ('Mevlüt')."""
    forms = {given_name, _listed(given_name)}
    for lists in (_census(), _world()):
        found = [sex for sex in _SEXES if not forms.isdisjoint(lists[sex])]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _listed(word: str) -> str:
    return kb.fold(word).capitalize() if not word.isascii() else word


@cache
def _given_names() -> frozenset[str]:
    base = kb.get_kb()
    words = lexicon(load_model())
    listed = {name for lists in (_census(), _world()) for names in lists.values() for name in names}
    kept = {
        name
        for name in listed
        if not words.is_word(name.lower())
        and base.lookup(name) is None
        and base.place_country(name) is None
        and base.nationality(name) is None
    }
    return base.given_names | kept


@cache
def _table() -> dict[str, Any]:
    raw = resources.files("attache_worker.extraction").joinpath("data", "given_names.json")
    table: dict[str, Any] = orjson.loads(raw.read_bytes())
    return table


@cache
def _census() -> dict[str, frozenset[str]]:
    return {sex: frozenset(_table()[sex]) for sex in _SEXES}


@cache
def _world() -> dict[str, frozenset[str]]:
    """Other countries' names, spelled as the lists have them and without their accents, so
    that 'Mevlut' and 'Mevlüt' are both known; a letter with no plain form ('Səhər' folds to
    'Shr') leaves the name as it is spelled only."""
    return {
        sex: frozenset(form for name in names for form in (name, _unaccented(name)))
        for sex, names in _table()["world"].items()
    }


def _unaccented(name: str) -> str:
    plain = _listed(name)
    return plain if len(plain) == len(name) else name
