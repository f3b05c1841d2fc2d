"""Who takes part in an initiative, and in what role, read from the parse around its head word.

Inside the phrase, the preposition introducing an actor gives its role ('aid to Niger' is a
beneficiary, 'sanctions on Iran' a target, 'production with Tokyo' a partner); a possessor or a
name compounded to the head leads ('Japan's spending', 'US efforts'). Above the phrase, the
subjects and possessors of the governing words lead ('Warsaw signed a deal'), and role
prepositions on the way up add partners, beneficiaries and targets ('suspended aid to Niger').
A modifier shared by coordinated phrases counts for each of them: in 'training and information
sharing with the US' the US is a partner in both.
"""

from __future__ import annotations

from spacy.tokens import Token

from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.data import word_set
from attache_worker.extraction.event_types import get_typer
from attache_worker.extraction.nlp import hyphened_participle, nearest_subject
from attache_worker.extraction.speakers import (
    headline_partners,
    held_to_account,
    sponsors,
    subject_actors,
)

_PHRASE_EXCLUDED_DEPS = frozenset({"conj", "cc", "relcl", "appos", "punct", "advcl", "acl"})
_LEFT_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss", "quantmod"})
_LEAD_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "agent"})
_SUBJECT = frozenset({"nsubj"})
_PARTNER_PREPOSITIONS = frozenset({"with", "between", "among"})
ROLE_BY_PREPOSITION = {
    "with": "PARTNER",
    "between": "PARTNER",
    "among": "PARTNER",
    "to": "BENEFICIARY",
    "for": "BENEFICIARY",
    "against": "TARGET",
    "on": "TARGET",
}
# 'A mission on the Armenian side' is hosted there; 'sanctions on Iran' target it.
_FRIENDLY_ROLES = {k: v for k, v in ROLE_BY_PREPOSITION.items() if k != "on"}
_HOSTILE_ROLES = {**ROLE_BY_PREPOSITION, "of": "TARGET"}
_MAX_CLIMB = 7
_CLAUSE_DEPS = frozenset({"xcomp", "conj", "ccomp", "advcl"})
# Verbs that take a receiver and a thing given: 'grant Turkey permission', 'give Kyiv aid'.
_GIVING_VERBS = frozenset(
    {"grant", "give", "offer", "deny", "award", "hand", "lend", "send", "promise", "refuse"}
)
# Event types of verbs whose subject reacts to what they govern rather than carries it out.
_REACTIONS = frozenset({"DISAPPROVE", "REJECT", "PROTEST", "SUPPORT"})

# Verbs of bringing others to an act: their agent takes part without leading it.
_BROKERING = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "arrange"})
# Words inside a name's span that hang from the name, not from the phrase it sits in.
_NAME_GLUE = frozenset({"det", "case", "punct"})

Roles = dict[str, str]


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase under a head: its modifiers on the left and prepositional complements on
    the right, without coordinated siblings, clauses, or verbs the parser hung on it."""
    out = [head]
    for child in head.children:
        if child.dep_ in _PHRASE_EXCLUDED_DEPS:
            continue
        if child.pos_ in {"VERB", "AUX"} and not (child.i < head.i and hyphened_participle(child)):
            # 'a Russian-backed offensive' keeps its sponsor; other verbs make clauses.
            continue
        if child.i < head.i and child.dep_ not in _LEFT_MODIFIER_DEPS:
            continue
        if child.i > head.i and child.dep_ != "prep":
            continue
        out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def phrase_participants(
    head: Token, actors: DocActors, default_role: str, hostile: bool = False
) -> Roles:
    """Every participant of the initiative named by the phrase under `head`; in a `hostile`
    one (sanctions, an invasion) 'on' and 'of' introduce its targets."""
    roles: Roles = {}
    by_preposition = _HOSTILE_ROLES if hostile else _FRIENDLY_ROLES
    phrase = phrase_tokens(head)
    for token in phrase:
        actor_id = actors.token_actor.get(token.i)
        # 'the' of 'the US withdrawal' belongs to the name but says nothing of its role.
        if actor_id is not None and actor_id not in roles and token.dep_ not in _NAME_GLUE:
            roles[actor_id] = _inside_role(token, head, default_role, by_preposition)
    owner = _possessor_before(phrase[0], actors)
    if owner is not None:
        undergone = head.lemma_.lower() in _UNDERGONE_BY_OWNER
        roles.setdefault(owner, "TARGET" if undergone else "LEAD")
    for actor_id in _agents_hung_on_the_verb(head, phrase, actors):
        roles.setdefault(actor_id, "LEAD")
    for actor_id in _shared_partners(head, actors):
        roles.setdefault(actor_id, "PARTNER")
    for actor_id, role in _described_parties(head, actors):
        roles.setdefault(actor_id, role)
    for actor_id, role in roles_above(head, actors, by_preposition):
        roles.setdefault(actor_id, role)
    # 'Turkey's offensive': the phrase names who carries it out; the subjects of the clauses
    # around it ('the US and Russia are concerned about …') are others.
    if "LEAD" not in roles.values():
        for lead in leads(head, actors):
            roles[lead] = "LEAD"
    add_affiliations(roles, actors)
    return roles


def _agents_hung_on_the_verb(head: Token, phrase: list[Token], actors: DocActors) -> list[str]:
    """'ending a two-month offensive by Ankara and its allies': the parser may hang the noun's
    'by' on the verb taking it; an active verb has no agent of its own there, so the actors
    after 'by', right after the phrase, carry out what the noun names."""
    verb = head.head
    if head.dep_ != "dobj" or verb.tag_ == "VBN":
        return []
    after = phrase[-1].i + 1
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None or by.i != after:
        return []
    return actors.actors_in(t.i for t in by.subtree)


def _inside_role(token: Token, head: Token, default: str, by_preposition: dict[str, str]) -> str:
    """The role an actor inside the phrase plays, read from the preposition above it."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.head.pos_ == "NOUN":
            # 'an attack by Russian forces', 'the bombing of a hotel by al-Shabaab' (wherever
            # the parser hung 'by' in the phrase): the agent.
            return "LEAD"
        if node.dep_ == "pobj" and node.head.lower_ in by_preposition:
            return by_preposition[node.head.lower_]
        if node.dep_ in {"poss", "compound", "amod"} and node.head.i == head.i:
            if node.dep_ == "amod" and sponsors(node):
                return "PARTNER"  # 'a Russian-backed offensive' is backed, not led, by Russia
            if node.dep_ == "compound" and _second_object(node, head):
                return "BENEFICIARY"
            if node is not token and node.dep_ == "compound" and node.pos_ == "NOUN":
                # 'a Syria reconstruction conference' is about Syria; who holds it is
                # named elsewhere.
                return default
            if node.dep_ == "amod" and head.lemma_.lower() in word_set("places", "venues"):
                # 'the Syrian dialogue conference', 'Israeli-Palestinian talks': the sides
                # meet; who convenes them is named elsewhere, if at all.
                return "PARTNER"
            if node.dep_ == "poss" and head.lemma_.lower() in _UNDERGONE_BY_OWNER:
                return "TARGET"  # 'Netanyahu's trial' tries Netanyahu
            # 'Turkey's offensive', 'US efforts', 'the Turkish invasion'.
            return "LEAD"
        node = node.head
    return default


# Acts whose owner undergoes them: 'Netanyahu's trial', 'Khashoggi's killing'.
_UNDERGONE_BY_OWNER = frozenset(
    {"trial", "arrest", "detention", "prosecution", "impeachment", "extradition", "execution"}
    | {"indictment", "conviction", "expulsion", "ouster", "overthrow", "killing"}
    | {"assassination", "murder", "kidnapping", "abduction"}
)


def _possessor_before(first: Token, actors: DocActors) -> str | None:
    """ "Moscow’s “congress of Syrian national dialogue”": a possessive right before the phrase
    that opens with `first` (quotation marks allowed between), which the parser hung elsewhere,
    still owns it."""
    doc = first.doc
    i = first.i - 1
    while i > 0 and doc[i].is_quote:
        i -= 1
    if i <= 0 or doc[i].dep_ != "case" or doc[i].lower_ not in {"'s", "’s", "'", "’"}:
        return None
    return actors.token_actor.get(doc[i].head.i)


def _second_object(name: Token, head: Token) -> bool:
    """'granted Turkey permission': the parser reads the receiver of a verb taking two objects
    as a word compounded to the thing given."""
    verb = head.head
    return (
        name.pos_ == "PROPN"
        and head.dep_ == "dobj"
        and verb.lemma_.lower() in _GIVING_VERBS
        and not any(c.dep_ in {"dative", "iobj"} for c in verb.children)
    )


def _described_parties(head: Token, actors: DocActors) -> list[tuple[str, str]]:
    """Parties a clause describing the initiative names: 'talks that started last year between
    Baghdad and Damascus', 'a force unveiled by Washington' (whose agent leads)."""
    found: list[tuple[str, str]] = []
    for clause in head.children:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        # 'a deal brokered by Washington': who brings others to an act does not lead it.
        role = "PARTNER" if clause.lemma_.lower() in _BROKERING else "LEAD"
        for child in clause.children:
            if child.dep_ == "agent":
                found += [(a, role) for a in actors.actors_in(t.i for t in child.subtree)]
            elif child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS:
                found += [(a, "PARTNER") for a in actors.actors_in(t.i for t in child.subtree)]
    return found


def _shared_partners(head: Token, actors: DocActors) -> list[str]:
    """Partners named after the last of several coordinated phrases belong to all of them."""
    found: list[str] = []
    if any(c.dep_ == "prep" and c.i > head.i for c in head.children):
        return found
    for sibling in head.conjuncts:
        if sibling.i < head.i:
            continue
        for child in sibling.children:
            if child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS:
                found.extend(actors.actors_in(t.i for t in child.subtree))
    return found


def roles_above(
    head: Token, actors: DocActors, by_preposition: dict[str, str] = ROLE_BY_PREPOSITION
) -> list[tuple[str, str]]:
    """Actors the governing words introduce by a role preposition, up to the nearest verb:
    'suspended aid to Niger', 'a deal with Seoul for joint production'."""
    found: list[tuple[str, str]] = []
    token, came_from = head.head, head
    while token.i != came_from.i:
        for child in token.children:
            role = by_preposition.get(child.lower_)
            if child.dep_ == "prep" and role is not None and child.i != came_from.i:
                found.extend((a, role) for a in actors.actors_in(_outside_clauses(child)))
        if token.pos_ in {"VERB", "AUX"}:
            break
        token, came_from = token.head, token
    return found


_CLAUSE_ON_A_NOUN = frozenset({"relcl", "acl"})


def _outside_clauses(preposition: Token) -> list[int]:
    """The words a preposition governs, without clauses hung on its nouns: in 'proposed for
    north-east Syria, which Ankara is not thought to be targeting', Ankara is no party."""
    clauses = [t for t in preposition.subtree if t.dep_ in _CLAUSE_ON_A_NOUN]
    inside = {word.i for clause in clauses for word in clause.subtree}
    return [t.i for t in preposition.subtree if t.i not in inside]


def leads(head: Token, actors: DocActors) -> list[str]:
    """Subjects and possessors of the words governing the phrase, nearest first.

    None when the phrase is its clause's own subject ('the alliance was temporary'), or when
    the verb governing it reacts to it rather than carries it out ('Syria objected to the
    invasion', 'Moscow welcomed the deal')."""
    reporting = word_set("events", "reporting")
    if head.dep_ == "nsubj":
        return []
    accused = held_to_account(head, actors)
    if accused:
        return accused
    token, came_from = head.head, head
    for _ in range(_MAX_CLIMB):
        if token.lemma_.lower() in reporting and came_from.dep_ in {"ccomp", "parataxis"}:
            return []
        if token.dep_ == "prep" and token.lower_ in _CIRCUMSTANCES:
            return []  # 'resigned amid protests': who resigned did not protest
        if token.dep_ == "prep" and token.lower_ in _AFTERMATH and _met_from_outside(head):
            return []  # 'resigned after mass protests', 'crashed hours after the attack'
        # 'welcomed the deal' reacts to it; 'agreed to supply' commits to the act, and in
        # 'accused the US and delivered an ultimatum' the accusing verb only lends its subject.
        if token.pos_ == "VERB" and came_from.dep_ not in _CLAUSE_DEPS and _reacts(token):
            return []
        asked = _asked_to_act(token, came_from, actors)
        if asked:
            return asked
        found = []
        subject = nearest_subject(token, _SUBJECT)
        for child in token.children:
            if child.dep_ in _SUBJECT and subject is not None and child.i != subject.i:
                continue  # a second subject the parser gave the verb is another clause's
            if child.dep_ in _LEAD_DEPS and child.i != came_from.i:
                found.extend(subject_actors(child, actors))
        if not found and _acts_on_its_object(token, came_from):
            # 'the coalition carrying out airstrikes', or 'The coalition carried out airstrikes'
            # with the verb read as a participle: the noun it hangs on does the act.
            found = subject_actors(token.head, actors)
        if found:
            return found
        if token.head.i == token.i:
            return _actors_before_verb(token, actors) if token.pos_ == "VERB" else []
        token, came_from = token.head, token
    return []


def _acts_on_its_object(verb: Token, came_from: Token) -> bool:
    """A participle hung on a noun, with an object: active, so the noun is who acts (a passive
    one, 'the town captured last year', takes the noun as what it acts on)."""
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and came_from.dep_ == "dobj"


# Prepositions setting the circumstances of an act, which others bring about.
_CIRCUMSTANCES = frozenset({"amid", "amidst", "despite"})
# Prepositions of time or cause, after or over which an attack or a protest is mostly what
# the subject meets ('resigned after protests', 'sanctions against Russia over the invasion of
# Ukraine'), while talks or a deal are its own ('withdrew after the deal').
_AFTERMATH = frozenset({"after", "following", "over"})
_MET_ACTS = frozenset({"protest", "demonstration", "riot", "uprising", "unrest"})


def _met_from_outside(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return lemma in _MET_ACTS or lemma in word_set("initiatives", "hostile")


# Verbs whose object does the act of their complement: 'urged Nato allies to deliver air
# defences', 'forced Russia to withdraw'.
_OBJECT_CONTROL = frozenset(
    {"urge", "ask", "call", "press", "order", "push", "implore", "force", "allow", "permit"}
    | {"persuade", "encourage", "invite", "help", "enable", "compel", "oblige", "pressure"}
)


def is_asked_to_act(noun: Token) -> bool:
    """'asked congress to change the deal': the object of a verb of asking, with an act to do,
    is an agent, not an act."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in _OBJECT_CONTROL
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _asked_to_act(verb: Token, came_from: Token, actors: DocActors) -> list[str]:
    """Those a verb of asking or making asks to do the act of its complement."""
    if came_from.dep_ != "xcomp" or verb.lemma_.lower() not in _OBJECT_CONTROL:
        return []
    asked = (c for c in verb.children if c.dep_ in {"dobj", "dative"})
    return [a for c in asked for a in subject_actors(c, actors)]


def _reacts(verb: Token) -> bool:
    """The verb's type in the event model's verb dictionary is a reaction, and it commits its
    subject to nothing: the dictionary files 'agree' under SUPPORT, but those who agreed to a
    deal are its parties, and 'claim' under DISAPPROVE, but those who claimed a bombing did it."""
    lemma = verb.lemma_.lower()
    if lemma in word_set("events", "commitment") or lemma in word_set("events", "owning"):
        return False
    return get_typer().lexicon.verbs.get(lemma) in _REACTIONS


def verb_leads(verb: Token, actors: DocActors) -> list[str]:
    """The subject of a verb; a verb coordinated without one borrows its sibling's."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return subject_actors(child, actors)
    return leads(verb, actors)


def _actors_before_verb(verb: Token, actors: DocActors) -> list[str]:
    """When the parser lost a clause's subject, the names right before its verb stand in."""
    start = verb.i
    while start > verb.sent.start and not (
        verb.doc[start - 1].is_punct or verb.doc[start - 1].pos_ == "VERB"
    ):
        start -= 1
    partners = headline_partners(verb.doc[start]) if start < verb.i else []
    return actors.actors_in([*(t.i for t in partners), *range(start, verb.i)])


def add_affiliations(roles: Roles, actors: DocActors) -> None:
    """A person who leads an initiative brings the country they serve."""
    for actor_id, role in list(roles.items()):
        affiliation = actors.by_id[actor_id].affiliation
        if role == "LEAD" and affiliation is not None:
            country = next((a.id for a in actors.actors if a.name == affiliation), None)
            if country is not None and country not in roles:
                roles[country] = "LEAD"
