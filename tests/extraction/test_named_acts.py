"""Initiatives named by nouns of acts (ultimatums, permissions, assaults, trials), who leads
them, and one act named twice in a sentence. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from attache.contract import Extraction, Initiative

Read = Callable[[str], Extraction]


def roles(initiative: Initiative) -> dict[str, str]:
    return {p.actor: p.role for p in initiative.participants}


def named(extraction: Extraction, word: str) -> list[Initiative]:
    return [i for i in extraction.initiatives if word in i.terms]


def test_an_ultimatum_delivered_after_an_accusation_is_the_accuser_s(read: Read) -> None:
    text = (
        "Jorge Mendoza, Chile's foreign minister, accused Peru of bad faith and delivered an "
        "ultimatum on Monday."
    )
    (ultimatum,) = named(read(text), "ultimatum")
    assert ultimatum.kind == "DEMAND"
    assert roles(ultimatum).get("Jorge Mendoza") == "LEAD"


def test_the_receiver_of_a_permission_is_no_lead(read: Read) -> None:
    text = (
        "Russia, which had granted Turkey permission to begin the operation, blamed the US "
        "for the crisis."
    )
    (permission,) = named(read(text), "permission")
    assert permission.kind == "CONCESSION"
    assert roles(permission).get("Turkey") == "BENEFICIARY"
    assert roles(permission).get("Russia") == "LEAD"


def test_one_act_named_twice_in_a_sentence_is_one_initiative(read: Read) -> None:
    text = (
        "Russia, which had granted Turkey permission to begin the operation, pulling out its "
        "military and allowing the use of the airspace by Turkish jets, blamed the US."
    )
    consents = [i for i in read(text).initiatives if {"permission", "allow"} & set(i.terms)]
    assert len(consents) == 1


def test_a_nation_s_assault_is_led_by_it_not_by_those_who_worry_about_it(read: Read) -> None:
    text = "The US and France said they were concerned about Turkey's assault on the enclave."
    (assault,) = named(read(text), "assault")
    assert assault.kind == "MILITARY_OPERATION"
    assert roles(assault)["Turkey"] == "LEAD"
    assert "LEAD" not in {roles(assault).get("United States"), roles(assault).get("France")}


def test_a_trial_is_an_initiative(read: Read) -> None:
    text = "Iraq has opened the trial of 300 suspected militants in Baghdad."
    (trial,) = named(read(text), "trial")
    assert trial.kind == "INVESTIGATION"
    assert roles(trial).get("Iraq") == "LEAD"


def test_armies_named_in_passing_under_a_creating_verb_are_no_initiative(read: Read) -> None:
    text = (
        "The alliance has created tensions between Turkey and the US, the two largest armies "
        "in Nato."
    )
    assert not named(read(text), "army")
