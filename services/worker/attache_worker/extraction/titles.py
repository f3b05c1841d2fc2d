"""Titles of office around a person's name ("US Defense Secretary Lloyd Austin", "Rahm Emanuel,
the US ambassador to Japan"), and the title words the small model mistakes for organizations."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from attache_worker.extraction.data import load_table
from attache_worker.extraction.nlp import whole_words

# Determiners and personal possessives open no title; "its" and "their" stay, to find the owner.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "my", "our", "your"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
_TITLE_GLUE = frozenset({"of", "for", "-", "'s", "’s"})
_DEPARTMENT_NOUNS = frozenset({"ministry", "department"})
_RANK_WORDS = frozenset({"top", "senior", "deputy", "former", "acting", "outgoing", "incoming"})


@cache
def title_words() -> frozenset[str]:
    """Every single word that can head a title, lower-cased ("secretary", "minister")."""
    heads = load_table("titles")["heads"]
    return frozenset(word for head in heads for word in head.lower().split())


@cache
def title_ends() -> frozenset[str]:
    """The words a title ends in: 'leader' of 'opposition leader', but not 'opposition'."""
    return frozenset(head.lower().split()[-1] for head in load_table("titles")["heads"])


@cache
def _titling_words() -> frozenset[str]:
    """Title words that are no glue: 'minister', not 'of'."""
    return title_words() - _TITLE_GLUE


@cache
def title_heads() -> frozenset[str]:
    return frozenset(head.lower() for head in load_table("titles")["heads"])


@cache
def department_words() -> frozenset[str]:
    return frozenset(load_table("titles")["departments"])


@cache
def honorifics() -> frozenset[str]:
    return frozenset(load_table("titles")["honorifics"])


def is_title_token(token: Token) -> bool:
    return token.lower_ in title_heads() or token.text in honorifics()


_LONGEST_TITLE_WORDS = 3


def leading_title(span: Span) -> int:
    """How many tokens of a title of one or more words open the span: 1 for 'King Salman', 2
    for 'Crown Prince Mohammed bin Salman', 0 for 'Salman'."""
    for size in range(min(_LONGEST_TITLE_WORDS, len(span)), 1, -1):
        if span[:size].text.lower() in title_heads():
            return size
    return 1 if is_title_token(span[0]) or _plural_title(span[0]) else 0


def _plural_title(token: Token) -> bool:
    """'Presidents' in 'Presidents Ricardo Martinelli and Michelle Bachelet': a capitalized
    title in the plural, before the names of those who hold it."""
    lower = token.lower_
    if not token.is_title or not lower.endswith("s"):
        return False
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
    return singular in title_heads()


def is_title_fragment(span: Span) -> bool:
    """'Defense' in 'Defense Secretary', 'State' in 'Secretary of State', 'Supreme' in 'Supreme
    Leader': parts of a title."""
    if _opens_a_title(span):
        return True
    words = span.text.split()
    if not all(w in department_words() or w.lower() in title_words() for w in words):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 2] if span.start >= 2 else None
    # A department has a secretary or a minister, never a leader: 'the Labour leader' is a
    # party's.
    after_title = after is not None and after.lower_ in title_words() and after.lower_ != "leader"
    return after_title or (
        before is not None and before.lower_ in title_words() and doc[span.start - 1].lower_ == "of"
    )


def _opens_a_title(span: Span) -> bool:
    """The span and the words after it make a title of several words ('Supreme' + 'Leader')."""
    window = span.doc[span.start : span.start + _LONGEST_TITLE_WORDS]
    return leading_title(window) > len(span)


def preceding_title(name: Span) -> Span | None:
    """The run of title words right before a name, if it ends in a title word."""
    doc = name.doc
    start = name.start
    while start > 0 and _can_extend_title(
        doc[start - 1], doc[start] if start < name.start else None
    ):
        start -= 1
    while start < name.start and doc[start].lower_ in _TITLE_GLUE:
        start += 1
    if start == name.start:
        return None
    window = doc[start : name.start]
    last = window[-1]
    # 'the opposition Khmer Nation Party', 'Lynn Reaser of Barnett Banks': 'opposition' and
    # 'of' are words of titles ('opposition leader', 'head of state') but end none.
    if last.lower_ not in title_ends() and last.text not in department_words():
        return None
    if last.pos_ == "ADJ" and last.is_lower:
        return None  # 'two major Saudi oil plants': a rank's word used as an adjective
    if not any(t.lower_ in _titling_words() and t.text not in honorifics() for t in window):
        return None
    return window


def _can_extend_title(token: Token, right: Token | None) -> bool:
    if token.lower_ in title_words() or token.text in department_words():
        return True
    # "foreign ministry spokesman": a department written in lower case, or the ministry itself;
    # "the EU's top diplomat": a word ranking the office.
    if (
        token.lower_ in _DEPARTMENT_NOUNS
        or token.lower_ in _RANK_WORDS
        or token.text.title() in department_words()
    ):
        return right is not None
    if token.lower_ in _TITLE_GLUE:
        return right is not None
    if token.lower_ == "and":
        return right is not None and right.text in department_words()
    # Nationality or country before a title: "US Defense Secretary", "Russian President".
    return token.pos_ in {"PROPN", "ADJ"} and (token.is_title or token.is_upper)


def appositive_title(name: Span) -> Span | None:
    """A title in apposition: "Rahm Emanuel, the US ambassador to Japan," or the reverse order."""
    root = name.root
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.lower_ in title_words()
            # 'the White Helmets, formally the Syria Civil Defence': a name ending in a word
            # that only opens titles ('defence minister') is another name, not a title.
            and (child.lower_ in title_ends() or child.pos_ != "PROPN")
            and not held_by_another(child, name)
        ):
            return _strip_determiners(root.doc[_word_start(child.left_edge) : _title_end(child)])
    head = title_apposed_to(root, name.start)
    if head is not None:
        end = name.start
        # 'the foreign minister, Sheikh Mohammed': the honorific opening the name is no part of
        # the title it is apposed to.
        while end - 1 > head.i and is_title_token(root.doc[end - 1]):
            end -= 1
        # Then the comma between them, but not the title's own last word ('commander-in-chief').
        while end - 1 > head.i and root.doc[end - 1].is_punct:
            end -= 1
        return _strip_determiners(root.doc[_word_start(head.left_edge) : end])
    return None


def held_by_another(noun: Token, span: Span) -> bool:
    """'Hodeidah, the UN secretary general, António Guterres, announced': the parser hung the
    title on the town, but the person named beside the title holds it."""
    return any(
        child.dep_ in {"appos", "conj"}
        and child.ent_type_ == "PERSON"
        and not span.start <= child.i < span.end
        for child in noun.children
    )


def _word_start(token: Token) -> int:
    """Where the written word a token is part of starts: 'vice-president', which the parser
    may read as three words, starts at 'vice'."""
    return whole_words([token])[0].i


def title_apposed_to(name: Token, start: int) -> Token | None:
    """The title's word, before `start`, a name stands in apposition to; in 'the UN's
    coordinator for Syria, Panos Moumtzis' the parser hangs the name on the place that ends the
    title, and the title's own word is taken instead."""
    if name.dep_ != "appos":
        return None
    head = name.head
    # 'resigned as president of Zimbabwe, the speaker of parliament, Jacob Mudenda': a title
    # apposed to the same word, between it and the name, is the name's own.
    between = [
        c
        for c in head.children
        if c.dep_ == "appos" and head.i < c.i < start and c.lower_ in title_words()
    ]
    if between:
        return between[-1]
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lower_ in title_words():
        head = head.head.head
    return head if head.lower_ in title_words() and head.i < start else None


def _title_end(title: Token) -> int:
    """Where the title's words stop: before a clause about its holder ('the party's leader, who
    fought under the name Timochenko') or about a body the title names ('the special envoy to
    the coalition fighting Isis' serves the coalition, not Isis)."""
    clauses = [
        c.left_edge.i
        for c in title.subtree
        if c.i > title.i and c.dep_ in {"relcl", "acl", "advcl"}
    ]
    return min([title.right_edge.i + 1, *clauses])


def _strip_determiners(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct):
        start += 1
    # 'not the president himself': the reflexive stresses who holds the title, and is no word
    # of it.
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _REFLEXIVES):
        end -= 1
    if end - start > 12 or start >= end:
        return None
    return doc[start:end]
