"""Event types of sentences we wrote for every PLOVER type, read as the PLOVER scorer reads them.

    .venv/bin/python scripts/event_probes.py [PROBES] [--misses]

PROBES (default bench/eval/event_probes.tsv) holds one sentence a line, after its PLOVER type
and a tab. They were written for this project, a few per type, in the wire style of the PLOVER
records (the last 62 later, as a fresh check of the model as it then stood), and typed as
CAMEO's codes map onto PLOVER (`scripts/event_data.py`): material yields
(releases, returns, lifted blockades, CAMEO 084-087) are RETREAT, and a stated intent to act
together ('agreed to share intelligence', 'will meet next week', CAMEO 03) is AGREE. The tune
half of the PLOVER records has no COERCE record and one RETREAT, so these are what says
anything about such types before the blind figures do. As with the records, the first event
extracted from a sentence is its type; a sentence with no event counts as a miss. Tune on them
knowingly: they are a check, not a test set.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from attache_worker.extraction import extract_many

DEFAULT = Path(__file__).resolve().parents[1] / "bench" / "eval" / "event_probes.tsv"


def read_probes(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label, text = line.split("\t", 1)
            rows.append((label, text))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probes", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="list the sentences typed wrong")
    args = parser.parse_args()
    probes = read_probes(args.probes)
    extractions = extract_many([text for _, text in probes])
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for (label, text), extraction in zip(probes, extractions, strict=True):
        found = extraction.events[0].type if extraction.events else None
        total[label] += 1
        right[label] += found == label
        if found != label:
            misses.append(f"  {label} -> {found}: {text}")
    print(f"probes: {sum(right.values())}/{len(probes)} typed as written")
    print("  " + " ".join(f"{t}={right[t]}/{total[t]}" for t in sorted(total)))
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
