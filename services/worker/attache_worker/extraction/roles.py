"""A person's titles of office and the country they serve, read from the words around the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from attache_worker.extraction.titles import appositive_title, preceding_title

if TYPE_CHECKING:
    from attache_worker.extraction.actors import DocActors

# A country after these is where the office points, not whom it serves ("ambassador to Japan").
_DESTINATION_WORDS = frozenset({"to", "in", "at", "for", "on"})
_OWNING_PRONOUNS = frozenset({"its", "their", "whose"})
_LEADING_VERBS = frozenset({"head", "lead", "chair", "command", "run", "direct", "govern"})
_BODIES = frozenset(
    {"ministry", "department", "government", "embassy", "office", "army", "military", "cabinet"}
)
# Words of titles held against a state: 'Venezuela's opposition leader' does not serve it.
_AGAINST_THE_STATE = frozenset(
    {"opposition", "rebel", "dissident", "exiled", "insurgent", "separatist", "resistance"}
)


def _sent_to(token: Token, title: Span) -> bool:
    """'the envoy to Syria': the country after a preposition of destination."""
    return token.i > title.start and title.doc[token.i - 1].lower_ in _DESTINATION_WORDS


def _owns_an_institution(token: Token) -> bool:
    """'a spokesperson for China's foreign ministry' serves China, while 'the envoy for Syria'
    is sent there: the state owns the body the title is for."""
    return token.dep_ in {"poss", "compound", "amod"} and token.head.lemma_.lower() in _BODIES


def titles_of(name: Span) -> list[Span]:
    found = [preceding_title(name), appositive_title(name)]
    return [title for title in found if title is not None]


def affiliation_of(title: Span, actors: DocActors) -> str | None:
    """The first country or organization named in the title, unless it is a destination; in
    'Donald Trump's national security adviser', the one Trump serves; for 'its commissioner'
    or 'Hezbollah, whose leader', the last body or country named before."""
    for token in title:
        actor_id = actors.token_actor.get(token.i)
        if actor_id is None:
            continue
        if _sent_to(token, title) and not _owns_an_institution(token):
            continue
        if actor_id.startswith("person:"):
            served = actors.by_id[actor_id].affiliation
            if served is not None:
                return served
            continue
        if actor_id.startswith("country:") and _against_the_state(title):
            continue
        return actors.name(actor_id)
    return _owner_named_before(title, actors)


def _against_the_state(title: Span) -> bool:
    return any(t.lower_ in _AGAINST_THE_STATE for t in title)


def leads_against_the_state(titles: list[str]) -> bool:
    """'opposition leader', 'rebel commander': an office held against a state, which the person
    answers for as an official answers for the state."""
    return any(word in _AGAINST_THE_STATE for title in titles for word in title.lower().split())


def body_led_by(name: Span, actors: DocActors) -> str | None:
    """'Gen Abdourahamane Tiani, who heads the CNSP': the body or country a relative clause on
    the name says the person leads; 'the Government of National Accord, led by the prime
    minister, Fayez al-Sarraj': the one said to be led by the person."""
    leading = _body_leading_to(name.root, actors)
    if leading is not None:
        return leading
    for clause in name.root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _LEADING_VERBS:
            continue
        for led in (c for c in clause.children if c.dep_ == "dobj"):
            found = [a for a in actors.actors_in(t.i for t in led.subtree) if "person:" not in a]
            if found:
                return actors.name(found[0])
    return None


def _body_leading_to(root: Token, actors: DocActors) -> str | None:
    node = root.head if root.dep_ == "appos" else root
    agent = node.head
    if node.dep_ != "pobj" or agent.lower_ != "by" or agent.head.dep_ != "acl":
        return None
    if agent.head.lemma_.lower() not in _LEADING_VERBS:
        return None
    body = actors.token_actor.get(agent.head.head.i)
    if body is None or body.startswith("person:"):
        return None
    return actors.name(body)


def _owner_named_before(title: Span, actors: DocActors) -> str | None:
    if title[0].lower_ not in _OWNING_PRONOUNS:
        return None
    topic = _previous_subject(title, actors)
    if topic is not None:
        return actors.name(topic)
    for start, actor_id in reversed(actors.mention_starts):
        if start >= title.start or actor_id.startswith("person:"):
            continue
        if not _modifies_a_word(title.doc, start, actor_id, actors):
            return actors.name(actor_id)
    return None


def _previous_subject(title: Span, actors: DocActors) -> str | None:
    """'The IAEA has certified that Iran complies … Its director general said': a pronoun
    opening a sentence takes up the body the sentence before was about, its main subject, not
    the last name in it; where that subject names no one ('Analysts said the group would choose
    a successor. Its spokesman …'), the subject of what it says, a noun by which news calls back
    any body standing for the body named most."""
    sentence = title.sent
    if title.start != sentence.start or sentence.start == 0:
        return None
    before = title.doc[sentence.start - 1].sent
    subjects = _subjects(before.root)
    found = [a for s in subjects for a in actors.actors_in(t.i for t in _named_by(s))]
    bodies = [a for a in found if not a.startswith("person:")]
    if not found:
        cited = [c for c in before.root.children if c.dep_ == "ccomp"]
        called_back = [s for c in cited for s in _subjects(c) if _calls_back_a_body(s)]
        return _body_most_named_before(called_back[0], actors) if called_back else None
    return bodies[0] if len(bodies) == 1 else None


# Nouns by which news calls back any body it named: 'the group', 'the movement'.
CALLING_BACK_BODIES = frozenset(
    {"group", "organisation", "organization", "movement", "militia", "faction"}
)


def _named_by(subject: Token) -> list[Token]:
    """The subject's words without the clauses on it: 'The Syrian government, which regards
    the Turkish presence as an occupation' is about Syria, not Turkey."""
    aside = {t.i for c in subject.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return [t for t in subject.subtree if t.i not in aside]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _calls_back_a_body(noun: Token) -> bool:
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return definite and noun.lemma_.lower() in CALLING_BACK_BODIES


def _body_most_named_before(noun: Token, actors: DocActors) -> str | None:
    """The body the article has named most often before the noun, the latest of equals: 'the
    group' after a story about Isis that names Congress once is Isis."""
    counts: dict[str, int] = {}
    for start, actor_id in actors.mention_starts:
        if start < noun.i and actors.by_id[actor_id].kind in {"ORGANIZATION", "GROUP"}:
            counts[actor_id] = counts.get(actor_id, 0) + 1
            counts[actor_id] = counts.pop(actor_id)  # the latest of equals comes last
    return max(reversed(counts), key=counts.__getitem__, default=None)


def _modifies_a_word(doc: Doc, start: int, actor_id: str, actors: DocActors) -> bool:
    """'the Iran-backed movement': a name written into a compound word describes what follows;
    'its' points past it, at the movement."""
    end = start
    while actors.token_actor.get(end) == actor_id:
        end += 1
    return end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
