"""Short names an article defines for itself: "Hay'at Tahrir al-Sham (HTS)", "the YPG (People's
Protection Units)". The definition makes the short name an alias of the long one wherever it
appears, whatever the model tagged it (or whether it tagged it at all), and a name given an
acronym names a body, not a person.

A definition is a name and, right after it, a parenthesized single word in capitals whose
letters follow the initials of the name's words in order ('Islamic Revolutionary Guard Corps
(IRGC)', 'Jaysh Khalid bin al-Waleed (JKW)'), or the reverse order ('YPG (People's Protection
Units)'), where the initials may also spell a name in another language, so only its length is
checked. A body's short name may also follow 'known as' or 'known by its (Spanish) acronym'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from attache_worker.extraction.nlp import joins_a_word, text_of

_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")
_MIN_CAPITALS = 2
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z]{1,6}")
_WORD_START = re.compile(r"(?:^|[\s\-'’])([A-Za-z])")


@dataclass(frozen=True, slots=True)
class Definition:
    acronym: str
    # The long name as the article spells it.
    name: Span


def definitions(doc: Doc, names: list[tuple[Span, bool]]) -> list[Definition]:
    """Every acronym the article defines for one of `names` (spans of candidate names, each
    with whether it was read as a body), or for the words before it that its letters spell
    ('high negotiations committee (HNC)')."""
    found: dict[str, Definition] = {}
    for name, body in names:
        definition = _defined_after(name, body) or _defined_before(name)
        if definition is not None:
            found.setdefault(definition.acronym, definition)
    for definition in _defined_after_words(doc):
        found.setdefault(definition.acronym, definition)
    return list(found.values())


def abbreviates(acronym: str, name: str) -> bool:
    """Strictly the initials of the name's capitalized words: 'SNC', 'Syrian National
    Coalition'. Without a definition in the text, nothing looser is trusted."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return len(words) >= _MIN_CAPITALS and "".join(w[0] for w in words) == acronym


def _defined_after_words(doc: Doc) -> Iterator[Definition]:
    """'(HNC)' after words no model tagged: the shortest run of words before it, ending right
    before the parenthesis, whose initials the acronym spells."""
    for match in re.finditer(r"\(([A-Z][A-Za-z]{1,6})\)", text_of(doc)):
        inner = doc.char_span(match.start(1), match.end(1))
        if inner is None or not _is_acronym(inner.text) or inner.start < 2:
            continue
        end = inner.start - 1
        for start in range(end - len(inner.text), end - 2 * len(inner.text) - 1, -1):
            if start < 0:
                break
            words = doc[start:end]
            if any((t.is_punct and not joins_a_word(t)) or t.is_space for t in words):
                break
            if words[0].is_alpha and spells_initials(inner.text, words.text, strict_start=True):
                yield Definition(inner.text, words)
                break


def occurrences(doc: Doc, acronym: str) -> Iterator[Span]:
    """Every place the acronym stands as a word of its own."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])")
    for match in pattern.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            yield span


def _defined_after(name: Span, body: bool) -> Definition | None:
    """'Islamic Revolutionary Guard Corps (IRGC)'; after a name already read as a body, any
    short capitalized word in parentheses: 'Islamic State (Isis)', 'Democratic Union party
    (PYD)', whose letters may spell the name in another language."""
    inner = _parenthesized_after(name)
    if inner is None and body:
        inner = _known_as_after(name)
    if inner is None or len(name) < 2:
        return None
    if _is_acronym(inner.text) and spells_initials(inner.text, name.text):
        return Definition(inner.text, name)
    if body and _SHORT_NAME.fullmatch(inner.text) and inner.text.lower() != name[-1].lower_:
        return Definition(inner.text, name)
    return None


def _defined_before(name: Span) -> Definition | None:
    """'YPG (People's Protection Units)': the name in parentheses after a capitals word."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != "(" or len(name) < 2:
        return None
    if name.end >= len(doc) or doc[name.end].text != ")":
        return None
    short = doc[name.start - 2]
    if not _is_acronym(short.text) or len(short.text) > len(name) + 1:
        return None
    return Definition(short.text, name)


# 'known by its Spanish acronym Faes', 'known as Isis': how a body's short name is given after it.
_KNOWN = frozenset({"known", "called"})
_SHORT_NAME_NOUNS = frozenset({"acronym", "initials", "abbreviation", "name"})
_MAX_GAP = 4


def _known_as_after(name: Span) -> Span | None:
    """'the Special Actions Force, known by its Spanish acronym Faes': the word after 'known
    as' or after the acronym's noun, a few words on."""
    doc = name.doc
    i = name.end + (1 if name.end < len(doc) and doc[name.end].text == "," else 0)
    if i + 2 >= len(doc) or doc[i].lower_ not in _KNOWN:
        return None
    if doc[i + 1].lower_ == "as":
        return doc[i + 2 : i + 3]
    for j in range(i + 1, min(len(doc) - 1, i + 1 + _MAX_GAP)):
        if doc[j].lower_ in _SHORT_NAME_NOUNS:
            return doc[j + 1 : j + 2]
    return None


def _parenthesized_after(name: Span) -> Span | None:
    doc = name.doc
    end = name.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return doc[end + 1 : end + 2]
    return None


def _is_acronym(text: str) -> bool:
    return (
        _ACRONYM.fullmatch(text) is not None
        and sum(c.isupper() for c in text) >= max(_MIN_CAPITALS, len(text) - 1)
        and not text.isdigit()
    )


def spells_initials(acronym: str, name: str, *, strict_start: bool = False) -> bool:
    """The acronym's letters are initials of the name's words, in order, starting with the
    first significant one; small words ('of', 'the', 'bin') may be skipped or used. With
    `strict_start` the first word must give the first letter."""
    initials = [m.group(1).lower() for m in _WORD_START.finditer(name)]
    letters = acronym.lower()
    if not initials or letters[0] not in initials[: 1 if strict_start else 2]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True
