"""The NER component swapped into the spaCy model: the switch, the shipped one, bad settings.
Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from attache.settings import Settings
from attache_worker.extraction import nlp as nlp_module
from attache_worker.extraction.ner_models import (
    NerModelError,
    ner_directory,
    shipped_ner_models,
    use_ner_model,
)
from tests.scripts import load_script

MODEL = Settings().spacy_model
TEXT = "Hakan Fidan met Antony Blinken in Ankara on Monday to discuss $300 million in aid."


@pytest.fixture(scope="module")
def base() -> Language:
    return spacy.load(MODEL)


def _component(nlp: Language, where: Path, base_model: str | None = None) -> Path:
    """The model's own NER written out as train_ner.py writes a fine-tuned one."""
    nlp.get_pipe("ner").to_disk(where)
    name = base_model or f"{nlp.meta['lang']}_{nlp.meta['name']}"
    meta = {"base_model": name, "base_version": nlp.meta["version"]}
    (where / "training.json").write_text(json.dumps(meta))
    return where


def _entities(nlp: Language, text: str = TEXT) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_an_empty_setting_keeps_the_models_own_ner(base: Language) -> None:
    before = base.get_pipe("ner").to_bytes()
    use_ner_model(base, "")
    assert base.get_pipe("ner").to_bytes() == before


def test_a_component_directory_replaces_the_weights(base: Language, tmp_path: Path) -> None:
    own = _entities(base)
    nlp = spacy.load(MODEL)
    for name in shipped_ner_models()[:1]:
        use_ner_model(nlp, name)  # some other weights first, so the swap below has work to do
    use_ner_model(nlp, str(_component(base, tmp_path / "own")))
    assert _entities(nlp) == own
    assert nlp.get_pipe("ner").to_bytes() == base.get_pipe("ner").to_bytes()


def test_a_component_from_another_model_is_refused(base: Language, tmp_path: Path) -> None:
    path = _component(base, tmp_path / "other", base_model="en_core_web_md")
    with pytest.raises(NerModelError, match="en_core_web_md"):
        use_ner_model(spacy.load(MODEL), str(path))


def test_an_unknown_name_says_what_is_available(tmp_path: Path) -> None:
    with pytest.raises(NerModelError, match="neither a shipped one"):
        ner_directory(str(tmp_path / "nothing-here"))


def test_every_shipped_component_loads_and_changes_predictions(base: Language) -> None:
    assert shipped_ner_models(), "the package ships a fine-tuned NER component"
    for name in shipped_ner_models():
        nlp = spacy.load(MODEL)
        use_ner_model(nlp, name)
        assert nlp.get_pipe("ner").to_bytes() != base.get_pipe("ner").to_bytes()
        assert set(nlp.get_pipe("ner").labels) == set(base.get_pipe("ner").labels)
        found = dict(_entities(nlp))
        assert found.get("Hakan Fidan") == "PERSON"
        assert found.get("Ankara") == "GPE"
        assert found.get("Monday") == "DATE"
        assert found.get("$300 million") == "MONEY"
        # The gold it learned from leaves the article out of a name, as UNER and CoNLL do.
        said = dict(_entities(nlp, "The Syrian Observatory for Human Rights said 20 died."))
        assert said.get("Syrian Observatory for Human Rights") == "ORG"


def test_the_setting_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTACHE_NER_MODEL", "some-component")
    assert Settings().ner_model == "some-component"
    monkeypatch.setenv("ATTACHE_NER_MODEL", "")
    assert Settings().ner_model == ""


def test_the_pipeline_loads_once_per_model_and_component() -> None:
    assert nlp_module._load(MODEL, "") is nlp_module._load(MODEL, "")
    for name in shipped_ner_models()[:1]:
        assert nlp_module._load(MODEL, name) is not nlp_module._load(MODEL, "")


def test_training_reference_keeps_ontonotes_names_and_the_models_other_labels() -> None:
    train_ner = load_script("train_ner")
    words = [
        "Officials",
        "in",
        "Washington",
        "met",
        "Acme",
        "Corp",
        "on",
        "the",
        "Nile",
        "in",
        "March",
        "near",
        "Kennedy",
        "Airport",
    ]
    gold = [(2, 3, "ORG"), (4, 6, "ORG"), (8, 9, "LOC"), (13, 15, "LOC"), (11, 12, "MISC")]
    sentence = train_ner.Sentence("doc", words, [True] * len(words), gold)
    predicted = [
        (0, 1, "NORP"),
        (2, 3, "GPE"),
        (4, 5, "PERSON"),
        (8, 9, "PERSON"),
        (11, 12, "DATE"),
    ]
    entities, missing = train_ner.reference_entities(sentence, predicted)
    assert sorted(entities) == [
        (0, 1, "NORP"),  # the model's own, where the gold marks nothing
        (2, 3, "GPE"),  # a government named by its city stays a GPE
        (4, 6, "ORG"),
        (8, 9, "GPE"),  # no place label from the model: guessed from the last word
        (11, 12, "DATE"),  # gold MISC the model calls a DATE
        (13, 15, "FAC"),
    ]
    assert missing == []


def test_training_reference_leaves_unlabelled_misc_unknown() -> None:
    train_ner = load_script("train_ner")
    words = ["He", "read", "Hamlet", "in", "Paris"]
    sentence = train_ner.Sentence("doc", words, [True] * 5, [(2, 3, "MISC"), (4, 5, "LOC")])
    entities, missing = train_ner.reference_entities(sentence, [(2, 3, "PERSON"), (4, 5, "GPE")])
    assert entities == [(4, 5, "GPE")]
    assert missing == [(2, 3, "MISC")]


def test_uner_sentences_become_inline_marks() -> None:
    uner_marks = load_script("uner_marks")
    sentence = uner_marks.Sentence(
        "n01", "Mr. Smith went to New York.", ["Mr.", "Smith", "went", "to", "New", "York", "."]
    )
    sentence.tags = ["O", "B-PER", "O", "O", "B-LOC", "I-LOC", "O"]
    assert uner_marks.marked(sentence) == "Mr. [Smith|PER] went to [New York|LOC]."
