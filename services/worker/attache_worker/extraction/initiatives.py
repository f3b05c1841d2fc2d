"""Initiatives: programs, agreements, deployments, exercises, aid, sanctions, spending and
production plans, each with participants, amounts, status and the sentences that report it.

Kinds, with the PLOVER event types they correspond to:
  DEFENSE_COOPERATION  commands, alliances, basing, intelligence sharing       COOPERATE
  MILITARY_EXERCISE    exercises, drills, war games, training                  COOPERATE
  ARMS_PRODUCTION      joint or national weapons and munitions production      COOPERATE / AID
  DEFENSE_SPENDING     defense budgets and spending targets                    MOBILIZE
  AID                  military, financial and humanitarian aid, loans         AID
  AGREEMENT            treaties, accords, pacts, ceasefires                    AGREE
  SANCTION             sanctions, embargoes, export controls                   SANCTION
  DIPLOMACY            summits, talks, visits, mediation                       CONSULT
  MILITARY_OPERATION   offensives, deployments, peacekeeping missions          FIGHT / MOBILIZE
  TRADE_INVESTMENT     trade deals, tariffs, investment                        AGREE / SANCTION
  POLICY               policies, strategies, laws, reforms                     AGREE / DEMAND

An initiative is found at a head word from `data/initiatives.json` inside a noun phrase; its
participants are the actors inside that phrase (partners, beneficiaries or targets by the
preposition that introduces them) and the subjects or possessors of the words governing it
(leads). Its id hashes the kind, the non-person participant ids and the head term, so the same
initiative reported twice gets the same id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from attache.contract import Initiative, Participant
from attache.contract import Span as TextSpan
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.quantities import quantities_in
from attache_worker.extraction.speakers import subject_actors
from attache_worker.extraction.status import status_of

_PHRASE_EXCLUDED_DEPS = frozenset({"conj", "cc", "relcl", "appos", "punct", "advcl", "acl"})
_LEFT_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss", "quantmod"})
_LEAD_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "agent"})
_ROLE_BY_PREPOSITION = {
    "with": "PARTNER",
    "between": "PARTNER",
    "among": "PARTNER",
    "to": "BENEFICIARY",
    "for": "BENEFICIARY",
    "against": "TARGET",
    "on": "TARGET",
}
_DEFAULT_INSIDE_ROLE = {"SANCTION": "TARGET", "AID": "BENEFICIARY"}
_MAX_CLIMB = 7
_MAX_TITLE_TOKENS = 14


@dataclass(slots=True)
class _Draft:
    kind: str
    term: str
    head: Token
    participants: dict[str, str] = field(default_factory=dict)


def find_initiatives(doc: Doc, actors: DocActors, boilerplate: Boilerplate) -> list[Initiative]:
    merged: dict[str, Initiative] = {}
    for sentence in doc.sents:
        if boilerplate.covers(sentence.start_char, sentence.end_char):
            continue
        for draft in _drafts_in(sentence, actors):
            initiative = _to_initiative(draft, sentence, actors)
            existing = merged.get(initiative.id)
            if existing is None:
                merged[initiative.id] = initiative
            elif initiative.evidence[0] not in existing.evidence:
                existing.evidence.extend(initiative.evidence)
                existing.quantities.extend(
                    q for q in initiative.quantities if q not in existing.quantities
                )
    return list(merged.values())


def _drafts_in(sentence: Span, actors: DocActors) -> list[_Draft]:
    drafts: list[_Draft] = []
    heads_used: set[int] = set()
    for token in sentence:
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        match = _match_keyword(token)
        if match is None:
            continue
        head = _phrase_head(token)
        if head.i in heads_used or head.lemma_.lower() in word_set("initiatives", "not_heads"):
            continue
        heads_used.add(head.i)
        draft = _Draft(kind=match[0], term=match[1], head=head)
        _collect_participants(draft, actors)
        if draft.participants:
            drafts.append(draft)
    return drafts


@cache
def _keywords_by_last_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Keyword phrases indexed by their last word, longest first, so a token costs one look-up."""
    table: dict[str, list[str]] = load_table("initiatives")["phrases"]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, phrases in table.items():
        for phrase in phrases:
            words = tuple(phrase.split())
            index.setdefault(words[-1], []).append((words, kind))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _match_keyword(token: Token) -> tuple[str, str] | None:
    """The longest keyword phrase ending at this token, by lemma: ('DEFENSE_SPENDING', ...)."""
    index = _keywords_by_last_word()
    entries = index.get(token.lemma_.lower()) or index.get(token.lower_) or []
    best = next((entry for entry in entries if _ends_at(entry[0], token)), None)
    if best is None:
        return None
    words, kind = best
    match = (kind, " ".join(words))
    if match[1] in word_set("initiatives", "needs_military"):
        return match if _is_military_context(_phrase_head(token)) else None
    return match


def _ends_at(words: tuple[str, ...], token: Token) -> bool:
    start = token.i + 1 - len(words)
    if start < 0:
        return False
    window = token.doc[start : token.i + 1]
    return all(w in (t.lemma_.lower(), t.lower_) for w, t in zip(words, window, strict=True))


def _is_military_context(head: Token) -> bool:
    military = word_set("initiatives", "military_words")
    nearby = [*phrase_tokens(head), head.head, *head.head.children]
    return any(t.lemma_.lower() in military or t.lower_ in military for t in nearby)


def _phrase_head(token: Token) -> Token:
    """'command' in 'command-and-control center' belongs to the phrase headed by 'center'."""
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
    return token


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase under a head: its modifiers on the left and prepositional complements on
    the right, without coordinated siblings, clauses, or verbs the parser hung on it."""
    out = [head]
    for child in head.children:
        if child.dep_ in _PHRASE_EXCLUDED_DEPS or child.pos_ in {"VERB", "AUX"}:
            continue
        if child.i < head.i and child.dep_ not in _LEFT_MODIFIER_DEPS:
            continue
        if child.i > head.i and child.dep_ != "prep":
            continue
        out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def _collect_participants(draft: _Draft, actors: DocActors) -> None:
    default_role = _DEFAULT_INSIDE_ROLE.get(draft.kind, "PARTNER")
    for token in phrase_tokens(draft.head):
        actor_id = actors.token_actor.get(token.i)
        if actor_id is not None and actor_id not in draft.participants:
            draft.participants[actor_id] = _inside_role(token, draft.head, default_role)
    for actor_id, role in _roles_above(draft.head, actors):
        draft.participants.setdefault(actor_id, role)
    for lead in _leads(draft.head, actors):
        draft.participants[lead] = "LEAD"
    _add_affiliations(draft, actors)


def _inside_role(token: Token, head: Token, default: str) -> str:
    """The role an actor inside the phrase plays, read from the preposition above it."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in _ROLE_BY_PREPOSITION:
            return _ROLE_BY_PREPOSITION[node.head.lower_]
        if node.dep_ in {"poss", "compound"} and node.head.i == head.i:
            return "LEAD"
        node = node.head
    return default


def _roles_above(head: Token, actors: DocActors) -> list[tuple[str, str]]:
    """Actors the governing words introduce by a role preposition, up to the nearest verb:
    'suspended aid to Niger', 'a deal with Seoul for joint production'."""
    found: list[tuple[str, str]] = []
    token, came_from = head.head, head
    while token.i != came_from.i:
        for child in token.children:
            role = _ROLE_BY_PREPOSITION.get(child.lower_)
            if child.dep_ == "prep" and role is not None and child.i != came_from.i:
                found.extend((a, role) for a in actors.actors_in(t.i for t in child.subtree))
        if token.pos_ in {"VERB", "AUX"}:
            break
        token, came_from = token.head, token
    return found


def _leads(head: Token, actors: DocActors) -> list[str]:
    """Subjects and possessors of the words governing the phrase, nearest first."""
    reporting = word_set("events", "reporting")
    token, came_from = head.head, head
    for _ in range(_MAX_CLIMB):
        if token.lemma_.lower() in reporting and came_from.dep_ in {"ccomp", "parataxis"}:
            return []
        found = []
        for child in token.children:
            if child.dep_ in _LEAD_DEPS and child.i != came_from.i:
                found.extend(subject_actors(child, actors))
        if found:
            return found
        if token.head.i == token.i:
            return _actors_before_verb(token, actors) if token.pos_ == "VERB" else []
        token, came_from = token.head, token
    return []


def _actors_before_verb(verb: Token, actors: DocActors) -> list[str]:
    """When the parser lost a clause's subject, the names right before its verb stand in."""
    start = verb.i
    while start > verb.sent.start and not (
        verb.doc[start - 1].is_punct or verb.doc[start - 1].pos_ == "VERB"
    ):
        start -= 1
    return actors.actors_in(range(start, verb.i))


def _add_affiliations(draft: _Draft, actors: DocActors) -> None:
    """A person who leads an initiative brings the country they serve."""
    for actor_id, role in list(draft.participants.items()):
        affiliation = actors.by_id[actor_id].affiliation
        if role == "LEAD" and affiliation is not None:
            country = next((a.id for a in actors.actors if a.name == affiliation), None)
            if country is not None and country not in draft.participants:
                draft.participants[country] = "LEAD"


def _to_initiative(draft: _Draft, sentence: Span, actors: DocActors) -> Initiative:
    participants = [
        Participant(actor=actors.name(actor_id), role=role, actor_id=actor_id)
        for actor_id, role in draft.participants.items()
    ]
    phrase = phrase_tokens(draft.head)
    evidence = _trimmed(sentence)
    return Initiative(
        id=_initiative_id(draft, phrase),
        title=_title(phrase),
        kind=draft.kind,
        status=status_of(draft.head),
        participants=participants,
        quantities=quantities_in(_clause_entities(draft.head)),
        evidence=[TextSpan(evidence.start_char, evidence.end_char, evidence.text)],
        dates=[ent.text for ent in sentence.ents if ent.label_ == "DATE"],
    )


def _clause_entities(head: Token) -> list[Span]:
    """Amounts belong to the phrase or to the verb that governs it ('raise spending to 2%')."""
    scope = head.head if head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} else head
    tokens = {t.i for t in scope.subtree}
    return [ent for ent in head.doc.ents if ent.start in tokens]


def _title(phrase: list[Token]) -> str:
    tokens = [t for t in phrase if not (t.dep_ == "det" and t.i == phrase[0].i)]
    tokens = tokens[:_MAX_TITLE_TOKENS]
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,;:")


def _initiative_id(draft: _Draft, phrase: list[Token]) -> str:
    ids = sorted(a for a in draft.participants if not a.startswith("person:"))
    if not ids:
        ids = sorted(draft.participants)
    equipment = set(load_table("equipment")["names"])
    named_kit = sorted({t.text for t in phrase if t.text in equipment})
    key = "|".join([draft.kind, ",".join(ids), draft.term, ",".join(named_kit)])
    return "initiative:" + hashlib.sha1(key.encode()).hexdigest()[:16]


def _trimmed(sentence: Span) -> Span:
    start, end = sentence.start, sentence.end
    doc = sentence.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]
