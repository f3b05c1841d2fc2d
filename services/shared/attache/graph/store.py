"""Writes one article's extraction into the merged graph.

Everything an article contributes is keyed by the article id, so storing an article again first
removes what it said before: running the same job twice leaves the same rows. Merged rows (actors,
initiatives) are upserted by their canonical ids, and their aggregates are recomputed from the
per-article rows rather than incremented, so they can never drift.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from attache.actors.models import Actor, ArticleActor, Event, Quote
from attache.articles.models import Article
from attache.contract import Extraction, Span
from attache.db import upsert
from attache.initiatives.models import ArticleInitiative, Evidence, Initiative, Participant

ARTICLE_SCOPED = (ArticleActor, Quote, Event, Evidence, Participant, ArticleInitiative)


def store_extraction(session: Session, article: Article, extraction: Extraction) -> None:
    old_actor_ids, old_initiative_ids = _forget_article(session, article.id)
    actor_ids = {a.id for a in extraction.actors}
    initiative_ids = {i.id for i in extraction.initiatives}
    touched_actors = sorted(old_actor_ids | actor_ids)
    touched_initiatives = sorted(old_initiative_ids | initiative_ids)
    _upsert_actors(session, extraction)
    _lock(session, Actor, touched_actors)
    _insert_article_actors(session, article.id, extraction)
    _upsert_initiatives(session, extraction)
    _lock(session, Initiative, touched_initiatives)
    _insert_initiative_rows(session, article, extraction, actor_ids)
    _insert_quotes_and_events(session, article.id, extraction, actor_ids)
    session.flush()
    refresh_actor_aggregates(session, touched_actors)
    refresh_initiative_aggregates(session, touched_initiatives)


def _forget_article(session: Session, article_id: str) -> tuple[set[str], set[str]]:
    """Delete what the article contributed before; returns the merged ids it had touched."""
    actor_ids = set(
        session.execute(
            select(ArticleActor.actor_id).where(ArticleActor.article_id == article_id)
        ).scalars()
    )
    initiative_ids = set(
        session.execute(
            select(ArticleInitiative.initiative_id).where(
                ArticleInitiative.article_id == article_id
            )
        ).scalars()
    )
    for model in ARTICLE_SCOPED:
        session.execute(delete(model).where(model.article_id == article_id))
    return actor_ids, initiative_ids


def _lock(session: Session, model: type[Actor] | type[Initiative], ids: list[str]) -> None:
    """Hold merged rows until commit so concurrent workers recompute aggregates in turn."""
    if ids:
        session.execute(
            select(model.id).where(model.id.in_(ids)).order_by(model.id).with_for_update()
        )


def _upsert_actors(session: Session, extraction: Extraction) -> None:
    rows: list[dict[str, Any]] = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "wikidata_id": a.wikidata_id,
            "affiliation": a.affiliation,
            "aliases": [],
            "titles": [],
            "mention_count": 0,
            "article_count": 0,
        }
        for a in extraction.actors
    ]
    upsert(session, Actor.__table__, rows, keys=["id"], update=["name", "kind"])


def _insert_article_actors(session: Session, article_id: str, extraction: Extraction) -> None:
    rows = [
        {
            "article_id": article_id,
            "actor_id": a.id,
            "name": a.name,
            "aliases": list(a.aliases),
            "titles": list(a.titles),
            "affiliation": a.affiliation,
            "mention_count": len(a.mentions),
            "mentions": [_span(m) for m in a.mentions],
        }
        for a in extraction.actors
    ]
    upsert(session, ArticleActor.__table__, rows, keys=["article_id", "actor_id"])


def _upsert_initiatives(session: Session, extraction: Extraction) -> None:
    rows = [
        {
            "id": i.id,
            "title": i.title,
            "kind": i.kind,
            "status": i.status,
            "article_count": 0,
            "quantities": [],
        }
        for i in extraction.initiatives
    ]
    upsert(session, Initiative.__table__, rows, keys=["id"])


def _insert_initiative_rows(
    session: Session, article: Article, extraction: Extraction, actor_ids: set[str]
) -> None:
    seen_at = article.published_at or article.submitted_at
    reports: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for ini in extraction.initiatives:
        reports.append(
            {
                "article_id": article.id,
                "initiative_id": ini.id,
                "title": ini.title,
                "status": ini.status,
                "seen_at": seen_at,
                "quantities": [_quantity(q) for q in ini.quantities],
                "dates": list(ini.dates),
            }
        )
        participants += [
            {
                "article_id": article.id,
                "initiative_id": ini.id,
                "actor_id": p.actor_id,
                "role": p.role,
            }
            for p in ini.participants
            if p.actor_id in actor_ids
        ]
        evidence += [
            {
                "article_id": article.id,
                "initiative_id": ini.id,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for s in ini.evidence
        ]
    upsert(session, ArticleInitiative.__table__, reports, keys=["article_id", "initiative_id"])
    upsert(
        session,
        Participant.__table__,
        participants,
        keys=["article_id", "initiative_id", "actor_id", "role"],
    )
    upsert(session, Evidence.__table__, evidence, keys=["article_id", "initiative_id", "start"])


def _insert_quotes_and_events(
    session: Session, article_id: str, extraction: Extraction, actor_ids: set[str]
) -> None:
    quotes = [
        {
            "article_id": article_id,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "speaker_id": q.speaker_id if q.speaker_id in actor_ids else None,
            "speaker_name": q.speaker,
        }
        for q in extraction.quotes
    ]
    events = [
        {
            "article_id": article_id,
            "seq": seq,
            "type": e.type,
            "sources": list(e.sources),
            "targets": list(e.targets),
            "trigger": _span(e.trigger),
            "sentence": _span(e.sentence),
        }
        for seq, e in enumerate(extraction.events)
    ]
    upsert(session, Quote.__table__, quotes, keys=["article_id", "start"])
    upsert(session, Event.__table__, events, keys=["article_id", "seq"])


def refresh_actor_aggregates(session: Session, actor_ids: list[str]) -> None:
    """Recompute aliases, titles and counts from every article; drop actors no article names."""
    if not actor_ids:
        return
    rows = session.execute(
        select(ArticleActor).where(ArticleActor.actor_id.in_(actor_ids))
    ).scalars()
    by_actor: dict[str, list[ArticleActor]] = {}
    for row in rows:
        by_actor.setdefault(row.actor_id, []).append(row)
    names = {
        row.id: row.name
        for row in session.execute(select(Actor.id, Actor.name).where(Actor.id.in_(actor_ids)))
    }
    orphans = [i for i in actor_ids if i not in by_actor]
    if orphans:
        session.execute(delete(Actor).where(Actor.id.in_(orphans)))
    for actor_id, reports in by_actor.items():
        name = names.get(actor_id, "")
        affiliations = Counter(r.affiliation for r in reports if r.affiliation)
        session.execute(
            update(Actor)
            .where(Actor.id == actor_id)
            .values(
                aliases=_union(a for r in reports for a in [r.name, *r.aliases] if a != name),
                titles=_union(t for r in reports for t in r.titles),
                affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
                mention_count=sum(r.mention_count for r in reports),
                article_count=len(reports),
            )
        )


def refresh_initiative_aggregates(session: Session, initiative_ids: list[str]) -> None:
    """Recompute status, seen times, counts and quantities; drop initiatives no article reports."""
    if not initiative_ids:
        return
    rows = session.execute(
        select(ArticleInitiative).where(ArticleInitiative.initiative_id.in_(initiative_ids))
    ).scalars()
    by_initiative: dict[str, list[ArticleInitiative]] = {}
    for row in rows:
        by_initiative.setdefault(row.initiative_id, []).append(row)
    orphans = [i for i in initiative_ids if i not in by_initiative]
    if orphans:
        session.execute(delete(Initiative).where(Initiative.id.in_(orphans)))
    for initiative_id, reports in by_initiative.items():
        reports.sort(key=lambda r: (_aware(r.seen_at), r.article_id))
        latest = reports[-1]
        quantities = {q["text"]: q for r in reports for q in r.quantities}
        session.execute(
            update(Initiative)
            .where(Initiative.id == initiative_id)
            .values(
                title=latest.title,
                status=latest.status,
                first_seen=reports[0].seen_at,
                last_seen=latest.seen_at,
                article_count=len(reports),
                quantities=list(quantities.values()),
            )
        )


def _aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _union(values: Iterable[str]) -> list[str]:
    return sorted(set(values))


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _quantity(q: Any) -> dict[str, Any]:
    return {"text": q.text, "value": q.value, "unit": q.unit, "measure": q.measure}
