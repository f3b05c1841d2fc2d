"""The model's rule lemmatizer, applied from arrays.

spaCy's rule lemmatizer already remembers each (word, part of speech, morphology) it has read,
but it makes a Token for every word of every document to look there. Here the three are read
off one array per document, and the lemmatizer itself is asked only for a combination not seen
before: the lemmas are the same, for less of the model's time. One mistake of the rules is
mended: a verb in -e whose past or participle they read as a shorter verb ('staged' as 'stag',
'waged' as 'wag', 'fined' as 'fin'), which the light verbs and the event model need right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.symbols import VERB
from spacy.tokens import Doc

LEMMATIZER = "lemmatizer"
FACTORY = "attache_array_lemmatizer"
_READ = [ORTH, POS, MORPH, LEMMA]


class ArrayLemmatizer:
    """Sets what `lemmatizer` would set, asking it once per combination of word, part of speech
    and morphology, as its own cache does."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self) -> Lookups | None:
        """The wrapped lemmatizer's tables, which tell English words (see `truecase`)."""
        return None if self.lemmatizer is None else self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None or not len(doc):
            return doc
        rows = doc.to_array(_READ)
        lemmas = rows[:, 3].copy()
        overwrite = bool(self.lemmatizer.overwrite)
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                text = self.lemmatizer.lemmatize(doc[i])[0]
                if pos == VERB:
                    text = _with_its_silent_e(doc[i].lower_, text, self._verbs)
                found = self._lemmas[key] = doc.vocab.strings.add(text)
            lemmas[i] = found
        # spaCy's stub types the array as Ints2d; uint64 string hashes are what it takes.
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    @cached_property
    def _verbs(self) -> frozenset[str]:
        tables = self.lookups
        index = tables.get_table("lemma_index") if tables is not None else {}
        return frozenset(index.get("verb", []))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def make_array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer(name)


def use_array_lemmatizer(nlp: Language) -> None:
    """Swaps the model's rule lemmatizer for the same one applied from arrays."""
    if LEMMATIZER not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    swapped = nlp.replace_pipe(LEMMATIZER, FACTORY)
    assert isinstance(swapped, ArrayLemmatizer)
    swapped.lemmatizer = lemmatizer


# One vowel and one consonant at the end of a stem: 'stag', 'wag', 'fin' (not 'fix', 'saw').
_SHORT_STEM = re.compile(r"[^aeiou][aeiou][^aeiouwxy]$")


def _with_its_silent_e(word: str, lemma: str, verbs: frozenset[str]) -> str:
    """'stage' for 'staged' or 'staging', which the rule lemmatizer reads as 'stag' + 'ed':
    such a stem doubles its consonant before -ed and -ing ('stagged', 'wagging'), so an
    undoubled form is the verb in -e, where the lemmatizer knows one ('visited' stays 'visit',
    there being no 'visite')."""
    suffix = next((s for s in ("ed", "ing") if word.endswith(s)), None)
    if suffix is None or word[: -len(suffix)] != lemma or not _SHORT_STEM.search(lemma):
        return lemma
    return lemma + "e" if lemma + "e" in verbs else lemma
