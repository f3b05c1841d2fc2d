from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from attache.db import Base, utcnow


class Actor(Base):
    """One actor merged across every article, keyed by its canonical id (`country:US`, …)."""

    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    wikidata_id: Mapped[str | None] = mapped_column(String(32))
    affiliation: Mapped[str | None] = mapped_column(String(300))
    # Aggregates over article_actors, recomputed whenever an article touching the actor is stored.
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    titles: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    article_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    # The earliest and latest time of the articles naming the actor (published, else submitted).
    first_seen: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ArticleActor(Base):
    """How one article names one actor; the unit that reprocessing an article replaces."""

    __tablename__ = "article_actors"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    titles: Mapped[list[Any]] = mapped_column(JSON, default=list)
    affiliation: Mapped[str | None] = mapped_column(String(300))
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    mentions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # The article's time (published, else submitted): what `since` and `until` select on.
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class Quote(Base):
    __tablename__ = "quotes"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String)
    speaker_id: Mapped[str | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str | None] = mapped_column(String(300))


class Event(Base):
    """A PLOVER-typed who-did-what-to-whom in one sentence of one article."""

    __tablename__ = "events"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    targets: Mapped[list[Any]] = mapped_column(JSON, default=list)
    trigger: Mapped[dict[str, Any]] = mapped_column(JSON)
    sentence: Mapped[dict[str, Any]] = mapped_column(JSON)


class EventActor(Base):
    """An actor an event names, by id: its sources and targets, for filtering by actor."""

    __tablename__ = "event_actors"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    # SOURCE or TARGET.
    role: Mapped[str] = mapped_column(String(8), primary_key=True)


class ActorRelation(Base):
    """How one article relates two actors: cooperating or in conflict, through its events and
    initiatives. Stored both ways round, so an actor's relations are one indexed read."""

    __tablename__ = "actor_relations"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    other_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    # cooperation or conflict.
    polarity: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    # The sentences that show it: [{"start", "end", "text"}].
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
