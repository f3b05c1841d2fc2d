"""Writes one article's extraction into the merged graph.

Everything an article contributes is keyed by the article id, so storing an article again first
removes what it said before: running the same job twice leaves the same rows. Merged actors are
upserted by their canonical ids, with `aggregates` keeping their totals; which merged initiative
each report belongs to is `resolution`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, literal, select, union_all
from sqlalchemy.orm import Session

from attache.actors.models import Actor, ActorRelation, ArticleActor, Event, EventActor, Quote
from attache.articles.models import Article
from attache.contract import Extraction, Span
from attache.db import upsert
from attache.graph.aggregates import fold_actor_reports, recompute_actors
from attache.graph.relations import event_actor_ids, relations_in
from attache.graph.reports import report_rows
from attache.graph.resolution import (
    Forgotten,
    forget_links,
    resolve_reports,
    serialize_resolution,
)
from attache.initiatives.models import ArticleInitiative, Evidence, InitiativeEvent, Participant

ARTICLE_SCOPED = (
    ArticleActor,
    Quote,
    Event,
    EventActor,
    ActorRelation,
    Evidence,
    Participant,
    InitiativeEvent,
    # Last: the rows above hang off an article's reports.
    ArticleInitiative,
)


@dataclass(frozen=True, slots=True)
class Touched:
    """The merged rows storing an article added or changed, and those it no longer names."""

    actor_ids: tuple[str, ...]
    initiative_ids: tuple[str, ...]


def store_extraction(session: Session, article: Article, extraction: Extraction) -> Touched:
    serialize_resolution(session)
    old_actor_ids, forgotten = _forget_article(session, article.id)
    actor_ids = {a.id for a in extraction.actors}
    _upsert_actors(session, extraction)
    actor_reports = _insert_article_actors(session, article, extraction)
    reports, participants = report_rows(article, extraction, actor_ids)
    initiative_ids = resolve_reports(session, reports, participants, forgotten)
    _insert_evidence(session, article.id, extraction)
    _insert_quotes_and_events(session, article.id, extraction, actor_ids)
    _insert_event_links(session, article.id, extraction, actor_ids)
    _insert_relations(session, article.id, extraction, actor_ids)
    if old_actor_ids:
        recompute_actors(session, sorted(old_actor_ids | actor_ids))
    else:
        fold_actor_reports(session, actor_reports)
    return Touched(tuple(sorted(old_actor_ids | actor_ids)), initiative_ids)


def _forget_article(session: Session, article_id: str) -> tuple[set[str], Forgotten]:
    """Delete what the article contributed before; returns the merged actors and the groups of
    initiatives it had a part in.

    One query tells whether the article left anything, so a first store (the usual case) skips
    the deletes. Every other article-scoped row hangs off one of the four tables asked about.
    """
    ai = ArticleInitiative
    found = session.execute(
        union_all(
            select(literal("actor"), ArticleActor.actor_id, literal("")).where(
                ArticleActor.article_id == article_id
            ),
            select(literal("initiative"), ai.initiative_id, ai.component).where(
                ai.article_id == article_id
            ),
            select(literal("quote"), literal(""), literal("")).where(
                exists().where(Quote.article_id == article_id)
            ),
            select(literal("event"), literal(""), literal("")).where(
                exists().where(Event.article_id == article_id)
            ),
        )
    ).all()
    if found:
        forget_links(session, article_id)
        for model in ARTICLE_SCOPED:
            session.execute(delete(model).where(model.article_id == article_id))
    actor_ids = {key for what, key, _ in found if what == "actor"}
    forgotten = Forgotten(
        initiatives=frozenset(key for what, key, _ in found if what == "initiative"),
        components=frozenset(group for what, _, group in found if what == "initiative"),
    )
    return actor_ids, forgotten


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
    # The name is chosen among every article's by the aggregates, so that it does not depend
    # on which article came last.
    upsert(session, Actor.__table__, rows, keys=["id"], update=["kind"])


def _insert_article_actors(
    session: Session, article: Article, extraction: Extraction
) -> list[dict[str, Any]]:
    seen_at = seen_time(article)
    rows = [
        {
            "article_id": article.id,
            "actor_id": a.id,
            "name": a.name,
            "aliases": list(a.aliases),
            "titles": list(a.titles),
            "affiliation": a.affiliation,
            "mention_count": len(a.mentions),
            "mentions": [_span(m) for m in a.mentions],
            "seen_at": seen_at,
        }
        for a in extraction.actors
    ]
    upsert(session, ArticleActor.__table__, rows, keys=["article_id", "actor_id"])
    return rows


def _insert_evidence(session: Session, article_id: str, extraction: Extraction) -> None:
    rows = [
        {
            "article_id": article_id,
            "mention_id": ini.id,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for ini in extraction.initiatives
        for s in ini.evidence
    ]
    upsert(session, Evidence.__table__, rows, keys=["article_id", "mention_id", "start"])


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


def _insert_event_links(
    session: Session, article_id: str, extraction: Extraction, actor_ids: set[str]
) -> None:
    """Who each event names, by id, and which initiatives each event reports."""
    named: list[dict[str, Any]] = []
    for seq, event in enumerate(extraction.events):
        sources, targets = event_actor_ids(event, extraction)
        for role, ids in (("SOURCE", sources), ("TARGET", targets)):
            named += [
                {"article_id": article_id, "seq": seq, "actor_id": a, "role": role}
                for a in dict.fromkeys(ids)
                if a in actor_ids
            ]
    reported = [
        {"article_id": article_id, "mention_id": ini.id, "seq": seq}
        for ini in extraction.initiatives
        for seq in sorted(set(ini.events))
        if 0 <= seq < len(extraction.events)
    ]
    upsert(session, EventActor.__table__, named, keys=["article_id", "seq", "actor_id", "role"])
    upsert(session, InitiativeEvent.__table__, reported, keys=["article_id", "mention_id", "seq"])


def _insert_relations(
    session: Session, article_id: str, extraction: Extraction, actor_ids: set[str]
) -> None:
    rows = [
        {
            "article_id": article_id,
            "actor_id": r.actor_id,
            "other_id": r.other_id,
            "polarity": r.polarity,
            "count": len(r.evidence),
            "evidence": [_span(s) for s in r.evidence],
        }
        for r in relations_in(extraction)
        if r.actor_id in actor_ids and r.other_id in actor_ids
    ]
    upsert(
        session,
        ActorRelation.__table__,
        rows,
        keys=["article_id", "actor_id", "other_id", "polarity"],
    )


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def seen_time(article: Article) -> datetime:
    """When the article's news is from: its publication time, else when it was submitted."""
    return article.published_at or article.submitted_at
