"""How far a fine-tuned NER component still agrees with the model's own, label by label.

    .venv/bin/python scripts/ner_agreement.py NER_MODEL TEXTS... [--limit 400]

NER_MODEL is what ATTACHE_NER_MODEL takes (a shipped name or a directory). TEXTS are .txt files
(one text each) or .csv files with a `text` column (one text a row). Both components read the
same texts inside the same pipeline; per label, F1 of the fine-tuned entities against the
original ones (1.0: the same spans with the same label). The labels fine-tuning should leave
alone (DATE, MONEY, CARDINAL...) are the ones to watch; PERSON/ORG/GPE are meant to move.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language

from attache.settings import get_settings
from attache_worker.extraction.ner_models import use_ner_model

Entity = tuple[int, int, str]


def read_texts(paths: list[Path], limit: int) -> list[str]:
    texts: list[str] = []
    for path in paths:
        texts.extend(_texts_in(path))
    return texts[:limit]


def _texts_in(path: Path) -> Iterator[str]:
    if path.suffix == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as rows:
            yield from (row["text"] for row in csv.DictReader(rows) if row.get("text"))
    else:
        yield path.read_text(encoding="utf-8")


def entities(nlp: Language, texts: list[str]) -> list[set[Entity]]:
    with nlp.select_pipes(enable=["ner"]):
        return [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in nlp.pipe(texts)]


def agreement(original: list[set[Entity]], tuned: list[set[Entity]]) -> dict[str, float]:
    counts: Counter[tuple[str, str]] = Counter()
    for before, after in zip(original, tuned, strict=True):
        counts.update((label, "same") for *_, label in before & after)
        counts.update((label, "gone") for *_, label in before - after)
        counts.update((label, "new") for *_, label in after - before)
    labels = sorted({label for label, _ in counts})
    result = {label: _f1(*(counts[label, k] for k in ("same", "new", "gone"))) for label in labels}
    result["all"] = _f1(
        *(sum(counts[label, k] for label in labels) for k in ("same", "new", "gone"))
    )
    return result | {
        f"n_{label}": counts[label, "same"] + counts[label, "gone"] for label in labels
    }


def _f1(same: int, new: int, gone: int) -> float:
    return 2 * same / (2 * same + new + gone) if same else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ner_model")
    parser.add_argument("texts", type=Path, nargs="+")
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args()
    texts = read_texts(args.texts, args.limit)
    nlp = spacy.load(get_settings().spacy_model)
    original = entities(nlp, texts)
    use_ner_model(nlp, args.ner_model)
    figures = agreement(original, entities(nlp, texts))
    print(f"{len(texts)} texts; agreement with the model's own NER (F1), originals counted:")
    for label in sorted(k for k in figures if not k.startswith("n_") and k != "all"):
        print(f"  {label:12} {figures[label]:.3f}  ({figures['n_' + label]})")
    print(f"  {'all':12} {figures['all']:.3f}")


if __name__ == "__main__":
    main()
