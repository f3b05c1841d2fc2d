"""Reports grouped into initiatives from the links between them.

Reports joined by links form a component. Inside a component, links are taken strongest first
and join the groups at their two ends, unless some report of one group contradicts some report
of the other (see `matching.Match.contradicts`): a vague 'Turkey's offensive' links to both the
offensive on Afrin and the planned one on Manbij, but joins only one of them. Each group is
one initiative.

Everything here is a function of the reports and links given, ties broken by keys, so the
same reports give the same initiatives, with the same ids, whatever order they were stored in.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import combinations

from attache.initiatives.matching import Report, aware, contradict

Key = tuple[str, str]
Link = tuple[Key, Key, float]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a report belongs: its component and its initiative, by id."""

    component: str
    initiative: str


def place_reports(
    reports: Mapping[Key, Report],
    links: Iterable[Link],
    published: Mapping[Key, datetime | None],
) -> dict[Key, Placement]:
    """The component and initiative of every report, named after their first report.

    `published`: each report's article publication time, which orders reports for naming.
    """
    by_component: dict[Key, list[Link]] = defaultdict(list)
    components = _Groups(reports)
    usable = sorted((min(a, b), max(a, b), s) for a, b, s in links if a in reports and b in reports)
    for a, b, _ in usable:
        components.join(a, b)
    for link in usable:
        by_component[components.find(link[0])].append(link)
    placed: dict[Key, Placement] = {}
    order = _naming_order(published)
    for members in components.groups():
        component_id = name_of("component", min(members, key=order))
        root = components.find(members[0])
        for group in _initiatives(reports, members, by_component[root]):
            initiative_id = name_of("initiative", min(group, key=order))
            for key in group:
                placed[key] = Placement(component_id, initiative_id)
    return placed


def place_joining(
    stored: Mapping[Key, Report],
    placed: Mapping[Key, Placement],
    fresh: Mapping[Key, Report],
    links: Iterable[Link],
    published: Mapping[Key, datetime | None],
) -> dict[Key, Placement] | None:
    """The placements `place_reports` would give when new reports only join stored components
    that are each one initiative, found without reading the stored links; None when it cannot
    tell (a component already split, or some reports that would come together contradict).

    `stored`: every report of the components the new ones link to, `placed` where they are.
    When no two reports coming together contradict each other, every link joins its two
    groups, so each new component is one initiative: that is all this checks.
    """
    by_component: dict[str, list[Key]] = defaultdict(list)
    for key in sorted(stored):
        by_component[placed[key].component].append(key)
    if any(len({placed[k].initiative for k in keys}) > 1 for keys in by_component.values()):
        return None
    parts: dict[Key, list[Key]] = {keys[0]: keys for keys in by_component.values()}
    parts.update({key: [key] for key in fresh})
    part_of = {k: keys[0] for keys in by_component.values() for k in keys}
    part_of.update({key: key for key in fresh})
    groups = _Groups(parts)
    for a, b, _ in links:
        groups.join(part_of[a], part_of[b])
    reports = {**stored, **fresh}
    order = _naming_order(published)
    found: dict[Key, Placement] = {}
    for roots in groups.groups():
        members = [k for root in roots for k in parts[root]]
        for x, y in combinations(roots, 2):
            if any(contradict(reports[a], reports[b]) for a in parts[x] for b in parts[y]):
                return None
        first = min(members, key=order)
        placement = Placement(name_of("component", first), name_of("initiative", first))
        found.update(dict.fromkeys(members, placement))
    return found


def name_of(prefix: str, first: Key) -> str:
    digest = hashlib.sha1(f"{first[0]}/{first[1]}".encode()).hexdigest()[:16]
    return f"{prefix}:{digest}"


def _naming_order(
    published: Mapping[Key, datetime | None],
) -> Callable[[Key], tuple[bool, str, Key]]:
    """Earliest published first, then by key: an initiative keeps its id as later news on it
    arrives, and reports with no publication time cannot make the id depend on arrival."""

    def order(key: Key) -> tuple[bool, str, Key]:
        when = published.get(key)
        return (when is None, aware(when).isoformat() if when else "", key)

    # Each report is ranked once for its component and once for its initiative.
    return cache(order)


def _initiatives(
    reports: Mapping[Key, Report], members: list[Key], links: list[Link]
) -> list[list[Key]]:
    groups = _Groups(members)
    # Groups found to contradict still do once either grows, so they are not compared again.
    apart: dict[Key, set[Key]] = defaultdict(set)
    for a, b, _score in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb or rb in apart[ra]:
            continue
        if any(
            contradict(reports[x], reports[y])
            for x in groups.members(ra)
            for y in groups.members(rb)
        ):
            apart[ra].add(rb)
            apart[rb].add(ra)
            continue
        groups.join(a, b)
        kept, gone = (ra, rb) if groups.find(a) == ra else (rb, ra)
        for other in apart.pop(gone, set()):
            apart[other].discard(gone)
            apart[other].add(kept)
            apart[kept].add(other)
    return groups.groups()


class _Groups:
    """Union–find over report keys, keeping each group's members."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self._parent: dict[Key, Key] = {k: k for k in keys}
        self._members: dict[Key, list[Key]] = {k: [k] for k in self._parent}

    def find(self, key: Key) -> Key:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def join(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._members[ra] += self._members.pop(rb)

    def members(self, root: Key) -> list[Key]:
        return self._members[root]

    def groups(self) -> list[list[Key]]:
        return [sorted(m) for m in self._members.values()]
