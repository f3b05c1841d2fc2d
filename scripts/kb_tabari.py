"""Readers for the TABARI/PETRARCH dictionary formats that `build_kb.py` derives the actor
knowledge base from: actor files (a name, `+` synonyms, then `[CODE dates]` lines) and agent
files (`NOUN {PLURAL} [~CODE]`). Text in, plain records out: no knowledge of what a code means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

_CODE = re.compile(r"\[([^\]]*)\]")
_NO_CODE = re.compile(r"-+")
# `>YYMMDD` (from), `<YYMMDD` (until), `YYMMDD-YYMMDD` (between); six or eight digits.
_SPAN = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})?$")
_FROM = re.compile(r"^>\s*(\d{6}|\d{8})$")
_UNTIL = re.compile(r"^<\s*(\d{6}|\d{8})$")
# Two-digit years in the dictionaries (compiled 2014-2016) up to this one are in the 2000s.
_CENTURY_PIVOT = 25


@dataclass(frozen=True, slots=True)
class Code:
    """One bracketed code line: `SYRGOV`, with the dates it held, when the line gives them."""

    code: str
    start: date | None = None
    end: date | None = None


@dataclass(slots=True)
class Block:
    """A head name, its synonyms and its codes, in the file's own UPPER_SNAKE spelling."""

    names: list[str]
    codes: list[Code] = field(default_factory=list)
    comment: str = ""
    section: str = ""
    # `[---]`: the file lists the name to say it codes nothing ('INDIAN_OCEAN  [---]').
    uncoded: bool = False


def parse_date(text: str) -> date | None:
    """YYMMDD or YYYYMMDD; None for the impossible dates a few lines carry."""
    if len(text) == 6:
        yy = int(text[:2])
        year = (2000 if yy <= _CENTURY_PIVOT else 1900) + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return date(year, max(month, 1), max(day, 1))
    except ValueError:
        return None


def parse_code(inside: str) -> Code | None:
    parts = inside.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code = parts[0]
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not rest:
        return Code(code)
    if match := _SPAN.match(rest):
        end = parse_date(match.group(2)) if match.group(2) else None
        return Code(code, parse_date(match.group(1)), end)
    if match := _FROM.match(rest):
        return Code(code, start=parse_date(match.group(1)))
    if match := _UNTIL.match(rest):
        return Code(code, end=parse_date(match.group(1)))
    return Code(code)


def _split_comment(line: str) -> tuple[str, str]:
    text, _, comment = line.partition("#")
    return text, comment.strip()


def _names_in(text: str) -> list[str]:
    """The names on one line: `+A_ +B_` holds two synonyms."""
    return [part.strip() for part in text.split("+") if part.strip()]


def read_actor_blocks(text: str) -> Iterator[Block]:
    """Blocks in file order. Heads that come without codes of their own share the next codes
    that follow (the files list a few spellings of one actor that way)."""
    pending: list[Block] = []
    current: Block | None = None
    section = ""
    for raw in text.splitlines():
        if raw.lstrip().startswith("#"):
            heading = raw.strip("# \t")
            if heading and raw.startswith("#"):
                section = heading
            continue
        line, comment = _split_comment(raw)
        codes = [code for inside in _CODE.findall(line) if (code := parse_code(inside.strip()))]
        uncoded = any(_NO_CODE.fullmatch(inside.strip()) for inside in _CODE.findall(line))
        names_part = _CODE.sub(" ", line)
        if not line.strip():
            continue
        if raw[:1] in (" ", "\t") and not names_part.strip():
            if current is not None:
                current.codes.extend(codes)
                current.uncoded = current.uncoded or uncoded
            continue
        if names_part.lstrip().startswith("+"):
            if current is not None:
                current.names.extend(_names_in(names_part))
                current.codes.extend(codes)
            continue
        if current is not None and current.codes:
            yield from _flush(pending, current)
            pending = []
        elif current is not None and not current.uncoded:
            pending.append(current)
        current = Block(_names_in(names_part)[:1], list(codes), comment, section, uncoded)
    if current is not None and not current.uncoded:
        yield from _flush(pending, current)


def _flush(pending: list[Block], current: Block) -> Iterator[Block]:
    for block in pending:
        if not block.codes:
            block.codes = list(current.codes)
        yield block
    yield current


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent noun (`MINISTER`) and its plural where the file spells one out."""

    noun: str
    plural: str | None
    code: str


_AGENT = re.compile(r"^([^\[{#]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)\]")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def read_agents(text: str) -> Iterator[Agent]:
    """Agents with their `!PERSON!`-style macros expanded into every form they stand for."""
    macros: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if match := _MACRO.match(line):
            macros[match.group(1)] = [w.strip() for w in match.group(2).split(",") if w.strip()]
            continue
        match = _AGENT.match(line)
        if not match:
            continue
        plural = (match.group(2) or "").strip() or None
        for noun in _expand(match.group(1).strip(), macros):
            yield Agent(noun, plural if "!" not in match.group(1) else None, match.group(3))


def _expand(noun: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, words in macros.items():
        if macro in noun:
            return [form for word in words for form in _expand(noun.replace(macro, word), macros)]
    return [noun]
