from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from attache.db import Base


class Initiative(Base):
    """One initiative merged across articles, keyed by the extraction's deterministic id."""

    __tablename__ = "initiatives"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40), index=True)
    # Aggregates over article_initiatives; status is the one the latest report gives.
    status: Mapped[str] = mapped_column(String(16), index=True)
    first_seen: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    article_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    quantities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Every date the reports give, as the extraction wrote them, sorted.
    dates: Mapped[list[Any]] = mapped_column(JSON, default=list)


class ArticleInitiative(Base):
    """What one article reports of one initiative."""

    __tablename__ = "article_initiatives"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    initiative_id: Mapped[str] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    quantities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    dates: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Participant(Base):
    __tablename__ = "initiative_participants"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    initiative_id: Mapped[str] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class Evidence(Base):
    __tablename__ = "evidence"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    initiative_id: Mapped[str] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class InitiativeEvent(Base):
    """An event (by its place in the article) that reports an initiative."""

    __tablename__ = "initiative_events"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    initiative_id: Mapped[str] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
