"""Mentions of one initiative become one; distinct initiatives of a kind stay apart."""

from __future__ import annotations

from collections.abc import Callable

from attache.contract import Extraction

Read = Callable[[str], Extraction]

PROGRAM = (
    "Japan announced joint missile production with the US on Monday.\n"
    "Japan also plans to increase production of Patriot missiles.\n"
    "Tokyo will launch joint output of other missiles with US defense contractors next year.\n"
    "China criticized the production deal."
)
CEASEFIRE = (
    "Armenia and Azerbaijan signed a ceasefire agreement on Saturday.\n"
    "Under the deal, Azerbaijan will withdraw 3,000 troops from the border.\n"
    "Russia dismissed the accord as a Western ploy."
)


def test_joint_production_named_twice_is_one_initiative(read: Read) -> None:
    production = [i for i in read(PROGRAM).initiatives if i.kind == "ARMS_PRODUCTION"]
    joint = [i for i in production if "Patriot" not in i.title]
    assert len(joint) == 1, [i.title for i in production]
    assert len(joint[0].evidence) == 2


def test_patriot_increase_stays_apart_from_the_joint_program(read: Read) -> None:
    production = [i for i in read(PROGRAM).initiatives if i.kind == "ARMS_PRODUCTION"]
    patriot = [i for i in production if "Patriot" in i.title]
    assert len(patriot) == 1
    assert {p.actor for p in patriot[0].participants} == {"Japan"}
    assert len({i.id for i in production}) == 2


def test_bare_mentions_point_back_at_the_agreement(read: Read) -> None:
    agreements = [i for i in read(CEASEFIRE).initiatives if i.kind == "AGREEMENT"]
    assert len(agreements) == 1
    (ceasefire,) = agreements
    assert [e.text[:5] for e in ceasefire.evidence] == ["Armen", "Under", "Russi"]
    # Dismissing an accord does not make Russia a party to it.
    assert "Russia" not in {p.actor for p in ceasefire.participants}


def test_same_initiative_gets_the_same_id_across_articles(read: Read) -> None:
    first = read("Armenia and Azerbaijan signed a ceasefire agreement on Saturday.")
    second = read("The ceasefire agreement between Azerbaijan and Armenia held on Sunday.")
    assert first.initiatives[0].id == second.initiatives[0].id


def test_initiatives_link_the_events_reporting_them(read: Read) -> None:
    extraction = read(CEASEFIRE)
    (ceasefire,) = [i for i in extraction.initiatives if i.kind == "AGREEMENT"]
    linked = [extraction.events[n] for n in ceasefire.events]
    assert "signed" in [e.trigger.text for e in linked]
    withdrawal = next(i for i in extraction.initiatives if i.kind == "MILITARY_OPERATION")
    assert all(0 <= n < len(extraction.events) for n in withdrawal.events)
    assert "withdraw" in [extraction.events[n].trigger.text for n in withdrawal.events]


SANCTIONS = (
    "Canada imposes new sanctions on Belarus\n\n"
    "OTTAWA (Wire) - Canada on Friday imposed sanctions on nine Belarusian officials and the "
    "state potash exporter Belaruskali, the foreign ministry said.\n"
    "Canada also imposed sanctions on Iran over its drone exports."
)


def test_a_headline_and_the_lead_that_names_more_targets_are_one_initiative(
    read: Read,
) -> None:
    sanctions = [i for i in read(SANCTIONS).initiatives if i.kind == "SANCTION"]
    on_belarus = [i for i in sanctions if "Belarus" in {p.actor for p in i.participants}]
    assert len(on_belarus) == 1, [(i.title, i.participants) for i in sanctions]
    assert len(on_belarus[0].evidence) == 2


def test_the_same_kind_with_other_parties_stays_apart(read: Read) -> None:
    sanctions = [i for i in read(SANCTIONS).initiatives if i.kind == "SANCTION"]
    on_iran = [i for i in sanctions if "Iran" in {p.actor for p in i.participants}]
    assert len(on_iran) == 1
    assert "Belarus" not in {p.actor for p in on_iran[0].participants}
