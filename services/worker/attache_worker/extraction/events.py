"""Who did what to whom: PLOVER-typed events, the main clause's first in each sentence.

The main event sits on the main clause, seen through reporting frames ('…, officials said').
Which act it is comes from the event-type model (`event_types`, trained on labelled news), which
reads the clause's predicate through light verbs ('decided to allow' reads 'allow'), its object
and its words. How the act is put comes from the clause's mood, by rule, as PLOVER's categories
are built: a stated intention turns a cooperative act into AGREE and a hostile or conditional
one into THREATEN ('will evacuate', 'would blockade … unless'); a negated cooperative act is
REJECT; 'X said Y must …' is X's DEMAND of Y.
Sources are the actors in the clause's subject (or passive agent); targets those in its objects
and in the prepositions that name whom the act concerns, and for a threat the party its
condition names. Other clauses of the sentence ('…, and warned that China would …', '…, freezing
assets of …') add events after it when they name an actor and the model is sure of their type."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache

from spacy.tokens import Doc, Span, Token

from attache.contract import Actor, Event
from attache.contract import Span as TextSpan
from attache_worker.extraction import kb
from attache_worker.extraction.acting import SETTING_PREPOSITIONS, serves_a_state
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.acts_by_category import (
    breaks_out,
    cameo_sub_type,
    confines,
    cuts_public_services,
    halts_force,
    held_in_custody,
    hyphenated_lemma,
    is_force,
    is_force_or_police,
    is_protector,
    kinds_of_nouns,
    made_ready,
    names_a_known_body,
    parties_between,
    read_by_category,
    sends_forces_to_a_place,
    sets_free,
    signs_an_agreement,
    takes_place,
    what_is_left,
)
from attache_worker.extraction.acts_of_force import (
    SUFFERING,
    held_captive,
    names_people,
    takes_ground,
)
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.data import load_table, word_set
from attache_worker.extraction.event_features import (
    VerbLexicon,
    act_noun,
    act_of,
    clause_chain,
    clause_tokens,
    governors,
    is_light,
    is_to_infinitive,
    listed_verb_type,
    main_predicate,
    opens_with_that,
    pair_keys_of,
    phrasal_in,
    reported,
    trigger_of,
    with_its_particle,
)
from attache_worker.extraction.event_types import EventTyper, get_typer
from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.nlp import (
    hung_on_its_subject,
    nearest_subject,
    object_of,
    objects_of_to,
    of_object,
    span_text,
)
from attache_worker.extraction.speakers import held_to_account, subject_actors
from attache_worker.extraction.verb_objects import (
    counted_noun,
    is_weapon,
    objects_and_their_conjuncts,
)

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd", "prep", "pobj", "obj"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
_SKIPPED_IN_OBJECTS = frozenset({"relcl", "acl", "appos", "advcl", "punct"})
# Prepositions that set a clause in time, cause, circumstance or nearness: their objects are
# not whom the act concerns ('after talks with Iran', 'according to Pentagon sources', 'an
# advance near Khan Sheikhoun', 'tear gas fired outside the Legislative Council').
_CIRCUMSTANCE_PREPS = frozenset(
    {
        "after",
        "ahead",
        "amid",
        "around",
        "amidst",
        "according",
        "as",
        "beside",
        "because",
        "before",
        "despite",
        "due",
        "during",
        "following",
        "for",
        "including",
        "like",
        "near",
        "next",
        "opposite",
        "outside",
        "since",
        "than",
        "throughout",
        "till",
        "until",
        "via",
    }
)
# Clauses that can carry an event of their own next to the main one.
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "going"})
_OBLIGATION = frozenset({"must", "should"})
# 'had to do more', 'needs to stop': verbs of obligation before an infinitive.
_OBLIGING_VERBS = frozenset({"have", "need"})
# Modals that hold an act out as possible: with a condition ('could … if'), as 'would' does.
_POSSIBLE = frozenset({"could", "might", "may"})
_CONDITIONS = frozenset({"if", "unless"})
_STANCE_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "DEMAND"})
_DIRECTIVES = frozenset(
    {"urge", "ask", "call", "press", "demand", "appeal", "request", "implore", "order", "push"}
    | {"pressure"}
)
# Light verbs that say an event of their subject goes on: 'riots continued'.
_ASPECTUAL = frozenset({"begin", "continue", "resume", "start"})
# How sure the model must be of a clause's act before it makes an event: a main clause whose
# act it cannot tell apart ('history and facts point to a different conclusion') states none;
# other clauses must be clearer still, as most of them give circumstances.
MAIN_CLAUSE_CONFIDENCE = 0.2
OTHER_CLAUSE_CONFIDENCE = 0.5
# Below even odds for a main clause's act, the model yields to the verb dictionary where it
# knows the act: CAMEO's curated 'detained' (COERCE) or 'vetoed' (REJECT) is surer than a
# model that leans on a word seen under another type in generated stories.
DICTIONARY_OVER_MODEL = 0.5


class Mood(Enum):
    """How a clause puts its act."""

    ASSERTED = "asserted"
    INTENDED = "intended"
    CONDITIONAL = "conditional"
    NEGATED = "negated"
    OBLIGED = "obliged"


@dataclass(slots=True)
class _Clause:
    head: Token  # the predicate the model reads the clause from
    act: Token  # the verb naming the act, past light verbs
    trigger: Token
    reporter: Token | None
    # The clause a conjoined verb shares its subject with, when it has none of its own.
    subject_from: Token | None = None
    main: bool = True


def find_events(
    doc: Doc, actors: DocActors, boilerplate: Boilerplate, typer: EventTyper | None = None
) -> list[Event]:
    return typed_events(doc, actors, boilerplate, typer)[0]


def typed_events(
    doc: Doc, actors: DocActors, boilerplate: Boilerplate, typer: EventTyper | None = None
) -> tuple[list[Event], list[Event]]:
    """Every event, and those the model typed itself. Where the model is unsure of a main
    clause, the verb dictionary it was trained beside may still know the verb ('fired
    missiles at Kyiv'): that event is reported, but too weakly typed to start an initiative."""
    typer = typer or get_typer()
    events = []
    listed_events = []
    for sentence in doc.sents:
        if boilerplate.covers(sentence.start_char, sentence.end_char):
            continue
        main = main_clause(sentence)
        if main is not None:
            event_type, confidence = clause_type(sentence, main, typer)
            listed = None
            if confidence < MAIN_CLAUSE_CONFIDENCE:
                listed = listed_type(main, typer.lexicon)
            main_mood = mood(main)
            if listed is not None:
                event_type = with_mood(listed, main_mood)
            typed = listed is not None or confidence >= MAIN_CLAUSE_CONFIDENCE
            if typed and _happened(event_type, main_mood):
                event = _event(sentence, main, actors, event_type)
                events.append(event)
                if listed is not None:
                    listed_events.append(event)
        taken = {main.head.i, main.trigger.i} if main is not None else set()
        for clause in _other_clauses(sentence, taken):
            if _mandated(clause.act):
                continue  # 'demanded that Iraq allow inspectors back': asked, not done
            label, confidence = typer.best(sentence, clause.head)
            named = cameo_sub_type(clause.act)
            named = named or ("SUPPORT" if signs_an_agreement(clause.act) else None)
            named = named or ("THREATEN" if _warns_of_what_will_be(clause.act) else None)
            # '… but denied reports it used chemical weapons': a claim turned down.
            named = named or ("REJECT" if _denies_a_claim(clause.act) else None)
            if named is not None:
                label, confidence = named, 1.0
            clause_mood = _other_mood(clause)
            event_type = with_mood(label, clause_mood)
            if confidence < OTHER_CLAUSE_CONFIDENCE or not _happened(event_type, clause_mood):
                continue
            event = _event(sentence, clause, actors, event_type)
            if event.source_ids or event.target_ids:
                events.append(event)
    return events, [e for e in events if e not in listed_events]


def _happened(event_type: str, clause_mood: Mood) -> bool:
    """False for an act the clause says did not happen ('the rebels did not attack the
    convoy', 'no one was killed'): PLOVER codes no such event. A stance the negation makes
    ('refused to withdraw' REJECT, 'pledged not to attack' AGREE) is one."""
    return clause_mood is not Mood.NEGATED or event_type in _STANCE_TYPES


def _other_mood(clause: _Clause) -> Mood:
    """An act refused ('refused to lay down their weapons', read as a clause of its own) is
    negated: the refusal is the main clause's reading, the act's is that it did not happen."""
    found = mood(clause)
    refusal = word_set("events", "refusal")
    if found is Mood.ASSERTED and any(_lemma(g) in refusal for g in governors(clause.act)):
        return Mood.NEGATED
    if found is Mood.ASSERTED:
        # 'sign' of 'expressed its intention to sign', 'signing' of 'had no intention of signing'.
        return _mood_of_its_intention(clause.act) or found
    return found


def _mood_of_its_intention(act: Token) -> Mood | None:
    """The mood of the intention noun an act hangs on, or None when it hangs on none."""
    intention = act.head.head if act.dep_ == "pcomp" else act.head
    if act.dep_ not in {"acl", "pcomp"} or _lemma(intention) not in word_set(
        "events", "intentions"
    ):
        return None
    return Mood.NEGATED if _disowned(intention) else Mood.INTENDED


def main_clause(sentence: Span) -> _Clause | None:
    """The clause the sentence reports, or None when it states no act (a copula, a bare 'said')."""
    head = main_predicate(sentence)
    head = _act_reported_in_news(head) or _occasion_of_words(head) or head
    state = _strike_held(head) or _talks_under_way(head)
    if state is not None:
        return _Clause(head, head, state, head.head if reported(head) else None)
    if held_in_custody(head) or _called_untrue_or_unacceptable(head) or _displeased_with(head):
        return _Clause(head, head, head, head.head if reported(head) else None)
    if _tells_a_state(head):
        return None
    chain = clause_chain(head)
    act = act_of(chain)
    trigger = _trigger(chain)
    affirmed = _act_not_hesitated_over(act)
    if affirmed is not None:
        act = trigger = affirmed
    purpose = _act_handed_to(head)
    purpose_chain = clause_chain(purpose) if purpose is not None else []
    if purpose_chain and _names_an_act(_trigger(purpose_chain)):
        act, trigger = act_of(purpose_chain), _trigger(purpose_chain)
    if trigger.pos_ not in {"VERB", "NOUN"}:
        return None
    if is_light(trigger) and not _light_verb_acts(trigger):
        # 'ordered the ANC to move out of the town': asked, whatever light verb is asked.
        return _Clause(head, head, head, None) if directs(head) else None
    if _meets_the_press(trigger):
        return None
    reporter = head.head if reported(head) else None
    return _Clause(head, act, trigger, reporter)


# Verbs of holding back whose denial affirms the act: 'will not hesitate to use force'.
_HESITATING = frozenset({"hesitate"})


def _act_not_hesitated_over(verb: Token) -> Token | None:
    """'use' of 'will not hesitate to use force', 'help' of 'did not hesitate to help': a
    hesitation denied (litotes) states the act, as ready or as done; the hesitation is no act."""
    if _lemma(verb) not in _HESITATING or not any(_negates(c) for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and is_to_infinitive(c)
        ),
        None,
    )


def _hesitation_denied(verb: Token, act: Token) -> bool:
    """Whether `verb` is a hesitation `act` was handed over from: its negation is no act's."""
    return verb is not act and _act_not_hesitated_over(verb) is not None


def _act_handed_to(verb: Token) -> Token | None:
    """The act a verb reports in its stead: a journey's purpose, an occasion's use, the way a
    response was made or what a decision made is to do."""
    journey_or_occasion = _purpose_of_a_journey(verb) or _act_of_an_occasion(verb)
    return journey_or_occasion or _response_made_by(verb) or _act_decided(verb)


_DECIDING = frozenset({"make", "take", "reach", "announce"})


def _act_decided(verb: Token) -> Token | None:
    """'disband' of 'made the decision to disband the party', as of 'decided to disband it'."""
    return _clause_on_its_object(verb, _DECIDING, frozenset({"decision"}), is_to_infinitive)


_RESPONDING = frozenset({"respond", "react", "retaliate"})


def _response_made_by(verb: Token) -> Token | None:
    """'suspending' of 'responded to the protests by suspending the free trade agreement': a
    response is the act it was made by."""
    if _lemma(verb) not in _RESPONDING:
        return None
    bys = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by")
    return next(
        (g for b in bys for g in b.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None
    )


def _verb_handing_over(act: Token) -> Token | None:
    """The journey or the taking of an occasion that hands over to `act`, if one does."""
    for verb in (act.head, act.head.head):
        if verb != act and _act_handed_to(verb) == act:
            return verb
    return None


_TAKING = frozenset({"take", "use", "seize", "grab"})
_OCCASIONS = frozenset({"opportunity", "chance", "occasion"})


def _act_of_an_occasion(verb: Token) -> Token | None:
    """'criticize' of 'took the opportunity to criticize the government': an occasion used
    for an act reports the act."""
    return _clause_on_its_object(verb, _TAKING, _OCCASIONS, is_to_infinitive)


def _clause_on_its_object(
    verb: Token, verbs: frozenset[str], nouns: frozenset[str], fits: Callable[[Token], bool]
) -> Token | None:
    """The clause that `fits`, hung on the object of a verb of `verbs` when the object is one
    of `nouns`: 'to criticize' of 'took the opportunity to criticize', 'that … were shelling'
    of 'received reports that Iraqi forces were shelling'."""
    if _lemma(verb) not in verbs:
        return None
    objects = (c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in nouns)
    clauses = (
        c
        for o in objects
        for c in o.children
        if c.dep_ in {"acl", "relcl", "ccomp"} and c.pos_ == "VERB" and fits(c)
    )
    return next(clauses, None)


def _purpose_of_a_journey(verb: Token) -> Token | None:
    """'hold' of 'left Amman for Ramallah to hold talks', 'disperse' of 'police moved in to
    disperse the crowd': a journey made for an act reports the act, not a departure."""
    lemma = _lemma(verb)
    if lemma not in word_set("events", "journeying"):
        return None
    # 'going to' and 'come to' with an infinitive tell what will be or became: no journey.
    purposes = {"advcl"} if lemma in {"go", "come"} else {"advcl", "xcomp"}
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in purposes
            and c.pos_ == "VERB"
            and is_to_infinitive(c)
            and _lemma(c) != "be"
            and not _has_subject(c)
        ),
        None,
    )


def _names_an_act(trigger: Token) -> bool:
    """A verb, or the noun of a light verb that names an act ('to hold talks'; not 'to get a
    big amount of water')."""
    return trigger.pos_ == "VERB" or _lemma(trigger) in kinds_of_nouns()


def _model_reads(clause: _Clause) -> Token:
    """The word the model reads the clause's act from: its head, past a hesitation denied
    (read as a refusal), a journey made for the act ('left Amman', read as a withdrawal) or an
    occasion taken for it."""
    if _hesitation_denied(clause.act.head, clause.act):
        return clause.act
    purpose = _act_handed_to(clause.head)
    return purpose if purpose is not None and clause.act != clause.head else clause.head


def _stated_by_a_turn_of_phrase(sentence: Span, clause: _Clause, typer: EventTyper) -> str | None:
    """The type an idiom gives the clause, past what its verb reads as: no objection is consent
    ('would not object to a visit', CAMEO 03); an act going into another day goes on ('the
    strike entered its third day'); an act not ruled out is held out, a threat or an offer as
    it is hostile or not ('refused to rule out the use of force', 'did not rule out a
    meeting')."""
    if _objection_denied(clause.act):
        return "AGREE"
    going_on = _act_into_a_new_span(clause.act)
    if going_on is not None:
        return going_on
    held_open = _act_held_open(sentence, clause.head, typer)
    return with_mood(held_open, Mood.INTENDED) if held_open is not None else None


def _objection_denied(verb: Token) -> bool:
    """'would not object to a visit', 'did not object to the plan': no objection to a thing
    is consent to it."""
    if _lemma(verb) != "object" or not any(_negates(c) for c in verb.children):
        return False
    return bool(objects_of_to(verb))


def _act_into_a_new_span(verb: Token) -> str | None:
    """The type of an act said to go into another span of time: 'the strike entered its third
    day' (the subject), 'workers entered the ninth day of their protest' (what the span is
    of); None for anything else ('troops entered the town')."""
    if _lemma(verb) != "enter":
        return None
    spans = _SPANS_OF_TIME | {"year"}
    span = next((c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in spans), None)
    if span is None:
        return None
    acts = [of_object(span), *(c for c in verb.children if c.dep_ in _SUBJECT_DEPS)]
    return next(filter(None, (_type_of_the_act_named(a) for a in acts if a is not None)), None)


def _act_held_open(sentence: Span, head: Token, typer: EventTyper) -> str | None:
    """The type of the act a party does not rule out ('did not rule out military action',
    'refused to rule out new sanctions', 'did not rule out backing the bail-out'), or None: the
    double negation holds the act out."""
    for verb in clause_chain(head):
        if with_its_particle(verb) != "rule out" or not _ruling_out_denied(verb):
            continue
        for act in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "xcomp"}):
            if act.pos_ == "VERB":
                label, confidence = typer.best(sentence, act)
                return label if confidence >= MAIN_CLAUSE_CONFIDENCE else None
            return _type_of_the_act_named(act)
    return None


def _ruling_out_denied(verb: Token) -> bool:
    refusing = verb.dep_ == "xcomp" and _lemma(verb.head) in word_set("events", "refusal")
    return refusing or any(_negates(c) for c in verb.children)


def _type_of_the_act_named(noun: Token) -> str | None:
    """'the use of force' and 'military action' FIGHT, 'new sanctions' SANCTION, 'a meeting'
    CONSULT: the type of the act a noun names, by the initiatives' table."""
    if _lemma(noun) in {"use", "possibility"}:
        noun = of_object(noun) or noun
    military = word_set("initiatives", "military_words")
    armed = any(c.dep_ in {"amod", "compound"} and _lemma(c) in military for c in noun.children)
    if _lemma(noun) == "force" or (armed and _lemma(noun) in _MILITARY_ACTS):
        return "FIGHT"
    if _lemma(noun) == "strike" or hyphenated_lemma(noun) in word_set("events", "protest_acts"):
        return "PROTEST"  # a strike no military word qualifies is a stoppage of work
    return _TYPE_BY_NOUN_KIND.get(kinds_of_nouns().get(_lemma(noun), ""))


# What names armed force once a military word qualifies it: 'military action', 'air strikes'.
_MILITARY_ACTS = frozenset({"action", "option", "strike", "intervention", "response"})


def _meets_the_press(noun: Token) -> bool:
    """'held a press conference', 'gave a news briefing': a statement to reporters (CAMEO 01),
    which PLOVER codes as no event, though the noun of a conference names talks."""
    if _lemma(noun) not in {"conference", "briefing"}:
        return False
    return any(
        c.dep_ in {"compound", "amod"} and _lemma(c) in {"press", "news"} for c in noun.children
    )


def _light_verb_acts(verb: Token) -> bool:
    """'said no to the proposal' answers it, 'put her under house arrest' detains her, 'were
    set free' frees them, 'troops took the town' captures it and 'were held by police' detains
    them; a bare 'said' states no act."""
    answers = _answer_to_a_proposal(verb) is not None
    held = held_captive(verb) is not None
    return answers or confines(verb) or sets_free(verb) or takes_ground(verb) or held


def clause_type(sentence: Span, clause: _Clause, typer: EventTyper) -> tuple[str, float]:
    """The clause's PLOVER type (the model's act, as the clause's mood puts it) and how sure
    the model is of the act."""
    label, confidence = typer.best(sentence, _model_reads(clause))
    phrased = _stated_by_a_turn_of_phrase(sentence, clause, typer)
    if phrased is not None:
        return phrased, max(confidence, MAIN_CLAUSE_CONFIDENCE)
    paired = _paired_type(clause.act, typer.lexicon)
    if _names_its_object(clause.act) and paired is None:
        if _calls_it_names(clause.act):
            # 'called the ambassador a liar': denigrating a party (CAMEO 111).
            return with_mood("DISAPPROVE", mood(clause)), max(confidence, MAIN_CLAUSE_CONFIDENCE)
        # 'named him envoy': the verb says what its object is, not an act of its own.
        return with_mood(label, mood(clause)), 0.0
    if asks_for_a_thing(clause.act) or _issues_a_call(clause.act) or _seeks_a_thing(clause.act):
        return "DEMAND", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if any(_mandated(c) for c in clause.act.children):
        # 'insisted that the president step down': what it requires of another.
        return "DEMAND", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    clause_mood = mood(clause)
    if clause_mood is Mood.OBLIGED and (clause.reporter is not None or directs(clause.act)):
        # 'told Islamabad it must do more': what a party is told it must do is asked of it,
        # however vaguely the act is put; 'was urged by Italy to open its ports' asks it.
        return "DEMAND", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if clause_mood is Mood.NEGATED and _keeps_up_force(clause.act):
        # 'We won't cease our attacks unless …': force kept up is threatened (CAMEO 13).
        return "THREATEN", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if clause_mood is Mood.NEGATED and _says_it_will_not(clause.act):
        # 'said it would not hand over the suspects', 'will not give up its right': a refusal,
        # whatever the act refused.
        return "REJECT", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if clause_mood is Mood.NEGATED and _promises_to_hold_back(clause):
        # 'pledged not to attack shipping', 'agreed not to strike': a promise to hold back
        # (CAMEO 035, intent to yield); 'vowed not to negotiate' still refuses.
        held_back = "REJECT" if _cooperative_act(sentence, clause.act, typer) else "AGREE"
        return held_back, max(confidence, MAIN_CLAUSE_CONFIDENCE)
    nouns = _nouns_of_light_verbs(clause)
    if _halts_support_by_verb(clause.act) or any(_halts_support_by_noun(n) for n in nouns):
        # An act like any other: 'would suspend contacts' threatens the sanction.
        return with_mood("SANCTION", clause_mood), max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if _accedes_to_a_demand(clause.act) and _conceded(clause, clause_mood):
        return "CONCEDE", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if _consents(clause) and clause_mood not in {Mood.NEGATED, Mood.OBLIGED}:
        # 'agreed to share intelligence', 'offered to withdraw if …': agreed or offered,
        # whatever the act and its conditions.
        return "AGREE", max(confidence, MAIN_CLAUSE_CONFIDENCE)
    intention = _intention_taken(clause.act)
    intended = _act_of_an_intention(intention) if intention is not None else None
    if intention is not None and intended is not None and clause_mood is Mood.ASSERTED:
        # 'expressed its readiness to mediate': the mediation, intended; 'had no intention of
        # signing the plan': the signing, refused.
        act, act_confidence = typer.best(sentence, intended)
        confidence = max(act_confidence, MAIN_CLAUSE_CONFIDENCE)
        if _disowned(intention):
            # As a promise to hold back: 'no intention of using violence' agrees to refrain.
            held_back = "REJECT" if _cooperative_act(sentence, intended, typer) else "AGREE"
            return held_back, confidence
        return with_mood(act, Mood.INTENDED), confidence
    stance = _stance_of_the_verb(clause.act) or next(filter(None, map(_stance_noun, nouns)), None)
    if stance is None and (_sets_an_ultimatum(clause.act) or _gives_time_to_act(clause.act)):
        stance = "THREATEN"
    if stance == "AGREE" and (paired == "THREATEN" or _promises_hostility(clause.act)):
        # 'vowed revenge', 'promised a crackdown': a promise the verb dictionary reads, with
        # what is promised, as a threat; so is one of a hostile act ('vowed a counter protest').
        stance = "THREATEN"
    if stance is not None and clause_mood is Mood.ASSERTED:
        return stance, max(confidence, MAIN_CLAUSE_CONFIDENCE)
    named = _named_type(clause, nouns)
    named = named or read_by_category(clause.act, clause.trigger, nouns, sentence, typer)
    named = named or ("AID" if _gives_aid(clause.act) else None)
    named = named or ("FIGHT" if _fires_munitions(clause.act) else None)
    received = _act_received(clause.act)
    named = named or (_type_of_the_act_named(received) if received is not None else None)
    joined = _act_joined(clause.head)
    named = named or (_type_of_an_act_joined(joined) if joined is not None else None)
    if named is not None:
        return with_mood(named, clause_mood), max(confidence, MAIN_CLAUSE_CONFIDENCE)
    if confidence < DICTIONARY_OVER_MODEL or _strays_from_violence(clause.act, label):
        label = listed_type(clause, typer.lexicon) or label
    return with_mood(label, clause_mood), confidence


# The types an act of killing or wounding can be: force used, by whoever ('killed in a
# violent protest' is a riot).
_VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "PROTEST"})


def _strays_from_violence(verb: Token, label: str) -> bool:
    """'was shot dead by a sniper', which the model, misled by the words around it, may read
    as an inquiry: a killing verb's act is force, whatever else the sentence tells."""
    return _lemma(verb) in word_set("events", "killing") and label not in _VIOLENT_TYPES


# Kinds of initiative whose noun, taken by a light verb, names one act only: 'held talks' is
# a consultation whatever else the sentence says; not an operation ('carried out a withdrawal').
_UNAMBIGUOUS_NOUN_KINDS = frozenset({"DIPLOMACY", "INVESTIGATION", "PROTEST", "SANCTION", "AID"})


def _strike_held(verb: Token) -> Token | None:
    """'strike' of 'workers have been on strike since Monday', 'remained on hunger strike',
    'will go on strike': a strike held or begun is a protest (CAMEO 143, 142), though the verb
    only tells a state or a change of one."""
    held = _objects_of_a_state(verb, "on", _ENTERING_A_STATE)
    return next((o for o in held if _lemma(o) == "strike"), None)


def _talks_under_way(verb: Token) -> Token | None:
    """'talks' of 'Iran is in talks with Russia', 'had been in negotiations with the EU since
    March', 'have been locked in negotiations': parties in a consultation hold it (CAMEO 04),
    though the verb only tells a state."""
    held = _objects_of_a_state(verb, "in", _ENTERING_A_STATE | _HELD_IN)
    return next((o for o in held if kinds_of_nouns().get(_lemma(o)) == "DIPLOMACY"), None)


def _objects_of_a_state(verb: Token, preposition: str, verbs: frozenset[str]) -> list[Token]:
    """What `preposition` takes after a verb of `verbs` or of a lasting state: 'strike' of
    'have been on strike', 'talks' of 'are in talks'; none after any other verb."""
    if _lemma(verb) not in verbs and _lemma(verb) not in word_set("events", "states"):
        return []
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition)
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


# Verbs that hold parties in a state: 'locked in talks', 'engaged in negotiations'.
_HELD_IN = frozenset({"lock", "engage"})


# Verbs that end what they take, beside those that halt or ease it.
_STOPPING = frozenset({"stop", "cease", "abandon", "quit", "give up", "drop"})


@cache
def _ending_words() -> frozenset[str]:
    return word_set("events", "halting") | word_set("events", "easing") | _STOPPING


# Verbs that tell a state or going into one: 'be on strike', 'go (out) on strike'.
_ENTERING_A_STATE = frozenset({"be", "go", "come"})


def _named_type(clause: _Clause, nouns: list[Token]) -> str | None:
    """The type the clause's noun names, where it names one act; `nouns` are those its light
    verbs take."""
    if clause.trigger.pos_ == "NOUN" and _lemma(clause.trigger) == "protest":
        addressed = any(p.lower_ in {"to", "with"} for p in clause.trigger.children)
        if addressed:
            return "DISAPPROVE"  # 'made a sharp protest to the Tehran government' (CAMEO 114)
    if clause.trigger.pos_ == "NOUN" and hyphenated_lemma(clause.trigger) in word_set(
        "events", "protest_acts"
    ):
        return "PROTEST"  # 'staged a sit-in', 'held a rally'
    held = _strike_held(clause.head)
    if held is not None and held.i == clause.trigger.i:
        return "PROTEST"
    if clause.trigger.pos_ == "NOUN" and clause.trigger.dep_ in {"nsubj", "nsubjpass"}:
        # 'the strike was organized by the union', 'a meeting took place': the subject's act;
        # a strike 'carried out' is an army's.
        subject_s = _type_of_the_act_named(clause.trigger)
        walkout = _lemma(clause.trigger) != "strike" or _lemma(clause.head) in _CALLING_STRIKES
        if subject_s in {"PROTEST", "CONSULT", "INVESTIGATE"} and walkout:
            return subject_s
    kind = _trigger_noun_kind(clause)
    if kind in _UNAMBIGUOUS_NOUN_KINDS:
        return _TYPE_BY_NOUN_KIND[kind]
    if clause.trigger.pos_ == "NOUN" and _names_armed_combat(clause.trigger):
        return "FIGHT"  # 'carried out four airstrikes on the jail', 'reported the clashes'
    # 'vowed to continue protests': a light verb's noun of one act names it, past a promise;
    # not past a verb that ends it ('pledged to stop conducting protests').
    # 'resumed negotiations', 'stepped up protests': what a furthering verb takes, as well.
    furthering = _lemma(clause.act) in word_set("events", "furthering")
    furthered = _direct_objects(clause.act) if furthering else []
    kinds = (kinds_of_nouns().get(_lemma(n), "") for n in [*nouns, *furthered])
    named = next((_TYPE_BY_NOUN_KIND[k] for k in kinds if k in _UNAMBIGUOUS_NOUN_KINDS), None)
    if named is None and any(_lemma(n) in word_set("events", "arresting") for n in nouns):
        named = "COERCE"  # 'made 11 arrests': arrests made are arrests, whoever doubts them
    if named is None or any(phrasal_in(v, _ending_words()) for v in clause_chain(clause.head)):
        return None
    return named


def _direct_objects(verb: Token) -> list[Token]:
    return objects_and_their_conjuncts(verb, {"dobj"})


def _trigger_noun_kind(clause: _Clause) -> str:
    """The kind of initiative the noun a light verb takes names ('talks' DIPLOMACY); '' for a
    verb or a noun of no kind."""
    if clause.trigger.pos_ != "NOUN":
        return ""
    return kinds_of_nouns().get(_lemma(clause.trigger), "")


def _gives_aid(verb: Token) -> bool:
    """'provided military assistance', 'gave Kenya a $200m loan', 'delivered fuel and medicine',
    'sent 500 tonnes of rice', 'approved a $3 billion loan': a verb of handing over (or of
    granting) whose object is aid, as the initiatives' table has both, or arms or relief goods,
    which PLOVER files as military and humanitarian aid."""
    lemma = _lemma(verb)
    if lemma in _BACKING:
        # 'supported jihadist groups with weapons and money': backing given in kind.
        # The parser may hang 'with' on the one backed: 'supported groups with weapons'.
        backed = [c for c in verb.children if c.dep_ == "dobj"]
        withs = [object_of(t, "with") for t in (verb, *backed)]
        given = [g for w in withs if w is not None for g in (w, *w.conjuncts)]
        return any(map(_given_in_kind, given))
    entry = load_table("initiatives")["verbs"].get(lemma)
    hands_over = entry is not None and entry[0] == "AID"
    hands_over = hands_over or lemma in word_set("events", "granting")
    if not hands_over and lemma not in word_set("initiatives", "sends_weapons"):
        return False
    objects = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    # 'a package of aid', '$2 billion in military aid': what a count or a sum is of.
    objects += [t for o in objects for t in (of_object(o), object_of(o, "in")) if t is not None]
    # 'provided Zimbabwe with fighter jets': the recipient is the object, the aid comes after.
    given_with = object_of(verb, "with")
    if given_with is not None:
        objects += [given_with, *given_with.conjuncts]
    return any(_is_aid_given(o) for o in objects)


_BACKING = frozenset({"support", "back", "help", "assist", "aid"})
_MONEY = frozenset({"money", "cash", "fund", "funding"})


def _given_in_kind(noun: Token) -> bool:
    """'weapons', 'money', 'military aid': what backing is given in."""
    return _is_aid_given(noun) or is_weapon(noun) or _lemma(noun) in _MONEY


def _fires_munitions(verb: Token) -> bool:
    """'launched missiles at Kyiv', 'fired rockets into southern Israel', 'launched air strikes
    on Gaza', 'dropped barrel bombs': a verb of firing whose object is munitions, by its noun
    or its modifier ('a drone attack', 'air strikes'), except into open waters. Not 'launched
    a strike over pay' nor 'a charm offensive'."""
    if _lemma(verb) not in word_set("events", "firing"):
        return False
    munitions = word_set("events", "munitions")
    modifiers = munitions | word_set("events", "aerial")
    objects = objects_and_their_conjuncts(verb, {"dobj"})
    fired = [
        o
        for o in objects
        if _lemma(o) in munitions
        or any(c.dep_ in {"compound", "amod"} and _lemma(c) in modifiers for c in o.children)
        or _strike_on_a_target(o)
    ]
    return bool(fired) and not any(_into_open_waters(t) for t in [verb, *fired])


def _names_armed_combat(noun: Token) -> bool:
    """'clashes', 'heavy fighting', 'airstrikes', 'air strikes', 'strikes on the camps': the
    noun names fighting or an army's strike, which PLOVER files as FIGHT, whichever verb tells
    of it. Not a bombing, which a bomber may carry out."""
    of = of_object(noun)
    if of is not None and _lemma(of) == "word":
        return False  # 'a war of words'
    if _lemma(noun) in word_set("events", "fighting_nouns") or _lemma(noun) == "airstrike":
        return True
    aerial = word_set("events", "aerial")
    by_air = any(c.dep_ in {"compound", "amod"} and _lemma(c) in aerial for c in noun.children)
    return (_lemma(noun) == "strike" and by_air) or _strike_on_a_target(noun)


def _strike_on_a_target(noun: Token) -> bool:
    """'launched strikes on several targets in Baraa': a strike made on something is an
    attack, where a walkout is 'on Monday' or 'over pay'."""
    if _lemma(noun) != "strike":
        return False
    ons = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on")
    struck = [o for on in ons for o in on.children if o.dep_ == "pobj"]
    return any(o.ent_type_ not in {"DATE", "TIME"} for o in struck)


def _into_open_waters(token: Token) -> bool:
    """'into the sea', 'into the Sea of Japan': where a test or a show of force lands."""
    waters = word_set("events", "open_waters")
    preps = (c for c in token.children if c.dep_ == "prep")
    return any(o.dep_ == "pobj" and _lemma(o) in waters for p in preps for o in p.children)


def _is_aid_given(noun: Token) -> bool:
    lemma = _lemma(noun)
    if kinds_of_nouns().get(lemma) == "AID" or lemma in word_set("events", "aid_in_kind"):
        return True
    if is_protector(noun):
        return True  # 'sent 1,500 peacekeepers': military protection, given
    return lemma in word_set("events", "relief_goods") or lemma in word_set(
        "initiatives", "materiel"
    )


def _nouns_of_light_verbs(clause: _Clause) -> list[Token]:
    """The nouns light verbs of the clause take: 'demand' in 'reiterated its demand that …',
    'suspension' in 'announced a suspension of air links'."""
    verbs = [v for v in clause_chain(clause.head) if is_light(v)]
    return [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]


# The stance a noun of asking or threatening names, by its kind of initiative.
_STANCE_BY_KIND = {"DEMAND": "DEMAND", "THREAT": "THREATEN"}


def _stance_noun(noun: Token) -> str | None:
    """'reiterated its demand', 'issued a threat': the stance the noun names; an ultimatum
    threatens (CAMEO 139), though it names a demand too."""
    if _lemma(noun) in word_set("events", "ultimatums"):
        return "THREATEN"
    if _asks_by_a_call(noun):
        return "DEMAND"
    return _STANCE_BY_KIND.get(kinds_of_nouns().get(_lemma(noun), ""))


def _asks_by_a_call(noun: Token) -> bool:
    """'its call on the government to free …', 'renewed calls for a ceasefire': a call that
    says what it asks for, or of whom, is a demand; a bare 'call' may be a telephone call."""
    if _lemma(noun) not in word_set("events", "calls"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in noun.children)


def _halts_support_by_noun(noun: Token) -> bool:
    """'a suspension of air links', 'an aid freeze'."""
    if _lemma(noun) not in word_set("events", "halting_nouns"):
        return False
    halted = [c for c in noun.children if c.dep_ == "compound"]
    halted += [o for o in [of_object(noun)] if o is not None]
    return any(_supports(t) for h in halted for t in clause_tokens(h))


# 'will not', 'would not', 'cannot' ('ca' of "can't", 'wo' of "won't"): a refusal stated
# for the future.
_REFUSING_AUXILIARIES = _FUTURE | {"can", "ca", "wo"}


def _keeps_up_force(verb: Token) -> bool:
    """'will not cease our attacks', 'would not stop fighting': a refusal to end the use of
    force, which goes on as a threat; not 'would not call off the strike', a refusal."""
    if not phrasal_in(verb, _ending_words()) or not _says_it_will_not(verb):
        return False
    ended = [*_direct_objects(verb), *(c for c in verb.children if c.dep_ == "xcomp")]
    forces = (
        _lemma(e) in word_set("events", "fighting_nouns")
        or _type_of_the_act_named(e) in {"FIGHT", "ASSAULT"}
        for e in ended
    )
    return any(forces)


def _says_it_will_not(verb: Token) -> bool:
    governing = [verb, *governors(verb)]
    return any(
        c.dep_ == "aux" and c.lower_ in _REFUSING_AUXILIARIES for v in governing for c in v.children
    )


def _cooperative_act(sentence: Span, act: Token, typer: EventTyper) -> bool:
    """Whether the act is of a cooperative type, as the model reads it or, where the model is
    unsure, as the verb dictionary does."""
    label, confidence = typer.best(sentence, act)
    if confidence < DICTIONARY_OVER_MODEL:
        label = _listed_type(act, typer.lexicon) or label
    return label.lower() in word_set("events", "cooperative")


def _promises_to_hold_back(clause: _Clause) -> bool:
    """A promise whose act is negated, not the promise: 'pledged not to attack', not 'did not
    pledge to attack'."""
    promise = clause.trigger
    if promise is clause.act or _lemma(promise) not in word_set("events", "commitment"):
        return False
    return not any(_negates(c) for c in promise.children) and any(
        _negates(c) for c in clause.act.children
    )


def _intention_taken(verb: Token) -> Token | None:
    """'intention' in 'expressed his intention to meet negotiators'."""
    intentions = word_set("events", "intentions")
    return next((c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in intentions), None)


def _act_of_an_intention(intention: Token) -> Token | None:
    """'meet' in 'his intention to meet negotiators', 'signing' in 'no intention of signing'."""
    acts = [a for a in intention.children if a.dep_ == "acl" and a.pos_ == "VERB"]
    of = next((c for c in intention.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        acts += [a for a in of.children if a.dep_ == "pcomp" and a.pos_ == "VERB"]
    return next(iter(acts), None)


def _disowned(noun: Token) -> bool:
    """'no intention', 'not the slightest intention'."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(
        _negates(c) for c in noun.children
    )


def _issues_a_call(verb: Token) -> bool:
    """'passed a resolution calling on Russia to withdraw', 'issued a statement urging
    restraint', 'sent another request to the ministry': a text issued that asks something of
    a party, or is itself an ask, is a demand."""
    if _lemma(verb) not in word_set("events", "issuing"):
        return False
    texts = [c for c in verb.children if c.dep_ == "dobj"]
    if _lemma(verb) not in _GRANTING and any(_lemma(t) in _ASKS for t in texts):
        return True
    calls = [a for t in texts for a in t.children if a.dep_ == "acl" and a.tag_ == "VBG"]
    return any(directs(a) or asks_for_a_thing(a) for a in calls)


# Texts that are an ask themselves: 'sent a request', 'issued an appeal'; one approved or
# adopted is granted ('approved a request from the force to extend its mandate').
_ASKS = frozenset({"request", "demand", "appeal", "petition", "plea"})
_GRANTING = frozenset({"approve", "adopt", "pass"})


def _conceded(clause: _Clause, clause_mood: Mood) -> bool:
    """Given way, or agreed to give way: 'had agreed to accept demands for an interim
    government' concedes, as 'accepted the demands' does."""
    if clause_mood is Mood.ASSERTED:
        return True
    agreed = _lemma(clause.trigger) == "agree" and clause.trigger.tag_ in {"VBD", "VBN"}
    return clause_mood is Mood.INTENDED and agreed


def _accedes_to_a_demand(verb: Token) -> bool:
    """'agreed to the protesters' demand', 'accepted demands from the rebels', 'bowed to calls
    for his resignation'."""
    if _lemma(verb) not in word_set("events", "acceding"):
        return False
    # The parser may take 'to demands' for an infinitive: 'agreed to demands for elections'.
    taken = [t for t in objects_and_their_conjuncts(verb, {"dobj", "xcomp"}) if t.pos_ == "NOUN"]
    taken += objects_of_to(verb)
    return any(kinds_of_nouns().get(_lemma(o)) == "DEMAND" or _lemma(o) == "call" for o in taken)


def _consents(clause: _Clause) -> bool:
    consent = word_set("events", "consent")
    return (
        _lemma(clause.trigger) in consent
        or _lemma(clause.act) in consent
        or _accepts_a_proposal(clause.act)
    )


def _accepts_a_proposal(verb: Token) -> bool:
    """'accepted an offer to mediate', 'accepted the peace plan', 'accepted a ceasefire': taking
    up what another party put forward agrees to it (a demand accepted concedes instead)."""
    if _lemma(verb) not in word_set("events", "accepting"):
        return False
    taken = objects_and_their_conjuncts(verb, {"dobj"})
    proposals = word_set("events", "proposals")
    return any(
        _lemma(o) in proposals or kinds_of_nouns().get(_lemma(o)) == "AGREEMENT" for o in taken
    )


# Units of time: what an ultimatum gives ('gave the militia 120 hours to leave'), what an act
# goes into ('entered its third day').
_SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month"})


def _gives_time_to_act(verb: Token) -> bool:
    """'gave the militia 120 hours to leave the border zone', 'gave the government a week to
    meet their demands': a party given time to act is given an ultimatum."""
    if _lemma(verb) != "give":
        return False
    spans = [c for c in verb.children if _lemma(c) in _SPANS_OF_TIME]
    # The parser takes the party given the time for a dative or, before a bare span ('gave the
    # rebels a week'), for the object.
    if not any(c.dep_ in {"dative", "dobj"} and c not in spans for c in verb.children):
        return False
    acts = [c for t in (verb, *spans) for c in t.children if c.dep_ in {"advcl", "relcl", "acl"}]
    return bool(spans) and any(is_to_infinitive(a) for a in acts)


# Verbs that lay an ultimatum down: not 'extended the deadline', which eases it.
_LAYING_DOWN = frozenset({"set", "issue", "give", "impose", "deliver", "present", "send"})


def _sets_an_ultimatum(verb: Token) -> bool:
    """'set a deadline for the regime to hand over its weapons'."""
    if _lemma(verb) not in _LAYING_DOWN:
        return False
    ultimatums = word_set("events", "ultimatums")
    return any(c.dep_ == "dobj" and _lemma(c) in ultimatums for c in verb.children)


def _promises_hostility(verb: Token) -> bool:
    """'vowed a counter protest', 'promised new sanctions': what is promised names an act that
    is no cooperation."""
    named = (_type_of_the_act_named(o) for o in _direct_objects(verb))
    cooperative = word_set("events", "cooperative")
    return any(t is not None and t.lower() not in cooperative for t in named)


def _stance_of_the_verb(act: Token) -> str | None:
    """'refused to deploy peacekeepers', 'failed to reach agreement': turning an act down is a
    REJECT, whatever the act; 'agreed upon a free-trade pact', with no act after the verb of
    commitment, an AGREE."""
    lemma = _lemma(act)
    refusal = word_set("events", "refusal")
    if phrasal_in(act, refusal) or _denies_a_claim(act) or _called_untrue_or_unacceptable(act):
        return "REJECT"
    if _warns_of_what_will_be(act):
        return "THREATEN"
    if _voices_disapproval(act) or _alleges_a_crime(act) or _displeased_with(act):
        return "DISAPPROVE"
    if _welcomes_a_thing(act):
        return "SUPPORT"
    if _talks_came_to_nothing(act):
        return "REJECT"  # 'talks … ended without agreement', as 'failed to reach agreement'
    if lemma == "vote" and object_of(act, "against") is not None:
        return "REJECT"  # 'the parliament voted against the peace plan'
    answer = _answer_to_a_proposal(act)
    if answer is not None:
        return answer
    if lemma in word_set("events", "proposing") and _offers_to_meet(act):
        return "AGREE"  # 'proposed a meeting with government negotiators' (CAMEO 036)
    # A particle makes another verb: 'was sworn in' takes office, promising nothing.
    committed = lemma in word_set("events", "commitment") and with_its_particle(act) is None
    return "AGREE" if committed and not _does_what_it_takes(act) else None


def _alleges_a_crime(verb: Token) -> bool:
    """'Amnesty said the army was committing war crimes': a crime a speaker says another party
    commits is the speaker's accusation (CAMEO 112), whatever the crime."""
    return reported(verb) and _does_what_it_takes(verb)


def _speaker_s_stance(clause: _Clause, actors: DocActors) -> tuple[list[str], list[str]] | None:
    """Who takes the stance a reported clause states, and towards whom: the speaker, against
    the doer of a crime alleged ('Amnesty said the army was committing war crimes'), or
    against no one named where a claim or a proposal is called untrue or unacceptable
    ('"These allegations are baseless," the minister said')."""
    if clause.reporter is None:
        return None
    if _alleges_a_crime(clause.act):
        towards = _sources(clause.head, actors, None)
    elif _called_untrue_or_unacceptable(clause.act):
        towards = []
    else:
        return None
    speakers = _reporter_subject(clause.reporter, actors)
    return (speakers, towards) if speakers else None


def _does_what_it_takes(verb: Token) -> bool:
    """'committed war crimes', 'has committed violations': 'commit' taking a crime does it,
    where it promises ('committed itself to', 'committed troops to the mission')."""
    if _lemma(verb) != "commit":
        return False
    crimes = word_set("events", "crimes")
    return any(c.dep_ == "dobj" and _lemma(c) in crimes for c in verb.children)


def _welcomes_a_thing(verb: Token) -> bool:
    """'welcomed the deal', 'welcomed the court's decision': a thing welcomed is endorsed
    (CAMEO 051, SUPPORT), where a visitor welcomed is received (a consultation)."""
    if _lemma(verb) != "welcome":
        return False
    objects = objects_and_their_conjuncts(verb, {"dobj"})
    return bool(objects) and not any(map(_names_a_party, objects))


def _names_a_party(noun: Token) -> bool:
    if noun.pos_ in {"PRON", "PROPN"} or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return names_people(noun)


# 'said no to', 'said yes to': the answer, and the stance it takes.
_ANSWERS = {"no": "REJECT", "yes": "AGREE"}


def _answer_to_a_proposal(verb: Token) -> str | None:
    """'the parliament said no to a proposal to extend inspections' (REJECT), 'said yes to the
    peace plan' (AGREE): an answer given to something put forward."""
    if _lemma(verb) != "say" or object_of(verb, "to") is None:
        return None
    answer = next((c for c in verb.children if c.lower_ in _ANSWERS and c.i > verb.i), None)
    return _ANSWERS[answer.lower_] if answer is not None else None


def _talks_came_to_nothing(verb: Token) -> bool:
    """'the talks collapsed', 'negotiations broke down', 'the talks ended without agreement',
    'the latest round of talks ended with no deal': parties that failed to agree (the PLOVER
    records file 'failed to reach agreement' as a REJECT)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    subjects += [o for s in subjects if (o := of_object(s)) is not None]  # 'round of talks'
    if not any(kinds_of_nouns().get(_lemma(s)) == "DIPLOMACY" for s in subjects):
        return False
    if phrasal_in(verb, word_set("events", "foundering")):
        return True
    unreached = object_of(verb, "without") or _denied_outcome(verb)
    return unreached is not None and kinds_of_nouns().get(_lemma(unreached)) == "AGREEMENT"


def _denied_outcome(verb: Token) -> Token | None:
    """'deal' of 'ended with no deal', or of 'ended with no deal signed', which the parser
    reads as a clause."""
    outcomes = [object_of(verb, "with")]
    clauses = (c for c in verb.children if c.dep_ == "advcl")
    withs = (c for c in clauses if any(m.lower_ == "with" for m in c.children))
    outcomes += [s for c in withs for s in c.children if s.dep_ in _SUBJECT_DEPS]
    denied = (o for o in outcomes if o is not None and any(c.lower_ == "no" for c in o.children))
    return next(denied, None)


def _offers_to_meet(verb: Token) -> bool:
    kinds = {"DIPLOMACY", "AGREEMENT"}
    taken = objects_and_their_conjuncts(verb, {"dobj"})
    taken += [t for o in taken if (t := of_object(o)) is not None]  # 'a new round of talks'
    return any(kinds_of_nouns().get(_lemma(o)) in kinds for o in taken)


def _voices_disapproval(verb: Token) -> bool:
    """'expressed its deep concern about the build-up', 'voiced outrage at the killings': a
    feeling of disapproval made known is a complaint (PLOVER's disapprove mode)."""
    if _lemma(verb) not in word_set("events", "voicing") or is_to_infinitive(verb):
        # 'took to the streets to voice their anger': the purpose of another act.
        return False
    feelings = word_set("events", "disapproving_feelings")
    return any(c.dep_ == "dobj" and _lemma(c) in feelings for c in verb.children)


def _warns_of_what_will_be(verb: Token) -> bool:
    """'warned that it would impose sanctions', 'warned that its troops intended to advance': a
    warning of what will be done is a threat (CAMEO 130, the verb dictionary's reading of
    'warn'), whatever the act."""
    if _lemma(verb) not in word_set("events", "warning"):
        return False
    intending = word_set("events", "intending")
    cited = (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB")
    return any(
        _lemma(c) in intending or any(a.dep_ == "aux" and a.lower_ in _FUTURE for a in c.children)
        for c in cited
    )


def _denies_a_claim(act: Token) -> bool:
    """'denied that Russian troops were fighting', 'has denied using chemical weapons', 'denied
    the allegations': a denial turns a claim down, whatever act the claim names. 'Denied entry
    to the rebels' refuses a thing instead."""
    if _lemma(act) not in word_set("events", "denial"):
        return False
    children = list(act.children)
    if any(c.dep_ in {"dative", "iobj"} for c in children):
        return False  # 'denied them access'
    return any(
        c.dep_ in {"ccomp", "xcomp", "pcomp"}
        or (c.dep_ == "dobj" and (c.tag_ == "VBG" or _lemma(c) in word_set("events", "claims")))
        # 'denied that', 'denied it': what was said before, a claim.
        or (c.dep_ == "dobj" and c.lower_ in _CLAIM_PRONOUNS)
        # 'denied any interference': whatever is denied outright was claimed.
        or (c.dep_ == "dobj" and any(d.lower_ == "any" for d in c.children))
        for c in children
    )


_CLAIM_PRONOUNS = frozenset({"that", "this", "it"})
# What a claim is called to deny it: 'the allegations are baseless'.
_UNTRUE = frozenset(
    {"baseless", "false", "unfounded", "groundless", "untrue", "fabricated", "absurd"}
)


def _called_untrue_or_unacceptable(verb: Token) -> bool:
    """'These allegations are baseless', 'the reports were false': calling a claim untrue
    denies it, as 'denied the allegations' does; calling a proposal or an act unacceptable
    ('said the deployment of 7,000 troops was unacceptable') turns it down."""
    if _lemma(verb) != "be":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    called = {c.lower_ for c in verb.children if c.dep_ == "acomp"}
    claims = word_set("events", "claims")
    if called & _UNTRUE and any(_lemma(s) in claims for s in subjects):
        return True
    proposed = word_set("events", "proposals")
    acts = (_lemma(s) in proposed or _lemma(s) in kinds_of_nouns() for s in subjects)
    return "unacceptable" in called and any(acts)


# Verbs of being or becoming in a state: 'was', 'has grown', 'remains'.
_BEING = frozenset({"be", "become", "grow", "remain", "get", "seem", "appear"})


def _displeased_with(verb: Token) -> bool:
    """'China has been increasingly frustrated with Pyongyang', 'Ankara is angry at
    Washington over the arms deal': displeasure a party is said to feel at another is its
    disapproval (CAMEO 11), as voicing it is."""
    return bool(_causes_of_displeasure(verb))


def _causes_of_displeasure(verb: Token) -> list[Token]:
    """'Pyongyang' and 'deal' of 'is angry at Pyongyang over the deal'."""
    displeased = word_set("events", "displeased")
    if _displeased_in_the_passive(verb):
        feelings: Iterable[Token] = [verb]  # 'has been frustrated with', read as a passive
    elif _lemma(verb) in _BEING:
        feelings = (c for c in verb.children if c.dep_ == "acomp" and c.lower_ in displeased)
    else:
        return []
    preps = (p for f in feelings for p in f.children if p.dep_ in {"prep", "agent"})
    at = {"with", "at", "by", "over", "about"}
    return [o for p in preps if p.lower_ in at for o in p.children if o.dep_ == "pobj"]


def _displeased_in_the_passive(verb: Token) -> bool:
    """'frustrated' of 'China has been frustrated with Pyongyang': the subject feels it."""
    return verb.tag_ == "VBN" and verb.lower_ in word_set("events", "displeased")


# Kinds of initiative that are support or dealings between parties: halting one sanctions.
_SUPPORT_KINDS = frozenset({"AID", "TRADE_INVESTMENT", "DIPLOMACY", "AGREEMENT"})


def _halts_support_by_verb(verb: Token) -> bool:
    """'suspended aid deliveries', 'cut diplomatic ties', 'froze trade talks'; 'withdrew from
    the nuclear deal'."""
    if _lemma(verb) in word_set("events", "leaving"):
        return any(_supports(t) or names_a_known_body(t) for t in what_is_left(verb))
    if _suspends_a_member(verb):
        return True
    halting = word_set("events", "halting")
    if not phrasal_in(verb, halting):
        return False
    if cuts_public_services(verb) or halts_force(verb):
        # A population's services withheld coerce it, force held back de-escalates: read by
        # category.
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_supports(t) for o in objects for t in clause_tokens(o))


def _suspends_a_member(verb: Token) -> bool:
    """'ECOWAS suspended Guinea from all its bodies', 'expelled Russia from the council': a
    state or a body put out of a group (the PLOVER codebook's SANCTION); not people expelled
    from a country, which coerces them."""
    if _lemma(verb) not in word_set("events", "suspending"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    members = objects_and_their_conjuncts(verb, {"dobj", "nsubjpass"})
    return any(m.pos_ == "PROPN" and _names_a_state_or_body(m) for m in members)


def _names_a_state_or_body(name: Token) -> bool:
    """A name tagged a place or a body, or one the gazetteer knows as either though the model
    left it untagged ('Nigeria was suspended from the Commonwealth')."""
    if name.ent_type_ in {"GPE", "ORG"}:
        return True
    known = get_gazetteer().lookup(name.text)
    return known is not None and known.kind in {"COUNTRY", "ORGANIZATION"}


def _supports(token: Token) -> bool:
    return _lemma(token) in _support_vocabulary()


@cache
def _support_vocabulary() -> frozenset[str]:
    """The ties and the one-word nouns of support initiatives ('aid', 'talks', 'deal')."""
    support = (p for p, kind in kinds_of_nouns().items() if kind in _SUPPORT_KINDS)
    return word_set("events", "ties") | frozenset(support)


# Verbs that ask for what their object or 'for' names: 'urged restraint', 'appealed for calm'.
# Not 'call' or 'order' with an object ('called elections', 'ordered a withdrawal'): those do
# the act.
_ASKING = frozenset(
    {"urge", "appeal", "implore", "request", "demand", "plead", "lobby", "pressure"}
)


# Verbs that ask only with 'for': 'pressed for talks', not 'pressed charges'.
_PUSHING = frozenset({"push", "press", "campaign", "clamour", "clamor", "agitate"})


def asks_for_a_thing(verb: Token) -> bool:
    """'urged restraint', 'appealed for calm', 'called for a ceasefire': a demand, whatever the
    thing asked for reads as."""
    if _lemma(verb) == "ask" and not directs(verb):
        return _asked_of_someone_for(verb)
    if _lemma(verb) in _PUSHING and not directs(verb):
        # 'pushed for more liberal welfare programmes', 'pressed for talks'; not 'for years'
        wanted = object_of(verb, "for")
        return wanted is not None and wanted.ent_type_ not in {"DATE", "TIME"}
    if directs(verb) or _lemma(verb) not in {*_ASKING, "call"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        # 'called elections for March' does the act; 'urged restraint' asks for it, and
        # 'urged anyone with information to come forward' asks it of them, however the parser
        # hangs what is asked.
        asked = any(o.pos_ in {"NOUN", "PRON"} or names_people(o) for o in objects)
        return _lemma(verb) in _ASKING and asked
    # 'appealed to donors for food aid': the parser may hang what is asked for on whom it asks.
    addressed = [
        a
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"to", "on"}
        for a in p.children
        if a.dep_ == "pobj"
    ]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" for t in (verb, *addressed) for c in t.children
    )


def _asked_of_someone_for(verb: Token) -> bool:
    """'asked the regional bloc for a final ratification of the treaty', 'asked Japan for
    help': someone asked for something, however the parser hangs the 'for' (on the verb, on
    whom it asks or on a name set beside them). 'Asked about' or 'asked whether' asks
    nothing."""
    asked = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    asked += [a for c in asked for a in c.children if a.dep_ == "appos"]
    fors = (c for t in (verb, *asked) for c in t.children if c.dep_ == "prep" and c.lower_ == "for")
    return bool(asked) and any(o.pos_ == "NOUN" for f in fors for o in f.children)


# Kinds of initiative one may ask for by seeking it: aid, an agreement, talks. Not a
# concession ('sought Russia's blessing for the operation'): the initiative is the blessing,
# which its giver leads, and the request is part of it.
_SOUGHT_KINDS = frozenset({"AID", "AGREEMENT", "DIPLOMACY"})


def _seeks_a_thing(verb: Token) -> bool:
    """'sought the withdrawal of French troops', 'is seeking the release of three activists',
    'sought an emergency meeting': asking for what the PLOVER codebook lists as requested
    (assistance, a release, a ceasefire, a meeting). Not 'sought a second term', nor 'seeking to
    expand', an attempt."""
    if _lemma(verb) not in word_set("events", "seeking"):
        return False
    requested = word_set("events", "requested")
    return any(
        _lemma(o) in requested or kinds_of_nouns().get(_lemma(o)) in _SOUGHT_KINDS
        for o in objects_and_their_conjuncts(verb, {"dobj"})
    )


def listed_type(clause: _Clause, lexicon: VerbLexicon) -> str | None:
    """The act's type by the dictionaries, for a clause the model is unsure of: the type the
    kind of initiative names for the noun a light verb takes ('held their first meeting',
    'mounted an invasion', 'stepped up their attacks', which the verb dictionary reads as
    cooperation for 'step up'), else the verb dictionary's. An exercise is named last: held
    jointly it is cooperation, which the verb's reading may know."""
    kind = _trigger_noun_kind(clause)
    named = None if kind == "MILITARY_EXERCISE" else _TYPE_BY_NOUN_KIND.get(kind)
    return named or _listed_type(clause.act, lexicon) or _TYPE_BY_NOUN_KIND.get(kind)


# The act an initiative's noun names, by its kind: PLOVER files an invasion or an offensive
# under FIGHT, a meeting or talks under CONSULT.
_TYPE_BY_NOUN_KIND = {
    "DIPLOMACY": "CONSULT",
    "MILITARY_OPERATION": "FIGHT",
    "MILITARY_EXERCISE": "MOBILIZE",
    "SANCTION": "SANCTION",
    "AID": "AID",
    "AGREEMENT": "AGREE",
    "INVESTIGATION": "INVESTIGATE",
    "PROTEST": "PROTEST",
    "DEMAND": "DEMAND",
    "THREAT": "THREATEN",
}


def _listed_type(verb: Token, lexicon: VerbLexicon) -> str | None:
    paired = _paired_type(verb, lexicon)
    if paired is not None or _names_its_object(verb):
        return paired
    return listed_verb_type(verb, lexicon)


def _names_its_object(verb: Token) -> bool:
    """'called Erdoğan a thief', 'named him envoy': with what its object is called, the verb is
    no act of its own ('called Erdoğan', a phone call). A state the act leaves behind ('shot
    dead') is no name, and without an object ('called on observers to visit') the parser has
    misread the verb's particle."""
    deps = {c.dep_ for c in verb.children if c.dep_ != "oprd" or c.pos_ in {"NOUN", "PROPN"}}
    return {"dobj", "oprd"} <= deps


def _calls_it_names(verb: Token) -> bool:
    """'called Erdoğan a thief', 'branded the opposition traitors': what the object is called
    is an insult."""
    insults = word_set("events", "insults")
    return any(c.dep_ == "oprd" and _lemma(c) in insults for c in verb.children)


def _paired_type(verb: Token, lexicon: VerbLexicon) -> str | None:
    """The type the verb dictionary gives the verb with its object ('vow revenge')."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    pairs = (key for obj in objects for key in pair_keys_of(lemma, obj))
    return next((lexicon.pairs[pair] for pair in pairs if pair in lexicon.pairs), None)


def _trigger(chain: list[Token]) -> Token:
    """The first verb past light ones; past light verbs only, the noun they take ('held
    talks') or, with none, the noun they say goes on ('riots are continuing'). An inquiry that
    found something, or an act said to exist ('there were clashes'), is the act itself."""
    verb = trigger_of(chain)
    inquiry = _inquiry_finding(verb) or _act_there_was(verb)
    if inquiry is not None:
        return inquiry
    if not is_light(verb) or verb.lemma_ == "be":
        # A copula states what something is, not an act.
        return verb
    obj = next((c for c in chain[-1].children if c.dep_ in {"dobj", "attr"}), None)
    if obj is None and _readies_forces(chain[-1]):
        # 'the army was put on high alert', 'thousands of troops were moved to the border':
        # the force made ready or moved, the passive's subject.
        obj = next((c for c in chain[-1].children if c.dep_ == "nsubjpass"), None)
    if obj is None and _performed_passively(chain[-1]):
        # 'talks were held in Geneva', 'the rally was organized by the Union party': the act
        # a passive verb of carrying out names in its subject.
        held = next((c for c in chain[-1].children if c.dep_ == "nsubjpass"), None)
        obj = held if held is not None and _names_an_event(held) else None
    if obj is None and verb.lemma_ == "go":
        obj = _act_going(verb) or _gone_on(verb)
    if obj is None and verb.lemma_ == "take":
        obj = _taken_to(verb)
    if takes_place(verb):
        # 'a meeting of officials took place': the act is what took place.
        held = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        obj = held if held is not None and _names_an_event(held) else None
    if obj is None and verb.lemma_ in _ASPECTUAL:
        obj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    named = act_noun(obj) if obj is not None else None
    return named if named is not None else verb


def _act_there_was(verb: Token) -> Token | None:
    """'clashes' of 'there were clashes near the border', 'talks' of 'there have been talks
    with Moscow': an act said to exist is the act reported."""
    if _lemma(verb) != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    named = (c for c in verb.children if c.dep_ == "attr" and _names_one_act(c))
    return next(named, None)


def _names_one_act(noun: Token) -> bool:
    """'clashes', 'protests', 'talks', 'an inquiry': a noun of one act only; not 'a campaign',
    which may be a military or a political one."""
    unambiguous = kinds_of_nouns().get(_lemma(noun)) in _UNAMBIGUOUS_NOUN_KINDS
    return unambiguous or _names_unrest_or_fighting(noun)


def _inquiry_finding(verb: Token) -> Token | None:
    """'investigation' of 'an investigation by Congress revealed a scheme', 'a UN inquiry found
    that …': the inquiry is the act reported, not the finding."""
    if _lemma(verb) not in _FINDING:
        return None
    found_by = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if found_by is None or kinds_of_nouns().get(_lemma(found_by)) != "INVESTIGATION":
        return None
    return found_by


# Verbs by which a walkout is held: 'the strike was organized by the union'.
_CALLING_STRIKES = frozenset({"organize", "organise", "stage", "hold", "call"})


# Verbs by which an inquiry tells what it found.
_FINDING = frozenset({"reveal", "find", "show", "uncover", "conclude", "establish", "determine"})


# Light verbs that carry an act out: 'held', 'carried out', 'staged', 'organized'; not those
# that tell of it ('was announced', 'was aimed at', 'was planned').
_PERFORMING = frozenset({"hold", "carry", "conduct", "stage", "organize", "organise", "mount"})


def _names_an_event(noun: Token) -> bool:
    """'talks', 'a rally', 'the riot', 'clashes': a noun of an initiative, a protest, unrest or
    fighting."""
    return _names_an_act(noun) or _names_unrest_or_fighting(noun)


def _names_unrest_or_fighting(noun: Token) -> bool:
    """'a rally', 'the riot', 'clashes'."""
    named = ("protest_acts", "unrest_nouns", "fighting_nouns")
    return any(_lemma(noun) in word_set("events", n) for n in named)


def _performed_passively(verb: Token) -> bool:
    return _lemma(verb) in _PERFORMING and any(c.dep_ == "auxpass" for c in verb.children)


def _taken_to(verb: Token) -> Token | None:
    """'streets' in 'took to the streets': the protest 'take to' names."""
    taken = object_of(verb, "to")
    protests = word_set("events", "protest_acts")
    return taken if taken is not None and _lemma(taken) in protests else None


def _gone_on(verb: Token) -> Token | None:
    """'strike' in 'went on strike', 'trial' in 'went on trial': what 'go on' takes up."""
    return object_of(verb, "on")


def _act_going(verb: Token) -> Token | None:
    """'talks' in 'the talks were going well', 'strike' in 'the strike went ahead': an act said
    to go some way is going on."""
    subjects = (c for c in verb.children if c.dep_ in _SUBJECT_DEPS)
    return next((s for s in subjects if kinds_of_nouns().get(_lemma(s)) in _GOING_KINDS), None)


# Kinds of initiative whose noun names an act that goes on for a while ('talks', 'strike'),
# not a measure ('the law does not go as far').
_GOING_KINDS = frozenset(
    {"DIPLOMACY", "PROTEST", "MILITARY_OPERATION", "MILITARY_EXERCISE", "INVESTIGATION"}
)


def _other_clauses(sentence: Span, taken: set[int]) -> list[_Clause]:
    """Verbs heading clauses of their own besides the main one, each read once."""
    found = []
    for token in sentence:
        if token.i in taken or token.pos_ != "VERB" or token.dep_ not in _CLAUSE_DEPS:
            continue
        if is_light(token) or _tells_how_a_text_came_out(token) or _tells_a_state(token):
            continue
        if _act_reported_in_news(token) is not None:
            continue  # 'had received reports that …': the act reported is read, not this
        if token.dep_ == "advcl" and directs(token.head) and _is_asked_act(token):
            continue  # the act asked for is the directive's, read with it
        reporter = _reporting_above(token)
        borrows = token.dep_ in {"conj", "advcl"} and not _has_subject(token)
        shared = token.head if borrows else None
        found.append(_Clause(token, token, token, reporter, shared, main=False))
        taken.add(token.i)
    return found


def _tells_a_state(verb: Token) -> bool:
    # 'remained willing to negotiate' hands over to the negotiation.
    if _lemma(verb) in word_set("events", "states") and not is_light(verb):
        return True
    return _takes_office(verb)


def _takes_office(verb: Token) -> bool:
    """'was sworn in', 'took office', 'was inaugurated': a change of who holds an office."""
    taking_office = word_set("events", "taking_office")
    lemma = _lemma(verb)
    phrases = [lemma, with_its_particle(verb)]
    phrases += [f"{lemma} {_lemma(c)}" for c in verb.children if c.dep_ == "dobj"]
    return any(p in taking_office for p in phrases)


def _tells_how_a_text_came_out(verb: Token) -> bool:
    """'a letter released by the Pentagon', 'a video that was posted online'."""
    return verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in word_set("events", "texts")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children)


def _relative_subject(verb: Token) -> bool:
    return verb.dep_ == "relcl" and any(
        c.dep_ in _SUBJECT_DEPS and c.tag_ in {"WDT", "WP"} for c in verb.children
    )


def _reporting_above(token: Token) -> Token | None:
    """The reporting verb whose cited clause holds this one: 'X said Y would …'."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "parataxis"} and node.head.lemma_.lower() in word_set(
            "events", "reporting"
        ):
            return node.head
        node = node.head
    return None


def _event(sentence: Span, clause: _Clause, actors: DocActors, event_type: str) -> Event:
    verb, reporter = clause.act, clause.reporter
    demanded = event_type == "DEMAND" and mood(clause) is Mood.OBLIGED
    undergone = _undergone_by_the_subject(clause, actors) or _speaker_s_stance(clause, actors)
    if not clause.main and _relative_subject(verb):
        # 'Hungary, which had blocked the package': the relative pronoun stands for its noun.
        sources = subject_actors(verb.head, actors)
    elif owners := _owners_of_forces_readied(clause.head, actors):
        # 'Indian troops were put on high alert': forces made ready or moved, by no one named,
        # are their owner's.
        sources = owners
    elif undergone is not None:
        # 'Dhaka received threats from the rebels': the giver did it, to the subject.
        sources = undergone[0]
    elif sides := _sides_of_an_outbreak(clause.act, actors):
        # 'fighting broke out between Kurdish factions': both sides fought.
        sources = sides
    elif clause.trigger.dep_ in _SUBJECT_DEPS:
        # 'Palestinian riots against Israeli policies continued': who rioted is in the noun's
        # modifiers; what its prepositions name are targets.
        sources = actors.actors_in(t.i for t in _noun_modifiers(clause.trigger))
    else:
        # The subject of the clause's own predicate: in 'the ILO reiterated its demand that
        # Israel ease …', the ILO, not Israel.
        acting = verb if demanded else clause.head
        # A clause borrowing its subject ('a team flew in and killed him, officials said') is
        # the borrowed subject's doing, read below; not the reporter's for want of a subject.
        borrowed = clause.subject_from is not None
        sources = _sources(acting, actors, None if demanded or borrowed else reporter, demanded)
    if not sources and clause.subject_from is not None:
        sources = _sources(clause.subject_from, actors, reporter)
    targets = (
        undergone[1] if undergone is not None else _targets(clause, actors, event_type, demanded)
    )
    targets = [t for t in targets if t not in sources]
    # With no party struck, what it strikes or enters may be a place: 'a curfew in Algiers'.
    places = [] if targets else _place_targets(clause, actors)
    text = span_text(sentence)
    trimmed = text.strip()
    offset = sentence.start_char + text.index(trimmed[:1]) if trimmed else 0
    trigger = clause.trigger
    return Event(
        type=event_type,
        sources=[actors.name(a) for a in sources],
        targets=[actors.name(a) for a in targets] + places,
        trigger=TextSpan(trigger.idx, trigger.idx + len(trigger), trigger.text),
        sentence=TextSpan(offset, offset + len(trimmed), trimmed),
        source_ids=sources,
        target_ids=targets,
    )


def _readies_forces(verb: Token) -> bool:
    """'put on high alert', 'moved to the border': forces made ready or moved into place."""
    return made_ready(verb) or sends_forces_to_a_place(verb)


def _owners_of_forces_readied(verb: Token, actors: DocActors) -> list[str]:
    if not _readies_forces(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    forces = (c for c in verb.children if c.dep_ == "nsubjpass" and is_force(c))
    return actors.actors_in(t.i for f in forces for t in f.subtree)


def _sides_of_an_outbreak(verb: Token, actors: DocActors) -> list[str]:
    if not breaks_out(verb):
        return []
    return actors.actors_in(t.i for side in parties_between(verb) for t in side.subtree)


def mood(clause: _Clause) -> Mood:
    verb = clause.act
    governing = [verb, *governors(verb)]
    handing = _verb_handing_over(verb)
    if handing is not None:
        # 'will fly to Beijing to hold talks': the journey's mood is its purpose's.
        governing += [handing, *governors(handing)]
    markers = {c.lower_ for v in governing for c in v.children if c.dep_ in {"aux", "neg", "mark"}}
    negating = (v for v in governing if not _hesitation_denied(v, verb))
    if any(_negates(c) for v in negating for c in v.children) or no_one_acts(verb):
        return Mood.NEGATED
    disowned = clause.trigger.pos_ == "NOUN" and _disowned(clause.trigger)
    if disowned and _names_one_act(clause.trigger):
        # 'would have no discussions with Obama', 'there were no talks'; not 'had no comment'.
        return Mood.NEGATED
    if _obliged_by_its_speaker(clause, markers):
        return Mood.OBLIGED
    if any(directs(v) for v in [clause.head, *governing]):
        # 'urged the warring parties to allow aid convoys': the act is asked of others.
        return Mood.OBLIGED
    intention = word_set("events", "intention")
    # 'has committed violations' does them: no commitment.
    committed = (
        clause.trigger is not verb
        and _lemma(clause.trigger) in word_set("events", "commitment")
        and not _does_what_it_takes(clause.trigger)
    )
    intending = word_set("events", "intending")
    intended = any(
        (v.lower_ in intention and not _does_what_it_takes(v)) or _lemma(v) in intending
        for v in governing
    )
    # 'said it could impose sanctions if it continued': an act the speaker holds out on a
    # condition, as with 'would'; 'said the economy could grow if …' only weighs what may come.
    held_out = markers & _POSSIBLE and _has_a_condition(verb) and _speaker_s_own(clause)
    if committed or markers & _FUTURE or intended or held_out:
        return Mood.CONDITIONAL if _is_conditional(verb) else Mood.INTENDED
    return Mood.ASSERTED


def _obliged_by_its_speaker(clause: _Clause, markers: set[str]) -> bool:
    """'Sudan must return the helicopter, Russia said', 'told Islamabad it had to do more': an
    act a speaker says a party must, has to or needs to carry out; not one the speaker says it
    must carry out itself ('the Kremlin said it had to respond'), unless it tells another so."""
    if clause.reporter is None:
        return False
    if _speaker_obliges_itself(clause):
        return False
    verb = clause.act
    # 'had to do' hands over to 'do'; 'needs to stop' stays on 'needs'. 'had yet to give an
    # answer' has not given it.
    obliged = verb.dep_ == "xcomp" and _lemma(verb.head) in _OBLIGING_VERBS
    obliged = obliged and is_to_infinitive(verb) and not _not_yet(verb.head)
    obliging = _lemma(verb) in _OBLIGING_VERBS and any(
        c.dep_ == "xcomp" and is_to_infinitive(c) for c in verb.children
    )
    return bool(markers & _OBLIGATION) or obliged or obliging or _mandated(verb)


def _mandated(verb: Token) -> bool:
    """'insisted that the president step down', 'demanded that Iraq allow inspectors back',
    'urged that the talks be held in Geneva': a verb in the subjunctive under one of the
    'mandating' verbs is what the speaker requires of its subject. English marks it by the
    bare form where the indicative would agree ('the president steps', 'Iraq allows') or
    change ('be held'); 'insist that they remain' could be either and is left alone."""
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in word_set("events", "mandating"):
        return False
    if any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    singular = subject.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in subject.children)
    bare_be = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VB" for c in verb.children)
    return bare_be or (singular and verb.tag_ in {"VB", "VBP"})


# Pronouns a speaker names itself by: 'we', 'I', and in reported speech 'it' ('the Kremlin
# said it had to respond'); in a quotation 'they' and 'he' are others ('"They should first
# give up their violent activities," the minister said').
_FIRST_PERSON = frozenset({"i", "we"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _speaker_obliges_itself(clause: _Clause) -> bool:
    reporter = clause.reporter
    if reporter is None or _addressee(reporter) is not None:
        return False
    subject = nearest_subject(_clause_top(clause.act), _SUBJECT_DEPS)
    if subject is None or subject.pos_ != "PRON":
        return False
    if subject.lower_ in _FIRST_PERSON:
        return True
    before = subject.doc[subject.sent.start : subject.i]
    quoted = sum(t.text in _QUOTE_MARKS for t in before) % 2 == 1
    return not quoted


def _subject_stands_for_another(verb: Token) -> bool:
    """No subject or a pronoun: 'it' of 'told Islamabad it must …' stands for the one told."""
    subject = nearest_subject(verb, _SUBJECT_DEPS)
    return subject is None or subject.pos_ == "PRON"


def _not_yet(verb: Token) -> bool:
    return any(c.lower_ == "yet" for c in verb.children)


def _addressee(reporter: Token) -> Token | None:
    """'Islamabad' of 'told Islamabad it must …'; not the one quoted ('quoted X as saying')."""
    if _lemma(reporter) != "tell":
        return None
    return next((c for c in reporter.children if c.dep_ in {"dobj", "dative", "iobj"}), None)


def _negates(child: Token) -> bool:
    """'not', 'never', or an adverb the parser hangs the negation on: 'would no longer abide'."""
    if child.dep_ == "neg":
        return True
    return child.dep_ == "advmod" and any(c.dep_ == "neg" for c in child.children)


_NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def no_one_acts(verb: Token) -> bool:
    """'no one was hurt', 'nobody claimed the attack', 'no group has claimed it': a subject
    that names no one says the act did not happen."""
    subjects = (c for c in verb.children if c.dep_ in {*_SUBJECT_DEPS, "nsubjpass"})
    return any(
        s.lower_ in _NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
        for s in subjects
    )


def with_mood(act_type: str, clause_mood: Mood) -> str:
    """The PLOVER type of an act put in a mood: PLOVER files a promise of aid under AGREE, a
    threatened sanction under THREATEN, a refused concession under REJECT."""
    if clause_mood is Mood.OBLIGED:
        return "DEMAND"
    if act_type in _STANCE_TYPES:
        return act_type
    cooperative = act_type.lower() in word_set("events", "cooperative")
    if clause_mood is Mood.NEGATED:
        return "REJECT" if cooperative else act_type
    if clause_mood is Mood.CONDITIONAL:
        return "THREATEN"
    if clause_mood is Mood.INTENDED:
        return "AGREE" if cooperative else "THREATEN"
    return act_type


def directs(verb: Token) -> bool:
    """A verb that asks someone to act ('urge', 'press', 'call on … to'), with the act (which
    the parser may hang as a clause of purpose: 'called on the junta to allow …')."""
    if _lemma(verb) == "want":
        # 'wants Tokyo to drop its claim' asks it of Tokyo; 'wants to join' is an intention.
        return any(
            c.dep_ == "ccomp" and is_to_infinitive(c) and _has_subject(c) for c in verb.children
        )
    if _lemma(verb) not in _DIRECTIVES or _commands_forces(verb):
        return False
    return any(c.dep_ == "xcomp" for c in verb.children) or asked_act(verb) is not None


def _commands_forces(verb: Token) -> bool:
    """'ordered US forces in the Gulf to go on high alert', 'ordered police to disperse the
    crowd': a command to armed forces is their act, done at the order, not asked of another
    party."""
    if _lemma(verb) != "order":
        return False
    ordered = objects_and_their_conjuncts(verb, {"dobj"})
    return bool(ordered) and all(map(is_force_or_police, ordered))


def _is_asked_act(verb: Token) -> bool:
    asked = asked_act(verb.head)
    return asked is not None and asked.i == verb.i


def asked_act(verb: Token) -> Token | None:
    """The act a directive hangs as a clause of purpose, when it names whom it asks: 'called on
    the junta to allow …', not 'pressed ahead to finish the road'."""
    # 'appealed to all sides to avoid violence' asks those it appeals to.
    addressed = {"on", "to"} if _lemma(verb) == "appeal" else {"on"}
    asks = any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in addressed) for c in verb.children
    )
    purposes = [c for c in verb.children if c.dep_ == "advcl" and is_to_infinitive(c)]
    # 'called for the council to consider …': the clause names whom it asks, after 'for'.
    asked_for = next((c for c in purposes if _opens_with_for(c)), None)
    if asked_for is not None or not asks:
        return asked_for
    return next(iter(purposes), None) or _asked_of_those_named(verb)


def _asked_of_those_named(verb: Token) -> Token | None:
    """'resign' of 'called on the party's leadership, including Tsipras himself, to resign':
    the act asked, which the parser may hang on the last of those asked as if it described
    them."""
    addressed = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "including"})
    return next(
        (
            t
            for p in addressed
            for t in p.subtree
            if t.dep_ in {"relcl", "acl"}
            and t.pos_ == "VERB"
            and is_to_infinitive(t)
            and not _has_subject(t)
        ),
        None,
    )


def _opens_with_for(verb: Token) -> bool:
    """A 'for … to' clause with its own subject: 'for the council to consider', 'for him to
    be handed over'."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    return marked and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _is_conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in verb.children
    )


def _speaker_s_own(clause: _Clause) -> bool:
    """'the EU said it could …', 'we might …, he said': the act of whoever reports it, by a
    pronoun or the reporter's own subject."""
    if clause.reporter is None:
        return False
    speakers = {_lemma(c) for c in clause.reporter.children if c.dep_ in _SUBJECT_DEPS}
    return any(
        c.dep_ in _SUBJECT_DEPS and (c.pos_ == "PRON" or _lemma(c) in speakers)
        for c in clause.act.children
    )


def _has_a_condition(verb: Token) -> bool:
    """'… if it continued to harass migrants', '… unless the attacks stop'."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _clause_top(verb: Token) -> Token:
    token = verb
    while token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i:
        token = token.head
    return token


def _sources(
    verb: Token, actors: DocActors, reporter: Token | None, demanded: bool = False
) -> list[str]:
    """The clause's subject or passive agent; for 'X said Y must …', the one who said it."""
    if demanded:
        return _reporter_subject(verb, actors)
    if _displeased_in_the_passive(verb) and _displeased_with(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        feeling = [] if subject is None else subject_actors(subject, actors)
        if feeling or reporter is None:
            return feeling
        return _reporter_subject(verb, actors)  # '"We are disappointed with …," X said'
    accused = held_to_account(verb, actors)
    if accused:
        return accused
    top = _clause_top(verb)
    agent = next((c for c in top.children if c.dep_ == "agent"), None)
    by_agent = [] if agent is None else actors.actors_in(t.i for t in agent.subtree)
    if by_agent:
        # Only a 'by' that names someone is the agent: 'shortened by one hour' names a measure.
        return by_agent
    if agent is not None and _names_a_doer(agent):
        # 'shot by officers, Amnesty said': the doer is named, if by no actor.
        return []
    if _befalls_its_subject(top):
        attackers = _attackers(top, actors)
        if attackers:
            return attackers
    if _headline_passive(top):
        return []  # 'Turkish soldier killed in Syria': the subject suffered the act
    subject = nearest_subject(top, _SUBJECT_DEPS) or _misread_subject(top)
    subject = subject or _raised_subject(top)
    if subject is not None and not (subject.pos_ == "PRON" and reporter is not None):
        found = subject_actors(subject, actors)
        if found:
            return found
    named = subject or next((c for c in top.children if c.dep_ == "nsubjpass"), None)
    if reporter is not None and named is not None and _bystanders(named):
        # '2,800 people had fled, the IOM said', 'seven civilians were killed, officials said':
        # who reports what befell bystanders did not do it.
        return []
    if reporter is not None and _agentless_passive(top) and _said_to_be_own(named):
        # 'Hamas said two of its members had been killed': the reporter suffered it.
        return []
    if reporter is not None and subject is not None and not _agentive(subject, reporter):
        # 'the PA said annexation would end any prospect of peace': what an act or a thing
        # brings about is not the reporter's doing.
        return []
    if reporter is not None and _cites(reporter, top):
        reporters = _reporter_subject(reporter, actors)
        if _agentless_passive(top) or (named is not None and named.pos_ != "PRON"):
            # '23 people had been killed, Amnesty said', 'the Red Cross said hospitals were
            # running out of supplies': a monitor reports what others did or suffer. A state or
            # an army saying it of an operation ('260 militants have been killed, the army
            # said') is reporting its own act.
            reporters = [r for r in reporters if not _monitors(actors.by_id[r])]
        return reporters
    return _participle_subject(top, actors)


def _agentive(subject: Token, reporter: Token) -> bool:
    """A subject that can carry out what a reporter says of it: a pronoun, or people or
    forces a state sends ('troops had entered Afrin'). Arms are not the reporter's for being
    reported ('Japan said five of the missiles had landed in its waters') unless it says they
    are its own ('Turkey said its jets struck') or it is an armed service reporting on its
    operations ('the Russian defence ministry said jets had struck')."""
    subject = counted_noun(subject)
    if subject.pos_ != "NOUN":
        return True
    lemma = subject.lemma_.lower()
    if lemma in _ARMS:
        return _said_to_be_own(subject) or _armed_service_reports(reporter)
    return serves_a_state(subject) or lemma in word_set("initiatives", "personnel")


# Words naming a state's armed services as a reporter: 'the defence ministry', 'the army'.
_ARMED_SERVICES = frozenset(
    {"defence", "defense", "military", "army", "navy", "force", "pentagon", "command"}
)


def _armed_service_reports(reporter: Token) -> bool:
    subjects = [c for c in reporter.children if c.dep_ in _SUBJECT_DEPS]
    return any(
        t.lemma_.lower() in _ARMED_SERVICES or t.lower_ in _ARMED_SERVICES
        for s in subjects
        for t in s.subtree
    )


_ARMS = frozenset(
    {"jet", "warship", "ship", "tank", "artillery", "missile", "drone", "aircraft", "frigate"}
    | {"destroyer", "corvette", "submarine", "rocket", "shell", "bomb", "warplane", "plane"}
)


def _cites(reporter: Token, clause: Token) -> bool:
    """Whether the reporter says the clause itself ('the army said 260 militants had been
    killed'), not something set beside what it says ('…, hours after a rocket was fired')."""
    node = clause
    while node.i != reporter.i and node.head.i != node.i:
        if node.dep_ not in _CITED_DEPS:
            return False
        node = node.head
    return node.i == reporter.i


_CITED_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp"})


# People caught up in events rather than acting in them, whoever reports on them.
_BYSTANDERS = frozenset(
    {"people", "person", "civilian", "resident", "inhabitant", "refugee", "migrant", "villager",
     "child", "woman", "family", "passenger", "patient", "pilgrim", "tourist", "victim",
     "hostage", "detainee", "displaced"}
)  # fmt: skip


def _bystanders(subject: Token) -> bool:
    """A subject naming bystanders ('2,800 people', 'thousands of civilians')."""
    nouns = [subject, *(g for c in subject.children if c.dep_ == "prep" for g in c.children)]
    return subject.pos_ in {"NOUN", "NUM"} and any(
        n.lemma_.lower() in _BYSTANDERS and n.pos_ == "NOUN" for n in nouns
    )


_MEASURES = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "TIME", "DATE"})


def _names_a_doer(agent: Token) -> bool:
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.pos_ == "NOUN" and pobj.ent_type_ not in _MEASURES


def _said_to_be_own(subject: Token | None) -> bool:
    """'its jets', 'two of its members', 'their soldiers': what the subject names is said to
    be the speaker's own."""
    if subject is None:
        return False
    noun = counted_noun(subject)
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _agentless_passive(verb: Token) -> bool:
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return passive and _raised_subject(verb) is None


def _raised_subject(verb: Token) -> Token | None:
    """'Putin' of 'Putin is expected to meet Erdogan', 'is set to visit': the passive subject
    of a verb of schedule or expectation is the subject of the act it hands over to, not
    what the act befalls."""
    if _lemma(verb) not in _RAISING or not any(map(_active_act, verb.children)):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _active_act(clause: Token) -> bool:
    """An active verb's complement: 'meet' of 'expected to meet'; not 'be released' of
    'expected to be released', whose subject undergoes it."""
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return clause.dep_ == "xcomp" and clause.pos_ == "VERB" and not passive


_RAISING = frozenset({"expect", "schedule", "slate", "set"})


def _befalls_its_subject(verb: Token) -> bool:
    """The subject suffers the act: a passive, a headline's passive, or 'died'."""
    return _agentless_passive(verb) or _headline_passive(verb) or verb.lemma_.lower() in SUFFERING


def _headline_passive(verb: Token) -> bool:
    """'Isis leader killed in US raid': in the title, a participle with a subject and no
    auxiliary is a passive; its subject suffers the act. The tagger may call it a past
    tense, but titles report acts in the present, so a past form with no object there is a
    participle too. (In running text, a past tense may be active where a sentence is cut
    short, and the tagger may take one for a participle: 'Bashir on Thursday shortened …'.)"""
    if verb.tag_ not in {"VBN", "VBD"} or verb.i >= _title_end(verb.doc):
        return False
    deps = {c.dep_ for c in verb.children}
    if verb.tag_ == "VBD" and deps & {"dobj", "dative"}:
        return False
    return "nsubj" in deps and not deps & {"aux", "auxpass"}


_TITLE_END = "events.title_end"


def _title_end(doc: Doc) -> int:
    """Where the article's title ends: its first line, with no full stop, above the text; 0
    when it has none (a lone sentence with no stop is no title). Read once per article."""
    found: int | None = doc.user_data.get(_TITLE_END)
    if found is None:
        found = doc.user_data[_TITLE_END] = _read_title_end(doc)
    return found


def _read_title_end(doc: Doc) -> int:
    if not len(doc):
        return 0
    first = next(doc.sents)
    if first.end >= len(doc):
        return 0
    words = [t for t in first if not t.is_space]
    stopped = bool(words) and words[-1].text in {".", "!", "?", '"', "”", "'"}
    line_ends = "\n" in first[-1].text_with_ws or "\n" in doc[first.end].text
    return first.end if line_ends and not stopped else 0


# Verbs by which news of an act comes in, and the nouns for such news.
_RECEIVING = frozenset({"receive", "get", "have", "hear"})
_NEWS = frozenset({"report", "information", "word", "news", "intelligence", "indication"})


def _occasion_of_words(verb: Token) -> Token | None:
    """'ended' of 'His comments came minutes after the talks ended with no deal', 'massed' of
    'The remarks came as troops massed on the border': words said to come upon an act report
    the act, the news of the sentence."""
    if _lemma(verb) != "come":
        return None
    subjects = (c for c in verb.children if c.dep_ == "nsubj")
    if not any(
        _lemma(s) in _WORDS_SAID or _lemma(s) in word_set("events", "texts") for s in subjects
    ):
        return None
    occasions = (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB")
    return next((c for c in occasions if any(m.lower_ in _OCCASION for m in c.children)), None)


# Nouns of words said ('his comments came after …'), besides the texts that carry them.
_WORDS_SAID = frozenset({"comment", "remark", "announcement", "words", "warning", "appeal"})
# Conjunctions placing words at an act: 'came after', 'came as', 'came amid'.
_OCCASION = frozenset({"after", "as", "amid", "when", "while", "following"})


def _act_reported_in_news(verb: Token) -> Token | None:
    """'shelling' of 'said it had received reports that Iraqi forces were shelling Arbil': news
    of an act that came in reports the act, not the receiving of it."""
    return _clause_on_its_object(verb, _RECEIVING, _NEWS, opens_with_that)


def _undergone_by_the_subject(
    clause: _Clause, actors: DocActors
) -> tuple[list[str], list[str]] | None:
    """Who did it and to whom, where the clause's subject undergoes the act: an act or a thing
    received ('Iran faces sanctions from the EU', 'received weapons from Iran') or a detention
    lasting ('Suu Kyi remained under house arrest', by no one named). None for any other
    clause."""
    received = _act_received(clause.act)
    taking_in = _lemma(clause.act) in word_set("events", "taking_in")
    givers = _givers(clause.act, received, actors) if taking_in else []
    if received is None and not givers and not held_in_custody(clause.act):
        return None
    subject = nearest_subject(clause.act, _SUBJECT_DEPS)
    return givers, subject_actors(subject, actors) if subject is not None else []


def _act_received(verb: Token) -> Token | None:
    """'threats' of 'he had received death threats', 'sanctions' of 'Iran faces new sanctions',
    'aid' of 'received $2bn in aid': the noun of an act another party aims at the subject, or
    None."""
    if _lemma(verb) not in word_set("events", "taking_in"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # A sum names what it is in: '$2bn in aid'.
    objects += [t for o in objects if (t := object_of(o, "in")) is not None]
    acts = (o for o in objects if o.pos_ == "NOUN")
    return next((a for a in acts if _type_of_the_act_named(a) is not None), None)


def _act_joined(verb: Token) -> Token | None:
    """'operation' of 'are taking part in a military operation against …', 'joined the
    offensive', 'participated in the boycott': the act a party joins is its own act."""
    lemma = _lemma(verb)
    parts = [c for c in verb.children if c.dep_ == "dobj" and _lemma(c) == "part"]
    if lemma == "join":
        # 'joined forces' works together; it is no use of force.
        objects = [c for c in verb.children if c.dep_ == "dobj" and _lemma(c) != "force"]
    elif lemma == "participate" or (lemma == "take" and parts):
        # The parser hangs 'in' on the verb or on 'part'.
        ins = (p for t in (verb, *parts) for p in t.children if p.dep_ == "prep")
        objects = [o for p in ins if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    return next((o for o in objects if _type_of_the_act_named(o) is not None), None)


def _type_of_an_act_joined(noun: Token) -> str | None:
    """The type of an act a party joins: an exercise joined is held jointly ('will take part
    in the exercise', CAMEO 062), and strikes on a named party are air strikes ('jets have
    taken part in strikes against Syria')."""
    if kinds_of_nouns().get(_lemma(noun)) == "MILITARY_EXERCISE":
        return "COOPERATE"
    aims = (p for p in noun.children if p.dep_ == "prep" and p.lower_ in {"against", "on"})
    if _lemma(noun) == "strike" and any(o.pos_ == "PROPN" for p in aims for o in p.children):
        return "FIGHT"
    return _type_of_the_act_named(noun)


def _givers(verb: Token, act: Token | None, actors: DocActors) -> list[str]:
    """Whom what was received came from: 'threats from the rebels', 'received from Moscow'."""
    objects = [verb, act] if act is not None else [verb]
    objects += [c for c in verb.children if c.dep_ == "dobj"]
    froms = (p for t in objects for p in t.children if p.dep_ == "prep" and p.lower_ == "from")
    return list(dict.fromkeys(a for p in froms for a in actors.actors_in(t.i for t in p.subtree)))


# Prepositions setting a victim in the attack that struck it: 'killed in a US raid'.
_STRUCK_IN = frozenset({"in", "during"})
# Attacks named by a noun the hostile ones of the initiatives table leave out, as words of
# their own that may also name a walkout or a plan ('a US strike', 'a Turkish operation').
_ATTACK_NOUNS = frozenset({"strike", "operation", "ambush"})


def _attack_owners(verb: Token) -> list[Token]:
    """The words naming whose attack a victim fell in: 'US' in 'killed in a US raid', 'Israeli'
    in 'died in an Israeli airstrike'."""
    owners: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _STRUCK_IN:
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            hostile = lemma in word_set("initiatives", "hostile") or lemma in _ATTACK_NOUNS
            if noun.dep_ != "pobj" or not hostile:
                continue
            modifiers = (c for c in noun.children if c.dep_ in {"compound", "amod", "poss"})
            owners.extend(t for m in modifiers for t in m.subtree)
    return owners


def _attackers(verb: Token, actors: DocActors) -> list[str]:
    """Whose attack it was. A country's or a city's name before the noun is more often where
    it struck ('killed in the Syria strikes', 'the Brussels attacks') than who did: only its
    adjective, its possessive or an abbreviation ('Israeli', "Russia's", 'US') says the country
    attacked."""
    found = []
    for token in _attack_owners(verb):
        actor_id = actors.token_actor.get(token.i)
        if actor_id is None:
            continue
        if token.dep_ == "compound" and not token.text.isupper():
            country = actors.by_id[actor_id].kind == "COUNTRY"
            if country or get_gazetteer().is_city(token.text):
                continue
        found.append(actor_id)
    return list(dict.fromkeys(found))


def _monitors(actor: Actor) -> bool:
    # The gazetteer's bodies ('org:un') are in the knowledge base under their names.
    entry = kb.get_kb().get(actor.id) or kb.lookup(actor.name)
    return entry is not None and kb.is_monitor(entry)


def _participle_subject(verb: Token, actors: DocActors) -> list[str]:
    """'Russia, pulling out its military and allowing the use of the airspace': a participle
    hung on a name has that name for its subject, and so do the verbs coordinated with it."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in {"PROPN", "NOUN"}:
        return []
    return actors.actors_in([verb.head.i])


def _misread_subject(verb: Token) -> Token | None:
    """The subject the parser did not hang on the verb as one: the root noun it hung the verb
    on as a participle, or a name it read into a fronted date."""
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        return verb.head if hung_on_its_subject(verb) else None
    return _name_after_a_fronted_date(verb)


_DATE_LABELS = frozenset({"DATE", "TIME"})


def _name_after_a_fronted_date(verb: Token) -> Token | None:
    """'On Wednesday Pakistan said …': with no subject, the parser may read the name right
    before the verb as part of the date phrase ('Wednesday Pakistan'); that name is the
    subject."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    prep = next((c for c in verb.lefts if c.dep_ == "prep"), None)
    if prep is None or prep.right_edge.i != verb.i - 1:
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ in {*_DATE_LABELS, ""}:
        return None
    return name if any(t.ent_type_ in _DATE_LABELS for t in name.lefts) else None


def _reporter_subject(token: Token, actors: DocActors) -> list[str]:
    """Who says or asks what `token` names: the subject of the reporting verb above it, or of
    the verb the parser hung on its subject ('Joshua Wong, the activist …, called on Lam to
    resign', read with 'Wong' as the root)."""
    reporter = token
    while True:
        misread = _misread_subject(reporter)
        if misread is not None:
            return subject_actors(misread, actors)
        if _lemma(reporter) in word_set("events", "reporting") or reporter.head.i == reporter.i:
            break
        reporter = reporter.head
    # 'Jersey was urged by the US to hand over the territory': the one who asked is the agent.
    agents = [a for c in reporter.children if c.dep_ == "agent" for a in c.subtree]
    asked_by = actors.actors_in(t.i for t in agents)
    if asked_by:
        return asked_by
    said_by = next((c for c in reporter.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject_actors(said_by, actors) if said_by is not None else []


def _targets(clause: _Clause, actors: DocActors, event_type: str, demanded: bool) -> list[str]:
    verb = clause.act
    top = _clause_top(verb)
    directive = next((v for v in [clause.head, *governors(verb)] if directs(v)), None)
    if demanded and directive is not None:
        # 'urged the warring parties to allow …': those asked are the targets.
        asked = [c for c in directive.children if c.dep_ in {"dobj", "dative", "iobj"}]
        # 'Jersey was urged by the US to …': in the passive, the one asked is the subject.
        asked += [c for c in directive.children if c.dep_ == "nsubjpass"]
        # 'called on Myanmar's government to …'
        asked += [c for c in directive.children if c.dep_ == "prep" and c.lower_ == "on"]
        # 'wants Tokyo to drop its claim': the subject of the clause wanted.
        asked += [
            s
            for c in directive.children
            if c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ in _SUBJECT_DEPS
        ]
        return [a for c in asked for a in actors.actors_in(t.i for t in c.subtree)]
    told = _addressee(clause.reporter) if demanded and clause.reporter is not None else None
    if told is not None and _subject_stands_for_another(top):
        # 'told Islamabad it must do more': the one told, named before any preposition ('a
        # news conference at Cairo airport' names no one); 'told parliament that the colonies
        # should join' is asked of the colonies.
        addressed = actors.actors_in(t.i for t in told.subtree if t.i <= told.i)
        if addressed:
            return addressed
    if demanded and top.dep_ != "xcomp":
        subject = next((c for c in top.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject_actors(subject, actors)
    chain = list(dict.fromkeys([*_head_to_act(clause), verb, *governors(verb)]))
    found: list[str] = []
    if clause.trigger.dep_ in _SUBJECT_DEPS:
        # 'Palestinian riots against Israeli policies continued': the event noun's own objects.
        found.extend(actors.actors_in(t.i for t in _noun_objects(clause.trigger)))
    if clause.trigger.pos_ == "NOUN":
        # 'reiterated its demand that Sudan free …': whom the noun's content clause is about.
        found.extend(_content_subjects(clause.trigger, actors))
    passive = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and _raised_subject(top) is not None:
        passive = None  # 'Putin is expected to meet Erdogan': Putin meets
    if _displeased_in_the_passive(top):
        passive = None  # 'China was frustrated with Pyongyang': China feels it
    if passive is None and _headline_passive(top):
        passive = next(c for c in top.children if c.dep_ == "nsubj")
    if passive is not None:
        found.extend(actors.actors_in(t.i for t in _object_tokens(passive)))
    for token in chain:
        has_object = any(
            c.dep_ in {"dobj", "dative"} and actors.actors_in(t.i for t in c.subtree)
            for c in token.children
        )
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE_PREPS:
                continue
            if child.dep_ == "prep" and _fronted_setting(token, child):
                continue
            if has_object and _tells_a_deed(child):
                # 'accused the US of restoring … for Namibia': the deed names no target.
                continue
            if child.dep_ in _OBJECT_DEPS or child.dep_ in _COMPLEMENT_DEPS:
                found.extend(actors.actors_in(t.i for t in _object_tokens(child)))
    for cause in _causes_of_displeasure(verb):
        # Not what a clause says of the cause: 'rain which prevented play against Glamorgan'.
        said_of_it = {t.i for c in cause.children if c.dep_ == "relcl" for t in c.subtree}
        found.extend(actors.actors_in(t.i for t in cause.subtree if t.i not in said_of_it))
    if not found:
        found.extend(_purpose_objects(verb, actors) or _set_going_at(verb, actors))
    attackers = set(_attackers(top, actors)) if _befalls_its_subject(top) else set()
    return [a for a in dict.fromkeys(found) if a not in attackers]


# Prepositions by which a noun of an act names whom it is aimed at: 'an investigation into',
# 'an attack on', 'sanctions against'.
_AIMING_PREPS = frozenset({"into", "on", "against", "upon", "at", "over", "toward", "towards"})


def _set_going_at(verb: Token, actors: DocActors) -> list[str]:
    """'launched an investigation into crimes committed by Croat forces', 'imposed sanctions
    on Iran': the act a verb sets going is aimed at whom its noun's preposition names."""
    nouns = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN")
    preps = (p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in _AIMING_PREPS)
    objects = (o for p in preps for o in p.children if o.dep_ == "pobj")
    return [a for o in objects for a in actors.actors_in(t.i for t in o.subtree)]


def _purpose_objects(verb: Token, actors: DocActors) -> list[str]:
    """'opened fire to disperse the demonstrators', 'sent warships to deter Iran', 'launched an
    offensive to drive the YPG out': with no party among its own objects, an act is aimed at
    the object of its purpose, said of the verb or of the thing it sets going."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    purposes = (
        c
        for parent in [verb, *nouns]
        for c in parent.children
        if c.dep_ in ({"advcl", "xcomp"} if parent is verb else {"acl"})
        and is_to_infinitive(c)
        and not any(a.dep_ in _SUBJECT_DEPS for a in c.children)
    )
    objects = (o for p in purposes for o in p.children if o.dep_ in {"dobj", "dative"})
    return [a for o in objects for a in actors.actors_in(t.i for t in _object_tokens(o))]


def _tells_a_deed(child: Token) -> bool:
    """A preposition whose object is a clause: 'of restoring the blackmail'."""
    return child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)


def _place_targets(clause: _Clause, actors: DocActors) -> list[str]:
    """Places the act's objects name (a country the article only uses as a place among
    them), in order: they have no actor id."""
    verb = clause.act
    chain = list(dict.fromkeys([*_head_to_act(clause), verb, *governors(verb)]))
    found = []
    for token in chain:
        for child in token.children:
            if child.dep_ == "prep" and (
                _sets_the_scene(token, child) or _fronted_setting(token, child)
            ):
                continue
            if child.dep_ in _OBJECT_DEPS or child.dep_ in _COMPLEMENT_DEPS:
                found += [actors.token_place.get(t.i) for t in _object_tokens(child)]
    return list(dict.fromkeys(p for p in found if p is not None))


def _fronted_setting(verb: Token, prep: Token) -> bool:
    """'In Moscow, Putin welcomed the move', 'In Geneva, the envoy urged all parties …': a
    place put before the subject says where the act is told, not whom it is aimed at."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if prep.lower_ not in SETTING_PREPOSITIONS or subject is None or prep.i > subject.i:
        return False
    # A place's name; not 'in a letter to the UN', 'in its agreement with Russia'.
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return place is not None and place.pos_ == "PROPN"


def _sets_the_scene(verb: Token, prep: Token) -> bool:
    """A preposition of time or cause, or of place on a verb with no object: where a crowd
    demonstrated is not what it acted on, while a curfew imposed in Bamako strikes Bamako."""
    if prep.lower_ in _CIRCUMSTANCE_PREPS:
        return True
    transitive = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    return prep.lower_ in SETTING_PREPOSITIONS and not transitive


def _noun_modifiers(noun: Token) -> list[Token]:
    """Who does what the noun names: its modifiers, and who it is 'by' ('an investigation by
    Congress')."""
    words = (c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"})
    modifiers = [t for w in words for t in w.subtree]
    bys = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by")
    # Up to the name: 'Kurdish groups' of 'by Kurdish groups against Turkey'.
    doers = (o for b in bys for o in b.children if o.dep_ == "pobj")
    return modifiers + [t for o in doers for t in o.subtree if t.i <= o.i]


def _content_subjects(noun: Token, actors: DocActors) -> list[str]:
    clauses = (c for c in noun.children if c.dep_ in {"acl", "ccomp"})
    subjects = (s for c in clauses for s in c.children if s.dep_ in _SUBJECT_DEPS)
    return [a for s in subjects for a in subject_actors(s, actors)]


def _noun_objects(noun: Token) -> list[Token]:
    preps = (c for c in noun.children if c.dep_ == "prep" and c.lower_ not in _CIRCUMSTANCE_PREPS)
    return [t for p in preps for t in _object_tokens(p)]


def _head_to_act(clause: _Clause) -> list[Token]:
    """The verbs from the clause's predicate down to its act: 'reiterated … that Israel ease'."""
    if not clause.main:
        return []
    chain = clause_chain(clause.head)
    return chain[: chain.index(clause.act) + 1] if clause.act in chain else [clause.head]


def _object_tokens(token: Token) -> list[Token]:
    """An object with the words that name it: 'the president of Armenia', not 'the bombing of
    Karmi in Tulkarm', whose place is not what the act concerns."""
    out = [token]
    for child in token.children:
        if child.dep_ in _SKIPPED_IN_OBJECTS or not _names_part(token, child):
            continue
        out.extend(_object_tokens(child))
    return out


def _names_part(token: Token, child: Token) -> bool:
    """Whether a word hung on an object names part of what the act concerns. 'for' on a noun
    names whom it is for ('an aid programme for Bosnia'); on a verb, a time or a cause."""
    if child.dep_ != "prep" or child.lower_ not in _CIRCUMSTANCE_PREPS:
        return True
    # Not 'an appeal for deploying troops along its border with Israel': a purpose, no party.
    names = any(g.dep_ == "pobj" for g in child.children)
    return child.lower_ == "for" and token.pos_ == "NOUN" and names
