"""One mention of an initiative in one sentence, before mentions are merged into initiatives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import zip_longest

from spacy.tokens import Span, Token

from attache.contract import Initiative, Participant, Quantity
from attache.contract import Span as TextSpan
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.dates import normalize_date
from attache_worker.extraction.nlp import entities_by_token, published_on
from attache_worker.extraction.quantities import quantities_in
from attache_worker.extraction.status import status_of, verb_status

_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# A stretch of time rather than a point in it: 'three weeks', '30 days', 'one-day', 'years'.
_DURATION = re.compile(
    r"^(?:about |some |nearly |almost |more than |another |the past |the last )?"
    r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)?"
    r"[\s-]*(?:days?|weeks?|months?|years?|decades?|hours?)$",
    re.IGNORECASE,
)
_CLAUSE_BOUNDARIES = frozenset({"conj", "advcl", "ccomp", "parataxis", "relcl"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# Kinds of initiative that are held and come to a close: talks, visits, summits.
_GATHERINGS = frozenset({"DIPLOMACY"})


# What holds the pieces of one written word together: 'no-deal', 'al-Sham'.
@dataclass(slots=True)
class Draft:
    kind: str
    # The kind's concept the mention names, synonyms folded: 'output' reads 'production'.
    term: str
    # The word naming the initiative: a noun ('production') or a verb ('deploy').
    head: Token
    title: str
    participants: dict[str, str]
    # The words whose amounts and dates belong to the initiative.
    scope: list[Token]
    # 'the deal', 'its exercises': points back at an earlier initiative of the kind.
    bare: bool = False
    # Named equipment that tells apart initiatives otherwise alike ('Patriot').
    equipment: tuple[str, ...] = ()
    # Named by a verb ('deploy'), whose own meaning then says something of its status.
    verbal: bool = False
    # The words naming the initiative and what it acts on: 'offensive against Kurdish
    # fighters in Afrin', 'withdraw 2,000 troops'.
    phrase: list[Token] = field(default_factory=list)
    # The PLOVER type of the act, where an event names it.
    event_type: str | None = None

    def anchors(self) -> set[int]:
        """Character offsets of the head and the words governing it up to its verb: an event
        triggered at one of them reports this initiative."""
        out = {self.head.idx}
        token = self.head
        while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
            token = token.head
            out.add(token.idx)
        return out


def to_initiative(
    draft: Draft, sentence: Span, actors: DocActors, initiative_id: str
) -> Initiative:
    participants = [
        Participant(actor=actors.name(actor_id), role=role, actor_id=actor_id)
        for actor_id, role in draft.participants.items()
    ]
    evidence = _trimmed(sentence)
    return Initiative(
        id=initiative_id,
        # A title is display text: line breaks and runs of spaces inside or around it go.
        title=" ".join(draft.title.split()),
        kind=draft.kind,
        status=_status(draft),
        participants=participants,
        quantities=amounts_in(draft.scope),
        evidence=[TextSpan(evidence.start_char, evidence.end_char, evidence.text)],
        dates=dates_in(draft.scope),
        event_type=draft.event_type,
        predicate=draft.term,
        terms=content_lemmas(draft.phrase or [draft.head]),
        places=places_in(draft.scope, actors),
    )


def _status(draft: Draft) -> str:
    if draft.verbal:
        return verb_status(draft.head)
    return status_of(draft.head, gathering=draft.kind in _GATHERINGS)


def content_lemmas(tokens: list[Token]) -> list[str]:
    """The lemmas that say what an initiative is about, for comparing it with other reports."""
    lemmas = {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.isalpha()
    }
    return sorted(lemmas)


def places_in(scope: list[Token], actors: DocActors) -> list[str]:
    found = (actors.token_place.get(t.i) for t in sorted(scope, key=lambda t: t.i))
    return list(dict.fromkeys(p for p in found if p is not None))


def clause_of(verb: Token) -> list[Token]:
    """A verb's clause without the clauses coordinated with or embedded in it, but with the
    participle that spells it out ('adopted sanctions, freezing 2.5 billion euros')."""
    out = [verb]
    for child in verb.children:
        if child.dep_ not in _CLAUSE_BOUNDARIES or _elaborates(child):
            out.extend(child.subtree)
    return out


def _elaborates(clause: Token) -> bool:
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "mark"} for c in clause.children)
    )


def noun_scope(head: Token) -> list[Token]:
    """Amounts belong to the phrase, to the verb that governs it ('raise spending to 2%'), or
    to the amount it is counted in ('$1.5 billion in humanitarian aid')."""
    if head.dep_ in {"dobj", "nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
        return clause_of(head.head)
    container = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if container is not None and container.pos_ == "NOUN":
        # 'a package of sanctions': what the package carries, the sanctions carry.
        return noun_scope(container)
    scope = list(head.head.subtree) if head.dep_ == "pobj" else list(head.subtree)
    node = head
    for _ in range(2):
        if node.dep_ not in {"pobj", "prep"}:
            break
        node = node.head
        # '€500m in military aid': the model may tag the figure and leave its scale ('m').
        counted = node.ent_type_ in _AMOUNT_LABELS or any(
            c.ent_type_ in _AMOUNT_LABELS and c.dep_ in {"compound", "nummod"}
            for c in node.children
        )
        if counted and node.pos_ in {"NUM", "NOUN", "SYM"}:
            scope.extend(t for t in node.subtree if t.ent_type_ in _AMOUNT_LABELS)
    return scope


def amounts_in(scope: list[Token]) -> list[Quantity]:
    return quantities_in(_entities_in(scope))


def dates_in(scope: list[Token]) -> list[str]:
    """Points in time stated in the initiative's clause, in ISO form (`dates`); spans of time
    are left out, and so are points the text does not fix."""
    if not scope:
        return []
    inside = {t.i for t in scope}
    published = published_on(scope[0].doc)
    found = (
        normalize_date(ent.text, published)
        for ent in _entities_in(scope)
        if ent.label_ == "DATE" and ent.start in inside and not _DURATION.match(ent.text)
    )
    return list(dict.fromkeys(d for d in found if d is not None))


def _entities_in(scope: list[Token]) -> list[Span]:
    """The entities that begin or end inside the scope, in text order."""
    if not scope:
        return []
    by_token = entities_by_token(scope[0].doc)
    inside = {t.i for t in scope}
    touched = {by_token[i].start: by_token[i] for i in inside if i in by_token}
    return [
        ent for _, ent in sorted(touched.items()) if ent.start in inside or ent.end - 1 in inside
    ]


def _trimmed(sentence: Span) -> Span:
    start, end = sentence.start, sentence.end
    doc = sentence.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def phrase_text(tokens: list[Token]) -> str:
    """The words as the text spaced them, and a space where a left-out token stood between two
    kept ones, if the text had one there: 'attack on' from '“a shocking attack” on'."""
    return "".join(_with_gap(t, following) for t, following in zip_longest(tokens, tokens[1:]))


def _with_gap(token: Token, following: Token | None) -> str:
    if following is None or following.i == token.i + 1:
        return token.text_with_ws
    spaced = any(t.whitespace_ for t in token.doc[token.i : following.i])
    return token.text + (" " if spaced else "")
