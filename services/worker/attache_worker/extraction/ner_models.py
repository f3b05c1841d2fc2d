"""The NER component the pipeline runs: the spaCy model's own, or one fine-tuned from it.

A fine-tuned component (see scripts/train_ner.py and models/README.md) is a directory holding
only spaCy's `ner` (cfg, model, moves) and a `training.json` naming the model it was trained
from. It replaces the weights of the loaded model's `ner`, so the pipeline, its labels and its
speed stay those of the configured model; only what the component predicts changes."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRecognizer

SHIPPED = Path(__file__).resolve().parent / "models"
_TRAINING = "training.json"
_WEIGHTS = ("cfg", "model", "moves")


class NerModelError(ValueError):
    """The configured NER component cannot be used with the configured spaCy model."""


def shipped_ner_models() -> list[str]:
    """The fine-tuned components that come with the package, by name."""
    found = SHIPPED.iterdir() if SHIPPED.is_dir() else iter(())
    return sorted(p.name for p in found if _is_component(p))


def ner_directory(name: str) -> Path:
    """A shipped component by name, else a directory written by scripts/train_ner.py."""
    shipped = SHIPPED / name
    path = shipped if _is_component(shipped) else Path(name)
    if not _is_component(path):
        known = ", ".join(shipped_ner_models()) or "none"
        raise NerModelError(
            f"NER model {name!r} is neither a shipped one ({known}) nor a directory with "
            f"{', '.join(_WEIGHTS)} and {_TRAINING}"
        )
    return path


def use_ner_model(nlp: Language, name: str) -> None:
    """Swaps the named component's weights into `nlp`'s `ner`; "" keeps the model's own."""
    if not name:
        return
    path = ner_directory(name)
    trained_from = json.loads((path / _TRAINING).read_text(encoding="utf-8"))
    base = (trained_from.get("base_model"), trained_from.get("base_version"))
    loaded = (f"{nlp.meta['lang']}_{nlp.meta['name']}", nlp.meta["version"])
    if base != loaded:
        raise NerModelError(
            f"NER model {name!r} was trained from {base[0]} {base[1]}, "
            f"but the configured model is {loaded[0]} {loaded[1]}"
        )
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    # The component's strings are all the model's own: the shared vocab stays as loaded.
    ner.from_disk(path, exclude=["vocab"])


def _is_component(path: Path) -> bool:
    return all((path / part).is_file() for part in (*_WEIGHTS, _TRAINING))
