"""What the parse says of a clause, as named features for the event-type model.

A clause is read from its predicate through light verbs and stated intentions ('decided to
allow' and 'is willing to withdraw' read 'allow' and 'withdraw'; 'threatened to ban' reads
'threaten'): that verb, its object, particle and prepositions, its subject's kind, its mood
(negated, modal, conditional) and its content words. A public verb dictionary (CAMEO, see
`VerbLexicon`) adds the category it gives the verb, and the verb with its object, so that a verb
the training stories never used still says something.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from spacy.tokens import Span, Token

from attache_worker.extraction.data import word_set
from attache_worker.extraction.nlp import of_object

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "acomp"})
_PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ"})
# Clauses and asides that hang from a clause without being part of what it says.
_ASIDE_DEPS = frozenset({"relcl", "advcl", "acl", "appos", "parataxis", "punct", "npadvmod"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
_MODALS = frozenset({"will", "would", "shall", "'ll", "must", "should", "could", "can", "may"})
_CONDITIONS = frozenset({"unless", "if"})
_CHAIN_DEPTH = 3


@dataclass(frozen=True, slots=True)
class VerbLexicon:
    """Verb lemmas and verb + object lemmas ('freeze asset') with the type a dictionary gives."""

    verbs: dict[str, str] = field(default_factory=dict)
    pairs: dict[str, str] = field(default_factory=dict)


def main_predicate(sentence: Span) -> Token:
    """The head of the clause a sentence reports: its root, or the clause a reporting verb or
    evidence cites ('Sudan must return the helicopter, Russia said' reads 'return'); under a
    root that is no verb (a headline's 'Talks in Doha as Iran signals …'), its first verb
    naming an act that is not a participle used as an adjective ('the ruling coalition')."""
    root = sentence.root
    if _lemma(root) in word_set("events", "reporting") or _cites_evidence(root):
        cited = next((c for c in root.children if c.dep_ in {"ccomp", "parataxis"}), None)
        cited = cited or next((c for c in root.children if _cited_as_adverbial(c)), None)
        cited = cited or _cited_in_a_text(root)
        if cited is not None:
            return cited
    if root.pos_ not in {"VERB", "AUX"}:
        acts = (t for t in sentence if t.pos_ == "VERB" and t.dep_ != "amod" and not is_light(t))
        return next(acts, root)
    return _verb_after_an_opening_participle(sentence, root) or root


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def _verb_after_an_opening_participle(sentence: Span, root: Token) -> Token | None:
    """'called' of 'Speaking at a rally in Algiers, the president called for urgent action',
    which the parser may root on the opening participle, hanging the real verb on a noun of
    its phrase: the first verb after the comma that closes the participle's phrase, when the
    parser hung it so and it has no subject of its own and no relative word opens it."""
    if root.i != sentence.start or root.tag_ != "VBG":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
        return None
    comma = next((t for t in sentence if t.i > root.i and t.text == ","), None)
    if comma is None:
        return None
    verb = next((t for t in sentence if t.i > comma.i and t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in _FINITE_TAGS or verb.dep_ not in {"acl", "relcl"}:
        return None
    relative = any(c.tag_ in {"WDT", "WP"} for c in verb.children)
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return None if relative or subject else verb


def _cites_evidence(verb: Token) -> bool:
    """'Russia massed troops near the border, satellite images showed': the act, cited before
    the evidence for it. Not 'a poll shows Clinton's lead jumping', which tells a state."""
    if _lemma(verb) not in word_set("events", "evidencing"):
        return False
    children = list(verb.children)
    # 'have never shown any respect' shows nothing.
    return not any(c.dep_ == "neg" for c in children) and any(
        c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in children
    )


def _cited_in_a_text(verb: Token) -> Token | None:
    """'killed' of 'the army said in a statement that two people were killed': what a text
    said, which the parser hangs on the text's noun."""
    texts = (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)
    clauses = (c for t in texts if t.dep_ == "pobj" for c in t.children if c.dep_ in _CONTENT)
    # 'that' opening the clause, not standing for the text ('a statement that was issued').
    return next(filter(opens_with_that, clauses), None)


def opens_with_that(clause: Token) -> bool:
    return any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children)


_CONTENT = frozenset({"acl", "ccomp", "relcl"})


def _cited_as_adverbial(clause: Token) -> bool:
    """'ECOWAS suspended Guinea from its bodies, the bloc said': a clause the parser hangs on
    the reporting verb after it as adverbial, though it has a subject of its own and nothing
    ('as', 'when', 'if') makes it one. Not 'Speaking in Geneva, the minister said'."""
    if clause.dep_ != "advcl" or clause.i > clause.head.i or clause.pos_ != "VERB":
        return False
    children = list(clause.children)
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) and not any(
        c.dep_ == "mark" or c.tag_ in {"WRB", "WDT", "WP"} for c in children
    )


def clause_chain(head: Token) -> list[Token]:
    """The predicate and the verbs it hands over to: 'threatened to ban' is [threaten, ban]."""
    chain = [head]
    for _ in range(_CHAIN_DEPTH):
        inner = next((c for c in chain[-1].children if _complements(c)), None)
        if inner is None or inner.pos_ not in _PREDICATE_POS:
            break
        chain.append(inner)
    return chain


def _complements(child: Token) -> bool:
    """A clause completing its verb; the parser may hang a promise's act as a clause of purpose
    ('have sworn to fight')."""
    dep = child.dep_
    if dep in _CHAIN_DEPS:
        return True
    if dep != "advcl":
        return False
    return _lemma(child.head) in word_set("events", "commitment") and is_to_infinitive(child)


def act_of(chain: list[Token]) -> Token:
    """The first word of the chain that names an act: not a light verb ('decide', 'hold'), a
    reporting one, a stated readiness ('willing') or a commitment to a complement ('agreed to
    withdraw' names a withdrawal, promised)."""
    for token in chain[:-1]:
        if not is_light(token) and _lemma(token) not in word_set("events", "commitment"):
            return token
    return chain[-1]


def trigger_of(chain: list[Token]) -> Token:
    """The word reporting the event: the first of the chain that is neither a light verb, a
    reporting one nor a stated readiness ('agreed' in 'agreed to withdraw')."""
    return next((t for t in chain if not is_light(t)), chain[-1])


def _named_act(act: Token) -> Token:
    """A light verb's act is the noun it takes: 'held talks' is talks, 'mounted an invasion'
    an invasion."""
    if not is_light(act):
        return act
    obj = next((c for c in act.children if c.dep_ in {"dobj", "attr"}), None)
    named = act_noun(obj) if obj is not None else None
    return named if named is not None else act


def act_noun(obj: Token) -> Token | None:
    """The noun naming the act a light verb's object gives: the object ('held talks'), what it
    counts ('a number of launches') or what a sum of money goes to ('announced $25m in aid',
    '£2bn of loans'); None for other objects ('took 30 of the soldiers hostage')."""
    if _is_a_sum(obj):
        return _spent_on(obj)
    if obj.pos_ != "NOUN":
        return None
    counted = of_object(obj) if _lemma(obj) in _COUNTING else None
    if counted is None and _lemma(obj) == "state":
        counted = _declared_state(obj)
    return counted if counted is not None and counted.pos_ == "NOUN" else obj


def _declared_state(state: Token) -> Token | None:
    """'emergency' in 'declared a state of emergency', 'alert' in 'a state of high alert': a
    state a government puts its country or forces in is named by its condition."""
    condition = of_object(state)
    conditions = word_set("events", "restrictions") | word_set("events", "readiness")
    return condition if condition is not None and _lemma(condition) in conditions else None


# Nouns that count or group acts: 'carried out a record number of launches', 'a wave of strikes'.
_COUNTING = frozenset(
    {"number", "series", "wave", "string", "spate", "round", "flurry", "barrage", "volley"}
    | {"dozen", "dozens", "hundreds", "handful", "couple", "batch", "campaign"}
)
_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})


def _is_a_sum(obj: Token) -> bool:
    """An amount with a currency sign: '$25 million', '£2bn', '€40m' (not 'a loss of $3m', nor
    'a $500 million loan', whose noun names what the money is)."""
    amount = obj.doc[obj.left_edge.i : obj.i + 1]
    if not any(t.tag_ == "$" or t.text in _CURRENCY_SIGNS for t in amount):
        return False
    return obj.pos_ == "NUM" or any(ch.isdigit() for ch in obj.text) or len(obj.text) <= 2


def _spent_on(amount: Token) -> Token | None:
    """The noun after 'in' or 'of' that says what a sum is for, hung on the sum or, by the
    parser, on its verb ('gave €40m in aid')."""
    preps = [p for p in _preps(amount) if p.lower_ in {"in", "of"}]
    preps += [p for p in _preps(amount.head) if p.lower_ == "in"]
    nouns = (g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return next(nouns, None)


def is_light(token: Token) -> bool:
    light = _lemma(token) in _light_words() or _stands_ready(token)
    # 'stepped down' is an act of its own, where 'stepped up' hands over.
    return light and not resigns_by_phrasal_verb(token)


def resigns_by_phrasal_verb(verb: Token) -> bool:
    """'stepped down', with 'down' read as the verb's particle or, as the parser often has it,
    an adverb right after it."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    down = after is not None and after.head.i == verb.i and after.dep_ in {"prt", "advmod"}
    phrasal = f"{_lemma(verb)} {after.lower_}" if down and after is not None else None
    return phrasal is not None and phrasal in word_set("events", "resigning")


def _stands_ready(verb: Token) -> bool:
    """'stood ready to resume ties', 'remained willing to negotiate': a verb of standing whose
    complement states a readiness is as light as 'was' in 'was ready to'."""
    if _lemma(verb) not in _standing_words():
        return False
    intention = word_set("events", "intention")
    return any(c.dep_ == "acomp" and c.lower_ in intention for c in verb.children)


@cache
def _standing_words() -> frozenset[str]:
    """Verbs that state how their subject stands: 'stand', and the verbs of a lasting state."""
    return word_set("events", "states") | {"stand", "appear"}


@cache
def _light_words() -> frozenset[str]:
    """Light, reporting and intention words: none names the act itself."""
    return frozenset().union(*(word_set("events", k) for k in ("light", "reporting", "intention")))


def is_to_infinitive(verb: Token) -> bool:
    """'to disperse', 'to destroy': a verb with the infinitive marker 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def reported(head: Token) -> bool:
    """Whether the clause is cited by a reporting verb ('X said Y would …')."""
    return head.dep_ in {"ccomp", "parataxis"} and _lemma(head.head) in word_set(
        "events", "reporting"
    )


def features(sentence: Span, head: Token, lexicon: VerbLexicon) -> list[str]:
    """Named features of the clause headed by `head` in `sentence`."""
    chain = clause_chain(head)
    act = act_of(chain)
    out = [f"v={_lemma(head)}", f"act={_lemma(_named_act(act))}"]
    if reported(head):
        out.append("reported")
    out.extend(f"x={_lemma(t)}" for t in chain[1:])
    out.extend(f"vx={_lemma(a)}_{_lemma(b)}" for a, b in pairwise(chain))
    for verb in chain:
        out.extend(_argument_features(verb))
    out.extend(_mood_features(chain))
    out.extend(_subject_features(head))
    out.extend(_lexicon_features(chain, act, lexicon))
    own = _content_lemmas(clause_tokens(head))
    out.extend(f"w={w}" for w in sorted(own))
    out.extend(f"sw={w}" for w in sorted(_sentence_lemmas(sentence) - own))
    return out


_SENTENCE_LEMMAS = "event_features.sentence_lemmas"


def _sentence_lemmas(sentence: Span) -> frozenset[str]:
    """The sentence's content lemmas, read once for all the clauses typed in it."""
    by_sentence: dict[tuple[int, int], frozenset[str]] = sentence.doc.user_data.setdefault(
        _SENTENCE_LEMMAS, {}
    )
    key = (sentence.start, sentence.end)
    found = by_sentence.get(key)
    if found is None:
        found = by_sentence[key] = frozenset(_content_lemmas(sentence))
    return found


def _argument_features(verb: Token) -> Iterator[str]:
    lemma = _lemma(verb)
    for child in verb.children:
        dep = child.dep_
        if dep in _OBJECT_DEPS:
            yield f"o={_lemma(child)}"
            yield f"vo={lemma}_{_lemma(child)}"
            yield from (f"op={_lemma(child)}_{_lemma(p)}" for p in _preps(child))
        elif dep == "prt":
            yield f"vprt={lemma}_{_lemma(child)}"
        elif dep in {"prep", "agent"}:
            yield f"vp={lemma}_{_lemma(child)}"
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                yield f"po={_lemma(child)}_{noun_class(pobj)}"
        elif dep == "nsubjpass":
            yield "passive"
            yield f"sp={noun_class(child)}"


def _preps(noun: Token) -> Iterator[Token]:
    return (c for c in noun.children if c.dep_ == "prep")


def _mood_features(chain: list[Token]) -> Iterator[str]:
    for token in [*governors(chain[0]), *chain]:
        for child in token.children:
            if child.dep_ == "neg":
                yield "neg"
            elif child.dep_ == "aux" and child.lower_ in _MODALS:
                yield f"modal={child.lower_}"
            elif child.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in child.children):
                yield "conditional"
        if _lemma(token) in word_set("events", "intention"):
            yield "intention"


def governors(head: Token) -> list[Token]:
    """The words an xcomp hangs from: 'willing' in 'is willing to withdraw'."""
    out = []
    token = head
    while token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i:
        token = token.head
        out.append(token)
    return out


def _subject_features(head: Token) -> Iterator[str]:
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None:
        yield f"s={noun_class(subject)}"


def _lexicon_features(chain: list[Token], act: Token, lexicon: VerbLexicon) -> Iterator[str]:
    """The dictionary's reading of the act and of each verb of the chain with its arguments."""
    for name, token in (("act", act), ("v", chain[0]), *(("x", t) for t in chain[1:])):
        found = listed_verb_type(token, lexicon)
        if found is not None:
            yield f"lex_{name}={found}"
    for verb in chain:
        for key in _pair_keys(verb):
            found = lexicon.pairs.get(key)
            if found is not None:
                yield f"lex_pair={found}"


def listed_verb_type(verb: Token, lexicon: VerbLexicon) -> str | None:
    """The verb dictionary's type for the verb, with its particle where the dictionary lists
    the phrasal verb: 'backed down' gives way (CONCEDE) where 'backed' supports."""
    phrasal = with_its_particle(verb)
    found = lexicon.verbs.get(phrasal) if phrasal is not None else None
    return found if found is not None else lexicon.verbs.get(_lemma(verb))


def with_its_particle(verb: Token) -> str | None:
    """'rule out' of 'ruled it out': a phrasal verb's lemma, or None without a particle."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return None if particle is None else f"{_lemma(verb)} {particle.lower_}"


def phrasal_in(verb: Token, words: frozenset[str]) -> bool:
    """Whether the verb, alone ('cut') or with its particle ('cut off'), is one of `words`."""
    lemma = _lemma(verb)
    if lemma in words:
        return True
    # Most verbs open no phrasal verb of the class: their particle need not be looked for.
    return lemma in _phrasal_openings(words) and with_its_particle(verb) in words


@lru_cache(maxsize=256)
def _phrasal_openings(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.split()[0] for w in words if " " in w)


def _pair_keys(verb: Token) -> Iterator[str]:
    lemma = _lemma(verb)
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS or child.dep_ in {"prt", "nsubjpass"}:
            yield from pair_keys_of(lemma, child)
        elif child.dep_ == "prep":
            yield f"{lemma} {_lemma(child)}"
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                yield f"{lemma} {_lemma(child)} {_lemma(pobj)}"


def pair_keys_of(verb: str, obj: Token) -> Iterator[str]:
    """The dictionary keys of a verb with its object: with each word qualifying the object first
    ('launch scathing attack', a verbal one), then with the object alone ('launch attack')."""
    head = _lemma(obj)
    for modifier in obj.children:
        if modifier.dep_ in _QUALIFYING_DEPS and modifier.i < obj.i:
            yield f"{verb} {_lemma(modifier)} {head}"
    yield f"{verb} {head}"


_QUALIFYING_DEPS = frozenset({"amod", "compound", "nmod"})


def noun_class(token: Token) -> str:
    """A noun by what it is, not which one: 'police', 'army', or an entity label for a name."""
    if token.ent_type_:
        return token.ent_type_
    if token.pos_ in {"PROPN", "PRON"}:
        return token.pos_
    return _lemma(token)


def clause_tokens(head: Token) -> list[Token]:
    """The clause's own words: its subtree without the clauses and asides that hang from it."""
    out = [head]
    for child in head.children:
        if child.dep_ not in _ASIDE_DEPS:
            out.extend(clause_tokens(child))
    return out


def _content_lemmas(tokens: Iterable[Token]) -> set[str]:
    return {
        _lemma(t)
        for t in tokens
        if t.pos_ in _CONTENT_POS and t.is_alpha and not t.is_stop and not t.ent_type_
    }


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
