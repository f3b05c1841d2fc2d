"""Names in the listings of wire copy: results, standings, leaderboards and bowling figures,
where a line is names between figures ("Wrexham 2 0 2 0 5 5 2", "DETROIT 4 Kansas City 1",
"4. Leah Pells ( Canada ) 4:09.95", "287 Ian Woosnam 70 76 71 70"). NER, trained on sentences,
leaves many of them untagged or mislabelled; the shape of the line says they are names.

A line is a listing when it has two figures or more and every run of words between its figures
and brackets reads as a name (capitalized words, no verb or function word). Consecutive listing
lines form a block, and a block lists one kind of name: people (a leaderboard) or sides (teams
and clubs in a table). The block's names vote, by what NER and the dictionaries make of each;
a name opening with an initial ('R. Ponting') or a known given name is a person's whatever the
block, and one that looks like a side's ('Rabobank' among cyclists) stays a side's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.given_names import is_given_name
from attache_worker.extraction.nlp import text_of

# A rank ('4.'), score, time ('4:09.25'), distance ('1,500'), fraction, sets ('6-3'), bowling
# figures ('10-0-59-1'), a minute ('46th'), or the dash of a leader's games behind.
_FIGURE = re.compile(r"[-+]?\.?\d[\d,.:/-]*(?:st|nd|rd|th|%)?|-")
_BRACKETS = re.compile(r"[(),;]")
_TOKEN = re.compile(r"[(),;]|[^\s(),;]+")
# Lower-case words inside a name: 'Queen of the South', 'Brighton and Hove Albion'.
_NAME_LINKS = frozenset(
    {"of", "the", "and", "&", "'s", "de", "la", "del", "der", "van", "von", "da"}
)
_NOT_IN_NAMES = frozenset({"VERB", "AUX", "PRON", "ADV", "ADP", "DET", "SCONJ"})
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
_SIDE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
_MIN_FIGURES = 2
_LISTED = "attache.listed_names"


@dataclass(frozen=True, slots=True)
class Listed:
    span: Span
    person: bool


def listed_names(doc: Doc) -> list[Listed]:
    """Every name the document's listing lines hold, in reading order; read once a document."""
    cached = doc.user_data.get(_LISTED)
    if cached is None:
        cached = doc.user_data[_LISTED] = [n for block in _blocks(doc) for n in _kinds(block)]
    return list(cached)


def is_listed_side(span: Span) -> bool:
    """A team's or club's name in a listing line ('Wrexham 2 0 2 0 5 5 2')."""
    return any(n.span == span and not n.person for n in listed_names(span.doc))


def _blocks(doc: Doc) -> Iterator[list[tuple[Span, str]]]:
    """The names of each run of consecutive listing lines, each with the rest of its line."""
    text = text_of(doc)
    block: list[tuple[Span, str]] = []
    offset = 0
    for line in text.split("\n"):
        names = _names_on_line(doc, line, offset)
        if names:
            block += names
        elif block:
            yield block
            block = []
        offset += len(line) + 1
    if block:
        yield block


def _names_on_line(doc: Doc, line: str, offset: int) -> list[tuple[Span, str]]:
    cells = [(doc.char_span(offset + s, offset + e), e) for s, e in _name_cells(line)]
    named = [(span, line[end:]) for span, end in cells if span is not None]
    if len(named) < len(cells) or not all(_names_only(span) for span, _ in named):
        return []
    return [(span, rest) for span, rest in named if _may_be_listed(span)]


def _may_be_listed(span: Span) -> bool:
    """Not a country (the gazetteer has it) nor a letter ('Zeleznik ( B )')."""
    return len(span.text) > 1 and not _names_a_country(span.text)


def _kinds(block: list[tuple[Span, str]]) -> list[Listed]:
    """The kind of each name of a block; none when nothing in it looks like a name at all
    ('Sales 130 1,279', 'Revs 476 2,253': the rows of a company's results)."""
    votes = [_vote(span, rest) for span, rest in block]
    if not any(votes):
        return []
    people = sum(votes) > 0
    return [
        Listed(span, _opens_personal_name(span) or (people and vote >= 0))
        for (span, _), vote in zip(block, votes, strict=True)
    ]


def _vote(span: Span, rest_of_line: str) -> int:
    """How much the name looks like a person's (above 0) or a side's (below): what the
    dictionaries know counts twice what NER guessed."""
    labels = {t.ent_type_ for t in span if t.ent_type_}
    vote = 0
    if _opens_personal_name(span):
        vote += 2
    elif "PERSON" in labels or _country_follows(rest_of_line):
        vote += 1
    if get_gazetteer().is_known_place(span.text):
        vote -= 2
    elif len(span) > 1 and get_gazetteer().is_known_place(span[-1].text):
        # 'Hansa Rostock', 'Borussia Neunkirchen'.
        vote -= 1
    elif labels & _SIDE_LABELS:
        vote -= 1
    return vote


def _name_cells(line: str) -> Iterator[tuple[int, int]]:
    """The name cells of a listing line, or none when the line is no listing. A note in
    brackets ('( captain )', '( leg injury )') and a full stop ending the line are passed
    over."""
    figures = 0
    cells = []
    run: list[tuple[int, int, str]] = []
    tokens = list(_TOKEN.finditer(line))
    notes = _bracketed_notes(tokens)
    if tokens and tokens[-1].group() == ".":
        notes.add(len(tokens) - 1)
    for index, match in enumerate([*tokens, None]):
        if index in notes:
            continue
        word = "" if match is None else match.group()
        if match is not None and not _BRACKETS.fullmatch(word) and not _FIGURE.fullmatch(word):
            if not (_capitalized(word) or word in _NAME_LINKS):
                return  # prose: most lines end here, at their first lower-case word
            run.append((match.start(), match.end(), word))
            continue
        figures += bool(word) and not _BRACKETS.fullmatch(word)
        if run:
            if not _reads_as_name([w for _, _, w in run]):
                return
            cells.append((run[0][0], run[-1][1]))
        run = []
    if figures >= _MIN_FIGURES:
        yield from cells


def _bracketed_notes(tokens: list[re.Match[str]]) -> set[int]:
    """Token indices of bracketed words all in lower case ('( captain )')."""
    notes: set[int] = set()
    opened: int | None = None
    for index, match in enumerate(tokens):
        word = match.group()
        if word == "(":
            opened = index
        elif word == ")" and opened is not None:
            inside = [m.group() for m in tokens[opened + 1 : index]]
            if inside and all(w.isalpha() and w.islower() for w in inside):
                notes.update(range(opened + 1, index))
            opened = None
    return notes


def _capitalized(word: str) -> bool:
    return word[:1].isupper() and word[-1:] != ":"


def _reads_as_name(words: list[str]) -> bool:
    capitalized = [_capitalized(w) for w in words]
    return (
        capitalized[0]
        and capitalized[-1]
        and all(c or w in _NAME_LINKS for c, w in zip(capitalized, words, strict=True))
    )


def _names_only(span: Span) -> bool:
    """No function word, nor a verb inside a longer run: 'Iraq Says 40 Killed In 3 Attacks'
    is a headline. A word alone may be a verb to the tagger and a club ('Reading')."""
    return not any(
        t.text not in _NAME_LINKS and (t.is_stop or (t.pos_ in _NOT_IN_NAMES and len(span) > 1))
        for t in span
    )


def _names_a_country(text: str) -> bool:
    entry = get_gazetteer().lookup(text)
    return entry is not None and entry.kind == "COUNTRY"


def _opens_personal_name(span: Span) -> bool:
    """'R. Ponting', 'Ian Woosnam'."""
    first = span[0].text
    return _INITIAL.match(first) is not None or (len(span) > 1 and is_given_name(first))


def _country_follows(rest_of_line: str) -> bool:
    """'Leah Pells ( Canada )': competitors, and clubs in European cups, are listed with their
    country in brackets."""
    bracketed = re.match(r"\s*\(\s*([^()]+?)\s*\)", rest_of_line)
    return bracketed is not None and _names_a_country(bracketed.group(1))
