"""Stretches of an article that are packaging, not reporting: datelines, bylines, copyright
lines, wire footers and ALL-CAPS headlines. Names inside them are not actors."""

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
    # "Geneva, March 3 (AFP) -"
    re.compile(
        rf"^[ \t]*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?,[ \t]*[A-Z][a-z]{{2,9}}\.?[ \t]+\d{{1,2}}"
        rf"[ \t]*(?:\([^)\n]{{2,40}}\))?[ \t]*{_DASH}[ \t]+",
        re.M,
    ),
)
_LINE_PATTERNS = (
    re.compile(
        r"^[^\n]{0,200}(?:©|\(c\) ?\d{4}|copyright|all rights reserved)[^\n]{0,200}$", re.M | re.I
    ),
    re.compile(
        rf"^[ \t]*By {_NAME}(?:,? (?:and|&) {_NAME})?[ \t]*$",
        re.M,
    ),
    re.compile(
        r"^[ \t]*\(?(?:Reporting|Writing|Editing|Additional reporting)(?: by)? [^\n]{0,200}$", re.M
    ),
    re.compile(r"^[ \t]*To contact the (?:reporter|editor)s?[^\n]*$", re.M),
)
_LINE = re.compile(r"[^\n]+")


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) character ranges to leave out of the reading."""
    found = [m.span() for p in _DATELINE_PATTERNS for m in p.finditer(text) if m.end() > m.start()]
    found += [m.span() for p in _LINE_PATTERNS for m in p.finditer(text)]
    found += [m.span() for m in _LINE.finditer(text) if _is_headline(m.group())]
    return _merge(found)


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
        self.spans = boilerplate_spans(text)
        self._starts = [start for start, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end
