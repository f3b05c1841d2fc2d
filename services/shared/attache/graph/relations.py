"""Relations between actors that one article shows: who cooperates with whom, who is in
conflict with whom, and the sentences that say so.

From events: a cooperative event (AGREE, AID, …) relates its sources to its targets and to each
other ('Chile and Peru signed'); a hostile one (SANCTION, THREATEN, …) sets its sources against
its targets. From initiatives: those taking part on the same side cooperate; a target is in
conflict with each of the others. A person is not related to the country they serve.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations, product

from attache.contract import Event, Extraction, Initiative, Span

COOPERATION = "cooperation"
CONFLICT = "conflict"
POLARITIES = (COOPERATION, CONFLICT)
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})
_HOSTILE = frozenset(
    {
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "DEMAND",
        "PROTEST",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "FIGHT",
    }
)

Pair = tuple[str, str]


@dataclass(slots=True)
class Relation:
    """One direction of one relation in one article."""

    actor_id: str
    other_id: str
    polarity: str
    evidence: list[Span] = field(default_factory=list)


def relations_in(extraction: Extraction) -> list[Relation]:
    """Every relation the article shows, once in each direction, evidence in text order."""
    found: dict[tuple[str, str, str], list[Span]] = defaultdict(list)
    serves = _affiliations(extraction)
    for polarity, pair, span in [*_from_events(extraction), *_from_initiatives(extraction)]:
        if pair[0] == pair[1] or serves.get(pair[0]) == pair[1] or serves.get(pair[1]) == pair[0]:
            continue
        for a, b in (pair, pair[::-1]):
            spans = found[(a, b, polarity)]
            if span not in spans:
                spans.append(span)
    return [
        Relation(a, b, polarity, sorted(spans, key=lambda s: s.start))
        for (a, b, polarity), spans in sorted(found.items())
    ]


def event_actor_ids(event: Event, extraction: Extraction) -> tuple[list[str], list[str]]:
    """Sources and targets by id; extractions stored before ids were kept name them only."""
    if event.source_ids or event.target_ids:
        return list(event.source_ids), list(event.target_ids)
    by_name = {a.name: a.id for a in extraction.actors}
    return (
        [by_name[n] for n in event.sources if n in by_name],
        [by_name[n] for n in event.targets if n in by_name],
    )


def _from_events(extraction: Extraction) -> list[tuple[str, Pair, Span]]:
    out: list[tuple[str, Pair, Span]] = []
    for event in extraction.events:
        sources, targets = event_actor_ids(event, extraction)
        if event.type in _COOPERATIVE:
            out += [(COOPERATION, p, event.sentence) for p in product(sources, targets)]
            out += [(COOPERATION, p, event.sentence) for p in combinations(sources, 2)]
        elif event.type in _HOSTILE:
            out += [(CONFLICT, p, event.sentence) for p in product(sources, targets)]
    return out


def _from_initiatives(extraction: Extraction) -> list[tuple[str, Pair, Span]]:
    out: list[tuple[str, Pair, Span]] = []
    for initiative in extraction.initiatives:
        if not initiative.evidence:
            continue
        span = initiative.evidence[0]
        sides, targets = _sides(initiative)
        out += [(COOPERATION, p, span) for p in combinations(sides, 2)]
        out += [(CONFLICT, p, span) for p in product(sides, targets)]
    return out


def _sides(initiative: Initiative) -> tuple[list[str], list[str]]:
    sides = [p.actor_id for p in initiative.participants if p.role != "TARGET"]
    targets = [p.actor_id for p in initiative.participants if p.role == "TARGET"]
    return list(dict.fromkeys(sides)), list(dict.fromkeys(targets))


def _affiliations(extraction: Extraction) -> dict[str, str]:
    """Person id → id of the actor they serve, when that actor is in the article."""
    by_name = {a.name: a.id for a in extraction.actors}
    return {
        a.id: by_name[a.affiliation]
        for a in extraction.actors
        if a.affiliation is not None and a.affiliation in by_name
    }
