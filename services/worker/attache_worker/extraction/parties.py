"""Places that act: a place is where something happens, unless the sentence makes it a party.

"The government of Sindh province ordered patrols" and "Gaza authorities said" name whoever
governs the place, and "the Gaza Strip fired rockets" makes it a source. A place acted on
("the invasion of South Lebanon", "shelling of Kilis") is where the act happens, and stays a
place. "Rebels in Darfur" are a group named by their place. A region named by a compass word
and a country ("Western Cambodia") stands for the country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from attache_worker.extraction import kb
from attache_worker.extraction.acting import given_among_places, governs_it
from attache_worker.extraction.data import word_set
from attache_worker.extraction.gazetteer import Entry, get_gazetteer, slug
from attache_worker.extraction.nlp import readable
from attache_worker.extraction.people import appositions
from attache_worker.extraction.sites import ends_in_a_site_word

if TYPE_CHECKING:
    from attache_worker.extraction.actors import Proto

_GROUP_PREPOSITIONS = frozenset({"in", "from"})
# Words that say how many of a group speak, not which group: 'many refugees in the valley'.
_HOW_MANY = frozenset({"many", "most", "some", "several", "few", "numerous", "other", "more"})
# Nouns of bodies a name in apposition names ('the UN mission in Mali, Minusma').
BODY_HEADS = frozenset(
    {"mission", "force", "agency", "group", "coalition", "alliance", "organisation", "militia"}
    | {"organization", "movement", "party", "council", "committee", "commission", "body"}
    | {"network", "company", "firm", "union", "bloc", "newspaper", "broadcaster", "daily"}
    | {"tabloid", "army", "brigade", "battalion", "division", "faction", "front", "corps"}
    | {"affiliate", "offshoot", "outfit"}
)


def region_of_country(text: str) -> Entry | None:
    """'South Lebanon', 'Western Cambodia': the country a compass-named region belongs to;
    'Fascist Italy', 'Imperial Japan': the country under a regime the word before it names."""
    first, _, rest = text.partition(" ")
    qualifiers = word_set("places", "compass") | word_set("places", "regimes")
    if not rest or first.lower() not in qualifiers:
        return None
    entry = get_gazetteer().lookup(rest)
    return entry if entry is not None and entry.kind == "COUNTRY" else None


def acting_place(span: Span) -> Proto | None:
    """The actor a place stands for in this sentence, or None when it only locates."""
    # Imported here: actors imports this module, and Proto belongs with the rest of actors.
    from attache_worker.extraction.actors import Proto

    name = readable(span)
    if given_among_places(span):
        return None  # 'in districts such as Esenyurt turned out …' (as the parser reads it)
    group = placed_group(span)
    if group is not None:
        return group
    if _apposed_to_a_body(span) and get_gazetteer().lookup(name) is None:
        # 'the UN mission in the country, Minusma': the name is the mission's.
        return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)
    if _is_governed(span) or (_acts(span) and not ends_in_a_site_word(span)):
        state = kb.lookup(name)
        if state is not None and state.kind == "COUNTRY":
            # 'Jerusalem said the strikes would continue': a seat the dictionaries give a state
            # speaks for it, though the gazetteer keeps the city a city.
            return Proto(span, "COUNTRY", state.id, state.name, known=True)
        return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)
    return None


def _apposed_to_a_body(span: Span) -> bool:
    """'the UN mission, Minusma'; also 'the UN mission in Iraq, Unami', where the parser hangs
    the name on the place that ends the body's description."""
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start:
        return False
    noun = root.head
    if noun.lemma_.lower() in BODY_HEADS:
        return True
    described = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i < noun.i
    return described and noun.head.head.lemma_.lower() in BODY_HEADS


def names_a_body_by_apposition(span: Span, *, either_side: bool = False) -> bool:
    """'Ahrar al-Sharqiya, a Turkish-backed militia', 'the state news agency Sana': a name
    apposed to a body's noun is the body's, whatever the model tagged it. A body's noun before
    the name counts `either_side`, or when no preposition governs it: the parser hangs a
    leader's name on the body he heads ('the head of the militia, Abu Ali'), while 'Syria's
    state news agency, Sana' is the agency."""
    return (
        _follows_its_body_noun(span)
        or _set_off_after_its_body_noun(span)
        or any(
            _is_body_noun(noun) and (either_side or noun.i >= span.end or noun.dep_ != "pobj")
            for noun in appositions(span, outside=True)
        )
    )


def _is_body_noun(token: Token) -> bool:
    # The tagger may take a lower-case noun before a name for part of it ('daily Sabah').
    common = token.pos_ == "NOUN" or token.text.islower()
    return common and token.lemma_.lower() in BODY_HEADS


def _set_off_after_its_body_noun(span: Span) -> bool:
    """'they trained a rebel group, Maghawir al-Thawra, to fight Isis': a name between commas
    right after one body's noun is that body, however the parser hangs it. Not after a
    preposition's noun ('the head of the militia, Abu Ali,' is its leader)."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    noun = doc[span.start - 2]
    return (
        doc[span.start - 1].text == ","
        and doc[span.end].text in {",", "."}
        and noun.tag_ == "NN"
        and noun.dep_ != "pobj"
        and _is_body_noun(noun)
    )


def _follows_its_body_noun(span: Span) -> bool:
    """'the news agency Sana', 'the militia Jaish al-Islam': the name closes the noun phrase the
    body's noun opens. The parser may hang either on the other, or both on one verb; a noun
    that only stands before the name ('told the committee Bolton had lied') is another phrase."""
    if span.start == 0:
        return False
    noun, root = span.doc[span.start - 1], span.root
    if not _is_body_noun(noun):
        return False
    siblings = noun.head.i == root.head.i and noun.dep_ == root.dep_
    return noun.head.i == root.i or root.head.i == noun.i or siblings


def placed_group(span: Span) -> Proto | None:
    """The group a place names in 'rebels in Darfur', 'opposition groups in Zimbabwe'."""
    from attache_worker.extraction.actors import Proto

    group = _group_from(span)
    if group is None:
        return None
    text = readable(group)
    return Proto(group, "GROUP", f"group:{slug(text)}", text)


def _is_governed(span: Span) -> bool:
    """'the government of Sindh province', 'Gaza authorities', 'the Basra council'. ('officials
    in Damascus' is read for countries and their seats only: see `acting.only_locates`.)"""
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "nmod", "amod"} and head.i >= span.end:
        if head.lemma_.lower() in word_set("places", "institutions"):
            return True
        # "Sindh province": the place word stands between the name and what governs it.
        if head.lemma_.lower() in word_set("places", "nouns"):
            return _is_governed(span.doc[span.start : head.i + 1])
        return False
    return root.dep_ == "pobj" and governs_it(head) and not _held_by_a_named_person(head.head, root)


def _held_by_a_named_person(office: Token, place: Token) -> bool:
    """'the governor of Borno, Babagana Zulum': the office's holder is named, and acts; the
    place only says where the office is. The parser may hang the name on the place."""
    apposed = [c for t in (office, place) for c in t.children if c.dep_ == "appos"]
    if office.dep_ == "appos":
        apposed.append(office.head)
    return any(t.ent_type_ == "PERSON" for t in apposed)


def _acts(span: Span) -> bool:
    """The subject of a verb that does something: 'the Gaza Strip fired rockets', not 'Arbil
    lies within the safe haven' nor 'Kilis was shelled'. (The parser may tag the subject of a
    passive verb as an agent's: 'Baghuz had been eliminated'.)"""
    root = span.root
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in word_set("places", "states")
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and not _destination(verb)
    )


# Verbs of setting out, after which 'for' names where one goes.
_SETTING_OUT = frozenset({"leave", "depart", "head", "set", "fly", "sail"})


def _destination(verb: Token) -> bool:
    """'left for Benghazi to meet Haftar', 'had left for Raqqa fearing fighting': the parser
    may read the destination as the subject of a 'for … to' clause, or of the participle after
    it; it is where the traveller goes, and does not act."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    if marked:
        return verb.head.lemma_.lower() in _SETTING_OUT
    governed = verb.dep_ == "pcomp" and verb.head.lower_ == "for"
    return governed and verb.head.head.lemma_.lower() in _SETTING_OUT


def _met_there(noun: Token) -> bool:
    """'a meeting of rival groups in Saudi Arabia': the place is where the meeting is held, not
    where the groups come from."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in word_set("places", "venues")
    )


def _group_from(span: Span) -> Span | None:
    """'rebels in Darfur': a plural group noun placed by a preposition makes a named group."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _GROUP_PREPOSITIONS:
        return None
    noun = preposition.head
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in word_set("groups", "nouns"):
        return None
    if _met_there(noun):
        return None
    qualifiers = [
        c
        for c in noun.lefts
        if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.lower_ not in _HOW_MANY
    ]
    if any(t.ent_type_ or t.pos_ == "PROPN" for q in qualifiers for t in q.subtree):
        # 'KDP leaders in Erbil', 'Syrian rebels in Afrin': a name before the noun already
        # says whose they are; the place only says where they are.
        return None
    # 'Opposition groups in Zimbabwe': the words that qualify the group belong to its name.
    start = min([noun.i, *(q.i for q in qualifiers)])
    return span.doc[start : span.end]
