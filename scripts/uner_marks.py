"""Universal NER (UNER) IOB2 files turned into the inline-marked corpus `ner_eval.py` reads.

    .venv/bin/python scripts/uner_marks.py IOB2_FILE OUT_DIR [--prefix pud]

UNER (https://www.universalner.org, CC BY-SA 4.0) annotates Universal Dependencies treebanks
with PER, ORG, LOC and OTH. English-PUD mixes news documents (ids `n…`) and Wikipedia documents
(ids `w…`), so the output is one file per genre: OUT_DIR/PREFIX-news.txt and PREFIX-wiki.txt.
Each sentence keeps its original spacing ("# text"), one a line, a blank line between documents;
OTH is written as MISC, which the scorer leaves out. The files are data under the corpus's
licence: keep them out of the repository.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

GENRES = {"n": "news", "w": "wiki"}
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


@dataclass
class Sentence:
    doc_id: str
    text: str
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def read_iob2(path: Path) -> Iterator[Sentence]:
    """Sentences in file order, each with the document it belongs to."""
    doc_id = ""
    sentence: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id ="):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            sentence = Sentence(doc_id, line.split("=", 1)[1].strip())
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if sentence is not None and sentence.tokens:
                yield sentence
            sentence = None
        elif sentence is not None:
            columns = line.split("\t")
            sentence.tokens.append(columns[1])
            sentence.tags.append(columns[2] if len(columns) > 2 else "O")
    if sentence is not None and sentence.tokens:
        yield sentence


def token_offsets(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where each token sits in the sentence's text (tokens are written in order, unchanged)."""
    offsets = []
    position = 0
    for token in tokens:
        start = text.find(token, position)
        if start < 0:
            raise ValueError(f"token {token!r} not found in {text!r}")
        offsets.append((start, start + len(token)))
        position = start + len(token)
    return offsets


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, label) for each IOB2 entity; a stray I- opens one."""
    found: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or label not in LABELS:
            continue
        continues = prefix == "I" and found and found[-1][1] == i and found[-1][2] == label
        if continues:
            start, _, _ = found[-1]
            found[-1] = (start, i + 1, label)
        else:
            found.append((i, i + 1, label))
    return found


def marked(sentence: Sentence) -> str:
    """The sentence's text with "[surface|LABEL]" around each entity."""
    text = sentence.text
    offsets = token_offsets(text, sentence.tokens)
    pieces = []
    last = 0
    for first, end, label in spans(sentence.tags):
        start_char, end_char = offsets[first][0], offsets[end - 1][1]
        pieces.append(text[last:start_char])
        pieces.append(f"[{text[start_char:end_char]}|{LABELS[label]}]")
        last = end_char
    pieces.append(text[last:])
    return "".join(pieces)


def write_genres(source: Path, out_dir: Path, prefix: str) -> dict[str, int]:
    lines: dict[str, list[str]] = {genre: [] for genre in GENRES.values()}
    previous: dict[str, str] = {}
    for sentence in read_iob2(source):
        genre = GENRES.get(sentence.doc_id[:1], "other")
        out = lines.setdefault(genre, [])
        if out and previous.get(genre) != sentence.doc_id:
            out.append("")
        previous[genre] = sentence.doc_id
        out.append(marked(sentence))
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for genre, out in lines.items():
        if out:
            (out_dir / f"{prefix}-{genre}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
            counts[genre] = sum(1 for line in out if line)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="a UNER .iob2 file")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--prefix", default="pud")
    args = parser.parse_args()
    for genre, count in write_genres(args.source, args.out_dir, args.prefix).items():
        print(f"{args.prefix}-{genre}.txt: {count} sentences")


if __name__ == "__main__":
    main()
