"""Initiatives started by an action on a counted object rather than named by a noun:
'Azerbaijan will withdraw 3,000 troops', 'the US plans to deploy 1,500 Marines to Darwin',
'Germany promised 300 million euros'.

`data/initiatives.json` ('verbs') gives each such verb its kind, the noun naming what it starts,
and what its object must be: forces ('personnel') or an amount of money. Objects already named
as an initiative ('pledged $1.5 billion in humanitarian aid') are left to the noun reading."""

from __future__ import annotations

from spacy.tokens import Span, Token

from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.drafts import Draft, clause_of
from attache_worker.extraction.nlp import whole_words
from attache_worker.extraction.participants import ROLE_BY_PREPOSITION, add_affiliations, verb_leads
from attache_worker.extraction.quantities import is_counted_money

_OBJECT_DEPS = frozenset({"dobj", "obj"})
_TITLE_SKIPPED_DEPS = frozenset({"relcl", "acl", "appos", "punct"})
# Where forces go is a host, not a beneficiary.
_MILITARY_ROLES = {"to": "PARTNER", "into": "TARGET", "against": "TARGET"}


def verb_drafts(sentence: Span, actors: DocActors, covered: set[int]) -> list[Draft]:
    drafts = []
    table: dict[str, list[str]] = load_table("initiatives")["verbs"]
    for token in sentence:
        entry = table.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        if entry is None or any(c.dep_ == "neg" for c in token.children):
            # 'did not send troops' starts nothing.
            continue
        kind, noun, needs = entry
        if token.lemma_.lower() in word_set("initiatives", "sends_weapons"):
            sent = _object(token, "materiel", actors)[0]
            if sent is not None and _hands_over_weapons(sent):
                kind, noun, needs = table["deliver"]
        obj, receivers = _object(token, needs, actors)
        if obj is None or any(t.i in covered for t in obj.subtree) or not _fits(obj, needs):
            continue
        draft = _draft(kind, noun, token, obj, actors)
        for receiver in receivers:
            draft.participants.setdefault(receiver, "BENEFICIARY")
        if draft.participants:
            drafts.append(draft)
    return drafts


def _object(verb: Token, needs: str, actors: DocActors) -> tuple[Token | None, list[str]]:
    """The verb's object, and who receives it when the object names them instead: 'supply
    Lithuania with air defence systems' gives the systems, received by Lithuania."""
    obj = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if needs != "materiel" or obj is None or not actors.actors_in([obj.i]):
        return obj, []
    given = next(
        (
            grandchild
            for child in [*verb.children, *obj.children]
            if child.dep_ == "prep" and child.lower_ == "with"
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
        ),
        None,
    )
    if given is None:
        return obj, []
    return given, actors.actors_in(t.i for t in obj.subtree)


def _fits(obj: Token, needs: str) -> bool:
    if needs == "money":
        return _counts_money(obj)
    if needs == "military money":
        return _counts_money(obj) and _military(obj.head)
    if needs == "materiel":
        return _is_materiel(obj)
    personnel = word_set("initiatives", "personnel")
    return bool(_forms(obj) & personnel)


def _counts_money(obj: Token) -> bool:
    return any(t.ent_type_ == "MONEY" for t in obj.subtree) or is_counted_money(obj)


def _is_materiel(obj: Token) -> bool:
    """Weapons, or equipment named with a military word ('air defence systems')."""
    if _forms(obj) & word_set("initiatives", "materiel"):
        return True
    generic = _forms(obj) & word_set("initiatives", "materiel_if_military")
    return bool(generic) and any(
        _forms(t) & word_set("initiatives", "military_words") for t in obj.subtree if t is not obj
    )


def _hands_over_weapons(obj: Token) -> bool:
    """Weapons rather than forces, aircraft or ships: what is sent is handed over."""
    forms = _forms(obj)
    forces = word_set("initiatives", "personnel") - word_set("initiatives", "materiel")
    return (
        _is_materiel(obj)
        and not forms & forces
        and not forms & word_set("initiatives", "deployable")
    )


def _military(verb: Token) -> bool:
    """A military word anywhere in the verb's clause: 'spend 1.1 billion euros on barracks'."""
    military = word_set("initiatives", "military_words")
    return any(_forms(t) & military for t in verb.subtree)


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")}


def _draft(kind: str, noun: str, verb: Token, obj: Token, actors: DocActors) -> Draft:
    roles = _prepositional_roles(verb, obj, kind, actors)
    for lead in verb_leads(verb, actors):
        roles[lead] = "LEAD"
    add_affiliations(roles, actors)
    return Draft(
        kind=kind,
        term=noun,
        head=verb,
        title=_title(noun, verb, obj),
        participants=roles,
        scope=clause_of(verb),
        verbal=True,
        phrase=[verb, *obj.subtree],
    )


def _prepositional_roles(verb: Token, obj: Token, kind: str, actors: DocActors) -> dict[str, str]:
    """'to Ukraine' on the verb or on its object: 'promised 300 million euros to Ukraine'."""
    roles: dict[str, str] = {}
    by_preposition = _MILITARY_ROLES if kind == "MILITARY_OPERATION" else ROLE_BY_PREPOSITION
    for child in [*verb.children, *obj.children]:
        role = by_preposition.get(child.lower_)
        if child.dep_ in {"prep", "dative"} and role is not None:
            for actor_id in actors.actors_in(t.i for t in child.subtree):
                roles.setdefault(actor_id, role)
    return roles


def _title(noun: str, verb: Token, obj: Token) -> str:
    """'Deployment of 1,500 Marines to the northern Australian city of Darwin'."""
    parts = [noun[:1].upper() + noun[1:], "of", _text(obj)]
    destination = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if destination is not None and noun == "deployment":
        parts += ["to", _text(next(iter(destination.children), destination))]
    return " ".join(p for p in parts if p)


def _text(token: Token) -> str:
    skipped = {t.i for c in token.children if c.dep_ in _TITLE_SKIPPED_DEPS for t in c.subtree}
    tokens = whole_words([t for t in token.subtree if t.i not in skipped])
    return "".join(t.text_with_ws for t in tokens).strip(" ,;:")
