"""Acts whose PLOVER type CAMEO's categories give, read off the parse by the closed word classes
of `data/events.json` rather than learned: the event model's stories seldom show them.

'imposed an arms embargo' and 'expelled the ambassador' are sanctions (CAMEO 16), 'lifted its
sanctions' and 'allowed inspectors in' retreats (085, 086), 'violated the truce' a fight (196),
'found him guilty' a disapproval (116), 'began joint patrols' cooperation (062), 'received the
president' and 'mediated talks' consultations (043, 045), 'defended the decision' support (052),
'massed troops on the border' or 'tested a missile' a mobilization (15). The types follow the
CAMEO to PLOVER translation `scripts/event_data.py` uses. Also here, the small readings of a
verb's objects and particle the event reading shares.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from attache_worker.extraction.acting import is_place_noun
from attache_worker.extraction.acts_of_force import (
    ARMED_SECTORS,
    SUFFERING,
    act_of_force,
    counted_subjects,
    crowd_acts,
    is_a_voice,
    people_taken,
    pits_a_crowd_against_police,
    protesting_crowd,
    raids_by_police,
)
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.event_features import (
    is_light,
    is_to_infinitive,
    listed_verb_type,
    phrasal_in,
    resigns_by_phrasal_verb,
    with_its_particle,
)
from attache_worker.extraction.event_types import EventTyper
from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.kb import agent_sector, lookup
from attache_worker.extraction.nlp import (
    entities_by_token,
    glued_before,
    object_of,
    objects_of_to,
    of_object,
)
from attache_worker.extraction.titles import title_words
from attache_worker.extraction.verb_objects import (
    counted_noun,
    is_weapon,
    objects_and_their_conjuncts,
)

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# The knowledge base's sector of doctors, nurses and hospitals.
_HEALTH = "HLH"


def read_by_category(
    act: Token, trigger: Token, nouns: list[Token], sentence: Span, typer: EventTyper
) -> str | None:
    """The PLOVER type a CAMEO category gives the clause whose act, trigger and light verbs'
    nouns these are, or None."""
    if _imposes_a_sanction(act) or _recalls_diplomats(act, nouns):
        return "SANCTION"
    detains = confines(act) or held_in_custody(act)
    if _imposes_restrictions_at_home(act) or cuts_public_services(act) or detains:
        return "COERCE"
    if any(map(_names_a_restriction, nouns)) or any(map(_names_a_closure, nouns)):
        return "COERCE"  # 'announced a curfew', 'ordered the closure of two newspapers'
    if _investigates(act):
        return "INVESTIGATE"
    if criticizes(act) or _attacks_in_words(act, nouns):
        return "DISAPPROVE"
    if _beats_a_crowd(act) or raids_by_police(act, nouns):
        return "COERCE"
    forced = act_of_force(act) or _what_broke_out(act) or _fell_in_fighting(act)
    if forced is not None:
        return forced
    named = cameo_sub_type(act) or ("RETREAT" if any(map(_declared_truce, nouns)) else None)
    jointly = _acts_jointly(act, trigger, nouns) or _furthers_material_cooperation(act, nouns)
    signs = signs_an_agreement(act) or (trigger is not act and signs_an_agreement(trigger))
    named = named or ("SUPPORT" if signs else None)
    named = named or ("COOPERATE" if jointly or _works_together(act) else None)
    named = named or ("MOBILIZE" if _exercises_alone(act, trigger, nouns) else None)
    # 'were negotiating an agreement': negotiation (CAMEO 046), whatever it is about.
    negotiates = _lemma(act) == "negotiate" and not any(c.dep_ == "neg" for c in act.children)
    named = named or ("CONSULT" if _meets_a_party(act) or negotiates else None)
    taken = [*nouns, *objects_and_their_conjuncts(act, {"dobj"})]
    mediates = _lemma(act) in word_set("events", "mediating") or any(map(_names_mediation, taken))
    named = named or ("CONSULT" if _hosts_a_visitor(act) or mediates else None)
    named = named or ("COOPERATE" if _shares_intelligence(act) else None)
    named = named or _hands_over(act)
    cares = _rescues_people(act) or _treats_patients(act) or _sends_medical_help(act)
    named = named or ("AID" if cares else None)
    named = named or ("SUPPORT" if _defends_in_words(act) or _gives_backing(act) else None)
    named = named or _sent_for(act, sentence, typer) or _gathered_for(act, sentence, typer)
    mobilizes = sends_forces_to_a_place(act) or _readies_a_force(act, nouns)
    mobilizes = mobilizes or any(map(_names_a_deployment, nouns))
    return named or ("MOBILIZE" if mobilizes or _masses_forces(act) else None)


def criticizes(verb: Token) -> bool:
    """'slammed the decision', 'hit out at the government', 'attacked Britain for allowing
    Islamist groups to meet': criticism (CAMEO 111), which the verbs shared with force
    ('attacked', 'blasted') tell by the grievance they give."""
    if phrasal_in(verb, word_set("events", "criticizing")):
        return True
    if not phrasal_in(verb, word_set("events", "assailing")):
        return False
    return any(map(_names_a_grievance, verb.children))


def _attacks_in_words(verb: Token, nouns: list[Token]) -> bool:
    """'launched a scathing attack on the government', 'Accusing Netanyahu of stupidity,
    Arafat launched his strongest attack on the government': an attack a light verb takes that
    is made in words, by its qualifier, its grievance or the accusation beside it (CAMEO 111)."""
    taken = [*nouns, *(c for c in verb.children if c.dep_ == "dobj")]
    attacks = [n for n in taken if _lemma(n) in _ATTACK_IN_WORDS_NOUNS]
    if not attacks:
        return False
    if any(_lemma(n) != "attack" for n in attacks):
        return True  # 'a tirade against', 'a broadside at': words only
    worded = any(_lemma(c) in _IN_WORDS for n in attacks for c in n.children if c.dep_ == "amod")
    grievance = any(_names_a_grievance(c) for n in attacks for c in n.children)
    accusing = word_set("events", "criticizing") | {"accuse", "blame", "charge"}
    accuses = any(c.dep_ == "advcl" and _lemma(c) in accusing for c in verb.children)
    # Armed men's attack is one of force, whatever they accuse others of.
    armed = any(agent_sector(_lemma(s)) in ARMED_SECTORS for s in counted_subjects(verb))
    return worded or ((grievance or accuses) and not armed)


# Nouns of an attack in words; 'attack' itself needs a sign that it was one.
_ATTACK_IN_WORDS_NOUNS = frozenset({"attack", "tirade", "diatribe", "broadside", "harangue"})
# What makes an attack one in words: 'a scathing attack', 'a verbal attack'.
_IN_WORDS = frozenset(
    {"verbal", "scathing", "blistering", "stinging", "withering", "scorching", "vitriolic"}
)


def _names_a_grievance(child: Token) -> bool:
    """'for allowing …', 'for his handling of …', 'over its sanctions': what a party is blamed
    for; not 'for the second time' nor 'over the weekend' or 'over the border'."""
    if child.dep_ != "prep" or child.lower_ not in {"for", "over"}:
        return False
    if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
        return True
    nouns = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return any(not n.ent_type_ and any(c.dep_ == "poss" for c in n.children) for n in nouns)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _agent_named(verb: Token) -> bool:
    """'the city blockaded by Jersey troops', which the parser may read as active."""
    return any(c.dep_ == "agent" for c in verb.children)


def halts_force(verb: Token) -> bool:
    """'the Tigers halted attacks on government troops', 'NATO suspended its air strikes',
    'called off the offensive': force held back de-escalates (CAMEO 087, RETREAT), where
    halting aid or talks sanctions. A strike called off is a protest's, unless from the air;
    an attack by another party halted is repelled ('halted an attack by PUK fighters')."""
    if not phrasal_in(verb, word_set("events", "halting")):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and any(_by_whom(c) for c in verb.children):
        return False  # the parser may hang 'by PUK fighters' on the verb
    return any(map(_names_force, objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})))


def _by_whom(child: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ == "by"


def _names_force(noun: Token) -> bool:
    """'attacks', 'its air strikes', 'the offensive', 'shelling': force, the party's own."""
    if any(map(_by_whom, noun.children)):
        return False
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return False  # 'halted the rebels' advance'
    lemma = _lemma(noun)
    modifiers = {_lemma(c) for c in noun.children if c.dep_ in {"compound", "amod"}}
    if lemma in {"strike", "operation", "campaign"}:
        return bool(modifiers & (word_set("events", "aerial") | _MILITARY_WORDS))
    force = word_set("events", "fighting_nouns") | word_set("events", "munitions")
    return lemma in force or lemma in {"attack", "offensive", "raid", "assault"}


_MILITARY_WORDS = frozenset({"military", "drone", "missile", "bombing", "naval"})


def _investigates(verb: Token) -> bool:
    """'probing claims that the army killed civilians', 'looking into the bombing of the
    mosque': an inquiry (CAMEO 09), whatever act it inquires into."""
    lemma = _lemma(verb)
    investigating = word_set("events", "investigating")
    if object_of(verb, "into") is not None:
        return lemma in investigating or lemma in {"look", "inquire"}
    return lemma in investigating and any(c.dep_ == "dobj" for c in verb.children)


def _what_broke_out(verb: Token) -> str | None:
    """'heavy fighting broke out between troops and rebels' (FIGHT), 'protests erupted in
    several cities' (PROTEST): an outbreak is of the act its subject names; clashes between
    the police and a crowd are a riot."""
    if not breaks_out(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(_lemma(s) in word_set("events", "fighting_nouns") for s in subjects):
        riot = pits_a_crowd_against_police(parties_between(verb))
        return "PROTEST" if riot else "FIGHT"
    unrest = word_set("events", "unrest_nouns") | word_set("events", "protest_acts")
    return "PROTEST" if any(_lemma(s) in unrest for s in subjects) else None


def _fell_in_fighting(verb: Token) -> str | None:
    """'three people were killed in a gun battle between rival militias', 'soldiers died in
    clashes with rebels': victims of fighting tell of the fighting (FIGHT), not of an attack
    on them; clashes between the police and a crowd are a riot (PROTEST)."""
    lemma = _lemma(verb)
    if lemma not in word_set("events", "killing") and lemma not in SUFFERING:
        return None
    fighting = word_set("events", "fighting_nouns")
    settings = (p for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "during"})
    fights = [o for p in settings for o in p.children if o.dep_ == "pobj" and _lemma(o) in fighting]
    if not fights:
        return None
    sides = [
        o
        for f in fights
        for p in f.children
        if p.lower_ in {"between", "with"}
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # The fallen are a side too: 'police officers were wounded in clashes with protesters'.
    fallen = (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    sides = [t for side in (*sides, *fallen) for t in (side, *side.conjuncts)]
    riot = pits_a_crowd_against_police(sides) and any(map(crowd_acts, sides))
    return "PROTEST" if riot else "FIGHT"


@cache
def kinds_of_nouns() -> dict[str, str]:
    phrases: dict[str, list[str]] = load_table("initiatives")["phrases"]
    return {p: kind for kind, words in phrases.items() for p in words if " " not in p}


def what_is_left(verb: Token) -> list[Token]:
    """The nouns heading what a verb of leaving leaves: 'quit the treaty', 'withdrew from the
    deal', 'pulled (the US) out of the agreement'. Only the heads: withdrawing troops from a
    'ceasefire zone' leaves a place."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            heads += [g for g in child.children if g.dep_ == "pobj"]
        elif child.lower_ == "out" and child.dep_ in {"prep", "prt"}:
            ofs = [of for t in (child, verb) for of in t.children if of.lower_ == "of"]
            heads += [g for of in ofs for g in of.children if g.dep_ == "pobj"]
    return [t for head in heads for t in (head, *head.conjuncts)]


def _imposes_a_sanction(verb: Token) -> bool:
    """'imposed an arms embargo on Turkey', 'slapped tariffs on steel'."""
    if _lemma(verb) not in word_set("events", "imposing"):
        return False
    barriers = word_set("events", "trade_barriers")
    return any(
        _lemma(o) in barriers
        or kinds_of_nouns().get(_lemma(o)) == "SANCTION"
        or _bans_trade(o)
        or _freezes_assets(o)
        for o in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    )


def _freezes_assets(noun: Token) -> bool:
    """'an asset freeze' imposed on senior officials: a financial sanction; not 'a freeze on
    hiring'."""
    held = {"asset", "account", "fund"}
    return _lemma(noun) == "freeze" and any(_lemma(c) in held for c in noun.children)


def _imposes_restrictions_at_home(verb: Token) -> bool:
    """'declared a state of emergency', 'imposed a curfew on the capital', 'declared martial
    law' (CAMEO 172-174, PLOVER's COERCE)."""
    if _lemma(verb) not in word_set("events", "imposing"):
        return False
    return any(map(_restricts_at_home, objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})))


def cuts_public_services(verb: Token) -> bool:
    """'cut off electricity and fuel supplies to Gaza', 'shut down the internet': withholding
    the services a population lives on coerces it (PLOVER's COERCE), where halting trade or aid
    between parties sanctions."""
    halting = word_set("events", "halting") | word_set("events", "shutting")
    if not phrasal_in(verb, halting):
        return False
    services = word_set("events", "public_services")
    objects = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    # 'electricity and fuel supplies', 'mobile phone services': the service may modify the noun.
    modifiers = [c for o in objects for c in o.children if c.dep_ in {"compound", "nmod", "amod"}]
    named = [*objects, *modifiers, *(c for m in modifiers for c in m.conjuncts)]
    return any(_lemma(o) in services for o in named)


def _recalls_diplomats(verb: Token, nouns: list[Token]) -> bool:
    """'expelled the Iraqi ambassador', 'recalled its envoy', 'ordered the expulsion of 60
    diplomats'."""
    recalling, diplomats = word_set("events", "recalling"), word_set("events", "diplomats")
    sent = [o for n in nouns if _lemma(n) in recalling if (o := of_object(n)) is not None]
    if _lemma(verb) in recalling:
        # 'expelled dozens of diplomats': what is counted.
        sent += map(counted_noun, objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"}))
    return any(_lemma(o) in diplomats for o in sent)


def sends_forces_to_a_place(verb: Token) -> bool:
    """'sent tanks and troops to the Syrian border', 'sent reinforcements to the area', 'sent
    warships near Taiwan': forces sent to a place, or close to a party, are deployed; sent to a
    party ('sent troops to Mali') they may be aid."""
    if _lemma(verb) not in word_set("events", "moving"):
        return False
    objects = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    if not objects or not all(is_force(o) for o in objects):
        return False
    # 'moved artillery units closer to the border': the place may hang on 'closer'.
    nearer = [c for t in (verb, *objects) for c in t.children if c.dep_ in {"advmod", "amod"}]
    preps = [
        p for t in (verb, *objects, *nearer) for p in t.children if p.dep_ in {"prep", "dative"}
    ]
    tos = (p for p in preps if p.lower_ == "to")
    if any(o.dep_ == "pobj" and is_place_noun(o) for p in tos for o in p.children):
        return True
    return any(p.lower_ in _NEAR for p in preps)


# Prepositions that put forces beside a place or a party, not in its hands.
_NEAR = frozenset({"near", "toward", "towards", "along", "off", "around", "outside"})


# What people are sent to do that names the act of sending them: 'sent a team to
# investigate' is an investigation, 'sent an envoy to hold talks' a consultation.
_PURPOSES_THAT_NAME_THE_ACT = frozenset({"INVESTIGATE", "CONSULT"})


def _sent_for(verb: Token, sentence: Span, typer: EventTyper) -> str | None:
    """The type of the purpose people are sent for ('sent a fact-finding mission to
    investigate the killings'), when it is an investigation or a consultation."""
    if _lemma(verb) not in word_set("events", "moving"):
        return None
    sent = objects_and_their_conjuncts(verb, {"dobj"})
    purposes = [
        c
        for t in (verb, *sent)
        for c in t.children
        if c.dep_ in {"xcomp", "advcl", "acl"} and c.pos_ == "VERB" and is_to_infinitive(c)
    ]
    for purpose in purposes:
        if _lemma(purpose) in _AIDING:
            return "AID"  # 'dispatched a military team to Beirut to train Lebanese forces'
        if _investigates(purpose):
            return "INVESTIGATE"  # 'sent a team to investigate allegations of …'
        label, _ = typer.best(sentence, purpose)
        if label in _PURPOSES_THAT_NAME_THE_ACT:
            return label
    return None


# Purposes that give aid in kind, as training given does (CAMEO 072).
_AIDING = frozenset({"train", "equip", "arm"})


def _gathered_for(verb: Token, sentence: Span, typer: EventTyper) -> str | None:
    """'ministers gathered in Brussels to discuss support for Kyiv', 'flew to Moscow to hold
    talks': people acting for a party who travel or gather for a consultation consult."""
    if _lemma(verb) not in word_set("events", "gathering"):
        return None
    if not any(_speaks_for_a_party(s) for s in verb.children if s.dep_ in _SUBJECT_DEPS):
        return None  # 'thousands gathered to join the protest'
    purposes = [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB" and is_to_infinitive(c)
    ]
    for purpose in purposes:
        # The verb dictionary knows 'discuss' where the model may read what is discussed.
        listed = listed_verb_type(purpose, typer.lexicon)
        if listed == "CONSULT" or typer.best(sentence, purpose)[0] == "CONSULT":
            return "CONSULT"
    return None


def _speaks_for_a_party(noun: Token) -> bool:
    """'NATO defence ministers', 'U.S. officials', 'the delegation', 'Lavrov': people who act
    for a party, not a crowd."""
    if noun.ent_type_ in {"PERSON", "ORG", "GPE"} and noun.pos_ == "PROPN":
        return True
    return _titled_or_visiting(noun)


def _titled_or_visiting(noun: Token) -> bool:
    """'officials', 'opposition leaders', 'the envoy', 'a delegation': people a title or a
    visitor's word names."""
    lemma = _lemma(noun)
    return lemma in title_words() or lemma in word_set("events", "visitors")


def _defends_in_words(verb: Token) -> bool:
    """'defended Pakistan's nuclear tests', 'defended the decision': what is defended is an act
    or a stand, not a place, a party or oneself ('defended the city' is fought for)."""
    if _lemma(verb) not in word_set("events", "defending"):
        return False
    if any(c.dep_ in _SUBJECT_DEPS and is_force(c) for c in verb.children):
        return False  # 'the soldiers defended their positions'
    objects = objects_and_their_conjuncts(verb, {"dobj"})
    return bool(objects) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and not _names_a_place(o) for o in objects
    )


# Verbs that hand over or voice a backing, and the backings they hand over.
_GIVING_BACKING = frozenset({"give", "lend", "offer", "pledge", "express", "voice", "extend"})
_BACKINGS = frozenset({"support", "backing", "endorsement", "blessing", "approval"})


def _gives_backing(verb: Token) -> bool:
    """'gave the prime minister its backing', 'lent its support to the plan': support given
    in words (CAMEO 051, SUPPORT), not a material act of the giving verb."""
    if _lemma(verb) not in _GIVING_BACKING:
        return False
    given = objects_and_their_conjuncts(verb, {"dobj"})
    return any(_lemma(o) in _BACKINGS and not _material(o) for o in given)


_IN_KIND = frozenset(
    {"financial", "military", "economic", "material", "logistical", "humanitarian", "technical"}
)


def _material(noun: Token) -> bool:
    """'financial support', 'military backing': support in kind, which is aid."""
    return any(c.dep_ in {"amod", "compound"} and _lemma(c) in _IN_KIND for c in noun.children)


def _shares_intelligence(verb: Token) -> bool:
    """'shared information about the plot with Israeli officials', 'exchanged intelligence'."""
    if _lemma(verb) not in word_set("events", "sharing"):
        return False
    intelligence = word_set("events", "intelligence")
    return any(_lemma(o) in intelligence for o in objects_and_their_conjuncts(verb, {"dobj"}))


def _hosts_a_visitor(verb: Token) -> bool:
    """'received the Palestinian president', 'welcomed Erdogan to the Kremlin', 'received a
    delegation of bishops': a person or a delegation hosted. Not 'welcomed the agreement'."""
    if _lemma(verb) not in word_set("events", "hosting"):
        return False
    return any(
        o.ent_type_ == "PERSON" or _titled_or_visiting(o)
        for o in objects_and_their_conjuncts(verb, {"dobj"})
    )


def _acts_jointly(act: Token, trigger: Token, nouns: list[Token]) -> bool:
    """'began joint patrols', 'held joint naval exercises': a military activity the parties
    carry out together."""
    activities = word_set("events", "joint_activities")
    return any(
        _lemma(n) in activities and any(c.lower_ == "joint" for c in n.children)
        for n in _activities_named(act, trigger, nouns)
    )


def _activities_named(act: Token, trigger: Token, nouns: list[Token]) -> list[Token]:
    """The nouns that may name what a clause's parties do: its light verbs' nouns, the act's
    objects and a noun trigger ('held joint naval exercises', 'staged military drills')."""
    named = [*nouns, *objects_and_their_conjuncts(act, {"dobj"})]
    return [*named, trigger] if trigger.pos_ == "NOUN" else named


def _works_together(verb: Token) -> bool:
    """'Interpol and Thai police worked together to track down the fugitive': parties acting
    together (CAMEO 06, COOPERATE)."""
    return _lemma(verb) in {"work", "act", "team"} and any(
        c.dep_ in {"advmod", "prt"} and c.lower_ in {"together", "jointly"} for c in verb.children
    )


# Blows that break a crowd up short of killing: 'beat', 'clubbed', 'whipped'.
_BEATING = frozenset(
    {"beat", "club", "whip", "flog", "manhandle", "teargas", "tear-gas"}
    # 'police attacked peaceful demonstrators', 'charged the protesters'
    | {"attack", "assault", "charge"}
)


def _beats_a_crowd(verb: Token) -> bool:
    """'soldiers beat and detained dozens of demonstrators', 'police clubbed the protesters',
    'police attacked peaceful demonstrators': forces breaking up a protest by blows repress it
    (CAMEO 175, COERCE); beating detainees is an assault on them (182)."""
    if _lemma(verb) not in _BEATING:
        return False
    forces = any(map(is_force_or_police, counted_subjects(verb)))
    # 'beat and detained dozens of demonstrators': the object the two verbs share.
    beaten = objects_and_their_conjuncts(verb, {"dobj"}) or [
        o for c in verb.conjuncts for o in objects_and_their_conjuncts(c, {"dobj"})
    ]
    return forces and any(map(protesting_crowd, beaten))


def _exercises_alone(act: Token, trigger: Token, nouns: list[Token]) -> bool:
    """'North Korea staged large-scale military exercises': a party drilling its forces on its
    own shows its military power (CAMEO 150, MOBILIZE); joint exercises, or exercises with
    another party or by two, are cooperation."""
    if not is_light(act) and _lemma(act) != "launch":
        return False  # 'provided military training to the army' gives it
    drills = [
        n
        for n in _activities_named(act, trigger, nouns)
        if kinds_of_nouns().get(_lemma(n)) == "MILITARY_EXERCISE"
    ]
    if not drills or any(c.lower_ == "joint" for d in drills for c in d.children):
        return False
    # 'with the United States Navy', on the verb or on a drill anywhere in the clause; not
    # 'with live ammunition' nor 'its borders with Russia'.
    partnered = any(
        o.ent_type_ in {"ORG", "GPE", "NORP"}
        for t in act.subtree
        if t.lower_ == "with"
        and (t.head == act or kinds_of_nouns().get(_lemma(t.head)) == "MILITARY_EXERCISE")
        for o in t.children
        if o.dep_ == "pobj"
    )
    subjects = [c for c in act.children if c.dep_ in _SUBJECT_DEPS]
    # 'Russian and South Korean troops held an exercise': two parties, however coordinated.
    return (
        not partnered
        and len(subjects) == 1
        and not any(t.dep_ == "cc" for t in subjects[0].subtree)
    )


# Who may be met: 'met the Israeli foreign minister', 'met his counterpart'.
_MET_PEOPLE = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _meets_a_party(verb: Token) -> bool:
    """'negotiators from the two Koreas met in Panmunjom', 'met the Israeli foreign minister':
    a meeting (CAMEO 04, CONSULT); not 'met their demands' nor 'met with criticism'."""
    if _lemma(verb) != "meet" or any(c.dep_ == "neg" for c in verb.children):
        return False
    met = objects_and_their_conjuncts(verb, {"dobj"})
    met += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # 'met with opposition leaders', 'met officials'
    return all(
        o.ent_type_ in _MET_PEOPLE or _titled_or_visiting(o) or o.pos_ == "PRON" for o in met
    )


def _furthers_material_cooperation(act: Token, nouns: list[Token]) -> bool:
    """'stepped up military cooperation', 'resumed intelligence cooperation', 'resumed trade
    across the border': cooperation in deeds (CAMEO 061-064: economic, military, judicial,
    intelligence) begun or furthered, not praised ('praised their cooperation' is verbal
    support)."""
    taken = [*nouns, *objects_and_their_conjuncts(act, {"dobj"})]
    fields = word_set("events", "material_fields")
    cooperation = [
        n
        for n in taken
        if _lemma(n) in word_set("events", "exchanges")
        or (
            _lemma(n) == "cooperation"
            and any(c.dep_ in {"amod", "compound"} and _lemma(c) in fields for c in n.children)
        )
    ]
    return any(_lemma(n.head) in word_set("events", "furthering") for n in cooperation)


def is_force(noun: Token) -> bool:
    """Troops or their weapons: 'troops', 'reservists', 'tanks', 'missile batteries'; not
    peacekeepers, whom PLOVER counts as aid given. A count is read by what it counts:
    'thousands of troops'."""
    noun = counted_noun(noun)
    if is_protector(noun):
        return False
    lemma = _lemma(noun)
    return (
        lemma in word_set("initiatives", "personnel")
        or lemma in word_set("initiatives", "materiel")
        or lemma in word_set("initiatives", "materiel_if_military")
    )


def is_force_or_police(noun: Token) -> bool:
    """Troops or the police: 'soldiers', 'US forces', 'the army', 'riot police'."""
    return is_force(noun) or agent_sector(_lemma(counted_noun(noun))) in _FORCES_AND_POLICE


# The knowledge base's sectors of armed forces and police.
_FORCES_AND_POLICE = frozenset({"MIL", "COP"})


def is_protector(noun: Token) -> bool:
    """'peacekeepers', 'a peacekeeping force': military protection, which PLOVER counts as aid."""
    protectors = word_set("events", "protectors")
    return _lemma(noun) in protectors or any(_lemma(c) in protectors for c in noun.children)


def _masses_forces(verb: Token) -> bool:
    """'massed troops along the border', 'called up 20,000 reservists', 'Turkish troops
    massed on the border'."""
    massing = word_set("events", "massing")
    if not phrasal_in(verb, massing):
        return False
    objects = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    # With no object, the forces mass themselves.
    return any(is_force(o) for o in objects or counted_subjects(verb))


def _disarms(verb: Token) -> bool:
    """'laid down their arms', 'surrendered their weapons', 'handed over their weapons to UN
    monitors': a party giving up its own weapons disarms (the PLOVER codebook's RETREAT);
    handing weapons to another party without 'their' may be arming it."""
    phrasal = with_its_particle(verb)
    if not phrasal_in(verb, word_set("events", "disarming")) and phrasal != "hand over":
        return False
    weapons = [
        o
        for o in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
        if _lemma(o) in word_set("initiatives", "materiel")
    ]
    if phrasal == "hand over":
        return any(c.dep_ == "poss" for w in weapons for c in w.children)
    return bool(weapons)


def _disarms_a_force(verb: Token) -> bool:
    """'thousands of militia fighters were disarmed', 'demobilised 5,000 combatants': a force
    disarmed or stood down (the PLOVER codebook's RETREAT)."""
    if _lemma(verb) not in word_set("events", "standing_down"):
        return False
    stood_down = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    return any(is_force(o) for o in stood_down)


def _resigns(verb: Token) -> bool:
    """'the interior minister resigned', 'Peru's prime minister stepped down': an official
    leaving office (the PLOVER codebook's RETREAT)."""
    if _lemma(verb) not in word_set("events", "resigning") and not resigns_by_phrasal_verb(verb):
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)  # not 'stepped down the pressure'


def _forces_leave_a_place(verb: Token) -> bool:
    """'the last Russian soldiers left the city': forces leaving a place withdraw from it;
    anyone else who leaves ('the president left Kabul for Doha') travels."""
    if _lemma(verb) != "leave":
        return False
    subjects = counted_subjects(verb)
    left = objects_and_their_conjuncts(verb, {"dobj"})
    return any(map(is_force, subjects)) and any(map(_names_a_place, left))


def _rescues_people(verb: Token) -> bool:
    """'special forces rescued four hostages', 'the navy rescued 120 migrants': people brought
    out of danger (the PLOVER codebook files rescuing hostages under AID); not 'rescued the
    bank', the aid a light verb or a bailout already names."""
    return _lemma(verb) == "rescue" and bool(people_taken(verb))


def signs_an_agreement(verb: Token) -> bool:
    """'signed a treaty settling their maritime dispute', 'ratified the accord': an agreement
    finalized (the PLOVER codebook's SUPPORT), whatever it is about. A truce signed is declared
    instead (CAMEO 0871)."""
    if verb.pos_ == "NOUN" and _lemma(verb) in _SIGNING_NOUNS:
        # 'announced the signing of the deal', 'the ratification of the treaty'
        of = of_object(verb)
        signed = [] if of is None else [of, *of.conjuncts]
    elif _lemma(verb) in word_set("events", "signing"):
        signed = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    else:
        return False
    truces = word_set("events", "truces")
    return any(
        (kinds_of_nouns().get(_lemma(o)) == "AGREEMENT" or _joint_text(o))
        and _lemma(o) not in truces
        for o in signed
    )


# Nouns of signing an agreement, which name it with 'of'.
_SIGNING_NOUNS = frozenset({"signing", "ratification", "conclusion"})


def _joint_text(noun: Token) -> bool:
    """'signed a joint declaration on strengthening NATO cooperation': a text two parties sign
    together is an agreement, whatever it is called."""
    texts = {"declaration", "statement", "communique", "communiqué", "memorandum"}
    joint = any(c.lower_ == "joint" for c in noun.children)
    return _lemma(noun) in texts and (joint or _lemma(noun) == "memorandum")


def _sends_medical_help(verb: Token) -> bool:
    """'sent a team of doctors to Liberia', 'sent a medical team', 'dispatched a field
    hospital': medical help, which the PLOVER codebook files as humanitarian aid."""
    if _lemma(verb) not in word_set("events", "moving"):
        return False
    sent = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    sent += [t for o in sent if (t := of_object(o)) is not None]  # 'a team of doctors'
    # 'a medical team', 'health workers'
    medical = word_set("events", "medical")
    sent += [c for o in sent for c in o.children if c.dep_ in {"amod", "compound"}]
    return any(agent_sector(_lemma(o)) == _HEALTH or _lemma(o) in medical for o in sent)


def _treats_patients(verb: Token) -> bool:
    """'treated thousands of cholera patients', 'treated wounded refugees': medical
    care given, which the PLOVER codebook files as humanitarian aid; not 'treated the
    prisoners harshly'."""
    if _lemma(verb) not in word_set("events", "treating"):
        return False
    patients = word_set("events", "patients")
    taken = [counted_noun(t) for t in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})]
    # 'wounded refugees' are patients too; 'the wounded' is tagged a verb, lemma 'wound'.
    words = [w for t in taken for w in (t, *(c for c in t.children if c.dep_ == "amod"))]
    return any(w.lower_ in patients or _lemma(w) in patients for w in words)


def _hands_over(verb: Token) -> str | None:
    """'handed over the former general to the war crimes tribunal', 'turned the suspects over
    to the police': judicial cooperation (CAMEO 063, as extradition), COOPERATE. 'handed over
    20 prisoners to the Red Cross', 'handed over control of the base': what was held given
    back (CAMEO 084), RETREAT, as 'handed over their weapons' disarms. Arms handed over to a
    party arm it ('handed over weapons to Kurdish fighters', AID); a letter handed over yields
    nothing."""
    handing_over = word_set("events", "handing_over")
    if not phrasal_in(verb, handing_over | word_set("events", "delivering")):
        return None
    recipient = _given_to(verb)
    if _is_a_justice_body(recipient):
        # Whoever or whatever is handed over to justice ('the wartime police chief', 'the
        # evidence'); by a verb of delivering, only people.
        to_justice = phrasal_in(verb, handing_over) or bool(people_taken(verb))
        return "COOPERATE" if to_justice else None
    handed = [counted_noun(t) for t in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})]
    if not handed or not phrasal_in(verb, handing_over):
        return None
    if any(_lemma(t) in word_set("events", "texts") for t in handed):
        return None
    if any(is_weapon(t) for t in handed) and not _disarms(verb):
        # 'handed over weapons to Kurdish fighters' arms them; 'handed over their weapons'
        # disarms.
        return "AID" if recipient is not None else None
    return "RETREAT"


def _given_to(verb: Token) -> Token | None:
    return next(iter(objects_of_to(verb)), None)


def _is_a_justice_body(recipient: Token | None) -> bool:
    """'the tribunal', 'the police', 'prosecutors': whom people are handed over to for justice."""
    return recipient is not None and _lemma(recipient) in word_set("events", "justice_bodies")


def _releases_people(verb: Token) -> bool:
    """'freed a French tourist', 'released 14 Saudi prisoners' (CAMEO 0841); not 'released a
    statement' nor 'freed funds'."""
    releasing = _lemma(verb) in word_set("events", "releasing") or sets_free(verb)
    return releasing and bool(people_taken(verb))


def sets_free(verb: Token) -> bool:
    """'hostages were set free', 'set free two hostages' (the parser may hang 'free' on them)."""
    if _lemma(verb) != "set":
        return False
    taken = [verb, *objects_and_their_conjuncts(verb, {"dobj"})]
    return any(c.lower_ == "free" for t in taken for c in t.children)


def cameo_sub_type(verb: Token) -> str | None:
    """Acts CAMEO files under a sub-code whose PLOVER type the model does not learn from its
    stories: 'lifted its sanctions' (085, RETREAT), 'ended the curfew' (081, CONCEDE),
    'allowed inspectors in' (086, RETREAT), 'violated the ceasefire' (196, FIGHT), 'blockaded
    the port' (191, FIGHT), 'found him guilty' (116, DISAPPROVE), protests by crowds (14) and
    by governments (114)."""
    lemma = _lemma(verb)
    objects = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    if lemma in word_set("events", "easing") and any(map(_restricts_a_country, objects)):
        return "RETREAT"
    if lemma in word_set("events", "easing") and any(map(_restricts_at_home, objects)):
        return "CONCEDE"
    if lemma in word_set("events", "reversing") and any(map(_names_a_measure, objects)):
        return "CONCEDE"  # 'scrapped the fuel price increase', 'withdrew the bill' (0831)
    if lemma in word_set("events", "allowing") and _let_in(verb):
        # Letting the outside world in (086: 'allowed the Red Cross to resume its visits') is a
        # deed; a permission to act, a concession.
        let = _let_in(verb)
        outside = any(map(_outside_presence, let)) or _names_an_outside_body(let)
        return "RETREAT" if outside else "CONCEDE"
    if lemma in word_set("events", "breaching") and any(
        _lemma(o) in word_set("events", "truces") for o in objects
    ):
        return "FIGHT"
    if lemma in word_set("events", "besieging"):
        # 'truckers blockaded the border crossing': a crowd obstructing passage protests (144).
        crowd = any(map(crowd_acts, counted_subjects(verb))) and not _agent_named(verb)
        return "PROTEST" if crowd else "FIGHT"
    if _disarms(verb) or _disarms_a_force(verb) or _releases_people(verb) or _resigns(verb):
        return "RETREAT"
    if lemma in word_set("events", "leaving") and any(map(_outside_presence, objects)):
        # 'withdrew its observers', 'pulled out its monitors' (1663): not a retreat.
        return "SANCTION"
    if lemma in word_set("events", "leaving") and any(map(_names_a_place, _left_from(verb))):
        return "RETREAT"
    if _forces_leave_a_place(verb):
        return "RETREAT"
    if halts_force(verb) or _observes_a_truce(verb):
        # 'halted attacks on government troops', 'suspended its air strikes', 'observed a
        # ceasefire' (087).
        return "RETREAT"
    if lemma == "summon" and any(_lemma(o) in word_set("events", "diplomats") for o in objects):
        # Called in to hear a complaint (CAMEO's 114 with the envoy as its target).
        return "DISAPPROVE"
    if lemma == "convict" or (lemma == "find" and any(c.lower_ == "guilty" for c in verb.children)):
        return "DISAPPROVE"
    if lemma == "surrender" and not _is_a_justice_body(_given_to(verb)):
        # '2,000 rebels surrendered to government forces', 'surrendered the town' (CAMEO 08);
        # a suspect surrendered to the police is handed over.
        return "RETREAT"
    return _protest_by_whom(verb)


# Sectors whose protest is a government's complaint, not a crowd's: 'the ministry protested'.
_OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def _protest_by_whom(verb: Token) -> str | None:
    """'students protested against the law', 'thousands demonstrated in Tbilisi': a crowd's
    protest (CAMEO 14, PROTEST); 'Japan protested to China', 'the foreign ministry protested
    the arrest': a government's complaint (114, DISAPPROVE). Not 'demonstrated its resolve'."""
    lemma = _lemma(verb)
    if lemma not in word_set("events", "protesting"):
        return None
    if lemma == "demonstrate" and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return None
    # 'summoned the envoy to protest': the one who summons protests.
    acting = verb.head if verb.dep_ in {"xcomp", "advcl"} else verb
    subjects = [c for c in acting.children if c.dep_ in _SUBJECT_DEPS]
    addressed = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    official = any(
        s.ent_type_ == "GPE" or agent_sector(_lemma(s)) in _OFFICIAL_SECTORS for s in subjects
    )
    return "DISAPPROVE" if official or addressed else "PROTEST"


def names_a_known_body(token: Token) -> bool:
    """'the International Criminal Court', 'Nato': a body the knowledge base knows, which a
    country leaves as it leaves a treaty."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.label_ not in {"ORG", "NORP"}:
        return False
    name = entity[1:] if entity[0].lower_ == "the" else entity
    return get_gazetteer().known_body(name.text) is not None


def _left_from(verb: Token) -> list[Token]:
    """Where a verb of leaving leaves from: 'withdrew (its troops) from the town', 'pulled out
    of Manbij'."""
    return [t for t in what_is_left(verb) if t.dep_ == "pobj"]


def _names_a_place(noun: Token) -> bool:
    return is_place_noun(noun) or noun.ent_type_ in {"GPE", "LOC", "FAC"}


def _restricts_a_country(noun: Token) -> bool:
    """'sanctions', 'an embargo', 'a blockade', 'the siege', 'its ban on Georgian wine
    imports', 'an import ban'."""
    lemma = _lemma(noun)
    if kinds_of_nouns().get(lemma) == "SANCTION" or lemma in word_set("events", "besieging"):
        return True
    return _bans_trade(noun) or _closes_a_territory(noun)


def _closes_a_territory(noun: Token) -> bool:
    """'its closure of the West Bank', 'the closure of Gaza': a territory sealed off, a
    blockade (eased, CAMEO 0872); not 'the closure of the newspaper'."""
    closed = of_object(noun)
    if _lemma(noun) != "closure" or closed is None:
        return False
    return closed.ent_type_ in {"GPE", "LOC"} or get_gazetteer().is_known_place(closed.text)


def _bans_trade(noun: Token) -> bool:
    return _lemma(noun) in word_set("events", "restrictions") and _on_trade(noun)


_TRADE_FLOWS = frozenset({"import", "export"})


def _on_trade(noun: Token) -> bool:
    """A restriction on imports or exports: a barrier to a country's trade (CAMEO 163)."""
    ons = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on")
    named = [o for on in ons for o in on.children if o.dep_ == "pobj"]
    named += [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    return any(_lemma(n) in _TRADE_FLOWS for n in named)


def _names_mediation(noun: Token) -> bool:
    """'a mediation mission', 'its mediation': mediation a verb takes ('began a mediation
    mission', 'launched a mediation effort', CAMEO 045)."""
    return any(_lemma(t) == "mediation" for t in (noun, *noun.children) if t.i <= noun.i)


# Verbs that put a truce in force by one party's word, not by an agreement between parties.
_DECLARING = frozenset({"declare", "announce", "call", "order", "observe"})


def _observes_a_truce(verb: Token) -> bool:
    """'government forces and rebels observed a ceasefire', 'both sides respected the truce':
    a truce put into effect (the PLOVER codebook's implemented ceasefire, RETREAT)."""
    if _lemma(verb) not in word_set("events", "observing"):
        return False
    truces = word_set("events", "truces")
    return any(_lemma(o) in truces for o in objects_and_their_conjuncts(verb, {"dobj"}))


def _declared_truce(noun: Token) -> bool:
    """'declared a unilateral ceasefire', 'announced a truce for the holiday': a party halting
    its own fighting de-escalates in deeds (CAMEO 0871, RETREAT)."""
    truces = word_set("events", "truces")
    return _lemma(noun) in truces and _lemma(noun.head) in _DECLARING


def _names_a_restriction(noun: Token) -> bool:
    """'a curfew', 'a ban on public gatherings', 'a state of emergency': the noun itself names
    a restriction laid on a country's own people ('the lifting of the curfew' eases one)."""
    lemma = _lemma(noun)
    if lemma == "state":
        condition = of_object(noun)
        return condition is not None and _lemma(condition) in word_set("events", "restrictions")
    return lemma in word_set("events", "restrictions") and _restricts_at_home(noun)


def breaks_out(verb: Token) -> bool:
    """'fighting broke out', 'protests erupted', and 'clashes took place' as well."""
    return takes_place(verb) or phrasal_in(verb, word_set("events", "breaking_out"))


def takes_place(verb: Token) -> bool:
    """'took place', whose subject names what happened."""
    return _lemma(verb) == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )


def parties_between(verb: Token) -> list[Token]:
    """'government troops' and 'rebels' of 'fighting broke out between government troops and
    rebels' or of 'clashes between … erupted': the sides of an outbreak."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    betweens = (p for t in (verb, *subjects) for p in t.children if p.lower_ == "between")
    sides = [o for p in betweens for o in p.children if o.dep_ == "pobj"]
    return [t for side in sides for t in (side, *side.conjuncts)]


def _names_a_measure(noun: Token) -> bool:
    """'the planned increase in fuel prices', 'the controversial bill': a measure a government
    lays down, which it may take back."""
    return _lemma(noun) in word_set("events", "measures")


def _names_a_closure(noun: Token) -> bool:
    """'ordered the closure of two private television channels': a voice silenced (PLOVER's
    censorship, COERCE); not 'the closure of the border'."""
    if _lemma(noun) not in word_set("events", "closures"):
        return False
    closed = of_object(noun)
    return closed is not None and is_a_voice(closed)


def _names_a_deployment(noun: Token) -> bool:
    """'announced the deployment of additional troops', 'ordered the deployment of the army': forces
    moved into place (MOBILIZE), whatever else the sentence reads as."""
    if _lemma(noun) not in word_set("events", "deployments"):
        return False
    deployed = of_object(noun)
    return deployed is None or is_force_or_police(deployed)


def _restricts_at_home(noun: Token) -> bool:
    """'the curfew', 'the state of emergency', 'martial law', 'the ban on political parties':
    restrictions a government lays on its own people; easing them gives way (CAMEO 081)."""
    if _bans_trade(noun):
        return False  # 'the ban on wine imports' restricts another country's trade
    restrictions = word_set("events", "restrictions")
    named = [noun, *filter(None, [of_object(noun)])]
    named += [c for n in named for c in n.children if c.dep_ in {"amod", "compound"}]
    return any(_lemma(n) in restrictions for n in named)


def _let_in(verb: Token) -> list[Token]:
    """Who a verb of allowing lets in or act: its object, or the subject of the clause it
    governs ('allowed inspectors to visit the prisons')."""
    let = objects_and_their_conjuncts(verb, {"dobj"})
    clauses = (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"})
    return let + [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _outside_presence(noun: Token) -> bool:
    """'inspectors', 'observers', 'peacekeepers', or relief: 'humanitarian workers', 'aid
    convoys', 'humanitarian aid'."""
    lemma = _lemma(noun)
    if lemma in word_set("events", "outside_presence") or _of_an_outside_body(noun):
        return True
    members = of_object(noun)
    if members is not None and _outside_presence(members):
        return True  # 'a team of international observers'
    if lemma not in word_set("events", "relief_carriers"):
        return False
    relief = word_set("events", "relief_workers")
    return lemma in relief or any(_lemma(c) in relief for c in noun.children)


# Sectors of the knowledge base's bodies from outside a country: intergovernmental and
# non-governmental organizations.
_OUTSIDE_SECTORS = frozenset({"IGO", "NGO"})


def _of_an_outside_body(noun: Token) -> bool:
    """'Red Cross officials', 'UN staff': people of an intergovernmental or non-governmental
    body, as the knowledge base files the body."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return _names_an_outside_body([c for c in noun.children if c.dep_ == "compound"])


def _names_an_outside_body(tokens: list[Token]) -> bool:
    """Whether a name among the tokens is of a body the knowledge base files as
    intergovernmental or non-governmental: 'the Red Cross', 'the IMF'."""
    by_token = entities_by_token(tokens[0].doc) if tokens else {}
    entities = {by_token[t.i] for t in tokens if t.i in by_token}
    for entity in entities:
        name = entity[1:] if entity[0].lower_ == "the" else entity
        known = lookup(name.text)
        if known is not None and known.sector in _OUTSIDE_SECTORS:
            return True
    return False


def _readies_a_force(verb: Token, nouns: list[Token]) -> bool:
    """'tested a new missile', 'test-fired a rocket', 'carried out a test of its missile', 'put
    its troops on high alert', 'were placed on standby': a weapon tested or a force made ready,
    not used."""
    if _lemma(verb) in word_set("events", "testing") or _glued_to_a_test(verb):
        return any(is_weapon(o) for o in objects_and_their_conjuncts(verb, {"dobj"}))
    tests = (n for n in nouns if _lemma(n) in word_set("events", "testing"))
    if any(is_weapon(o) for n in tests if (o := of_object(n)) is not None):
        return True
    return made_ready(verb) or _tightens_security(verb)


# Verbs that raise a level, and what a force's raised level is of.
_RAISING = frozenset({"tighten", "step up", "increase", "boost", "beef up", "heighten", "raise"})
_GUARD = frozenset({"security", "patrol", "alert", "vigilance", "presence"})


def _tightens_security(verb: Token) -> bool:
    """'security was tightened around the area', 'police stepped up patrols': forces on a
    higher alert (CAMEO 151, MOBILIZE)."""
    if not phrasal_in(verb, _RAISING):
        return False
    raised = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    return any(_lemma(o) in _GUARD for o in raised)


def confines(verb: Token) -> bool:
    """'put Aung San Suu Kyi under house arrest', 'kept the activist in detention', 'took three
    activists into custody': someone detained (CAMEO 173)."""
    if _lemma(verb) not in word_set("events", "confining"):
        return False
    # Someone confined: 'talks were held in Geneva under guard' confine no one.
    held = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    if not held or any(_lemma(h) in kinds_of_nouns() for h in held):
        return False
    return _custody_on(verb, _INTO_CUSTODY)


# 'under arrest', 'in detention', 'into custody'.
_INTO_CUSTODY = frozenset({"under", "in", "into"})


def _custody_on(verb: Token, prepositions: frozenset[str]) -> bool:
    """Whether one of the 'custody' nouns hangs on the verb by one of `prepositions`."""
    places = (p for p in verb.children if p.dep_ == "prep" and p.lower_ in prepositions)
    custody = word_set("events", "custody")
    return any(o.dep_ == "pobj" and _lemma(o) in custody for p in places for o in p.children)


def held_in_custody(verb: Token) -> bool:
    """'the journalist spent a third day in custody', 'remained under house arrest': someone
    still detained (CAMEO 173), told as the time they spend there."""
    if _lemma(verb) not in _SPENDING_TIME or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return _custody_on(verb, _IN_CUSTODY)


# 'under arrest', 'in detention': where someone still is.
_IN_CUSTODY = frozenset({"under", "in"})


# Verbs of time spent somewhere: 'spent a week in detention', 'remains in custody'.
_SPENDING_TIME = frozenset({"spend", "remain", "stay", "languish"})


def made_ready(verb: Token) -> bool:
    """'put on high alert', 'placed on standby'."""
    ons = (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on")
    readiness = word_set("events", "readiness")
    return any(o.dep_ == "pobj" and _lemma(o) in readiness for p in ons for o in p.children)


def _glued_to_a_test(verb: Token) -> bool:
    """'fired' of 'test-fired'."""
    first = glued_before(verb)
    return first is not None and _lemma(first) in word_set("events", "testing")


def hyphenated_lemma(token: Token) -> str:
    """'sit-in' for the 'in' of 'staged a sit-in'; the token's lemma when it stands alone."""
    first = glued_before(token)
    return _lemma(token) if first is None else f"{first.lower_}-{_lemma(token)}"
