"""Force used on people, read off the parse where the model's stories seldom show it apart:
executions, abductions (people seized by outlaws too) and killings of the unarmed (ASSAULT,
CAMEO 18), an army's hardware striking and force used (FIGHT, 19), arrests, searches, hacking,
areas sealed off, bodies dissolved, newspapers closed, crowds dispersed, people expelled and
force used by the police (COERCE, 17), and crowds that clash with the police, riot, occupy a
place, block roads or act in protest (PROTEST, 14), as the PLOVER codebook and CAMEO file them.
Who bears arms comes from the knowledge base's agent sectors."""

from __future__ import annotations

from spacy.tokens import Token

from attache_worker.extraction.acting import is_place_noun
from attache_worker.extraction.data import word_set
from attache_worker.extraction.event_features import (
    is_to_infinitive,
    phrasal_in,
    reported,
    with_its_particle,
)
from attache_worker.extraction.kb import agent_sector
from attache_worker.extraction.nlp import objects_of_to
from attache_worker.extraction.verb_objects import (
    counted_noun,
    is_weapon,
    objects_and_their_conjuncts,
)

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Verbs whose subject suffers what happens: 'died in clashes', 'died in a Turkish strike'.
SUFFERING = frozenset({"die", "perish"})


def act_of_force(act: Token) -> str | None:
    """The PLOVER type of force used on people that the act names, or None."""
    # First: a crowd storming a building riots, where the police storming it search it.
    if _crowd_clashes_with_police(act) or _crowd_occupies(act) or _crowd_riots(act):
        return "PROTEST"
    if _crowd_blocks_passage(act):
        return "PROTEST"
    if _crowd_acts_in_protest(act):
        return "PROTEST"
    if _cordons_off(act) or _dissolves_a_body(act) or _searches_premises(act):
        return "COERCE"
    if _attacks_computers(act) or _disperses_a_crowd(act) or _expels_people(act):
        return "COERCE"
    if _done_to_disperse_a_crowd(act):
        return "COERCE"
    if _arrests_people(act) or _breaks_up_a_ring(act):
        return "COERCE"
    held = held_captive(act)
    if held is not None:
        return held
    if any(map(_suicide_bomber, _doers(act))):
        return "ASSAULT"  # 'two suicide bombers blew themselves up in the market' (CAMEO 183)
    if _bombards_by_military_means(act) or takes_ground(act) or _armed_sides_kill(act):
        return "FIGHT"
    used = _force_used(act)
    if used is not None:
        return used
    if _lemma(act) in word_set("events", "abducting") or _executes_people(act):
        return "ASSAULT"
    if _seized_by_outlaws(act):
        return "ASSAULT"
    if _kills_civilians(act) or _killed_by_a_bomb(act):
        return "ASSAULT"
    return "FIGHT" if _killed_by_military_means(act) else None


# 'use force', 'resort to force': CAMEO 19 in the words of its own name.
_FORCE_USING = frozenset({"use", "employ", "apply"})


def _force_used(verb: Token) -> str | None:
    """'would use force against the rebels', 'resorted to military force': conventional
    military force used (CAMEO 19, FIGHT); by the police, violent repression (175, COERCE), as
    is the use of the means of crowd control by anyone ('used tear gas to disperse the
    protesters', 'resorted to pepper spray', 'responded with water cannon')."""
    lemma = _lemma(verb)
    if lemma in _FORCE_USING or lemma in _SHOOTING:
        means = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    elif lemma == "resort":
        means = objects_of_to(verb)
    else:
        means = []
    # 'responded with tear gas', 'took over the area with rubber bullets and tear gas'.
    withs = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with")
    used_with = [o for w in withs for o in w.children if o.dep_ == "pobj"]
    if any(
        map(_controls_crowds, [*means, *used_with, *(c for o in used_with for c in o.conjuncts)])
    ):
        return "COERCE"
    if lemma in _SHOOTING or not any(_lemma(m) == "force" for m in means):
        return None
    return "COERCE" if any(map(_is_police, counted_subjects(verb))) else "FIGHT"


# Shooting with firearms ('opened fire', 'fired shots'), or with a crowd's means ('fired tear
# gas', 'shot rubber bullets').
_SHOOTING = frozenset({"fire", "shoot", "open"})


def _controls_crowds(means: Token) -> bool:
    """'tear gas', 'pepper spray', 'water cannon', 'rubber bullets', 'batons'; the words before
    the noun may name them too ('teargas and water cannons', parsed as one noun phrase)."""
    before = [t for t in means.subtree if t.i < means.i]
    named = {_lemma(means), *map(_lemma, before), *(f"{_lemma(t)} {_lemma(means)}" for t in before)}
    return bool(named & word_set("events", "crowd_control"))


def _is_police(noun: Token) -> bool:
    return agent_sector(_lemma(noun)) == "COP"


def raids_by_police(verb: Token, nouns: list[Token]) -> bool:
    """'police carried out the raids', 'police conducted a raid on the camp': a police raid is
    a search (PLOVER's COERCE), where troops raiding rebel hideouts fight."""
    raids = any(_lemma(n) == "raid" for n in nouns)
    return raids and any(map(_is_police, counted_subjects(verb)))


# Sectors of the knowledge base's agents who take people outside any law: criminals, and
# rebels and militants of no recognized force.
_OUTLAW_SECTORS = frozenset({"CRM", "UAF", "REB", "INS"})
_SEIZING = frozenset({"seize", "grab", "snatch"})


def _arrests_people(verb: Token) -> bool:
    """'police arrested 30 people', 'officers have been arrested on charges of extortion',
    'rounded up hundreds of separatists': people arrested or detained (CAMEO 173, COERCE),
    whatever the charges; not by criminals or rebels, whose captives are abducted."""
    if not phrasal_in(verb, word_set("events", "arresting")):
        return False
    return not _done_by_outlaws(verb) and bool(people_taken(verb))


# Groups outside the law that police break up, and the verbs they are broken up with.
_RINGS = frozenset({"ring", "gang", "network", "cell", "cartel", "syndicate"})
_BREAKING_UP = frozenset({"break up", "smash", "dismantle", "bust", "crack"})


def _breaks_up_a_ring(verb: Token) -> bool:
    """'police smashed two drug smuggling rings', 'security forces broke up five espionage
    rings': law enforcement against a criminal group (CAMEO 17, COERCE), not a battle."""
    if not phrasal_in(verb, _BREAKING_UP) or _done_by_outlaws(verb):
        return False
    broken = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    return any(_lemma(counted_noun(o)) in _RINGS for o in broken)


# Verbs of taking ground by force, and the posts held by force that may be taken.
_TAKING_GROUND = frozenset({"capture", "recapture", "overrun", "seize", "retake"})
_POSTS = frozenset(
    {"post", "outpost", "base", "position", "checkpoint", "barracks", "garrison", "stronghold"}
    | {"airport", "airbase", "airfield", "hill", "hilltop", "bridge", "territory", "ground"}
)


def takes_ground(verb: Token) -> bool:
    """'rebels overran an isolated police post', 'troops recaptured the town', 'his troops
    took Tavildara': ground taken by force (CAMEO 192, FIGHT), whoever was killed taking it;
    not by the police, who seize what they search, nor by a crowd, which occupies it in
    protest. 'Take' takes ground only when armed men take it."""
    taking = _lemma(verb) in _TAKING_GROUND
    if not taking and _lemma(verb) != "take":
        return False
    takers = _doers(verb)
    if any(_is_police(t) or crowd_acts(t) for t in takers):
        return False
    if not taking and not any(agent_sector(_lemma(t)) in ARMED_SECTORS for t in takers):
        return False
    taken = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    return any(
        _lemma(o) in _POSTS or is_place_noun(o) or o.ent_type_ in {"GPE", "LOC", "FAC"}
        for o in taken
    )


def _doers(verb: Token) -> list[Token]:
    """Who did it: the subjects, or a passive's agent ('were killed by rebels'), each read by
    what a count counts."""
    agents = (p for a in verb.children if a.dep_ == "agent" for p in a.children)
    return [*counted_subjects(verb), *(counted_noun(p) for p in agents if p.dep_ == "pobj")]


def _suicide_bomber(noun: Token) -> bool:
    """'suicide bombers', 'a suicide attacker': not 'bombers', which may be aircraft."""
    suicide = any(c.lower_ == "suicide" for c in noun.children if c.dep_ in {"compound", "amod"})
    return suicide and _lemma(noun) in {"bomber", "attacker", "assailant"}


def _seized_by_outlaws(verb: Token) -> bool:
    """'kidnappers seized a Dutch couple', 'rebels seized 30 villagers': people seized by
    criminals or irregular fighters are abducted (CAMEO 181, ASSAULT); seized by the police they
    are arrested, and soldiers seized in the field are taken in a fight."""
    if _lemma(verb) not in _SEIZING or not _done_by_outlaws(verb):
        return False
    seized = [counted_noun(o) for o in objects_and_their_conjuncts(verb, {"dobj"})]
    return any(_seized_person(o) for o in seized)


# Who keeps people for a state: its police, forces, officials, courts and spies, and the
# nouns for its men that the knowledge base files under no sector.
_STATE_CUSTODIANS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})
_CUSTODIAN_NOUNS = frozenset({"officer", "official", "guard", "agent", "authority"})


def held_captive(verb: Token) -> str | None:
    """'the men are being held by border security officers', 'two journalists were held by
    militants for a year': people held by a state's men are detained (CAMEO 173, COERCE), by
    criminals or irregular fighters taken hostage (181, ASSAULT)."""
    if _lemma(verb) not in {"hold", "keep"} or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agents = (p for a in verb.children if a.dep_ == "agent" for p in a.children)
    holders = [counted_noun(p) for p in agents if p.dep_ == "pobj"]
    if not holders or not any(not is_place_noun(p) for p in people_taken(verb)):
        return None  # 'the town is held by the rebels': ground, though it names its residents
    sectors = {agent_sector(_lemma(h)) for h in holders}
    if sectors & _OUTLAW_SECTORS:
        return "ASSAULT"
    if sectors & _STATE_CUSTODIANS or any(map(_holds_for_a_state, holders)):
        return "COERCE"
    return None


def _holds_for_a_state(holder: Token) -> bool:
    """'Israel', 'the authorities', 'border security officers'."""
    return holder.ent_type_ == "GPE" or _lemma(holder) in _CUSTODIAN_NOUNS


def _done_by_outlaws(verb: Token) -> bool:
    return any(agent_sector(_lemma(s)) in _OUTLAW_SECTORS for s in counted_subjects(verb))


def _seized_person(noun: Token) -> bool:
    if _lemma(noun) == "couple":
        return True  # 'a Dutch couple', which the agents do not list
    if is_place_noun(noun) or not names_people(noun):
        return False  # the knowledge base files 'town' as its residents
    # 'two soldiers', 'two army officers': armed men taken in a fight.
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    return all(agent_sector(_lemma(w)) not in _ARMED_SECTORS for w in words)


def counted_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, counted ones by what is counted: 'thousands of protesters'; a
    pronoun by whom it stands for."""
    return [counted_noun(_reporter_behind(c)) for c in verb.children if c.dep_ in _SUBJECT_DEPS]


# Pronouns a reported clause's subject uses for the one who reports it.
_SELF_PRONOUNS = frozenset({"they", "we", "it"})


def _reporter_behind(subject: Token) -> Token:
    """'the army' for 'they' of 'the army said they killed three militants': a reported clause's
    pronoun subject stands for the reporting verb's subject, when that is no pronoun itself."""
    clause = subject.head
    if subject.lower_ not in _SELF_PRONOUNS or not reported(clause):
        return subject
    reporter = next((c for c in clause.head.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject if reporter is None or reporter.pos_ == "PRON" else reporter


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _cordons_off(verb: Token) -> bool:
    """'police sealed off the city centre', 'troops cordoned off the area', 'the district was
    locked down': an area closed to the people in it (PLOVER's COERCE)."""
    return _with_its_off(verb) in word_set("events", "cordoning")


def _with_its_off(verb: Token) -> str | None:
    """'cordon off' of 'cordoned off the old city', where the parser may take 'off' for a
    preposition with the area as its object."""
    off = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "off"), None)
    return with_its_particle(verb) if off is None else f"{_lemma(verb)} off"


def _dissolves_a_body(verb: Token) -> bool:
    """'dissolved the main opposition party', 'outlawed the movement': a body banned (PLOVER's
    COERCE). Not 'dissolved parliament', which a government does to its own assembly. Closing
    a newspaper or a channel censors it: 'shut down two television channels'."""
    if _lemma(verb) in word_set("events", "dissolving"):
        bodies = word_set("events", "civic_bodies") | word_set("events", "media_outlets")
        # 'the two outlets were dissolved by the government', 'disbanded the KDPK'
        dissolved = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
        return any(_lemma(o) in bodies or _names_an_organization(o) for o in dissolved)
    if not phrasal_in(verb, word_set("events", "closing")):
        return False
    return any(map(is_a_voice, objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})))


# What a state dissolves of its own: its assembly or its government.
_OWN_ASSEMBLIES = frozenset(
    {"parliament", "assembly", "congress", "senate", "cabinet", "government"}
)


def _names_an_organization(noun: Token) -> bool:
    """'the KDPK', 'the Muslim Brotherhood': a body named, not the state's own assembly."""
    named = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    if any(_lemma(t) in _OWN_ASSEMBLIES for t in named):
        return False
    return noun.pos_ == "PROPN" and noun.ent_type_ == "ORG"


def is_a_voice(noun: Token) -> bool:
    """A body or an outlet people speak through: 'the opposition party', 'two private
    television channels', 'the independent daily'; not 'the police station'."""
    named = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    outlets = word_set("events", "media_outlets") | word_set("events", "civic_bodies")
    return any(_lemma(t) in outlets for t in named)


def _executes_people(verb: Token) -> bool:
    """'executed 81 men', 'hanged six prisoners', 'two activists were executed': people put to
    death (the PLOVER codebook's judicial execution, ASSAULT), not a plan carried out."""
    if _lemma(verb) not in word_set("events", "executing"):
        return False
    # 'hanged himself' is no execution.
    return any(not o.lower_.endswith(_REFLEXIVE) for o in people_taken(verb))


_REFLEXIVE = ("self", "selves")


def people_taken(verb: Token) -> list[Token]:
    """The people a verb takes, as its object or its passive subject, counted ones by what is
    counted: 'released 14 prisoners', 'two activists were executed'."""
    taken = [counted_noun(o) for o in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})]
    return [o for o in taken if names_people(o)]


def names_people(noun: Token) -> bool:
    """A person or people: a name, a pronoun, a noun the knowledge base's agents know
    ('prisoners', 'men', 'activists') or one of the nouns for people in groups.json
    ('hostages', 'detainees')."""
    if noun.ent_type_ in {"PERSON", "NORP"} or noun.pos_ == "PRON":
        return True
    if noun.pos_ != "NOUN":
        return False
    lemma = _lemma(noun)
    return agent_sector(lemma) is not None or lemma in word_set("groups", "people")


# Sectors of the knowledge base's agents who bear arms: armies, police, rebels, militants,
# spies.
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "INS"})
# Sectors of people who bear none: civilians, clergy and worshippers, students and teachers,
# journalists, refugees, medics, farmers, workers. Not 'people' or 'members' at large, whom
# clashes, disasters and armies count as well.
_UNARMED_SECTORS = frozenset({"CVL", "REL", "EDU", "MED", "REF", "HLH", "AGR", "LAB"})


def _kills_civilians(verb: Token) -> bool:
    """'killed 12 villagers', '30 civilians were killed', 'shot dead two journalists': violence
    against people who bear no arms is an assault (CAMEO 18), not fighting between forces."""
    if _lemma(verb) not in word_set("events", "killing"):
        return False
    victims = [counted_noun(o) for o in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})]
    sectors = [agent_sector(_lemma(v)) for v in victims if v.pos_ == "NOUN"]
    unarmed = bool(sectors) and all(s in _UNARMED_SECTORS for s in sectors)
    return unarmed and not _by_military_means(verb)


def _armed_sides_kill(verb: Token) -> bool:
    """'soldiers killed nine PKK guerrillas', 'five soldiers were killed by rebels': an army
    and armed men killing each other fight (CAMEO 19), whatever weapon they use."""
    if _lemma(verb) not in word_set("events", "killing"):
        return False
    victims = [counted_noun(o) for o in objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})]
    killers = _doers(verb)
    killed_by = set(map(_armed_sector, killers))
    # 'and six in Hakkari': a bare count is more of the same.
    killed = {_armed_sector(v) for v in victims if v.pos_ != "NUM"}
    if not killed or not killers or any(_lemma(k) in _IMPROVISED for k in killers):
        return False  # a suicide bomber assaults, whoever dies
    army = {"MIL"}
    return (killed_by <= army and killed <= army | _IRREGULARS) or (
        killed_by <= _IRREGULARS and killed <= army
    )


def _armed_sector(noun: Token) -> str | None:
    """The knowledge base's sector of the noun; 'forces' ('armed forces', 'government forces')
    are an army's unless a word before them makes them irregulars or police ('rebel forces',
    'police forces')."""
    sector = agent_sector(_lemma(noun))
    if sector is not None or _lemma(noun) != "force":
        return sector
    named = (agent_sector(_lemma(c)) for c in noun.children if c.dep_ in {"compound", "amod"})
    return next((s for s in named if s in _IRREGULARS or s == "COP"), "MIL")


# Sectors of the knowledge base's armed men outside an army: rebels, militants, militias;
# and of all armed men, the army's too.
_IRREGULARS = frozenset({"REB", "UAF"})
ARMED_SECTORS = _IRREGULARS | {"MIL"}


# Munitions a bomber or a gunman uses, not only an army: CAMEO files their attacks under 18.
_IMPROVISED = frozenset({"bomb", "grenade", "explosive", "bomber"})


def _killed_by_military_means(verb: Token) -> bool:
    """'a council member was killed in the shelling', 'died in an air strike': whoever an
    army's weapons kill, the PLOVER 0.5 records file it under FIGHT."""
    killing = _lemma(verb) in word_set("events", "killing") or _lemma(verb) in SUFFERING
    return killing and _by_military_means(verb)


def _by_military_means(verb: Token) -> bool:
    """'Shelling kills six children', 'sixteen civilians were killed by fighter jets', 'killed
    in an air strike', '… when an Israeli strike hit a home': an army's weapons, which the
    PLOVER 0.5 records file under FIGHT whoever they kill. A bomb or a suicide bomber is
    not ('three women were killed when a home-made bomb exploded')."""
    return any(_is_military_weapon(m) for m in _means_of(verb))


def _means_of(verb: Token) -> list[Token]:
    """What did it: the subject, a 'by' or 'in' object, or the subject of a clause of time,
    also where the parser hangs it on a verb joined to this one ('two were killed and six
    wounded when a home-made bomb ripped through a restaurant')."""
    means = counted_subjects(verb)
    preps = [c for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in"}]
    means += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    clauses = (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl")
    means += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return means


def _killed_by_a_bomb(verb: Token) -> bool:
    """'two people were killed when a home-made bomb ripped through a restaurant', 'a suicide
    bomber killed 12 people', 'died in the bomb': a bombing (CAMEO 183), an assault whoever it
    kills."""
    if _lemma(verb) not in word_set("events", "killing") and _lemma(verb) not in SUFFERING:
        return False
    return any(_lemma(m) in _IMPROVISED for m in _means_of(verb))


# Weapons of mass violence, which CAMEO files apart from an army's (20, ASSAULT).
_UNCONVENTIONAL = frozenset({"chemical", "biological", "toxic", "poison", "nerve"})
# Bombs made and planted, not an army's: 'a roadside bombing', 'a car bomb attack'.
_MADE_UP = frozenset({"roadside", "car", "suicide", "truck", "homemade", "improvised"})
_NO_ARMY_S = _UNCONVENTIONAL | _MADE_UP


def _is_military_weapon(noun: Token) -> bool:
    lemma = _lemma(noun)
    if lemma in _IMPROVISED:
        return False
    if any(_lemma(t) in _NO_ARMY_S for c in noun.lefts for t in c.subtree):
        return False  # 'a chemical weapons attack', 'a roadside bombing'
    aerial = word_set("events", "aerial")
    if lemma == "strike" and any(_lemma(c) in aerial for c in noun.children):
        return True
    # 'artillery fire', 'mortar rounds': the weapon may modify what it delivers.
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    return any(is_weapon(t) and _lemma(t) not in _IMPROVISED for t in [noun, *modifiers])


def _crowd_clashes_with_police(verb: Token) -> bool:
    """'opposition supporters clashed with police': a crowd fighting the police riots (the
    PLOVER codebook's PROTEST); armed parties clashing fight."""
    if _lemma(verb) != "clash":
        return False
    subjects = counted_subjects(verb)
    withs = (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "with")
    opponents = [o for p in withs for o in p.children if o.dep_ == "pobj"]
    return pits_a_crowd_against_police([*subjects, *opponents])


def pits_a_crowd_against_police(parties: list[Token]) -> bool:
    """Among the parties to a clash, the police and a crowd that bears no arms."""
    sectors = [(p, agent_sector(_lemma(p))) for p in parties]
    police = any(sector == "COP" for _, sector in sectors)
    return police and any(p.pos_ == "NOUN" and s not in _ARMED_SECTORS for p, s in sectors)


# What blocks a road: 'threw up roadblocks', 'erected barricades'.
_BLOCKS = frozenset({"roadblock", "barricade", "blockade", "road-block"})


def _crowd_blocks_passage(verb: Token) -> bool:
    """'farmers threw up roadblocks across France', 'protesters erected barricades': a crowd
    obstructing passage protests (CAMEO 144), whatever the verb that puts up the block."""
    objects = objects_and_their_conjuncts(verb, {"dobj"})
    if not any(_lemma(o) in _BLOCKS for o in objects):
        return False
    return any(map(crowd_acts, counted_subjects(verb)))


def _crowd_occupies(verb: Token) -> bool:
    """'demonstrators occupied the main square', 'students occupied the rector's office': an
    unarmed crowd holding a place obstructs it (the PLOVER codebook's PROTEST); troops or
    rebels occupying a town take it."""
    if _lemma(verb) not in {"occupy", "seize"}:
        return False
    if any(map(_protests, _doers(verb))):
        return True  # 'two towns have been seized by a crowd of people protesting …'
    subjects = counted_subjects(verb) if _lemma(verb) == "occupy" else []
    # Not 'people' at large: '20,000 people occupy the islands' live there.
    crowds = _UNARMED_SECTORS | {"OPP"}
    return any(s.pos_ == "NOUN" and agent_sector(_lemma(s)) in crowds for s in subjects)


def _crowd_riots(verb: Token) -> bool:
    """'rioters set fire to government buildings', 'demonstrators hurled petrol bombs at police',
    'striking miners attacked police with iron bars': violence done by a crowd that protests is
    a riot (CAMEO 145, the PLOVER codebook's riot), and so is that of unarmed people turned on
    the police ('students stoned the police'); armed men attacking a town fight."""
    if not _is_rioting(verb):
        return False
    subjects = counted_subjects(verb)
    if any(map(_protests, subjects)):
        return True
    police = any(map(_is_police, _parties_struck(verb)))
    return (police or _damages_property(verb)) and any(map(_bears_no_arms, subjects))


def crowd_acts(noun: Token) -> bool:
    """A protesting crowd, or people who bear no arms: 'demonstrators', 'villagers'."""
    noun = counted_noun(noun)
    return _protests(noun) or _bears_no_arms(noun)


def _damages_property(verb: Token) -> bool:
    """'burned down a police station', 'looted shops', 'set fire to a house' (a rioting verb,
    so 'set' sets fire): a crowd's violence to things, a riot; not to people ('burned him to
    death' kills him)."""
    if people_taken(verb):
        return False
    return _lemma(verb) == "set" or _lemma(verb) in word_set("events", "rioting_on_things")


def _bears_no_arms(noun: Token) -> bool:
    """'students', 'villagers', 'youths', 'a crowd': people the knowledge base's agents file
    under an unarmed sector, or a crowd; not 'the militia's personnel'."""
    if noun.pos_ != "NOUN" or is_place_noun(noun):
        return False  # the knowledge base files 'city' as its residents
    lemma = _lemma(noun)
    return (
        agent_sector(lemma) in _UNARMED_SECTORS
        or lemma in _CROWDS | _UNFILED_CIVILIANS
        or lemma == "people"  # 'several hundred young people gathered in protest'
    )


_CROWDS = frozenset({"crowd", "mob", "youth", "teen", "teenager"})
# Working people the knowledge base files under no sector, or under 'unknown' ('driver').
_UNFILED_CIVILIANS = frozenset({"driver", "trucker", "miner", "docker", "pensioner"})


def _is_rioting(verb: Token) -> bool:
    if _lemma(verb) == "set":  # 'set fire to', 'set ablaze'
        return any(_lemma(c) in {"fire", "ablaze", "alight"} for c in verb.children)
    return _lemma(verb) in word_set("events", "rioting")


def protesting_crowd(noun: Token) -> bool:
    """'demonstrators', 'striking workers', 'a crowd': people out to protest, not unarmed
    people at large ('detainees', 'villagers')."""
    noun = counted_noun(noun)
    marks = {_lemma(c) for c in noun.children if c.dep_ in {"amod", "compound"}}
    return _lemma(noun) in _PROTESTERS | _CROWDS or bool(marks & _PROTESTING)


# People named by their protest ('detainees', whom the knowledge base files with the
# opposition, are not).
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "striker"})


def _protests(noun: Token) -> bool:
    """'protesters', 'rioters', 'striking miners', 'protesting farmers': people the knowledge
    base files as a protesting opposition, or said to be protesting or on strike."""
    if noun.pos_ != "NOUN":
        return False
    marks = {_lemma(c) for c in noun.children if c.dep_ in {"amod", "compound", "acl"}}
    return agent_sector(_lemma(noun)) == "OPP" or bool(marks & _PROTESTING)


# 'protesting farmers', 'people protesting government plans' (a clause on the noun).
_PROTESTING = frozenset({"riot", "rioting", "strike", "striking", "protest", "protesting"})


def _parties_struck(verb: Token) -> list[Token]:
    """Whom a violent act is aimed at: its object, or what 'at' or 'on' governs ('hurled
    stones at police')."""
    struck = objects_and_their_conjuncts(verb, {"dobj"})
    aims = (p for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "on"})
    return [*struck, *(o for p in aims for o in p.children if o.dep_ == "pobj")]


# Gathering in a crowd: whoever does it to protest protests ('flew to Brussels to protest'
# may be a government's complaint).
_ASSEMBLING = frozenset({"gather", "assemble", "rally", "converge", "march"})


def _crowd_acts_in_protest(verb: Token) -> bool:
    """'angry farmers dumped potatoes outside the ministry to protest against low prices',
    'students burned cars in protest': whatever a crowd does to protest is its protest (14); a
    government recalling its envoy in protest sanctions."""
    purposes = (c for c in verb.children if c.dep_ in {"advcl", "xcomp"})
    to_protest = any(
        _lemma(c) in word_set("events", "protesting") and any(a.lower_ == "to" for a in c.children)
        for c in purposes
    )
    ins = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in")
    in_protest = any(_lemma(o) == "protest" for i in ins for o in i.children if o.dep_ == "pobj")
    if to_protest and _lemma(verb) in _ASSEMBLING:
        return True  # 'organizers of the demonstration gathered outside the parliament to protest'
    return (to_protest or in_protest) and any(map(crowd_acts, counted_subjects(verb)))


def _expels_people(verb: Token) -> bool:
    """'thousands of illegal immigrants were expelled from Ghana', 'deported 120 asylum
    seekers': people put out of a country (CAMEO 174, COERCE)."""
    if _lemma(verb) not in word_set("events", "expelling"):
        return False
    diplomats = word_set("events", "diplomats")
    return any(_lemma(p) not in diplomats for p in people_taken(verb))


def _bombards_by_military_means(verb: Token) -> bool:
    """'Turkish warplanes bombed rebel bases', 'artillery pounded the old town': an army's
    weapons striking are conventional force (FIGHT), whoever the model thinks they hit."""
    if _lemma(verb) not in word_set("events", "bombarding"):
        return False
    subjects = counted_subjects(verb)
    return any(map(_is_military_hardware, subjects))


def _is_military_hardware(noun: Token) -> bool:
    """'warplanes', 'helicopter gunships', 'artillery', 'tanks': an army's arms, not people
    who bear them ('fighters') nor what may be a bomber's act ('the bombing')."""
    lemma = _lemma(noun)
    if lemma not in word_set("initiatives", "materiel") or lemma in _IMPROVISED:
        return False
    return lemma not in word_set("groups", "nouns")  # 'fighters' are people


def _disperses_a_crowd(verb: Token) -> bool:
    """'riot police broke up an opposition rally', 'troops dispersed the demonstrators': a
    crowd broken up by force, violent repression (CAMEO 175, COERCE), not a protest."""
    if not phrasal_in(verb, word_set("events", "dispersing")):
        return False
    gatherings = word_set("events", "protest_acts") | word_set("events", "unrest_nouns")
    dispersed = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    if dispersed and any(map(_is_police, counted_subjects(verb))):
        return True  # 'police dispersed fights that broke out after the burial'
    return any(
        _lemma(o) in gatherings or _lemma(o) in _CROWDS | {"gathering"} or _protests(o)
        for o in dispersed
    )


def _done_to_disperse_a_crowd(verb: Token) -> bool:
    """'police resorted to pepper spray to break up the protests' (read as 'to pepper spray'),
    'moved in with batons to disperse the crowd': whatever is done to break a crowd up is that
    repression, as the purpose of a journey is the act."""
    if _lemma(verb) in _SHOOTING:
        return False  # 'opened fire to disperse demonstrators, killing one': the PLOVER FIGHT
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    purposes += [g for p in purposes for g in p.children if g.dep_ in {"advcl", "xcomp"}]
    return any(is_to_infinitive(p) and _disperses_a_crowd(p) for p in purposes)


def _searches_premises(verb: Token) -> bool:
    """'police searched the homes of opposition politicians', 'raided the party's offices',
    'demolished the homes of two militants': a search, raid or destruction of premises (the
    PLOVER codebook's COERCE); 'searched for survivors' looks for someone."""
    searching = _lemma(verb) in word_set("events", "searching")
    if not searching and not phrasal_in(verb, word_set("events", "demolishing")):
        return False
    premises = word_set("events", "premises")
    return any(_lemma(o) in premises for o in objects_and_their_conjuncts(verb, {"dobj"}))


def _attacks_computers(verb: Token) -> bool:
    """'hackers attacked the websites of several ministries', 'hacked the election
    commission's servers': a cyber attack (the PLOVER codebook's COERCE), not a use of force."""
    if _lemma(verb) not in word_set("events", "hacking"):
        return False
    systems = word_set("events", "computer_systems")
    objects = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    named = [*objects, *(c for o in objects for c in o.children if c.dep_ == "compound")]
    return any(_lemma(o) in systems for o in named)
