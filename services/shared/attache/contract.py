"""The extraction contract: what `attache extract` prints and what the worker stores.

Plain dataclasses with no NLP or database behind them, so the API, the worker and the store can
all share them. Field names are part of the public JSON contract: add fields, rename none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

ActorKind = Literal["PERSON", "COUNTRY", "ORGANIZATION", "GROUP"]
Role = Literal["LEAD", "PARTNER", "TARGET", "BENEFICIARY"]
Status = Literal[
    "proposed", "announced", "planned", "underway", "completed", "suspended", "cancelled"
]

ACTOR_KINDS: tuple[str, ...] = ("PERSON", "COUNTRY", "ORGANIZATION", "GROUP")
ROLES: tuple[str, ...] = ("LEAD", "PARTNER", "TARGET", "BENEFICIARY")
STATUSES: tuple[str, ...] = (
    "proposed",
    "announced",
    "planned",
    "underway",
    "completed",
    "suspended",
    "cancelled",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input text by character offsets: text == input[start:end]."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    wikidata_id: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    name: str
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    type: str
    sources: list[str]
    targets: list[str]
    trigger: Span
    sentence: Span
    # The actors among `sources` and `targets`, by id, in the same order. When no actor is
    # struck, `targets` may instead name the places the act strikes or enters ('a curfew in
    # Algiers'), which have no id.
    source_ids: list[str] = field(default_factory=list)
    target_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Participant:
    actor: str
    role: str
    actor_id: str


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float | None
    unit: str | None
    measure: str | None = None
    # How the amount bears on the initiative: "to" a target, "from" a baseline, "by" a change,
    # or a hedge on the figure ("about", "more than", "up to"); None when the text says nothing.
    qualifier: str | None = None


@dataclass(slots=True)
class Initiative:
    id: str
    title: str
    kind: str
    status: str
    participants: list[Participant] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    # Points in time the article gives the initiative, ISO 8601 at the precision the text
    # states: "2018-01-20", "2018-01" or "2018".
    dates: list[str] = field(default_factory=list)
    # Indexes into `Extraction.events` of the events reported in the initiative's evidence.
    events: list[int] = field(default_factory=list)
    # What the store compares to tell whether two articles report the same initiative: the
    # PLOVER type of the act, the lemma of the word naming it ("offensive", "withdraw"), the
    # content lemmas of that word and its object ("offensive", "enclave", "afrin"), and the
    # places where it happens or that it targets.
    event_type: str | None = None
    predicate: str | None = None
    terms: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    speaker: str | None
    start: int
    end: int
    speaker_id: str | None = None


@dataclass(slots=True)
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # orjson walks dataclasses natively, several times faster than dataclasses.asdict.
        data: dict[str, Any] = orjson.loads(orjson.dumps(self))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        def span(d: dict[str, Any]) -> Span:
            return Span(int(d["start"]), int(d["end"]), str(d["text"]))

        return cls(
            actors=[
                Actor(
                    id=a["id"],
                    name=a["name"],
                    kind=a["kind"],
                    aliases=list(a.get("aliases", [])),
                    titles=list(a.get("titles", [])),
                    affiliation=a.get("affiliation"),
                    wikidata_id=a.get("wikidata_id"),
                    mentions=[span(m) for m in a.get("mentions", [])],
                )
                for a in data.get("actors", [])
            ],
            places=[
                Place(name=p["name"], mentions=[span(m) for m in p.get("mentions", [])])
                for p in data.get("places", [])
            ],
            events=[
                Event(
                    type=e["type"],
                    sources=list(e.get("sources", [])),
                    targets=list(e.get("targets", [])),
                    trigger=span(e["trigger"]),
                    sentence=span(e["sentence"]),
                    source_ids=list(e.get("source_ids", [])),
                    target_ids=list(e.get("target_ids", [])),
                )
                for e in data.get("events", [])
            ],
            initiatives=[
                Initiative(
                    id=i["id"],
                    title=i["title"],
                    kind=i["kind"],
                    status=i["status"],
                    participants=[Participant(**p) for p in i.get("participants", [])],
                    quantities=[Quantity(**q) for q in i.get("quantities", [])],
                    evidence=[span(s) for s in i.get("evidence", [])],
                    dates=list(i.get("dates", [])),
                    events=[int(n) for n in i.get("events", [])],
                    event_type=i.get("event_type"),
                    predicate=i.get("predicate"),
                    terms=list(i.get("terms", [])),
                    places=list(i.get("places", [])),
                )
                for i in data.get("initiatives", [])
            ],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
        )
