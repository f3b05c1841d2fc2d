"""Who did what to whom: PLOVER-typed events, the main clause's first in each sentence.

The main event sits on the main clause, seen through reporting frames ('…, officials said').
Its type comes from `data/events.json`: a verb + object pair ('lodge protest'), else the verb
unless it is light ('decide to allow' reads 'allow'), else its complement or object noun. A
stated intention
turns a cooperative act into AGREE and a hostile one into THREATEN ('will evacuate', 'would
blockade'); a negated cooperative act is REJECT; 'X said Y must …' is X's DEMAND of Y.
Sources are the actors in the clause's subject (or passive agent); targets those in its objects.
Other clauses of the sentence with a typed verb of their own ('…, and warned that China would
…', '…, freezing assets of …') add events after it, when they name an actor."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from attache.contract import Event
from attache.contract import Span as TextSpan
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.speakers import subject_actors

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd", "prep", "pobj", "obj"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
_SKIPPED_IN_OBJECTS = frozenset({"relcl", "acl", "appos", "advcl", "punct"})
# Clauses that can carry an event of their own next to the main one.
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "going"})
_OBLIGATION = frozenset({"must", "should"})


@dataclass(slots=True)
class _Reading:
    type: str
    trigger: Token
    verb: Token


def find_events(doc: Doc, actors: DocActors, boilerplate: Boilerplate) -> list[Event]:
    events = []
    for sentence in doc.sents:
        if boilerplate.covers(sentence.start_char, sentence.end_char):
            continue
        main = _sentence_reading(sentence)
        if main is not None:
            events.append(_event(sentence, main, actors))
        taken = {main.reading.verb.i} if main is not None else set()
        for clause in _other_clauses(sentence, taken):
            event = _event(sentence, clause, actors)
            if event.source_ids or event.target_ids:
                events.append(event)
    return events


@cache
def _lexicon() -> dict[str, dict[str, str]]:
    table = load_table("events")
    return {"pairs": table["pairs"], "verbs": table["verbs"], "nouns": table["nouns"]}


@dataclass(slots=True)
class _Clause:
    reading: _Reading
    reporter: Token | None
    # The clause a conjoined verb shares its subject with, when it has none of its own.
    subject_from: Token | None = None
    main: bool = True


def _sentence_reading(sentence: Span) -> _Clause | None:
    root = sentence.root
    reporter, main = _through_reporting(root)
    reading = _read(main) or (_read(root) if main is not root else None) or _scan(sentence)
    return _Clause(reading, reporter) if reading is not None else None


def _other_clauses(sentence: Span, taken: set[int]) -> list[_Clause]:
    """Typed verbs heading clauses of their own besides the main one, each read once."""
    found = []
    verbs = _lexicon()["verbs"]
    light = word_set("events", "light") | word_set("events", "reporting")
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.i in taken or token.pos_ != "VERB" or token.dep_ not in _CLAUSE_DEPS:
            continue
        if lemma not in verbs or lemma in light:
            continue
        reporter = _reporting_above(token)
        shared = token.head if token.dep_ in {"conj", "advcl"} else None
        reading = _pair(token) or _Reading(verbs[lemma], token, token)
        found.append(_Clause(reading, reporter, shared, main=False))
        taken.add(token.i)
    return found


def _relative_subject(verb: Token) -> bool:
    return verb.dep_ == "relcl" and any(
        c.dep_ in _SUBJECT_DEPS and c.tag_ in {"WDT", "WP"} for c in verb.children
    )


def _reporting_above(token: Token) -> Token | None:
    """The reporting verb whose cited clause holds this one: 'X said Y would …'."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "parataxis"} and node.head.lemma_.lower() in word_set(
            "events", "reporting"
        ):
            return node.head
        node = node.head
    return None


def _event(sentence: Span, clause: _Clause, actors: DocActors) -> Event:
    reading, reporter = clause.reading, clause.reporter
    event_type = _with_modality(reading, reporter)
    demanded = event_type == "DEMAND" and reading.type != "DEMAND" and reporter is not None
    if not clause.main and _relative_subject(reading.verb):
        # 'Hungary, which had blocked the package': the relative pronoun stands for its noun.
        sources = subject_actors(reading.verb.head, actors)
    else:
        sources = _sources(reading.verb, actors, None if demanded else reporter, demanded)
    if not sources and clause.subject_from is not None:
        sources = _sources(clause.subject_from, actors, reporter)
    targets = _targets(reading, actors, reporter, event_type)
    targets = [t for t in targets if t not in sources]
    trimmed = sentence.text.strip()
    offset = sentence.start_char + sentence.text.index(trimmed[:1]) if trimmed else 0
    trigger = reading.trigger
    return Event(
        type=event_type,
        sources=[actors.name(a) for a in sources],
        targets=[actors.name(a) for a in targets],
        trigger=TextSpan(trigger.idx, trigger.idx + len(trigger), trigger.text),
        sentence=TextSpan(offset, offset + len(trimmed), trimmed),
        source_ids=sources,
        target_ids=targets,
    )


def _through_reporting(root: Token) -> tuple[Token | None, Token]:
    """'Sudan must return the helicopter, Russia said': the report frames the clause it cites."""
    if root.lemma_.lower() not in word_set("events", "reporting"):
        return None, root
    cited = next((c for c in root.children if c.dep_ in {"ccomp", "parataxis"}), None)
    return (root, cited) if cited is not None else (None, root)


def _pair(verb: Token) -> _Reading | None:
    """A verb read with its object or particle: 'lodge protest', 'end war'."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in {"dobj", "prt", "prep"}:
            pair = _lexicon()["pairs"].get(f"{lemma} {child.lemma_.lower()}")
            if pair is not None:
                return _Reading(pair, verb, verb)
    return None


def _read(verb: Token, depth: int = 0) -> _Reading | None:
    lexicon = _lexicon()
    lemma = verb.lemma_.lower()
    paired = _pair(verb)
    if paired is not None:
        return paired
    light = lemma in word_set("events", "light") or lemma in word_set("events", "reporting")
    own = lexicon["verbs"].get(lemma) if verb.pos_ in {"VERB", "AUX", "ADJ"} else None
    if own is not None and not light:
        return _Reading(own, verb, verb)
    if depth < 3:
        for child in verb.children:
            if child.dep_ in _COMPLEMENT_DEPS or (child.dep_ == "acomp" and child.pos_ == "ADJ"):
                inner = _read(child, depth + 1)
                if inner is not None:
                    return inner
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr"}:
            noun = lexicon["nouns"].get(child.lemma_.lower())
            if noun is not None:
                return _Reading(noun, child, verb)
    return _Reading(own, verb, verb) if own is not None else None


def _scan(sentence: Span) -> _Reading | None:
    """No typed main clause: the first typed verb anywhere in the sentence."""
    reporting = word_set("events", "reporting")
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() not in reporting:
            reading = _read(token, depth=3)
            if reading is not None:
                return reading
    return None


def _with_modality(reading: _Reading, reporter: Token | None) -> str:
    verb = reading.verb
    if reading.type in {"AGREE", "THREATEN", "REJECT", "DEMAND"}:
        return reading.type
    governing = [verb, *_governors(verb)]
    markers = {c.lower_ for v in governing for c in v.children if c.dep_ in {"aux", "neg", "mark"}}
    negated = any(c.dep_ == "neg" for v in governing for c in v.children)
    if negated and reading.type.lower() in word_set("events", "cooperative"):
        return "REJECT"
    if markers & _OBLIGATION and reporter is not None:
        return "DEMAND"
    intention = word_set("events", "intention")
    if markers & _FUTURE or any(v.lower_ in intention for v in governing):
        if _is_conditional(verb) or reading.type.lower() in word_set("events", "hostile"):
            return "THREATEN"
        return "AGREE"
    return reading.type


def _governors(verb: Token) -> list[Token]:
    """The words an xcomp hangs from: 'willing' in 'is willing to withdraw'."""
    out = []
    token = verb
    while token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i:
        token = token.head
        out.append(token)
    return out


def _is_conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in verb.children
    )


def _clause_top(verb: Token) -> Token:
    token = verb
    while token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i:
        token = token.head
    return token


def _sources(
    verb: Token, actors: DocActors, reporter: Token | None, demanded: bool = False
) -> list[str]:
    """The clause's subject or passive agent; for 'X said Y must …', the one who said it."""
    if demanded:
        return _reporter_subject(verb, actors)
    top = _clause_top(verb)
    agent = next((c for c in top.children if c.dep_ == "agent"), None)
    if agent is not None:
        return actors.actors_in(t.i for t in agent.subtree)
    subject = next((c for c in top.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and not (subject.pos_ == "PRON" and reporter is not None):
        found = subject_actors(subject, actors)
        if found:
            return found
    if reporter is not None:
        return _reporter_subject(reporter, actors)
    return []


def _reporter_subject(token: Token, actors: DocActors) -> list[str]:
    reporter = token
    while (
        reporter.lemma_.lower() not in word_set("events", "reporting")
        and reporter.head.i != reporter.i
    ):
        reporter = reporter.head
    said_by = next((c for c in reporter.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject_actors(said_by, actors) if said_by is not None else []


def _targets(
    reading: _Reading, actors: DocActors, reporter: Token | None, event_type: str
) -> list[str]:
    verb = reading.verb
    top = _clause_top(verb)
    if event_type == "DEMAND" and reporter is not None and top.dep_ != "xcomp":
        subject = next((c for c in top.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject_actors(subject, actors)
    chain = [verb, *_governors(verb)]
    found: list[str] = []
    passive = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        found.extend(actors.actors_in(t.i for t in _object_tokens(passive)))
    for token in chain:
        for child in token.children:
            if child.dep_ in _OBJECT_DEPS or child.dep_ in _COMPLEMENT_DEPS:
                found.extend(actors.actors_in(t.i for t in _object_tokens(child)))
    return list(dict.fromkeys(found))


def _object_tokens(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ not in _SKIPPED_IN_OBJECTS:
            out.extend(_object_tokens(child))
    return out
