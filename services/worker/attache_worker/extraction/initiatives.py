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
  MILITARY_OPERATION   offensives, deployments, withdrawals, missions          FIGHT / MOBILIZE
  TRADE_INVESTMENT     trade deals, tariffs, investment                        AGREE / SANCTION
  POLICY               policies, strategies, laws, reforms                     AGREE / DEMAND
and, for acts named by a verb (`acts.py`), COOPERATION, CONCESSION, COERCION, THREAT, DEMAND,
REJECTION, PROTEST and INVESTIGATION.

An initiative is found at a head word from `data/initiatives.json` inside a noun phrase, at an
action on a counted object ('deploy 1,500 Marines', `commitments.py`), or at any act an actor
carries out that the article reports as an event of its own (`acts.py`: 'Moscow plans to block
the resolution'); `participants.py` reads who takes part. Mentions are merged by
`merging.py`: the same initiative named again in this article gets the same id; 'the deal'
points back at the latest agreement."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from attache.contract import Event, Initiative, Quote
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.acts import act_drafts
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.commitments import verb_drafts
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.drafts import Draft, noun_scope, phrase_text
from attache_worker.extraction.event_features import is_to_infinitive
from attache_worker.extraction.merging import Merger, canonical_term
from attache_worker.extraction.nlp import whole_words
from attache_worker.extraction.participants import (
    is_asked_to_act,
    phrase_participants,
    phrase_tokens,
)

_DEFAULT_INSIDE_ROLE = {"SANCTION": "TARGET", "AID": "BENEFICIARY"}
_TITLE_SKIPPED_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
_BARE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his"})
_MAX_TITLE_TOKENS = 14
_MAX_CREATION_CLIMB = 4
# How a created thing hangs on the verb creating it: its object, its passive subject, a word
# it completes or is coordinated with, or a clause it is the goal of ('plans to create').
_CREATED_DEPS = frozenset(
    {"dobj", "nsubjpass", "attr", "oprd", "conj", "compound", "amod", "xcomp", "acl", "ccomp"}
)


def find_initiatives(
    doc: Doc,
    actors: DocActors,
    boilerplate: Boilerplate,
    events: list[Event],
    quotes: Sequence[Quote] = (),
) -> list[Initiative]:
    merger = Merger(actors)
    quoted = _inside_any(quotes)
    for sentence in doc.sents:
        if boilerplate.covers(sentence.start_char, sentence.end_char):
            continue
        nouns = noun_drafts(sentence, actors)
        covered = {t.i for d in nouns for t in phrase_tokens(d.head)}
        verbs = verb_drafts(sentence, actors, covered)
        acts = act_drafts(sentence, events, actors, [*nouns, *verbs], quoted)
        for draft in [*nouns, *verbs, *acts]:
            if not names_no_act(draft.head):
                merger.add(draft, sentence)
    return merger.initiatives(events)


# Verbs that class something as what the noun after 'as' says: 'regarded the YPG as a threat'.
_CLASSING_VERBS = frozenset(
    {"regard", "see", "view", "consider", "describe", "brand", "label", "designate", "treat"}
)


# Determiners of a kind of act rather than of one act: 'such attacks', 'respond to any attack'.
_ANY_KIND = frozenset({"such", "any"})


def names_no_act(head: Token) -> bool:
    """Words of an initiative that name no act anyone undertook: a kind of act ('such
    attacks', 'any attack'), a label put on someone ('regarded the YPG as a security threat'),
    an act only judged possible ('hard to destroy'), one said to be missing ('selling it
    components without government approval'), or the press's own 'request for comment'."""
    if any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in _ANY_KIND for c in head.children):
        return True
    parent = head.head
    if head.dep_ == "pobj" and parent.lower_ == "without":
        return True
    if head.dep_ == "pobj" and parent.lower_ == "as":
        # The parser hangs 'as' on the verb or on its object: the verb is the first above it.
        verb = next((t for t in parent.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and verb.lemma_.lower() in _CLASSING_VERBS
    if head.dep_ in {"xcomp", "advcl"} and parent.pos_ == "ADJ" and is_to_infinitive(head):
        return True
    return head.lemma_.lower() == "request" and any(
        c.lower_ == "for" and any(g.lemma_.lower() == "comment" for g in c.children)
        for c in head.children
    )


def _inside_any(quotes: Sequence[Quote]) -> Callable[[int], bool]:
    """Whether a character offset falls inside one of the quotations."""
    starts = [q.start for q in quotes]

    def quoted(char: int) -> bool:
        index = bisect_right(starts, char) - 1
        return index >= 0 and char < quotes[index].end

    return quoted


def noun_drafts(sentence: Span, actors: DocActors) -> list[Draft]:
    drafts: list[Draft] = []
    heads_used: set[int] = set()
    for token in sentence:
        match = _match_keyword(token, actors)
        if match is None:
            continue
        head = _phrase_head(token)
        if head.i in heads_used or not _can_head(head, actors):
            continue
        heads_used.add(head.i)
        # 'export blacklist' is named by its head, not by the word modifying it.
        kind, term = _match_keyword(head, actors) or match
        if term in word_set("initiatives", "institutions") and not _created(head):
            continue
        if term in word_set("initiatives", "needs_content") and not _says_what(head, actors):
            continue
        draft = _noun_draft(kind, term, head, actors)
        # A bare mention ('the accord') may name no one: it points back at an initiative.
        if draft.participants or draft.bare:
            drafts.append(draft)
    return drafts


def _noun_draft(kind: str, term: str, head: Token, actors: DocActors) -> Draft:
    phrase = phrase_tokens(head)
    hostile = term in word_set("initiatives", "hostile") or kind == "SANCTION"
    default_role = "TARGET" if hostile else _DEFAULT_INSIDE_ROLE.get(kind, "PARTNER")
    equipment = set(load_table("equipment")["names"])
    return Draft(
        kind=kind,
        term=canonical_term(term),
        head=head,
        title=_title(phrase),
        participants=phrase_participants(head, actors, default_role, hostile),
        scope=noun_scope(head),
        bare=_is_bare(head, phrase, actors),
        equipment=tuple(sorted({t.text for t in phrase if t.text in equipment})),
        phrase=phrase,
    )


def _can_head(head: Token, actors: DocActors) -> bool:
    """A name ('UN aid chief Tom Fletcher') or a body ('aid agencies') is not an initiative, nor
    what a copula says its subject is ('as long as Islamic State remained a threat')."""
    if head.i in actors.token_actor or is_asked_to_act(head) or _said_of_an_actor(head, actors):
        return False
    if _describes_a_body(head, actors):
        return False
    return head.lemma_.lower() not in word_set("initiatives", "not_heads")


def _describes_a_body(head: Token, actors: DocActors) -> bool:
    """'the Sudan Revolutionary Front, an alliance of rebel groups', 'the Forces for Freedom
    and Change alliance': a band's noun in apposition to a body, or closing its name, is the
    body; 'its alliance with the US' is an undertaking."""
    if head.lemma_.lower() not in word_set("groups", "bands"):
        return False
    apposed = [head.head] if head.dep_ == "appos" else []
    apposed += [c for c in head.children if c.dep_ == "appos"]
    if any(t.i in actors.token_actor and _is_body(actors, t.i) for t in apposed):
        return True
    before = head.i - 1
    return head.is_lower and before in actors.token_actor and _is_body(actors, before)


def _is_body(actors: DocActors, index: int) -> bool:
    return actors.by_id[actors.token_actor[index]].kind in {"ORGANIZATION", "GROUP"}


_COPULAS = frozenset({"be", "remain", "become", "stay", "seem"})


def _said_of_an_actor(head: Token, actors: DocActors) -> bool:
    """'Islamic State remained a threat' describes the group; 'it would be a joint operation'
    still names the operation."""
    if head.dep_ != "attr" or head.head.lemma_.lower() not in _COPULAS:
        return False
    subjects = (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return any(t.i in actors.token_actor for s in subjects for t in s.subtree)


_CONTENT_PREPOSITIONS = frozenset({"of", "on", "for", "towards", "toward", "to", "against"})


def _says_what(head: Token, actors: DocActors) -> bool:
    """Whether words on the noun say what the policy or backing is: a preposition with its
    object ('of maximum pressure', 'for the rebels'), a common noun ('the pressure policy') or
    a hyphenated modifier ('one-child'); an owner, a nationality or an adjective of degree or
    domain ('his', 'Syrian', 'foreign', 'broad') says only whose it is or how much."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPOSITIONS:
            if any(c.dep_ == "pobj" for c in child.children):
                return True
        elif child.dep_ in {"compound", "amod", "nmod"}:
            words = list(child.subtree)
            if any(t.text in {"-", "–"} for t in words):
                return True
            if child.pos_ == "NOUN" and child.i not in actors.token_actor:
                return True
    return False


def _created(head: Token) -> bool:
    """A standing body ('command', 'base') is an initiative only when something creates or
    changes it: 'plans to create a command center', 'a force unveiled by the US', not 'orders
    from the Pacific command' nor 'tensions between the two largest armies in Nato' under a
    verb that created the tensions."""
    creation = word_set("initiatives", "creation_verbs")
    if any(c.dep_ == "acl" and c.lemma_.lower() in creation for c in head.children):
        return True  # 'a border force recently unveiled by Tillerson'
    token = head
    for _ in range(_MAX_CREATION_CLIMB):
        if token.head.i == token.i or token.dep_ not in _CREATED_DEPS:
            return False
        token = token.head
        if token.lemma_.lower() in creation:
            return True
        if token.pos_ == "VERB" and token.dep_ not in {"xcomp", "acl"}:
            return False
    return False


def _is_bare(head: Token, phrase: list[Token], actors: DocActors) -> bool:
    """'the sanctions', 'its exercises': nothing but a definite word in front of the head
    (what it is called, 'the accord as a ploy', does not make it another accord)."""
    called = {t.i for c in head.children if c.lower_ == "as" for t in c.subtree}
    others = [t for t in phrase if t.i != head.i and t.i not in called]
    if not others or any(t.i in actors.token_actor for t in phrase):
        return False
    return all(t.lower_ in _BARE_DETERMINERS for t in others)


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


def _match_keyword(token: Token, actors: DocActors) -> tuple[str, str] | None:
    """The longest keyword phrase ending at this token, by lemma: ('DEFENSE_SPENDING', ...).

    A single word must be a noun; a phrase of several is a noun compound whatever the tagger
    made of its last word ('asset freezes' is sometimes read as a verb)."""
    if token.i in actors.token_actor:
        return None
    index = _keywords_by_last_word()
    entries = index.get(token.lemma_.lower()) or index.get(token.lower_) or []
    is_noun = token.pos_ in {"NOUN", "PROPN"}
    best = next((e for e in entries if (is_noun or len(e[0]) > 1) and _ends_at(e[0], token)), None)
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
    """A military word in the phrase, beside it, or by the verb it hangs from: 'the military
    launched two days of exercises'."""
    military = word_set("initiatives", "military_words")
    verb = head.head
    for _ in range(_MAX_VERB_CLIMB):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    nearby = [*phrase_tokens(head), head.head, *head.head.children, verb, *verb.children]
    return any(t.lemma_.lower() in military or t.lower_ in military for t in nearby)


_MAX_VERB_CLIMB = 4


def _phrase_head(token: Token) -> Token:
    """'command' in 'command-and-control center' belongs to the phrase headed by 'center'."""
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head
    return token


def _title(phrase: list[Token]) -> str:
    """The phrase without clauses hung inside it, leading determiners or trailing dates."""
    skipped = {
        inner.i
        for token in phrase
        for child in token.children
        if child.dep_ in _TITLE_SKIPPED_DEPS
        for inner in child.subtree
    }
    tokens = _without_emptied_brackets([t for t in phrase if t.i not in skipped])
    while tokens and tokens[0].dep_ in {"det", "poss"} and tokens[0].pos_ in {"DET", "PRON"}:
        tokens.pop(0)
        if tokens and tokens[0].lower_ == "own":
            tokens.pop(0)
    tokens = tokens[:_MAX_TITLE_TOKENS]
    while tokens and _loose_end(tokens[-1]):
        tokens.pop()
    text = phrase_text(whole_words(tokens)).strip(" ,;:")
    return text[:1].upper() + text[1:]


def _without_emptied_brackets(tokens: list[Token]) -> list[Token]:
    """'Attacks by the Arakan Rohingya Salvation Army (Arsa)', its acronym skipped as an aside:
    brackets left with nothing kept between them go too."""
    emptied = {
        i
        for opening, closing in pairwise(tokens)
        if opening.text == "(" and closing.text == ")"
        for i in (opening.i, closing.i)
    }
    return [t for t in tokens if t.i not in emptied]


def _loose_end(token: Token) -> bool:
    return token.dep_ in {"cc", "prep", "det"} or token.is_punct or token.ent_type_ == "DATE"
