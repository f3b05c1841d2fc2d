"""The event-type model and the clause features it reads. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from spacy.tokens import Span

from attache.contract import Extraction
from attache_worker.extraction.event_features import (
    VerbLexicon,
    act_of,
    clause_chain,
    features,
    main_predicate,
)
from attache_worker.extraction.event_types import EventTyper, get_typer
from attache_worker.extraction.events import Mood, clause_type, main_clause, with_mood
from attache_worker.extraction.nlp import load_model, parse_many

Read = Callable[[str], Extraction]
PLOVER_TYPES = {
    *("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE"),
    *("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION"),
    *("COERCE", "ASSAULT", "FIGHT"),
}


def sentence(text: str) -> Span:
    return next(next(parse_many(load_model(), [text], 1)).sents)


def test_the_shipped_model_is_read_once_and_knows_every_plover_type() -> None:
    typer = get_typer()
    assert get_typer() is typer
    assert set(typer.labels) == PLOVER_TYPES
    assert typer.weights.shape == (len(typer.index), len(typer.labels))
    assert typer.lexicon.verbs
    assert typer.lexicon.pairs


def test_scores_are_probabilities_over_the_types() -> None:
    scores = get_typer().scores(sentence("Chad and Niger held talks on border security."))
    assert set(scores) == PLOVER_TYPES
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-5)
    assert all(0.0 <= p <= 1.0 for p in scores.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Lusaka detained forty opposition supporters on Sunday.", "COERCE"),
        ("Thousands of teachers went on strike across Malawi over unpaid wages.", "PROTEST"),
        ("Bolivia expelled the Chilean ambassador after the border dispute.", "SANCTION"),
        ("Gunmen kidnapped six aid workers from a clinic in northern Mali.", "ASSAULT"),
        ("Japan sent food aid to Haiti after the earthquake.", "AID"),
        ("The opposition accused the electoral commission of rigging the vote.", "DISAPPROVE"),
        # Known weaknesses, kept here so that a better model shows: the training stories file
        # most 'talks' under CONCEDE ('concessions in nuclear talks'), and goods sent without
        # the word 'aid' read as material cooperation.
        pytest.param(
            "Chad and Niger held talks on border security in N'Djamena.",
            "CONSULT",
            marks=pytest.mark.xfail(reason="talks are mostly CONCEDE in the stories"),
        ),
        pytest.param(
            "Sweden sent blankets and medicine to flood victims in Pakistan.",
            "AID",
            marks=pytest.mark.xfail(reason="relief goods without 'aid' read as COOPERATE"),
        ),
    ],
)
def test_the_model_types_plain_acts(text: str, expected: str) -> None:
    label, confidence = get_typer().best(sentence(text))
    assert label == expected
    assert confidence > 1 / len(PLOVER_TYPES)


def test_a_tiny_model_scores_by_softmax_of_summed_rows() -> None:
    typer = EventTyper(
        labels=("AGREE", "FIGHT"),
        index={"v=sign": 0, "v=shell": 1},
        weights=np.array([[2.0, 0.0], [0.0, 3.0]], dtype=np.float32),
        bias=np.array([0.0, 0.0], dtype=np.float32),
        lexicon=VerbLexicon(),
    )
    scores = typer.score_features(["v=sign", "unknown", "v=sign"])
    assert scores["AGREE"] == pytest.approx(np.exp(2) / (np.exp(2) + 1))
    assert typer.score_features([]) == {"AGREE": 0.5, "FIGHT": 0.5}


def test_the_main_predicate_is_the_cited_clause_of_a_report() -> None:
    parsed = sentence("Uganda must withdraw its troops, the Kenyan foreign minister said.")
    assert main_predicate(parsed).lemma_ == "withdraw"


def test_light_verbs_and_commitments_hand_over_to_the_act() -> None:
    decided = sentence("Ghana decided to close its border with Togo.")
    assert act_of(clause_chain(main_predicate(decided))).lemma_ == "close"
    agreed = sentence("Mali agreed to release the detained soldiers.")
    assert act_of(clause_chain(main_predicate(agreed))).lemma_ == "release"
    threatened = sentence("Mali threatened to expel the French envoy.")
    assert act_of(clause_chain(main_predicate(threatened))).lemma_ == "threaten"


def test_features_carry_mood_object_and_dictionary_reading() -> None:
    parsed = sentence("Peru will not freeze the assets of the mining company.")
    lexicon = VerbLexicon(verbs={"freeze": "SANCTION"}, pairs={"freeze asset": "COERCE"})
    found = set(features(parsed, main_predicate(parsed), lexicon))
    assert {"act=freeze", "o=asset", "vo=freeze_asset", "neg", "modal=will"} <= found
    assert {"lex_act=SANCTION", "lex_pair=COERCE"} <= found
    # Names are not features: the model learns acts, not who did them.
    assert not any("peru" in f.lower() for f in found)


@pytest.mark.parametrize(
    ("act", "mood", "expected"),
    [
        ("CONCEDE", Mood.INTENDED, "AGREE"),
        ("SANCTION", Mood.INTENDED, "THREATEN"),
        ("AID", Mood.CONDITIONAL, "THREATEN"),
        ("CONCEDE", Mood.NEGATED, "REJECT"),
        ("ASSAULT", Mood.NEGATED, "ASSAULT"),
        ("AGREE", Mood.OBLIGED, "DEMAND"),
        ("THREATEN", Mood.INTENDED, "THREATEN"),
        ("FIGHT", Mood.ASSERTED, "FIGHT"),
    ],
)
def test_mood_puts_the_act_as_plover_files_it(act: str, mood: Mood, expected: str) -> None:
    assert with_mood(act, mood) == expected


def test_a_copula_states_no_event(read: Read) -> None:
    assert read("Lusaka is the largest city in Zambia.").events == []


def test_a_promise_is_an_agreement_and_its_act_an_event_of_its_own(read: Read) -> None:
    first, *others = read("Mali agreed to release the detained Ivorian soldiers.").events
    assert (first.type, first.trigger.text, first.sources) == ("AGREE", "agreed", ["Mali"])
    assert "release" not in [e.trigger.text for e in others if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary rebuffed the proposal to admit more refugees.",
        "The two sides failed to agree on a ceasefire.",
        "The junta spurned an offer of talks from the African Union.",
        "The rebels refused to lay down their arms.",
    ],
)
def test_turning_an_act_down_is_a_rejection(read: Read, text: str) -> None:
    assert read(text).events[0].type == "REJECT"


def test_a_pledge_with_no_act_after_it_is_an_agreement(read: Read) -> None:
    assert read("Ghana pledged $2m for the relief effort.").events[0].type == "AGREE"


@pytest.mark.parametrize(
    "text",
    ["Germany halted arms exports to Turkey.", "Ankara curtailed trade with Damascus."],
)
def test_halting_support_or_dealings_is_a_sanction(read: Read, text: str) -> None:
    assert read(text).events[0].type == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "Britain would suspend all high-level contacts with Russia, the prime minister said.",
        "Germany will halt arms exports to Turkey if the offensive goes on.",
    ],
)
def test_a_halting_to_come_threatens_the_sanction(read: Read, text: str) -> None:
    event = read(text).events[0]
    assert (event.type, event.trigger.text) == ("THREATEN", text.split()[2])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "China called for the UN security council to consider easing sanctions on Pyongyang.",
            "China",
        ),
        ("Qatar appealed for the rebels to lay down their arms.", "Qatar"),
        ("Amnesty International called for him to be handed over.", "Amnesty International"),
    ],
)
def test_calling_for_someone_to_act_is_a_demand(read: Read, text: str, source: str) -> None:
    event = read(text).events[0]
    assert (event.type, event.sources) == ("DEMAND", [source])


@pytest.mark.parametrize(
    "text",
    [
        "Norway announced a suspension of flights to Minsk on Monday.",
        "The EU announced a freeze of its aid to Mali.",
    ],
)
def test_a_light_verb_taking_a_halt_of_support_is_a_sanction(read: Read, text: str) -> None:
    assert read(text).events[0].type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The union reiterated its demand that the ministry lift the ban on strikes.",
            "DEMAND",
        ),
        # A call that says what it asks for or of whom; a bare 'call' may be by telephone.
        ("Amnesty reiterated its call on the government to free the bloggers.", "DEMAND"),
        ("The party leader made a call for early elections.", "DEMAND"),
        # CAMEO files an ultimatum under THREATEN (139), though it names a demand.
        ("The general issued an ultimatum to the rebels.", "THREATEN"),
        ("The militia issued a threat against the peacekeepers.", "THREATEN"),
    ],
)
def test_a_light_verb_taking_a_noun_of_asking_or_threatening_is_that_stance(
    read: Read, text: str, stance: str
) -> None:
    assert read(text).events[0].type == stance


def test_the_subject_a_directive_was_hung_on_asks_for_the_act(read: Read) -> None:
    # The parser reads 'Wong' as the root and hangs 'called' on it as a participle.
    text = (
        "Joshua Wong, the activist who was released from prison on Monday, called on "
        "Carrie Lam to resign."
    )
    demand = next(e for e in read(text).events if e.type == "DEMAND")
    assert (demand.sources, demand.targets) == (["Joshua Wong"], ["Carrie Lam"])


def test_a_light_verb_s_event_noun_types_the_clause_the_model_is_unsure_of(read: Read) -> None:
    event = read("Rebels mounted an offensive on the town.").events[0]
    assert (event.type, event.trigger.text) == ("FIGHT", "offensive")


def test_halting_what_is_no_support_is_no_sanction(read: Read) -> None:
    assert read("The army cut the road to the city.").events[0].type != "SANCTION"


def _typer_leaning(weight: float, lexicon: VerbLexicon) -> EventTyper:
    """A model that reads 'question' as a protest, as surely as `weight` makes it."""
    return EventTyper(
        labels=("COERCE", "PROTEST", "FIGHT"),
        index={"v=question": 0},
        weights=np.array([[0.0, weight, 0.0]], dtype=np.float32),
        bias=np.zeros(3, dtype=np.float32),
        lexicon=lexicon,
    )


@pytest.mark.parametrize(("weight", "expected"), [(0.3, "COERCE"), (3.0, "PROTEST")])
def test_a_model_short_of_even_odds_yields_to_the_verb_dictionary(
    weight: float, expected: str
) -> None:
    # 'question', which no reading by category names (an arrest would be read as one).
    parsed = sentence("Police questioned forty journalists in the capital.")
    clause = main_clause(parsed)
    assert clause is not None
    typer = _typer_leaning(weight, VerbLexicon({"question": "COERCE"}))
    assert clause_type(parsed, clause, typer)[0] == expected
    # With nothing in the dictionary, the model's own reading stands however unsure it is.
    assert clause_type(parsed, clause, _typer_leaning(weight, VerbLexicon()))[0] == "PROTEST"
