"""Initiatives named by what an actor does ('Ankara shelled the town'), beside those a noun
names. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from attache.contract import Extraction, Initiative
from tests.extraction.conftest import assert_offsets_hold

Read = Callable[[str], Extraction]


def roles(initiative: Initiative) -> dict[str, str]:
    return {p.actor: p.role for p in initiative.participants}


def with_predicate(extraction: Extraction, predicate: str) -> list[Initiative]:
    return [i for i in extraction.initiatives if i.predicate == predicate]


def test_hostile_act_by_an_actor_is_an_initiative_with_its_target(read: Read) -> None:
    text = "Russian jets bombed Ukrainian positions near Kherson on Tuesday."
    extraction = read(text)
    (bombing,) = with_predicate(extraction, "bomb")
    assert bombing.kind == "MILITARY_OPERATION"
    assert roles(bombing) == {"Russia": "LEAD", "Ukraine": "TARGET"}
    assert bombing.evidence[0].text == text
    assert_offsets_hold(text, extraction)


def test_act_whose_object_a_noun_names_is_that_initiative_once(read: Read) -> None:
    text = "Armenia and Azerbaijan signed a ceasefire agreement in Moscow on Saturday."
    extraction = read(text)
    assert [i.kind for i in extraction.initiatives] == ["AGREEMENT"]
    assert not with_predicate(extraction, "sign")


def test_acts_inside_a_quotation_are_not_reported_acts(read: Read) -> None:
    text = (
        "The Turkish president spoke in Ankara. “We will bomb their camps and crush them,” "
        "he told a rally."
    )
    assert not read(text).initiatives


def test_pattern_and_setting_are_not_acts(read: Read) -> None:
    text = (
        "Vietnam and China have clashed repeatedly over the Paracel Islands, where Chinese "
        "vessels have rammed Vietnamese fishing boats."
    )
    assert not read(text).initiatives


def test_a_body_an_actor_will_raise_is_an_initiative(read: Read) -> None:
    text = "Washington announced it would raise a border force of 30,000 fighters in Syria."
    extraction = read(text)
    forces = [i for i in extraction.initiatives if "force" in i.terms]
    assert len(forces) == 1
    assert roles(forces[0]).get("United States") == "LEAD"
    assert forces[0].status == "planned"


def test_a_body_unveiled_by_an_actor_is_its_initiative(read: Read) -> None:
    text = "Ankara vowed to crush a border security force recently unveiled by Washington."
    forces = [i for i in read(text).initiatives if "force" in i.terms]
    assert len(forces) == 1
    assert roles(forces[0]).get("United States") == "LEAD"


def test_parties_named_by_a_clause_describing_the_initiative(read: Read) -> None:
    text = "Officials said talks that started last year between Baghdad and Damascus had stalled."
    (talks,) = [i for i in read(text).initiatives if i.predicate == "talks"]
    assert {"Iraq", "Syria"} <= set(roles(talks))


def test_what_a_commentator_does_is_no_initiative(read: Read) -> None:
    text = "John Marlow, a chemical weapons expert, warned that the stockpiles would be moved."
    assert not read(text).initiatives


def test_adviser_of_a_known_leader_serves_the_leader_s_country(read: Read) -> None:
    from datetime import date

    from attache_worker.extraction import extract

    text = "HR McMaster, Donald Trump's national security adviser, flew to Seoul."
    extraction = extract(text, date(2018, 1, 22))
    adviser = next(a for a in extraction.actors if a.name.endswith("McMaster"))
    assert adviser.affiliation == "United States"


def test_roles_in_a_named_initiative_follow_who_acts(read: Read) -> None:
    text = "Syria has objected to the Turkish invasion, which Ankara began on Saturday."
    (invasion,) = [i for i in read(text).initiatives if i.predicate == "invasion"]
    assert roles(invasion).get("Turkey") == "LEAD"
    assert roles(invasion).get("Syria") != "LEAD"


def test_an_initiative_that_is_its_clause_subject_takes_no_lead_from_above(read: Read) -> None:
    text = "Ankara believed the US/Kurdish alliance was temporary."
    (alliance,) = [i for i in read(text).initiatives if i.predicate == "alliance"]
    assert "Turkey" not in roles(alliance)


def test_a_speech_or_a_view_is_no_initiative(read: Read) -> None:
    text = (
        "The Turkish president spoke in Ankara on Monday. Turkey regards the militia as a "
        "terror group."
    )
    assert not read(text).initiatives


def test_a_request_of_others_is_one_demand_titled_without_its_day(read: Read) -> None:
    text = (
        "Antony Blinken urged the warring parties on Tuesday to allow aid convoys through the "
        "Adre crossing."
    )
    (demand,) = read(text).initiatives
    assert demand.kind == "DEMAND"
    assert "Tuesday" not in demand.title
    assert " on to " not in demand.title


def test_an_act_read_as_mobilizing_needs_forces(read: Read) -> None:
    # The model reads 'called' as calling up; nothing in the clause is a force.
    extraction = read("Human Rights Watch called the ruling a disgrace and demanded a retrial.")
    assert not [i for i in extraction.initiatives if i.kind == "MILITARY_OPERATION"]


def test_a_noun_a_light_verb_takes_is_titled_with_the_verb_s_complements(read: Read) -> None:
    text = (
        "Hungary's prime minister, Viktor Orbán, said his government would not take part in "
        "any Nato mission to train Ukrainian troops."
    )
    titles = [i.title for i in read(text).initiatives]
    assert any("take part in any Nato mission" in title for title in titles), titles


def test_an_act_s_title_leaves_out_who_reports_it_and_its_circumstances(read: Read) -> None:
    text = (
        "Turkish forces shelled Kurdish positions near Afrin, according to the Syrian "
        "Observatory for Human Rights."
    )
    titles = [i.title for i in read(text).initiatives]
    assert titles
    assert not any("according" in title for title in titles), titles


def test_an_act_that_did_not_happen_is_no_initiative(read: Read) -> None:
    text = (
        "Hezbollah, whose leader was killed in an Israeli strike in September, did not "
        "immediately comment, but a Hezbollah MP said the group would support the army."
    )
    assert "comment" not in {i.predicate for i in read(text).initiatives}
    sent = read("Russia did not send 2,000 troops to Mali.")
    assert "deployment" not in {i.predicate for i in sent.initiatives}


def test_keeping_watch_is_no_initiative(read: Read) -> None:
    text = (
        "The Philippines, which is locked in its own maritime dispute with China, said it was "
        "monitoring the situation."
    )
    assert read(text).initiatives == []


def test_a_verb_the_parser_gave_two_subjects_has_the_nearer_for_its_own(read: Read) -> None:
    # The parser reads 'carried' as a participle of 'coalition' and hangs both 'coalition' and
    # 'envoy' on 'called' as subjects.
    text = (
        "Saudi-led coalition strikes Houthi positions near Hodeidah\n\nThe Saudi-led coalition "
        "carried out dozens of airstrikes on Houthi positions around the Red Sea port of "
        "Hodeidah on Thursday, residents said, days after the UN envoy Martin Griffiths called "
        "for a ceasefire."
    )
    extraction = read(text)
    called = next(e for e in extraction.events if e.trigger.text == "called")
    assert "Saudi Arabia" not in called.sources
    by_term = {term: i for i in extraction.initiatives for term in i.terms}
    assert roles(by_term["airstrike"]).get("Saudi Arabia") == "LEAD"
    assert "Saudi Arabia" not in roles(by_term["ceasefire"])
