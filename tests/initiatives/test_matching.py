"""The score two reports get, component by component, on reports written for these tests."""

from __future__ import annotations

import pytest

from attache.initiatives.matching import LINK_THRESHOLD, Report, contradict, match, parse_date
from tests.initiatives.factories import report


def _score(a: Report, b: Report) -> float:
    found = match(a, b)
    assert found is not None
    return found.score


def _components(a: Report, b: Report) -> dict[str, float]:
    found = match(a, b)
    assert found is not None
    return {r.component: r.weight for r in found.reasons}


def test_the_same_state_naming_one_act_in_the_same_week_links() -> None:
    offensive = report("a", "offensive", targets=("country:SY",))
    assault = report("b", "assault", day=2, places=("afrin",))
    found = match(offensive, assault)
    assert found is not None
    assert found.links
    assert _components(offensive, assault) == {
        "parties": 3.0,
        "predicate": 1.5,
        "reported": 1.0,
        "kind": 0.5,
    }


def test_the_score_does_not_depend_on_which_report_comes_first() -> None:
    a = report("a", "offensive", lead=("country:TR", "org:fsa"), places=("afrin",), day=1)
    b = report("b", "incursion", lead=("country:TR",), targets=("org:ypg",), places=("afrin",))
    ab, ba = match(a, b), match(b, a)
    assert ab is not None
    assert ba is not None
    assert (ab.score, ab.contradicts) == (ba.score, ba.contradicts)
    assert _components(a, b) == _components(b, a)


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report("b", lead=("country:RU",), targets=("country:SY",)), "other states act"),
        (report("b", places=("manbij",)), "another place"),
        (report("b", dates=("2018-03-15",)), "event dates two months apart"),
    ],
)
def test_contradicting_reports_do_not_link(other: Report, why: str) -> None:
    afrin = report("a", targets=("country:SY",), places=("afrin",), dates=("2018-01-20",))
    found = match(afrin, other)
    assert found is not None, why
    assert not found.links, why
    assert found.contradicts, why


def test_sanctions_on_different_targets_stay_apart() -> None:
    on_iran = report(
        "a", "sanction", lead=("country:US",), targets=("country:IR",), kind="SANCTION"
    )
    on_russia = report(
        "b", "sanction", lead=("country:US",), targets=("country:RU",), kind="SANCTION"
    )
    assert _score(on_iran, on_russia) < LINK_THRESHOLD
    # Different targets are no contradiction: a report naming no target may still join either.
    assert not contradict(on_iran, on_russia)


def test_pacts_with_different_partners_stay_apart() -> None:
    japan = report("a", "pact", lead=("country:US", "country:JP"), kind="AGREEMENT")
    korea = report("b", "pact", lead=("country:US", "country:KR"), kind="AGREEMENT")
    assert _components(japan, korea)["unshared"] < 0
    assert _score(japan, korea) < LINK_THRESHOLD
    # Nor may a vague 'pact with the US' join them into one.
    assert contradict(japan, korea)


def test_a_report_naming_more_parties_still_links_to_a_shorter_one() -> None:
    short = report("a", "withdrawal", lead=("country:US",), kind="MILITARY_OPERATION")
    longer = report(
        "b", "withdraw", lead=("country:US", "person:trump"), targets=("country:SY",), day=5
    )
    assert _components(short, longer)["parties"] == 3.0
    assert _score(short, longer) >= LINK_THRESHOLD


def test_a_person_weighs_half_a_state() -> None:
    both = report("a", lead=("country:TR", "person:erdogan"))
    person = report("b", lead=("person:erdogan", "country:SY"))
    # Shared: Erdoğan (0.5) of the smaller report's 1.5.
    assert _components(both, person)["parties"] == pytest.approx(1.0)


def test_reports_far_apart_in_time_are_not_compared() -> None:
    assert match(report("a"), report("b", day=181)) is None
    assert _components(report("a"), report("b", day=90))["reported"] == -1.0
    assert _components(report("a"), report("b", day=10))["reported"] == 0.5


def test_different_frames_or_kinds_are_never_compared() -> None:
    assert match(report("a", "offensive"), report("b", "withdrawal")) is None
    assert (
        match(report("a", "deal", kind="AGREEMENT"), report("b", "deal", kind="SANCTION")) is None
    )
    compatible = match(report("a", "deal", kind="AGREEMENT"), report("b", "pact", kind="DIPLOMACY"))
    assert compatible is not None
    assert {r.component: r.weight for r in compatible.reasons}["kind"] == -0.5


def test_reports_sharing_no_actor_are_not_compared() -> None:
    assert match(report("a", lead=("country:TR",)), report("b", lead=("country:FR",))) is None
    # …but they still contradict each other when other states act.
    assert contradict(report("a", lead=("country:TR",)), report("b", lead=("country:FR",)))


def test_shared_distinctive_terms_and_places_add_up() -> None:
    a = report("a", terms=("offensive", "kurdish", "enclave", "military"), places=("afrin",))
    b = report("b", terms=("kurdish", "enclave", "afrin"), places=("afrin",))
    components = _components(a, b)
    # Frame words and generic words ('military') tell nothing; 'afrin' counts as a place.
    assert components["terms"] == 1.5
    assert components["places"] == 1.5


def test_event_dates_replace_report_times_when_both_give_them() -> None:
    a = report("a", dates=("2018-01",))
    b = report("b", dates=("2018-01-02",), day=120)
    assert _components(a, b)["dates"] == 1.0
    assert "reported" not in _components(a, b)


def test_amounts_in_one_unit_must_be_alike() -> None:
    def aid(name: str, *amounts: tuple[str, float]) -> Report:
        return report(name, "aid", lead=("country:LT",), kind="AID", amounts=amounts)

    twelve = aid("a", ("USD", 12e9))
    assert _components(twelve, aid("b", ("USD", 11e9)))["amounts"] == 1.0
    assert _components(twelve, aid("b", ("USD", 0.6e9), ("EUR", 12e9)))["amounts"] == -3.0
    assert contradict(twelve, aid("b", ("USD", 0.6e9)))
    # Another currency, or no amount at all, says nothing.
    assert "amounts" not in _components(twelve, aid("b", ("EUR", 0.6e9)))
    assert "amounts" not in _components(twelve, aid("b"))


def test_event_types_agreeing_or_not() -> None:
    same = _components(report("a", event_type="FIGHT"), report("b", event_type="FIGHT"))
    other = _components(report("a", event_type="FIGHT"), report("b", event_type="ASSAULT"))
    assert same["event type"] == 0.5
    assert other["event type"] == -0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2018-01-20", "2018-01-20"), ("2018-01", "2018-01-01"), ("2018", "2018-01-01")],
)
def test_iso_dates_at_any_precision(text: str, expected: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize("text", ["the first three days", "2018-13", "Tuesday", "", "20-01-2018x"])
def test_anything_but_an_iso_date_is_no_date(text: str) -> None:
    assert parse_date(text) is None
