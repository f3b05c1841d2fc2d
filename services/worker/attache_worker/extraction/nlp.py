"""The spaCy model: loaded once per process, by the name the settings give."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from attache.settings import get_settings

# Everything the extraction reads: POS and lemmas for triggers, the parse for roles and
# sentences, NER for actors. Anything else a model ships (e.g. `senter`) is switched off.
USED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def load_model() -> Language:
    """The configured model, loaded on first use and shared afterwards."""
    return _load(get_settings().spacy_model)


@lru_cache(maxsize=2)
def _load(name: str) -> Language:
    nlp = spacy.load(name)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in USED_PIPES]
    if unused:
        nlp.select_pipes(disable=unused)
    return nlp
