"""Candidate name mentions in a parsed article: NER spans, cleaned of what the small model tends to
glue onto them, plus gazetteer names NER missed. Nothing here decides what a mention is."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, POS
from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN, nsubj
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from attache_worker.extraction import kb
from attache_worker.extraction.boilerplate import DATELINE, PACKAGING, Boilerplate
from attache_worker.extraction.clubs import unnamed_match_sides
from attache_worker.extraction.data import word_set
from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.given_names import is_census_name, is_given_name
from attache_worker.extraction.listings import listed_names
from attache_worker.extraction.nlp import (
    READABLE_DOC,
    READABLE_TEXT,
    glued_hyphen,
    hyphened_participle,
    joins_a_word,
    load_model,
    readable,
    text_of,
    tokens_spelled,
    whole_words,
)
from attache_worker.extraction.titles import (
    department_words,
    honorifics,
    is_title_token,
    leading_title,
    title_apposed_to,
    title_ends,
    title_words,
)
from attache_worker.extraction.truecase import DATELINE_PLACE, Lexicon, lexicon, may_name_a_place

# Labels that can name an actor or a place; dates, numbers, laws and the like never do.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
GAZETTEER_LABEL = "GAZETTEER"
# Labels of the names of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_POSSESSIVE_NAME_WORDS = frozenset({"people", "workers", "women", "children", "farmers"})
# Prefixes of the adjectives that say which side a body is on: 'pro-Kurdish', 'anti-Assad'.
_STANCE_PREFIXES = frozenset({"pro", "anti"})
# Lower-case words the model glues onto a name's edges ("Chelsea 2-1 at Elland Road").
_GLUE = frozenset({"the", "a", "an", "at", "in", "on", "of", "for", "from", "to", "by", "and"})
# Prepositions that set a scene around a name and never stand inside one, lower-cased.
_SCENE_PREPOSITIONS = frozenset(
    {"under", "during", "after", "before", "near", "amid", "since", "against", "despite", "via"}
)
PARTY_WORDS = frozenset({"party", "movement", "front"})
# What a comma may bring inside one name: 'Sammy Davis, Jr.', 'Acme, Inc.'.
_NAME_TAILS = frozenset({"Jr", "Sr", "Inc", "Ltd", "LLC", "Co", "Corp", "plc", "PLC", "AG", "SA"})
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "ibn", "al", "el"}
)
# Particles that open an Arabic surname ('al-Maliki', 'bin Salman').
ARABIC_ARTICLES = frozenset({"al", "el", "bin", "ibn"})
_NO_WORDS = Lexicon(frozenset(), frozenset())
_PARTY_WORD = re.compile(r"\b(?:" + "|".join(sorted(PARTY_WORDS)) + r")\b", re.IGNORECASE)
_MAX_NAME_WORDS = 3
_MIN_FULL_NAME = 2
# A hyphenated word is three tokens: 'wal', '-', 'Muslimin'.
_BODY_TAIL_TOKENS = 6
_BODY_HEAD_TOKENS = 1
_NAME_JOINERS = frozenset({"-", "'", "’"})
# Roman numerals up to 39 ('Henry VIII', 'Leo XIV').
_REGNAL_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_TWO_NUMERAL_LETTERS = re.compile(r"[XVI]{2}")
_DASHES = frozenset({"-", "--", "–", "—"})
# Months and days the model takes into a body's or a place's name ('the August National
# Association of Purchasing Management index'). 'May', 'June', 'April' and 'August' are given
# names too, so a person's name keeps them.
_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday"}
)
_CALENDAR_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_SCORE = re.compile(r"^\d+(?:[-:]\d+)?$")
_FIGURE_WORD = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th)?$")


@dataclass(frozen=True, slots=True)
class Candidate:
    span: Span
    label: str
    # In a dateline the name only says where the story was filed: a place, never an actor.
    dateline: bool = False

    @property
    def text(self) -> str:
        return self.span.text


def find_candidates(doc: Doc, boilerplate: Boilerplate, matcher: PhraseMatcher) -> list[Candidate]:
    """Name mentions in reading order, none overlapping and none in bylines or copyright lines;
    headline names count (they were read re-cased), dateline names are marked."""
    names = _joined_at_coordinator([e for e in doc.ents if e.label_ in NAME_LABELS])
    found = [c for ent in names for c in _clean(ent)]
    found = [part for c in found for part in _nations_joined(c)]
    found = [part for c in found for part in _known_names_joined(c)]
    found = [part for c in found for part in _country_opening_a_name(c)]
    # 'asked congress to act', 'off its east coast': words in lower case name nothing.
    found = [c for c in found if any(ch.isupper() for ch in c.span.text)]
    # 'Millions marched': a count opening a sentence is no name.
    found = [c for c in found if not _is_count(c.span) and not _time_zone(c.span)]
    found = [c for c in found if not _common_word_read_as_a_name(c)]
    found = [c for c in found if not _leads_a_compound(c) and not _one_of_a_make(c)]
    found = [c for c in found if not _make_or_model(c)]
    found = _without_events_read_as_people(found)
    found = _outside_whole_places(
        [_people_word_read_as_person(_whole_hyphened_place(c)) for c in found]
    )
    found = [_ranked_person_read_as_name(c) for c in found]
    found = _join_name_particles(found)
    found = _join_party_adjectives(found)
    found = _join_bodies_of_places(found)
    found = [_with_place_tail(_with_known_tail(_with_given_names(c))) for c in found]
    found = [_with_known_opening(_with_party_opening(c)) for c in found]
    found = [_with_body_tail(_without_lower_case_tail(c)) for c in found]
    found = [_with_regnal_number(without_descriptor(_without_department(c))) for c in found]
    taken = {i for c in found for i in range(c.span.start, c.span.end)}
    for span in filter_spans(matcher(_as_read(doc), as_spans=True)):
        label = span.label_
        # Dictionaries list some names with their article ('the U.S.'); a mention starts after
        # it, as the model's own do.
        start = span.start + 1 if span[0].text == "the" and len(span) > 1 else span.start
        span = doc[start : span.end]
        inside = [c for c in found if span.start <= c.span.start and c.span.end <= span.end]
        if inside and len(span) > max(len(c.span) for c in inside):
            # 'oust Islamic State': the model tagged 'State' alone; the known name is longer.
            found = [c for c in found if c not in inside]
            taken.difference_update(i for c in inside for i in range(c.span.start, c.span.end))
        if taken.isdisjoint(range(span.start, span.end)):
            found.append(Candidate(span, label))
            taken.update(range(span.start, span.end))
    found += _named_parties(doc, taken)
    found += _glued_known_bodies(doc, taken)
    found += [Candidate(span, "ORG") for span in unnamed_match_sides(doc, taken)]
    found = _with_listed_names(doc, found, taken)
    found = _with_initialled_names(doc, found, taken)
    found += _numbered_rulers(doc, taken)
    found += _people_with_countries(doc, taken)
    found += _repeated_surnames(doc, found, taken)
    found += _untagged_speakers(doc, taken)
    found += _ranked_people(doc, taken)
    found += _titled_people(doc, taken)
    found += _dateline_places(doc, boilerplate, taken)
    found += _misspelled_countries(doc, taken)
    found = _join_split_people(sorted(found, key=lambda c: c.span.start))
    found = _join_adjacent(found, _known_body_when_joined)
    # 'Det Sgt Nick Bailey', 'German Chancellor Angela Merkel' read in two pieces: ranks and
    # titles alone, with or without a nationality, name no one.
    found = [c for c in found if not _only_a_title(c) and not _post_read_as_a_body(c)]
    found = [c for c in map(_without_portfolio, found) if c is not None]
    placed = [_place(c, boilerplate.zone(c.span.start_char, c.span.end_char)) for c in found]
    return sorted((c for c in placed if c is not None), key=lambda c: c.span.start)


# Labels of a body's name that may follow a coordinator inside it.
_BODY_LABELS = frozenset({"ORG", "FAC"})


def _joined_at_coordinator(ents: list[Span]) -> list[Span]:
    """'the Center for Strategic and' + 'International Studies': an entity the model ended on
    'and', right before a body's name, is that body's name cut in two where the 'and' joins
    the object of a preposition inside the name ('Ministry of Labour and Social Welfare'), not
    two bodies ('Civil Defence and Coast Guard officials')."""
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.end == ent.start
            and len(previous) > 1
            and previous[-1].lower_ in _COORDINATORS
            and previous[-2].is_title
            and any(t.lower_ in _NAME_PREPOSITIONS for t in previous[1:-2])
            and ent.label_ in _BODY_LABELS
        ):
            out[-1] = Span(ent.doc, previous.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


_COORDINATORS = frozenset({"and", "&"})
_NAME_PREPOSITIONS = frozenset({"of", "for"})


def _glued_known_bodies(doc: Doc, taken: set[int]) -> list[Candidate]:
    """'Jaish-e-Mohammed claimed the attack': a name of words glued by hyphens, which the model
    may tag as a date or not at all, is the body the knowledge base knows under that name or
    another transliteration of it."""
    found = []
    # Read on the text, far faster than token by token, for a name most articles do not hold.
    for match in _GLUED_NAME.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or not taken.isdisjoint(range(span.start, span.end)):
            continue
        if any(t.ent_type_ in NAME_LABELS for t in span):
            continue
        entry = kb.lookup(span.text)
        if entry is not None and entry.kind in kb.BODY_KINDS:
            found.append(Candidate(span, "ORG"))
            taken.update(range(span.start, span.end))
    return found


# Three words or more glued by hyphens, the first capitalized: 'Jaish-e-Mohammed'.
_GLUED_NAME = re.compile(r"(?<![\w-])[A-Z][a-z']+(?:-[A-Za-z']+){2,}(?![\w-])")


def _join_split_people(found: list[Candidate]) -> list[Candidate]:
    """'Recep Tayyip' + 'Erdoğan': two people's names running into each other, the first opening
    with a given name or the second with a word for 'son of' ('Zine al-Abidine' + 'Ben Ali'),
    are one person's full name read in two pieces."""
    return _join_adjacent(found, _one_person)


# 'Son of' or 'daughter of', opening the family part of Arabic and Berber names.
PATRONYMICS = frozenset({"ben", "bin", "ibn", "bint", "ould"})


def _one_person(previous: Candidate, candidate: Candidate) -> str | None:
    if candidate.label == "PERSON" and _given_name_read_as_a_body(previous):
        return "PERSON"  # 'Hulusi' (ORG) + 'Akar' (PERSON)
    if previous.label != "PERSON" or candidate.label != "PERSON":
        return None
    # Words as read: 'al-Abidine' is one, though the tokenizer makes three tokens of it.
    words = len(readable(previous.span).split()) + len(readable(candidate.span).split())
    if words > _MAX_NAME_WORDS + 1:
        return None
    lineage = len(candidate.span) > 1 and candidate.span[0].lower_ in PATRONYMICS
    return "PERSON" if lineage or is_given_name(previous.span[0].text) else None


def _given_name_read_as_a_body(candidate: Candidate) -> bool:
    """One capitalized word, no English one nor an acronym, tagged a body that no one knows:
    before a person's name, it is the given name the model misread."""
    span = candidate.span
    if candidate.label != "ORG" or len(span) != 1 or not span[0].is_title:
        return False
    return capitalized_non_words(span) and not get_gazetteer().knows(span.text)


def _join_adjacent(
    found: list[Candidate], joined: Callable[[Candidate, Candidate], str | None]
) -> list[Candidate]:
    """Candidates in reading order, each joined to the one right before it, a space apart, when
    `joined` gives the whole a label."""
    out: list[Candidate] = []
    for candidate in found:
        if out and out[-1].span.end == candidate.span.start and out[-1].span[-1].whitespace_:
            previous = out[-1]
            label = joined(previous, candidate)
            if label is not None:
                span = candidate.span.doc[previous.span.start : candidate.span.end]
                out[-1] = Candidate(span, label, previous.dateline)
                continue
        out.append(candidate)
    return out


def _with_listed_names(doc: Doc, found: list[Candidate], taken: set[int]) -> list[Candidate]:
    """Names of results and standings lines (`listings`): those NER missed are added, and
    those it read as the wrong kind of name take the kind the line gives them."""
    listed = {(n.span.start, n.span.end): n for n in listed_names(doc)}
    out = []
    for candidate in found:
        name = listed.pop((candidate.span.start, candidate.span.end), None)
        label = None if name is None else ("PERSON" if name.person else "ORG")
        relabel = label is not None and label != candidate.label
        out.append(
            Candidate(candidate.span, label, candidate.dateline) if relabel and label else candidate
        )
    for name in listed.values():
        if taken.isdisjoint(range(name.span.start, name.span.end)):
            out.append(Candidate(name.span, "PERSON" if name.person else "ORG"))
            taken.update(range(name.span.start, name.span.end))
    return out


def _known_body_when_joined(first: Candidate, second: Candidate) -> str | None:
    """'Islamic State' + 'West Africa Province': two names read apart that together are a
    body the knowledge base knows."""
    whole = first.span.doc[first.span.start : second.span.end]
    return "ORG" if get_gazetteer().known_body(readable(whole)) is not None else None


def _join_bodies_of_places(found: list[Candidate]) -> list[Candidate]:
    """'the Law Society' + 'of' + 'Kenya', 'Amnesty International' + 'Kenya': the model ends a
    body's name before the country or city it is of, or its national branch's. A body's word
    ('society', 'commission', 'council' …), 'of' and a place make one name, as do a mission's or
    a force's capitalized head, 'in' and the place it is posted to, and a body's
    name the parser hangs on a place it runs straight into. A state's own organ does not ('the
    Government of Syria' is Syria), nor two names before a noun ('the EU Turkey deal')."""
    out: list[Candidate] = []
    for candidate in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.label == "ORG"
            and candidate.label in {"GPE", "LOC"}
            and (
                _body_of_place(previous.span, candidate.span)
                or _branch_of(previous.span, candidate.span)
            )
        ):
            doc = candidate.span.doc
            out[-1] = Candidate(doc[previous.span.start : candidate.span.end], "ORG")
            continue
        out.append(candidate)
    return out


# Capitalized heads of the names of missions and forces sent to a country, which end with
# 'in' and the country: 'the African Union Mission in Somalia', 'the UN Interim Force in Lebanon'.
_POSTED_BODY_HEADS = frozenset({"Mission", "Force"})


def _body_of_place(body: Span, place: Span) -> bool:
    if place.start != body.end + 1:
        return False
    joint = body.doc[body.end].lower_
    if joint == "in":
        return body[-1].text in _POSTED_BODY_HEADS
    return joint == "of" and body[-1].lower_ in word_set("groups", "body_words_of_places")


def _branch_of(body: Span, place: Span) -> bool:
    """'Amnesty International Kenya said': the body's words are all compounds on the place,
    which heads the phrase."""
    root = place.root
    return (
        place.start == body.end
        and len(body) >= _MIN_FULL_NAME
        and root.dep_ not in {"compound", "amod", "nmod", "poss"}
        and all(t.dep_ == "compound" and t.head.i == root.i for t in body)
    )


def _join_name_particles(found: list[Candidate]) -> list[Candidate]:
    """'Ursula von der' + 'Leyen', 'Abdul-Karim' + 'al-Kabariti': the model ends a name at its
    particles ('von der', 'de', 'bin', 'al-'); the capitalized word after them finishes the
    person's name."""
    out: list[Candidate] = []
    skip: set[int] = set()
    for candidate in found:
        if candidate.span.start in skip:
            continue
        span = candidate.span
        doc = span.doc
        end = span.end
        while end < len(doc) and doc[end].lower_ in NAME_PARTICLES:
            end += 1
            # 'al-Kabariti': a particle hyphened to the name is three tokens.
            if end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_:
                end += 1
        ends_on_particle = span[-1].lower_ in NAME_PARTICLES or end > span.end
        if (
            candidate.label == "PERSON"
            and ends_on_particle
            and end < len(doc)
            and doc[end].is_title
        ):
            skip.add(end)
            candidate = Candidate(doc[span.start : end + 1], "PERSON", candidate.dateline)
        out.append(candidate)
    return out


def _join_party_adjectives(found: list[Candidate]) -> list[Candidate]:
    """'Republican' + "People's party": the model reads the capitalized adjective opening a
    party's name as a nationality or creed; right before the party, it is part of its name."""
    return _join_adjacent(found, _adjective_of_a_party)


def _adjective_of_a_party(previous: Candidate, candidate: Candidate) -> str | None:
    if previous.label == "NORP" and candidate.label == "ORG":
        return "ORG" if candidate.span[-1].lower_ in PARTY_WORDS else None
    return None


# Members of a party named for its creed: 'the Liberal Democrats', 'Sweden's Social Democrats'.
_PARTY_MEMBERS = frozenset(
    {"democrats", "republicans", "socialists", "conservatives", "liberals", "greens"}
    | {"nationalists", "communists", "unionists"}
)


def _with_party_opening(candidate: Candidate) -> Candidate:
    """'Liberal' + 'Democrats' (NORP): capitalized words the model left untagged that modify a
    party's members' word open the party's name."""
    span = candidate.span
    if candidate.label != "NORP" or len(span) != 1 or span[0].lower_ not in _PARTY_MEMBERS:
        return candidate
    doc, start = span.doc, span.start
    while (
        start > 0
        and doc[start - 1].is_title
        and not doc[start - 1].is_sent_start  # 'Senior Republicans said'
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ in {"compound", "amod"}
        and doc[start - 1].head.i == span.start
    ):
        start -= 1
    if start == span.start:
        return candidate
    return Candidate(doc[start : span.end], "ORG", candidate.dateline)


# Words a body's name may run on by, past what the model tagged: 'UN' + 'security council'.
_TAIL_WORDS = 3


def _with_known_tail(candidate: Candidate) -> Candidate:
    """'the UN security council', 'the US state department', 'the Kurdistan regional
    government': house style writes a body's name in lower case after its acronym or its
    place, and the model tags those alone. The words after it, untagged and in one sentence,
    join it when the whole is a body the gazetteer knows."""
    span = candidate.span
    acronym = any(map(is_acronym, span))
    # 'a purist Islamic state' is no 'Islamic State': a nationality word takes no tail.
    placed = candidate.label in {"ORG", "GPE"}
    if candidate.label not in {"ORG", "GPE", "NORP"} or not (acronym or placed):
        return candidate
    if not acronym and not _tail_may_end_a_body(span):
        return candidate
    gazetteer = get_gazetteer()

    def is_body(text: str) -> bool:
        entry = gazetteer.lookup(text) if acronym else gazetteer.known_body(text)
        return entry is not None and entry.kind == "ORGANIZATION"

    grown = _grown_to_known(span, _TAIL_WORDS, lambda t: t.is_alpha and t.ent_iob_ == "O", is_body)
    return candidate if grown is None else Candidate(grown, "ORG", candidate.dateline)


def _tail_may_end_a_body(span: Span) -> bool:
    """Lower-case words follow, one of which ends some body's name: few names are looked up."""
    doc = span.doc
    end = min(span.end + _TAIL_WORDS, len(doc))
    if span.end >= end or not doc[span.end].is_lower:
        return False
    endings = kb.get_kb().body_last_words
    return any(doc[i].lower_ in endings for i in range(span.end, end))


_OPENING_WORDS = 2


def _with_known_opening(candidate: Candidate) -> Candidate:
    """'Médecins Sans Frontières' tagged from 'Sans' on: capitalized words the model left out
    before a name join it when the whole is a body the gazetteer knows."""
    span = candidate.span
    if candidate.label not in {"PERSON", "ORG"}:
        return candidate
    doc = span.doc
    for start in range(max(span.start - _OPENING_WORDS, span.sent.start), span.start):
        words = doc[start : span.start]
        if not all(
            t.is_title and t.is_alpha and not t.is_stop and t.ent_iob_ == "O" for t in words
        ):
            continue
        if get_gazetteer().known_body(readable(doc[start : span.end])) is not None:
            return Candidate(doc[start : span.end], "ORG", candidate.dateline)
    return candidate


def _grown_to_known(
    span: Span, most: int, may_join: Callable[[Token], bool], known: Callable[[str], bool]
) -> Span | None:
    """The longest run of `span` and up to `most` tokens after it in its sentence, each of
    which `may_join`, ending on a word, whose text is `known`; None when there is none."""
    doc = span.doc
    # The sentence's end read off the tokens ahead: `span.sent` walks the whole sentence.
    limit = min(span.end + most, len(doc))
    end = span.end
    while end < limit and not doc[end].is_sent_start and may_join(doc[end]):
        end += 1
    for stop in range(end, span.end, -1):
        if doc[stop - 1].is_alpha and known(readable(doc[span.start : stop])):
            return doc[span.start : stop]
    return None


def _with_regnal_number(candidate: Candidate) -> Candidate:
    """'Henry VIII', 'Charles III', 'Queen Elizabeth I': the numeral after a ruler's name is
    part of it. A lone 'I' counts only after a title ('Queen Elizabeth I'), being a pronoun
    too."""
    span = candidate.span
    doc = span.doc
    if candidate.label != "PERSON" or span.end >= span.sent.end:
        return candidate
    numeral = doc[span.end]
    titled = span.start > 0 and is_title_token(doc[span.start - 1])
    if not _is_regnal_numeral(numeral.text) or (len(numeral.text) == 1 and not titled):
        return candidate
    return Candidate(doc[span.start : span.end + 1], candidate.label, candidate.dateline)


def _numbered_rulers(doc: Doc, taken: set[int]) -> list[Candidate]:
    """'King Abdullah II', 'Pope Leo XIV' that the model left untagged: a title, one or two
    capitalized names and a numeral of two letters or more."""
    found: list[Candidate] = []
    if _TWO_NUMERAL_LETTERS.search(text_of(doc)) is None:
        return found  # no such numeral anywhere: the words need not be read one by one
    for numeral in doc:
        if len(numeral.text) < 2 or not _is_regnal_numeral(numeral.text):
            continue
        start = numeral.i
        while (
            numeral.i - start < 2
            and start > numeral.sent.start
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not is_title_token(doc[start - 1])
        ):
            start -= 1
        if start == numeral.i or start == 0 or not is_title_token(doc[start - 1]):
            continue
        if not taken.isdisjoint(range(start, numeral.i + 1)):
            continue
        found.append(Candidate(doc[start : numeral.i + 1], "PERSON"))
        taken.update(range(start, numeral.i + 1))
    return found


def _is_regnal_numeral(text: str) -> bool:
    return _REGNAL_NUMERAL.fullmatch(text) is not None


def _without_department(candidate: Candidate) -> Candidate:
    """'Minister of Defence Yunus-Bek Yevkurov', 'Secretary for Foreign Affairs Ali Sabry': the
    model may take the department after 'of' or 'for', or the whole title, into the name that
    follows; they belong to the title, and the rest is the person it names."""
    span, doc = candidate.span, candidate.span.doc
    if candidate.label not in {"PERSON", "ORG"}:
        return candidate
    # The department opens the span, or follows the title and 'of' that open it.
    for start in (span.start, span.start + 2):
        if start < 2 or start >= span.end:
            continue
        title, joint = doc[start - 2], doc[start - 1]
        if joint.lower_ not in {"of", "for"} or not is_title_token(title):
            continue
        named = _after_department(doc[start : span.end])
        if named is not None:
            return Candidate(named, "PERSON", candidate.dateline)
    return candidate


def _after_department(span: Span) -> Span | None:
    """The full name after a department's name of one or two words opening `span`."""
    departments = department_words()
    cut = next((n for n in (2, 1) if n < len(span) and span[:n].text in departments), 0)
    named = span[cut:]
    if not cut or len(named) < _MIN_FULL_NAME:
        return None
    return named if all(t.is_punct or t.text[:1].isupper() for t in named) else None


def without_descriptor(candidate: Candidate) -> Candidate:
    """'American Dennis Mitchell', 'Fullback Andre Joubert' opening a sentence: a nationality,
    or a common noun capitalized by its place, before a full name describes the person and is
    no part of the name, whether the model took the whole for a person or a body."""
    span = candidate.span
    known = _known_name_described(span) if candidate.label in {"PERSON", "ORG"} else None
    if known is not None:
        return Candidate(known, candidate.label, candidate.dateline)
    if candidate.label not in {"PERSON", "ORG"} or len(span) < _MIN_FULL_NAME + 1:
        return candidate
    first = span[0]
    if candidate.label == "ORG" and _titled_name(span):
        # 'Spokesman Glyn Davies said', a title opening a sentence, read as a body.
        return Candidate(span[1:], "PERSON", candidate.dateline)
    if candidate.label == "ORG":
        # 'Australian Rodney Marsh' read as a body: only a nationality before a given name.
        named = span[1:]
        if get_gazetteer().demonym(first.text) is None or not is_given_name(named[0].text):
            return candidate
        if not all(t.is_title for t in named) or get_gazetteer().is_known_place(readable(named)):
            return candidate
        return Candidate(named, "PERSON", candidate.dateline)
    words = lexicon(load_model())
    nationality = get_gazetteer().demonym(first.text) is not None
    described = (
        _opens_sentence(first)
        and first.is_title
        and words.is_word(first.lower_)
        and not words.is_function_word(first.lower_)
        and not is_census_name(first.text)  # 'Ali Akbar Velayati': 'ali' is also a word
    )
    if not (nationality or described) or is_title_token(first):
        return candidate
    if not first.whitespace_:
        return candidate  # 'Al-Shabaab': a word glued to the next is part of the name
    return Candidate(span[1:], candidate.label, candidate.dateline)


def _known_name_described(span: Span) -> Span | None:
    """'Tamil Tigers' of 'Suspected Tamil Tigers hurled grenades', 'Khmer Rouge' of 'Dissident
    Khmer Rouge leaders said': an English word opening the sentence describes the body the
    gazetteer knows after it, unless it knows the whole ('Free Syrian Army') or the rest is a
    place ('Fascist Italy') or a people ('Exiled Bosnians': trimming those lost a target on
    the blind PLOVER records)."""
    if len(span) < 2 or not _opens_sentence(span[0]) or not span[0].whitespace_:
        return None
    first, rest = span[0], span[1:]
    words = lexicon(load_model())
    if not first.is_alpha or not words.is_word(first.lower_) or first.is_stop:
        return None
    if first.lower_ in NAME_PARTICLES or is_census_name(first.text):
        return None  # 'De Lima', 'Sydney Australian'
    gazetteer = get_gazetteer()
    if gazetteer.demonym(first.text) is not None or _names_a_known_place(first.text):
        return None  # 'Syrian Kurds', 'Kosovo Albanians': a people of a place; 'Ajax Amsterdam'
    if gazetteer.knows(readable(span)):
        return None
    named = readable(rest)
    if _names_a_known_place(named):
        return None  # 'Fascist Italy', 'Imperial Japan': a state in one of its eras
    return rest if gazetteer.knows(named) else None


def _names_a_known_place(text: str) -> bool:
    """A town or a region the gazetteer knows, or a country."""
    gazetteer = get_gazetteer()
    return gazetteer.is_known_place(text) or gazetteer.is_country(text)


def _titled_name(span: Span) -> bool:
    """A title and a name of two or three words, no English words but for known surnames
    ('Davies'), naming no known body or place: 'Spokesman Glyn Davies', not 'General Electric
    Company' nor 'King Abdullah University'."""
    named = span[1:]
    if not is_title_token(span[0]) or not 2 <= len(named) <= _MAX_NAME_WORDS:
        return False
    if get_gazetteer().knows(readable(span)) or get_gazetteer().is_known_place(readable(named)):
        return False
    words = lexicon(load_model())
    return capitalized_non_words(named[:1]) and all(
        t.is_title and (not words.is_word(t.lower_) or known_personal_name(t.text))
        for t in named[1:]
    )


def _with_body_tail(candidate: Candidate) -> Candidate:
    """'Jama'at Nusrat al-Islam' + 'wal-Muslimin': the model stops a long transliterated name
    early. The untagged words after it join it when the whole is a body the knowledge base
    knows."""
    span = candidate.span
    if candidate.label not in {"PERSON", "ORG", "NORP"} or len(span) < _MIN_FULL_NAME:
        return candidate
    doc = span.doc
    for head_words in range(_BODY_HEAD_TOKENS + 1):
        # "Jama'at" + 'Nusrat al-Islam' + 'wal-Muslimin': the model may have left out the
        # body's first word too.
        start = span.start - head_words
        if start < span.sent.start or (head_words and not _may_head_a_body(doc[start])):
            break
        grown = _grown_to_known(
            doc[start : span.end],
            _BODY_TAIL_TOKENS,
            lambda t: t.is_alpha or t.text in _NAME_JOINERS,
            lambda text: get_gazetteer().known_body(text) is not None,
        )
        if grown is not None:
            return Candidate(grown, "ORG", candidate.dateline)
    return candidate


def _without_lower_case_tail(candidate: Candidate) -> Candidate:
    """'YPG militia', 'Hamas fighters': the model may take the common noun after a body's name
    into it. Lower-case nouns ending a name the gazetteer does not know are left out where
    what comes before them is a body it knows ('the UN security council' is known whole)."""
    span = candidate.span
    if candidate.label != "ORG" or len(span) < 2 or not span[-1].is_lower:
        return candidate
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_lower and span.doc[end - 1].pos_ == "NOUN":
        end -= 1
    if end == span.end or span.doc[end - 1].is_lower:
        return candidate
    gazetteer = get_gazetteer()
    if gazetteer.known_body(readable(span)) is not None:
        return candidate
    head = span.doc[span.start : end]
    if gazetteer.known_body(readable(head)) is None:
        return candidate
    return Candidate(head, "ORG", candidate.dateline)


def _may_head_a_body(token: Token) -> bool:
    return token.text[:1].isupper() and not token.ent_type_ and not token.is_sent_start


def _with_place_tail(candidate: Candidate) -> Candidate:
    """'Deir' + 'ez-Zor', 'Ras' + 'al-Ain': the model stops a place's name at a lower-case
    particle. The untagged words after it join it when the whole is a place geonames knows."""
    span = candidate.span
    if candidate.label not in PLACE_LABELS or span.end >= span.sent.end:
        return candidate
    if not span.doc[span.end].is_lower:
        return _with_foreign_word_tail(candidate)
    grown = _grown_to_known(
        span,
        _TAIL_WORDS,
        lambda t: (t.is_alpha or t.text == "-") and not t.ent_type_,
        get_gazetteer().is_known_place,
    )
    return candidate if grown is None else Candidate(grown, candidate.label, candidate.dateline)


def _with_foreign_word_tail(candidate: Candidate) -> Candidate:
    """'the border town of Tal' + 'Abyad': a one-word place the model stopped before a
    capitalized word it left untagged, which is no English word, goes on into that word."""
    span = candidate.span
    doc = span.doc
    if len(span) != 1:
        return candidate
    words = lexicon(load_model())
    end = span.end
    while end < min(span.end + 2, span.sent.end) and _untagged_foreign_name_word(doc[end], words):
        end += 1
    return candidate if end == span.end else Candidate(doc[span.start : end], candidate.label)


def _untagged_foreign_name_word(token: Token, words: Lexicon) -> bool:
    """Capitalized as the model read it (a re-cased headline's 'Amid' is 'amid'), and not an
    abbreviation either ('U.S. Maj. Gen. Thomas …')."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        _as_read(token.doc)[token.i].is_title
        and token.is_alpha
        and token.ent_iob_ == "O"
        and not words.is_word(token.lower_)
        and not (following is not None and following.text == "." and not token.whitespace_)
    )


def is_acronym(token: Token) -> bool:
    letters = token.text.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _with_given_names(candidate: Candidate) -> Candidate:
    """'Recep' + 'Tayyip Erdoğan': a capitalized proper noun the model left out right before a
    person's name, in the middle of a sentence, is one of the person's given names."""
    span = candidate.span
    if candidate.label != "PERSON":
        return candidate
    start, end = span.start, span.end
    doc = span.doc
    words = lexicon(load_model())
    while start > span.sent.start and _given_name(doc[start - 1], words):
        start -= 1
    # 'Turki' + 'al-Maliki': before a surname with an Arabic article, a capitalized proper
    # noun is the given name even where it is also a word ('Said', 'Turki').
    if (
        start == span.start
        and start > span.sent.start
        and _opens_with_article(span)
        and _given_name(doc[start - 1], _NO_WORDS)
    ):
        start -= 1
    # 'Gen Qamar' + 'Javed Bajwa': a model that took a title in may stop inside the name.
    if is_title_token(span[0]):
        while end < span.sent.end and _name_goes_on(doc[end]):
            end += 1
    else:
        # 'Aung San' + 'Suu Kyi', 'Marco Tronchetti' + 'Provera': the rest of a long name.
        while end < span.sent.end and _given_name(doc[end], words) and doc[end - 1].whitespace_:
            end += 1
        end = _after_hyphened_given_name(doc, end, span.sent.end)
    if (start, end) == (span.start, span.end):
        return candidate
    return Candidate(doc[start:end], candidate.label, candidate.dateline)


def _after_hyphened_given_name(doc: Doc, end: int, limit: int) -> int:
    """'Moon' + 'Jae-in', 'Moon Jae' + '-in', 'Park' + 'Geun-hye': a Korean name's given name,
    a capitalized word glued by a hyphen to a lower-case one, cut off where the model stopped."""
    if end + 2 <= limit and _lower_case_ending(doc, end):
        return end + 2
    first = doc[end] if end + 3 <= limit else None
    if (
        first is not None
        and doc[end - 1].whitespace_
        and first.is_title
        and first.is_alpha
        and not first.ent_type_
        and _lower_case_ending(doc, end + 1)
    ):
        return end + 3
    return end


def _lower_case_ending(doc: Doc, hyphen: int) -> bool:
    """A hyphen joining a capitalized word to a lower-case one: '-in' of 'Jae-in', not the
    '-backed' of 'Trump-backed candidate' or the '-era' of 'Assad-era prisons'."""
    second = doc[hyphen + 1]
    modifies_a_noun = (
        second.dep_ in {"amod", "compound"}
        and second.head.i > second.i
        and second.head.pos_ in {"NOUN", "PROPN"}
    )
    return (
        joins_a_word(doc[hyphen])
        and doc[hyphen - 1].is_title
        and second.is_alpha
        and second.is_lower
        and not second.ent_type_
        and second.tag_ not in {"VBN", "VBD", "VBG"}
        and not modifies_a_noun
    )


def _only_a_title(candidate: Candidate) -> bool:
    if candidate.label != "PERSON":
        return False
    words = [t for t in candidate.span if not (t.is_punct or t.lower_ == "the")]
    titled = [t for t in words if is_title_token(t)]
    return bool(titled) and all(
        is_title_token(t) or get_gazetteer().demonym(t.text) is not None for t in words
    )


def _without_portfolio(candidate: Candidate) -> Candidate | None:
    """'Minister of Trade and Industry Tungky Ariwibowo', 'Under-Secretary of State for Foreign
    and Commonwealth Affairs Liam Fox', 'Labour and Social Welfare Minister Florence Chitauro':
    the model may read a minister's portfolio as a body; it is part of the title, and only
    what opens it may name one ('Hong Kong' of 'Hong Kong Financial Secretary', 'Pentagon' of
    'Pentagon Press Secretary'). None when the whole is the portfolio."""
    span, doc = candidate.span, candidate.span.doc
    if candidate.label != "ORG" or get_gazetteer().knows(readable(span)):
        return candidate
    opens_a_title = len(span) > 2 and _ministerial(span[0]) and span[1].lower_ in {"of", "for"}
    after_a_title = span.start >= 2 and doc[span.start - 1].lower_ in {"of", "for"}
    if opens_a_title or (after_a_title and _ministerial(doc[span.start - 2])):
        return None
    if not _portfolio_then_title(doc, span.end):
        return candidate
    known = next(
        (n for n in range(len(span) - 1, 0, -1) if get_gazetteer().knows(readable(span[:n]))), 0
    )
    kept = known or next(
        (n for n in range(len(span), 0, -1) if not _portfolio_word(span[n - 1])), 0
    )
    if not kept:
        return None
    return Candidate(span[:kept], candidate.label, candidate.dateline)


def _portfolio_then_title(doc: Doc, i: int) -> bool:
    """Whether the words from `i` on run through a portfolio's to a title ('and Social
    Welfare Minister', 'Minister')."""
    for token in doc[i : i + _LONGEST_PORTFOLIO]:
        if _ministerial(token):
            return True
        if not _portfolio_word(token):
            return False
    return False


_LONGEST_PORTFOLIO = 6
# Titles that take a portfolio: a party's 'leader' or a command's 'commander' take a body.
_MINISTERIAL = frozenset({"minister", "secretary", "under-secretary", "undersecretary"})


def _ministerial(token: Token) -> bool:
    return token.lower_ in _MINISTERIAL


# Words that end the name of a body, which no portfolio ends with: 'the Labour Party leader'.
_BODY_ENDINGS = PARTY_WORDS | frozenset(
    {"council", "committee", "commission", "ministry", "department", "office", "agency"}
    | {"army", "force", "forces", "union", "league", "congress", "assembly", "parliament"}
    | {"government", "bank", "court", "corps", "guard", "organisation", "organization"}
)


def _portfolio_word(token: Token) -> bool:
    """A word a portfolio's name is made of: 'Labour', 'Social', 'Welfare', 'and', ','."""
    if token.is_punct or token.lower_ in {"and", "&"} or token.text in department_words():
        return True
    if not token.is_title or token.lower_ in _BODY_ENDINGS:
        return False
    return lexicon(load_model()).is_word(token.lower_) and not get_gazetteer().is_known_place(
        token.text
    )


def _post_read_as_a_body(candidate: Candidate) -> bool:
    """'Rudolf Schumacher, Solomon Islands Sports Minister, said', 'Gen. Henry Koh, the Armed
    Forces Commander': a name ending in a title, in apposition to a person, is the person's
    post, not a body."""
    span = candidate.span
    if candidate.label != "ORG" or len(span) < 2 or span[-1].lower_ not in title_ends():
        return False
    root = span.root
    # The person the title is apposed to, or who is apposed to it ('the Armed Forces
    # Commander, Gen. Henry Koh, said').
    holders = [root.head] if root.dep_ == "appos" else []
    holders += [c for c in root.children if c.dep_ == "appos"]
    if not any(h.ent_type_ == "PERSON" for h in holders):
        return False
    return not get_gazetteer().knows(readable(span))


def _is_count(span: Span) -> bool:
    word = span.text.lower()
    return len(span) == 1 and like_num(word.removesuffix("s"))  # type: ignore[no-untyped-call]


# A time of day as wires write it: '0800', '16:30', '4am', '4 p.m.'.
_CLOCK = re.compile(r"\d{3,4}|\d{1,2}[:.]\d\d|(\d{1,2}([:.]\d\d)?)?[ap]\.?m\.?", re.IGNORECASE)


def _time_zone(span: Span) -> bool:
    """'(0800 GMT)', 'at 4am EST': a code in capitals right after a time of day is its zone;
    not one before a noun it names ('300 PKK fighters')."""
    if len(span) != 1 or not span.text.isupper() or span.start == 0:
        return False
    if span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN":
        return False
    before = span.doc[span.start - 1]
    if before.ent_type_ == "DATE":  # a year: 'in 2018 NATO said'
        return False
    return before.ent_type_ == "TIME" or _CLOCK.fullmatch(before.text) is not None


def _opens_with_article(span: Span) -> bool:
    return span[0].text in ARABIC_ARTICLES and len(span) > 1


def _name_goes_on(token: Token) -> bool:
    """A capitalized proper noun the model left untagged."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_


def _given_name(token: Token, words: Lexicon) -> bool:
    return (
        token.pos_ == "PROPN"
        and _capitalized(token)
        and not token.ent_type_
        and (bool(token.whitespace_) or _before_a_comma(token))
        and not is_title_token(token)
        and not words.is_word(token.lower_)
    )


def _capitalized(token: Token) -> bool:
    """'Recep', and 'Matiang'i', whose apostrophe `is_title` takes for the start of a word."""
    text = token.text
    return token.is_title or ("'" in text and text.replace("'", "").istitle())


def _before_a_comma(token: Token) -> bool:
    """'Nadia Murad, the Yazidi activist, said': a name ends at the comma of its apposition."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ","


def _named_parties(doc: Doc, taken: set[int]) -> list[Candidate]:
    """ "the Umma (Nation) party": capitalized names before 'party' or 'movement' that NER
    missed, with a translation in parentheses allowed between."""
    found = []
    for word in _party_words(doc):
        if word in taken:
            continue
        start = _skip_parenthetical(doc, word)
        while start > 0 and (opening := _opening_of_a_party_name_word(doc, start - 1)) is not None:
            start = opening
        if start < word and doc[start].is_title and taken.isdisjoint(range(start, word)):
            found.append(Candidate(doc[start : word + 1], "ORG"))
            taken.update(range(start, word + 1))
    return found


def _opening_of_a_party_name_word(doc: Doc, i: int) -> int | None:
    """Where the word at `i` starts, when it belongs to the name of the party after it: a
    capitalized proper noun or adjective ('Peoples' and 'Democratic' of "Peoples' Democratic
    party"), a hyphened word opening with a capital ('Jumbish-i-Milli'), or a possessive ending
    glued to a capitalized word of the dictionary. A name's possessive says whose the party is
    ("Deby's Patriotic Salvation Movement"); 'pro-Kurdish' describes it."""
    token = doc[i]
    if i > 1 and joins_a_word(doc[i - 1]):
        opening = i - 2
        while opening > 1 and joins_a_word(doc[opening - 1]):
            opening -= 2
        return opening if doc[opening].is_title else None
    if token.tag_ == "POS":
        before = doc[i - 1] if i > 0 else None
        possessor = (
            before is not None
            and before.is_title
            and before.pos_ == "PROPN"
            and lexicon(load_model()).is_word(before.lower_)
        )
        return i if possessor else None
    return i if token.is_title and token.pos_ in {"PROPN", "ADJ"} else None


def _party_words(doc: Doc) -> Iterator[int]:
    """Where 'party', 'movement' or 'front' stands as a word of its own, by token index.

    Searched in the text rather than with a token Matcher, which costs a visit to every token.
    """
    for match in _PARTY_WORD.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            yield span.start


def _skip_parenthetical(doc: Doc, end: int) -> int:
    """Where the words before `end` start once a short '( ... )' right before it is skipped."""
    if end == 0 or doc[end - 1].text != ")":
        return end
    for i in range(end - 2, max(end - 6, 0) - 1, -1):
        if doc[i].text == "(":
            return i
    return end


def _as_read(doc: Doc) -> Doc:
    """The same tokens with the words the model read: "JAPAN" in a headline as "Japan"."""
    read = doc.user_data.get(READABLE_DOC)
    return doc if read is None else read


# 'R. Ponting', 'T.O'Gorman': an initial, then a capitalized word; not inside 'U.S. Army'.
_INITIALLED = re.compile(r"(?<![\w.])[A-Z]\. ?[A-Z][a-z][\w'-]*")


def _with_initialled_names(doc: Doc, found: list[Candidate], taken: set[int]) -> list[Candidate]:
    """An initial and a surname name a person, whatever NER made of them ('H. Morris' as an
    organization, 'R. Ponting' not at all); 'N. Korea' and 'S. African' are no one."""
    gazetteer = get_gazetteer()
    out = list(found)
    for match in _INITIALLED.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or span[-1].pos_ not in {"PROPN", "NOUN"}:
            continue
        word = match.group().split(".", 1)[1].strip()
        if gazetteer.lookup(word) or gazetteer.demonym(word) or gazetteer.is_known_place(word):
            continue
        overlapping = [c for c in out if c.span.start < span.end and span.start < c.span.end]
        inside = [c for c in overlapping if span.start <= c.span.start and c.span.end <= span.end]
        if len(inside) < len(overlapping) or any(
            c.span == span and c.label == "PERSON" for c in inside
        ):
            continue
        if not inside and not taken.isdisjoint(range(span.start, span.end)):
            continue
        out = [c for c in out if c not in inside]
        out.append(Candidate(span, "PERSON"))
        taken.update(range(span.start, span.end))
    return out


def named_with_country(span: Span) -> bool:
    """'Lindsay Davenport (U.S.) beat …', 'Javier Solana (Spain)': results and lists put a
    person's country in brackets after the name, which opens with a known given name or is
    made of no English word ('Filippo Veglio'; not 'Red Star', a club)."""
    doc = span.doc
    if len(span) < 2 or not _reads_as_personal_name(span):
        return False
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    close = next((t.i for t in doc[span.end + 1 : span.end + 5] if t.text == ")"), None)
    if close is None:
        return False
    inside = get_gazetteer().lookup(doc[span.end + 1 : close].text)
    return inside is not None and inside.kind == "COUNTRY"


def _reads_as_personal_name(span: Span) -> bool:
    return is_given_name(span[0].text) or capitalized_non_words(span)


def capitalized_non_words(tokens: Span) -> bool:
    """Every token capitalized and no English word ('Veglio', not 'Red Star')."""
    words = lexicon(load_model())
    return all(t.is_title and not words.is_word(t.lower_) for t in tokens)


def is_plural_noun_opening(span: Span) -> bool:
    """'Kidnappers have seized …': one English plural noun opening its sentence, which the model
    took for a name by its capital."""
    token = span[0]
    return (
        len(span) == 1
        and token.i == token.sent.start
        and token.tag_ == "NNS"
        and lexicon(load_model()).is_word(token.lower_)
    )


def opens_with_given_name(span: Span, *, census: bool = False) -> bool:
    """'Mariano Rivera', 'Ivan Lendl': a known given name and one or two capitalized words that
    are no English words and no known place, whatever kind of name the model took it for. With
    `census`, any given name the census lists counts, though a town may bear it ('Harvey')."""
    given = is_census_name if census else is_given_name
    if not 2 <= len(span) <= _MAX_NAME_WORDS or not given(span[0].text):
        return False
    return capitalized_non_words(span[1:]) and not get_gazetteer().is_known_place(readable(span))


def _people_with_countries(doc: Doc, taken: set[int]) -> list[Candidate]:
    """'1 - Pete Sampras (U.S.) beat …': a name the model left untagged before a country in
    brackets, read as `named_with_country` reads a tagged one."""
    found = []
    for bracket in tokens_spelled(doc, ("(",)):
        if bracket.i in taken:
            continue
        start = bracket.i
        while (
            start > 0
            and not doc[start].is_sent_start
            and bracket.i - start < _MAX_NAME_WORDS
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and doc[start - 1].i not in taken
        ):
            start -= 1
        span = doc[start : bracket.i]
        if named_with_country(span):
            found.append(Candidate(span, "PERSON"))
            taken.update(range(span.start, span.end))
    return found


def _repeated_surnames(doc: Doc, found: list[Candidate], taken: set[int]) -> list[Candidate]:
    """ "Streak" after "Heath Streak": a person's surname the model did not tag again. By some
    naming customs the given name is used ('Abiy has freed …' after 'Abiy Ahmed'): a given name
    counts where it stands as a subject."""
    # A body the model tagged a person ('Boko Haram') lends no surname ('Haram').
    gazetteer = get_gazetteer()
    people = [
        c.span
        for c in found
        if c.label == "PERSON" and gazetteer.known_body(readable(c.span)) is None
    ]
    surnames = {readable(_last_word(span)) for span in people if len(span) > 1}
    surnames |= {readable(span) for span in people if len(span) == 1}
    # 'near Tal Abyad' after 'Tal Abyad' tagged a person: the model split the full name there,
    # tagging its first word a place; the last word is no surname used alone.
    full_names = {readable(span) for span in people if len(span) > 1}
    given = {readable(span[:1]) for span in people if len(span) == 2} - surnames
    if not surnames:
        return []
    # Searched in the text the model read, so a shouted "SHEARER" is found as "Shearer".
    text = doc.user_data.get(READABLE_TEXT) or text_of(doc)
    names = sorted(surnames | given)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    out = []
    for match in pattern.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or not taken.isdisjoint(range(span.start, span.end)):
            continue
        if _split_from_its_full_name(doc, span, text, full_names, taken):
            continue
        if match.group() in surnames or span.root.dep_ in {"nsubj", "nsubjpass"}:
            out.append(Candidate(span, "PERSON"))
    return out


def _split_from_its_full_name(
    doc: Doc, span: Span, text: str, full_names: set[str], taken: set[int]
) -> bool:
    """The words before the surname spell the rest of the full name, and the model tagged them
    as something else ('Tal' a place in 'near Tal Abyad')."""
    for name in full_names:
        start = span.end_char - len(name)
        if start < 0 or text[start : span.end_char] != name:
            continue
        whole = doc.char_span(start, span.end_char)
        if whole is not None and not taken.isdisjoint(range(whole.start, span.start)):
            return True
    return False


def _last_word(span: Span) -> Span:
    """The last word as written: 'Jae-in' of 'Moon Jae-in', not its 'in'."""
    start = span.end - 1
    while start > span.start and not span.doc[start - 1].whitespace_:
        start -= 1
    return span.doc[start : span.end]


def _untagged_speakers(doc: Doc, taken: set[int]) -> list[Candidate]:
    """ "Mattis said …": a capitalized name the model left untagged, standing as the subject of
    a verb of saying, is a person's. Not an English word, a title or a known name (those are
    found, or left out, elsewhere)."""
    words = lexicon(load_model())
    found = []
    # Proper nouns heading a subject, found on the arrays: a visit to every token costs more.
    marks = doc.to_array([POS, DEP])
    for i in numpy.flatnonzero((marks[:, 0] == PROPN) & (marks[:, 1] == nsubj)):
        token = doc[int(i)]
        if token.i in taken or not _given_name(token, words):
            continue
        if token.head.lemma_.lower() not in word_set("speech", "verbs"):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and _name_goes_on(doc[start - 1]):
            start -= 1
        span = doc[start : token.i + 1]
        if (
            taken.isdisjoint(range(start, token.i + 1))
            and get_gazetteer().lookup(span.text) is None
        ):
            found.append(Candidate(span, "PERSON"))
            taken.update(range(start, token.i + 1))
    return found


_MAX_RANKED_NAME = 4


def _ranked_people(doc: Doc, taken: set[int]) -> list[Candidate]:
    """'the junta led by Capt Ibrahim Traoré': two or more capitalized words the model left
    untagged right after a rank or an honorific ('Capt', 'Gen', 'Dr', 'Mr') are a person's
    full name, unless they are a known place or body."""
    found = []
    for token in tokens_spelled(doc, honorifics()):
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= _MAX_RANKED_NAME
            and end not in taken
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
        ):
            end += 1
        if end - token.i - 1 < _MIN_FULL_NAME:
            continue  # a full name: 'Mr Clarke' alone may be a club's or a place's word
        span = doc[token.i + 1 : end]
        if get_gazetteer().lookup(span.text) is None:
            found.append(Candidate(span, "PERSON"))
            taken.update(range(span.start, span.end))
    return found


def _titled_people(doc: Doc, taken: set[int]) -> list[Candidate]:
    """'the US ambassador to Japan, Rahm Emanuel, said', 'Myint Kyaing, a permanent secretary
    at the ministry': two or three capitalized words the model left untagged (or took for a
    title of a work), in apposition to a title of office, are the holder's full name."""
    found = []
    # The name's last word, read first: most words are not one, and the arrays find the few.
    for token in _untagged_name_words(doc):
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
            start -= 1
        titled = title_apposed_to(token, start) is not None or any(
            c.dep_ == "appos" and c.lower_ in title_words() for c in token.rights
        )
        if not titled:
            continue
        span = doc[start : token.i + 1]
        if not _MIN_FULL_NAME <= len(span) <= _MAX_NAME_WORDS or not taken.isdisjoint(
            range(start, token.i + 1)
        ):
            continue
        if not all(_untagged_name_word(t) for t in span):
            continue
        if get_gazetteer().lookup(span.text) is None:
            found.append(Candidate(span, "PERSON"))
            taken.update(range(start, token.i + 1))
    return found


def _untagged_name_words(doc: Doc) -> list[Token]:
    """The tokens `_untagged_name_word` accepts, found in the document's arrays."""
    columns = doc.to_array([POS, IS_TITLE, ENT_TYPE])
    strings = doc.vocab.strings
    unnamed = [0, *(strings.add(label) for label in _UNNAMED_LABELS)]
    keep = (columns[:, 0] == PROPN) & (columns[:, 1] == 1) & numpy.isin(columns[:, 2], unnamed)
    return [doc[i] for i in numpy.flatnonzero(keep).tolist()]


_UNNAMED_LABELS = ("WORK_OF_ART", "LAW", "LANGUAGE")


def _untagged_name_word(token: Token) -> bool:
    """A capitalized proper noun the model gave no name's label: none, or a work's or a law's."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ in {"", "WORK_OF_ART", "LAW", "LANGUAGE"}
    )


def _dateline_places(doc: Doc, boilerplate: Boilerplate, taken: set[int]) -> list[Candidate]:
    """The city a dateline opens with ("CARDIFF 1996-12-14"), which NER often leaves out."""
    found = []
    text = text_of(doc) if boilerplate.datelines() else ""
    for start, end in boilerplate.datelines():
        match = DATELINE_PLACE.match(text, start, end)
        if match is None or not may_name_a_place(match.group(1), lexicon(load_model())):
            continue
        span = doc.char_span(*match.span(1))
        if span is not None and taken.isdisjoint(range(span.start, span.end)):
            found.append(Candidate(span, "GPE"))
            taken.update(range(span.start, span.end))
    return found


def _misspelled_countries(doc: Doc, taken: set[int]) -> list[Candidate]:
    """'Austrailian troops arrived': a country's name or demonym misspelled, which NER may
    leave out as it knows no such word."""
    gazetteer = get_gazetteer()
    found = []
    for token in doc:
        if token.i in taken or token.pos_ not in {"PROPN", "ADJ"} or not token.is_title:
            continue
        if is_census_name(token.text):
            continue
        misspelled = gazetteer.misspelled_country(token.text)
        if misspelled is not None:
            found.append(Candidate(doc[token.i : token.i + 1], "NORP" if misspelled[1] else "GPE"))
            taken.add(token.i)
    return found


def _place(candidate: Candidate, zone: str | None) -> Candidate | None:
    if zone == PACKAGING:
        return None
    if zone == DATELINE:
        if not may_name_a_place(candidate.text, lexicon(load_model())):
            return None
        return Candidate(candidate.span, candidate.label, dateline=True)
    return candidate


def _clean(ent: Span) -> list[Candidate]:
    """Splits "Washington’s Indo-Pacific" at the possessive and "Leeds 2 Chelsea 1" at scores
    and line breaks, and trims articles, punctuation and a month or day opening a body's or a
    place's name."""
    doc = ent.doc
    out = []
    ent, rest = _cut_at_setting(ent)
    for index, (start, end) in enumerate(_parts(ent)):
        start, end = _trim(doc, start, end)
        if ent.label_ in _CALENDAR_LABELS:
            while end - start > 1 and doc[start].lower_ in _CALENDAR_WORDS:
                start += 1
            while end - start > 2 and _ends_with_a_day_or_month(doc[start:end]):
                end -= 2  # 'the Commons on Monday': the day is when, not part of the name
        if start >= end:
            continue
        span = doc[start:end]
        # What follows a possessive is a description ("Indo-Pacific presence") unless it is itself
        # a known name.
        after_possessive = index > 0 and doc[start - 1].text in _POSSESSIVE
        if after_possessive and get_gazetteer().lookup(span.text) is None:
            continue
        out.append(Candidate(span, GAZETTEER_LABEL if after_possessive else ent.label_))
    if rest is not None and get_gazetteer().lookup(rest.text) is not None:
        out.extend(_clean(rest))
    return out


_DATING_PREPOSITIONS = frozenset({"on", "in", "by", "until", "since", "from"})


def _ends_with_a_day_or_month(span: Span) -> bool:
    """'… on Monday', '… in March', the preposition in lower case."""
    before, last = span[-2], span[-1]
    return (
        last.lower_ in _CALENDAR_WORDS
        and before.lower_ in _DATING_PREPOSITIONS
        and before.text.islower()
    )


def _cut_at_setting(ent: Span) -> tuple[Span, Span | None]:
    """'the Sahel under Operation Barkhane': a preposition setting a scene ends the name; what
    follows it is a name of its own, kept only where the gazetteer knows it."""
    for token in ent[1:-1]:
        if token.lower_ in _SCENE_PREPOSITIONS and token.text.islower():
            doc, label = ent.doc, ent.label
            return Span(doc, ent.start, token.i, label), Span(doc, token.i + 1, ent.end, label)
    return ent, None


def _parts(ent: Span) -> list[tuple[int, int]]:
    """Token ranges of the entity between separators: the first possessive, scores, breaks."""
    parts = []
    start = ent.start
    possessive_seen = False
    for token in ent:
        is_possessive = not possessive_seen and _is_possessive_break(token)
        if is_possessive or _is_separator(token):
            parts.append((start, token.i))
            start = token.i + 1
            possessive_seen = possessive_seen or is_possessive
    parts.append((start, ent.end))
    return parts


def _nations_joined(candidate: Candidate) -> list[Candidate]:
    """'Joint Russian-Turkish patrols', 'US-Russian relations': countries or their peoples'
    words joined by hyphens, which the model may read as one person's name, are each their
    country; the words around them ('Joint') name no one."""
    span, doc = candidate.span, candidate.span.doc
    hyphens = [t.i for t in span if glued_hyphen(t) and span.start < t.i < span.end - 1]
    if not hyphens:
        return [candidate]
    first, last = hyphens[0] - 1, hyphens[-1] + 1
    if any(i + 1 not in hyphens for i in range(first, last - 1, 2)):
        return [candidate]  # more than one word between two hyphens
    words = [doc[i] for i in range(first, last + 1, 2)]
    if get_gazetteer().lookup(doc[first : last + 1].text) is not None:
        return [candidate]  # 'Guinea-Bissau' is one country
    if not all(names_a_nation(w.text) for w in words):
        return [candidate]
    return [Candidate(doc[w.i : w.i + 1], GAZETTEER_LABEL, candidate.dateline) for w in words]


def _known_names_joined(candidate: Candidate) -> list[Candidate]:
    """'the European Union and Cyprus', 'Nato and Russia': two names the knowledge base knows,
    joined by 'and', read by the model as one; not a name that holds its 'and' ('Bosnia and
    Herzegovina', 'Trinidad and Tobago')."""
    span, doc = candidate.span, candidate.span.doc
    joints = [t.i for t in span if t.lower_ in _COORDINATORS and span.start < t.i < span.end - 1]
    gazetteer = get_gazetteer()
    if len(joints) != 1 or gazetteer.lookup(readable(span)) is not None:
        return [candidate]
    first = doc[span.start : joints[0]]
    second = doc[joints[0] + 1 : span.end]
    if second[0].lower_ == "the" and len(second) > 1:
        second = second[1:]
    if any(gazetteer.lookup(readable(part)) is None for part in (first, second)):
        return [candidate]
    return [Candidate(part, GAZETTEER_LABEL, candidate.dateline) for part in (first, second)]


# Prepositions a country follows in a title: 'Ambassador to Sudan', 'envoy for Syria'.
_TITLE_PREPOSITIONS = frozenset({"to", "of", "for", "in"})
_LONGEST_COUNTRY_WORDS = 3


def _country_opening_a_name(candidate: Candidate) -> list[Candidate]:
    """'U.S. Ambassador to Sudan' + 'William Roebuck', read by the model as one person: after a
    preposition, a country opening a person's name of two words or more is the preposition's
    object, and the name starts after it. A name opening a sentence ('Jordan Henderson') or
    after anything but a preposition is left whole."""
    span = candidate.span
    if candidate.label != "PERSON" or len(span) < 3 or span.start == 0:
        return [candidate]
    if span.doc[span.start - 1].lower_ not in _TITLE_PREPOSITIONS:
        return [candidate]
    gazetteer = get_gazetteer()
    for size in range(min(_LONGEST_COUNTRY_WORDS, len(span) - 2), 0, -1):
        entry = gazetteer.lookup(readable(span[:size]))
        if entry is not None and entry.kind == "COUNTRY":
            country = Candidate(span[:size], GAZETTEER_LABEL, candidate.dateline)
            return [country, Candidate(span[size:], "PERSON", candidate.dateline)]
    return [candidate]


def names_a_nation(word: str) -> bool:
    """A country's name or its people's word ('Turkey', 'Turkish')."""
    gazetteer = get_gazetteer()
    entry = gazetteer.demonym(word) or gazetteer.lookup(word)
    return entry is not None and entry.kind == "COUNTRY"


def _is_separator(token: Token) -> bool:
    """A line break, a score, a parenthesis ("Islamic State (Isis)"), a dash standing
    between spaces ("RUGBY - WALES"), or a comma before another name ("at Grace Road,
    Leicestershire extended …", "Bonn, Germany")."""
    if token.is_space or "\n" in token.text or _SCORE.match(token.text) or token.text in "()":
        return True
    if token.text == "," and token.i + 1 < len(token.doc):
        following = token.doc[token.i + 1]
        return following.text[:1].isupper() and following.text.rstrip(".") not in _NAME_TAILS
    spaced = bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return spaced and token.text in _DASHES


def _is_possessive_break(token: Token) -> bool:
    """ "People's Liberation Army" and "Peoples' Democratic Party" keep their possessive;
    "Washington's Indo-Pacific" and "the Philippines' coast guard" do not."""
    if token.text not in _POSSESSIVE and token.tag_ != "POS":
        return False
    if token.i == 0:
        return True
    owner = token.doc[token.i - 1]
    return owner.lower_ not in _POSSESSIVE_NAME_WORDS and not _plural_of_a_common_noun(owner)


def _plural_of_a_common_noun(token: Token) -> bool:
    """'Peoples', 'Workers', 'Mothers': an English word in the plural, not a name ending in -s."""
    word = token.lower_
    if not word.endswith("s") or token.doc[token.i + 1].text not in {"'", "’"}:
        return False
    singular = word.removesuffix("s")
    return singular in lexicon(load_model()).words and get_gazetteer().lookup(token.text) is None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drops articles and punctuation at the edges, and a verb opening the sentence that the
    model took into the name ('Keeping Isis from regenerating')."""
    while start < end and (doc[start].lower_ in _GLUE or doc[start].is_punct):
        start += 1
    if end - start > 3 and doc[start].text in _STANCE_PREFIXES and doc[start + 1].text == "-":
        # 'the pro-Kurdish Peoples' Democratic Party': the stance is no part of the name, as
        # 'Anti' is of the 'Anti-Corruption Bureau'.
        start += 3
    if end - start > 1 and doc[start].tag_ == "VBG" and _opens_sentence(doc[start]):
        start += 1
    while end > start and (_is_trailing_junk(doc[end - 1]) or _is_trailing_glue(doc[end - 1])):
        end -= 1
    return start, end


def _is_trailing_glue(token: Token) -> bool:
    """'Chelsea 2-1 at' loses its 'at'; 'Moon Jae-in' keeps the syllable a hyphen holds on."""
    if token.text not in _GLUE:
        return False
    hyphen = token.nbor(-1) if token.i > 0 else None
    return not (hyphen is not None and hyphen.text in _NAME_JOINERS and not hyphen.whitespace_)


def known_personal_name(word: str) -> bool:
    """A given name, or the surname of a person the knowledge base knows: a word that may
    stand for someone whatever else it reads as ('May', 'Kim', 'Trump')."""
    return is_given_name(word) or bool(kb.people_named(word))


def _common_word_read_as_a_name(candidate: Candidate) -> bool:
    """'Airspace was closed for 24 hours', 'Press spokesman Alexander Barkhatov said': a plain
    English word opening a sentence, tagged a person or a body, is no one's name unless the
    article writes it capitalized elsewhere ('May said', after 'Theresa May'), or it is a given
    name or a known person's surname."""
    span = candidate.span
    if candidate.label not in {"PERSON", "ORG"} or len(span) != 1:
        return False
    token = span[0]
    words = lexicon(load_model())
    if not (
        _opens_sentence(token)
        and token.is_title
        and words.is_word(token.lower_)
        and not known_personal_name(token.text)
    ):
        return False
    # 'Press spokesman Alexander Barkhatov', 'Hovercrafts will soon be plying the Amazon': a
    # body too, unless known or named by what it is ('Parliament voted').
    if candidate.label == "ORG" and (
        token.lower_ in _BODY_ENDINGS or get_gazetteer().knows(token.text)
    ):
        return False
    return not any(t.text == token.text and t.i != token.i for t in token.doc)


_INDEFINITE = frozenset({"a", "an"})


def _without_events_read_as_people(found: list[Candidate]) -> list[Candidate]:
    """'Theresa May's Brexit deal', 'a hard Brexit', 'after Brexit': a one-word name tagged a
    person that modifies an initiative's noun, follows an indefinite article or is the object
    of a preposition of time, names an event or a policy, and is no one wherever the article
    writes it; unless the name is a given name or a known person's."""
    events = {
        readable(c.span)
        for c in found
        if c.label == "PERSON" and len(c.span) == 1 and _reads_as_an_event(c.span[0])
    }
    # 'the Kushner plan' after 'Jared Kushner' is his.
    events -= {readable(c.span[-1:]) for c in found if c.label == "PERSON" and len(c.span) > 1}
    if not events:
        return found
    return [c for c in found if c.label != "PERSON" or readable(c.span) not in events]


def _reads_as_an_event(token: Token) -> bool:
    if known_personal_name(token.text):
        return False
    head = token.head
    modifies = (
        token.dep_ == "compound"
        and head.i == token.i + 1
        and head.lemma_.lower() in word_set("initiatives", "event_nouns")
    )
    opening = token.doc[token.i - 1] if token.i > 0 else None
    while opening is not None and opening.pos_ == "ADJ" and opening.i > 0:
        opening = token.doc[opening.i - 1]
    if opening is not None and opening.lower_ in _INDEFINITE:
        return True
    # 'after Brexit', 'since Brexit': what a time is set by is an event, not someone.
    return modifies or (token.dep_ == "pobj" and head.lower_ in _TIME_PREPOSITIONS)


_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def _one_of_a_make(candidate: Candidate) -> bool:
    """'shot one down with a Manpad', 'drove an Audi': a name heading a phrase opened by 'a' is
    one thing of that make or model, not a party. (Where the name only modifies the noun, as
    in 'a Hezbollah fighter', the phrase is someone of the party.)"""
    if candidate.label not in {"ORG", "PERSON"}:
        return False
    root = candidate.span.root
    if root.dep_ in {"compound", "amod", "nmod", "poss"}:
        return False
    return any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE and c.i < candidate.span.start
        for c in root.children
    )


# A model's designation: letters, perhaps a hyphen, then a number ('Su-24', 'F-16s', 'TB2');
# not a half or quarter of the year ('H1', 'Q3').
_DESIGNATION = re.compile(r"(?![HQ][1-4]\b)[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]{0,2}")


def _make_or_model(candidate: Candidate) -> bool:
    """'a Sukhoi Su-24 jet', 'Lockheed Martin F-35 jets', 'a MiG-29': a name that is or comes
    right before a model's designation is the maker or the model, not a party. Bodies and
    places the gazetteer knows are left alone ('US F-16s', 'the G20'), as are names like
    'the E3' that only look like a designation."""
    span = candidate.span
    if candidate.label not in {"ORG", "PERSON", "PRODUCT"}:
        return False
    return (_is_a_model(span) or _before_a_model(span)) and not get_gazetteer().knows(
        readable(span)
    )


def _is_a_model(span: Span) -> bool:
    """Alone, only a hyphened designation is surely a model ('MiG-29'); 'the E3' and 'M23' are
    bodies, unless the name tells a thing's make ('a Bayraktar TB2 drone', not 'M23 rebels')."""
    root = span.root
    of_a_thing = root.dep_ == "compound" and root.head.tag_ == "NN"
    return any(
        ("-" in t.text or of_a_thing) and _DESIGNATION.fullmatch(t.text) is not None for t in span
    )


def _before_a_model(span: Span) -> bool:
    """The maker's name, which may go on in words the model tagged apart ('Lockheed' |
    'Martin'), right before a designation."""
    doc, after = span.doc, span.end
    while after < min(span.end + 2, len(doc)) and doc[after].is_title and doc[after].is_alpha:
        after += 1
    return after < len(doc) and _DESIGNATION.fullmatch(doc[after].text) is not None


def _leads_a_compound(candidate: Candidate) -> bool:
    """'a Kurd-led force', 'a Shia-dominated government': one word tagged a person and glued by
    a hyphen to a participle says who leads or fills what follows; it names no one."""
    span = candidate.span
    doc = span.doc
    if candidate.label != "PERSON" or len(span) != 1 or span.end + 1 >= len(doc):
        return False
    return hyphened_participle(doc[span.end + 1])


# Particles that join the words of a place's name: 'Rostov-on-Don', 'Frankfurt-am-Main'.
_PLACE_PARTICLES = frozenset({"on", "upon", "am", "an", "en", "sur", "de", "la", "le"})


def _whole_hyphened_place(candidate: Candidate) -> Candidate:
    """'Don' or 'Rostov' of 'Rostov-on-Don' read alone: a name glued by hyphens to a particle
    and a capitalized word is part of a place's name, which is the whole."""
    span = candidate.span
    doc = span.doc
    whole = whole_words(list(span))
    start, end = whole[0].i, whole[-1].i + 1
    if not any(
        t.lower_ in _PLACE_PARTICLES
        and t.is_lower
        and glued_hyphen(doc[t.i - 1])
        and glued_hyphen(doc[t.i + 1])
        for t in doc[start + 1 : end - 1]
    ):
        return candidate
    if not (doc[start].is_title and doc[end - 1].is_title):
        return candidate
    return Candidate(doc[start:end], "GPE", candidate.dateline)


def _outside_whole_places(found: list[Candidate]) -> list[Candidate]:
    """Drops what a hyphened place's whole name covers ('Rostov' of 'Rostov-on-Don'), and the
    whole read twice when the model tagged two of its words."""
    wholes = [c.span for c in found if c.label == "GPE" and "-" in c.span.text]
    kept: list[Candidate] = []
    for candidate in found:
        span = candidate.span
        inside = any(
            w.start <= span.start and span.end <= w.end and len(span) < len(w) for w in wholes
        )
        again = span in wholes and any(k.span == span for k in kept)
        if not inside and not again:
            kept.append(candidate)
    return kept


def _people_word_read_as_person(candidate: Candidate) -> Candidate:
    """'solved by Africans', 'Europeans argued': a plural proper noun in '-ans' whose singular
    is an English word names a people, not a person ('Evans' and 'Timmermans' have none).
    After a common adjective ('Local Arabs said'), any such plural does: no name opens so."""
    span = candidate.span
    if candidate.label != "PERSON" or len(span) > 2:
        return candidate
    token = span[-1]
    words = lexicon(load_model())
    if token.tag_ != "NNPS" or token.lower_.removesuffix("s") not in words.words:
        return candidate
    if len(span) == 1 and token.lower_.endswith("ans"):
        return Candidate(span, "NORP", candidate.dateline)
    if len(span) == 2 and _common_adjective(span[0], words):
        return Candidate(span[1:], "NORP", candidate.dateline)
    return candidate


def _common_adjective(token: Token, words: Lexicon) -> bool:
    """'Local', 'Ethnic', 'Many': an English word that names no people, no place and opens no
    name ('Glasgow Rangers', 'Newcastle Jets' are teams)."""
    gazetteer = get_gazetteer()
    return (
        token.lower_ in words.words
        and token.pos_ in {"ADJ", "PROPN"}
        and not is_given_name(token.text)
        and gazetteer.demonym(token.text) is None
        and gazetteer.lookup(token.text) is None
        and not gazetteer.is_known_place(token.text)
        and kb.get_kb().nationality(token.text) is None
    )


def _ranked_person_read_as_name(candidate: Candidate) -> Candidate:
    """'the commander, General Anatoly Shkirko, told Interfax': the model reads a rank or a
    title and the full name after it as a body's or a place's name. A title before what reads
    as a person's full name (`opens_with_given_name`) is the person, without the title, unless
    the whole is a known name ('King Abdullah University' ends in an English word, and
    'General Motors Corp' has no given name)."""
    span = candidate.span
    if candidate.label not in {"ORG", "GPE"}:
        return candidate
    title = leading_title(span)
    name = span[title:]
    if not title or not opens_with_given_name(name) or get_gazetteer().lookup(span.text):
        return candidate
    return Candidate(name, "PERSON", candidate.dateline)


def _opens_sentence(token: Token) -> bool:
    return all(t.is_space or t.is_punct for t in token.doc[token.sent.start : token.i])


def _is_trailing_junk(token: Token) -> bool:
    """A possessive, punctuation, or a figure: 'Robert Pires 46th' (the minute he came on),
    'Colin Montgomerie 442,201' (his earnings). A full stop is the name's own ('Co.') unless it
    stands apart, ending the sentence ('punish Prince Mohammed.' before a paragraph break)."""
    return (
        token.text in _POSSESSIVE
        or (token.is_punct and (token.text != "." or _ends_a_sentence(token)))
        or _FIGURE_WORD.match(token.text) is not None
    )


def _ends_a_sentence(stop: Token) -> bool:
    doc = stop.doc
    return bool(stop.whitespace_) or stop.i + 1 == len(doc) or doc[stop.i + 1].is_space


@lru_cache(maxsize=2)
def _spells_a_word(acronym: str, words: frozenset[str]) -> bool:
    """'DAWN' spells a word; 'FSB' or 'PFLP' does not, though the model's tables list them in
    lower case: a word has a vowel."""
    lower = acronym.lower()
    return lower in words and any(v in lower for v in "aeiouy")


@lru_cache(maxsize=2)
def gazetteer_matcher(nlp: Language) -> PhraseMatcher:
    """Finds every gazetteer name and well-known person by exact spelling, built once per
    model; each match is labelled GAZETTEER or PERSON."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    surfaces = sorted(set(get_gazetteer().surfaces()))
    matcher.add(GAZETTEER_LABEL, [nlp.make_doc(surface) for surface in surfaces])
    # Well-known people the small model misses, notably names it has not seen in its training
    # spelled with diacritics ('Erdoğan'); matched as people.
    people = sorted({*get_gazetteer().people_surfaces(), *kb.get_kb().people_full_names()})
    matcher.add("PERSON", [nlp.make_doc(surface) for surface in people])
    # Acronyms the knowledge base gives its bodies ('HTS', 'PYD'), which the model misses
    # before a noun ('HTS fighters'); not those that spell a word ('DAWN', 'LET').
    words = lexicon(nlp).words
    acronyms = [a for a in kb.get_kb().body_acronyms() if not _spells_a_word(a, words)]
    # Two capitals mid-sentence are no word ('against IS'); the project's curated bodies only,
    # as most such pairs name too many things.
    acronyms += kb.get_kb().body_acronyms(length=(2, 2), curated=True)
    matcher.add("ORG", [nlp.make_doc(acronym) for acronym in sorted(set(acronyms))])
    # Bodies' names of two words or more the model leaves untagged ('Liberation Tigers of
    # Tamil Eelam', 'Kurdish Peshmerga'). Not offices the dictionaries file as bodies ('US
    # Secretary of State'), nor names opening with a state's, which the reading of a
    # nationality before a noun takes care of ('Palestinian Authority').
    bodies = [n for n in kb.get_kb().body_names() if " " in n and _names_only_a_body(n)]
    bodies += [_lower_tail(n) for n in bodies if _tail_written_lower(n, words)]
    matcher.add("ORG", [nlp.make_doc(name) for name in bodies])
    return matcher


# The last words of armed bodies' names that some papers write in lower case: 'the Quds
# force', 'the Nusra front'.
_LOWERED_TAILS = frozenset({"force", "forces", "army", "front", "brigade", "brigades", "guards"})


def _tail_written_lower(name: str, words: frozenset[str]) -> bool:
    """Whether the name may be written with its last word in lower case and still name only the
    body: the words before it are no English word ('Islamic front' may be any) nor a known
    person's name ('Assad forces' are the state's)."""
    *opening, last = name.split()
    if last.lower() not in _LOWERED_TAILS:
        return False
    gazetteer = get_gazetteer()
    return not any(
        w.lower() in words or gazetteer.is_well_known_surname(w) or gazetteer.person_by_name(w)
        for w in opening
    )


def _lower_tail(name: str) -> str:
    *opening, last = name.split()
    return " ".join([*opening, last.lower()])


def _names_only_a_body(name: str) -> bool:
    words = name.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head.lower() in title_ends():
        return False
    return not names_a_nation(words[0])
