"""Who a person mention is: evidence that an organization-tagged name is a person, and ids.

Full names key as `person:<slug>`. A bare surname joins the full name it shortens in the same
article, else a well-known person from `data/people.json`, else it keys as
`person:surname:<slug>`, which can never collide with a full-named person's id."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from attache_worker.extraction.acting import only_locates
from attache_worker.extraction.data import word_set
from attache_worker.extraction.gazetteer import ARABIC_ARTICLE, get_gazetteer, slug
from attache_worker.extraction.kb import agent_sector
from attache_worker.extraction.mentions import NAME_PARTICLES, PATRONYMICS
from attache_worker.extraction.nlp import readable
from attache_worker.extraction.titles import (
    appositive_title,
    held_by_another,
    honorifics,
    preceding_title,
    title_words,
)

if TYPE_CHECKING:
    from attache_worker.extraction.actors import Proto


def is_person_evidence(span: Span, single_person_words: set[str]) -> bool:
    """A multi-word capitalized name is a person when its surname is used alone as a person, or
    when a title stands before it or in apposition to it, unless it ends as a body's does."""
    if not all(t.is_title or not t.is_alpha or t.lower_ in NAME_PARTICLES for t in span):
        return False
    if _ends_as_a_body(span):
        return False
    if len(span) == 1:
        return preceding_title(span) is not None
    return (
        span[-1].text in single_person_words
        or preceding_title(span) is not None
        or appositive_title(span) is not None
    )


def _ends_as_a_body(span: Span) -> bool:
    """'the Syrian National Commission', 'the Free Syrian Army': no person's name ends so."""
    last = span[-1].lower_
    return last in word_set("groups", "institutions") or last in word_set("groups", "bodies")


# Relations only a person has: "Ronald Reagan's wife".
_KIN_NOUNS = frozenset(
    {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow"}
    | {"family", "spouse", "child", "parent", "uncle", "aunt", "nephew", "niece", "cousin"}
)


def speaks_as_subject(span: Span) -> bool:
    """The subject of a verb of saying: 'Clinton claims', 'Mattis replied'."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in word_set("speech", "verbs")


def used_as_person(span: Span) -> bool:
    """A name the sentence uses as a person's, whatever else it names: the subject of a verb
    of saying ("Clinton claims"), the holder of an office or a kin ("Obama's adviser",
    "Reagan's wife, Nancy"), or a name joined to a person's ("Obama and Trump"). Many surnames
    are also small towns somewhere. A place has a mayor or a governor, so those say nothing."""
    root = span.root
    head = root.head
    if speaks_as_subject(span):
        return True
    personal = _personal_nouns()
    if root.dep_ == "poss" and head.lemma_.lower() in personal:
        return True
    if any(
        a.lemma_.lower() in personal and not held_by_another(a, span) for a in appositions(span)
    ):
        return True
    if only_locates(span, country=False):
        # 'the area between Tal Abyad and Ras al-Ain': towns the model tags people, in a place's
        # slot, are joined to each other, not to a person.
        return False
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(head)
    return any(t.ent_type_ == "PERSON" and not _known_place(t) for t in joined)


def apposed_to_kin(span: Span) -> bool:
    """'his daughter, Yulia': a name in apposition to a kin noun is a person's, though the model
    tagged it a place."""
    return any(a.lemma_.lower() in _KIN_NOUNS and a.pos_ == "NOUN" for a in appositions(span))


def appositions(span: Span, *, outside: bool = False) -> list[Token]:
    """The nouns in apposition to a name: those hanging from it, and the one it hangs from;
    `outside` the name's own words only."""
    root = span.root
    found = [c for c in root.children if c.dep_ == "appos" and (not outside or c.i >= span.end)]
    if _opens_a_setting(root):
        # 'In Geneva, a committee … met': the comma closes the opening phrase; the parser may
        # hang the subject on the place as its apposition.
        found = [c for c in found if c.i < root.i]
    if root.dep_ == "appos" and (not outside or root.head.i < span.start):
        found.append(root.head)
    return found


def _opens_a_setting(root: Token) -> bool:
    """The name is the object of the preposition that opens the sentence ('In Geneva, …')."""
    preposition = root.head
    return root.dep_ == "pobj" and preposition.dep_ == "prep" and bool(preposition.is_sent_start)


_PERSONAL_SUBJECTS = frozenset({"he", "she"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def taken_up_as_person(span: Span) -> bool:
    """'Mevlüt Çavuşoğlu warned that Turkey would act. He added: …': a sentence's subject is a
    person when the next sentence opens its main clause with 'he' or 'she' and no other
    person's name, nor another main-clause subject, comes between for the pronoun to take up."""
    root = span.root
    if root.dep_ not in _SUBJECT_DEPS or root.head.dep_ != "ROOT":
        return False
    doc = span.doc
    sentence_end = span.sent.end
    if sentence_end >= len(doc):
        return False
    following = doc[sentence_end].sent
    for token in doc[span.end : following.end]:
        if token.ent_type_ == "PERSON":
            return False
        if token.dep_ not in _SUBJECT_DEPS or token.head.dep_ != "ROOT":
            continue
        return token.i >= sentence_end and token.lower_ in _PERSONAL_SUBJECTS
    return False


@cache
def _personal_nouns() -> frozenset[str]:
    """Offices and kin only a person holds: a place has a mayor or a governor too."""
    return (title_words() | _KIN_NOUNS) - word_set("places", "institutions")


# Sectors of the agent dictionary whose people work for a body: 'economists at', 'workers at'.
_EMPLOYED_SECTORS = frozenset({"BUS", "EDU", "LAB", "MED"})


def works_at(span: Span) -> bool:
    """'analysts at Goldman Sachs', 'an economist at Barclays': a body that employs the people
    before 'at', not a place they stand in."""
    root = span.root
    preposition = root.head
    noun = preposition.head
    if root.dep_ != "pobj" or preposition.lower_ != "at" or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in _personal_nouns() or agent_sector(lemma) in _EMPLOYED_SECTORS


def _known_place(token: Token) -> bool:
    """A token of a name the dictionaries or geonames know as a town or region, or that names
    a country's division ('Hampshire, Derbyshire and Surrey' are no people)."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    name = readable(entity) if entity is not None else token.text
    gazetteer = get_gazetteer()
    return gazetteer.is_known_place(name) or gazetteer.is_region(name)


_NAME_SUFFIXES = frozenset({"Jr.", "Sr.", "Snr.", "Jnr."})


def person_name(span: Span) -> str:
    while len(span) > 1 and span[0].text in honorifics():
        span = span[1:]
    name = readable(span)
    last = span[-1]
    if name.endswith(".") and _ends_a_sentence(last) and _absorbed_full_stop(last.text):
        # 'was the former legislator Claudia Mo. Washington …': the tokenizer kept the full
        # stop in the word, and a name's last word is no abbreviation.
        return name[:-1]
    return name


def _ends_a_sentence(token: Token) -> bool:
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is None or following.is_space or following.text[:1].isupper()


def _absorbed_full_stop(word: str) -> bool:
    """'Mo.' ends a sentence; 'J.' is an initial and 'Jr.' a suffix, whose dot is theirs."""
    return len(word) > 2 and word not in _NAME_SUFFIXES and "." not in word[:-1]


def assign_person_ids(
    protos: list[Proto], countries: frozenset[str] = frozenset(), on: date | None = None
) -> None:
    """Ids for people: a full name the knowledge base knows keys as its entry ('Tayyip
    Erdoğan' is Recep Tayyip Erdoğan); `countries` are the country ids the article names, `on`
    the day it appeared."""
    full = [p for p in protos if len(p.span) > 1 and not _particle_surname(p.span)]
    for proto in full:
        proto.name = person_name(proto.span)
        known = get_gazetteer().person_by_name(proto.name)
        proto.id = known.id if known is not None else f"person:{slug(proto.name)}"
    for proto in full:
        _join_the_longer_name(proto, full)
    # 'Salman' after 'King Salman': the one-word names ranks gave, with the person each is.
    ranked: dict[str, tuple[str, str]] = {}
    # Ranked names first, so that a headline's bare 'Hasina' is the 'Sheikh Hasina' after it.
    bare = sorted((p for p in protos if p.id is None), key=lambda p: not _styled_by_rank(p.span))
    for proto in bare:
        _assign_surname(proto, full, countries, on, ranked)


def _join_the_longer_name(proto: Proto, full: list[Proto]) -> None:
    """'Suu Kyi' after 'Aung San Suu Kyi': a name of two words or more that ends the one longer
    name introduced before it is that person, by the custom that drops the first words. With
    none before, the one longer name given after it: a headline names a person short ('Burma's
    Suu Kyi says …') before the text gives the full name."""
    assert proto.name is not None
    name = proto.name
    longer = [p for p in full if p.name and _ends_with(p.name, name)]
    before = {(p.id, p.name) for p in longer if p.span.start < proto.span.start}
    candidates = before or {(p.id, p.name) for p in longer}
    if len(candidates) == 1:
        proto.id, proto.name = next(iter(candidates))


def _ends_with(name: str, surname: str) -> bool:
    """'Staffan de Mistura' ends with 'De Mistura', 'Donald Trump' with 'Trump', 'Abdel Fattah
    al-Burhan' with 'Burhan': news drops the Arabic article on second mention. Not after a word
    for 'son of': 'Salman' is the father of Mohammed bin Salman, who goes by 'bin Salman'."""
    words, tail = _without_article(name), _without_article(surname)
    if len(words) <= len(tail) or words[-len(tail) :] != tail:
        return False
    return words[-len(tail) - 1] not in PATRONYMICS


def _without_article(name: str) -> list[str]:
    return [ARABIC_ARTICLE.sub("", word) for word in name.lower().split()]


def _introduced_anew(span: Span) -> bool:
    """The name is set beside an indefinite noun ('Ali, a 23-year-old student'): the article
    brings the person in here, rather than naming again someone named before."""
    return any(
        any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
        for noun in appositions(span, outside=True)
    )


def _particle_surname(span: Span) -> bool:
    """'De Mistura said': a surname that opens with its particle, capitalized at the start of
    a sentence, is a surname, not a full name."""
    return span[0].lower_ in NAME_PARTICLES


def _assign_surname(
    proto: Proto,
    full: list[Proto],
    countries: frozenset[str],
    on: date | None,
    ranked: dict[str, tuple[str, str]],
) -> None:
    surname = readable(proto.span)
    same = [p for p in full if p.name and _ends_with(p.name, surname)]
    if not same and not _introduced_anew(proto.span):
        # Naming customs that put the personal name first in short form ("Anwar", "Prabowo");
        # "said Ali, a 23-year-old student" brings in someone else.
        given = [p for p in full if p.name and p.name.split()[0] == surname]
        same = given if len({p.id for p in given}) == 1 else []
    if not same:
        # Spanish and Portuguese names go by the father's surname, which is not the last:
        # "Padrino" is Vladimir Padrino López.
        inner = [p for p in full if p.name and surname in p.name.split()[1:-1]]
        same = inner if len({p.id for p in inner}) == 1 else []
    if same:
        # Two people sharing a surname ('Robert Mugabe', his wife 'Grace Mugabe'): news calls
        # the one it introduced first by the surname alone, the other by full or given name.
        before = [p for p in same if p.span.start < proto.span.start]
        chosen = before[0] if before else same[0]
        proto.id, proto.name = chosen.id, chosen.name
        return
    styled = _styled_by_rank(proto.span)
    if styled is not None:
        known_styled = get_gazetteer().person_by_name(styled)
        proto.id, proto.name = ranked[surname] = (
            (known_styled.id, known_styled.name)
            if known_styled is not None
            else (f"person:{slug(styled)}", styled)
        )
        return
    if surname in ranked:
        proto.id, proto.name = ranked[surname]
        return
    known = get_gazetteer().known_person(surname, countries, on)
    if known is not None:
        proto.id, proto.name = known.id, known.name
        return
    proto.id, proto.name = f"person:surname:{slug(surname)}", surname


# Ranks a monarch, a pope or a prince goes by with one name, which is no surname: 'King
# Salman', 'Pope Francis', 'Sheikh Tamim', 'Queen Rania'.
_RANKS_BEFORE_ONE_NAME = frozenset(
    {"king", "queen", "pope", "emir", "amir", "sultan", "prince", "princess", "emperor"}
    | {"empress", "shah", "tsar", "czar", "sheikh", "sheik"}
)


def _styled_by_rank(span: Span) -> str | None:
    """'King Salman' for 'Salman' after 'King': the name one word long with the rank before it,
    by which the dictionaries may know the person; None when no such rank comes before."""
    if len(span) != 1 or span.start == 0:
        return None
    rank = span.doc[span.start - 1]
    if rank.lower_ not in _RANKS_BEFORE_ONE_NAME or not rank.text[:1].isupper():
        return None
    return f"{rank.text.capitalize()} {readable(span)}"
