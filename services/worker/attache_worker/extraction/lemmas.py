"""The model's rule lemmatizer, applied from arrays.

spaCy's rule lemmatizer already remembers each (word, part of speech, morphology) it has read,
but it makes a Token for every word of every document to look there. Here the three are read
off one array per document, and the lemmatizer itself is asked only for a combination not seen
before: the lemmas are the same, for less of the model's time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
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
                found = self._lemmas[key] = doc.vocab.strings.add(text)
            lemmas[i] = found
        # spaCy's stub types the array as Ints2d; uint64 string hashes are what it takes.
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc

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
