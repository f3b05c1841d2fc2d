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

    return order


def _initiatives(
    reports: Mapping[Key, Report], members: list[Key], links: list[Link]
) -> list[list[Key]]:
    groups = _Groups(members)
    contradictions: dict[tuple[Key, Key], bool] = {}

    def contradicts(a: Key, b: Key) -> bool:
        pair = (min(a, b), max(a, b))
        if pair not in contradictions:
            contradictions[pair] = contradict(reports[pair[0]], reports[pair[1]])
        return contradictions[pair]

    for a, b, _score in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        if any(contradicts(x, y) for x in groups.members(ra) for y in groups.members(rb)):
            continue
        groups.join(a, b)
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
