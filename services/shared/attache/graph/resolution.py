"""Which merged initiative each article's reports belong to, kept up to date as articles come,
go and come again.

Every pair of reports that match (`attache.initiatives.matching`) is stored as a link, scored
from the two reports alone. Storing an article links its reports to the stored ones they
match, found through the actors they share (an indexed look-up bounded by frame and time, not
a scan of every initiative), then regroups only the components its reports touch, old and new:
a component's initiatives are a function of its reports and links (`clustering`), so the graph
does not depend on arrival order, and storing an article again yields the same rows. An article
whose new extraction no longer bridges two groups of reports leaves them apart.

Two workers must not link their articles at the same time: neither would see the other's
uncommitted reports and the link between them would be missed. PostgreSQL transactions
therefore take one advisory lock before they touch the graph, held until they commit; SQLite
allows a single writer anyway.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, text, update
from sqlalchemy.orm import Session

from attache.db import one_of, upsert
from attache.graph.aggregates import initiative_totals
from attache.initiatives.clustering import Key, Link, Placement, place_joining, place_reports
from attache.initiatives.matching import MAX_DAYS_APART, Report, make_report, match
from attache.initiatives.models import (
    ArticleInitiative,
    Initiative,
    InitiativeLink,
    Participant,
)

# Any fixed number: the key of the one advisory lock that serializes resolution on PostgreSQL.
RESOLUTION_LOCK = 0x4174746163686531

REPORTS = ArticleInitiative.__table__
PARTIES = Participant.__table__
LINKS = InitiativeLink.__table__


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What an article's earlier reports belonged to, when it is stored again."""

    initiatives: frozenset[str] = frozenset()
    components: frozenset[str] = frozenset()


@dataclass(slots=True)
class Stored:
    """Reports as stored rows and their (actor, role) pairs; `reports()` as matching sees them."""

    rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    parties: dict[Key, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    _reports: dict[Key, Report] | None = None

    def reports(self) -> dict[Key, Report]:
        if self._reports is None:
            self._reports = {k: make_report(row, self.parties[k]) for k, row in self.rows.items()}
        return self._reports

    def within(self, components: set[str]) -> Stored:
        """The reports of these components only."""
        keys = [k for k, row in self.rows.items() if row["component"] in components]
        reports = self.reports()
        return Stored(
            rows={k: self.rows[k] for k in keys},
            parties={k: self.parties[k] for k in keys},
            _reports={k: reports[k] for k in keys},
        )


def serialize_resolution(session: Session) -> None:
    """Waits for any other transaction resolving initiatives to commit (PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RESOLUTION_LOCK})


def resolve_reports(
    session: Session,
    rows: Sequence[dict[str, Any]],
    participants: Sequence[dict[str, Any]],
    forgotten: Forgotten,
) -> tuple[str, ...]:
    """Stores an article's reports, their participants and their links, and regroups every
    component they touch or the article's earlier reports (`forgotten`) belonged to. Returns
    the merged initiatives this changed: those kept, made or dropped."""
    new = Stored()
    for row in rows:
        new.rows[(row["article_id"], row["mention_id"])] = row
    for p in participants:
        new.parties[(p["article_id"], p["mention_id"])].append((p["actor_id"], p["role"]))
    fresh = new.reports()
    nearby = _nearby(session, fresh, forgotten.components)
    links = _links_between(fresh, nearby.reports())
    touched = set(forgotten.components) | {
        nearby.rows[k]["component"] for a, b, _ in links for k in (a, b) if k not in new.rows
    }
    region = nearby.within(touched)
    published = {k: r["published_at"] for k, r in [*region.rows.items(), *new.rows.items()]}
    placed = _regroup(session, region, fresh, links, published, appended=not forgotten.components)
    _write(session, new, region, placed, forgotten.initiatives)
    upsert(
        session,
        Participant.__table__,
        participants,
        keys=["article_id", "mention_id", "actor_id", "role"],
    )
    _insert_links(session, links)
    kept = {p.initiative for p in placed.values()}
    gone = {r["initiative_id"] for r in region.rows.values()} | set(forgotten.initiatives)
    if gone - kept:
        session.execute(delete(Initiative).where(Initiative.id.in_(sorted(gone - kept))))
    return tuple(sorted(kept | gone))


def _regroup(
    session: Session,
    region: Stored,
    fresh: Mapping[Key, Report],
    links: Sequence[Scored],
    published: Mapping[Key, datetime | None],
    appended: bool,
) -> dict[Key, Placement]:
    """Where every report of the region and every new one belongs. New reports that only join
    settled components need no stored link read (`place_joining`); anything else regroups the
    components from all their links."""
    stored = region.reports()
    new_links: list[Link] = [(a, b, m.score) for a, b, m in links]
    if appended:
        current = {k: Placement(r["component"], r["initiative_id"]) for k, r in region.rows.items()}
        placed = place_joining(stored, current, fresh, new_links, published)
        if placed is not None:
            return placed
    components = {r["component"] for r in region.rows.values()}
    stored_links = _stored_links(session, components) if components else []
    return place_reports({**stored, **fresh}, [*stored_links, *new_links], published)


def _nearby(session: Session, fresh: Mapping[Key, Report], components: Iterable[str]) -> Stored:
    """Every stored report that may link to one of `fresh` (same frame, an actor in common,
    reported within the window: a superset of the `comparable` ones), with all the reports of
    its component, and the reports of `components`; in one statement."""
    actors = sorted({a for r in fresh.values() for a in r.actors})
    wanted = [one_of(session, REPORTS.c.component, sorted(components))] if components else []
    if actors:
        window = timedelta(days=MAX_DAYS_APART)
        sharing = (
            select(REPORTS.c.component)
            .join(PARTIES, _same_report(PARTIES))
            .where(
                one_of(session, PARTIES.c.actor_id, actors),
                one_of(session, REPORTS.c.frame, sorted({r.frame for r in fresh.values()})),
                REPORTS.c.seen_at.between(
                    min(r.seen_at for r in fresh.values()) - window,
                    max(r.seen_at for r in fresh.values()) + window,
                ),
                REPORTS.c.article_id.not_in(sorted({r.article_id for r in fresh.values()})),
            )
        )
        wanted.append(REPORTS.c.component.in_(sharing))
    return _read(session, or_(*wanted)) if wanted else Stored()


def _read(session: Session, condition: Any) -> Stored:
    """Reports matching `condition` with their participants, in one statement.

    Core rows, not ORM objects: these are read on every store, and only their values matter.
    """
    stmt = (
        select(REPORTS, PARTIES.c.actor_id, PARTIES.c.role)
        .outerjoin(PARTIES, _same_report(PARTIES))
        .where(condition)
    )
    found = Stored()
    names = list(REPORTS.c.keys())
    width = len(names)
    for row in session.connection().execute(stmt):
        key = (row[0], row[1])
        if key not in found.rows:
            found.rows[key] = dict(zip(names, row[:width], strict=True))
            found.parties[key] = []
        if row[width] is not None:
            found.parties[key].append((row[width], row[width + 1]))
    return found


def _same_report(table: Any) -> Any:
    return _JOINS[table.name]


_JOINS = {
    name: and_(
        table.c.article_id == REPORTS.c.article_id, table.c.mention_id == REPORTS.c.mention_id
    )
    for name, table in (("initiative_participants", PARTIES), ("initiative_links", LINKS))
}


def _stored_links(session: Session, components: set[str]) -> list[Link]:
    stmt = (
        select(
            LINKS.c.article_id,
            LINKS.c.mention_id,
            LINKS.c.other_article_id,
            LINKS.c.other_mention_id,
            LINKS.c.score,
        )
        .join(REPORTS, _same_report(LINKS))
        .where(one_of(session, REPORTS.c.component, sorted(components)))
    )
    rows = session.connection().execute(stmt)
    return [((a, m), (oa, om), float(s)) for a, m, oa, om, s in rows]


Scored = tuple[Key, Key, Any]


def _links_between(fresh: Mapping[Key, Report], stored: Mapping[Key, Report]) -> list[Scored]:
    """Every linking pair among the article's reports, and between them and stored ones.

    Only pairs that share a frame and an actor can link (`comparable`), so each report is
    matched with those alone, found through an index rather than tried against every one.
    """
    everything = {**stored, **fresh}
    by_frame_actor: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for key, report in everything.items():
        for actor in report.actors:
            by_frame_actor[(report.frame, actor)].append(key)
    pairs = {
        (min(key, other), max(key, other))
        for key, report in fresh.items()
        for actor in report.actors
        for other in by_frame_actor[(report.frame, actor)]
        if other != key
    }
    found = []
    for first, second in sorted(pairs):
        result = match(everything[first], everything[second])
        if result is not None and result.links:
            found.append((first, second, result))
    return found


def _write(
    session: Session,
    new: Stored,
    region: Stored,
    placed: Mapping[Key, Placement],
    forgotten: frozenset[str],
) -> None:
    """The new reports where they belong, the stored ones that moved, and the totals of every
    initiative whose reports changed (those an article stored again lost reports from too)."""
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, row in [*region.rows.items(), *new.rows.items()]:
        members[placed[key].initiative].append(row)
    before: dict[str, set[Key]] = defaultdict(set)
    for key, row in region.rows.items():
        before[row["initiative_id"]].add(key)
    changed = [
        initiative_id
        for initiative_id, rows in members.items()
        if initiative_id in forgotten
        or before.get(initiative_id) != {(r["article_id"], r["mention_id"]) for r in rows}
    ]
    upsert(
        session,
        Initiative.__table__,
        [initiative_totals(initiative_id, members[initiative_id]) for initiative_id in changed],
        keys=["id"],
        update=[
            "title",
            "kind",
            "status",
            "first_seen",
            "last_seen",
            "article_count",
            "quantities",
            "dates",
        ],
    )
    inserted = [
        {**row, "initiative_id": placed[key].initiative, "component": placed[key].component}
        for key, row in new.rows.items()
    ]
    upsert(session, ArticleInitiative.__table__, inserted, keys=["article_id", "mention_id"])
    moved = [
        {
            "article_id": key[0],
            "mention_id": key[1],
            "initiative_id": placed[key].initiative,
            "component": placed[key].component,
        }
        for key, row in region.rows.items()
        if (row["initiative_id"], row["component"])
        != (placed[key].initiative, placed[key].component)
    ]
    if moved:
        session.execute(update(ArticleInitiative), moved)


def _insert_links(session: Session, links: Sequence[Scored]) -> None:
    rows = [
        {
            "article_id": a[0],
            "mention_id": a[1],
            "other_article_id": b[0],
            "other_mention_id": b[1],
            "score": m.score,
            "reasons": [r.to_dict() for r in m.reasons],
        }
        for a, b, m in links
    ]
    upsert(
        session,
        InitiativeLink.__table__,
        rows,
        keys=["article_id", "mention_id", "other_article_id", "other_mention_id"],
    )


def forget_links(session: Session, article_id: str) -> None:
    session.execute(
        delete(InitiativeLink).where(
            or_(
                InitiativeLink.article_id == article_id,
                InitiativeLink.other_article_id == article_id,
            )
        )
    )
