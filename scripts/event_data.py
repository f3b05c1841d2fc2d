"""The public data the event-type model learns from, read from where it is published.

- NGEC synthetic stories (ahalterman/NGEC-2025, MIT): 4,500 stories written to order from
  hand-written headlines, each labelled with one of 16 POLECAT types and a mode. Read from a git
  copy of the repository at a fixed commit, or from the zip (or csv) itself.
- The CAMEO verb dictionary of PETRARCH2 (openeventdata/petrarch2, MIT): verbs and verb +
  object patterns with CAMEO codes, read the same way.
- PLOVER gold records (Open Event Data Alliance, CC BY-SA 4.0): only the ids our split marks
  `plover_tune`; the `plover_blind` ones are never read here.

`polecat_to_plover` and `cameo_to_plover` say how each vocabulary maps onto the PLOVER 0.5 types
the gold and the contract use.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

NGEC_COMMIT = "a3909e2aa02969ccaaa915a9626a5316e1cac0f8"
NGEC_FILE = "setup/train_classifiers/gpt_synthetic_events_2023-10-19_19.csv.zip"
CAMEO_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
CAMEO_FILE = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
PLOVER_TYPES = (
    *("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE"),
    *("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION"),
    *("COERCE", "ASSAULT", "FIGHT"),
)

# POLECAT (NGEC) -> PLOVER 0.5. POLECAT renamed DEMAND to REQUEST, folded INVESTIGATE and
# DISAPPROVE into ACCUSE (its mode tells them apart: INVESTIGATE, or ALLEGE/DISAPPROVE, which
# PLOVER 0.5 files under DISAPPROVE with CAMEO 11), and folded CAMEO 19 FIGHT (conventional
# military force: air strikes, drones, shelling) into ASSAULT, which keeps CAMEO 18's one-sided
# violence (beatings, bombings, abductions, killings).
_RENAMED = {"REQUEST": "DEMAND"}
_MILITARY_MODES = frozenset({"AERIAL", "DRONE", "HEAVY-WEAPONS"})

# CAMEO cue category (first two digits) -> PLOVER 0.5, as the PLOVER manual's translation
# table and the gold records have it; 01 (statements) and 02 (appeals) have no PLOVER type.
_CAMEO_ROOTS = {
    3: "AGREE",
    4: "CONSULT",
    5: "SUPPORT",
    6: "COOPERATE",
    7: "AID",
    9: "INVESTIGATE",
    10: "DEMAND",
    11: "DISAPPROVE",
    12: "REJECT",
    13: "THREATEN",
    14: "PROTEST",
    15: "MOBILIZE",
    16: "SANCTION",
    17: "COERCE",
    18: "ASSAULT",
    19: "FIGHT",
    20: "ASSAULT",
}
# CAMEO 08 YIELD: 081-083 give way in words or policy (CONCEDE), 084-087 in deeds (RETREAT).
_MATERIAL_YIELD = frozenset({"084", "085", "086", "087"})


def polecat_to_plover(label: str, mode: str) -> str:
    if label == "ACCUSE":
        return "INVESTIGATE" if mode == "INVESTIGATE" else "DISAPPROVE"
    if label == "ASSAULT" and mode in _MILITARY_MODES:
        return "FIGHT"
    return _RENAMED.get(label, label)


def cameo_to_plover(code: str) -> str | None:
    code = code.split(":")[0].strip()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    if code.startswith("08"):
        return "RETREAT" if code[:3] in _MATERIAL_YIELD else "CONCEDE"
    return _CAMEO_ROOTS.get(int(code[:2]))


def read_published(source: Path, commit: str, path: str) -> bytes:
    """A file from a git copy of its repository at `commit`, or the file itself."""
    if source.is_dir():
        done = subprocess.run(
            ["git", f"--git-dir={source}", "show", f"{commit}:{path}"],
            capture_output=True,
            check=True,
        )
        return done.stdout
    return source.read_bytes()


@dataclass(frozen=True, slots=True)
class Story:
    template: str  # the hand-written headline, with {country_1}-style slots
    title: str  # the headline as filled in, in sentence case
    text: str
    label: str  # PLOVER 0.5
    polecat: str
    mode: str


def ngec_stories(source: Path) -> list[Story]:
    raw = read_published(source, NGEC_COMMIT, NGEC_FILE)
    if zipfile.is_zipfile(io.BytesIO(raw)):
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            (name,) = [n for n in archive.namelist() if n.endswith(".csv")]
            raw = archive.read(name)
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    return [_story(row) for row in rows]


def _story(row: dict[str, str]) -> Story:
    template = row["title"].strip()
    # The prompt opens with the headline as filled in ('Haiti Teachers …\n\n(Reuters) --').
    filled = row["prompt"].split("\n", 1)[0].strip()
    return Story(
        template=template,
        title=sentence_case(filled, _slot_values(template, filled), row["text"]),
        text=row["text"],
        label=polecat_to_plover(row["label"], row["mode"]),
        polecat=row["label"],
        mode=row["mode"],
    )


_SLOT = re.compile(r"\{\w+\}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)")


def _slot_values(template: str, filled: str) -> list[str]:
    parts = _SLOT.split(template)
    pattern = "(.+?)".join(re.escape(p) for p in parts)
    match = re.fullmatch(pattern, filled)
    return list(match.groups()) if match else []


def sentence_case(title: str, names: list[str], body: str) -> str:
    """A headline In Title Case as a sentence: the small model reads capitalized words as
    names. Kept capitalized: the first word, the names filled into the slots, acronyms, and
    words the story itself capitalizes mid-sentence."""
    keep = {w for name in names for w in _WORD.findall(name)}
    keep |= set(_MID_SENTENCE_NAME.findall(body))
    words = iter(_WORD.finditer(title))
    first = next(words, None)
    out = title
    for match in words:
        word = match.group(0)
        if word in keep or word.isupper() or not word[0].isupper():
            continue
        out = out[: match.start()] + word.lower() + out[match.end() :]
    return out if first is not None else title


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    text: str
    label: str


def plover_records(path: Path, split_file: Path, part: str = "plover_tune") -> list[Record]:
    """The PLOVER gold records our split puts in `part`; never call this with the blind part
    while tuning."""
    wanted = set(json.loads(split_file.read_text(encoding="utf-8"))[part])
    records = json.loads(path.read_text(encoding="utf-8"))["records"]
    return [Record(r["id"], r["text"].strip(), r["event"]) for r in records if r["id"] in wanted]


@dataclass(frozen=True, slots=True)
class CameoEntry:
    verb: str  # lemma, 'stir up' for a phrasal verb
    obj: str | None  # the object or preposition + object the pattern names, as written
    label: str
    # The pattern names the object with words qualifying it ('{PEACE OFFENSIVE}'): it says
    # less of the head word alone than a pattern naming that alone.
    qualified: bool = False
    qualifier: str | None = None  # the word before the head of such a compound: 'peace'


_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+\S+\s+\[([^\]]*)\]\s+---")
_VERB_LINE = re.compile(r"^\+?[A-Z][A-Z_]*$")


def cameo_entries(text: str) -> Iterator[CameoEntry]:
    """Verbs with the code they carry (or their block's), and `verb * object` patterns.

    Patterns with words before the verb, or longer than a verb and one object phrase, are left
    out: the model reads a verb and its object, not PETRARCH's phrase grammar."""
    synonyms = _synonym_sets(text)
    section = text.split("####### VERB PATTERNS #######", 1)[-1]
    section = section.split("######## TRANSFORMATIONS", 1)[0]
    block_code, verbs = "---", list[str]()
    for raw in section.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        block = _BLOCK.match(line)
        if block is not None:
            block_code, verbs = block.group(1), []
        elif line.startswith("-"):
            yield from _patterns(line, verbs, synonyms)
        elif line.strip() and _VERB_LINE.match(line.split()[0]):
            verb = line.split()[0].lstrip("+").lower().replace("_", " ")
            verbs.append(verb)
            code = _CODE.search(line)
            label = cameo_to_plover(code.group(1) if code else block_code)
            if label is not None:
                yield CameoEntry(verb, None, label)


def _synonym_sets(text: str) -> dict[str, list[str]]:
    head = text.split("####### VERB PATTERNS #######", 1)[0]
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in head.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0], [])
        elif line.startswith("+") and current is not None:
            current.append(line[1:].split()[0].lower().replace("_", " "))
    return sets


def _patterns(line: str, verbs: list[str], synonyms: dict[str, list[str]]) -> Iterator[CameoEntry]:
    code = _CODE.search(line)
    if code is None:
        return
    label = cameo_to_plover(code.group(1))
    pattern = line[1 : code.start()].strip()
    if label is None or not pattern.startswith("*"):
        return
    rest = pattern[1:].strip()
    qualified = _qualifies_its_object(rest)
    qualifier = _qualifier(rest)
    for obj in _pattern_objects(rest, synonyms):
        for verb in verbs:
            yield CameoEntry(verb, obj, label, qualified, qualifier)


def _qualifier(rest: str) -> str | None:
    """'peace' of '{PEACE OFFENSIVE}': the word right before a compound object's head."""
    if not rest.startswith("{"):
        return None
    words = rest[1 : rest.find("}")].split()
    word = words[-2].lower() if len(words) > 1 else ""
    return word if word.isalpha() else None


def _qualifies_its_object(rest: str) -> bool:
    """'{PEACE OFFENSIVE}', '(ON {DIPLOMATIC OFFENSIVE})': a compound of several words;
    'DEAL (WITH MANUFACTURER)': an object with words the match also needs after it."""
    inner = re.search(r"\{([^}]*)\}", rest)
    if inner is not None:
        return len(inner.group(1).split()) > 1
    return not rest.startswith("(") and len(rest.split()) > 1


def _pattern_objects(rest: str, synonyms: dict[str, list[str]]) -> list[str]:
    """'{BANK ACCOUNT}' -> account; '(OF TORTURE)' -> 'of torture'; '&FOOD' -> the set's words."""
    if rest.startswith("{"):
        words = rest[1 : rest.find("}")].split()
        return [words[-1].lower()] if words and words[-1].isalpha() else []
    if rest.startswith("("):
        words = [w.strip("{}").lower() for w in rest[1 : rest.find(")")].split()]
        words = [w for w in words if w.isalpha()]
        return [" ".join([words[0], words[-1]]) if len(words) > 1 else words[0]] if words else []
    first = rest.split()[0] if rest.split() else ""
    if first.startswith("&"):
        return [w for w in synonyms.get(first, []) if w.isalpha()]
    return [first.lower()] if first.isalpha() else []
