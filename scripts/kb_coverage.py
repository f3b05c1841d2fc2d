"""How much of a gold folder's actors the knowledge base knows, and how many of its non-actors it
would wrongly take for actors.

    .venv/bin/python scripts/kb_coverage.py GOLD_DIR [GOLD_DIR...]

Reads only the gold files' actor names, aliases and `not_actors` (never article texts). A form
counts as resolved when `lookup` gives an entry of the gold kind; the second figure also lets a
surname reach the one person it names and a nationality word its country.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from attache_worker.extraction.kb import KbEntry, get_kb


def resolve(form: str) -> KbEntry | None:
    kb = get_kb()
    found = kb.lookup(form)
    if found is None:
        people = kb.people_named(form)
        found = people[0] if len(people) == 1 else kb.nationality(form)
    return found


def measure(folders: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    kb = get_kb()
    for path in sorted(p for folder in folders for p in folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for actor in gold["actors"]:
            for form in [actor["name"], *actor["aliases"]]:
                counts["forms"] += 1
                found = kb.lookup(form)
                counts["lookup right kind"] += found is not None and found.kind == actor["kind"]
                counts["lookup wrong kind"] += found is not None and found.kind != actor["kind"]
                fallback = resolve(form)
                counts["with fallbacks"] += fallback is not None and fallback.kind == actor["kind"]
        for form in gold["not_actors"]:
            counts["not_actors"] += 1
            found = kb.lookup(form)
            if found is not None:
                counts[f"not_actors resolved as {found.kind}"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    counts = measure(parser.parse_args().folders)
    for key, value in sorted(counts.items()):
        print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
