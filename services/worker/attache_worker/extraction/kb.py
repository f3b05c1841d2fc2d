"""The actor knowledge base: countries, organizations, armed groups, communities and office
holders with their names, ids, kinds, sectors and dated roles.

`data/kb.json` is derived by `scripts/build_kb.py` from openly licensed event-data dictionaries
(its header names them, with their commits and licences), never edited by hand. It is read once
per process; every look-up folds case, accents and typography, but short acronyms and forms that
are also common words ("US", "IS", "WHO", "AU") only match when written in capitals.

Kinds: COUNTRY for states; ORGANIZATION for any named body with members and a leadership,
armed or not (the UN, a ministry, a party, Islamic State, the YPG); GROUP for communities with
no organization of their own (Kurds, Yazidis, Sunnis); PERSON for people."""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

import orjson
from rapidfuzz import fuzz

ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
# CAMEO code prefixes that name no country, and the sector each stands for.
_PREFIX_SECTORS = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "NGM": "NGO", "MNC": "MNC"}
# Words that never count in the initials of a name ("Islamic State of Iraq and the Levant").
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "al", "el", "de", "to", "a"})
# A form this short, or one that is also a common word, matches only when written in capitals.
_STRICT_LENGTH = 3


@dataclass(frozen=True, slots=True)
class Role:
    """An office or membership: sector (GOV, MIL, REB, IGO...), where, and when."""

    code: str
    sector: str
    country: str | None
    org: str | None
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class KbEntry:
    id: str
    name: str
    kind: str
    sector: str | None
    country: str | None
    code: str | None
    aliases: tuple[str, ...]
    stored_roles: tuple[tuple[str | None, ...], ...] = ()
    demonyms: tuple[str, ...] = ()
    # Names a body of another country bears too (see `KnowledgeBase.shared_name`).
    shared_names: tuple[str, ...] = ()
    country_codes: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # Written by the project (scripts/kb_supplement.json), in whole or in part.
    curated: bool = False

    @property
    def roles(self) -> tuple[Role, ...]:
        """Offices and memberships, read from the stored form when asked for (most entries
        never are, and reading them all would slow the start of every worker)."""
        return tuple(_role(r, self.country_codes) for r in self.stored_roles)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"'s?$")


# Letters that Unicode does not decompose into an ASCII letter and a mark, which an ASCII
# fold would otherwise drop: 'Kalın' is 'Kalin', not 'Kaln'.
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
     "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
     "ħ": "h", "Ħ": "H"}
)  # fmt: skip


def to_ascii(text: str) -> str:
    """'Erdoğan' → 'Erdogan', 'Kalın' → 'Kalin': the letters without their marks."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return text.encode("ascii", "ignore").decode()


def fold(text: str) -> str:
    """The key every form is matched on: ASCII, lower case, no dots or apostrophes, hyphens as
    spaces, no leading "the" and no possessive ending."""
    if not text.isascii():
        text = to_ascii(text.translate(_QUOTES))
    text = text.lower().replace(".", "").replace("_", " ").replace("-", " ")
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = _SPACES.sub(" ", text).strip()
    if "'" in text:
        # "Hay'at" and "Hayat", "Workers' Party" and "Workers Party" are one spelling.
        text = _POSSESSIVE.sub("", text).replace("'", "")
    return text.removeprefix("the ")


# Names transliterated from Arabic, Persian or Urdu vary in their vowels and doubled letters
# ('Mohammed', 'Muhammad'; 'Jaish', 'Jaysh'), rarely in their consonants. Only names of several
# words that long are matched so, and only when close in spelling overall as well.
_INNER_VOWELS = re.compile(r"(?<=[a-z])[aeiouy]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_SKELETON_MIN_LENGTH = 10
# British and American spellings of the words bodies' names are made of: the dictionaries list
# 'World Food Programme' and 'International Labor Organization', the papers write either.
_BRITISH_SPELLINGS = re.compile(r"(?<=[a-z])isation|\b(?:centre|defence|programme|labour|co[ -]op)")
_AMERICAN_SPELLINGS = {
    "isation": "ization",
    "centre": "center",
    "defence": "defense",
    "programme": "program",
    "labour": "labor",
    "co op": "coop",
    "co-op": "coop",
}
_SPELLING_SIMILARITY = 85
# Kinds of collective actor other than states: bodies and groups.
BODY_KINDS = frozenset({"ORGANIZATION", "GROUP"})


# Every name of several words a text holds is looked up this way, and the same names come back
# article after article: the skeleton is the costly part of a miss.
@lru_cache(maxsize=1 << 16)
def spelling_skeleton(key: str) -> str | None:
    """A folded name's words without the vowels after their first letter and with doubled
    letters single: 'jaish e mohammed' is 'jsh e mhmd'. None for a name of one word."""
    words = key.split()
    if len(words) < 2 or len(key) < _SKELETON_MIN_LENGTH:
        return None
    return " ".join(_DOUBLED.sub(r"\1", _INNER_VOWELS.sub("", w)) for w in words)


def one_spelling(key: str) -> str:
    """A folded name with British spellings made American: 'world food programme' is 'world
    food program', 'organisation for security and co operation' 'organization for security
    and cooperation'."""
    if not _BRITISH_SPELLINGS.search(key):
        return key
    return _BRITISH_SPELLINGS.sub(lambda m: _AMERICAN_SPELLINGS[m.group()], key)


def _form_key(surface: str) -> str:
    """The key of the knowledge base's index of names: folded, in one spelling."""
    return one_spelling(fold(surface))


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-joined: the stable part of an id."""
    return re.sub(r"[^a-z0-9]+", "-", to_ascii(text).lower()).strip("-")


def initials(name: str, *, skip: frozenset[str] = INITIALS_SKIP) -> str:
    """Upper-case initials of the words of a name, skipping function words."""
    words = [w for w in re.split(r"[\s\-']+", fold(name)) if w and w not in skip]
    return "".join(w[0] for w in words).upper()


def _is_full_name(form: str) -> bool:
    words = form.split()
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words)


# Words a body's name may hold in lower case: 'Organisation for the Prohibition of …'.
_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "in", "on", "against", "al", "el"})
_PARTICLE_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-")


def _is_body_name(form: str) -> bool:
    words = form.split()
    if not words or not words[0][:1].isupper():
        return False
    last = words[-1]
    if last.startswith(_PARTICLE_PREFIXES):
        last = last.split("-", 1)[1]  # 'Hashd al-Shaabi'
    if not last[:1].isupper():
        return False
    return all(
        (w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha())
        or w in _NAME_PARTICLES
        or w.startswith(_PARTICLE_PREFIXES)
        for w in words
    )


# The words of a body's name that many countries' bodies share: 'National Front', 'Popular
# Liberation Forces', 'United National Front'.
_GENERIC_BODY_WORDS = frozenset(
    {"national", "popular", "people", "people's", "peoples", "democratic", "revolutionary"}
    | {"liberation", "socialist", "communist", "workers", "united", "patriotic", "unity"}
    | {"independence", "freedom", "republican", "progressive", "new"}
    | {"front", "party", "movement", "union", "alliance", "congress", "council", "league"}
    | {"organization", "organisation", "army", "group", "committee", "struggle", "resistance"}
    | {"force", "forces", "the", "of", "for", "and"}
)


def _generic_body_name(form: str) -> bool:
    """'National Front', which the dictionaries list as a cover name of a Greek group, or
    'National Liberation Movement' of the Tupamaros: a dictionary's alias made of words many
    countries' bodies share names no one body. An entry's own name, and the names the project
    lists, are indexed before the aliases and stay."""
    words = form.lower().replace("-", " ").split()
    return len(words) >= 2 and all(w in _GENERIC_BODY_WORDS for w in words)


def _written_in_capitals(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class KnowledgeBase:
    def __init__(self, table: dict[str, Any]) -> None:
        self.header: dict[str, Any] = {k: v for k, v in table.items() if k != "entries"}
        codes = table["country_codes"]
        self.entries: tuple[KbEntry, ...] = tuple(_entry(e, codes) for e in table["entries"])
        self._by_id = {e.id: e for e in self.entries}
        common = frozenset(table["common_words"])
        self._forms: dict[str, tuple[KbEntry, bool]] = {}
        self._surnames: dict[str, list[KbEntry]] = defaultdict(list)
        self._demonyms: dict[str, KbEntry] = {}
        self._shared: dict[str, list[KbEntry]] = defaultdict(list)
        # Every entry's own name, and the names the project lists, before the dictionaries'
        # aliases: 'Peoples Liberation Army' is China's army, though an Irish group listed it
        # among its old cover names, and 'Ansar Allah' the Houthis.
        for entry in self.entries:
            for form in (entry.name, *(entry.aliases if entry.curated else ())):
                self._index_form(form, entry, common)
        for entry in self.entries:
            self._index(entry, common)
        self._places: dict[str, str] = {fold(k): v for k, v in table["places"].items()}
        self._agents: dict[str, str] = table["agents"]
        self._media = frozenset(table.get("media", ()))

    def _index_form(self, form: str, entry: KbEntry, common: frozenset[str]) -> None:
        key = _form_key(form)
        strict = len(key.replace(" ", "")) <= _STRICT_LENGTH or key in common
        self._forms.setdefault(key, (entry, strict))

    def _index(self, entry: KbEntry, common: frozenset[str]) -> None:
        for form in entry.aliases:
            if not _generic_body_name(form):
                self._index_form(form, entry, common)
        for demonym in entry.demonyms:
            self._demonyms.setdefault(fold(demonym), entry)
        for form in entry.shared_names:
            self._shared[_form_key(form)].append(entry)
        if entry.kind == "PERSON":
            for surname in _surnames(entry):
                self._surnames[surname].append(entry)

    # -- look-ups -------------------------------------------------------------------------------
    def lookup(self, surface: str) -> KbEntry | None:
        """The actor a name or alias stands for, or None. Country adjectives and towns are not
        actors here: see `nationality` and `place_country`."""
        key = _form_key(surface)
        found = self._forms.get(key)
        if found is None:
            return self._body_spelled_alike(key)
        entry, strict = found
        if strict and not _written_in_capitals(re.sub(r"^[Tt]he\s+", "", surface.strip())):
            return None
        return entry

    def is_shared(self, surface: str) -> bool:
        """Whether bodies of several countries bear the name (see `shared_name`)."""
        return _form_key(surface) in self._shared

    def shared_name(self, surface: str, countries: Iterable[str]) -> KbEntry | None:
        """The body a name several countries' bodies bear stands for in an article naming
        `countries` (ISO codes): the one body of those countries that bears it, else None."""
        bearers = self._shared.get(_form_key(surface), ())
        wanted = set(countries)
        found = [entry for entry in bearers if entry.country in wanted]
        return found[0] if len(found) == 1 else None

    def _body_spelled_alike(self, key: str) -> KbEntry | None:
        """The body a name of several words transliterates another way than the dictionaries:
        'Jaish-e-Mohammed' for 'Jaish-e-Mohammad', 'Jaysh al-Islam' for 'Jaish al-Islam'."""
        skeleton = spelling_skeleton(key)
        found = self._bodies_by_skeleton.get(skeleton) if skeleton is not None else None
        if found is None or fuzz.ratio(key, found[1]) < _SPELLING_SIMILARITY:
            return None
        return found[0]

    @cached_property
    def _bodies_by_skeleton(self) -> dict[str, tuple[KbEntry, str] | None]:
        """Bodies' names by their consonant skeleton; None where two bodies share one."""
        out: dict[str, tuple[KbEntry, str] | None] = {}
        for key, (entry, strict) in self._forms.items():
            skeleton = None if strict else spelling_skeleton(key)
            if skeleton is None or entry.kind not in BODY_KINDS:
                continue
            known = out.get(skeleton, (entry, key))
            out[skeleton] = (entry, key) if known is not None and known[0] is entry else None
        return out

    def body_acronyms(
        self, *, length: tuple[int, int] = (3, 5), curated: bool = False
    ) -> list[str]:
        """Organizations' names written as acronyms of three to five capitals ('HTS'), or of
        the given lengths, of curated entries only if asked ('IS')."""
        low, high = length
        forms = (
            f
            for e in self.entries
            if e.kind == "ORGANIZATION" and (e.curated or not curated)
            for f in (e.name, *e.aliases)
        )
        return sorted({f for f in forms if f.isalpha() and f.isupper() and low <= len(f) <= high})

    def body_names(self) -> list[str]:
        """Organizations' names as news writes them, capitalized word by word ('Popular
        Mobilisation Forces', 'Peshmerga'), for finding where the model tagged nothing."""
        forms = (f for e in self.entries if e.kind == "ORGANIZATION" for f in (e.name, *e.aliases))
        return sorted({f for f in forms if _is_body_name(f)})

    @cached_property
    def body_last_words(self) -> frozenset[str]:
        """The last words of bodies' names and aliases, folded: 'government' of 'Kurdistan
        Regional Government'. A cheap test before looking a longer name up."""
        forms = (f for e in self.entries if e.kind == "ORGANIZATION" for f in (e.name, *e.aliases))
        return frozenset(fold(f).rsplit(" ", 1)[-1] for f in forms if " " in f)

    def is_outlet(self, surface: str) -> bool:
        """A news outlet's name: a wire, paper or broadcaster ('Reuters', 'Haaretz')."""
        return fold(surface) in self._media

    def get(self, actor_id: str) -> KbEntry | None:
        return self._by_id.get(actor_id)

    def people_full_names(self) -> list[str]:
        """People's names of two words or more, every word capitalized ('Theresa May'), as the
        dictionaries spell them: a full name is specific enough to find by its spelling where
        the model tagged nothing ('Theresa May has announced …')."""
        forms = (f for e in self.entries if e.kind == "PERSON" for f in (e.name, *e.aliases))
        return sorted({f for f in forms if _is_full_name(f)})

    @cached_property
    def given_names(self) -> frozenset[str]:
        """First words of the people's names, less those that open a body's or a country's
        name too ('Abu' of 'Abu Sayyaf', 'New' of 'New Zealand')."""
        first = {e.name.split()[0] for e in self.entries if e.kind == "PERSON" and " " in e.name}
        others = {e.name.split()[0] for e in self.entries if e.kind != "PERSON"}
        return frozenset(first - others)

    def people_named(self, surname: str) -> tuple[KbEntry, ...]:
        return tuple(self._surnames.get(fold(surname), ()))

    def nationality(self, word: str) -> KbEntry | None:
        """The country of a nationality word, singular or plural ("Syrian", "Iraqis")."""
        return self._demonyms.get(fold(word))

    def place_country(self, name: str) -> str | None:
        """The ISO country of a town, region or landmark the dictionaries place in one."""
        return self._places.get(fold(name))

    def acronym_candidates(self, acronym: str) -> tuple[KbEntry, ...]:
        """Entries an acronym can stand for: those that list it as an alias first, then those
        whose name or an alias has it for initials."""
        wanted = re.sub(r"[^A-Za-z0-9]", "", acronym).upper()
        if len(wanted) < 2:
            return ()
        listed = self._forms.get(_form_key(wanted))
        found = [listed[0]] if listed else []
        for entry in _initials_index(self).get(wanted, ()):
            if entry not in found:
                found.append(entry)
        return tuple(found)

    def agent_sector(self, noun: str) -> str | None:
        """The sector (GOV, MIL, REB, OPP, JUD...) an agent noun or title names."""
        key = fold(noun)
        for form in (key, *_singulars(key)):
            if form in self._agents:
                return self._agents[form]
        return None

    def person_affiliation(self, entry: KbEntry, on_date: date | None = None) -> Role | None:
        """The role a person held on a date (a government office before a lesser one), or their
        latest role when no date is given."""
        if not entry.stored_roles:
            return None
        if on_date is None:
            return max(entry.roles, key=_recency)
        held = [r for r in entry.roles if r.holds_on(on_date)]
        if not held:
            return None
        return min(held, key=lambda r: (r.sector == "ELI", -_recency(r).toordinal()))


def is_armed_group(entry: KbEntry) -> bool:
    """A non-state armed body or banner: rebels, insurgents, militias, militant networks."""
    return entry.kind in BODY_KINDS and entry.sector in ARMED_SECTORS


# CAMEO sector codes of bodies that watch, tend or report (human rights, health, refugees,
# media), wherever in the code they stand: 'NGOHRIAMN' (Amnesty), 'SYROPPHRI' (the Syrian
# Observatory), 'IGOUNOREFHCR' (UNHCR).
_WATCHING_CODES = ("HRI", "HLH", "REF", "MED")


def is_monitor(entry: KbEntry) -> bool:
    """A body that counts and reports what others do rather than doing it: a non-governmental
    organization, the United Nations and its agencies ('the UN said 4,000 have been killed'),
    or any body with a human-rights, health, refugee or media code."""
    if entry.kind != "ORGANIZATION":
        return False
    code = entry.code or ""
    return (
        entry.sector == "NGO"
        or code.startswith(_UNITED_NATIONS)
        or any(code[i : i + 3] in _WATCHING_CODES for i in range(3, len(code), 3))
    )


_UNITED_NATIONS = "IGOUNO"


def _recency(role: Role) -> date:
    """Open-ended roles are the current ones."""
    return role.end or date.max


def _singulars(word: str) -> list[str]:
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def _surnames(entry: KbEntry) -> set[str]:
    """A person's family name as news gives it alone: the last word, and with its particle."""
    found = set()
    for form in (entry.name, *entry.aliases):
        words = form.split()
        if len(words) == 1:
            found.add(fold(words[0]))
        elif len(words) > 1:
            found.update(_last_name_forms(words[-1]))
            if fold(words[-2]) in INITIALS_SKIP:
                found.add(fold(" ".join(words[-2:])))
    return found


def _last_name_forms(word: str) -> set[str]:
    """A hyphenated last word is said whole ('Ki-Moon', 'Boer-Buquicchio'), and after its
    particle ('al-Assad' as 'Assad'), but its last part alone is no one's name: 'Moon' is
    President Moon Jae-in, never Ban Ki-Moon."""
    particle, _, rest = word.partition("-")
    if rest and fold(particle) in INITIALS_SKIP:
        return {fold(word), fold(rest)}
    return {fold(word)}


@cache
def _initials_index(kb: KnowledgeBase) -> dict[str, tuple[KbEntry, ...]]:
    index: dict[str, list[KbEntry]] = defaultdict(list)
    for entry in kb.entries:
        if entry.kind not in ("ORGANIZATION", "COUNTRY"):
            continue
        for form in (entry.name, *entry.aliases):
            if len(form.split()) < 2:
                continue
            for key in {initials(form), initials(form, skip=frozenset())}:
                if len(key) >= 2 and entry not in index[key]:
                    index[key].append(entry)
    return {k: tuple(v) for k, v in index.items()}


def _role(item: tuple[str | None, ...], country_codes: dict[str, str]) -> Role:
    """A role as stored: [code, start, end] and maybe the organization's id."""
    code, start, end = item[0] or "", item[1], item[2]
    head = code[:3]
    if head in _PREFIX_SECTORS:
        country, sector = None, _PREFIX_SECTORS[head]
    else:
        country, sector = country_codes.get(head), code[3:6] or "GOV"
    return Role(
        code=code,
        sector=sector,
        country=country,
        org=item[3] if len(item) > 3 else None,
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
    )


def _entry(item: dict[str, Any], country_codes: dict[str, str]) -> KbEntry:
    return KbEntry(
        id=item["id"],
        name=item["name"],
        kind=item["kind"],
        sector=item.get("sector"),
        country=item.get("country"),
        code=item.get("code"),
        aliases=tuple(item.get("aliases", ())),
        stored_roles=tuple(tuple(r) for r in item.get("roles", ())),
        country_codes=country_codes,
        demonyms=tuple(item.get("demonyms", ())),
        shared_names=tuple(item.get("shared_names", ())),
        curated="supplement" in item.get("source", ""),
    )


def load_table() -> dict[str, Any]:
    raw = resources.files("attache_worker.extraction").joinpath("data", "kb.json").read_bytes()
    table: dict[str, Any] = orjson.loads(raw)
    return table


@cache
def get_kb() -> KnowledgeBase:
    """The knowledge base, built once per process."""
    table = load_table()
    # Tens of thousands of small objects: without this the collector runs over them again and
    # again while they are being made, which doubles the time to load.
    gc.disable()
    try:
        return KnowledgeBase(table)
    finally:
        gc.enable()


def lookup(surface: str) -> KbEntry | None:
    return get_kb().lookup(surface)


def people_named(surname: str) -> tuple[KbEntry, ...]:
    return get_kb().people_named(surname)


def person_affiliation(entry: KbEntry, on_date: date | None = None) -> Role | None:
    return get_kb().person_affiliation(entry, on_date)


def acronym_candidates(acronym: str) -> tuple[KbEntry, ...]:
    return get_kb().acronym_candidates(acronym)


def agent_sector(noun: str) -> str | None:
    return get_kb().agent_sector(noun)
