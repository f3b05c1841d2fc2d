"""Turns candidate mentions into actors and places.

Rules, in order: a gazetteer name (country, capital or seat of government as metonym, demonym,
international organization) wins over the NER label; title words the model tags as organizations
('Defense' of 'Defense Secretary') and weapon names it tags as people ('Patriot') are dropped;
the paper an account was given to ('told the Guardian') is no party; a name the sentence
places ('at Awinat', 'the province of Kilis', 'the Sochi conference') is a place whatever its
label; an organization-tagged name with person evidence (a title before it, a title in
apposition, or its last word used alone as a person elsewhere) becomes a person; an acronym the
article defines ('Islamic Revolutionary Guard Corps (IRGC)') is its long name everywhere, and
makes it a body (`acronyms`); a country the article only uses as a place ('refugees fled from
Syria') is a place (`acting`); a bare surname joins the full name it shortens; places that
only locate (cities, states, regions) go to `places`, unless the sentence makes them a party
(`parties`); a city name with team evidence is an organization (`clubs`); dateline names are
places; nationality adjectives are aliases, not mentions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy
from spacy.attrs import IS_UPPER, LENGTH
from spacy.tokens import Doc, Span, Token

from attache.contract import Actor, Place
from attache.contract import Span as TextSpan
from attache_worker.extraction import kb
from attache_worker.extraction.acronyms import abbreviates, definitions, occurrences
from attache_worker.extraction.acting import (
    ORGANIZED,
    before_a_stateless_people,
    counts_people,
    demonym_acts,
    given_among_places,
    is_place_noun,
    named_servants,
    names_organized_people,
    only_locates,
    policed_locally,
    tells_an_origin_or_a_kind,
)
from attache_worker.extraction.class_nouns import classed_names, only_reports
from attache_worker.extraction.clubs import club_names, is_players_name, is_sports_report
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.gazetteer import Entry, get_gazetteer, slug
from attache_worker.extraction.given_names import is_given_name
from attache_worker.extraction.mentions import (
    ARABIC_ARTICLES,
    NAME_PARTICLES,
    PARTY_WORDS,
    PLACE_LABELS,
    Candidate,
    capitalized_non_words,
    is_acronym,
    is_plural_noun_opening,
    known_personal_name,
    named_with_country,
    names_a_nation,
    opens_with_given_name,
)
from attache_worker.extraction.nlp import (
    hyphened_participle,
    load_model,
    published_on,
    readable,
    text_of,
    tokens_spelled,
)
from attache_worker.extraction.parties import (
    BODY_HEADS,
    acting_place,
    names_a_body_by_apposition,
    placed_group,
    region_of_country,
)
from attache_worker.extraction.people import (
    apposed_to_kin,
    appositions,
    assign_person_ids,
    is_person_evidence,
    speaks_as_subject,
    taken_up_as_person,
    used_as_person,
    works_at,
)
from attache_worker.extraction.roles import (
    affiliation_of,
    body_led_by,
    leads_against_the_state,
    titles_of,
)
from attache_worker.extraction.sites import (
    ends_in_a_place_word_no_one_bears,
    ends_in_a_site_word,
    named_after,
    opens_with_a_land_word,
)
from attache_worker.extraction.titles import (
    appositive_title,
    department_words,
    honorifics,
    is_title_fragment,
    is_title_token,
    leading_title,
    preceding_title,
    title_ends,
    title_words,
)
from attache_worker.extraction.truecase import lexicon

# Labels the model gives people's names it does not know ("Mariano Rivera" as a body).
_MISREAD_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC"})
# What a people with no state acts through: 'Kurdish forces', 'Kurdish leaders'; and 'the
# Kurdish people', the people itself.
_COMMUNITY_VOICES = frozenset(
    {"force", "group", "leader", "ally", "community", "authority", "official", "commander"}
    | {"people"}
)
_GOVERNMENT_NOUNS = frozenset({"government", "regime", "authority", "administration"})
# A leader's armed forces are the state's: 'Assad's forces'.
_STATE_FORCES = frozenset({"force", "troop", "army", "military"})
_OPERATION_NOUNS = frozenset({"operation", "offensive", "campaign", "mission", "exercise"})
# Collective nouns that, named with a nationality, are a body: 'the Syrian opposition'.
_BODY_NOUNS = frozenset({"opposition", "government", "regime", "army", "parliament", "coalition"})
# Those a nationality word names apart from its state ('the Syrian opposition').
_NATIONAL_BODIES = frozenset({"opposition"})
# Head nouns of the names of agreements and texts: 'the Chemical Weapons Convention', 'the Camp
# David Accords', 'the Joint Comprehensive Plan of Action'. They name what parties agree on.
_DOCUMENT_NOUNS = frozenset(
    {
        "accord",
        "act",
        "agreement",
        "cessation",
        "charter",
        "communique",
        "convention",
        "covenant",
        "declaration",
        "memorandum",
        "pact",
        "plan",
        "protocol",
        "resolution",
        "roadmap",
        "statute",
        "treaty",
        "truce",
    }
)
# 'wrote in the National', 'said to the Times', 'according to the Post'.
_PRINTING = frozenset({"write", "publish", "report", "print"})
_CODENAME_WORDS = frozenset({"operation", "codenamed", "code-named"})
_KNOWN_AS_ADVERBS = frozenset({"also", "better", "popularly", "widely", "commonly"})
_TELLING = frozenset({"say", "speak", "talk", "accord", "tell"})
# Verbs of a statement put out somewhere: 'wrote on Twitter', 'said on Telegram' (not 'reported
# on', 'spoke on', which name what it is about).
_POSTING = frozenset({"write", "say", "post", "tweet", "announce", "publish", "state", "declare"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Words making a nationality word a region's: 'Latin American', 'Central Asian'.
_REGION_QUALIFIERS = frozenset(
    {"Latin", "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
     "Western", "Sub-Saharan"}
)  # fmt: skip
# Lower-case words that can sit inside an organization's name ("Bank of England").
_LOWER_NAME_WORDS = frozenset({"of", "for", "and", "the", "de", "du", "la", "on", "in", "&"})
# A model designator after a hyphen: the "T" of IRIS-T, the "16" of F-16.
_DESIGNATOR = re.compile(r"[A-Z0-9]{1,4}")
# A currency's sign: 'NT$1.4tn' is an amount.
_CURRENCY = re.compile(r"[$£€¥₹₩₽]")
# A model's designation: a short mark, a hyphen and a number ('AK-47s', 'C-4', 'MiG-29',
# 'F-35A', 'S-400'). Groups of states so written ('G-7') are known bodies, looked up first.
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?s?")


@dataclass(slots=True)
class Proto:
    """One mention on its way to an actor; `id` stays None for people until coreference."""

    span: Span
    kind: str
    id: str | None = None
    name: str | None = None
    # The kind is settled (a known name, or one the article gives an acronym): no evidence
    # read later re-types it.
    known: bool = False
    # "Hungarian officials": the adjective points at Hungary but is not a name of it, so it
    # makes an alias and a reference for events, not a mention.
    adjectival: bool = False


@dataclass(slots=True)
class DocActors:
    """The actors of one article and where each is mentioned, by token."""

    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    by_id: dict[str, Actor] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    # The place each token names, by token index: where an initiative happens or strikes.
    token_place: dict[int, str] = field(default_factory=dict)
    mention_starts: list[tuple[int, str]] = field(default_factory=list)

    def actors_in(self, token_ids: Iterable[int]) -> list[str]:
        """Actor ids mentioned on these tokens, in order, each once."""
        seen: dict[str, None] = {}
        for i in token_ids:
            actor_id = self.token_actor.get(i)
            if actor_id is not None:
                seen.setdefault(actor_id)
        return list(seen)

    def name(self, actor_id: str) -> str:
        name: str = self.by_id[actor_id].name
        return name


def resolve_actors(doc: Doc, candidates: list[Candidate]) -> DocActors:
    protos: list[Proto] = []
    places: list[Span] = []
    # The article spells a name one way: once a sentence uses it as a person's, or gives it a
    # title ('President Trump'), it is one.
    styled = {
        readable(c.span) for c in candidates if c.label == "PERSON" and _styled_by_title(c.span)
    }
    people = styled | {
        readable(c.span) for c in candidates if c.label == "PERSON" and used_as_person(c.span)
    }
    operations = _operation_names(candidates, people)
    candidates, confirmed = _bodies_named_elsewhere(candidates, people)
    candidates = _known_bodies_read_as_people(candidates)
    by_compass = _countries_by_compass_word(candidates)
    # 'the Clinton team' is a campaign's when 'Clinton claims …'.
    surnames = _surnames_of(candidates)
    clubs = club_names(
        c.span for c in candidates if _may_be_club(c, surnames) and readable(c.span) not in people
    )
    classed = classed_names(doc, (c.span for c in candidates if not c.dateline))
    # 'close to Trump' tagged a body, beside 'President Trump': the name the article styles as a
    # person's is that person wherever else it stands.
    named_people = {name for name in styled if not _known_to_name_no_person(name)}
    # 'Mevlut Cavusoglu met Lavrov … Cavusoglu said': a full name's last word used alone as a
    # person's says the full name is one, though the model tagged it a body.
    spoken = {c.span.text for c in candidates if len(c.span) == 1 and used_as_person(c.span)}
    taken_up = {
        readable(c.span)
        for c in candidates
        if c.label in _MISREAD_PERSON_LABELS
        and (
            readable(c.span) in named_people
            or _opens_with_an_honorific(c.span)
            or (
                (_read_as_a_person(c.span, surnames) or _last_word_spoken_for(c.span, spoken))
                and _may_be_a_personal_name(c.span)
            )
        )
    }
    common_words = _common_words_opening_sentences(doc, candidates)
    # A paper that only gives accounts is no party to them; one that is closed or sued is.
    media = classed.media | _known_outlets(candidates)
    reporting = frozenset(
        name
        for name in media
        if only_reports(c.span for c in candidates if readable(c.span) == name)
    )
    reporting |= _press_read_as_people(candidates, surnames, people)
    for candidate in candidates:
        if readable(candidate.span) in operations or candidate.span.text in common_words:
            continue
        if candidate.dateline:
            if not _in_parentheses(candidate.span):
                places.append(candidate.span)
            continue
        if _is_medium(candidate) or _unknown_name_in(candidate, reporting | classed.vessels):
            # Nor is a ship, named after people and places ('the aircraft carrier Carl Vinson').
            continue
        if _names_a_competition(candidate.span) or _headline_topic(candidate, people):
            continue
        if candidate.label in _MISREAD_PERSON_LABELS and readable(candidate.span) in taken_up:
            person = _person_proto(candidate.span)
            if person is not None:
                protos.append(person)
                continue
        if _unknown_name_in(candidate, classed.bodies | classed.media) and not (
            # 'insurer Thierry Dehaan', 'film producer Harvey Weinstein': a person's name, though
            # a noun of bodies comes before.
            candidate.label == "PERSON" and opens_with_given_name(candidate.span, census=True)
        ):
            text = readable(candidate.span)
            protos.append(Proto(candidate.span, "ORGANIZATION", f"org:{slug(text)}", text))
            continue
        if candidate.label == "PERSON" and candidate.span.text in surnames:
            # 'Jordan said' after 'Neil Jordan': the surname of a person the article names,
            # tagged a person, is that person, whatever else the word names.
            protos.append(Proto(candidate.span, "PERSON"))
            continue
        elided = _elided_country(candidate.span) or _compass_short_form(candidate, by_compass)
        if elided is not None:
            protos.append(Proto(candidate.span, elided.kind, elided.id, elided.name, known=True))
            continue
        if readable(candidate.span) in confirmed or _apposed_body(candidate):
            protos.append(_body_proto(candidate.span))
            continue
        # A team named after its city is the team, whatever else the name reads as.
        misread = _misread_place(candidate, people) and readable(candidate.span) not in clubs
        proto = None if misread else _classify(candidate, clubs)
        if proto is not None:
            protos.append(proto)
        elif candidate.label in PLACE_LABELS or misread:
            acting = acting_place(candidate.span)
            if acting is None:
                places.append(candidate.span)
            else:
                protos.append(acting)
    _place_lone_words_as_placed(protos, places, people)
    _apply_acronyms(doc, candidates, protos, places)
    _keep_acting_countries(protos, places)
    _keep_acting_seats(protos, places)
    _promote_people(protos, places)
    _add_missed_surnames(protos, places)
    _add_untagged_given_names(protos, places)
    _join_companies(protos)
    _join_styled_states(protos)
    _join_spelling_variants(protos)
    _join_parties(protos)
    _add_short_forms(doc, protos, places)
    _add_led_coalitions(doc, protos)
    _name_minorities(protos)
    countries = frozenset(p.id for p in protos if p.kind == "COUNTRY" and p.id)
    _resolve_shared_names(protos, countries, places)
    assign_person_ids([p for p in protos if p.kind == "PERSON"], countries, published_on(doc))
    _add_initialled_people(doc, protos, places)
    _apply_nicknames(doc, protos, places)
    _apply_body_aliases(doc, protos, places)
    _leaders_naming_their_states(protos, published_on(doc))
    _shorten_organizations(protos)
    _name_peoples_by_country(protos)
    _drop_nested_groups(protos)
    _join_peoples_by_faith(protos)
    _drop_groups_held_by_others(protos)
    result = _build(protos)
    result.places = _build_places(places)
    result.token_place = {i: readable(span) for span in places for i in range(span.start, span.end)}
    _describe_people(result, protos, published_on(doc))
    return result


def _apply_acronyms(
    doc: Doc, candidates: list[Candidate], protos: list[Proto], places: list[Span]
) -> None:
    """An acronym the article defines is its long name wherever it stands, and the long name is
    a body ('Jaysh Khalid bin al-Waleed (JKW)' is no person)."""
    by_start = {p.span.start: p for p in protos}
    bodies = {p.span.start for p in protos if p.kind in {"ORGANIZATION", "GROUP"}}
    # A name as read, which may be longer than the model's span ("Kurdistan Workers' party").
    names = [
        (by_start[c.span.start].span if c.span.start in by_start else c.span,
         c.span.start in bodies or c.label == "ORG")
        for c in candidates
    ]  # fmt: skip
    for definition in definitions(doc, names):
        if _names_a_document(definition.name):
            # 'a Memorandum of Understanding (MOU)': an agreement, under both its names.
            protos[:] = [
                p
                for p in protos
                if p.span.start != definition.name.start and readable(p.span) != definition.acronym
            ]
            continue
        long = by_start.get(definition.name.start)
        short = next((p for p in protos if readable(p.span) == definition.acronym), None)
        if short is not None and short.kind == "COUNTRY" and (long is None or not long.known):
            # 'Guy Forget (France)', 'Javier Solana (Spain)': a country in brackets after a
            # name it does not already stand for says where the name is from.
            continue
        if long is None:
            places[:] = [s for s in places if s.start != definition.name.start]
            long = by_start[definition.name.start] = Proto(definition.name, "ORGANIZATION")
            protos.append(long)
        if short is not None and short.known and not long.known and _one_body(long, short):
            long.kind, long.id, long.name = short.kind, short.id, short.name
        elif not long.known:
            _make_body(long, definition.acronym)
        long.known = True
        for span in occurrences(doc, definition.acronym):
            proto = by_start.get(span.start)
            if proto is None:
                if any(p.span.start <= span.start < p.span.end for p in protos):
                    continue
                proto = by_start[span.start] = Proto(span, long.kind)
                protos.append(proto)
            proto.kind, proto.id, proto.name, proto.known = long.kind, long.id, long.name, True
        places[:] = [s for s in places if readable(s) != definition.acronym]
    _expand_undefined_acronyms(protos, places)
    _drop_common_noun_acronyms(doc, protos)
    protos.sort(key=lambda p: p.span.start)


def _one_body(long: Proto, short: Proto) -> bool:
    """Whether a long name the article defines a known acronym for is that acronym's body:
    'the YPG (Kurdish People's Protection Units)' is, 'the Sheffield Development Fund (SDF)'
    is not the Syrian Democratic Forces. It is when it shares a word (its first four letters,
    for 'Kurdish' and 'Kurdistan') with one of the body's names."""
    entry = kb.get_kb().get(short.id) if short.id else None
    names = [short.name or "", *((entry.name, *entry.aliases) if entry else ())]
    known = {w[:4] for name in names for w in _name_words(name)}
    return any(w[:4] in known for w in _name_words(readable(long.span)))


def _name_words(name: str) -> list[str]:
    return [w for w in kb.fold(name).split() if len(w) >= 4]


def _expand_undefined_acronyms(protos: list[Proto], places: list[Span]) -> None:
    """'an SNC spokesman' after 'the Syrian National Coalition': an unknown acronym that is
    exactly the initials of one organization the article names is that organization, also
    where it was read as a place ('a new team at the OPCW'). So is a known one whose known
    body the article never names in full: 'FSA' in a story about the Financial Security
    Assurance is not the Free Syrian Army."""
    in_full = [p for p in protos if " " in readable(p.span)]
    bodies = [p for p in in_full if p.kind == "ORGANIZATION" and p.name and " " in p.name]
    named_in_full = {p.id for p in in_full}

    def abbreviated(text: str) -> tuple[str | None, str | None] | None:
        named = {(p.id, p.name) for p in bodies if p.name and _abbreviates_body(text, p.name)}
        return next(iter(named)) if len(named) == 1 else None

    for proto in protos:
        text = readable(proto.span)
        if proto.known and (proto.kind not in kb.BODY_KINDS or proto.id in named_in_full):
            continue  # 'US' is the United States beside the 'US Senate'
        if not text.isupper() or " " in text:
            continue
        body = abbreviated(text)
        if body is not None:
            proto.kind = "ORGANIZATION"
            proto.id, proto.name = body
    for span in list(places):
        text = readable(span)
        body = abbreviated(text) if text.isupper() and " " not in text else None
        if body is not None:
            places.remove(span)
            protos.append(Proto(span, "ORGANIZATION", body[0], body[1], known=True))


def _abbreviates_body(acronym: str, name: str) -> bool:
    """'NLD' for 'the National League for Democracy party': the party word the article writes
    in lower case after a name is seldom in its letters."""
    *words, last = name.split()
    bare = " ".join(words) if words and last.lower() in PARTY_WORDS else name
    return abbreviates(acronym, name) or abbreviates(acronym, bare)


def _covered_tokens(protos: list[Proto], places: list[Span]) -> set[int]:
    """Token indices some mention or place already claims."""
    covered = {i for p in protos for i in range(p.span.start, p.span.end)}
    covered.update(i for span in places for i in range(span.start, span.end))
    return covered


_PERSON_INITIALS = range(3, 5)


def _add_initialled_people(doc: Doc, protos: list[Proto], places: list[Span]) -> None:
    """'MBS' after 'Mohammed bin Salman', 'AMLO' after 'Andrés Manuel López Obrador': news calls
    some leaders by the initials of every word of their name. A word in capitals that no other
    name claims and that spells the initials of one person the article names in full is that
    person."""
    people: dict[str, Proto] = {}
    ambiguous: set[str] = set()
    for proto in protos:
        if proto.kind != "PERSON" or not proto.id or len(proto.span) < _PERSON_INITIALS.start:
            continue
        key = kb.initials(readable(proto.span), skip=frozenset())
        if people.setdefault(key, proto).id != proto.id:
            ambiguous.add(key)
    if not people:
        return
    taken = _covered_tokens(protos, places)
    marks = doc.to_array([IS_UPPER, LENGTH])
    lengths = marks[:, 1]
    shaped = (
        (marks[:, 0] == 1) & (lengths >= _PERSON_INITIALS.start) & (lengths < _PERSON_INITIALS.stop)
    )
    for i in numpy.flatnonzero(shaped):
        token = doc[int(i)]
        text = token.text
        if token.i in taken:
            continue
        person = people.get(text)
        if person is None or text in ambiguous:
            continue
        known = kb.lookup(text)
        if known is not None and known.id != person.id:
            continue
        protos.append(Proto(doc[token.i : token.i + 1], "PERSON", person.id, person.name))
    protos.sort(key=lambda p: p.span.start)


def _drop_common_noun_acronyms(doc: Doc, protos: list[Proto]) -> None:
    """'Russian LNG' after 'liquefied natural gas', 'IDPs' after 'internally displaced
    people': an acronym whose letters begin the words of a lower-case phrase in the article
    shortens a thing, not a body's name."""
    text = text_of(doc)
    lettered = [(proto, re.sub(r"s$", "", readable(proto.span))) for proto in protos]
    common: dict[str, bool] = {}
    for proto, letters in lettered:
        if proto.known or not (3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            continue
        if letters not in common:
            words = r"[a-z-]*\s+".join(re.escape(c.lower()) for c in letters)
            common[letters] = re.search(rf"(?<![\w-]){words}[a-z-]*", text) is not None
    protos[:] = [proto for proto, letters in lettered if not common.get(letters, False)]


def _keep_acting_countries(protos: list[Proto], places: list[Span]) -> None:
    """A nationality word before people of the country who band together to act names a
    group of them, not the state: 'Syrian rebels', 'Fijian rebels'. Then a country every other
    mention of which only locates something is a place in this article."""
    for index, proto in enumerate(protos):
        if proto.kind == "COUNTRY" and _people_things_befall(proto.span):
            protos[index] = _group_named(proto.span, readable(proto.span))
        elif proto.kind == "COUNTRY" and proto.adjectival and names_organized_people(proto.span):
            protos[index] = _group_proto(proto.span) or proto
        elif proto.kind == "COUNTRY" and proto.adjectival:
            protos[index] = _band_before_a_noun(proto.span) or proto
    acting: set[str] = set()
    for proto in protos:
        if proto.kind != "COUNTRY" or proto.id is None:
            continue
        if _country_acts(proto):
            acting.add(proto.id)
        elif proto.span[-1].lemma_.lower() in _GOVERNMENT_NOUNS:
            # 'officials from the Syrian government': a government is a party wherever it
            # stands, unlike the country's name after 'officials from'.
            acting.add(proto.id)
    for index, proto in enumerate(protos):
        if proto.kind != "COUNTRY" or proto.id in acting:
            continue
        if not proto.adjectival:
            # 'Opposition groups in Zimbabwe are demanding …': the place names the group.
            protos[index] = placed_group(proto.span) or proto
        elif counts_people(proto.span):
            # 'thousands of Afghans', 'two Tunisians': people of the country, counted.
            protos[index] = _group_named(proto.span, proto.span.text)
        elif _names_people(proto.span.root.head) and not before_a_stateless_people(proto.span.root):
            # 'Palestinian refugees', 'Iraqi civilians': people of the country, not the state
            # (no mention of it acts, this one included). 'Syrian Kurdish forces' are the
            # Kurds'.
            protos[index] = _group_proto(proto.span) or proto
    for proto in list(protos):
        if proto.kind == "COUNTRY" and proto.id not in acting:
            protos.remove(proto)
            if not proto.adjectival:
                places.append(proto.span)


def _country_acts(proto: Proto) -> bool:
    if proto.adjectival:
        return demonym_acts(proto.span)
    # 'US-made missiles', 'Soviet-era systems': a country's name can say where or when, too.
    return not only_locates(proto.span) and not tells_an_origin_or_a_kind(proto.span.root)


def _keep_acting_seats(protos: list[Proto], places: list[Span]) -> None:
    """A city standing for a body it houses ('Brussels' for the European Commission) names it
    where it acts ('Brussels demanded …'), and is the city where it only locates ('In
    Brussels, ministers agreed …') or where its own police or council act ('police in
    Brussels said')."""
    gazetteer = get_gazetteer()
    for proto in list(protos):
        surface = readable(proto.span)
        # A club named after its city has that name: it is no stand-in.
        if proto.kind != "ORGANIZATION" or proto.name in {None, surface}:
            continue
        if not gazetteer.is_city(surface):
            continue
        if only_locates(proto.span) or policed_locally(proto.span):
            protos.remove(proto)
            places.append(proto.span)


def _make_body(proto: Proto, acronym: str) -> None:
    """A name with an acronym is an organization, or the group it was read as. Its id is the
    knowledge base's where that knows the name (which the model may have left untagged), else
    comes from the acronym: news gives the long name once, and other articles mostly the
    acronym."""
    if proto.kind == "GROUP" and proto.id is not None:
        return
    name = readable(proto.span)
    known = get_gazetteer().known_body(name)
    if known is not None:
        proto.kind, proto.id, proto.name = known.kind, known.id, known.name
        return
    if name.islower():
        # 'high negotiations committee (HNC)': the acronym shows it is a name.
        name = name.title()
    proto.kind, proto.id, proto.name = "ORGANIZATION", f"org:{slug(acronym)}", name


def _shorten_organizations(protos: list[Proto]) -> None:
    """'the Commission' after 'the European Commission', 'Labour' after 'the Labour Party': a
    one-word organization that is the last word of exactly one longer organization in the
    article, or all of a party's name but the word 'party', is that organization."""
    longer: dict[str, set[tuple[str, str]]] = {}
    for proto in protos:
        if proto.kind == "ORGANIZATION" and proto.name and proto.id and " " in proto.name:
            words = proto.name.split()
            longer.setdefault(words[-1], set()).add((proto.id, proto.name))
            # As the article writes it too: 'the Guards' after 'Revolutionary Guards', which
            # the knowledge base calls the Revolutionary Guard.
            written = readable(proto.span).split()
            if len(written) > 1 and written[-1] != words[-1]:
                longer.setdefault(written[-1], set()).add((proto.id, proto.name))
            if len(words) == 2 and words[-1].lower() in PARTY_WORDS:
                longer.setdefault(words[0], set()).add((proto.id, proto.name))
    for proto in protos:
        if not _may_be_short_form(proto):
            continue
        matches = longer.get(proto.name or readable(proto.span), set())
        if len(matches) == 1:
            proto.kind = "ORGANIZATION"
            proto.id, proto.name = next(iter(matches))


def _may_be_short_form(proto: Proto) -> bool:
    """A one-word name of a body, or of a band the model read as people ('the Guards')."""
    name = proto.name or readable(proto.span)
    if " " in name or not name[:1].isupper():
        return False
    return proto.kind == "ORGANIZATION" or (proto.kind == "GROUP" and not proto.known)


def _in_parentheses(span: Span) -> bool:
    """'(Reuters)' in a dateline is the agency, not a place."""
    return span.start > 0 and span.doc[span.start - 1].text == "("


def _may_be_club(candidate: Candidate, surnames: set[str]) -> bool:
    """Not a known actor, not a full personal name, not the surname of one in this article or
    of a well-known person ('signed by Trump' is no side of a match), and, outside sports
    reports, not a lone name the model took for a person or a nationality that no city or
    region bears: 'the Mattis team' is a politician's."""
    span = candidate.span
    gazetteer = get_gazetteer()
    if candidate.dateline or gazetteer.lookup(readable(span)) is not None:
        return False
    if gazetteer.is_well_known_surname(span.text):
        return False
    if candidate.label == "PERSON" and len(span) > 1:
        return False
    if (
        candidate.label in {"PERSON", "NORP"}
        and not _bears_a_city_name(span)
        and not is_sports_report(span.doc)
    ):
        return False
    return span.text not in surnames


def _bears_a_city_name(span: Span) -> bool:
    gazetteer = get_gazetteer()
    text = readable(span)
    return gazetteer.is_city(text) or gazetteer.is_region(text)


def _operation_names(candidates: list[Candidate], people: set[str]) -> set[str]:
    """Names the article gives operations ('Operation Olive Branch', 'the Olive Branch
    operation'): wherever they stand, even alone ('with Olive Branch'), they name no actor.
    A name the article uses as a person's before such a noun is whose it is ('the Gephardt
    campaign', 'Gephardt said')."""
    names = set()
    for candidate in candidates:
        span = candidate.span
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        while before is not None and before.is_quote and before.i > 0:
            before = doc[before.i - 1]
        after = doc[span.end] if span.end < len(doc) else None
        text = readable(span)
        # 'Operation Olive Branch', 'drills codenamed Joint Sword', 'a counter-offensive
        # called Volcano of Anger'.
        named_before = (before is not None and _names_a_code(before)) or _given_an_operation(span)
        named_after = (
            after is not None and after.lower_ in _OPERATION_NOUNS and span.root.dep_ == "compound"
        )
        if text.lower().startswith("operation "):
            names |= {text, text[len("operation ") :]}
        elif named_before or (named_after and not _known_name(text) and text not in people):
            # 'the OSCE Chechnya mission' is a mission in Chechnya, not one named Chechnya.
            names.add(text)
    return names


# Verbs that give something its name, and nouns of undertakings besides the operations' own.
_NAMING_VERBS = frozenset({"call", "dub", "name", "christen"})
_UNDERTAKINGS = _OPERATION_NOUNS | {"counteroffensive", "drill", "plan", "programme", "program"}


def _given_an_operation(span: Span) -> bool:
    """'a counter-offensive called Volcano of Anger', 'an operation, dubbed Peace Spring': the
    name a verb of naming gives an undertaking. The parser often fails on such phrases, so the
    undertaking is read as the word before the verb."""
    verb = span.root.head
    if span.root.dep_ not in {"oprd", "dobj", "attr"} or verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    before = [t for t in span.doc[max(0, verb.i - 2) : verb.i] if not t.is_punct]
    return bool(before) and before[-1].lower_ in _UNDERTAKINGS


def _names_a_code(token: Token) -> bool:
    """'Operation', 'codenamed', or 'code-named', which the tokenizer splits at the hyphen."""
    if token.lower_ in _CODENAME_WORDS:
        return True
    doc = token.doc
    return (
        token.lower_ == "named"
        and token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lower_ == "code"
    )


def _headline_topic(candidate: Candidate, people: set[str]) -> bool:
    """'Brexit: Johnson and von der Leyen agree …': a name opening a sentence before a colon,
    tagged a person, is the story's topic when the article uses it nowhere as a person's, no
    given name opens it and the knowledge base knows no one by it."""
    span = candidate.span
    doc = span.doc
    if candidate.label != "PERSON" or span.start != span.sent.start or span.end >= len(doc):
        return False
    text = readable(span)
    return (
        doc[span.end].text == ":"
        and text not in people
        and not is_given_name(span[0].text)
        and get_gazetteer().person_by_name(text) is None
    )


def _names_a_competition(span: Span) -> bool:
    """'the Hong Kong Open', 'the Berlin Grand Prix', 'the U.S. Open', 'the Atlanta Games': a
    competition's name ends with, or its place is followed by, a capitalized competition word."""
    doc = span.doc
    last = span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "Grand" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    competitions = word_set("sports", "competitions")
    ends_with = len(span) > 1 and last.is_title and last.lower_ in competitions
    followed = after is not None and after.is_title and after.lower_ in competitions
    return ends_with or (followed and span.root.dep_ in {"compound", "nmod", "amod"})


def _common_words_opening_sentences(doc: Doc, candidates: list[Candidate]) -> frozenset[str]:
    """'Cholera kills 21 …' and then 'an outbreak of cholera': a lone word the model tagged
    where it opens a sentence, capitalized nowhere else and written in lower case elsewhere in
    the article, is that word, not a name; so is an English adjective before a common noun
    there ('Vocal protesters gathered'). Not one the gazetteer or the dictionaries know."""
    opening = {
        c.span[0]: c.label
        for c in candidates
        if len(c.span) == 1 and c.span[0].is_sent_start and c.span.text.istitle()
    }
    if not opening:
        return frozenset()
    text = text_of(doc)
    common = {
        word.text
        for word, label in opening.items()
        if word.is_alpha
        and (
            re.search(rf"(?<![\w-]){word.lower_}(?![\w-])", text) is not None
            or (label != "NORP" and _adjective_of_a_common_noun(word))
            or (label != "NORP" and _plural_common_noun(word))
        )
        and not _known_name(word.text)
        and kb.lookup(word.text) is None
    }
    if common:
        # Capitalized inside a sentence anywhere, the word is a name after all.
        common -= {t.text for t in tokens_spelled(doc, common) if not t.is_sent_start}
    return frozenset(common)


def _plural_common_noun(word: Token) -> bool:
    """'Eyewitnesses' of 'Eyewitnesses told Boston television stations …': a word the tagger
    reads as a plural common noun, whose singular is an English word."""
    return word.tag_ == "NNS" and lexicon(load_model()).is_word(word.lemma_.lower())


def _adjective_of_a_common_noun(word: Token) -> bool:
    """'Vocal' of 'Vocal protesters': an English adjective the next word, a common noun in
    lower case, depends on; not a people's word ('Kurdish fighters')."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    return (
        word.tag_ in {"JJ", "JJR", "JJS"}
        and following is not None
        and following.is_lower
        and following.pos_ == "NOUN"
        and word.head.i == following.i
        and lexicon(load_model()).is_word(word.lower_)
        and kb.get_kb().nationality(word.text) is None
        and get_gazetteer().demonym(word.text) is None
    )


def _countries_placed(places: list[Span]) -> frozenset[str]:
    """The ids of the countries the article names only as places ('in Turkey')."""
    found = (get_gazetteer().lookup(readable(span)) for span in places)
    return frozenset(e.id for e in found if e is not None and e.kind == "COUNTRY")


def _resolve_shared_names(
    protos: list[Proto], countries: frozenset[str], places: list[Span]
) -> None:
    """'Justice and Development party' in an article that names Turkey, as a party or as a
    place, is the AKP; in one about Morocco it stays as written: a name the bodies of several
    countries bear is the body of the one such country the article names."""
    base = kb.get_kb()
    bearing = [
        p
        for p in protos
        if not p.known and p.kind == "ORGANIZATION" and p.name and base.is_shared(p.name)
    ]
    if not bearing:
        return
    codes = [c.removeprefix("country:") for c in countries | _countries_placed(places)]
    for proto in bearing:
        entry = base.shared_name(proto.name or "", codes)
        if entry is not None:
            proto.id, proto.name, proto.known = entry.id, entry.name, True


def _known_name(text: str) -> bool:
    return get_gazetteer().lookup(text) is not None or get_gazetteer().is_known_place(text)


def _place_lone_words_as_placed(protos: list[Proto], places: list[Span], people: set[str]) -> None:
    """'the war in Tigray … in parts of Tigray', 'the Barzeh district … by hitting Barzeh': one
    word the model tagged a person or a body, named as a place elsewhere in the article and
    never used as a person's name there, is that place; initials ('HTS') stay a body. So is a
    longer name tagged a person ('advance on Khan Sheikhoun' in a headline), unless it is
    titled or the knowledge base knows a person by it ('Hamid Karzai', after his airport)."""
    placed = {readable(span) for span in places} - people
    misread = [
        p
        for p in protos
        if readable(p.span) in placed
        and not p.known
        and (_lone_word_kind(p) or _untitled_unknown_person(p))
    ]
    moved = {id(p) for p in misread}
    protos[:] = [p for p in protos if id(p) not in moved]
    places.extend(p.span for p in misread)
    places.sort(key=lambda span: span.start)


def _untitled_unknown_person(proto: Proto) -> bool:
    span = proto.span
    return (
        proto.kind == "PERSON"
        and get_gazetteer().person_by_name(readable(span)) is None
        and not _titled(span)
    )


def _lone_word_kind(proto: Proto) -> bool:
    if len(proto.span) != 1:
        return False
    return proto.kind == "PERSON" or (
        proto.kind == "ORGANIZATION" and not proto.span.text.isupper()
    )


def _misread_place(candidate: Candidate, people: set[str]) -> bool:
    """'through Darwin' tagged a person, 'in Wolfsburg' or 'at Awinat' an organization, 'the
    province of Kilis' a person, 'the Sochi conference' a person. `people` are the names the
    article uses as people's."""
    span = candidate.span
    gazetteer = get_gazetteer()
    if candidate.label not in {"PERSON", "ORG"} or gazetteer.lookup(readable(span)):
        return False
    if gazetteer.demonym(readable(span)) is not None:
        return False  # 'the Emirati minister': a nationality, whatever town shares the word
    if _leader_before_a_government(span):
        return False  # 'the Obama administration', though a town in Japan is called Obama
    if candidate.label == "ORG" and len(span) > 1 and _ends_in_a_body_word(span):
        return False  # 'militias in the Popular Mobilisation Forces' are in a body
    if _names_a_document(span):
        return False  # 'could leave the Non-Proliferation Treaty' leaves no place
    if candidate.label == "ORG" and ends_in_a_site_word(span):
        return True  # 'the Grand Ethiopian Renaissance Dam': a structure, not a body
    if candidate.label == "PERSON" and (
        ends_in_a_place_word_no_one_bears(span) or opens_with_a_land_word(span)
    ):
        return True
    if candidate.label == "ORG" and len(span) > 1 and _headed_by_an_institution_word(span):
        return False  # 'a researcher at the Tahrir Institute for Middle East Policy' works there
    if candidate.label == "ORG" and _names_a_grouping(span):
        return False  # 'the Fatah coalition', though a village somewhere is called Fatah
    if candidate.label == "ORG" and works_at(span) and not gazetteer.is_known_place(readable(span)):
        return False  # 'analysts at Goldman Sachs' work for it; 'workers at Bari' are in a port
    if _placed_by_noun(span) or _ground_taken_or_struck(candidate) or _described_as_a_place(span):
        return True
    if _names_a_saints_building(span):
        return True
    if _names_a_venue(span) and (
        candidate.label == "PERSON" or get_gazetteer().is_known_place(readable(span))
    ):
        # 'the Federal Open Market Committee meeting' is the body's own.
        return True
    if (
        readable(span) not in people
        and (_known_place_without_title(span) or _region_tagged_a_person(candidate))
        and not (candidate.label == "PERSON" and _a_person_s_name_as_subject(span))
    ):
        return True
    if candidate.label == "PERSON":
        # 'the Zaporizhzhia nuclear plant': a one-word name before a site noun is the place;
        # 'Hamid Karzai international airport' is named after a person.
        lone = len(span) == 1 and (only_locates(span, country=False) or _names_a_site(span))
        return lone or named_after(span) or _unknown_name_set_in_a_place(span, people)
    return only_locates(span, country=False) or (
        get_gazetteer().is_city(readable(span), large=False) and _names_a_site(span)
    )


# Nouns of political groupings, which take a name of their own rather than their place's.
_GROUPINGS = PARTY_WORDS | {"coalition", "alliance", "bloc"}


def _names_a_grouping(span: Span) -> bool:
    """'the Fatah coalition', 'the Sairoon alliance': a name qualifying a grouping's noun is
    the grouping's, unless it is a city's or a region's ('the Idlib coalition of factions')."""
    root = span.root
    if root.dep_ != "compound" or root.head.i < span.end or root.head.lower_ not in _GROUPINGS:
        return False
    text = readable(span)
    return not (get_gazetteer().is_city(text) or get_gazetteer().is_region(text))


def _headed_by_an_institution_word(span: Span) -> bool:
    """'the Tahrir Institute for Middle East Policy', 'the Center for American Progress'; a
    centre that ends its name may be a building ('the National Tennis Centre')."""
    root = span.root
    if root.lower_ in _BUILDINGS_OR_BODIES:
        return root.i < span.end - 1
    return root.lower_ in word_set("groups", "institutions")


def _unknown_name_set_in_a_place(span: Span, people: set[str]) -> bool:
    """'a hospital in Khan Sheikhoun and Maarat al-Numan', 'killed in Maarat al-Numan': a name
    of several words tagged a person, that the article never uses as one and the knowledge base
    knows nobody by, is a place where it stands in a place's slot beside another place, or
    opens with no given name we know after a verb or a place's noun ('lost faith in Zinedine
    Zidane' is no place)."""
    text = readable(span)
    if len(span) < 2 or text in people or not only_locates(span, country=False):
        return False
    if get_gazetteer().person_by_name(text) is not None or _titled(span):
        return False  # 'in Chechnya and Moscow-backed leader Doku Zavgayev': a misparse
    if _names_a_company(span):
        return False
    governor = _first_conjunct(span.root).head.head
    after_a_setting = governor.pos_ in {"VERB", "AUX"} or is_place_noun(governor)
    return _beside_a_place(span) or (after_a_setting and not is_given_name(span[0].text))


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _beside_a_place(span: Span) -> bool:
    """A conjunct of the name, outside it, is tagged a place ('in Kafr Nabudah and Tell
    Rifaat')."""
    first = _first_conjunct(span.root)
    conjuncts = (t for t in first.subtree if _first_conjunct(t).i == first.i)
    outside = (t for t in conjuncts if not span.start <= t.i < span.end)
    return any(t.ent_type_ in PLACE_LABELS for t in outside)


def _a_person_s_name_as_subject(span: Span) -> bool:
    """'Kim is expected to meet Putin': a known given name or surname of office holders, tagged a
    person and doing the verb, is the person though a small town somewhere shares it."""
    if span.root.dep_ not in {"nsubj", "nsubjpass"} or len(span) != 1:
        return False
    return known_personal_name(span.text)


_BUILDINGS_OR_BODIES = frozenset({"centre", "center"})
_SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})


def _names_a_saints_building(span: Span) -> bool:
    """'St Anthony's Shrine', 'St Sebastian's church': a saint's name owning a noun names the
    church, shrine or school called after the saint, not a party to the news."""
    return span[0].text in _SAINT_WORDS and len(span) > 1 and span.root.dep_ == "poss"


def _described_as_a_place(span: Span) -> bool:
    """'Nagorno-Karabakh, a mountain region inside Azerbaijan', 'the enclave, Ghouta': a name in
    apposition to a place's noun is that place."""
    described = appositions(span, outside=True)
    return any(is_place_noun(noun) and noun.pos_ == "NOUN" for noun in described)


def _region_tagged_a_person(candidate: Candidate) -> bool:
    """'India's inclusion of Ladakh': a country's division tagged a person, with no title of
    office before it or in apposition, and qualifying no noun ('Shan fighters' are a people's).
    (Tagged a body, such a name may be a paper's or a team's: 'Fars', 'Kent'.)"""
    span = candidate.span
    return (
        candidate.label == "PERSON"
        and span.root.dep_ not in _MODIFIER_DEPS
        and get_gazetteer().is_region(readable(span))
        and not _titled(span)
    )


def _titled(span: Span) -> bool:
    """A title of office stands before the name or in apposition to it."""
    return preceding_title(span) is not None or appositive_title(span) is not None


def _known_place_without_title(span: Span) -> bool:
    """'Tal Afar' or 'Kilis' tagged a person: a town or region the knowledge base or geonames
    knows, with no title of office before it or in apposition, is the place."""
    return get_gazetteer().is_known_place(readable(span)) and not _titled(span)


# Verbs whose object is ground: a town the model tags a person ('besieged Marawi', 'shelled
# Maarat al-Numan') or a body ('struck Hodeidah') is the town. People are captured and seized
# too, so those verbs count only for names tagged a body.
_GROUND_VERBS = frozenset(
    {"besiege", "encircle", "storm", "overrun", "liberate", "shell", "bombard", "occupy",
     "invade", "annex", "recapture", "retake", "blockade"}
)  # fmt: skip
_GROUND_OR_BODY_VERBS = frozenset({"seize", "capture", "strike", "bomb", "raid", "enter"})


def _ground_taken_or_struck(candidate: Candidate) -> bool:
    span = candidate.span
    root = span.root
    if root.dep_ not in {"dobj", "conj"} or root.tag_ != "NNP":
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head.lemma_.lower()
    if root.dep_ != "dobj" or get_gazetteer().person_by_name(readable(span)) is not None:
        return False
    return verb in _GROUND_VERBS or (candidate.label == "ORG" and verb in _GROUND_OR_BODY_VERBS)


def _placed_by_noun(span: Span) -> bool:
    """'the province of Kilis', 'the resort of Sochi', 'provinces of Kilis and Hatay', 'part of
    Ladakh'; 'the dam on the Blue Nile', 'a bridge over the Euphrates'; 'districts such as
    Esenyurt'."""
    if given_among_places(span):
        return True
    root = _first_listed_name(span.root)
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in {"of", "on", "over", "along"}:
        return False
    noun = preposition.head
    if preposition.lower_ != "of":
        return noun.pos_ == "NOUN" and is_place_noun(noun)
    portions = word_set("places", "portions")
    return is_place_noun(noun) or noun.lemma_.lower() in portions or noun.lower_ in portions


def _first_listed_name(token: Token) -> Token:
    """The first of the names listed with the token: the parser may hang a list of names on
    the first by apposition ('the villages of La Malacara, Cababana, Chichiflen and Callejapa').
    A lone name apposed to a place is not in the list ('the province of Takhar, Mohammed
    Nazir' names the spokesman)."""
    while token.head.i != token.i and (token.dep_ == "conj" or _heads_an_apposed_list(token)):
        token = token.head
    return token


def _heads_an_apposed_list(token: Token) -> bool:
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and token.head.pos_ == "PROPN"
        and any(child.dep_ == "conj" for child in token.children)
    )


def _names_a_venue(span: Span) -> bool:
    """'the Sochi conference', 'the Astana process', 'the Minsk agreements': a name before a
    meeting or a text agreed there is its venue."""
    root = span.root
    return (
        root.dep_ == "compound"
        and root.head.i >= span.end
        and root.head.lemma_.lower() in word_set("places", "venues")
    )


def _read_as_a_person(span: Span, surnames: set[str]) -> bool:
    """A name the model tagged a body or a place that the article uses as a person's: taken up
    by 'he' or 'she'; the surname of a person it names in full ('Hasina, speaking …' after
    'Sheikh Hasina'); or a surname the knowledge base knows before a government noun ('the
    Obama administration'), which names the leader's state once the leader is known."""
    return taken_up_as_person(span) or span.text in surnames or _leader_before_a_government(span)


def _last_word_spoken_for(span: Span, spoken: set[str]) -> bool:
    return len(span) > 1 and span[-1].text in spoken


def _leader_before_a_government(span: Span) -> bool:
    """'the Obama administration', 'the Assad regime': one word before a government noun that
    the knowledge base knows as a person's surname."""
    return len(span) == 1 and _government_of(span) is not None and bool(kb.people_named(span.text))


def _may_be_a_personal_name(span: Span) -> bool:
    """Capitalized words, none of them English, that no knowledge of ours makes a body's or a
    place's name."""
    if len(span) > 3 or not capitalized_non_words(span):
        return False
    if _known_to_name_no_person(readable(span)):
        return False
    body_words = word_set("groups", "bodies") | PARTY_WORDS | word_set("groups", "class_bodies")
    return not any(t.lower_ in body_words for t in span) and not _names_a_company(span)


def _bodies_named_elsewhere(
    candidates: list[Candidate], people: set[str]
) -> tuple[list[Candidate], set[str]]:
    """The article tags a name a body somewhere ('Aramco's chief executive'): the same name
    tagged a person elsewhere ('to list Aramco') and never used as one is the body, and a
    nationality before it opens the body's full name ('Saudi Aramco'), not a people. Also
    gives the names so read: bodies, whatever else their place in a sentence suggests ('Saudi
    Aramco oil facilities' are the company's, not a place nor a product)."""
    # Only where the body's tag reads as a body: 'part of Ladakh' is a misread place, and
    # 'Ladakh' tagged a person elsewhere is no body for it.
    # Nor where the tag is the well-known person's: 'Trump's attempts', tagged a body.
    gazetteer = get_gazetteer()
    bodies = {
        readable(c.span)
        for c in candidates
        if c.label == "ORG"
        and not _misread_place(c, people)
        and not _names_a_state(c.span)
        and not gazetteer.is_well_known_surname(c.span.text)
    }
    # A name apposed to a body's noun ('the state news agency, Sana') is the body's though
    # the article makes it say things ('Sana said') as people do.
    apposed = {readable(c.span) for c in candidates if c.label == "PERSON" and _apposed_body(c)}
    bodies |= apposed
    if not bodies:
        return candidates, set()
    out = []
    confirmed = set()
    surnames = _surnames_of(candidates)
    for candidate in candidates:
        text = readable(candidate.span)
        if (
            candidate.label == "PERSON"
            and text in bodies
            and (text not in people or text in apposed or _no_one_s_name(candidate.span, surnames))
        ):
            candidate = Candidate(candidate.span, "ORG", candidate.dateline)
            confirmed.add(text)
        elif candidate.label == "NORP" and len(candidate.span) > 1:
            rest = readable(candidate.span[1:])
            if rest in bodies and gazetteer.demonym(candidate.span[0].text) is not None:
                candidate = Candidate(candidate.span, "ORG", candidate.dateline)
                confirmed.add(text)
        out.append(candidate)
    return out, confirmed


def _styled_by_title(span: Span) -> bool:
    """'President Trump', 'Mr Kabariti': a capitalized title of office or an honorific right
    before the name. ('the Maputo daily Noticias', 'saplings maker Kekkila' are no styles.)"""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    styled = before.text[:1].isupper() and before.lower_ in title_ends()
    return before.text in honorifics() or styled


def _opens_with_an_honorific(span: Span) -> bool:
    """'Mr Çavuşoğlu' tagged a body: an honorific opens only a person's name."""
    return len(span) > 1 and span[0].text in honorifics()


def _known_to_name_no_person(text: str) -> bool:
    """Our knowledge makes the name a country's, a body's or a place's."""
    gazetteer = get_gazetteer()
    return bool(
        gazetteer.lookup(text) or gazetteer.known_body(text) or gazetteer.is_known_place(text)
    )


def _surnames_of(candidates: Iterable[Candidate]) -> set[str]:
    """The last words of the names tagged as people's in more than one word. A nationality
    word and one other ('Rwandan Hutu refugees') names no one."""
    return {
        c.span[-1].text
        for c in candidates
        if c.label == "PERSON" and len(c.span) > 1 and not _nationality_and_one_word(c.span)
    }


def _nationality_and_one_word(span: Span) -> bool:
    return len(span) == 2 and get_gazetteer().demonym(span[0].text) is not None


def _no_one_s_name(span: Span, surnames: set[str]) -> bool:
    """'Facebook has agreed to pay' beside 'Facebook's chief executive': one word that speaks
    as people do is still the body the article tags it elsewhere, when it is nobody's given
    name or surname there, and the knowledge base knows no person by it."""
    word = span.text
    return (
        len(span) == 1
        and word not in surnames
        and not is_given_name(word)
        and get_gazetteer().person_by_name(word) is None
    )


def _names_a_state(span: Span) -> bool:
    """'Niger' tagged a body in a headline and a person below it is the state either way."""
    return get_gazetteer().is_country(readable(span))


def _known_bodies_read_as_people(candidates: list[Candidate]) -> list[Candidate]:
    """'Al-Shabaab bombed …' tagged a person: one word the knowledge base knows as a body's
    name, which is no known personal name and no word of a person's name in the article, is
    the body ('Amal' is a given name in 'Amal Clooney', and the Lebanese movement's name); so
    is a name the article says a body is known by."""
    name_words = {
        t.text for c in candidates if c.label == "PERSON" and len(c.span) > 1 for t in c.span
    }
    gazetteer = get_gazetteer()
    lone = {
        readable(c.span)
        for c in candidates
        if c.label == "PERSON"
        and len(c.span.text.split()) == 1
        and c.span.text not in name_words
        and not known_personal_name(c.span.text)
    }
    things = {
        readable(c.span)
        for c in candidates
        if readable(c.span) in lone and _referred_to_as_a_thing(c.span)
    }
    out = []
    for candidate in candidates:
        if candidate.label == "PERSON":
            text = readable(candidate.span)
            known = text in lone and gazetteer.known_body(text) is not None
            if known or text in things or _known_as_a_body(candidate.span):
                candidate = Candidate(candidate.span, "ORG", candidate.dateline)
        out.append(candidate)
    return out


_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "look", "feel", "rain"})


def _referred_to_as_a_thing(span: Span) -> bool:
    """'Gazprom said it would cut supplies', 'Huawei, which denies the charges': a name the
    sentence takes up with 'it' or 'which' is no person's."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in word_set("speech", "verbs"):
        # Not an empty 'it' ('Khalil said it was too dangerous to return').
        cited = [
            c for c in root.head.children if c.dep_ == "ccomp" and c.lemma_ not in _EMPTY_IT_VERBS
        ]
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for clause in cited for c in clause.children):
            return True
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in root.children
    )


# What a name the article says something is known by makes a body: 'as the armed forces are
# known'.
_KNOWN_BODIES = BODY_HEADS | {"army", "military", "force", "police", "rebel"}


def _known_as_a_body(span: Span) -> bool:
    """'The Tatmadaw, as the armed forces are known, ruled …': a name the article says a body
    is known by is the body's."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end + 1].lower_ != "as":
        return False
    verb = doc[span.end + 1].head
    if verb.lemma_.lower() not in {"know", "call"} or verb.tag_ != "VBN":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lemma_.lower() in _KNOWN_BODIES


def _unknown_name_in(candidate: Candidate, names: frozenset[str]) -> bool:
    """A name the article classes somewhere, which no knowledge of ours overrules."""
    text = readable(candidate.span)
    return text in names and not get_gazetteer().knows(text)


def _known_outlets(candidates: Iterable[Candidate]) -> frozenset[str]:
    """The names of wires, papers and broadcasters the knowledge base lists ('Reuters',
    'Haaretz'), which the article need not introduce with a medium's noun."""
    outlets = kb.get_kb()
    return frozenset(
        readable(c.span)
        for c in candidates
        if c.label != "PERSON" and outlets.is_outlet(readable(c.span))
    )


def _is_medium(candidate: Candidate) -> bool:
    """'told the Guardian', 'wrote in the National', 'according to the Times', 'wrote on
    Twitter': the paper or platform an account was given to or put out on reports it; it is
    not a party to what it reports."""
    span = candidate.span
    if get_gazetteer().lookup(readable(span)) is not None:
        return False
    root = span.root
    head = root.head
    verb = head.head.lemma_.lower()
    platform = _names_a_platform(readable(span))
    if root.dep_ == "pobj" and head.lower_ == "on" and (platform or verb in _POSTING):
        # The model reads a platform as anything: a product, a body, a person.
        return True
    if root.dep_ == "pobj" and head.lower_ in {"to", "via", "through"} and platform:
        return True  # 'took to Twitter', 'via Telegram'; 'Turkey blocked Twitter' acts on it
    if platform and root.dep_ in _MODIFIER_DEPS and head.pos_ == "NOUN":
        return True  # 'on its official Twitter account', 'a Telegram channel'
    if candidate.label != "ORG" or _named_as_a_body(span):
        return False
    if root.dep_ in {"dobj", "dative"}:
        return head.lemma_.lower() == "tell"
    if root.dep_ != "pobj":
        return False
    return (head.lower_ == "in" and verb in _PRINTING) or (head.lower_ == "to" and verb in _TELLING)


def _press_read_as_people(
    candidates: list[Candidate], surnames: set[str], people: set[str]
) -> frozenset[str]:
    """Names the model took for people's that stand, wherever the article uses them, where a
    paper stands: told something ('Erdogan told Hurriyet'), interviewed by ('in an interview
    with Der Spiegel') or quoting someone ('Asharq al-Awsat quoted a Saudi official as
    saying'). No given name or title opens them, the article uses them as no one's name, and
    the knowledge base knows no one by them."""
    uses: dict[str, list[Span]] = {}
    labels: dict[str, set[str]] = {}
    for c in candidates:
        uses.setdefault(readable(c.span), []).append(c.span)
        labels.setdefault(readable(c.span), set()).add(c.label)
    gazetteer = get_gazetteer()
    return frozenset(
        name
        for name, spans in uses.items()
        # Nor does it use its last word as one ('Liam Fox … Fox said').
        if name not in people | surnames
        and name.split()[-1] not in people
        and labels[name] == {"PERSON"}
        and not any(map(opens_with_given_name, spans))
        and not any(_titled(s) or leading_title(s) for s in spans)
        and gazetteer.lookup(name) is None
        and not kb.people_named(name)
        and all(map(_stands_where_a_paper_does, spans))
    )


def _stands_where_a_paper_does(span: Span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in {"dobj", "dative"}:
        return head.lemma_.lower() == "tell"
    if root.dep_ == "pobj":
        governor = head.head.lemma_.lower()
        return (head.lower_ == "with" and governor == "interview") or (
            head.lower_ == "to" and governor in {"speak", "talk"}
        )
    quoting = root.dep_ == "nsubj" and head.lemma_.lower() == "quote"
    return quoting and any(c.lower_ == "as" for c in head.children)


def _names_a_platform(name: str) -> bool:
    """'Twitter', 'Telegram': a platform statements are put out on."""
    return name.lower() in word_set("speech", "platforms")


# Words in a body's name that no paper or broadcaster takes, besides the institutions' nouns:
# 'the Syrian Observatory for Human Rights' is a monitor whose figures are cited, not a medium.
_MONITOR_WORDS = frozenset({"watch", "rights"})


def _named_as_a_body(span: Span) -> bool:
    words = {t.lower_ for t in span}
    return bool(words & (_MONITOR_WORDS | word_set("groups", "institutions")))


def _classify(candidate: Candidate, clubs: set[str]) -> Proto | None:
    span, label = candidate.span, candidate.label
    text = readable(span)
    gazetteer = get_gazetteer()
    entry = gazetteer.lookup(text)
    if (
        entry is not None
        and entry.name != text
        and gazetteer.is_city(text)
        and _names_a_venue(span)
    ):
        # 'the Riyadh agreement', 'the Minsk accords': the capital is where it was signed.
        return None
    adjectival = False
    if entry is None and _people_of_a_place(span):
        return _group_named(span, text)
    if entry is None:
        entry = region_of_country(text)
    if entry is None and label != "PERSON":
        entry = gazetteer.known_body(text) or _national_branch(span) or _nation_s_body(span)
        entry = entry or _people_in_a_country(span)
    elif entry is None and len(text.split()) > 1:
        # A body's name of several words is that body however the model tagged it ('Hayat
        # Tahrir al-Sham' as a person), if it shares a word with the body's own name: the
        # actor dictionaries list people under the body they lead ('Rami Abdulrahman' under
        # the Syrian Observatory). One word may be a given name that is also a body's ('Amal').
        known = gazetteer.known_body(text)
        shared = known is not None and set(kb.fold(known.name).split()) & set(kb.fold(text).split())
        entry = known if shared else None
    if entry is None and (
        (label in {"ORG", "NORP"} and _nationality_and_its_servants(span))
        or (label == "ORG" and _nationality_and_department(span))
    ):
        # Only the nationality names an actor: 'US Marines', tagged as one name, are the
        # country's, as 'US troops' are; in 'Philippine Defence Secretary' the rest belongs to
        # the title.
        span = span[:1]
        entry = gazetteer.demonym(span.text) or gazetteer.lookup(span.text)
        adjectival = True
    if entry is None:
        # The small model tags nationality words as ORG or GPE too ("Ugandan rebels").
        entry = _demonym_entry(text) if label in {"NORP", "GAZETTEER"} else None
        entry = entry or gazetteer.demonym(text)
        adjectival = entry is not None
    if entry is None and not opens_with_given_name(span) and not is_given_name(text):
        # 'Afganistan's government', 'Venezuala': a country misspelled. A name tagged a
        # person's is one only as the knowledge base spells it.
        misspelled = gazetteer.misspelled_country(text, by_slip=label != "PERSON")
        if misspelled is not None:
            entry, adjectival = misspelled
    if entry is not None:
        if adjectival and entry.kind == "COUNTRY" and _heads_a_government(span):
            # 'the Syrian government', 'the Iraqi authorities' name the state itself.
            span, adjectival = span.doc[span.start : span.end + 1], False
        elif adjectival and _heads_a_body(span):
            # 'the Syrian opposition': a body named by its nationality, not the state.
            body = span.doc[span.start : span.end + 1]
            name = readable(body)
            return Proto(body, "ORGANIZATION", f"org:{slug(name)}", name)
        return Proto(span, entry.kind, entry.id, entry.name, known=True, adjectival=adjectival)
    if text in _equipment() or _DESIGNATION.fullmatch(text) or not text[:1].isupper():
        return None
    if _CURRENCY.search(text):
        return None  # an amount, whatever the model tagged it
    if _names_a_document(span):
        return None
    if label != "PERSON" and named_with_country(span):
        return _person_proto(span)
    if text in clubs and _may_be_club(candidate, set()):
        return Proto(span, "ORGANIZATION", f"org:{slug(text)}", text)
    if (
        label == "NORP"
        and speaks_as_subject(span)
        and (span.root.tag_ == "NNP" or (len(span) > 1 and opens_with_given_name(span)))
    ):
        # 'Mattis replied', 'Frans Timmermans said': a name the model took for a nationality,
        # used as a person's.
        return _person_proto(span)
    if label == "ORG" and _name_with_a_particle(span) and used_as_person(span):
        # 'Staffan de Mistura said …', tagged a body: a surname particle between capitalized
        # words, in a name the sentence uses as a person's.
        return _person_proto(span)
    if label == "ORG" and _well_known_surname_used_as_person(span):
        # 'Trump said the troops would come home', tagged a body.
        return _person_proto(span)
    if _names_a_community(span) and _is_acronym_before(span):
        # 'KDP leaders', 'PKK militants': an acronym names a body, whose members they are.
        return Proto(span, "ORGANIZATION", f"org:{slug(text)}", text)
    if _plural_of_a_nationality_word(span):
        return _group_named(span, text)
    if _leader_before_a_government(span):
        # 'Assad forces' are his, as 'Assad's forces' are: the person, whose state they serve.
        return _person_proto(span)
    if label == "PERSON" and opens_with_given_name(span) and _names_a_community(span):
        # 'talks between Russia's Alexander Lebed and Chechen separatist leaders': the parser
        # may hang a full name on the plural noun of what it is coordinated with.
        return _person_proto(span)
    if label == "NORP" and _names_its_party(span) and _capitalized_up_to_its_party(span):
        # "the Peoples' Democratic party": a people's word opening a party's name.
        return _organization_proto(span)
    if label == "NORP" or _names_a_community(span):
        # 'Faylaq al-Rahman fighters' are the legion's.
        return _body_by_its_words(span) or _group_proto(span)
    if _names_a_company(span) or _names_a_platform(text):
        # 'Turkey blocked Twitter': a platform acted on is its company, however tagged.
        return Proto(span, "ORGANIZATION", f"org:{slug(text)}", text)
    if label == "PERSON" and _names_its_party(span) and span.root.dep_ != "poss":
        # 'the religious Jamaat-i-Islami party', tagged a person's name ('Hitler's party' is
        # his).
        return _organization_proto(span)
    if label == "PERSON" or (label == "ORG" and _names_a_player(span, clubs)):
        return _person_proto(span)
    if label in _MISREAD_PERSON_LABELS and opens_with_given_name(span):
        # 'the town of Mai Kadra' opens with a given name too, but the place is named a place,
        # and 'a hospital in Khan Sheikhoun', tagged a place, stands where a place stands.
        placed = _placed_by_noun(span) or _described_as_a_place(span)
        placed = placed or (label != "ORG" and only_locates(span, country=False))
        return None if placed else _person_proto(span)
    if (
        label in _MISREAD_PERSON_LABELS
        and gazetteer.person_by_name(text) is not None
        and not gazetteer.is_known_place(text)
    ):
        # 'Erdogan said …' tagged a place or a body: the knowledge base knows a person by it.
        return _person_proto(span)
    if label == "ORG" or (
        label in PLACE_LABELS and len(span) > 1 and _headed_by_an_institution_word(span)
    ):
        # 'the Center for American Progress' tagged a building, or 'the Middle East Institute'
        # a region, is the body working there.
        return _organization_proto(span)
    return None


def _nation_s_body(span: Span) -> Entry | None:
    """'Kurdish YPG fighters', 'Iranian Revolutionary Guards': a nationality before a known
    body's name describes the body, when the body goes by its letters or belongs to that
    country. A national society of its own ('the Turkish Red Crescent') is not the body."""
    if len(span) < 2:
        return None
    gazetteer = get_gazetteer()
    first = span[0].text
    nationality = gazetteer.demonym(first) or kb.get_kb().nationality(first)
    if nationality is None:
        return None
    rest = readable(span[1:])
    body = gazetteer.lookup(rest) or gazetteer.known_body(rest)
    if body is None or body.kind != "ORGANIZATION":
        return None
    entry = kb.get_kb().get(body.id)
    own = entry is not None and nationality.id == f"country:{entry.country}"
    return body if own or rest.isupper() else None


def _national_branch(span: Span) -> Entry | None:
    """'Amnesty International Kenya': a known body's name followed by a country's is the
    body, in its national branch."""
    gazetteer = get_gazetteer()
    for size in range(1, min(3, len(span) - 1) + 1):
        country = gazetteer.lookup(readable(span[-size:]))
        if country is not None and country.kind == "COUNTRY":
            return gazetteer.known_body(readable(span[:-size]))
    return None


def _heads_a_government(demonym: Span) -> bool:
    """'the Syrian government (team)': a government noun right after the nationality."""
    doc = demonym.doc
    following = doc[demonym.end] if demonym.end < len(doc) else None
    return (
        demonym.root.dep_ in _MODIFIER_DEPS
        and following is not None
        and following.lemma_.lower() in _GOVERNMENT_NOUNS
    )


def _leaders_naming_their_states(protos: list[Proto], published: date | None) -> None:
    """'the Assad regime', 'Putin's government', 'the Trump administration': a leader's name
    before a government noun names the state the leader heads, as 'the Syrian government'
    does. Only for people the knowledge base knows to serve a country on the day."""
    gazetteer = get_gazetteer()
    for index, proto in enumerate(protos):
        government = _government_of(proto.span) if proto.kind == "PERSON" and proto.id else None
        entry = kb.get_kb().get(str(proto.id)) if government is not None else None
        role = kb.person_affiliation(entry, published) if entry is not None else None
        country = gazetteer.country(role.country) if role and role.country else None
        if government is not None and country is not None:
            span = proto.span.doc[proto.span.start : government.i + 1]
            protos[index] = Proto(span, "COUNTRY", country.id, country.name, known=True)


def _government_of(name: Span) -> Token | None:
    """The government or forces noun a name modifies or possesses: 'regime' in 'Assad's
    regime', 'forces' in 'Assad forces'."""
    root = name.root
    head = root.head
    if root.dep_ not in {*_MODIFIER_DEPS, "poss"} or head.i < name.end:
        return None
    if head.lower_ == "authority":
        return None  # 'cracks in Putin's authority' is his power, not a government
    return head if head.lemma_.lower() in _GOVERNMENT_NOUNS | _STATE_FORCES else None


def _heads_a_body(demonym: Span) -> bool:
    doc = demonym.doc
    following = doc[demonym.end] if demonym.end < len(doc) else None
    return following is not None and following.lemma_.lower() in _NATIONAL_BODIES


def _names_a_community(span: Span) -> bool:
    """'Yoruba leaders', 'Tamil activists': a name modifying a plural group noun."""
    root = span.root
    head = root.head
    return (
        root.dep_ in _MODIFIER_DEPS
        and head.i >= span.end
        and head.tag_ == "NNS"
        and head.lemma_.lower() in word_set("groups", "nouns")
        # '(0050 GMT) Iraqi forces': a bracket closes the name off from the noun.
        and not any(t.is_punct for t in span.doc[span.end : head.i])
    )


def _nationality_and_department(span: Span) -> bool:
    """'Philippine Defence' before 'Secretary': the model tags a nationality and a department as
    one organization, though they begin a title."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or doc[span.end].lower_ not in title_words():
        return False
    department = " ".join(t.text for t in span[1:])
    return get_gazetteer().demonym(span[0].text) is not None and (
        department in department_words() or all(t.text in department_words() for t in span[1:])
    )


def _nationality_and_its_servants(span: Span) -> bool:
    """'US Marines': a country's name or people's word before those who serve its state."""
    return len(span) == 2 and named_servants(span[1]) and names_a_nation(span[0].text)


def _demonym_entry(text: str) -> Entry | None:
    gazetteer = get_gazetteer()
    entry = gazetteer.demonym(text)
    if entry is None:
        # "Bosnian Serbs", "Iraqi Kurds": the first nationality word names the country, unless
        # a region word qualifies it: "Latin American" names no American.
        words = text.split()
        entry = next(
            (
                e
                for n, w in enumerate(words)
                if (n == 0 or words[n - 1] not in _REGION_QUALIFIERS)
                and (e := gazetteer.demonym(w))
            ),
            None,
        )
    return entry


def _initials_in_running_text(span: Span) -> bool:
    """'the state broadcaster, ZBC': capitals in a sentence written in lower case, unless
    given as someone's nickname ('known as MBS')."""
    text = span.text
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return (
        len(span) == 1
        and 2 <= len(text) <= 5
        and text.isalpha()
        and text.isupper()
        and before not in _NICKNAMING
        and any(t.is_lower and t.is_alpha for t in span.sent)
    )


_NICKNAMING = frozenset({"as", "dubbed", "nicknamed", "called"})


def _describes_people(word: Span) -> bool:
    """'Yazidi families', 'a five-year-old Yazidi girl': a word before plural nouns, or before
    a noun for a person, says who they are, unless it is a surname the dictionaries know
    ('the Trump adviser')."""
    head = word.root.head
    if head.tag_ == "NNS":
        return True
    personal = word_set("groups", "people") | word_set("groups", "nouns") | _YOUNG | _ARMED
    return head.lemma_.lower() in personal and not kb.people_named(word.text)


# Armed bodies a people's word describes: 'the former Hutu army', 'a Druze militia'.
_ARMED = frozenset({"army", "militia", "force", "brigade", "battalion", "guerrilla"})


_YOUNG = frozenset({"girl", "boy", "teenager", "baby"})


def _person_proto(span: Span) -> Proto | None:
    while len(span) > 1 and 0 < (opening := leading_title(span)) < len(span):
        span = span[opening:]
    if all(is_title_token(t) for t in span) or _names_a_model(span):
        # 'Iris' of 'Iris-T systems' is a weapon's name, whatever its case.
        return None
    body = _body_by_its_words(span)
    if body is not None:
        return body
    if any(c.isdigit() for c in span.text) or _initials_in_running_text(span):
        # 'the G5 Sahel': a figure is no part of a person's name, and often of a body's; nor
        # are initials ('the state broadcaster, ZBC') in a sentence written in lower case.
        name = readable(span)
        return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)
    lower = (t for t in span if t.is_lower and t.is_alpha and not _hyphen_tail(t))
    if any(t.lower_ not in NAME_PARTICLES for t in lower):
        # 'Syrian opposition': a word in lower case is no part of a person's name.
        if span.root.lemma_ not in _BODY_NOUNS:
            return None
        name = readable(span)
        return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)
    describes = len(span) == 1 and _is_modifier(span) and _describes_people(span)
    if describes and not _leader_before_a_government(span):
        return None
    if len(span) == 1 and _qualifies_a_weapon(span):
        return None
    if len(span) == 1 and only_locates(span, country=False):
        return None
    if _after_the(span):
        # 'the Tatmadaw bombed': no one's name takes the article, a body's does. ('the
        # Clintons' are a family.)
        name = readable(span)
        return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)
    return Proto(span, "PERSON")


# 'Hamas fighters', 'Houthi arms' may be the body's own.
_PEOPLE_OR_POSSESSIONS = frozenset({"fighter", "arm", "arms"})


def _qualifies_a_weapon(span: Span) -> bool:
    """'Kalashnikov rifles', 'Kornet missiles': a name qualifying a weapon's noun is its make
    or model, not a person's. (The tagger may take the noun for a verb: 'rifles'.)"""
    root, noun = span.root, span.root.head
    lemma = noun.lemma_.lower()
    return (
        root.dep_ in _MODIFIER_DEPS
        and noun.i >= span.end
        and lemma in word_set("initiatives", "materiel")
        and lemma not in _PEOPLE_OR_POSSESSIONS
    )


def _after_the(span: Span) -> bool:
    """A name of one word, not a plural, right after 'the' and heading its phrase ('the
    Clinton team' is the team's phrase)."""
    root = span.root
    modifies = root.dep_ in _MODIFIER_DEPS | {"poss"} and root.head.i >= span.end
    return (
        len(span) == 1
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "the"
        and not span.text.endswith("s")
        and not modifies
    )


def _names_a_company(span: Span) -> bool:
    """'Pirelli SpA', 'Kloof Gold Mining Co': a capitalized name ending in a company's legal
    form."""
    return len(span) > 1 and span[0].is_title and _legal_form(span[-1])


def _legal_form(token: Token) -> bool:
    text = token.text.rstrip(".")
    return (text[:1].isupper() or text == "plc") and text.lower() in word_set("groups", "companies")


def _join_companies(protos: list[Proto]) -> None:
    """'Pirelli' after 'Pirelli SpA', 'Magna' after 'Magna International Inc', 'Ericsson' after
    'LM Ericsson AB': the company's name without its legal form, or the first or last word of
    that name, is the company, however the model tagged it. A word that ends the name of a
    person the article names in full is left to that person, as is one two companies share."""
    companies: dict[str, Proto | None] = {}
    for proto in protos:
        if proto.kind != "ORGANIZATION" or len(proto.span) < 2 or not _legal_form(proto.span[-1]):
            continue
        name = proto.span[:-1]
        companies[readable(name)] = proto
        for word in {name[0].text, name[-1].text} - {readable(name)}:
            known = companies.get(word, proto)
            companies[word] = proto if known is not None and known.id == proto.id else None
    surnames = {p.span[-1].text for p in protos if p.kind == "PERSON" and len(p.span) > 1}
    for proto in protos:
        if proto.known or proto.kind not in {"PERSON", "ORGANIZATION"}:
            continue
        text = readable(proto.span)
        company = companies.get(text)
        if company is not None and (len(proto.span) > 1 or text not in surnames):
            proto.kind, proto.id, proto.name = "ORGANIZATION", company.id, company.name


def _join_spelling_variants(protos: list[Proto]) -> None:
    """'the High Negotiation Committee' after 'the High Negotiations Committee': names of
    bodies that differ only in a plural ending are one body, under its first (or known) name."""
    bodies = [p for p in protos if p.kind == "ORGANIZATION" and p.id and p.name]
    first: dict[tuple[str, ...], Proto] = {}
    for proto in sorted(bodies, key=lambda p: (not p.known, p.span.start)):
        first.setdefault(_singular_words(str(proto.name)), proto)
    for proto in bodies:
        chosen = first[_singular_words(str(proto.name))]
        if chosen.id != proto.id and not proto.known:
            proto.id, proto.name = chosen.id, chosen.name


def _add_short_forms(doc: Doc, protos: list[Proto], places: list[Span]) -> None:
    """'the Observatory' after 'the Syrian Observatory for Human Rights', 'the Committee' after
    'the High Negotiations Committee': a capitalized head noun of a body's name, alone after
    'the', is that body when it heads no other body's name the article gives before it."""
    covered = _covered_tokens(protos, places)
    heads: dict[str, list[Proto]] = {}
    for proto in protos:
        if proto.kind == "ORGANIZATION" and proto.id and len(proto.span) > 1:
            heads.setdefault(_head_word(proto.span), []).append(proto)
    # 'the Senate' after 'the US Senate': the model may tag the short form a body of its own,
    # or a person ('the Observatory said'), though no one's name follows 'the'.
    lone = {
        p.span.start: p
        for p in protos
        if p.kind in {"ORGANIZATION", "PERSON"}
        and len(p.span) == 1
        and not p.known
        and p.span.text in heads
    }
    added = []
    for token in (span[0] for head in heads for span in _occurrences(doc, head) if len(span) == 1):
        if token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        if token.i in covered and token.i not in lone:
            continue
        if not token.is_title or token.pos_ not in {"PROPN", "NOUN"}:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            continue
        named = [p for p in heads.get(token.text, []) if p.span.end <= token.i]
        if len({p.id for p in named}) != 1:
            continue
        body = named[0]
        short = lone.get(token.i)
        if short is not None:
            short.kind, short.id, short.name = "ORGANIZATION", body.id, body.name
        else:
            added.append(Proto(doc[token.i : token.i + 1], "ORGANIZATION", body.id, body.name))
    protos.extend(added)
    protos.sort(key=lambda p: p.span.start)


def _head_word(name: Span) -> str:
    """'Observatory' of 'Syrian Observatory for Human Rights', 'Council' of 'UN Security
    Council': the word before the first 'for' or 'of', or the last."""
    words = [t.text for t in name]
    cut = next((i for i, w in enumerate(words) if i > 0 and w in {"for", "of"}), len(words))
    return words[cut - 1]


_COALITION_NOUNS = frozenset({"coalition", "alliance"})


def _add_led_coalitions(doc: Doc, protos: list[Proto]) -> None:
    """'the Saudi-led coalition', 'the US-led coalition against Isis': a coalition a state or a
    body leads is a body of its own, keyed by its leader so that 'Riyadh-led' and 'Saudi-led'
    are one. 'The coalition' after it, where the article leads no other, is the same body."""
    lowered = text_of(doc).lower()
    if not any(noun in lowered for noun in _COALITION_NOUNS):
        return  # most articles name none: no need to read their every word
    by_token = {i: p for p in protos for i in range(p.span.start, p.span.end)}
    found: list[Proto] = []
    for token in doc:
        if token.lower_ not in _COALITION_NOUNS or token.pos_ != "NOUN" or token.i in by_token:
            continue
        led = next((c for c in token.lefts if c.lower_ == "led" and hyphened_participle(c)), None)
        leader = by_token.get(led.i - 2) if led is not None else None
        if leader is not None and leader.id and leader.kind in {"COUNTRY", "ORGANIZATION"}:
            key = f"org:{leader.id.split(':', 1)[1].lower()}-led-{token.lower_}"
            first = next((p for p in found if p.id == key), None)
            name = first.name if first is not None else doc[leader.span.start : token.i + 1].text
            found.append(Proto(doc[token.i : token.i + 1], "ORGANIZATION", key, name, known=True))
        elif len({p.id for p in found}) == 1 and _the_bare_noun(token):
            coalition = found[0]
            span = doc[token.i : token.i + 1]
            found.append(Proto(span, "ORGANIZATION", coalition.id, coalition.name, known=True))
    protos.extend(found)
    protos.sort(key=lambda p: p.span.start)


def _the_bare_noun(token: Token) -> bool:
    """'the coalition', with nothing before the noun but the article."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the"


def _join_parties(protos: list[Proto]) -> None:
    """'Labour' after 'the Labour Party', 'the Conservatives' where 'the Conservative Party' is
    named, 'the Democrats' where 'the Democratic Party' is: a party's name without 'Party', and
    its members named in the plural, are the party. Only unknown names are joined."""
    parties: dict[str, Proto] = {}
    for proto in protos:
        words = str(proto.name or "").split()
        if proto.kind == "ORGANIZATION" and proto.id and len(words) > 1 and words[-1] == "Party":
            parties.setdefault(kb.fold(" ".join(words[:-1])), proto)
    if not parties:
        return
    for proto in protos:
        if proto.known or proto.kind not in {"ORGANIZATION", "GROUP"} or proto.name is None:
            continue
        party = parties.get(kb.fold(proto.name)) if proto.kind == "ORGANIZATION" else None
        if party is None and proto.kind == "GROUP":
            party = next(
                (parties[f] for f in _members_party_forms(proto.name) if f in parties), None
            )
        if party is not None and party is not proto:
            proto.kind, proto.id, proto.name = "ORGANIZATION", party.id, party.name


def _members_party_forms(name: str) -> tuple[str, ...]:
    """How the name of the party whose members a plural word names may open: with its
    singular ('Conservatives', 'Conservative Party') or that with '-ic' ('Democrats',
    'Democratic Party'), folded."""
    word = kb.fold(name)
    if " " in word or len(word) < 5 or not word.endswith("s"):
        return ()
    singular = word[:-1]
    return (singular, f"{singular}ic")


def _singular_words(name: str) -> tuple[str, ...]:
    words = kb.fold(name).split()
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _join_styled_states(protos: list[Proto]) -> None:
    """'the Islamic Republic' in an article that names Iran (and no other Islamic Republic) is
    Iran: news calls a state by the style of its official name."""
    states = {p.id: p for p in protos if p.kind == "COUNTRY" and p.id}
    for proto in protos:
        if proto.kind != "ORGANIZATION" or proto.known:
            continue
        styled = get_gazetteer().styled(readable(proto.span))
        named = [states[f"country:{iso}"] for iso in styled if f"country:{iso}" in states]
        if len(named) == 1:
            proto.kind, proto.id, proto.name = "COUNTRY", named[0].id, named[0].name


def _name_with_a_particle(span: Span) -> bool:
    """'Staffan de Mistura', 'Ursula von der Leyen': capitalized words around one or two of the
    particles of European surnames, none of them a body's word, and no known body's name."""
    words = [t for t in span if not t.is_punct]
    inner = [t.lower_ for t in words[1:-1]]
    if not 3 <= len(words) <= 5 or not inner or not set(inner) & _SURNAME_PARTICLES:
        return False
    named = [t for t in words if t.lower_ not in _SURNAME_PARTICLES]
    if not all(t.is_title and t.is_alpha for t in named):
        return False
    body_words = word_set("groups", "bodies") | word_set("groups", "institutions") | PARTY_WORDS
    if any(t.lower_ in body_words for t in named):
        return False
    gazetteer = get_gazetteer()
    # 'Banco de Portugal' is a place's body.
    place = gazetteer.lookup(named[-1].text) or gazetteer.is_known_place(named[-1].text)
    return not place and gazetteer.known_body(readable(span)) is None


# European surname particles; Arabic ones ('al') open bodies' names as often ('Ahrar al-Sham').
_SURNAME_PARTICLES = NAME_PARTICLES - ARABIC_ARTICLES


def _well_known_surname_used_as_person(span: Span) -> bool:
    """A surname news uses alone for a well-known person (`data/people.json`), that no body
    bears, used as a person's (the subject of a verb of saying, an office's holder …) or on
    its own as any part of a clause ('Trump's decision', 'blamed Trump'); not where it only
    modifies a noun ('the Trump administration' may be the government's)."""
    if len(span) != 1 or get_gazetteer().known_body(span.text) is not None:
        return False
    if not get_gazetteer().is_well_known_surname(span.text):
        return False
    return used_as_person(span) or span.root.dep_ not in _MODIFIER_DEPS


def _body_by_its_words(span: Span) -> Proto | None:
    """'Jaysh al-Islam', 'Jabhat Fateh al-Sham', 'the Tiger Forces': a name of several words
    with an army's, a front's or a legion's word in it is that body, however it was tagged."""
    if len(span) < 2 or not any(t.lower_ in word_set("groups", "bodies") for t in span):
        return None
    name = readable(span)
    return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)


def _hyphen_tail(token: Token) -> bool:
    """'un' of 'Kim Jong-un': a word joined by a hyphen to the one before."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


_COORDINATORS = frozenset({"and", "or", "&"})
_ELIDED_WORDS = 3


def _elided_country(span: Span) -> Entry | None:
    """'North and South Korea', 'East and West Germany': a compass word before another that
    opens a country's name is that name's other country."""
    doc = span.doc
    word, after = span.end, span.end + 1
    if len(span) != 1 or after >= len(doc) or doc[word].lower_ not in _COORDINATORS:
        return None
    compass = word_set("places", "compass")
    if span[0].lower_ not in compass or not span[0].is_title or doc[after].lower_ not in compass:
        return None
    end = after + 1
    while end < min(len(doc), after + 1 + _ELIDED_WORDS) and doc[end].is_title:
        end += 1
    for stop in range(end, after + 1, -1):
        entry = get_gazetteer().lookup(f"{span[0].text} {doc[after + 1 : stop].text}")
        if entry is not None and entry.kind == "COUNTRY":
            return entry
    return None


def _countries_by_compass_word(candidates: list[Candidate]) -> dict[str, Entry]:
    """The countries the article names that open with a compass word ('North Korea', or the
    'North' of 'North and South Korea'), by that word, where only one opens with it."""
    found: dict[str, set[Entry]] = {}
    compass = word_set("places", "compass")
    for candidate in candidates:
        span = candidate.span
        if span[0].lower_ not in compass:
            continue
        entry = _elided_country(span) or get_gazetteer().lookup(readable(span))
        if entry is not None and entry.kind == "COUNTRY":
            found.setdefault(span[0].text, set()).add(entry)
    return {word: next(iter(entries)) for word, entries in found.items() if len(entries) == 1}


def _compass_short_form(candidate: Candidate, by_compass: dict[str, Entry]) -> Entry | None:
    """'The North fired two missiles', after 'North Korea': the one country the article names
    with that compass word."""
    words = [t for t in candidate.span if t.lower_ != "the"]
    if len(words) != 1 or candidate.label == "PERSON":
        return None
    return by_compass.get(words[0].text)


def _names_a_player(span: Span, clubs: set[str]) -> bool:
    """'Barcelona's Ronaldo'; not "the South's Unification Ministry", a body's name."""
    body = _headed_by_an_institution_word(span) or _ends_in_a_body_word(span)
    return not body and is_players_name(span, clubs)


def _ends_in_a_body_word(span: Span) -> bool:
    last = span[-1].lower_
    return not BODY_HEADS.isdisjoint({last, last.removesuffix("s"), span[-1].lemma_.lower()})


def _apposed_body(candidate: Candidate) -> bool:
    span = candidate.span
    if candidate.label == "PERSON" and opens_with_given_name(span, census=True):
        # 'chairman of the liberal democratic party Vladimir Zhirinovsky': a person's name
        # after the body he leads, as after a noun of bodies elsewhere ('insurer Thierry
        # Dehaan').
        return False
    return (
        candidate.label != "ORG"
        and get_gazetteer().lookup(readable(span)) is None
        and names_a_body_by_apposition(span, either_side=candidate.label != "PERSON")
    )


def _body_proto(span: Span) -> Proto:
    name = readable(span)
    gazetteer = get_gazetteer()
    known = gazetteer.lookup(name) or gazetteer.known_body(name)
    if known is not None and known.kind == "ORGANIZATION":
        return Proto(span, known.kind, known.id, known.name, known=True)
    return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)


def _organization_proto(span: Span) -> Proto | None:
    if is_title_fragment(span) or _names_a_model(span) or _titles_an_apposed_person(span):
        return None
    if is_plural_noun_opening(span):
        return None  # 'Kidnappers have seized …' names no body, as 'kidnappers' would not
    # "Scotch whisky": a capitalized word plus common nouns is a product or a phrase, not a body.
    if _names_its_party(span):
        # "the Umma (Nation) party", "the Kurdistan Workers' party": the word after the name
        # is part of it.
        span = span.doc[span.start : span.root.head.i + 1]
        name = readable(span)
        known = get_gazetteer().lookup(name)
        if known is not None:
            return Proto(span, known.kind, known.id, known.name, known=True)
        return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)
    name = readable(span)
    words = name.split()
    if len(words) > 1 and words[-1] in PARTY_WORDS:
        # "the Democratic Unionist party": the model took the lower-case party word in, which
        # a name capitalizes ("DUP" abbreviates it).
        words[-1] = words[-1].capitalize()
        name = " ".join(words)
    if any(w.islower() and w.isalpha() and w not in _LOWER_NAME_WORDS for w in words):
        return None
    if (
        _is_modifier(span)
        and not name.isupper()
        and span.root.head.lower_ not in title_words()
        and not _names_a_grouping(span)
    ):
        # 'the Labour leader' names the body its leader serves, 'the Fatah coalition' the
        # coalition; 'Patriot missiles' none.
        return None
    return Proto(span, "ORGANIZATION", f"org:{slug(name)}", name)


def _titles_an_apposed_person(span: Span) -> bool:
    """'The Archbishop of Colombo, Cardinal Malcolm Ranjith': a name opening with a title of
    office, in apposition to a person's name, is that person's title."""
    words = [t for t in span if t.lower_ != "the"]
    if not words or words[0].lower_ not in title_words():
        return False
    apposed = appositions(span, outside=True)
    return any(t.ent_type_ == "PERSON" for a in apposed for t in a.subtree)


def _names_a_document(span: Span) -> bool:
    """A name of several words headed by a document's noun: its last word, or the word before
    its first preposition ('Plan of Action', 'Covenant on Civil and Political Rights'); or
    the document's noun alone, capitalized as some write it ('the Agreement would …')."""
    if len(span) == 1:
        return span[0].is_title and span[0].lower_ in _DOCUMENT_NOUNS
    words = [t.lower_ for t in span]
    opening = next((i for i, w in enumerate(words[1:], 1) if w in _NAME_PREPOSITIONS), None)
    head = words[opening - 1] if opening is not None else words[-1]
    return _is_document_noun(head) or _runs_on_to_a_document(span)


def _is_document_noun(word: str) -> bool:
    return word in _DOCUMENT_NOUNS or word.removesuffix("s") in _DOCUMENT_NOUNS


def _runs_on_to_a_document(span: Span) -> bool:
    """'the Countering America's Adversaries Through Sanctions Act': the model ends the name at
    the possessive inside it, but capitalized words run on from there to a document's noun."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    last = None
    for token in doc[span.end + 1 : span.end + 8]:
        if not token.is_title:
            break
        last = token
    return last is not None and _is_document_noun(last.lower_)


# Prepositions after the head noun of a name: 'Convention against Torture'.
_NAME_PREPOSITIONS = frozenset({"of", "on", "for", "against"})


def _names_a_model(span: Span) -> bool:
    """'IRIS' in 'IRIS-T', 'SAMP' in 'SAMP-T': a name glued by a hyphen to a short designator
    is a weapon or product model, not a body."""
    doc = span.doc
    end = span.end
    return (
        end + 1 < len(doc)
        and not span[-1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and _DESIGNATOR.fullmatch(doc[end + 1].text) is not None
    )


# Singular nouns of one body: 'Hezbollah, the Lebanese militant group' is that one group, not
# the Lebanese militants at large.
_ONE_BODY_NOUNS = frozenset(
    {"group", "movement", "organisation", "organization", "outfit", "network", "party", "wing",
     "arm", "cell", "militia", "faction"}
)  # fmt: skip


def _band_before_a_noun(demonym: Span) -> Proto | None:
    """'Syrian rebel positions', 'Libyan militia commanders': the nationality and the band it
    names stand before what the band has; the band is the group ('Syrian rebels'). Before the
    noun of one body the article names ('the Lebanese militant group Hezbollah') they only
    describe that body."""
    head = demonym.root.head
    if _noun_of_a_named_body(head):
        return None
    band = next(
        (
            c
            for c in head.children
            if c.dep_ == "compound"
            and demonym.end <= c.i < head.i
            and c.tag_ == "NN"
            and c.lemma_.lower() in ORGANIZED
        ),
        None,
    )
    if band is None:
        return None
    span = demonym.doc[demonym.start : band.i + 1]
    return _group_named(span, f"{readable(span)}s")


# Entity labels a body's name may get from the model (not 'the group Monday said').
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})


def _noun_of_a_named_body(noun: Token) -> bool:
    """'Hezbollah, the … group', 'the … group Hezbollah': a singular noun of one body apposed to
    a name."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _ONE_BODY_NOUNS | word_set(
        "groups", "bands"
    ):
        return False
    if noun.dep_ in {"appos", "compound"} and noun.head.pos_ == "PROPN":
        return True
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.ent_iob_ == "B" and after.ent_type_ in _NAME_LABELS:
        return True  # the parser may hang the name apart: 'the … group Hezbollah warned'
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _group_proto(span: Span) -> Proto | None:
    """'Palestinians', or a community word before a plural noun: 'Shona rebels'."""
    root = span.root
    noun = _plural_after_a_named_body(span) or root.head
    if root.dep_ in _MODIFIER_DEPS and noun.tag_ == "NNS" and root.head.i >= span.end:
        if not _names_people(noun):
            return None  # 'European cars', 'Indian textiles': goods, not a group
        if any(t.dep_ in {"cc", "punct"} for t in span.doc[span.end : noun.i]):
            return None  # 'Indian, Russian and Filipino nationals': each people's own
        community = kb.get_kb().nationality(span.text) if noun.i == span.end else None
        voice = noun.lemma_.lower() in _COMMUNITY_VOICES
        span = span.doc[span.start : noun.i + 1]
        if community is not None and community.kind == "GROUP" and voice:
            # 'Kurdish forces', 'Kurdish leaders': a people with no state of its own acts as
            # itself. 'Kurdish political activists' are a group of their own, 'Tamil civilians'
            # some of its people, and 'Kurdish fighters' a band the article names (the YPG).
            return Proto(span, "GROUP", community.id, community.name, known=True)
        body = _body_named_inside(span)
        if body is not None:
            # 'Kurdish peshmerga fighters' are the Peshmerga's, as 'Faylaq al-Rahman fighters'
            # are the legion's.
            return Proto(span, body.kind, body.id, body.name, known=True)
    elif root.tag_ not in {"NNPS", "NNS"} or root.dep_ in _MODIFIER_DEPS:
        return None
    return _group_named(span, span.text)


def _plural_after_a_named_body(span: Span) -> Token | None:
    """'fighters' of 'Kurdish peshmerga fighters', where the parser hangs the nationality on
    'peshmerga', a body's name the knowledge base knows."""
    noun = span.root.head
    if noun.dep_ != "compound" or noun.head.i <= noun.i or noun.head.tag_ != "NNS":
        return None
    plural = noun.head
    named = _body_named_inside(span.doc[span.start : plural.i + 1])
    return plural if named is not None else None


def _body_named_inside(span: Span) -> Entry | kb.KbEntry | None:
    """A body the knowledge base knows by one of the words qualifying a group's plural noun."""
    for token in span[1:-1]:
        entry = get_gazetteer().lookup(token.text) or kb.lookup(token.text)
        if entry is not None and entry.kind == "ORGANIZATION":
            return entry
    return None


def _group_named(span: Span, name: str) -> Proto:
    """A group the knowledge base does not know, under the name the article gives it."""
    return Proto(span, "GROUP", f"group:{slug(name)}", name)


def _people_of_a_place(span: Span) -> bool:
    """'Bosnian Serbs', 'Kosovo Albanians': a people, named in the plural, of a place or of
    another country, is a group, not a person, a body nor either state."""
    if len(span) != 2 or not span[-1].text.endswith("s"):
        return False
    gazetteer = get_gazetteer()
    people = gazetteer.demonym(span[-1].text)
    where = span[0].text
    placed = gazetteer.demonym(where) or gazetteer.lookup(where) or gazetteer.is_region(where)
    return people is not None and people.kind == "COUNTRY" and bool(placed)


def _people_in_a_country(span: Span) -> Entry | None:
    """'Syrian Kurds' read as one name: the people the knowledge base knows, as
    `_name_peoples_by_country` reads them when the two words are tagged apart, not the country
    of the nationality word."""
    if len(span) < 2:
        return None
    nationality = get_gazetteer().demonym(span[0].text)
    people = get_gazetteer().known_body(readable(span[1:]))
    if nationality is None or nationality.kind != "COUNTRY" or people is None:
        return None
    return people if people.kind == "GROUP" else None


# Verbs whose subject undergoes them rather than acts: 'Russians … died'.
_UNDERGOING = frozenset({"die", "flee", "starve", "perish", "suffer", "drown", "live"})


def _people_things_befall(span: Span) -> bool:
    """'Russians, possibly mercenaries, are said to have died', 'aid to the Palestinians': a
    nationality word in the plural names people of the country where things befall them or
    are given them, not the state ('the Iraqis have put something on the table' is)."""
    text = readable(span)
    gazetteer = get_gazetteer()
    if len(span) != 1 or not text.endswith("s") or gazetteer.lookup(text) is not None:
        return False
    if gazetteer.demonym(text) is None:
        return False
    root = span.root
    verb = root.head
    if root.dep_ == "nsubjpass" or (
        root.dep_ == "nsubj" and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return True
    if root.dep_ == "nsubj" and verb.lemma_.lower() in _UNDERGOING:
        return True
    # 'aid to the Palestinians', 'support for the Kurds': what a noun gives them.
    return root.dep_ == "pobj" and verb.lower_ in {"to", "for"} and verb.head.pos_ == "NOUN"


def _plural_of_a_nationality_word(span: Span) -> bool:
    """'Chechens' tagged a body or a place, where the article calls something 'Chechen': the
    people of that nationality word."""
    if len(span) != 1 or not span.text.endswith("s"):
        return False
    singular = span.text[:-1]
    # Read on the entities, far fewer than the tokens.
    return any(e.label_ == "NORP" and singular in e.text.split() for e in span.doc.ents)


def _name_peoples_by_country(protos: list[Proto]) -> None:
    """'Syrian Kurds', 'Iraqi Turkmen': a country's nationality word before a people the
    knowledge base knows is part of the mention, which the article may use as the name of
    those of that people in that country."""
    gazetteer = get_gazetteer()
    for proto in protos:
        span = proto.span
        if proto.kind != "GROUP" or not proto.known or span.start == 0:
            continue
        before = span.doc[span.start - 1]
        nationality = gazetteer.demonym(before.text)
        if (
            nationality is not None
            and nationality.kind == "COUNTRY"
            and before.head.i in range(span.start, span.end)
            and before.dep_ in _MODIFIER_DEPS
        ):
            proto.span = span.doc[span.start - 1 : span.end]


def _name_minorities(protos: list[Proto]) -> None:
    """'Syrian Turkmen', 'Iraqi Turkmen said': one country's nationality word before another's,
    used as a noun, names people of the second nation living in the first, a group, not the
    second state, as 'Bosnian Serbs' are; the first word is part of their name. So does a
    nationality word of another country's people ('the Turkmen of northern Syria')."""
    for proto in list(protos):
        if not proto.adjectival or proto.kind != "COUNTRY" or len(proto.span) != 1:
            continue
        noun = proto.span.root
        if noun.dep_ in _MODIFIER_DEPS:
            continue  # 'the Turkmen president' names the state
        if _of_another_country(noun, proto.id):
            _read_as_a_people(proto, proto.span)
        elif (home := _home_nationality(noun, proto.id)) is not None:
            protos[:] = [p for p in protos if p.span.start != home.i]
            _read_as_a_people(proto, noun.doc[home.i : noun.i + 1])


def _home_nationality(noun: Token, country_id: str | None) -> Token | None:
    """'Syrian' of 'Syrian Turkmen': another country's nationality word modifying the noun."""
    if noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    home = get_gazetteer().demonym(before.text)
    if home is None or home.kind != "COUNTRY" or home.id == country_id:
        return None
    return before if before.dep_ in _MODIFIER_DEPS and before.head.i == noun.i else None


def _read_as_a_people(proto: Proto, span: Span) -> None:
    name = readable(span)
    proto.span, proto.kind, proto.id, proto.name = span, "GROUP", f"group:{slug(name)}", name
    proto.known, proto.adjectival = False, False


def _of_another_country(noun: Token, country_id: str | None) -> bool:
    """'Turkmen' of 'the Turkmen of northern Syria': a country other than the noun's own
    follows 'of'."""
    ofs = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")
    places = [o for of in ofs for o in of.children if o.dep_ == "pobj"]
    found = (get_gazetteer().lookup(p.text) for p in places if p.ent_type_ == "GPE")
    return any(e is not None and e.kind == "COUNTRY" and e.id != country_id for e in found)


# Plural nouns of a faith, which after a people's name still name that people.
_FAITHFUL = frozenset(
    {"muslims", "christians", "buddhists", "hindus", "jews", "sikhs", "sunnis", "shias"}
)


def _join_peoples_by_faith(protos: list[Proto]) -> None:
    """'730,000 Rohingya Muslims' … 'the Rohingya': a people named with its faith is the people
    the article also names alone."""
    groups = {p.name: p for p in protos if p.kind == "GROUP" and p.name}
    for proto in protos:
        if proto.kind != "GROUP" or proto.name is None:
            continue
        people, _, faith = proto.name.rpartition(" ")
        alone = groups.get(people)
        if faith.lower() in _FAITHFUL and alone is not None and alone is not proto:
            proto.id, proto.name, proto.known = alone.id, alone.name, alone.known


def _drop_nested_groups(protos: list[Proto]) -> None:
    """'Iraqi Kurdish fighters': each nationality before the noun makes a group of the phrase it
    opens; the band is the whole phrase, once."""
    groups = [p for p in protos if p.kind == "GROUP"]
    # The same phrase read twice keeps the known people ('Kurds' for 'Syrian Kurdish forces'),
    # else its first reading: by rank, not by where the objects happen to lie in memory.
    rank = {id(p): (len(p.span), p.known, -n) for n, p in enumerate(groups)}
    nested = {
        id(inner)
        for inner in groups
        for outer in groups
        if outer is not inner
        and outer.span.start <= inner.span.start
        and inner.span.end <= outer.span.end
        and rank[id(outer)] > rank[id(inner)]
    }
    protos[:] = [p for p in protos if id(p) not in nested]


# Verbs by which a body holds its members: 'has Arab fighters among its ranks'.
_HOLDING_VERBS = frozenset({"have", "include", "number", "count", "comprise", "boast"})
_OWNERS = frozenset({"its", "their"})


def _drop_groups_held_by_others(protos: list[Proto]) -> None:
    """'The SDF has Arab fighters among its ranks', 'the Turkish army and its Syrian agent
    factions': a group the article only names as another's members or parts is that other's
    make-up, no actor of its own; 'the Popular Mobilisation Units, the mostly Shia militias
    that …' only describes the body named beside it."""
    unnamed = [p for p in protos if p.kind == "GROUP" and not p.known]
    bodies = {
        i for p in protos if p.kind == "ORGANIZATION" for i in range(p.span.start, p.span.end)
    }
    marks = [(p.id, _held_by_another(p.span) or _describes(p.span, bodies)) for p in unnamed]
    held = {group for group, is_held in marks if is_held}
    unheld = {group for group, is_held in marks if not is_held}
    dropped = held - unheld
    protos[:] = [p for p in protos if p.known or p.kind != "GROUP" or p.id not in dropped]


def _held_by_another(span: Span) -> bool:
    noun = span.root
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOLDING_VERBS:
        return True
    of = noun.head
    if (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in word_set("groups", "bands")
    ):
        return True  # 'an alliance of rebel groups from Darfur' is what the alliance is made of
    if any(_of_a_named_body(c) for c in noun.children):
        return True  # 'the Kurdish fighters of the YPG' are its members
    return any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in noun.children)


def _describes(span: Span, bodies: set[int]) -> bool:
    """The group's noun and a body's name stand in apposition, either way round."""
    noun = span.root
    if noun.dep_ == "appos" and noun.head.i in bodies:
        return True
    return any(c.dep_ == "appos" and c.i in bodies for c in noun.children)


def _of_a_named_body(preposition: Token) -> bool:
    if preposition.dep_ != "prep" or preposition.lower_ != "of":
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in preposition.children)


def _is_acronym_before(span: Span) -> bool:
    """An acronym right before the noun it qualifies: 'KNLA fighters', not '(0050 GMT) Iraqi
    forces'."""
    return len(span) == 1 and is_acronym(span[0]) and span.root.head.i == span.end


def _names_people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        lemma in word_set("groups", "nouns")
        or lemma in word_set("groups", "people")
        or lemma in word_set("initiatives", "personnel")
    )


def _names_a_site(span: Span) -> bool:
    """'the Erez crossing', 'Okinawa province': a name modifying a word for a place."""
    root = span.root
    return (
        root.dep_ in _MODIFIER_DEPS
        and root.head.i >= span.end
        and root.head.lemma_.lower() in word_set("places", "nouns")
    )


def _names_its_party(span: Span) -> bool:
    """The name before a lowercase 'party', 'movement' or 'front', as a modifier or a
    possessive ('Workers' party')."""
    root = span.root
    if root.head.lower_ not in PARTY_WORDS:
        return False
    if _in_parentheses(span) and span.end < len(span.doc) and span.doc[span.end].text == ")":
        # 'Pakistan Tehreek-e-Insaf (PTI) party': the acronym in brackets names it already.
        return False
    return _is_modifier(span) or (root.dep_ == "poss" and root.head.i >= span.end)


def _capitalized_up_to_its_party(span: Span) -> bool:
    """ "Peoples' Democratic party": capitalized words between the name and its party word, so
    that the name opens the party's ('the Kurdish party' only describes one)."""
    between = [t for t in span.doc[span.end : span.root.head.i] if t.tag_ != "POS"]
    return bool(between) and all(t.is_title for t in between)


def _is_modifier(span: Span) -> bool:
    """'Patriot' in 'Patriot missiles': a name used as a modifier of a common noun."""
    root = span.root
    return root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end and root.head.pos_ == "NOUN"


def _equipment() -> frozenset[str]:
    return frozenset(load_table("equipment")["names"])


def _apply_nicknames(doc: Doc, protos: list[Proto], places: list[Span]) -> None:
    """'Mohamed Hamdan Dagalo, known as Hemedti': the name a person is known by is that person
    wherever it stands, however the model read it (often as a place)."""
    # 'Prince Mohammed, known as MBS': one word will do once the person is known by an id.
    for person in [p for p in protos if p.kind == "PERSON" and p.id]:
        nickname = _nickname_after(person.span)
        if nickname is not None:
            _claim_occurrences(doc, protos, places, readable(nickname), person)
    protos.sort(key=lambda p: p.span.start)


def _apply_body_aliases(doc: Doc, protos: list[Proto], places: list[Span]) -> None:
    """'The White Helmets, a rescue group also known as the Syria Civil Defence', 'the Guard
    Corps (also known as the Pasdaran)': the other name of a body is that body wherever it
    stands, however the model read it."""
    for body in [p for p in protos if p.kind in {"ORGANIZATION", "GROUP"} and p.id]:
        alias = _alias_of(body.span)
        if alias is not None and readable(alias) != readable(body.span):
            _claim_occurrences(doc, protos, places, readable(alias), body)
    protos.sort(key=lambda p: p.span.start)


def _claim_occurrences(
    doc: Doc, protos: list[Proto], places: list[Span], text: str, owner: Proto
) -> None:
    """Every standalone occurrence of `text` becomes a mention of `owner`, unless a longer
    name covers it."""
    for span in _occurrences(doc, text):
        places[:] = [s for s in places if not (s.start < span.end and span.start < s.end)]
        overlapping = [p for p in protos if p.span.start < span.end and span.start < p.span.end]
        if any(p.span != span for p in overlapping):
            continue
        proto = overlapping[0] if overlapping else Proto(span, owner.kind)
        if not overlapping:
            protos.append(proto)
        proto.kind, proto.id, proto.name = owner.kind, owner.id, owner.name
        proto.known = proto.known or owner.known or owner.kind == "PERSON"


def _alias_of(name: Span) -> Span | None:
    """The proper name after 'known as' hanging from the name or from a noun in apposition to
    it."""
    root = name.root
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]
    for head in heads:
        for known in head.children:
            if known.lower_ != "known" or known.i < name.end:
                continue
            as_ = next((c for c in known.children if c.lower_ == "as"), None)
            named = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
            if named is None or named.pos_ != "PROPN":
                continue
            start = as_.i + 1 if as_ is not None else named.i
            while start < named.i and not name.doc[start].is_title:
                start += 1
            return name.doc[start : named.i + 1]
    return None


def _nickname_after(name: Span) -> Span | None:
    """The capitalized words after ', known as', ', better known as', ', nicknamed'."""
    doc = name.doc
    i = name.end + (1 if name.end < len(doc) and doc[name.end].text == "," else 0)
    while i < len(doc) and doc[i].lower_ in _KNOWN_AS_ADVERBS:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "known" and doc[i + 1].lower_ == "as":
        i += 2
    elif i < len(doc) and doc[i].lower_ in {"nicknamed", "dubbed"}:
        i += 1
    else:
        return None
    end = i
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return doc[i:end] if end > i else None


def _occurrences(doc: Doc, text: str) -> list[Span]:
    pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
    spans = (doc.char_span(m.start(), m.end()) for m in pattern.finditer(text_of(doc)))
    return [s for s in spans if s is not None]


def _add_missed_surnames(protos: list[Proto], places: list[Span]) -> None:
    """'According to Moumtzis' after 'Panos Moumtzis': the model often misses a surname
    standing alone. A proper noun no name covers, spelled as the last word of a person the
    article named in full before it, and not part of a longer name, is that person."""
    named = {
        p.span[-1].text: p.span.start for p in protos if p.kind == "PERSON" and len(p.span) > 1
    }
    if not named:
        return
    doc = protos[0].span.doc
    covered = _covered_tokens(protos, places)
    for token in tokens_spelled(doc, named):
        first = named[token.text]
        if token.i < first or token.i in covered or token.pos_ != "PROPN":
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if any(t is not None and t.pos_ == "PROPN" for t in (before, after)):
            continue
        protos.append(Proto(doc[token.i : token.i + 1], "PERSON"))
    protos.sort(key=lambda p: p.span.start)


def _add_untagged_given_names(protos: list[Proto], places: list[Span]) -> None:
    """'30.7% for Muharrem İnce of the CHP … İnce conceded': the model tagged the surname alone
    and missed the full name. A surname the article uses alone as a person's, written after a
    capitalized word no English dictionary, title, place or other name claims, is that
    person's full name there (and the name the person goes by)."""
    lone = {p.span.text for p in protos if p.kind == "PERSON" and len(p.span) == 1}
    lone -= {p.span[-1].text for p in protos if p.kind == "PERSON" and len(p.span) > 1}
    if not lone:
        return
    doc = protos[0].span.doc
    covered = _covered_tokens(protos, places)
    for token in doc[1:]:
        given = doc[token.i - 1]
        if token.text not in lone or token.i in covered or given.i in covered:
            continue
        if _may_be_untagged_given_name(given):
            protos.append(Proto(doc[given.i : token.i + 1], "PERSON"))
            covered.update((given.i, token.i))
    protos.sort(key=lambda p: p.span.start)


def _may_be_untagged_given_name(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.ent_type_
        and not token.is_sent_start
        and capitalized_non_words(token.doc[token.i : token.i + 1])
        and not is_title_token(token)
        and get_gazetteer().demonym(token.text) is None
        and not get_gazetteer().is_known_place(token.text)
    )


def _promote_people(protos: list[Proto], places: list[Span]) -> None:
    """Re-types organization- or place-tagged names that person evidence shows are people: a
    title before them or in apposition, or their being the surname or given name of a person
    the article names in full (who may have been re-typed by the first evidence)."""
    single_person_words = {p.span.text for p in protos if p.kind == "PERSON" and len(p.span) == 1}
    for proto in protos:
        if _retypable(proto) and is_person_evidence(proto.span, single_person_words):
            proto.kind, proto.id, proto.name = "PERSON", None, None
    # First the places described as people: 'Fowler said' is the surname of 'Washington's new
    # ambassador, Wyche Fowler', tagged a place.
    for span in [s for s in places if _described_as_a_person(s)]:
        places.remove(span)
        protos.append(Proto(span, "PERSON"))
    short_forms = _short_forms([p.span for p in protos if p.kind == "PERSON" and len(p.span) > 1])
    for proto in protos:
        if _retypable(proto) and proto.span.text.lower() in short_forms:
            proto.kind, proto.id, proto.name = "PERSON", None, None
    named_people = {p.span.text for p in protos if p.kind == "PERSON" and len(p.span) > 1}
    for proto in protos:
        if _retypable(proto) and _full_name_of(proto.span, named_people):
            proto.kind, proto.id, proto.name = "PERSON", None, None
    titled = {
        p.span.text.lower()
        for p in protos
        if p.kind == "PERSON" and is_person_evidence(p.span, single_person_words)
    }
    lowered = {name.lower() for name in named_people}
    for proto in protos:
        if _retypable(proto) and _named_as_a_person(proto.span, titled, lowered):
            proto.kind, proto.id, proto.name = "PERSON", None, None
    for span in [s for s in places if s.text.lower() in short_forms]:
        places.remove(span)
        protos.append(Proto(span, "PERSON"))
    protos.sort(key=lambda p: p.span.start)


def _full_name_of(span: Span, named_people: set[str]) -> bool:
    """'a minister in the office of Aung San Suu Kyi', tagged an organization, where the article
    calls her 'Suu Kyi' as a person: a name of capitalized words only that ends in a person's
    name of two words or more is that person's full name."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    return any(
        span[start:].text in named_people for start in range(1, len(span) - 1)
    ) and not _ends_in_a_body_word(span)


def _named_as_a_person(span: Span, titled: set[str], people: set[str]) -> bool:
    """'Staffan de Mistura said', tagged an organization, where the article gives the same
    name a title elsewhere ('the UN envoy, Staffan de Mistura'), or calls him a person by its
    last words ('De Mistura told reporters'): the article spells a name one way, and evidence
    at one mention holds for all. The model's tag alone is no evidence."""
    text = span.text.lower()
    if text in titled:
        return True
    words = text.split()
    suffixes = (" ".join(words[start:]) for start in range(1, len(words) - 1))
    return any(s in people for s in suffixes) and not _ends_in_a_body_word(span)


def _described_as_a_person(span: Span) -> bool:
    """'his daughter, Yulia', 'the head of the police, Pujith Jayasundara', 'Nadia Murad': a
    name the dictionaries do not place, in apposition to a kin noun or a title of office, or
    opening with a known given name before words no dictionary has, is a person's."""
    if get_gazetteer().is_known_place(readable(span)):
        return False
    if _placed_by_noun(span) or _described_as_a_place(span) or named_after(span):
        return False  # 'the town of Mai Kadra' opens with a given name, and is named a place
    if opens_with_a_land_word(span):
        return False  # 'Ain' is an Estonian given name, and 'Ain Issa' a Syrian town
    if opens_with_given_name(span) and only_locates(span, country=False):
        return False  # 'a hospital in Khan Sheikhoun' stands where a place stands
    return apposed_to_kin(span) or appositive_title(span) is not None or opens_with_given_name(span)


def _retypable(proto: Proto) -> bool:
    return proto.kind == "ORGANIZATION" and not proto.known


def _short_forms(full_names: list[Span]) -> set[str]:
    """What news calls a person after the first mention: the surname, with its particles ('de
    Mistura'), or, by some naming customs, the given name ('Phumtham said'); lower-cased."""
    forms: set[str] = set()
    for span in full_names:
        start = span.end - 1
        while start > span.start + 1 and _particle_before(span.doc, start):
            start -= 1
        forms.add(span.doc[start : span.end].text.lower())
        forms.add(span[-1].text.lower())
        if span[0].text not in honorifics():
            forms.add(span[0].text.lower())
    return forms


def _particle_before(doc: Doc, start: int) -> bool:
    """'de' before 'Mistura'; 'al' and its hyphen before 'Baghdadi', which the tokenizer splits."""
    before = doc[start - 1]
    if before.text == "-" and start >= 2:
        before = doc[start - 2]
    return before.lower_ in NAME_PARTICLES


def _build(protos: list[Proto]) -> DocActors:
    result = DocActors()
    for proto in protos:
        assert proto.id is not None
        assert proto.name is not None
        actor = result.by_id.get(proto.id)
        if actor is None:
            actor = Actor(
                id=proto.id,
                name=proto.name,
                kind=proto.kind,
                wikidata_id=get_gazetteer().wikidata_id(proto.id),
            )
            result.by_id[proto.id] = actor
            result.actors.append(actor)
        span = proto.span
        if not proto.adjectival:
            actor.mentions.append(TextSpan(span.start_char, span.end_char, span.text))
        surface = readable(span)
        if surface != actor.name and surface not in actor.aliases:
            actor.aliases.append(surface)
        result.mention_starts.append((span.start, proto.id))
        for i in range(span.start, span.end):
            result.token_actor[i] = proto.id
    return result


def _build_places(spans: list[Span]) -> list[Place]:
    places: dict[str, Place] = {}
    for span in spans:
        name = readable(span)
        place = places.setdefault(name, Place(name=name))
        place.mentions.append(TextSpan(span.start_char, span.end_char, span.text))
    return list(places.values())


def _describe_people(result: DocActors, protos: list[Proto], published: date | None) -> None:
    """Titles and the country or body each person serves: from their titles first, else from
    the knowledge base; titles that name another person ('Trump's adviser') are read again
    once that person's own is known."""
    people = [p for p in protos if p.kind == "PERSON" and p.id is not None]
    titles = [(p, t) for p in people for t in titles_of(p.span)]
    for proto, title in titles:
        actor = result.by_id[str(proto.id)]
        if title.text not in actor.titles:
            actor.titles.append(title.text)
    for _ in range(2):
        for proto, title in titles:
            actor = result.by_id[str(proto.id)]
            actor.affiliation = actor.affiliation or affiliation_of(title, result)
        for proto in people:
            actor = result.by_id[str(proto.id)]
            actor.affiliation = actor.affiliation or body_led_by(proto.span, result)
        for proto in people:
            _share_affiliation(result, proto)
        for actor in result.actors:
            if actor.kind != "PERSON" or actor.affiliation is not None:
                continue
            if not leads_against_the_state(actor.titles):
                # 'Opposition leader Raila Odinga': a state he served once he does not serve now.
                actor.affiliation = _known_affiliation(actor, published)


def _known_affiliation(actor: Actor, published: date | None) -> str | None:
    """The country a well-known person served when the article appeared (or last served), from
    the knowledge base, for people the text gives no title."""
    entry = kb.get_kb().get(actor.id)
    role = kb.person_affiliation(entry, published) if entry is not None else None
    if role is None or role.country is None:
        return None
    country = get_gazetteer().country(role.country)
    return country.name if country is not None else None


def _share_affiliation(result: DocActors, proto: Proto) -> None:
    """'US Defense Secretary Lloyd Austin and Secretary of State Antony Blinken': the country
    before the first title serves the coordinated one too."""
    assert proto.id is not None
    actor = result.by_id[proto.id]
    root = proto.span.root
    if actor.affiliation is not None or not actor.titles or root.dep_ != "conj":
        return
    partner_id = result.token_actor.get(root.head.i)
    if partner_id is not None and partner_id.startswith("person:"):
        actor.affiliation = result.by_id[partner_id].affiliation
