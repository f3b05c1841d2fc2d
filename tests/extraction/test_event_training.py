"""The training script's parts: label mappings, the dictionary reader, the headline casing and
the trainer, on data written for these tests."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from attache_worker.extraction.nlp import load_model
from tests.scripts import load_script


@pytest.fixture(scope="module")
def data() -> ModuleType:
    return load_script("event_data")


@pytest.fixture(scope="module")
def training() -> ModuleType:
    return load_script("train_event_types")


@pytest.mark.parametrize(
    ("label", "mode", "plover"),
    [
        ("REQUEST", "MEET", "DEMAND"),
        ("ACCUSE", "INVESTIGATE", "INVESTIGATE"),
        ("ACCUSE", "ALLEGE", "DISAPPROVE"),
        ("ACCUSE", "", "DISAPPROVE"),
        ("ASSAULT", "AERIAL", "FIGHT"),
        ("ASSAULT", "ABDUCT", "ASSAULT"),
        ("CONCEDE", "", "CONCEDE"),
    ],
)
def test_polecat_labels_map_to_plover(data: ModuleType, label: str, mode: str, plover: str) -> None:
    assert data.polecat_to_plover(label, mode) == plover
    assert plover in data.PLOVER_TYPES


@pytest.mark.parametrize(
    ("code", "plover"),
    [("0311", "AGREE"), ("083", "CONCEDE"), ("0871", "RETREAT"), ("193", "FIGHT"), ("010", None)],
)
def test_cameo_codes_map_by_cue_category(data: ModuleType, code: str, plover: str | None) -> None:
    assert data.cameo_to_plover(code) == plover


DICTIONARY = """# a dictionary written for this test, in PETRARCH's format
####### SYNONYM SETS #######
&ENVOY
+AMBASSADOR
+DIPLOMAT

####### VERB PATTERNS #######
---  OUST   [---]  ---
EXPEL {EXPELS EXPELLED}
- * &ENVOY                                            [1662]        # EXPEL
- POLICE * PROTESTERS                                 [175]         # EXPEL

---  PRAISE   [051]  ---
PRAISE
COMMEND [052]
- * {PEACE EFFORTS}                                   [0311]        # PRAISE
######## TRANSFORMATIONS ##########
"""


def test_the_dictionary_reader_keeps_verbs_and_verb_object_patterns(data: ModuleType) -> None:
    entries = {(e.verb, e.obj, e.label) for e in data.cameo_entries(DICTIONARY)}
    assert ("praise", None, "SUPPORT") in entries
    assert ("commend", None, "SUPPORT") in entries
    assert ("expel", "ambassador", "SANCTION") in entries
    assert ("expel", "diplomat", "SANCTION") in entries
    assert ("praise", "efforts", "AGREE") in entries
    # No code on the block, and a pattern with words before the verb: nothing.
    assert not any(verb == "expel" and obj is None for verb, obj, _ in entries)
    assert not any(obj == "protesters" for _, obj, _ in entries)


QUALIFIED = """####### VERB PATTERNS #######
---  LAUNCH   [---]  ---
LAUNCH
START
- * {PEACE OFFENSIVE}                                 [045]         # LAUNCH
- * OFFENSIVE                                         [190]         # LAUNCH
- * {BANK ACCOUNT}                                    [0431]        # START
- * DEAL (WITH MANUFACTURER)                          [060]         # START
- * {PEACE DEAL}                                      [057]         # START
######## TRANSFORMATIONS ##########
"""


def test_a_pattern_naming_the_object_alone_speaks_for_it_before_a_qualified_one(
    data: ModuleType, training: ModuleType
) -> None:
    entries = list(data.cameo_entries(QUALIFIED))
    assert {(e.obj, e.qualified) for e in entries} == {
        ("offensive", True),
        ("offensive", False),
        ("account", True),
        ("deal", True),
    }
    lexicon = training.verb_lexicon(load_model(), entries)
    # 'launched an offensive' is military, though a peace offensive comes first in the file.
    assert lexicon.pairs["launch offensive"] == "FIGHT"
    assert lexicon.pairs["start offensive"] == "FIGHT"
    # The qualified pattern speaks for the object with its qualifier.
    assert lexicon.pairs["launch peace offensive"] == "CONSULT"
    # Where nothing names the head alone, the first qualified pattern still says something.
    assert lexicon.pairs["start account"] == "CONSULT"
    assert lexicon.pairs["start deal"] == "COOPERATE"


def test_headlines_are_read_in_sentence_case(data: ModuleType) -> None:
    title = "Lesotho Police Detain Dozens After UN Report on Maseru Riots"
    body = "The report was published in Maseru on Monday."
    cased = data.sentence_case(title, ["Lesotho"], body)
    assert cased == "Lesotho police detain dozens after UN report on Maseru riots"


def test_the_trainer_separates_what_its_features_separate(training: ModuleType) -> None:
    rows = [np.array([0, 2]), np.array([0, 2]), np.array([1, 2]), np.array([1, 2])]
    y = np.array([0, 0, 1, 1])
    weights, _ = training.fit_softmax(rows, y, 3, 2, np.ones(4), iterations=100)
    assert weights.shape == (3, 2)
    assert weights[0, 0] > weights[0, 1]
    assert weights[1, 1] > weights[1, 0]
    # Deterministic: full batches, no sampling.
    again, _ = training.fit_softmax(rows, y, 3, 2, np.ones(4), iterations=100)
    assert np.array_equal(weights, again)


def test_the_trainer_refuses_an_example_without_features(training: ModuleType) -> None:
    with pytest.raises(ValueError, match="at least one feature"):
        training.fit_softmax([np.array([], dtype=np.int64)], np.array([0]), 1, 2, np.ones(1))
