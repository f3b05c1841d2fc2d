"""The array lemmatizer sets the lemmas the model's own rule lemmatizer sets, but for verbs in -e
the rules cut short."""

from __future__ import annotations

import spacy
from spacy.language import Language

from attache.settings import get_settings
from attache_worker.extraction.lemmas import ArrayLemmatizer, use_array_lemmatizer
from attache_worker.extraction.nlp import load_model
from attache_worker.extraction.truecase import lexicon

# Words read under several parts of speech and forms ('left' as verb and adjective, 'leaves'
# as verb and noun), irregular forms, words the attribute ruler lemmatizes first ('was',
# "'re"), repeats across texts (the remembered combinations), and no words at all.
TEXTS = [
    "The troops left on Tuesday; the left wing of the party was angry, and leaves fell.",
    "She leaves for talks in Geneva, where the envoys were meeting and had met before.",
    "Rebels seized the towns; their leaders were seized too. We're sure they'd agree.",
    "The mice ran, the geese flew and the children's feet were wet: better, best, worse.",
    "The troops left again. Talks were held. Leaves fell.",
    "",
    "  \n ",
]


def _lemmas(nlp: Language) -> list[list[str]]:
    return [[t.lemma_ for t in doc] for doc in nlp.pipe(TEXTS)]


def test_lemmas_are_the_rule_lemmatizers_word_for_word() -> None:
    shipped = spacy.load(get_settings().spacy_model)
    swapped = spacy.load(get_settings().spacy_model)
    use_array_lemmatizer(swapped)
    assert isinstance(swapped.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert swapped.pipe_names == shipped.pipe_names
    expected = _lemmas(shipped)
    assert _lemmas(swapped) == expected
    # Read again, every combination comes from what the array lemmatizer remembers.
    assert _lemmas(swapped) == expected
    assert {"leave", "left", "seize", "mouse", "foot", "meet"} <= {
        lemma for doc in expected for lemma in doc
    }


def test_the_model_in_use_lemmatizes_off_arrays_and_keeps_the_tables() -> None:
    nlp = load_model()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, ArrayLemmatizer)
    # The English word list the truecaser builds reads the lemmatizer's tables.
    assert lemmatizer.lookups is not None
    assert lexicon(nlp).is_word("withdraw")


def test_a_verb_in_e_the_rules_cut_short_keeps_its_e() -> None:
    nlp = load_model()
    doc = nlp(
        "Students staged a sit-in, the army waged war and the court fined the firm; the envoy "
        "visited Kabul, police tapped phones and Iran is staging drills."
    )
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage"
    assert lemmas["waged"] == "wage"
    assert lemmas["fined"] == "fine"
    assert lemmas["staging"] == "stage"
    # No verb 'visite'; a doubled consonant keeps the short stem.
    assert lemmas["visited"] == "visit"
    assert lemmas["tapped"] == "tap"
