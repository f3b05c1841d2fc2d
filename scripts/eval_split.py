"""The blind part of the development sets, chosen once by a seeded hash and never tuned on.

    .venv/bin/python scripts/eval_split.py write      # (re)writes bench/eval/split.json
    .venv/bin/python scripts/eval_split.py folders OUT  # OUT/{dev,blind,story} gold folders and
                                                       # OUT/plover-{tune,blind}.json to score

The shared evaluation material lives outside the repository (../shared): the Guardian gold files
(`corpus/guardian-dev`, whose texts come from ahalterman/NGEC-2025) and half of the PLOVER gold
records (`plover/plover-dev.json`, CC BY-SA 4.0). About a third of the single Guardian articles
and half of those PLOVER records are blind: their extractions are read only to report figures.
Only ids are committed here, never texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPLIT_FILE = ROOT / "bench" / "eval" / "split.json"
SALT = "attache-blind-2026:"
BLIND_ARTICLES = 4


def _rank(key: str) -> str:
    return hashlib.sha256((SALT + key).encode()).hexdigest()


def make_split(shared: Path) -> dict[str, list[str]]:
    corpus = shared / "corpus" / "guardian-dev"
    story = json.loads((corpus / "afrin.story.json").read_text(encoding="utf-8"))
    story_files = set(story["files"])
    golds = sorted(corpus.glob("*.gold.json"))
    in_story = {
        g.name
        for g in golds
        if Path(json.loads(g.read_text(encoding="utf-8"))["source"]["file"]).name in story_files
    }
    singles = sorted((g.name for g in golds if g.name not in in_story), key=_rank)
    records = json.loads((shared / "plover" / "plover-dev.json").read_text(encoding="utf-8"))
    ids = sorted((r["id"] for r in records["records"]), key=_rank)
    half = len(ids) // 2
    return {
        "guardian_blind": sorted(singles[:BLIND_ARTICLES]),
        "guardian_dev": sorted(singles[BLIND_ARTICLES:]),
        "guardian_story": sorted(in_story),
        "plover_blind": sorted(ids[:half]),
        "plover_tune": sorted(ids[half:]),
    }


def write_folders(split: dict[str, list[str]], shared: Path, out: Path) -> None:
    corpus = shared / "corpus" / "guardian-dev"
    for part in ("dev", "blind", "story"):
        folder = out / part
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name in split[f"guardian_{part}"]:
            shutil.copy(corpus / name, folder / name)
    plover = json.loads((shared / "plover" / "plover-dev.json").read_text(encoding="utf-8"))
    for part in ("tune", "blind"):
        wanted = set(split[f"plover_{part}"])
        kept = {**plover, "records": [r for r in plover["records"] if r["id"] in wanted]}
        (out / f"plover-{part}.json").write_text(json.dumps(kept, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["write", "folders"])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    if args.command == "write":
        split = make_split(args.shared)
        SPLIT_FILE.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SPLIT_FILE}")
        return
    if args.out is None:
        parser.error("folders needs OUT")
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    write_folders(split, args.shared, args.out)
    print(f"gold folders and PLOVER halves written under {args.out}")


if __name__ == "__main__":
    main()
