"""A copy of the text the small model can read: ALL-CAPS headlines and dateline places re-cased,
and a headline in title case brought to sentence case.

The model learned names from mixed-case prose, so "JAPAN EDGE SYRIA" reads as one organization.
Each shouting word gets the casing it has elsewhere in the same article, else title case when it
is a known name (country, capital, city, organization, demonym), else lower case when it is an
English word, else title case (an unknown word in a headline is usually a name). Every word keeps
its length, so the copy's character offsets are the original's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.language import Language

from attache_worker.extraction import kb
from attache_worker.extraction.gazetteer import get_gazetteer

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# "LONDON 1996-12-06", "AL-AIN , United Arab Emirates 1996-12-06", "KYIV (Reuters) -".
DATELINE_PLACE = re.compile(
    r"^[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})(?= ?,| +\d| *\(| +(?:--|—|–|-) )"
)
_SENTENCE_END = frozenset('.!?"“:')
_LONGEST_NAME = 4
_SHOUTING_RATIO = 0.8

Forms = dict[str, str]


def readable_text(text: str, lexicon: Lexicon) -> str:
    """`text` with shouting stretches re-cased; the same string when there are none."""
    lines = text.split("\n")
    shouting = [_is_shouting(line) for line in lines]
    headline = _title_case_headline(lines)
    datelines = [
        not s and DATELINE_PLACE.match(line) is not None
        for s, line in zip(shouting, lines, strict=True)
    ]
    if not any(shouting) and not any(datelines) and headline is None:
        return text
    body = (line for i, line in enumerate(lines) if not shouting[i] and i != headline)
    recase = _Recaser(_body_forms(body), lexicon)
    out = []
    for i, (line, loud, dated) in enumerate(zip(lines, shouting, datelines, strict=True)):
        if i == headline:
            line = recase.line(line, titled=True)
        elif loud:
            line = recase.line(line)
        elif dated:
            line = recase.dateline(line)
        out.append(line)
    return "\n".join(out)


def _is_shouting(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= _SHOUTING_RATIO


# Words a title-case headline leaves in lower case: 'Talks in Doha as Iran Signals …'.
_HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"}
    | {"vs", "with", "into", "over", "after", "amid"}
)
_LONGEST_HEADLINE = 20
# Share of a headline's other words in capitals: 'Somalia President Defends his Call …'.
_HEADLINE_CAPITALS = 0.8


def _title_case_headline(lines: list[str]) -> int | None:
    """The index of an article's first line when it is a headline in title case ('Gunmen Storm
    Agency Headquarters, Kill Police Officers') above a body: its capitals mark words, not
    names, and the model reads runs of them as organizations ('Luxembourg Makes Concessions')."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None
    first = lines[filled[0]].strip()
    words = [m.group() for m in _WORD.finditer(first)]
    if not 3 <= len(words) <= _LONGEST_HEADLINE or first.endswith("."):
        return None
    if _is_shouting(first):
        return None
    marked = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
    capitalized = sum(w[0].isupper() for w in marked)
    headline = capitalized >= 3 and capitalized >= _HEADLINE_CAPITALS * len(marked)
    return filled[0] if headline else None


def _body_forms(lines: Iterable[str]) -> Forms:
    """How each word is written where the article is not shouting, sentence starts left out."""
    counts: Counter[str] = Counter()
    for line in lines:
        for match in _WORD.finditer(line):
            before = line[: match.start()].rstrip()
            if before and before[-1] not in _SENTENCE_END:
                counts[match.group()] += 1
    forms: Forms = {}
    for form, _ in counts.most_common():
        forms.setdefault(form.lower(), form)
    return forms


class _Recaser:
    def __init__(self, forms: Forms, lexicon: Lexicon) -> None:
        self.forms = forms
        self.lexicon = lexicon

    def line(self, line: str, *, titled: bool = False) -> str:
        """A shouting line re-cased; with `titled`, a title-case headline, whose words in
        capitals are acronyms ('EU') and whose capitalized words may be plain words."""
        words = list(_WORD.finditer(line))
        chars = list(line)
        i = 0
        while i < len(words):
            width, cased = self._longest_name(line, words, i, titled)
            for match, word in zip(words[i : i + width], cased, strict=True):
                chars[match.start() : match.end()] = word
            i += width
        if words:
            first = words[0].start()
            chars[first] = chars[first].upper()
        return "".join(chars)

    def dateline(self, line: str) -> str:
        match = DATELINE_PLACE.match(line)
        assert match is not None
        start, end = match.span(1)
        return line[:start] + self.line(line[start:end]) + line[end:]

    def _longest_name(
        self, line: str, words: list[re.Match[str]], i: int, titled: bool
    ) -> tuple[int, list[str]]:
        """A known multi-word name or city starting at word i ("UNITED ARAB EMIRATES", "LOS
        ANGELES"), else one word."""
        for width in range(min(_LONGEST_NAME, len(words) - i), 1, -1):
            run = words[i : i + width]
            if not _only_spaces_between(line, run):
                continue
            # A title-case headline keeps its own casing: 'of the' small, 'EU' in capitals.
            cased = [m.group() if titled else _title(m.group()) for m in run]
            name = " ".join(cased)
            if _is_known_name(name):
                return width, cased
        word = words[i].group()
        if titled:
            return 1, [word if word.isupper() else self._headline_word(word)]
        return 1, [self.word(word)]

    def word(self, word: str) -> str:
        if not word.isupper():
            return word
        title = _title(word)
        if _is_acronym(title):
            return word
        form = self._story_form(word)
        if form is not None:
            return form
        lower = word.lower()
        if get_gazetteer().demonym(title) is not None:
            return title
        if _is_known_name(title) and not self.lexicon.is_function_word(lower):
            return title
        if self.lexicon.is_word(lower):
            return lower
        # Short unknown words are acronyms ("PSV", "IBM"); longer ones are names ("SHEARER").
        return word if len(word) <= 3 else title

    def _story_form(self, word: str) -> str | None:
        """The word as the story writes it outside headlines and sentence starts, when that
        spelling has the word's length (re-casing keeps every offset)."""
        form = self.forms.get(word.lower())
        return form if form is not None and len(form) == len(word) else None

    def _headline_word(self, word: str) -> str:
        """A word of a title-case headline: as the story writes it, a name kept, an English
        word in lower case ('Storm', 'Headquarters'), an unknown word kept as a name."""
        form = self._story_form(word)
        if form is not None:
            return form
        if get_gazetteer().demonym(word) is not None or _is_known_name(word):
            return word
        lower = word.lower()
        small = lower in _HEADLINE_SMALL_WORDS
        return lower if small or self.lexicon.is_word(lower) else word


def _only_spaces_between(line: str, run: list[re.Match[str]]) -> bool:
    return all(line[a.end() : b.start()] == " " for a, b in pairwise(run))


def _title(word: str) -> str:
    cased = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return cased if len(cased) == len(word) else word


def _is_acronym(title: str) -> bool:
    """NATO and the UN are written in capitals: a known name whose only spelling is upper."""
    gazetteer = get_gazetteer()
    return gazetteer.lookup(title) is None and gazetteer.lookup(title.upper()) is not None


def _is_known_name(title: str) -> bool:
    """An actor's name, a city of 100,000 or more, or a place the knowledge base locates."""
    gazetteer = get_gazetteer()
    return (
        gazetteer.lookup(title) is not None
        or gazetteer.lookup(title.upper()) is not None
        or gazetteer.is_city(title)
        or kb.get_kb().place_country(title) is not None
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """English words from the model's own lemmatizer tables (stop words at the least).

    `function` holds what is never a name in a headline: stop words and words that are only
    verbs, adjectives or adverbs ("NICE", "SPLIT"); nouns may be place names ("MUNICH")."""

    words: frozenset[str]
    function: frozenset[str]

    def is_word(self, lower: str) -> bool:
        stems = _stems(lower)
        return any(stem in self.words for stem in stems) or any(map(self._closed_up, stems))

    def _closed_up(self, lower: str) -> bool:
        """A hyphenated word written closed up: 'ceasefire', 'coverup' ('cease-fire', 'cover-up'
        in the tables)."""
        return any(f"{lower[:k]}-{lower[k:]}" in self.words for k in range(2, len(lower) - 1))

    def is_function_word(self, lower: str) -> bool:
        return any(stem in self.function for stem in _stems(lower))


def _stems(lower: str) -> list[str]:
    """The word and what regular English inflection would have made it from."""
    stems = [lower]
    for suffix, replacements in _INFLECTIONS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 2:
            stems += [lower[: -len(suffix)] + r for r in replacements]
    return stems


_INFLECTIONS = (
    ("ies", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
)


@cache
def lexicon(nlp: Language) -> Lexicon:
    stop = {w.lower() for w in nlp.Defaults.stop_words}
    words, nouns = set(stop), set()
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None:
        for name in ("lemma_index", "lemma_exc"):
            if not lookups.has_table(name):
                continue
            for pos, entries in lookups.get_table(name).items():
                batch = {str(w) for w in entries}
                words |= batch
                if _pos_name(nlp, pos) == "noun":
                    nouns |= batch
    return Lexicon(frozenset(words), frozenset(stop | (words - nouns)))


def _pos_name(nlp: Language, key: int | str) -> str:
    try:
        return str(nlp.vocab.strings[key]) if isinstance(key, int) else key
    except KeyError:
        return ""


def may_name_a_place(run: str, words: Lexicon) -> bool:
    """A dateline's opening capitals name a place unless they are a plain English word, as
    the sport is in "SOCCER - JAPAN WIN": a known city or country, or no word at all."""
    title = " ".join(_title(word) for word in run.split())
    return _is_known_name(title) or not all(words.is_word(w.lower()) for w in run.split())
