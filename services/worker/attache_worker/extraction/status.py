"""An initiative's status, from the modality of the words that govern it: 'plans to create' is
planned, 'would upgrade' planned, 'are moving to step up' underway, 'suspended' suspended."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from attache_worker.extraction.data import load_table

DEFAULT_STATUS = "announced"
_MAX_CLIMB = 6


@cache
def _cues() -> dict[str, str]:
    cues: dict[str, dict[str, list[str]]] = load_table("status")
    return {word: status for status, words in cues["cues"].items() for word in words}


def status_of(head: Token) -> str:
    """The first cue met from the initiative's head word up through the words governing it."""
    token = head
    for _ in range(_MAX_CLIMB):
        found = _cue_at(token)
        if found is not None:
            return found
        if token.head.i == token.i:
            break
        token = token.head
    return DEFAULT_STATUS


def _cue_at(token: Token) -> str | None:
    cues = _cues()
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "amod"} and child.lemma_.lower() in cues:
            return cues[child.lemma_.lower()]
    if token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        return "underway"
    return cues.get(token.lemma_.lower())
