"""Trains the PLOVER event-type model the worker ships (`extraction/models/event_types/`).

    .venv/bin/python scripts/train_event_types.py NGEC CAMEO [--out DIR] [--seed N]

NGEC is a git copy of ahalterman/NGEC-2025 (or its stories' zip); CAMEO a git copy of
openeventdata/petrarch2 (or its CAMEO.2.0.txt). The PLOVER tune records come from
../shared/plover/plover-dev.json through bench/eval/split.json; the blind ones are never read.

Examples: each NGEC story gives its headline (filled in, in sentence case) and the first
sentence of its text, at half weight since the generated text strays from its headline more
often; each PLOVER tune record gives its sentence, at `TUNE_WEIGHT` (it is the target domain).
Classes are weighted equally. Tune records whose main clause is in a mood (negated, intended,
obliged) are left out: their gold type is the mood's, which the extraction sets by rule, while
the model learns the act.

It prints, before writing the model: accuracy on NGEC stories whose headline template was held
out (20%, by a seeded hash), and a 5-fold cross-validation on the tune records (the model that
types a fold never saw it), both with a confusion summary. Everything is deterministic for a
given seed. Nothing here is downloaded: the sources are read from the paths given.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import orjson
from spacy.language import Language
from spacy.tokens import Doc, Span

from attache_worker.extraction import event_types
from attache_worker.extraction.event_features import VerbLexicon, features, main_predicate
from attache_worker.extraction.event_types import EventTyper
from attache_worker.extraction.events import (
    MAIN_CLAUSE_CONFIDENCE,
    Mood,
    clause_type,
    listed_type,
    main_clause,
    mood,
    with_mood,
)
from attache_worker.extraction.nlp import load_model, parse_many

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_data  # a sibling script, not a package

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "services/worker/attache_worker/extraction" / Path(*event_types.MODEL_DIR)
LEAD_WEIGHT = 0.5
TUNE_WEIGHT = 15.0
L2 = 1e-4
ITERATIONS = 200
HELD_OUT_SHARE = 5  # one template in five
FOLDS = 5
_LEAD_CHARS = 700
LABELS = sorted(event_data.PLOVER_TYPES)
STANCE_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "DEMAND"})
Pair = tuple[str, str | None]  # gold type, type found


@dataclass(frozen=True, slots=True)
class Example:
    sentence: Span
    features: list[str]
    label: str
    weight: float
    source: str  # "title", "lead" or "tune"
    group: str  # NGEC template or PLOVER record id
    # False when the label may be the clause's mood rather than its act ('will expel' filed
    # under THREATEN): the model learns acts, the mood is applied by rule.
    trainable: bool = True


@dataclass(frozen=True, slots=True)
class Model:
    labels: list[str]
    features: list[str]
    weights: np.ndarray
    bias: np.ndarray

    def typer(self, lexicon: VerbLexicon) -> EventTyper:
        index = {name: i for i, name in enumerate(self.features)}
        weights, bias = self.weights.astype(np.float32), self.bias.astype(np.float32)
        return EventTyper(tuple(self.labels), index, weights, bias, lexicon)


# -- training ------------------------------------------------------------------------------


def fit_softmax(
    rows: Sequence[np.ndarray],
    y: np.ndarray,
    n_features: int,
    n_labels: int,
    sample_weight: np.ndarray,
    l2: float = L2,
    iterations: int = ITERATIONS,
    rate: float = 0.1,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression on binary sparse features (each row lists the indices of
    the features an example has), by full-batch Adam on the weighted mean log-loss plus an L2
    penalty. Full batches make it deterministic."""
    lengths = np.array([len(r) for r in rows])
    if lengths.min(initial=1) == 0:
        raise ValueError("every example needs at least one feature")
    indices = np.concatenate(rows).astype(np.int64)
    owner = np.repeat(np.arange(len(rows)), lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    share = sample_weight / sample_weight.sum()
    truth = np.zeros((len(rows), n_labels))
    truth[np.arange(len(rows)), y] = 1.0
    params = [np.zeros((n_features, n_labels)), np.zeros(n_labels)]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    for step in range(1, iterations + 1):
        weights, bias = params
        logits = np.add.reduceat(weights[indices], starts, axis=0) + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - truth) * share[:, None]
        spread = error[owner]
        grad_w = np.stack(
            [np.bincount(indices, spread[:, c], minlength=n_features) for c in range(n_labels)],
            axis=1,
        )
        grads = [grad_w + l2 * weights, error.sum(axis=0)]
        for k, grad in enumerate(grads):
            moments[k] = 0.9 * moments[k] + 0.1 * grad
            squares[k] = 0.999 * squares[k] + 0.001 * grad * grad
            corrected = moments[k] / (1 - 0.9**step)
            scale = np.sqrt(squares[k] / (1 - 0.999**step)) + 1e-8
            params[k] -= rate * corrected / scale
    return params[0], params[1]


def train(examples: Sequence[Example], labels: Sequence[str]) -> Model:
    """A model on the trainable examples, every type weighing the same in the loss."""
    examples = [e for e in examples if e.trainable]
    vocabulary: dict[str, int] = {}
    rows = [
        np.array(sorted({vocabulary.setdefault(f, len(vocabulary)) for f in e.features}))
        for e in examples
    ]
    y = np.array([labels.index(e.label) for e in examples])
    weight = np.array([e.weight for e in examples])
    per_class = np.bincount(y, weights=weight, minlength=len(labels))
    weight = weight / per_class[y]
    weights, bias = fit_softmax(rows, y, len(vocabulary), len(labels), weight)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    kept = np.abs(weights).max(axis=1) >= 1e-3
    return Model(
        list(labels),
        [n for n, k in zip(names, kept, strict=True) if k],
        weights[kept],
        bias,
    )


# -- data ----------------------------------------------------------------------------------


def lead_sentence(doc: Doc) -> Span | None:
    """The story's first real sentence: a verb, six tokens, not a '(Reuters) --' line."""
    for sentence in doc.sents:
        text = sentence.text.strip()
        verb = any(t.pos_ == "VERB" for t in sentence)
        if verb and len(sentence) >= 6 and "--" not in text and not text.startswith("("):
            return sentence
    return None


def example(
    sentence: Span, label: str, weight: float, source: str, group: str, lexicon: VerbLexicon
) -> Example:
    """The sentence's main clause as an example; not trainable when a mood may have set the
    label (a stance type on a clause that is negated, intended or obliged), nor for a stance
    type on a generated lead."""
    clause = main_clause(sentence)
    head = clause.head if clause is not None else main_predicate(sentence)
    moody = clause is None or mood(clause) is not Mood.ASSERTED
    found = features(sentence, head, lexicon)
    # A generated lead under a stance headline ('… threatens to arrest …') mostly tells the
    # act itself ('Police detained …'): the stance is the headline's, not the lead's.
    trainable = label not in STANCE_TYPES or (not moody and source != "lead")
    return Example(sentence, found, label, weight, source, group, trainable)


def story_examples(
    nlp: Language, stories: Sequence[event_data.Story], lexicon: VerbLexicon
) -> list[Example]:
    texts = [s.title for s in stories] + [s.text[:_LEAD_CHARS] for s in stories]
    docs = list(parse_many(nlp, texts, 64))
    titles, bodies = docs[: len(stories)], docs[len(stories) :]
    out = []
    for story, title, body in zip(stories, titles, bodies, strict=True):
        head = next(title.sents)
        out.append(example(head, story.label, 1.0, "title", story.template, lexicon))
        lead = lead_sentence(body)
        if lead is not None:
            out.append(example(lead, story.label, LEAD_WEIGHT, "lead", story.template, lexicon))
    return out


def tune_examples(
    nlp: Language, records: Sequence[event_data.Record], lexicon: VerbLexicon
) -> list[Example]:
    docs = parse_many(nlp, [r.text for r in records], 64)
    return [
        example(next(doc.sents), r.label, TUNE_WEIGHT, "tune", r.id, lexicon)
        for r, doc in zip(records, docs, strict=True)
    ]


def verb_lexicon(nlp: Language, entries: Iterable[event_data.CameoEntry]) -> VerbLexicon:
    """Verb lemma -> type, and "verb object-lemma" -> type where it differs from the verb's."""
    entries = list(entries)
    verbs: dict[str, str] = {}
    for entry in entries:
        if entry.obj is None:
            verbs.setdefault(entry.verb, entry.label)
    words = {e.obj.split()[-1] for e in entries if e.obj is not None}
    words |= {e.qualifier for e in entries if e.qualifier is not None}
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        ordered = sorted(words)
        lemmas = {w: d[-1].lemma_.lower() for w, d in zip(ordered, nlp.pipe(ordered), strict=True)}
    pairs: dict[str, str] = {}
    # A pattern naming the object alone ('LAUNCH * OFFENSIVE', a military one) comes before one
    # naming it with a qualifier ('LAUNCH * {PEACE OFFENSIVE}'), whatever their order in the file;
    # the qualified one is also kept under the qualifier ('launch peace offensive').
    for entry in sorted(entries, key=lambda e: e.qualified):
        if entry.obj is None:
            continue
        *prep, word = entry.obj.split()
        head = lemmas.get(word, word)
        if entry.qualifier is not None:
            qualifier = lemmas.get(entry.qualifier, entry.qualifier)
            pairs.setdefault(" ".join([entry.verb, *prep, qualifier, head]), entry.label)
        if verbs.get(entry.verb) != entry.label:
            pairs.setdefault(" ".join([entry.verb, *prep, head]), entry.label)
    return VerbLexicon(verbs, pairs)


# -- evaluation ----------------------------------------------------------------------------


def held_out(template: str, seed: int) -> bool:
    digest = hashlib.sha256(f"{seed}:{template}".encode()).hexdigest()
    return int(digest, 16) % HELD_OUT_SHARE == 0


def report(name: str, pairs: Sequence[Pair]) -> float:
    """Prints accuracy and the most frequent confusions; `pairs` are (gold, predicted)."""
    right = sum(gold == found for gold, found in pairs)
    score = right / max(1, len(pairs))
    print(f"{name}: accuracy {score:.3f} ({right}/{len(pairs)})")
    confused = Counter((g, p) for g, p in pairs if g != p)
    if confused:
        print(
            "  most confused (gold -> predicted): "
            + ", ".join(f"{g}->{p} {n}" for (g, p), n in confused.most_common(8))
        )
    per_type: dict[str, list[bool]] = defaultdict(list)
    for gold, found in pairs:
        per_type[gold].append(gold == found)
    print(
        "  recall by type: "
        + " ".join(f"{t}={sum(v) / len(v):.2f}/{len(v)}" for t, v in sorted(per_type.items()))
    )
    return score


def typed_pairs(typer: EventTyper, examples: Iterable[Example], gate: float = 0.0) -> list[Pair]:
    """(gold, type the extraction gives the main clause: the model's act in the clause's mood;
    where the model is less sure of its act than `gate`, the dictionaries' type if they know
    it, else None; None too when there is no clause)."""
    out: list[Pair] = []
    for e in examples:
        clause = main_clause(e.sentence)
        found = None if clause is None else clause_type(e.sentence, clause, typer)
        if clause is not None and found is not None and found[1] < gate:
            # As the extraction does: the dictionaries' type, where they know the act.
            listed = listed_type(clause, typer.lexicon)
            found = (with_mood(listed, mood(clause)), gate) if listed is not None else None
        out.append((e.label, found[0] if found is not None and found[1] >= gate else None))
    return out


def act_pairs(typer: EventTyper, examples: Iterable[Example]) -> list[Pair]:
    """(gold, the model's act alone)."""
    out: list[Pair] = []
    for e in examples:
        scores = typer.score_features(e.features)
        out.append((e.label, max(scores, key=scores.__getitem__)))
    return out


def ngec_held_out(
    stories: list[Example], tune: list[Example], lexicon: VerbLexicon, seed: int
) -> dict[str, float]:
    seen = [e for e in stories if not held_out(e.group, seed)]
    typer = train(seen + tune, LABELS).typer(lexicon)
    figures = {}
    for source in ("title", "lead"):
        test = [e for e in stories if held_out(e.group, seed) and e.source == source]
        name = f"NGEC held-out {source}s"
        figures[f"ngec_{source}_act"] = report(f"{name}, model alone", act_pairs(typer, test))
        figures[f"ngec_{source}"] = report(f"{name}, model + mood", typed_pairs(typer, test))
    return figures


def tune_cross_validation(
    stories: list[Example], tune: list[Example], lexicon: VerbLexicon, seed: int
) -> dict[str, float]:
    order = sorted(e.group for e in tune)
    random.Random(seed).shuffle(order)
    fold_of = {record_id: n % FOLDS for n, record_id in enumerate(order)}
    typed: list[Pair] = []
    ungated: list[Pair] = []
    acts: list[Pair] = []
    for fold in range(FOLDS):
        test = [e for e in tune if fold_of[e.group] == fold]
        rest = [e for e in tune if fold_of[e.group] != fold]
        typer = train(stories + rest, LABELS).typer(lexicon)
        typed += typed_pairs(typer, test, MAIN_CLAUSE_CONFIDENCE)
        ungated += typed_pairs(typer, test)
        acts += act_pairs(typer, test)
    return {
        "tune_cv": report(f"PLOVER tune, {FOLDS}-fold CV, as extracted", typed),
        "tune_cv_ungated": report("PLOVER tune, same folds, every main clause typed", ungated),
        "tune_cv_act": report("PLOVER tune, same folds, model alone (no mood rules)", acts),
    }


# -- output --------------------------------------------------------------------------------


def write_model(out: Path, model: Model, lexicon: VerbLexicon, about: dict[str, object]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    grouped: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key, label in sorted(lexicon.pairs.items()):
        verb, obj = key.split(" ", 1) if " " in key else (key, "")
        grouped[verb][label].append(obj)
    meta = {
        **about,
        "labels": model.labels,
        "features": model.features,
        "lexicon": {"verbs": dict(sorted(lexicon.verbs.items())), "pairs": grouped},
    }
    (out / event_types.MODEL_FILE).write_bytes(orjson.dumps(meta, option=orjson.OPT_SORT_KEYS))
    with (out / event_types.WEIGHTS_FILE).open("wb") as handle:
        np.savez_compressed(
            handle, weights=model.weights.astype(np.float16), bias=model.bias.astype(np.float32)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ngec", type=Path, help="git dir of ahalterman/NGEC-2025, or the zip")
    parser.add_argument("cameo", type=Path, help="git dir of openeventdata/petrarch2, or the file")
    parser.add_argument("--plover", type=Path, default=SHARED / "plover" / "plover-dev.json")
    parser.add_argument("--split", type=Path, default=ROOT / "bench" / "eval" / "split.json")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    nlp = load_model()
    cameo = event_data.read_published(args.cameo, event_data.CAMEO_COMMIT, event_data.CAMEO_FILE)
    lexicon = verb_lexicon(nlp, event_data.cameo_entries(cameo.decode("utf-8")))
    print(f"verb dictionary: {len(lexicon.verbs)} verbs, {len(lexicon.pairs)} verb + object pairs")
    ngec = event_data.ngec_stories(args.ngec)
    stories = story_examples(nlp, ngec, lexicon)
    tune = tune_examples(nlp, event_data.plover_records(args.plover, args.split), lexicon)
    trainable = sum(e.trainable for e in stories), sum(e.trainable for e in tune)
    print(f"examples: {len(stories)} from {len(ngec)} NGEC stories, {len(tune)} PLOVER tune")
    print(f"  trainable (no mood that may have set the label): {trainable[0]}, {trainable[1]}")
    figures = ngec_held_out(stories, tune, lexicon, args.seed)
    figures |= tune_cross_validation(stories, tune, lexicon, args.seed)
    model = train(stories + tune, LABELS)
    about = {
        "about": "PLOVER event types of a clause; see README.md beside this file.",
        "seed": args.seed,
        "sources": {
            "ngec": f"ahalterman/NGEC-2025@{event_data.NGEC_COMMIT}:{event_data.NGEC_FILE}",
            "cameo": f"openeventdata/petrarch2@{event_data.CAMEO_COMMIT}:{event_data.CAMEO_FILE}",
            "plover": f"{trainable[1]} plover_tune records of bench/eval/split.json",
        },
        "figures": {k: round(v, 3) for k, v in figures.items()},
    }
    write_model(args.out, model, lexicon, about)
    print(f"wrote {len(model.features)} features x {len(model.labels)} types to {args.out}")


if __name__ == "__main__":
    main()
