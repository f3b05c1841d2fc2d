"""The aggregates on merged actors and initiatives: aliases, titles, counts, status, seen times,
dates.

A new article's reports are folded into the merged rows (read under a row lock, merged, written
back), which costs the same however many articles already name the actor: the United States
row does not get slower to update with every article about it. When an article is stored again,
what it said before is gone, so the rows it touched are recomputed from every per-article row
instead: rare, and exact. Both ways give the same result for the same set of articles (unions,
sums, the latest report's status); only ties in report time may resolve differently.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from attache.actors.models import Actor, ArticleActor
from attache.initiatives.models import ArticleInitiative, Initiative

MergedModel = type[Actor] | type[Initiative]


def fold_actor_reports(session: Session, reports: Sequence[dict[str, Any]]) -> None:
    """Add one article's article_actors rows (as inserted) to their actors."""
    if not reports:
        return
    by_id = {r["actor_id"]: r for r in reports}
    changes = []
    for actor in _locked(session, Actor, list(by_id)):
        report = by_id[actor.id]
        seen = _aware(report["seen_at"])
        changes.append(
            {
                "id": actor.id,
                "aliases": _union(actor.aliases, _aliases(report, actor.name)),
                "titles": _union(actor.titles, report["titles"]),
                "affiliation": actor.affiliation or report["affiliation"],
                "mention_count": actor.mention_count + report["mention_count"],
                "article_count": actor.article_count + 1,
                "first_seen": _earliest(actor.first_seen, seen),
                "last_seen": _latest(actor.last_seen, seen),
            }
        )
    session.execute(update(Actor), changes)


def fold_initiative_reports(session: Session, reports: Sequence[dict[str, Any]]) -> None:
    """Add one article's article_initiatives rows (as inserted) to their initiatives."""
    if not reports:
        return
    by_id = {r["initiative_id"]: r for r in reports}
    changes = []
    for initiative in _locked(session, Initiative, list(by_id)):
        report = by_id[initiative.id]
        seen = _aware(report["seen_at"])
        first, last = initiative.first_seen, initiative.last_seen
        is_latest = last is None or seen >= _aware(last)
        latest = report if is_latest else {"title": initiative.title, "status": initiative.status}
        changes.append(
            {
                "id": initiative.id,
                "title": latest["title"],
                "status": latest["status"],
                "first_seen": seen if first is None else min(seen, _aware(first)),
                "last_seen": seen if is_latest else last,
                "article_count": initiative.article_count + 1,
                "quantities": _quantity_union([initiative.quantities, report["quantities"]]),
                "dates": _union(initiative.dates, report["dates"]),
            }
        )
    session.execute(update(Initiative), changes)


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


def recompute_initiatives(session: Session, initiative_ids: Sequence[str]) -> None:
    """Recompute from every article reporting them; drop those no article reports any more."""
    if not initiative_ids:
        return
    reports: dict[str, list[ArticleInitiative]] = {}
    stmt = select(ArticleInitiative).where(ArticleInitiative.initiative_id.in_(initiative_ids))
    for row in session.execute(stmt):
        reports.setdefault(row[0].initiative_id, []).append(row[0])
    _delete_orphans(session, Initiative, [i for i in initiative_ids if i not in reports])
    changes = [_initiative_totals(i, rows) for i, rows in sorted(reports.items())]
    if changes:
        session.execute(update(Initiative), changes)


def _locked(session: Session, model: MergedModel, ids: list[str]) -> list[Any]:
    """The merged rows' current values, locked until commit so concurrent stores take turns.

    Plain rows, not ORM objects: the bulk UPDATE that follows would leave objects stale.
    """
    columns = [c for c in model.__table__.c if c.name != "created_at"]
    stmt = select(*columns).where(model.id.in_(ids)).order_by(model.id).with_for_update()
    return list(session.execute(stmt))


def _actor_totals(actor: Any, reports: list[ArticleActor]) -> dict[str, Any]:
    affiliations = Counter(r.affiliation for r in reports if r.affiliation)
    affiliation = actor.affiliation
    # The affiliation an actor already has stays while some article still gives it, as folding
    # keeps the first one it saw.
    if affiliation not in affiliations:
        affiliation = affiliations.most_common(1)[0][0] if affiliations else None
    return {
        "id": actor.id,
        "aliases": _union(*(_aliases(_as_report(r), actor.name) for r in reports)),
        "titles": _union(*(r.titles for r in reports)),
        "affiliation": affiliation,
        "mention_count": sum(r.mention_count for r in reports),
        "article_count": len(reports),
        "first_seen": min(_aware(r.seen_at) for r in reports),
        "last_seen": max(_aware(r.seen_at) for r in reports),
    }


def _initiative_totals(initiative_id: str, reports: list[ArticleInitiative]) -> dict[str, Any]:
    reports.sort(key=lambda r: (_aware(r.seen_at), r.article_id))
    latest = reports[-1]
    return {
        "id": initiative_id,
        "title": latest.title,
        "status": latest.status,
        "first_seen": reports[0].seen_at,
        "last_seen": latest.seen_at,
        "article_count": len(reports),
        "quantities": _quantity_union(r.quantities for r in reports),
        "dates": _union(*(r.dates for r in reports)),
    }


def _delete_orphans(
    session: Session, model: type[Actor] | type[Initiative], ids: list[str]
) -> None:
    if ids:
        session.execute(delete(model).where(model.id.in_(ids)))


def _as_report(row: ArticleActor) -> dict[str, Any]:
    return {"name": row.name, "aliases": row.aliases}


def _aliases(report: dict[str, Any], canonical: str) -> list[str]:
    """Every surface form of the report but the actor's canonical name."""
    return [a for a in [report["name"], *report["aliases"]] if a != canonical]


def _union(*lists: Iterable[str]) -> list[str]:
    return sorted({item for items in lists for item in items})


def _quantity_union(lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    by_text = {q["text"]: q for quantities in lists for q in quantities}
    return [by_text[text] for text in sorted(by_text)]


def _earliest(current: datetime | None, seen: datetime) -> datetime:
    return seen if current is None else min(seen, _aware(current))


def _latest(current: datetime | None, seen: datetime) -> datetime:
    return seen if current is None else max(seen, _aware(current))


def _aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
