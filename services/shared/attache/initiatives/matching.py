"""Whether two reports of initiatives, from any two articles, are reports of one initiative.

The score adds up evidence, record-linkage style: each component that agrees adds weight,
each that disagrees takes some away, and one that a report does not give (no places, no dates)
counts for nothing either way. Reports link when the sum reaches `LINK_THRESHOLD`. The score
depends only on the two reports, never on what else is stored or in what order it came, which
is what lets the store keep the merged graph the same whatever order articles arrive in.

Components, with the reasoning behind their weights (the threshold is 5.0):
- parties: who acts (LEAD, PARTNER) and who is acted on (TARGET, BENEFICIARY), compared side
  by side. Sharing every party of the smaller report is the strongest single sign (+3): news
  names the same state behind the same act. A state or body weighs twice a person, who
  comes and goes in the reporting. Acting states with none in common take 2.5 off; each
  report naming an acting state the other lacks (a US–Japan pact and a US–Korea pact) takes
  2 off; targets that do not overlap at all (US sanctions on Iran, on Russia) take 2.5 off.
- predicate: both name the act with the same word (+2) or with words of one frame (+1.5,
  'offensive' and 'assault'). A shared frame is required, so this is never negative.
- terms: each content word of the phrases they share beyond the frame and generic words
  ('enclave', 'border'), +0.75, at most +1.5.
- places: a shared place +1.5; places given by both and none shared -3 (Afrin is not Manbij).
- amounts: in a unit both give, the same figure within a fifth +1, none alike -3 ($12 billion
  of aid is not $600 million).
- time: event dates when both give them, else when they were reported. Dates that meet +1,
  that lie more than a month apart -3; reports within 3 days +1, 14 days +0.5, 60 days 0,
  later -1, and reports over `MAX_DAYS_APART` apart are never compared.
- kind: the same kind +0.5, two kinds that may name one initiative -0.5.
- event type: the same PLOVER type +0.5, two different ones -0.5.

So a report sharing its state, frame and week with another links (3 + 1.5 + 1 + 0.5 = 6),
while the same frame and week with other parties (-2.5 + 2 + 1 + 0.5 = 1) or other targets
(3 - 2.5 + 2 + 1 + 0.5 = 4) or another place (3 + 1.5 - 3 + 1 + 0.5 = 3) does not.

Some disagreements are contradictions: no acting state in common, each naming an acting state
the other lacks (talks between Finland and Kenya are not talks between Finland and Egypt),
different places, different amounts, dates over a month apart. Reports that contradict each
other are never put in one initiative through a third report that links to both ('talks with
Finland').
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache

from attache.initiatives.frames import distinctive_terms, kinds_compatible

LINK_THRESHOLD = 5.0
# Reports further apart than this are never compared: a long-running initiative still holds
# together through the reports in between, and finding candidates stays a bounded search.
MAX_DAYS_APART = 180

ACTING_ROLES = frozenset({"LEAD", "PARTNER"})
PERSON_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Reason:
    """One component of a match: its name, what it added to the score, and why."""

    component: str
    weight: float
    detail: str

    def to_dict(self) -> dict[str, object]:
        return {"component": self.component, "weight": self.weight, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    reasons: tuple[Reason, ...]
    # The reports disagree on who acts, where or when, so no third report may join them.
    contradicts: bool

    @property
    def links(self) -> bool:
        return self.score >= LINK_THRESHOLD


@dataclass(slots=True, eq=False)
class Report:
    """What one article says of one initiative, in the form matching compares.

    Equal and hashed by what it says, so verdicts on a pair can be remembered: a worker
    regroups the same stored reports again and again as a story's articles arrive.
    """

    article_id: str
    mention_id: str
    kind: str
    frame: str
    predicate: str | None
    event_type: str | None
    terms: frozenset[str]
    places: frozenset[str]
    dates: tuple[date, ...]
    seen_at: datetime
    acting: frozenset[str]
    affected: frozenset[str]
    # (unit, value, text) of each amount the report gives: 'USD', 1.2e9, '$1.2 billion'.
    amounts: tuple[tuple[str, float, str], ...] = ()
    # Derived once, as every report is compared with many others.
    key: tuple[str, str] = field(init=False)
    actors: frozenset[str] = field(init=False)
    sided: frozenset[tuple[str, str]] = field(init=False)
    weight: float = field(init=False)
    acting_states: frozenset[str] = field(init=False)
    timestamp: float = field(init=False)
    _said: tuple[object, ...] = field(init=False)
    _hash: int = field(init=False)

    def __post_init__(self) -> None:
        self.key = (self.article_id, self.mention_id)
        self.actors = self.acting | self.affected
        self.sided = frozenset(
            [("acting", a) for a in self.acting] + [("affected", a) for a in self.affected]
        )
        self.weight = _total(self.acting) + _total(self.affected)
        self.acting_states = frozenset(a for a in self.acting if not a.startswith("person:"))
        self.timestamp = self.seen_at.timestamp()
        self._said = (
            self.key,
            self.kind,
            self.frame,
            self.predicate,
            self.event_type,
            self.terms,
            self.places,
            self.dates,
            self.timestamp,
            self.acting,
            self.affected,
            self.amounts,
        )
        self._hash = hash(self._said)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and self._said == other._said

    def __hash__(self) -> int:
        return self._hash


def make_report(row: Mapping[str, object], participants: Iterable[tuple[str, str]]) -> Report:
    """A report from a stored `article_initiatives` row and its (actor id, role) pairs."""
    predicate = row["predicate"]
    event_type = row["event_type"]
    return _built_report(
        str(row["article_id"]),
        str(row["mention_id"]),
        str(row["kind"]),
        str(row["frame"]),
        str(predicate) if predicate else None,
        str(event_type) if event_type else None,
        tuple(_strings(row["terms"])),
        tuple(_strings(row["places"])),
        tuple(_strings(row["dates"])),
        aware(row["seen_at"]),
        tuple(sorted(set(participants))),
        _amounts_in(row.get("quantities")),
    )


# A worker builds the reports of the components it regroups on every article it stores, most
# of them the same as last time: built once from their plain values, they are also the same
# objects, so remembered verdicts (`contradict`) are found without comparing them field by field.
@lru_cache(maxsize=1 << 13)  # some 2.5 kB each: about 20 MB
def _built_report(
    article_id: str,
    mention_id: str,
    kind: str,
    frame: str,
    predicate: str | None,
    event_type: str | None,
    terms: tuple[str, ...],
    places: tuple[str, ...],
    dates: tuple[str, ...],
    seen_at: datetime,
    participants: tuple[tuple[str, str], ...],
    amounts: tuple[tuple[str, float, str], ...],
) -> Report:
    return Report(
        article_id=article_id,
        mention_id=mention_id,
        kind=kind,
        frame=frame,
        predicate=predicate,
        event_type=event_type,
        terms=frozenset(terms),
        places=frozenset(places),
        dates=tuple(d for d in (parse_date(s) for s in dates) if d),
        seen_at=seen_at,
        acting=frozenset(actor for actor, role in participants if role in ACTING_ROLES),
        affected=frozenset(actor for actor, role in participants if role not in ACTING_ROLES),
        amounts=amounts,
    )


def _amounts_in(quantities: object) -> tuple[tuple[str, float, str], ...]:
    found = []
    for q in quantities if isinstance(quantities, list) else []:
        if isinstance(q, dict) and q.get("unit") and isinstance(q.get("value"), int | float):
            found.append((str(q["unit"]), float(q["value"]), str(q.get("text", ""))))
    return tuple(found)


def comparable(a: Report, b: Report) -> bool:
    """What any two linked reports have in common; candidates are looked up by exactly this."""
    return (
        a.key != b.key
        and a.frame == b.frame
        and kinds_compatible(a.kind, b.kind)
        and bool(a.actors & b.actors)
        and abs(a.timestamp - b.timestamp) <= MAX_DAYS_APART * 86400
    )


def match(a: Report, b: Report) -> Match | None:
    """How strongly `a` and `b` read as one initiative; None when they cannot be one."""
    if not comparable(a, b):
        return None
    parts = [
        *_parties(a, b),
        _predicate(a, b),
        _terms(a, b),
        _places(a, b),
        _amounts(a, b),
        _time(a, b),
        _kind(a, b),
        _event_type(a, b),
    ]
    reasons = tuple(r for r in parts if r is not None)
    score = round(sum(r.weight for r in reasons), 4)
    contradicts = any(r.component in _CONTRADICTIONS and r.weight < 0 for r in reasons)
    return Match(score, reasons, contradicts and score < LINK_THRESHOLD)


_CONTRADICTIONS = frozenset({"acting", "unshared", "places", "amounts", "dates"})


# Enough for the reports of the components a worker regroups over a long story; a verdict
# costs a few microseconds, a look-up a fraction of one.
@lru_cache(maxsize=1 << 16)
def contradict(a: Report, b: Report) -> bool:
    """Whether `a` and `b` may not be one initiative, even through other reports: they disagree
    on who acts, where or when, and do not link anyway. Reports too unlike to be compared at
    all (no actor in common, other frames) contradict on those same grounds only."""
    found_apart = (_acting(a, b), _places(a, b), _amounts(a, b), _dates(a, b))
    disagree = [r for r in found_apart if r and r.weight < 0]
    if not disagree:
        return False
    found = match(a, b)
    return found is None or found.contradicts


def _weight(actor_id: str) -> float:
    return PERSON_WEIGHT if actor_id.startswith("person:") else 1.0


def _total(actors: Iterable[str]) -> float:
    return sum(_weight(a) for a in actors)


def _parties(a: Report, b: Report) -> list[Reason]:
    shared = a.sided & b.sided
    reasons = [r for r in (_acting(a, b), _affected(a, b)) if r is not None]
    if shared:
        overlap = _total(x for _, x in shared) / min(a.weight, b.weight)
        names = ", ".join(f"{x} ({side})" for side, x in sorted(shared))
        reasons.insert(0, Reason("parties", round(3.0 * overlap, 4), f"shared: {names}"))
    return reasons


def _acting(a: Report, b: Report) -> Reason | None:
    states_a, states_b = a.acting_states, b.acting_states
    if not (states_a and states_b):
        return None
    if not a.acting & b.acting:
        detail = f"{', '.join(sorted(states_a))} vs {', '.join(sorted(states_b))}"
        return Reason("acting", -2.5, f"no acting party in common: {detail}")
    only_a, only_b = states_a - b.acting, states_b - a.acting
    if only_a and only_b:
        detail = f"{', '.join(sorted(only_a))} vs {', '.join(sorted(only_b))}"
        return Reason("unshared", -2.0, f"each names an acting party the other lacks: {detail}")
    return None


def _affected(a: Report, b: Report) -> Reason | None:
    if not (a.affected and b.affected) or a.affected & b.affected:
        return None
    detail = f"{', '.join(sorted(a.affected))} vs {', '.join(sorted(b.affected))}"
    return Reason("targets", -2.5, f"no target in common: {detail}")


def _predicate(a: Report, b: Report) -> Reason | None:
    if a.predicate is None or b.predicate is None:
        return None
    if a.predicate == b.predicate:
        return Reason("predicate", 2.0, f"both '{a.predicate}'")
    return Reason("predicate", 1.5, f"'{a.predicate}' and '{b.predicate}' ({a.frame})")


def _terms(a: Report, b: Report) -> Reason | None:
    place_words = {w for p in a.places & b.places for w in p.split()}
    shared = sorted(distinctive_terms(a.terms & b.terms) - place_words)
    if not shared:
        return None
    return Reason("terms", min(1.5, 0.75 * len(shared)), f"shared: {', '.join(shared)}")


def _places(a: Report, b: Report) -> Reason | None:
    if not (a.places and b.places):
        return None
    shared = sorted(a.places & b.places)
    if shared:
        return Reason("places", 1.5, f"shared: {', '.join(shared)}")
    detail = f"{', '.join(sorted(a.places))} vs {', '.join(sorted(b.places))}"
    return Reason("places", -3.0, f"different places: {detail}")


def _amounts(a: Report, b: Report) -> Reason | None:
    """Amounts in a unit both give: the same figure (within a fifth) or none alike."""
    units = {u for u, _, _ in a.amounts} & {u for u, _, _ in b.amounts}
    if not units:
        return None
    pairs = [(x, y) for x in a.amounts for y in b.amounts if x[0] == y[0] and x[0] in units]
    alike = [x for x, y in pairs if abs(x[1] - y[1]) <= 0.2 * max(abs(x[1]), abs(y[1]))]
    if alike:
        return Reason("amounts", 1.0, f"same amount: {alike[0][2]}")
    detail = f"{', '.join(x[2] for x, _ in pairs[:1])} vs {', '.join(y[2] for _, y in pairs[:1])}"
    return Reason("amounts", -3.0, f"different amounts: {detail}")


def _time(a: Report, b: Report) -> Reason:
    dates = _dates(a, b)
    if dates is not None:
        return dates
    days = abs((a.seen_at - b.seen_at).total_seconds()) / 86400
    weight = 1.0 if days <= 3 else 0.5 if days <= 14 else 0.0 if days <= 60 else -1.0
    return Reason("reported", weight, f"reported {days:.0f} days apart")


def _dates(a: Report, b: Report) -> Reason | None:
    if not (a.dates and b.dates):
        return None
    gap = min(abs((x - y).days) for x in a.dates for y in b.dates)
    weight = 1.0 if gap <= 3 else -3.0 if gap > 31 else 0.0
    return Reason("dates", weight, f"event dates {gap} days apart")


def _kind(a: Report, b: Report) -> Reason:
    if a.kind == b.kind:
        return Reason("kind", 0.5, a.kind)
    return Reason("kind", -0.5, f"{a.kind} and {b.kind}")


def _event_type(a: Report, b: Report) -> Reason | None:
    if a.event_type is None or b.event_type is None:
        return None
    if a.event_type == b.event_type:
        return Reason("event type", 0.5, a.event_type)
    return Reason("event type", -0.5, f"{a.event_type} and {b.event_type}")


def parse_date(value: str) -> date | None:
    """An ISO date at the precision given ('2018-01-20', '2018-01', '2018'), as its first day
    for comparing; None for anything else."""
    parts = value.strip().split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
    try:
        return date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None


def fold_place(name: str) -> str:
    """A place name as compared: case, accents and 'the' do not matter."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = plain.replace("'", " ").replace("-", " ").split()
    return " ".join(w for w in words if w != "the")


def aware(value: object) -> datetime:
    """SQLite hands datetimes back naive; they were stored in UTC."""
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else []
