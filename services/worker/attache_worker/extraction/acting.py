"""Whether a mention of a country only says where something is: 'troops in Syria', 'the
longest war since Vietnam', 'Syria's north-east'. A country the article only uses as a place
is a place, as a town is; one that does, says, is asked or is acted on anywhere is an actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from attache_worker.extraction.data import word_set
from attache_worker.extraction.kb import agent_sector, get_kb, is_armed_group, lookup
from attache_worker.extraction.nlp import entities_by_token, glued_hyphen
from attache_worker.extraction.titles import title_words
from attache_worker.extraction.verb_objects import counted_noun

# Prepositions that place ('in Syria'); 'to', 'with', 'against' or 'on' introduce parties
# ('aid to Syria', 'sanctions on Iran').
_SPATIAL_PREPOSITIONS = frozenset(
    {
        "in", "inside", "within", "across", "throughout", "near", "around", "at", "outside",
        "into", "from", "through", "over", "beyond", "via", "along", "towards", "toward",
        "off",
    }
)  # fmt: skip
# Verbs that say where something is or goes, for 'between' to place rather than name parties.
_SITUATING_VERBS = frozenset(
    {"be", "lie", "sit", "stand", "locate", "situate", "stretch", "run", "live", "travel",
     "move", "fly", "drive", "shuttle", "flee"}
)  # fmt: skip
# Where a name (not a country) is read as a place when tagged as a person or a body: a force
# 'from the SDF' is drawn from the body, not from a place.
NAME_SPATIAL_PREPOSITIONS = frozenset(
    {"in", "inside", "within", "across", "throughout", "near", "around", "at", "outside",
     "into", "through", "off"}
)  # fmt: skip
# Prepositions that set an act in a place rather than name what it concerns: 'demonstrated in
# Kirkuk', 'gathered at the square', 'bought bonds in New York'.
SETTING_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "within"}
)
# A country a story is compared with ('the longest war since Vietnam', 'worse than Iraq') is a
# point of reference, not a party.
_COMPARATIVE_PREPOSITIONS = frozenset({"since", "than", "like", "unlike"})
# Words that liken a story to what follows 'to' or 'with': 'compared the war to Vietnam',
# 'a crisis similar to Libya's'.
_LIKENING = frozenset({"compare", "liken", "equate", "similar", "akin", "comparable", "analogous"})
# The last part of a compound that names a place: 'bordertown', 'hometown'.
_PLACE_ENDINGS = ("town", "city", "village", "province", "district", "region")
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
# 'return to Syria', 'entered Iraq': a place a movement goes to or through.
_MOTION_TO = frozenset(
    {"return", "go", "come", "travel", "flee", "move", "head", "leave", "emigrate", "migrate"}
    | {"escape", "relocate"}
)
# 'driven millions to Lebanon', 'deported to Syria': where others are made to go. ('sent troops
# to Syria' may make Syria a party; 'sent back to Syria' returns them.)
_DRIVEN_TO = frozenset({"drive", "displace", "deport", "repatriate", "evacuate", "smuggle"})
_SENT_BACK = frozenset({"send", "force", "push", "bring", "ship", "fly"})
# 'a Britain-based group', 'Russian-made jets': where a thing is based or was made, not a
# party to what it does.
_OF_ORIGIN = frozenset({"based", "made", "built", "designed", "manufactured", "produced"})
# 'Soviet-era systems', 'a Western-style democracy': what the nation's word dates or likens.
_OF_A_KIND = frozenset({"era", "style", "type", "vintage"})
# 'troops deployed to Nagorno-Karabakh': where forces are posted. (A country forces are sent to
# may be a party to their mission, so this reads names other than countries only.)
_STATIONING = frozenset({"deploy", "redeploy", "station", "post", "dispatch"})
# 'families left for Qamishli', 'a ship bound for Tartus': where a departure heads.
_LEAVING_FOR = frozenset({"leave", "depart", "head", "sail", "bound", "bind"})
_MOTION_THROUGH = frozenset({"enter", "leave", "cross", "reach", "exit", "flee", "tour"})
# 'advanced on Tal Abyad', 'marched on Tripoli': forces moving on a name move on a place. (Only
# for names other than countries: 'sanctions on Iran', 'pressure on Turkey' act on a state.)
_ADVANCING_ON = frozenset({"advance", "march", "move", "converge", "push", "bear"})
# Who a nationality word can describe without its state acting: people and groups from the
# country ('Syrian rebels', 'Iraqi civilians'), parts of bodies ('the Syrian arm of a group').
# Before anything else ('Syrian forces', 'Turkish objections', 'Iraqi officials') the state acts.
_NOT_THE_STATE = frozenset(
    {
        "rebel", "activist", "militant", "fighter", "protester", "protestor", "demonstrator",
        "refugee", "farmer", "worker", "student", "insurgent", "guerrilla", "guerilla",
        "separatist", "militia", "militiaman", "nationalist", "fundamentalist", "extremist",
        "villager", "settler", "prisoner", "civilian", "citizen", "people", "resident",
        "migrant", "national", "opposition", "arm", "wing", "party", "faction", "group", "ally",
        "jihadist", "islamist", "community", "tribe", "tribesman", "clan", "child", "woman",
        "man", "girl", "boy", "teenager", "baby", "mother", "father", "family", "language",
        "culture", "descent", "origin", "dissident", "journalist",
        "exile", "detainee", "hostage", "victim", "mercenary", "volunteer", "jihad",
        # Bodies the word only places: 'the Lebanese movement' is Hezbollah, not Lebanon.
        "movement", "organisation", "organization", "network", "outfit",
        # Civil craft: 'a Ukrainian airliner crashed'.
        "airliner", "ferry", "trawler", "freighter", "liner",
        # Words of a language, not acts of its state: 'its Spanish acronym', 'the Arabic name'.
        "acronym", "initials", "abbreviation", "name", "word", "spelling", "translation",
        "dialect", "accent",
    }
)  # fmt: skip


def only_locates(span: Span, *, country: bool = True) -> bool:
    """The mention places something rather than naming a party. A `country` is also only a
    place when the story is compared with it, or goes from, over or along it."""
    root = _first_conjunct(span.root)
    head = root.head
    spatial = _SPATIAL_PREPOSITIONS if country else NAME_SPATIAL_PREPOSITIONS
    if root.dep_ == "pobj" and head.lower_ == "of" and _part_of_the_ground(head.head):
        return True  # 'a castle north of Stockholm', 'the outskirts of Tripoli'
    if country and root.dep_ == "pobj" and governs_it(head, ("in", "of")):
        # 'officials in Damascus' speak for the state; those in Hawaii only sit there, and 'the
        # Kurdish-led administration in north-east Syria' governs a part of it for others.
        return _part_or_others(root, head.head)
    if root.dep_ == "pobj" and head.lower_ == "at" and _aimed_at(head):
        return False  # 'fired rockets at Israel': what is aimed at is struck, not a setting
    if country and root.dep_ == "pobj" and head.lower_ == "from" and _sent_from(head):
        return False  # 'mediators from France' act for France; 'refugees from Syria' do not
    if country and root.dep_ == "pobj" and head.lower_ == "from" and _given_from(head):
        return False  # 'received $30m in aid from Japan': Japan gave it
    if root.dep_ == "pobj":
        return (
            head.lower_ in spatial
            or (head.lower_ == "between" and _between_places(head))
            or (country and head.lower_ in _COMPARATIVE_PREPOSITIONS)
            or (country and head.lower_ in {"to", "with"} and _likens(head))
            or (head.lower_ == "to" and _moved_to(head))
            or (head.lower_ == "for" and head.head.lemma_.lower() in _LEAVING_FOR)
            or (head.lower_ == "to" and _ends_a_range(head))
            or (not country and head.lower_ == "to" and head.head.lemma_.lower() in _STATIONING)
            or (not country and head.lower_ == "on" and _advancing_on(head))
        )
    if root.dep_ == "dobj":
        return head.lemma_.lower() in _MOTION_THROUGH
    if root.dep_ in {"npadvmod", "compound"} and head.lower_ in _OF_ORIGIN:
        # 'a Britain-based monitoring group' is placed in Britain, 'US-made jets' made there.
        return True
    if root.dep_ in _MODIFIER_DEPS and head.i >= span.end:
        # 'Syria's Kurds': a people placed by their country.
        if root.dep_ == "compound" and _venue_city(span, head):
            return True  # 'the Stockholm talks' were held there, not by Sweden
        return is_place_noun(head) or (
            root.dep_ == "poss" and (head.ent_type_ == "NORP" or _armed_group_named(head))
        )
    return False


def _likens(preposition: Token) -> bool:
    return preposition.head.lemma_.lower() in _LIKENING


def _armed_group_named(token: Token) -> bool:
    """'Lebanon's Hezbollah', 'Iraq's Popular Mobilisation Forces': a non-state armed body a
    country is named as the home of, which does not act for the state."""
    entity = entities_by_token(token.doc).get(token.i)
    if entity is None or entity.label_ not in {"ORG", "NORP", "PERSON", "GPE"}:
        return False
    entry = lookup(entity.text)
    return entry is not None and is_armed_group(entry)


def _moved_to(preposition: Token) -> bool:
    """'returned to Syria'; also 'have left the country, most of them to Colombia', where 'to'
    hangs on the share that moved."""
    mover = preposition.head
    if mover.dep_ == "npadvmod" and mover.pos_ in {"ADJ", "DET", "NUM", "PRON"}:
        mover = mover.head  # not 'has gone all the way to the Supreme Court'
    sent_back = mover.lower_ == "back" and mover.dep_ in {"advmod", "prt"}
    if sent_back:
        mover = mover.head  # 'were sent back to Syria', where 'to' hangs on 'back'
    lemma = mover.lemma_.lower()
    sent_back = sent_back or any(c.lower_ == "back" for c in mover.children)
    return lemma in _MOTION_TO or lemma in _DRIVEN_TO or (sent_back and lemma in _SENT_BACK)


def _ends_a_range(preposition: Token) -> bool:
    """'conflicts from Colombia to Sri Lanka': a place closing a span of the map that 'from'
    opens, whatever the parser hangs either on."""
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    if before is None or before.ent_type_ not in _PLACE_TYPES:
        return False
    opening = before
    while opening.i > preposition.sent.start and opening.ent_type_ in _PLACE_TYPES:
        opening = opening.doc[opening.i - 1]
    return opening.lower_ == "from"


def _advancing_on(preposition: Token) -> bool:
    """'advanced on', 'closing in on': the preposition hangs on a verb of advance, or on the
    particle 'in' of one ('prices closed on the exchange' is no advance)."""
    verb = preposition.head
    if verb.lower_ == "in" and verb.head.pos_ == "VERB":
        verb = verb.head
    closing_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    advancing = _ADVANCING_ON | ({"close"} if closing_in else set())
    return verb.pos_ == "VERB" and verb.lemma_.lower() in advancing


def _part_of_the_ground(noun: Token) -> bool:
    parts = word_set("places", "compass") | word_set("places", "portions")
    return noun.lemma_.lower() in parts or noun.lower_ in parts


def _venue_city(span: Span, noun: Token) -> bool:
    """A capital named before a meeting or a text agreed there is its venue; a country's own
    name there ('the Syria talks') may say what it is about."""
    from attache_worker.extraction.gazetteer import get_gazetteer  # gazetteer imports kb too

    venues = word_set("places", "venues")
    named = noun.lemma_.lower() in venues or noun.lower_ in venues
    return named and get_gazetteer().is_city(span.text)


_PLACE_TYPES = frozenset({"GPE", "LOC"})
# Sectors of the Phoenix agent dictionary whose members act for their state.
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})


def apart_from_its_state(noun: Token) -> bool:
    """'rebels', 'protesters', 'the opposition': people of a country who do not act for it,
    so that 'Syria's rebels' or 'Venezuela's opposition' is no act of the state."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _NOT_THE_STATE


def serves_a_state(noun: Token) -> bool:
    """'mediators', 'troops', 'diplomats': people a country sends, who act for it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma in _NOT_THE_STATE:
        return False
    return lemma in title_words() or agent_sector(lemma) in _STATE_SECTORS


def _sent_from(preposition: Token) -> bool:
    """'from' qualifies people a state sends, also where the parser hangs it on the verb
    whose object they are ('met diplomats from Britain')."""
    governor = preposition.head
    if serves_a_state(governor):
        return True
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return (
        before is not None
        and before.dep_ == "dobj"
        and before.head == governor
        and serves_a_state(before)
    )


def _given_from(preposition: Token) -> bool:
    """'from' naming who gave what a party received or faces ('received a request from Peru',
    'faces sanctions from the EU'); not where people received came from ('received thousands of
    refugees from Syria')."""
    governor = preposition.head
    received = [governor] if governor.dep_ == "dobj" else []
    if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
        governor = governor.head
    # 'accepted an offer from Peru': what is accepted was given too.
    lemma = governor.lemma_.lower()
    if lemma not in word_set("events", "taking_in") and lemma != "accept":
        return False
    received += [c for c in governor.children if c.dep_ == "dobj"]
    return bool(received) and not any(_people(counted_noun(r)) for r in received)


def _people(noun: Token) -> bool:
    """'refugees', 'thousands of migrants', 'a delegation': people, not something given."""
    return agent_sector(noun.lemma_.lower()) is not None or noun.ent_type_ == "PERSON"


_AIMING = frozenset({"fire", "shoot", "launch", "hurl", "throw", "aim", "lob", "direct"})


def _aimed_at(preposition: Token) -> bool:
    """'at' after a verb of aiming, or after what such a verb sends: 'fired rockets at'."""
    governor = preposition.head
    if governor.pos_ == "ADJ" and governor.lower_ in word_set("events", "displeased"):
        return True  # 'angry at the United States': a party the feeling is aimed at
    if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
        governor = governor.head
    return governor.lemma_.lower() in _AIMING


def _part_or_others(place: Token, institution: Token) -> bool:
    """The place is a compass part of the country ('north-east Syria'), or the institution is
    another people's ('the Kurdish-led administration')."""
    compass = word_set("places", "compass")
    parts = (t for t in place.lefts if t.dep_ in {"compound", "amod"})
    if any(w in compass for t in parts for w in t.lower_.split("-")):
        return True
    deps = _MODIFIER_DEPS | {"npadvmod"}
    modifiers = (t for m in institution.lefts if m.dep_ in deps for t in m.subtree)
    return any(t.ent_type_ == "NORP" for t in modifiers)


def policed_locally(span: Span) -> bool:
    """'police in Brussels', 'the Geneva authorities': the city's own government or police,
    who do not speak for a body the city houses. ('Officials in Brussels' may be the body's.)"""
    root = _first_conjunct(span.root)
    head = root.head
    local = word_set("places", "institutions") - {"officials"}
    if root.dep_ == "pobj" and head.lower_ in {"in", "of"}:
        return head.head.lemma_.lower() in local or head.head.lower_ in local
    return root.dep_ == "compound" and head.i >= span.end and head.lemma_.lower() in local


def governs_it(preposition: Token, prepositions: tuple[str, ...] = ("of",)) -> bool:
    """'the government of', 'officials in': a body that governs or polices the place the
    preposition names."""
    names = {preposition.head.lemma_.lower(), preposition.head.lower_}
    institutions = word_set("places", "institutions")
    return preposition.lower_ in prepositions and not names.isdisjoint(institutions)


# Of those, the ones that band together to act: 'Syrian rebels' are a group of actors, while
# 'Iraqi citizens' or 'Congolese refugees' are people an act concerns.
ORGANIZED = frozenset(
    {
        "rebel", "activist", "militant", "fighter", "protester", "protestor", "demonstrator",
        "insurgent", "guerrilla", "guerilla", "separatist", "militia", "militiaman",
        "nationalist", "fundamentalist", "extremist", "opposition", "faction", "jihadist",
        "islamist", "dissident", "mercenary", "tribe", "clan",
    }
)  # fmt: skip


def names_organized_people(demonym: Span) -> bool:
    """'Syrian rebels', 'Syrian rebel factions': the nationality word heads a band that acts."""
    head = demonym.root.head
    return head.i >= demonym.end and head.lemma_.lower() in ORGANIZED


# Words that count or describe people rather than speak for their state: 'thousands of
# Afghans', 'many Iraqis', 'ordinary Iranians', 'ethnic Albanians' (of Kosovo, not Albania),
# 'local Syrians'.
_COUNTING_WORDS = frozenset(
    {"thousand", "hundred", "million", "dozen", "percent", "%", "number", "majority", "minority",
     "handful", "many", "some", "most", "few", "several", "ordinary", "fellow", "young",
     "ethnic", "local"}
)  # fmt: skip
# Words that pick people out of others: 'fighters, including Afghans and Pakistanis'.
_PICKING_OUT = frozenset({"including", "among", "like"})


def counts_people(demonym: Span) -> bool:
    """'two Tunisians', 'thousands of Afghans', 'militias including Afghans and Pakistanis': a
    plural nationality noun counted or picked out names people of the country, not the state
    the bare plural may speak for ('the Russians will tolerate it')."""
    root = demonym.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.tag_ in {"NNS", "NNPS"}:
        root = root.head
    if root.tag_ not in {"NNS", "NNPS"} or root.dep_ in {"amod", "compound", "nmod", "poss"}:
        return False
    if any(
        c.dep_ in {"nummod", "quantmod"}
        or (c.dep_ in {"amod", "det"} and c.lemma_.lower() in _COUNTING_WORDS)
        for c in root.children
    ):
        return True
    head = root.head
    if root.dep_ != "pobj":
        return False
    if head.lower_ in _PICKING_OUT:
        return True
    counter = head.head
    return head.lower_ == "of" and (
        counter.tag_ == "CD" or counter.lemma_.lower() in _COUNTING_WORDS
    )


def demonym_acts(demonym: Span) -> bool:
    """'Syrian forces', 'Turkish objections', 'the Iraqi president' make the state a party;
    'Syrian rebels', 'Syrian territory' and 'thousands of Syrians' do not."""
    if counts_people(demonym):
        return False
    root = demonym.root
    while root.head.ent_type_ == "NORP" and (
        (root.dep_ == "conj" and root.head.i < root.i) or _hyphened_to(root, root.head)
    ):
        # 'British, American and Danish nationals': each stands where the first one does;
        # 'the Turkish-Russian deal', where its partner does.
        root = root.head
    head = root.head
    if tells_an_origin_or_a_kind(root):
        return False  # 'Russian-made jets' were made there; 'Russian-backed forces' are backed
    if before_a_stateless_people(root):
        return False  # 'Syrian Kurdish forces' are the Kurds', who live in Syria
    if head.i < demonym.end:
        # '… are Turkmen': a people, not its state; 'the Syrians said' speaks for it.
        return root.dep_ not in {"attr", "acomp", "appos"}
    lemma = head.lemma_.lower()
    press = lemma in _THE_PRESS or head.lower_ in _THE_PRESS  # 'media' lemmatizes to 'medium'
    if press and not any(c.lower_ in _OF_THE_STATE for c in head.children):
        return False  # 'told Japanese media', 'Turkish reporters'; 'Syrian state media' acts
    if head.ent_type_ == "NORP" and not named_servants(head):
        return False  # 'Bosnian Serb leaders'; 'US Marines', tagged as one name, act for it
    return not (lemma in _NOT_THE_STATE or is_place_noun(head))


def before_a_stateless_people(word: Token) -> bool:
    """'Syrian' of 'Syrian Kurdish forces', 'Iraqi' of 'Iraqi Shia militias': a state's word
    before a people's with no state of its own, both qualifying one noun, says where that
    people lives."""
    return any(
        sibling.i > word.i
        and sibling.dep_ in {"amod", "compound"}
        and (people := get_kb().nationality(sibling.text)) is not None
        and people.kind == "GROUP"
        for sibling in word.head.children
    )


def tells_an_origin_or_a_kind(word: Token) -> bool:
    """'Russian' of 'Russian-made jets', 'Soviet' of 'Soviet-era systems': where something was
    made or what it is like, not who acts."""
    return word.dep_ in {"npadvmod", "compound"} and word.head.lower_ in _OF_ORIGIN | _OF_A_KIND


def named_servants(word: Token) -> bool:
    """'Marines': a plural, capitalized or not, that the agent dictionary files under a
    sector acting for the state (`serves_a_state` reads common nouns only)."""
    return word.tag_ in {"NNS", "NNPS"} and agent_sector(word.text) in _STATE_SECTORS


def _hyphened_to(word: Token, partner: Token) -> bool:
    """'Turkish' of 'Turkish-Russian': glued by a hyphen to the next word."""
    doc = word.doc
    return partner.i == word.i + 2 and not word.whitespace_ and glued_hyphen(doc[word.i + 1])


# The press of a country, which reports to and on it, unless the state's own ('state media').
_THE_PRESS = frozenset(
    {"media", "press", "reporter", "newspaper", "paper", "broadcaster", "outlet", "television"}
)
_OF_THE_STATE = frozenset({"state", "official", "government", "state-run", "state-owned"})


def _between_places(preposition: Token) -> bool:
    """'was at Awinat, between Tal Afar and Sinjar', 'the border between Turkey and Syria'
    place; 'talks (that started) between Baghdad and Damascus' name parties."""
    head = preposition.head
    return head.lemma_.lower() in _SITUATING_VERBS or is_place_noun(head)


def _first_conjunct(token: Token) -> Token:
    """'in Vietnam, Afghanistan and Iraq': every conjunct stands where the first one does, and
    so does a place the parser hangs on another as an apposition ('in Vietnam, Rhodesia,
    Angola') or on the noun it names ('in the capital Kabul')."""
    while token.head.i != token.i and (
        token.dep_ == "conj"
        or (
            token.dep_ == "appos"
            and (token.head.ent_type_ in _PLACE_TYPES or is_place_noun(token.head))
        )
    ):
        token = token.head
    return token


def is_place_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (
        lemma in word_set("places", "nouns")
        or lemma in word_set("places", "compass")
        or lemma.endswith(_PLACE_ENDINGS)
    )


def given_among_places(span: Span) -> bool:
    """'districts such as Esenyurt', 'border towns, including Kilis': a name right after 'such
    as', 'including' or 'like' that follow a plural noun of places. Read off the words, as the
    parser often hangs the name on a verb after it."""
    doc, start = span.doc, span.start
    if start >= 3 and doc[start - 2].lower_ == "such" and doc[start - 1].lower_ == "as":
        noun = doc[start - 3]
    elif start >= 2 and doc[start - 1].lower_ in {"including", "like"}:
        noun = doc[start - 2]
    else:
        return False
    if noun.text == "," and noun.i > 0:
        noun = doc[noun.i - 1]
    return noun.tag_ == "NNS" and is_place_noun(noun)
