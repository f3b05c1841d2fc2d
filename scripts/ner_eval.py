"""Exact-span PER/ORG/LOC micro F1 of raw spaCy NER and of Attaché's actor layer, side by side.

    .venv/bin/python scripts/ner_eval.py [CORPUS] [--sentences] [--errors]

The corpus is CoNLL-2003-style text with inline marks, one sentence a line, a blank line between
documents: "[Leeds|ORG] beat [Chelsea|ORG] 2-1 ." (see bench/ner/wire.txt). Documents are read
whole, as articles are; `--sentences` reads every line as its own text instead.

Raw spaCy labels map PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; our actors map PERSON→PER,
ORGANIZATION→ORG, COUNTRY→LOC, and places→LOC. MISC and everything else is left out of the score.
"Raw spaCy" is the configured NER component (ATTACHE_NER_MODEL) as it comes out of the model: run
once with the setting and once without to compare a fine-tuned component with the model's own.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from attache.contract import Extraction
from attache_worker.extraction import extract_many
from attache_worker.extraction.nlp import load_model

SCORED = ("PER", "ORG", "LOC")
SPACY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
ACTOR_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC"}
DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "bench" / "ner" / "wire.txt"
_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")

Entity = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    gold: frozenset[Entity]


def parse_line(line: str) -> tuple[str, list[Entity]]:
    """Strips the marks from one annotated sentence, keeping where each entity landed."""
    out: list[str] = []
    entities: list[Entity] = []
    length = 0
    last = 0
    for match in _MARK.finditer(line):
        plain = line[last : match.start()]
        out.append(plain)
        length += len(plain)
        surface, label = match.group(1), match.group(2)
        entities.append((length, length + len(surface), label))
        out.append(surface)
        length += len(surface)
        last = match.end()
    out.append(line[last:])
    return "".join(out), entities


def read_corpus(path: Path, *, sentences: bool) -> list[Text]:
    documents: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.strip():
            documents[-1].append(line)
        elif documents[-1]:
            documents.append([])
    groups = [[line] for doc in documents for line in doc] if sentences else documents
    return [_join(lines) for lines in groups if lines]


def _join(lines: list[str]) -> Text:
    texts: list[str] = []
    gold: set[Entity] = set()
    offset = 0
    for line in lines:
        text, entities = parse_line(line)
        gold.update((s + offset, e + offset, label) for s, e, label in entities if label in SCORED)
        texts.append(text)
        offset += len(text) + 1
    return Text("\n".join(texts), frozenset(gold))


def raw_entities(texts: list[str]) -> list[set[Entity]]:
    nlp = load_model()
    return [
        {
            (ent.start_char, ent.end_char, SPACY_LABELS[ent.label_])
            for ent in doc.ents
            if ent.label_ in SPACY_LABELS
        }
        for doc in nlp.pipe(texts)
    ]


def our_entities(texts: list[str]) -> list[set[Entity]]:
    return [_mentions(extraction) for extraction in extract_many(texts)]


def _mentions(extraction: Extraction) -> set[Entity]:
    found = {
        (m.start, m.end, ACTOR_LABELS[actor.kind])
        for actor in extraction.actors
        if actor.kind in ACTOR_LABELS
        for m in actor.mentions
    }
    found |= {(m.start, m.end, "LOC") for place in extraction.places for m in place.mentions}
    return found


def score(gold: Iterable[frozenset[Entity]], predicted: Iterable[set[Entity]]) -> dict[str, float]:
    counts: Counter[tuple[str, str]] = Counter()
    for gold_set, predicted_set in zip(gold, predicted, strict=True):
        for _, _, label in gold_set & predicted_set:
            counts[label, "tp"] += 1
        for _, _, label in predicted_set - gold_set:
            counts[label, "fp"] += 1
        for _, _, label in gold_set - predicted_set:
            counts[label, "fn"] += 1
    result = {label: _f1(*(counts[label, k] for k in ("tp", "fp", "fn"))) for label in SCORED}
    result["micro"] = _f1(*(sum(counts[label, k] for label in SCORED) for k in ("tp", "fp", "fn")))
    return result


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def print_errors(texts: list[Text], predicted: list[set[Entity]]) -> None:
    for item, found in zip(texts, predicted, strict=True):
        for start, end, label in sorted(item.gold - found):
            print(f"  miss  {label:3} {item.text[start:end]!r}")
        for start, end, label in sorted(found - item.gold):
            print(f"  extra {label:3} {item.text[start:end]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sentences", action="store_true", help="read each line on its own")
    parser.add_argument("--errors", action="store_true", help="list our misses and extras")
    args = parser.parse_args()
    texts = read_corpus(args.corpus, sentences=args.sentences)
    plain = [t.text for t in texts]
    gold = [t.gold for t in texts]
    ours = our_entities(plain)
    entities = sum(len(g) for g in gold)
    print(f"{args.corpus.name}: {len(texts)} texts, {entities} PER/ORG/LOC entities")
    for name, predicted in (("raw spaCy", raw_entities(plain)), ("attache", ours)):
        figures = score(gold, predicted)
        print(f"{name:10} " + " ".join(f"{k}={v:.3f}" for k, v in figures.items()))
    if args.errors:
        print_errors(texts, ours)


if __name__ == "__main__":
    main()
