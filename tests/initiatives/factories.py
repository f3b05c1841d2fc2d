"""Reports built by hand, as the store would read them back, for matching and grouping tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from attache.initiatives.frames import frame_of
from attache.initiatives.matching import Report, make_report

DAY0 = datetime(2018, 1, 20, tzinfo=UTC)


def report(
    article: str,
    predicate: str | None = "offensive",
    *,
    lead: tuple[str, ...] = ("country:TR",),
    targets: tuple[str, ...] = (),
    kind: str = "MILITARY_OPERATION",
    day: float = 0,
    places: tuple[str, ...] = (),
    terms: tuple[str, ...] = (),
    dates: tuple[str, ...] = (),
    event_type: str | None = None,
    amounts: tuple[tuple[str, float], ...] = (),
    mention: str = "m",
) -> Report:
    row = {
        "article_id": article,
        "mention_id": mention,
        "kind": kind,
        "frame": frame_of(predicate, kind),
        "predicate": predicate,
        "event_type": event_type,
        "terms": list(terms),
        "places": list(places),
        "dates": list(dates),
        "seen_at": DAY0 + timedelta(days=day),
        "quantities": [{"text": f"{v:g} {u}", "value": v, "unit": u} for u, v in amounts],
    }
    parties = [(a, "LEAD") for a in lead] + [(t, "TARGET") for t in targets]
    return make_report(row, parties)
