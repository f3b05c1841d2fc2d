"""What a common noun beside a name says the name is: 'shipping firm Kestrano', 'the Austrian
club Rapid Linz' name bodies; 'the news weekly Der Spiegel', 'Le Matin newspaper' name media.

The noun has to belong to the name's own phrase (a modifier of the name, or the name in
apposition to it), so that 'the club Ronaldo left' says nothing of Ronaldo. The article spells a
name one way: evidence at one mention holds for every mention of the same name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from attache_worker.extraction import kb
from attache_worker.extraction.data import word_set
from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.nlp import readable

NameClass = Literal["body", "medium", "vessel"]
# How a noun before a name belongs to its phrase: 'firm' in 'shipping firm Kestrano'.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "appos"})


@dataclass(frozen=True, slots=True)
class ClassedNames:
    bodies: frozenset[str]
    media: frozenset[str]
    vessels: frozenset[str] = frozenset()


def classed_names(doc: Doc, spans: Iterable[Span]) -> ClassedNames:
    """The names an article places, somewhere, beside a body's or a medium's noun: the
    entities found, and runs of proper nouns the model left untagged ('told Valtor news
    agency'), besides names that end in a medium's noun themselves ('Saudi Press Agency')."""
    spans = list(spans)
    found: dict[NameClass, set[str]] = {"body": set(), "medium": set(), "vessel": set()}
    found["medium"].update(readable(s) for s in spans if _ends_medium(s))
    found["vessel"].update(readable(s) for s in spans if _boarded(s))
    nouns = _class_noun_positions(doc)
    near = [s for s in spans if nouns & _class_noun_sites(s)] if nouns else []
    for span in [*near, *_untagged_runs_beside(doc, nouns)]:
        name_class = class_of(span)
        if name_class is not None:
            found[name_class].add(readable(span))
    media, vessels = found["medium"], found["vessel"]
    return ClassedNames(
        frozenset(found["body"] - media - vessels), frozenset(media), frozenset(vessels - media)
    )


def _boarded(span: Span) -> bool:
    """'aboard Air Force One', 'seized and boarded the Stena Impero': what one is aboard or
    boards is a ship or a plane."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in {"aboard", "onboard"}
    return root.dep_ == "dobj" and head.lemma_.lower() == "board"


def _ends_medium(span: Span) -> bool:
    """'Saudi Press Agency', 'Syrian Arab News Agency', 'Al Arabiya Television', 'Press TV': a
    name that ends in a wire's or a broadcaster's noun is a medium's, however it is used."""
    if len(span) < 2 or not span[-1].text[:1].isupper():
        return False
    last = span[-1].lower_
    if last == "agency":
        return span[-2].lower_ in {"news", "press"}
    # Not the print nouns: 'White Paper', 'Journal' and 'Daily' end other names too. 'Damascus
    # Radio' is the state's voice, as class_of reads 'Damascus radio'.
    broadcaster = last in {"television", "radio", "tv", "channel"}
    return broadcaster and not get_gazetteer().is_known_place(readable(span[:-1]))


def _class_noun_positions(doc: Doc) -> set[int]:
    # Read on the lemma and lower-case arrays, by string hash: a Token per word costs more.
    found = numpy.isin(doc.to_array([LEMMA, LOWER]), _class_noun_hashes()).any(axis=1)
    return {int(i) for i in numpy.flatnonzero(found)}


@cache
def _class_noun_hashes() -> numpy.ndarray:
    # 'news agency' is two words: either may stand next to the name ('the news agency Sana').
    words = word_set("groups", "class_bodies") | word_set("groups", "class_media")
    words |= {"news", "agency", *_vessel_nouns(), *_last_words("class_bodies")}
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _untagged_runs_beside(doc: Doc, nouns: set[int]) -> list[Span]:
    """Runs of capitalized proper nouns the model left untagged, right after or right before
    a class noun (a medium's noun may follow 'news' too: 'Valtor news agency')."""
    runs = []
    for i in sorted(nouns):
        start = end = i + 1
        while end < len(doc) and _untagged_proper(doc[end]):
            end += 1
        if end > start:
            runs.append(doc[start:end])
        end = start = i
        while start > 0 and _untagged_proper(doc[start - 1]):
            start -= 1
        if end > start:
            runs.append(doc[start:end])
    return runs


def _untagged_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_


def class_of(span: Span) -> NameClass | None:
    """'body', 'medium' or 'vessel' when a class noun stands right before the name in its
    phrase, or a medium's noun right after it ('Interfax news agency'); None otherwise. A
    nationality ('the Yugoslav news agency') says whose the body is, not its name."""
    if span.root.pos_ != "PROPN" or get_gazetteer().demonym(readable(span)) is not None:
        return None
    before = _noun_before(span) or _noun_named(span) or _noun_apposed(span)
    before = before or _noun_apposed_to(span)
    if before is not None:
        if _is_medium_noun(before):
            return "medium"
        if _is_vessel_noun(before):
            return "vessel"
        if _is_body_noun(before):
            return "body"
    after = _noun_after(span)
    if after is None or not _is_medium_noun(after):
        return None
    # 'Boston television stations', 'Damascus radio': a place's name says where they broadcast.
    return None if get_gazetteer().is_known_place(readable(span)) else "medium"


def _noun_before(span: Span) -> Token | None:
    if span.start <= span.sent.start:
        return None
    noun = span.doc[span.start - 1]
    # The tagger may take a lower-case noun into the name ('the pro-government daily Sabah').
    if noun.pos_ not in {"NOUN", "ADJ", "ADV", "PROPN"}:
        return None
    # 'the NGO Reprieve': the one class noun written in capitals.
    written_as_a_noun = noun.is_lower or noun.text == "NGO"
    if not (written_as_a_noun or (noun.i == noun.sent.start and noun.pos_ != "PROPN")):
        return None
    root = span.root
    in_phrase = (
        # 'the opposition daily Birgun Yeni': 'daily' read as an adverb of the name.
        (noun.dep_ in {*_MODIFIER_DEPS, "advmod"} and noun.head.i in range(span.start, span.end))
        or (root.head == noun and root.dep_ in _MODIFIER_DEPS)
        # 'the Dutch brewer Marlowe said': the small model makes both subjects of the verb.
        or (root.head == noun.head and root.dep_ == noun.dep_ and root.dep_ != "conj")
    )
    return noun if in_phrase else None


# Participles that give a noun its name: 'a group known as', 'a militia called'.
_NAMING_VERBS = frozenset({"know", "call", "dub", "name"})


def _noun_named(span: Span) -> Token | None:
    """'the civil defence group known as the White Helmets', 'a militia called Liwa al-Quds':
    the noun a participle of naming gives the name to."""
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif root.dep_ not in {"oprd", "dobj", "attr"}:
        return None
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    return verb.head if verb.head.pos_ == "NOUN" else None


def _noun_apposed(span: Span) -> Token | None:
    """'The National, an Abu Dhabi newspaper', 'Yeni Safak, a pro-government daily': the
    common noun set off after the name, in apposition to it."""
    return next(iter(_apposed_nouns(span)), None)


def _noun_apposed_to(span: Span) -> Token | None:
    """'the state news agency, Sana': the common noun the name is set off after."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start:
        return head
    return None


def _apposed_nouns(span: Span) -> list[Token]:
    return [
        c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= span.end
    ]


def _class_noun_sites(span: Span) -> set[int]:
    """Where a class noun of the name's own phrase may stand: right beside it, given the name
    by a participle, or in apposition after it."""
    sites = {span.start - 1, span.end, span.end + 1, *(n.i for n in _apposed_nouns(span))}
    apposed_to = _noun_apposed_to(span)
    if apposed_to is not None:
        sites.add(apposed_to.i)
    named = _noun_named(span)
    if named is not None:
        sites.add(named.i)
    return sites


def _noun_after(span: Span) -> Token | None:
    """'Le Matin newspaper', 'Interfax news agency': the name modifies the medium's noun."""
    doc = span.doc
    if span.end >= span.sent.end or not doc[span.end].is_lower:
        return None
    root = span.root
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or head.i < span.end or head.i > span.end + 1:
        return None
    return head


@cache
def _vessel_nouns() -> frozenset[str]:
    """The last words of the vessels' nouns: 'carrier' of 'aircraft carrier'."""
    return _last_words("class_vessels")


@cache
def _last_words(nouns: str) -> frozenset[str]:
    return frozenset(noun.split()[-1] for noun in word_set("groups", nouns))


def _is_vessel_noun(noun: Token) -> bool:
    return _is_class_noun(noun, "class_vessels")


def _is_body_noun(noun: Token) -> bool:
    """'firm', and 'tank' of 'think tank'."""
    return _is_class_noun(noun, "class_bodies")


def _is_class_noun(noun: Token, nouns: str) -> bool:
    """The noun, alone or with the word before it ('aircraft carrier'), is one of `nouns`."""
    doc = noun.doc
    before = doc[noun.i - 1].lower_ + " " if noun.i > 0 else ""
    listed = word_set("groups", nouns)
    return noun.lower_ in listed or noun.lemma_.lower() in listed or before + noun.lower_ in listed


def _is_medium_noun(noun: Token) -> bool:
    media = word_set("groups", "class_media")
    if noun.lemma_.lower() in media or noun.lower_ in media:
        return True
    doc = noun.doc
    # 'news agency': the agency noun alone names governments' agencies too.
    before = doc[noun.i - 1] if noun.i > 0 else None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (noun.lower_ == "news" and after is not None and after.lower_ == "agency") or (
        noun.lower_ == "agency" and before is not None and before.lower_ == "news"
    )


def only_reports(mentions: Iterable[Span]) -> bool:
    """A medium that, at every mention, gives an account ('Granma reported', 'told Valtor
    news agency', 'according to the daily X', 'a report in the weekly Y') rather than being
    acted on ('the government closed the daily X')."""
    return all(_reports(span) for span in mentions)


def _reports(span: Span) -> bool:
    phrase = span.root
    while phrase.dep_ in _MODIFIER_DEPS and phrase.head.i >= span.end - 1 and phrase.head != phrase:
        # 'Le Matin newspaper said': the medium's noun heads the phrase.
        if phrase.head.pos_ not in {"NOUN", "PROPN"}:
            break
        phrase = phrase.head
    while phrase.dep_ == "conj" and phrase.head != phrase:
        # 'reports on al-Jazeera and the BBC': a medium listed with another shares its role.
        phrase = phrase.head
    head = phrase.head
    lemma = head.lemma_.lower()
    if phrase.dep_ == "nsubj":
        return lemma in _reporting_verbs()
    if phrase.dep_ in {"dobj", "dative"}:
        return lemma == "tell"
    if phrase.dep_ != "pobj":
        return False
    governor = head.head.lemma_.lower()
    if head.lower_ == "to":
        # The model lemmatizes 'according' to 'accord'.
        return governor in {"according", "accord", "tell", "say", "speak"}
    if head.lower_ in {"by", "in", "on"}:
        return governor in _reporting_verbs() or governor in _ACCOUNT_NOUNS
    if head.lower_ in _STAFF_PREPOSITIONS and kb.agent_sector(governor) == "MED":
        # 'a columnist for the Washington Post', 'a reporter at Le Monde': who writes for it.
        return True
    # 'in an interview with the Washington Post': the paper took the account down.
    return head.lower_ == "with" and governor == "interview"


_ACCOUNT_NOUNS = frozenset({"report", "interview", "article", "editorial", "commentary", "story"})
# A journalist 'for', 'at', 'of' or 'with' a paper works there.
_STAFF_PREPOSITIONS = frozenset({"for", "at", "of", "with"})


def _reporting_verbs() -> frozenset[str]:
    # What a wire does with a claim besides passing it on: 'Reuters could not verify it'.
    checking = {"verify", "confirm"}
    # What a broadcaster does with an event: 'state television showed footage of the strikes'.
    airing = {"show", "broadcast", "air", "televise"}
    return (
        word_set("speech", "verbs")
        | {"report", "quote", "cite", "publish", "print", "carry"}
        | checking
        | airing
    )
