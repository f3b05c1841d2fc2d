"""Candidate name mentions in a parsed article: NER spans, cleaned of what the small model tends to
glue onto them, plus gazetteer names NER missed. Nothing here decides what a mention is."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.gazetteer import get_gazetteer

# Labels that can name an actor or a place; dates, numbers, laws and the like never do.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
GAZETTEER_LABEL = "GAZETTEER"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True, slots=True)
class Candidate:
    span: Span
    label: str

    @property
    def text(self) -> str:
        return self.span.text


def find_candidates(doc: Doc, boilerplate: Boilerplate, matcher: PhraseMatcher) -> list[Candidate]:
    """Name mentions in reading order, none overlapping and none inside boilerplate."""
    found = [c for ent in doc.ents if ent.label_ in NAME_LABELS for c in _clean(ent)]
    found = [c for c in found if not boilerplate.covers(c.span.start_char, c.span.end_char)]
    taken = {i for c in found for i in range(c.span.start, c.span.end)}
    for span in filter_spans(matcher(doc, as_spans=True)):
        if taken.isdisjoint(range(span.start, span.end)) and not boilerplate.covers(
            span.start_char, span.end_char
        ):
            found.append(Candidate(span, GAZETTEER_LABEL))
    return sorted(found, key=lambda c: c.span.start)


def _clean(ent: Span) -> list[Candidate]:
    """Splits "Washington’s Indo-Pacific" at the possessive and trims articles and punctuation."""
    doc = ent.doc
    cut = next((t.i for t in ent if t.text in _POSSESSIVE or t.tag_ == "POS"), None)
    parts = [(ent.start, ent.end)] if cut is None else [(ent.start, cut), (cut + 1, ent.end)]
    out = []
    for index, (start, end) in enumerate(parts):
        start, end = _trim(doc, start, end)
        if start >= end:
            continue
        span = doc[start:end]
        # What follows a possessive is a description ("Indo-Pacific presence") unless it is itself
        # a known name.
        if index == 1 and get_gazetteer().lookup(span.text) is None:
            continue
        out.append(Candidate(span, ent.label_ if index == 0 else GAZETTEER_LABEL))
    return out


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and _is_trailing_junk(doc[end - 1]):
        end -= 1
    return start, end


def _is_trailing_junk(token: Token) -> bool:
    return token.text in _POSSESSIVE or (token.is_punct and token.text != ".")


@lru_cache(maxsize=2)
def gazetteer_matcher(nlp: Language) -> PhraseMatcher:
    """Finds every gazetteer name by exact spelling, built once per model."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    surfaces = sorted(set(get_gazetteer().surfaces()))
    matcher.add(GAZETTEER_LABEL, [nlp.make_doc(surface) for surface in surfaces])
    return matcher
