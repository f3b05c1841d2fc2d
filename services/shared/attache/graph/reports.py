"""An article's reports of initiatives as `article_initiatives` rows, in the normalized form
matching compares: predicates lower-cased and mapped to their frame, places folded, only ISO
dates kept. Reports read back from the database and reports of the article being stored must
compare alike, so both go through these rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from attache.articles.models import Article
from attache.contract import Extraction
from attache.contract import Initiative as ExtractedInitiative
from attache.initiatives.frames import frame_of
from attache.initiatives.matching import aware, fold_place, parse_date


def report_rows(
    article: Article, extraction: Extraction, actor_ids: set[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The article's reports as `article_initiatives` rows (without their placement) and their
    participants as `initiative_participants` rows."""
    seen_at = aware(article.published_at or article.submitted_at)
    published = aware(article.published_at) if article.published_at else None
    rows: dict[str, dict[str, Any]] = {}
    participants: list[dict[str, Any]] = []
    for ini in extraction.initiatives:
        if ini.id in rows:
            continue
        rows[ini.id] = _report_row(article.id, ini, seen_at, published)
        participants += [
            {
                "article_id": article.id,
                "mention_id": ini.id,
                "actor_id": p.actor_id,
                "role": p.role,
            }
            for p in ini.participants
            if p.actor_id in actor_ids
        ]
    return list(rows.values()), participants


def _report_row(
    article_id: str, ini: ExtractedInitiative, seen_at: datetime, published: datetime | None
) -> dict[str, Any]:
    predicate = ini.predicate.lower() if ini.predicate else None
    return {
        "article_id": article_id,
        "mention_id": ini.id,
        "title": ini.title,
        "status": ini.status,
        "seen_at": seen_at,
        "published_at": published,
        "quantities": [_quantity(q) for q in ini.quantities],
        "dates": [d for d in ini.dates if parse_date(d)],
        "kind": ini.kind,
        "frame": frame_of(predicate, ini.kind),
        "predicate": predicate,
        "event_type": ini.event_type,
        "terms": sorted({t.lower() for t in ini.terms}),
        "places": sorted({fold_place(p) for p in ini.places} - {""}),
    }


def _quantity(q: Any) -> dict[str, Any]:
    return {"text": q.text, "value": q.value, "unit": q.unit, "measure": q.measure}
