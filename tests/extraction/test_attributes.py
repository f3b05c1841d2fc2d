"""The array attribute ruler annotates exactly as the model's own ruler, faster."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from attache.settings import get_settings
from attache_worker.extraction.attributes import ArrayAttributeRuler, use_array_attribute_ruler
from attache_worker.extraction.nlp import load_model

ANNOTATIONS = [POS, MORPH, TAG, LEMMA, DEP, HEAD]
# Sentences that meet the ruler's exceptions: contractions and colloquial pairs, existential
# 'there', auxiliaries, pronouns, 'but' as an adverb, blank lines, and ordinary prose.
TEXTS = [
    "We're gonna win, and they've gotta know it. Let's go, she said; there is no time.",
    "There were fears that the talks, which were held in Geneva, would fail but for a deal.",
    "He gets what he wants. She got a letter, but it wasn't hers.\n\n\nI'm sure you'd agree.",
    "Those who can't vote will ain't. Y'all know 'em. It's all but over; all but two left.",
    "The ministers met on Tuesday.   The U.S. and the U.K. signed it at 5 p.m. in Washington.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def shipped() -> Language:
    return spacy.load(get_settings().spacy_model)


@pytest.fixture(scope="module")
def swapped() -> Language:
    nlp = spacy.load(get_settings().spacy_model)
    use_array_attribute_ruler(nlp)
    return nlp


def test_the_model_in_use_reads_attributes_off_arrays() -> None:
    assert isinstance(load_model().get_pipe("attribute_ruler"), ArrayAttributeRuler)


def test_annotations_are_the_shipped_rulers_token_for_token(
    shipped: Language, swapped: Language
) -> None:
    assert isinstance(swapped.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert swapped.pipe_names == shipped.pipe_names
    for ours, theirs in zip(swapped.pipe(TEXTS), shipped.pipe(TEXTS), strict=True):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert numpy.array_equal(ours.to_array(ANNOTATIONS), theirs.to_array(ANNOTATIONS))


def test_the_exceptions_are_exercised_and_win_over_the_tag_map(swapped: Language) -> None:
    doc = swapped("He gets what he wants, and she got it. We're gonna win.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gets", "got")] == ["get", "get"]
    assert next(t for t in doc if t.lower_ == "na").lemma_ == "to"


def test_a_ruler_with_a_pattern_it_does_not_cover_is_left_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": "so", "OP": "+"}]], {"POS": "ADV"})
    use_array_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_rules_match_across_tokens_and_set_the_indexed_token() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "kick"}, {"LOWER": {"IN": ["the", "a"]}}]], {"LEMMA": "x"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^buck"}}]], {"LEMMA": "y"})
    ruler.add([[{"LOWER": "a"}]], {"LEMMA": "z"})  # later: wins over the first rule
    use_array_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    doc = nlp("Kick the bucket, kick a buckets, kick it")
    assert [t.lemma_ for t in doc] == ["", "x", "y", "", "", "z", "y", "", "", ""]
