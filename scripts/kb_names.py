"""Names as the dictionaries write them (UPPER_SNAKE) turned into names as news writes them, and
the tests `build_kb.py` uses to tell a person's name, a role mention and an acronym apart."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from attache_worker.extraction.kb import initials


def words(text: str) -> list[str]:
    """A word list written as one string, to keep long tables readable."""
    return text.split()


# Lower-case inside a name unless first: English function words and Arabic, Romance, Germanic and
# Dutch name particles.
_MINOR = frozenset(
    words(
        "of the and for in on at to by with a an al el bin ibn bint de da do dos das du des la le "
        "van von der den y e fi wa wal li bi"
    )
)
# Words that make a name an organization's, never a person's.
ORG_WORDS = frozenset(
    words(
        """army front brigade brigades battalion battalions force forces party movement council
    coalition group groups network organization organisation union league committee commission
    alliance state jihad congress assembly ministry department office agency bank fund court
    tribunal institute center centre foundation association society federation corps guard
    guards police militia militias nations authority program programme mission service
    secretariat parliament government regime administration cabinet church university company
    corporation news radio television times post jaish jaysh liwa liwaa katibat kataeb harakat
    jabhat tanzim tanzeem hizb hezb ansar qaeda qaida taliban mujahideen mujahidin resistance
    revolutionary liberation national islamic democratic republic people's peoples kingdom
    emirate caliphate cells cell nuclei commando commandos squad units unit rebels fighters
    declaration initiative task legion"""
    )
)
# Honorifics and titles that stand before a name in a synonym but are not part of it.
_HONORIFICS = frozenset(
    words(
        "mr mrs ms dr sir dame sheikh sheik shaikh mullah ayatollah imam lord lady gen general col "
        "colonel maj major capt captain lt sen senator rep president premier king queen prince "
        "princess emir sultan former acting chancellor secretary minister pm prime deputy vice "
        "foreign interior defence defense finance crown secretary-general un us"
    )
)
_PERSON_LEADS = frozenset({"abu", "umm", "sheikh", "sheik", "mullah", "ayatollah"})
_VOWELS = set("AEIOU")


def words_of(raw: str) -> list[str]:
    """The words of a dictionary form, without the trailing `_` and stray punctuation."""
    text = raw.replace("_", " ").strip(" ,;:")
    return [w for w in text.split() if w]


def split_qualifier(raw: str) -> tuple[str, str | None]:
    """`ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_` -> (name, "AAIA"): a parenthesized acronym; any other
    parenthesized text (a country that disambiguates) stays with the name."""
    match = re.search(r"\(([^)]*)\)", raw)
    if not match:
        return raw, None
    inside = match.group(1).strip("_ ")
    if re.fullmatch(r"[A-Z][A-Z0-9./\-]{1,9}", inside):
        return (raw[: match.start()] + raw[match.end() :]).strip("_ "), inside
    return raw, None


def looks_like_acronym(word: str, known: set[str]) -> bool:
    """An all-capitals word to keep in capitals: a known acronym (written as one somewhere in
    the sources), a dotted or numbered one, or one no word could be (no vowel, two letters)."""
    letters = re.sub(r"[^A-Z]", "", word.upper())
    if not letters or _names_a_country(word):
        return False
    if word.upper() in known or "." in word or any(c.isdigit() for c in word):
        return True
    return len(letters) <= 2 or not (_VOWELS & set(letters))


@cache
def _names_a_country(word: str) -> bool:
    """'NATIONAL_LIBERATION_ARMY_(COLOMBIA)_': a country the parentheses disambiguate by, no
    acronym. Codes ('US', 'UAE') are acronyms still."""
    if len(word) <= 3:
        return False
    try:
        pycountry.countries.lookup(word)
    except LookupError:
        return False
    return True


def display(raw: str, acronyms: set[str], *, person: bool = False) -> str:
    """`ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_` -> "Islamic State of Iraq and the Levant"."""
    out = []
    for i, word in enumerate(words_of(raw)):
        out.append(_word_case(word, acronyms, first=i == 0, person=person))
    return " ".join(out)


def _word_case(word: str, acronyms: set[str], *, first: bool, person: bool) -> str:
    if not person and looks_like_acronym(word, acronyms) and word.lower() not in _MINOR:
        return word
    parts = re.split(r"([\-'/])", word)
    cased = [_part_case(p, first=first and i == 0) for i, p in enumerate(parts)]
    return "".join(cased)


def _part_case(part: str, *, first: bool) -> str:
    lower = part.lower()
    if not part or part in "-'/":
        return part
    if lower in _MINOR and not first:
        return lower
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2:].capitalize()
    if len(lower) == 1 and not first:
        return lower  # the s of "People's"
    return lower.capitalize()


def strip_honorifics(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    return words


def looks_like_person(raw: str, given_names: frozenset[str]) -> bool:
    """A name that is a person's: no organization word, and a known given name or an Arabic
    kunya (Abu...) first."""
    words = [w.lower() for w in strip_honorifics(words_of(split_qualifier(raw)[0]))]
    if not 2 <= len(words) <= 6 or any(w.strip("'") in ORG_WORDS for w in words):
        return False
    return words[0] in _PERSON_LEADS or words[0] in given_names


def is_initialism_of(short: str, long: str) -> bool:
    letters = re.sub(r"[^A-Z]", "", short.upper())
    if len(letters) < 2 or len(long.split()) < 2:
        return False
    return letters in {initials(long), initials(long, skip=frozenset())}


def cased(form: str, acronyms: set[str], *, person: bool) -> str:
    """A form as news writes it: dictionary forms are all capitals, others are kept."""
    if any(c.islower() for c in form):
        return form
    return display(form, acronyms, person=person)
