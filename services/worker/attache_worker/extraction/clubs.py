"""Teams and companies named after cities: "Leeds beat Chelsea 2-1", "Barcelona's Ronaldo",
"Valencia striker Romario", a results table. Such a name is an organization, not the city.

Countries are left alone: a national team is reported, and kept, as its country."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from attache_worker.extraction.acting import SETTING_PREPOSITIONS
from attache_worker.extraction.data import word_set
from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.listings import is_listed_side, listed_names
from attache_worker.extraction.nlp import readable, text_of
from attache_worker.extraction.sites import ends_in_a_site_word

# "2-1", which the tokenizer splits into three tokens.
_SCORE = re.compile(r"\b\d{1,3} ?- ?\d{1,3}\b")
# How a word qualifies the noun it stands before ('Arab' of 'Arab fighters').
_QUALIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_MODIFIER_DEPS = _QUALIFIER_DEPS | {"punct"}
_POSSESSIVE = frozenset({"'s", "’s"})
# The sides of a match: "Leeds beat Chelsea" parses Chelsea as a bare noun-phrase adverbial.
_MATCH_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod", "conj"})
# The other side of a match: 'against Kent', 'lost to Kent', 'beaten by Kent', 'drew with Kent'.
_SIDE_PREPOSITIONS = frozenset({"against", "to", "by", "with", "over", "v", "vs", "versus"})
_SPORTS_REPORT = "attache.sports_report"
# What the model tags a building or a place: a city owns those, a club its players.
_SITE_LABELS = frozenset({"FAC", "GPE", "LOC"})


def is_club(span: Span) -> bool:
    """Evidence in the sentence, or in the listing it stands in, that this name is a team or
    company rather than a place."""
    return (
        is_listed_side(span)
        or _before_sports_role(span)
        or _owns_a_player(span)
        or _plays_in_a_match(span)
        or _place_taking_part_in_sport(span)
    )


def club_names(spans: Iterable[Span]) -> set[str]:
    """Names with club evidence anywhere in the article; the article spells a team one way."""
    return {readable(span) for span in spans if is_club(span)}


def _before_sports_role(span: Span) -> bool:
    """'Valencia striker', 'Southampton manager'."""
    following = _token_after(span)
    return following is not None and following.lower_ in _roles()


def _owns_a_player(span: Span) -> bool:
    """A possessive before a person's name or a sports role: "Barcelona's Ronaldo", not
    "Jerusalem's al-Aqsa mosque". (A country before a possessive never gets here: countries
    are known actors.)"""
    doc = span.doc
    following = _token_after(span)
    if following is None or following.text not in _POSSESSIVE or following.i + 1 >= len(doc):
        return False
    owned = doc[following.i + 1]
    if owned.lower_ in _roles():
        return True
    # What the possessive owns is the phrase the name heads: a mosque, not al-Aqsa.
    head = owned
    while head.dep_ in _MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    if owned.ent_type_ in _SITE_LABELS or ends_in_a_site_word(doc[owned.i : head.i + 1]):
        return False  # "Rangoon's Insein Prison", "Kabul's Hamid Karzai airport"
    return owned.pos_ == "PROPN" and head.pos_ == "PROPN"


def is_players_name(span: Span, clubs: set[str]) -> bool:
    """The name after a club's possessive: 'Ronaldo' in "Barcelona's Ronaldo"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in _POSSESSIVE:
        return False
    return readable(doc[span.start - 2 : span.start - 1]) in clubs


def unnamed_match_sides(doc: Doc, taken: set[int]) -> list[Span]:
    """Proper nouns NER missed as subject or object of a match verb in a sentence with a
    score: 'Leeds' in "Leeds beat Chelsea 2-1"."""
    found = []
    for start in _scores(doc):
        verb = _governing_verb(doc[start])
        if verb is None or verb.lemma_.lower() not in _verbs():
            continue
        for child in verb.children:
            if child.dep_ in _MATCH_SIDE_DEPS and _may_name(child) and child.i not in taken:
                side = doc[child.left_edge.i : child.i + 1]
                if all(_may_name(t) and t.i not in taken for t in side):
                    found.append(side)
                    taken.update(range(side.start, side.end))
    return found


def _may_name(token: Token) -> bool:
    """A capitalized word the tagger took for a proper or (as with 'Leeds') a common noun."""
    return token.is_title and token.pos_ in {"PROPN", "NOUN"} and not token.is_stop


def _scores(doc: Doc) -> Iterator[int]:
    """Where a score ("2-1", "3 - 0") starts, by token index.

    Searched in the text rather than with a token Matcher, which costs a visit to every token.
    """
    for match in _SCORE.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            yield span.start


def _plays_in_a_match(span: Span) -> bool:
    """Subject or object of 'beat', 'drew', 'signed' in a sentence that carries a score; not
    a word qualifying one ('Arab fighters joined the operation')."""
    root = span.root
    if root.dep_ in _QUALIFIER_DEPS or _set_in(root):
        return False
    verb = _governing_verb(root)
    if verb is None or verb.lemma_.lower() not in _verbs():
        return False
    sentence = root.sent
    return verb.lemma_.lower() in _transfer_verbs() or _SCORE.search(sentence.text) is not None


def _place_taking_part_in_sport(span: Span) -> bool:
    """In a sports report, a known town or region that is a party to what its sentence says
    ('Leicestershire beat Somerset by an innings', 'Essex, Derbyshire and Surrey closed in',
    'their match against Nottinghamshire'), not where something happened ('at Headingley')."""
    name = readable(span)
    gazetteer = get_gazetteer()
    if not is_sports_report(span.doc) or not (
        gazetteer.is_known_place(name) or gazetteer.is_region(name)
    ):
        return False
    root = span.root
    if root.dep_ in _QUALIFIER_DEPS or _set_in(root):
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ in _SIDE_PREPOSITIONS
    return root.dep_ in _MATCH_SIDE_DEPS or root.dep_ == "appos"


def is_sports_report(doc: Doc) -> bool:
    """An article with a results listing, or with two words only sports reports use."""
    known = doc.user_data.get(_SPORTS_REPORT)
    if known is None:
        # Read on the lemma and lower-case arrays, by string hash: a Token per word costs more.
        # The lower case counts too, as headlines in capitals keep their lemma in capitals.
        lemmas = set(doc.to_array([LEMMA, LOWER]).ravel().tolist())
        used = [w for w in word_set("sports", "report_words") if doc.vocab.strings[w] in lemmas]
        known = doc.user_data[_SPORTS_REPORT] = len(used) >= 2 or bool(listed_names(doc))
    return bool(known)


def _set_in(token: Token) -> bool:
    """'bought bonds in New York', 'won at Wembley', 'signed in the capital, Naypyidaw': where
    something happened, not a side."""
    while token.dep_ == "appos" and token.head.i < token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPOSITIONS


def _governing_verb(token: Token) -> Token | None:
    head = token.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _token_after(span: Span) -> Token | None:
    doc: Doc = span.doc
    return doc[span.end] if span.end < len(doc) else None


def _roles() -> frozenset[str]:
    return word_set("sports", "roles")


def _verbs() -> frozenset[str]:
    return word_set("sports", "match_verbs") | _transfer_verbs()


def _transfer_verbs() -> frozenset[str]:
    return word_set("sports", "transfer_verbs")
