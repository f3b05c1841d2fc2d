"""Stretches of an article that are packaging, not reporting: datelines, bylines, copyright
lines, wire footers and ALL-CAPS headlines. No event, quote or initiative is read from them.

Names are another matter (`Boilerplate.zone`): a headline names real actors once re-cased, a
dateline names the place a story was filed from, and only bylines, copyright and footers name
no one worth keeping."""

from __future__ import annotations

import re
from bisect import bisect_right

_DASH = r"(?:--|—|–|-)"
_NAME = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
_DATELINE_PATTERNS = (
    # "(Bloomberg) --"
    re.compile(rf"^[ \t]*\([A-Z][\w .&'-]{{1,40}}\)[ \t]*{_DASH}[ \t]*", re.M),
    # "WASHINGTON (Reuters) -", "TOKYO, June 5 (AP) —", "KYIV —"
    re.compile(
        rf"^[ \t]*[A-Z][A-Z .'-]{{2,40}}(?:,[ \t]*[A-Z][a-z]{{2,9}}\.?[ \t]+\d{{1,2}})?"
        rf"[ \t]*(?:\([\w .&'-]{{2,40}}\))?[ \t]*{_DASH}[ \t]+",
        re.M,
    ),
    # "LONDON 1996-12-06", "AL-AIN , United Arab Emirates 1996-12-06" (a whole line).
    re.compile(
        r"^[ \t]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?: ?, ?[A-Z][\w.' -]{1,40}?)?"
        r"[ \t]+\d{4}-\d\d-\d\d[ \t]*$",
        re.M,
    ),
    # "Kabul (Reuters) -": a place in title case needs the agency to be told from a sentence.
    re.compile(rf"^[ \t]*{_NAME}[ \t]+\([\w .&'-]{{2,40}}\)[ \t]*{_DASH}[ \t]+", re.M),
    # "Geneva, March 3 (AFP) -"
    re.compile(
        rf"^[ \t]*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?,[ \t]*[A-Z][a-z]{{2,9}}\.?[ \t]+\d{{1,2}}"
        rf"[ \t]*(?:\([^)\n]{{2,40}}\))?[ \t]*{_DASH}[ \t]+",
        re.M,
    ),
)
_LINE_PATTERNS = (
    # A notice, not prose that mentions copyright ('sanctions over copyright piracy'): the
    # sign, a year after the word, the word opening a short line, or the reservation of rights.
    re.compile(
        r"^[^\n]{0,200}(?:©|\(c\) ?\d{4}|copyright ?(?:\(c\) ?)?\d{4}|all rights reserved)"
        r"[^\n]{0,200}$",
        re.M | re.I,
    ),
    re.compile(r"^[ \t]*(?:\(c\) ?)?copyright\b[^\n]{0,80}$", re.M | re.I),
    re.compile(
        rf"^[ \t]*By {_NAME}(?:,? (?:and|&) {_NAME})?[ \t]*$",
        re.M,
    ),
    re.compile(
        r"^[ \t]*\(?(?:Reporting|Writing|Editing|Additional reporting)(?: by|:) [^\n]{0,200}$", re.M
    ),
    re.compile(r"^[ \t]*To contact the (?:reporter|editor)s?[^\n]*$", re.M),
)
# Photo credits inside captions: 'REUTERS/Yves Herman', '(AFP Photo/Hassan Ebtekar)',
# 'Photograph: Omar Haj Kadour/AFP/Getty Images'. The names are a photographer's and an
# agency's, no party to the story; the caption's own sentence is still read.
_CREDIT_PATTERNS = (
    re.compile(
        r"\(?\b(?:AP|AFP|Reuters|REUTERS|EPA|Xinhua|Getty Images|ANADOLU|Anadolu)"
        r"(?: Photo| Images| PHOTO)?/[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\)?"
    ),
    re.compile(r"\bPhoto(?:graph)?s?: [A-Z][\w.'-]*(?:(?: |/)[A-Z][\w.'-]*){0,6}"),
)
_LINE = re.compile(r"[^\n]+")


HEADLINE = "headline"
DATELINE = "dateline"
PACKAGING = "packaging"


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) character ranges to leave out of the reading."""
    return _merge([(start, end) for start, end, _ in _zones(text)])


def _zones(text: str) -> list[tuple[int, int, str]]:
    found = [(*m.span(), DATELINE) for p in _DATELINE_PATTERNS for m in p.finditer(text)]
    found = [zone for zone in found if zone[1] > zone[0]]
    found += [(*m.span(), PACKAGING) for p in _LINE_PATTERNS for m in p.finditer(text)]
    found += [(*m.span(), PACKAGING) for p in _CREDIT_PATTERNS for m in p.finditer(text)]
    found += [(*m.span(), HEADLINE) for m in _LINE.finditer(text) if _is_headline(m.group())]
    return found


def _is_headline(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    words = line.split()
    if len(letters) < 6 or len(words) < 2 or len(words) > 25:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper / len(letters) >= 0.8


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class Boilerplate:
    """Answers 'is this character range packaging?' in logarithmic time."""

    def __init__(self, text: str) -> None:
        zones = _zones(text)
        self.spans = _merge([(start, end) for start, end, _ in zones])
        self._starts = [start for start, _ in self.spans]
        # Packaging first: a byline inside a shouting line stays a byline.
        order = {PACKAGING: 0, DATELINE: 1, HEADLINE: 2}
        self._zones = sorted(zones, key=lambda z: order[z[2]])

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end

    def datelines(self) -> list[tuple[int, int]]:
        """(start, end) of every dateline."""
        return [(s, e) for s, e, kind in self._zones if kind == DATELINE]

    def zone(self, start: int, end: int) -> str | None:
        """HEADLINE, DATELINE or PACKAGING for a range inside boilerplate, else None."""
        if not self.covers(start, end):
            return None
        return next((kind for s, e, kind in self._zones if s <= start and end <= e), PACKAGING)
