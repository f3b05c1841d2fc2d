"""What a verb takes, read off the parse: its objects with the words joined to them, what a
count counts, and whether a noun names a weapon. Shared by the event readings."""

from __future__ import annotations

from spacy.tokens import Token

from attache_worker.extraction.data import word_set
from attache_worker.extraction.nlp import of_object


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def objects_and_their_conjuncts(verb: Token, deps: set[str]) -> list[Token]:
    """'fuel and medicine' in 'delivered fuel and medicine': the verb's objects of `deps`, each
    with the words joined to it."""
    objects = [c for c in verb.children if c.dep_ in deps and not second_direct_object(c)]
    return objects + [c for o in objects for c in o.conjuncts]


def second_direct_object(child: Token) -> bool:
    """'missiles' in 'cut diplomatic ties in March after the rebels fired missiles at Riyadh',
    which the parser may hang on 'cut' as a second direct object: past another verb, a later
    object belongs to a clause the parser lost. Not the second object of 'gave Kenya a loan'."""
    if child.dep_ != "dobj":
        return False
    earlier = [c for c in child.head.children if c.dep_ == "dobj" and c.i < child.i]
    return any(_verb_between(first, child) for first in earlier)


def _verb_between(first: Token, second: Token) -> bool:
    """A verb between two objects, outside the first one's words ('residents' of 'tourists
    and Tuvalu residents', which the tagger may read as a verb)."""
    own = {t.i for t in first.subtree}
    between = first.doc[first.i + 1 : second.i]
    return any(t.pos_ == "VERB" and t.i not in own for t in between)


# Words that count what their 'of' names, or take a part of it: 'tens of thousands of troops',
# 'hundreds of police', 'the last of the troops', 'the rest of the hostages', 'a crowd of
# villagers', 'many of these men'.
_COUNTS = frozenset(
    {"ten", "hundred", "thousand", "million", "dozen", "number", "score"}
    | {"last", "rest", "remainder", "bulk", "crowd"}
    | {"many", "several", "some", "most", "few"}
)


def counted_noun(noun: Token) -> Token:
    """'troops' of 'tens of thousands of troops', 'missiles' of 'five of the missiles': what a
    count counts, or the noun itself."""
    while noun.pos_ == "NUM" or _lemma(noun) in _COUNTS:
        counted = of_object(noun)
        if counted is None:
            break
        noun = counted
    return noun


def is_weapon(noun: Token) -> bool:
    lemma = _lemma(noun)
    return lemma in word_set("events", "munitions") or lemma in word_set("initiatives", "materiel")
