"""Reports grouped into initiatives from their links: by value, whatever the order."""

from __future__ import annotations

import itertools
import random

from attache.initiatives.clustering import (
    Key,
    Link,
    Placement,
    name_of,
    place_joining,
    place_reports,
)
from attache.initiatives.matching import Report, contradict, match
from tests.initiatives.factories import report


def _links(reports: list[Report]) -> list[Link]:
    found = []
    for a, b in itertools.combinations(reports, 2):
        m = match(a, b)
        if m is not None and m.links:
            found.append((a.key, b.key, m.score))
    return found


def _groups(reports: list[Report], links: list[Link] | None = None) -> set[frozenset[Key]]:
    placed = place_reports(
        {r.key: r for r in reports}, _links(reports) if links is None else links, {}
    )
    by_initiative: dict[str, set[Key]] = {}
    for key, placement in placed.items():
        by_initiative.setdefault(placement.initiative, set()).add(key)
    return {frozenset(keys) for keys in by_initiative.values()}


def test_linked_reports_are_one_initiative_named_after_the_first() -> None:
    reports = [report("a"), report("b", "assault", day=1), report("c", "incursion", day=2)]
    placed = place_reports({r.key: r for r in reports}, _links(reports), {})
    assert len({p.initiative for p in placed.values()}) == 1
    assert placed[("a", "m")].initiative == name_of("initiative", ("a", "m"))


def test_the_earliest_published_report_names_the_initiative() -> None:
    reports = [report("a"), report("b", day=1)]
    published = {("a", "m"): report("x", day=3).seen_at, ("b", "m"): report("x").seen_at}
    placed = place_reports({r.key: r for r in reports}, _links(reports), published)
    assert placed[("a", "m")].initiative == name_of("initiative", ("b", "m"))


def test_a_vague_report_joins_only_one_of_two_contradicting_ones() -> None:
    afrin = report("a", places=("afrin",))
    manbij = report("b", places=("manbij",))
    vague = report("c")
    groups = _groups([afrin, manbij, vague])
    assert len(groups) == 2
    assert frozenset({afrin.key}) in groups or frozenset({manbij.key}) in groups
    # One component holds all three: the refused link is still a link.
    placed = place_reports(
        {r.key: r for r in (afrin, manbij, vague)}, _links([afrin, manbij, vague]), {}
    )
    assert len({p.component for p in placed.values()}) == 1


def test_the_grouping_is_the_same_for_every_order_of_reports_and_links() -> None:
    reports = [
        report("a", places=("afrin",)),
        report("b", places=("manbij",), day=1),
        report("c", day=1),
        report("d", "assault", day=2),
        report("e", lead=("country:RU",), day=2),
        report("f", lead=("country:TR", "country:RU"), day=3),
    ]
    links = _links(reports)
    expected = place_reports({r.key: r for r in reports}, links, {})
    shuffle = random.Random(9)
    for _ in range(20):
        shuffle.shuffle(reports)
        shuffle.shuffle(links)
        flipped = [(b, a, s) if shuffle.random() < 0.5 else (a, b, s) for a, b, s in links]
        assert place_reports({r.key: r for r in reports}, flipped, {}) == expected


def test_reports_without_links_stand_alone() -> None:
    reports = [report("a"), report("b", "withdrawal")]
    assert _groups(reports) == {frozenset({("a", "m")}), frozenset({("b", "m")})}


def test_joining_settled_components_agrees_with_regrouping_everything() -> None:
    """Reports arriving one at a time, placed by the shortcut whenever it answers, end up where
    regrouping every report from every link puts them."""
    pool = [
        report(name, predicate, lead=lead, places=places, day=day)
        for name, (predicate, lead, places, day) in zip(
            "abcdefghijkl",
            [
                ("offensive", ("country:TR",), (), 0),
                ("assault", ("country:TR",), ("afrin",), 1),
                ("operation", ("country:TR", "country:US"), (), 1),
                ("offensive", ("country:US",), (), 2),
                ("incursion", ("country:TR",), ("manbij",), 2),
                ("offensive", ("country:TR", "org:fsa"), ("afrin",), 3),
                ("campaign", ("country:RU",), (), 3),
                ("offensive", ("country:RU", "country:TR"), (), 4),
                ("strike", ("country:TR",), (), 70),
                ("offensive", ("country:TR",), (), 140),
                ("raid", ("country:US",), ("manbij",), 4),
                ("offensive", ("country:TR",), ("afrin",), 5),
            ],
            strict=True,
        )
    ]
    shortcuts = 0
    for seed in range(30):
        order = random.Random(seed).sample(pool, len(pool))
        placed: dict[Key, Placement] = {}
        for n, new in enumerate(order):
            seen = order[:n]
            full = place_reports({r.key: r for r in [*seen, new]}, _links([*seen, new]), {})
            new_links = [link for link in _links([*seen, new]) if new.key in link[:2]]
            others = {b if a == new.key else a for a, b, _ in new_links}
            touched = {placed[k].component for k in others}
            region = [r for r in seen if placed[r.key].component in touched]
            assert all(full[r.key] == placed[r.key] for r in seen if r not in region)
            quick = place_joining(
                {r.key: r for r in region},
                {r.key: placed[r.key] for r in region},
                {new.key: new},
                new_links,
                {},
            )
            if quick is not None:
                shortcuts += 1
                assert quick == {k: full[k] for k in quick}
            placed = full
    assert shortcuts > 100


def _random_story(choose: random.Random, name: str, size: int) -> list[Report]:
    places = [(), (), ("afrin",), ("manbij",)]
    leads = [("country:TR",), ("country:TR", "org:fsa"), ("country:RU",), ("country:US",)]
    words = ["offensive", "assault", "operation", "incursion"]
    return [
        report(
            f"{name}-{n}",
            choose.choice(words),
            lead=choose.choice(leads),
            places=choose.choice(places),
            day=choose.uniform(0, 40),
            dates=choose.choice([(), ("2018-01-20",), ("2018-03-18",)]),
        )
        for n in range(size)
    ]


def test_joining_agrees_with_regrouping_everything_on_random_stories() -> None:
    """Articles of one to three reports arriving in random order: wherever the shortcut
    answers, it answers as a full regroup does."""
    choose = random.Random(11)
    shortcuts = 0
    for story in range(40):
        pool = _random_story(choose, f"s{story}", 15)
        placed: dict[Key, Placement] = {}
        seen: list[Report] = []
        while len(seen) < len(pool):
            article = pool[len(seen) : len(seen) + choose.randint(1, 3)]
            everything = [*seen, *article]
            full = place_reports({r.key: r for r in everything}, _links(everything), {})
            fresh = {r.key for r in article}
            new_links = [link for link in _links(everything) if fresh & set(link[:2])]
            touched = {placed[k].component for a, b, _ in new_links for k in (a, b) if k in placed}
            region = [r for r in seen if placed[r.key].component in touched]
            quick = place_joining(
                {r.key: r for r in region},
                {r.key: placed[r.key] for r in region},
                {r.key: r for r in article},
                new_links,
                {},
            )
            if quick is not None:
                shortcuts += 1
                assert quick == {k: full[k] for k in quick}
            placed, seen = full, everything
    assert shortcuts > 100  # of some 300 arrivals


def _greedy_reference(reports: list[Report]) -> set[frozenset[Key]]:
    """The grouping rule in its plainest form: links strongest first, every pair of reports
    of the two groups checked each time, nothing remembered."""
    by_key = {r.key: r for r in reports}
    group_of = {r.key: frozenset({r.key}) for r in reports}
    links = [(min(a, b), max(a, b), score) for a, b, score in _links(reports)]
    for a, b, _ in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        left, right = group_of[a], group_of[b]
        if left == right:
            continue
        if any(contradict(by_key[x], by_key[y]) for x in left for y in right):
            continue
        for key in left | right:
            group_of[key] = left | right
    return set(group_of.values())


def test_grouping_agrees_with_the_plain_greedy_rule_on_random_stories() -> None:
    """Groups once found apart are not compared again: that must never change the result."""
    choose = random.Random(4)
    for story in range(25):
        reports = _random_story(choose, str(story), 14)
        assert _groups(reports) == _greedy_reference(reports)


def test_reports_are_equal_by_what_they_say() -> None:
    """Verdicts are remembered per pair of reports, so equal must mean saying the same."""
    first, again = report("a", places=("afrin",)), report("a", places=("afrin",))
    assert first == again
    assert hash(first) == hash(again)
    assert first != report("a", places=("manbij",))
    assert first != report("a", places=("afrin",), day=1)
    assert first != report("a", places=("afrin",), lead=("country:RU",))
