"""The aggregates on merged actors: aliases, titles, affiliation, counts, seen times.

A new article's reports are folded into the merged rows (read under a row lock, merged, written
back), which costs the same however many articles already name the actor: the United States
row does not get slower to update with every article about it. When an article is stored again,
what it said before is gone, so the rows it touched are recomputed from every per-article row
instead: rare, and exact. Both ways give the same result for the same set of articles,
whatever order they came in: unions, sums, and a name and affiliation chosen by fixed rules
among those the articles give, never the first or the last one seen. A merged initiative's
totals come from all its reports at once (`initiative_totals`), as `resolution` regroups reports
whenever articles come and go.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from attache.actors.models import Actor, ArticleActor

MergedModel = type[Actor]


def fold_actor_reports(session: Session, reports: Sequence[dict[str, Any]]) -> None:
    """Add one article's article_actors rows (as inserted) to their actors."""
    if not reports:
        return
    by_id = {r["actor_id"]: r for r in reports}
    changes = []
    for actor in _locked(session, Actor, list(by_id)):
        report = by_id[actor.id]
        seen = _aware(report["seen_at"])
        first = actor.article_count == 0
        name = report["name"] if first else preferred_name([actor.name, report["name"]])
        forms = [report["name"], *report["aliases"]] + ([] if first else [actor.name])
        changes.append(
            {
                "id": actor.id,
                "name": name,
                "aliases": _union(actor.aliases, (f for f in forms if f != name)),
                "titles": _union(actor.titles, report["titles"]),
                "affiliation": _preferred_affiliation([actor.affiliation, report["affiliation"]]),
                "mention_count": actor.mention_count + report["mention_count"],
                "article_count": actor.article_count + 1,
                "first_seen": _earliest(actor.first_seen, seen),
                "last_seen": _latest(actor.last_seen, seen),
            }
        )
    session.execute(update(Actor), changes)


def recompute_actors(session: Session, actor_ids: Sequence[str]) -> None:
    """Recompute from every article naming them; drop the actors no article names any more."""
    if not actor_ids:
        return
    reports: dict[str, list[ArticleActor]] = {}
    for row in session.execute(select(ArticleActor).where(ArticleActor.actor_id.in_(actor_ids))):
        reports.setdefault(row[0].actor_id, []).append(row[0])
    _delete_orphans(session, Actor, [i for i in actor_ids if i not in reports])
    current = _locked(session, Actor, list(reports))
    changes = [_actor_totals(actor, reports[actor.id]) for actor in current]
    if changes:
        session.execute(update(Actor), changes)


def initiative_totals(initiative_id: str, reports: list[dict[str, Any]]) -> dict[str, Any]:
    """A merged initiative from its reports: the latest report's title and status, the most
    common kind, every quantity once, and how many articles report it."""
    reports = sorted(
        reports, key=lambda r: (_aware(r["seen_at"]), r["article_id"], r["mention_id"])
    )
    latest = reports[-1]
    kinds = Counter(r["kind"] for r in reports)
    kind = min(kinds, key=lambda k: (-kinds[k], k))
    quantities = {q["text"]: q for r in reports for q in r["quantities"]}
    return {
        "id": initiative_id,
        "title": latest["title"],
        "kind": kind,
        "status": latest["status"],
        "first_seen": _aware(reports[0]["seen_at"]),
        "last_seen": _aware(latest["seen_at"]),
        "article_count": len({r["article_id"] for r in reports}),
        "quantities": [quantities[t] for t in sorted(quantities)],
        "dates": _union(*(r["dates"] for r in reports)),
    }


def _locked(session: Session, model: MergedModel, ids: list[str]) -> list[Any]:
    """The merged rows' current values, locked until commit so concurrent stores take turns.

    Plain rows, not ORM objects: the bulk UPDATE that follows would leave objects stale.
    """
    columns = [c for c in model.__table__.c if c.name != "created_at"]
    stmt = select(*columns).where(model.id.in_(ids)).order_by(model.id).with_for_update()
    return list(session.execute(stmt))


def _actor_totals(actor: Any, reports: list[ArticleActor]) -> dict[str, Any]:
    name = preferred_name([r.name for r in reports])
    forms = (f for r in reports for f in [r.name, *r.aliases])
    return {
        "id": actor.id,
        "name": name,
        "aliases": _union(f for f in forms if f != name),
        "titles": _union(*(r.titles for r in reports)),
        "affiliation": _preferred_affiliation([r.affiliation for r in reports]),
        "mention_count": sum(r.mention_count for r in reports),
        "article_count": len(reports),
        "first_seen": min(_aware(r.seen_at) for r in reports),
        "last_seen": max(_aware(r.seen_at) for r in reports),
    }


def preferred_name(names: Iterable[str]) -> str:
    """The name an actor is shown by, whatever order the articles naming it came in: the
    spelling that keeps its diacritics ('Erdoğan' over 'Erdogan'), then the longest, then the
    first in alphabetical order."""
    return min(names, key=lambda n: (-sum(not c.isascii() for c in n), -len(n), n))


def _preferred_affiliation(found: Iterable[str | None]) -> str | None:
    """The first, alphabetically, of those given: any fixed rule would do, as long as it
    does not depend on the order articles arrive in."""
    given = [a for a in found if a]
    return min(given) if given else None


def _delete_orphans(session: Session, model: MergedModel, ids: list[str]) -> None:
    if ids:
        session.execute(delete(model).where(model.id.in_(ids)))


def _union(*lists: Iterable[str]) -> list[str]:
    return sorted({item for items in lists for item in items})


def _earliest(current: datetime | None, seen: datetime) -> datetime:
    return seen if current is None else min(seen, _aware(current))


def _latest(current: datetime | None, seen: datetime) -> datetime:
    return seen if current is None else max(seen, _aware(current))


def _aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
