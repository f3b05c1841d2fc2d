from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from attache.db import Base


class Initiative(Base):
    """One initiative merged across articles: a group of reports, named after its first one."""

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
    """What one article reports of one initiative: a report, keyed by the extraction's own id.

    `initiative_id` is the merged initiative the report belongs to and `component` the group of
    reports linked to it (see `attache.graph.resolution`); both change as other articles come
    and go. The other columns are what matching compares, as the store normalized them.
    """

    __tablename__ = "article_initiatives"
    __table_args__ = (Index("ix_article_initiatives_frame_seen_at", "frame", "seen_at"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    mention_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    initiative_id: Mapped[str] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    component: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    quantities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    dates: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(40))
    frame: Mapped[str] = mapped_column(String(80))
    predicate: Mapped[str | None] = mapped_column(String(80))
    event_type: Mapped[str | None] = mapped_column(String(32))
    terms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)


def _of_report(table: str) -> ForeignKeyConstraint:
    """Rows that hang off one report go with it."""
    return ForeignKeyConstraint(
        ["article_id", "mention_id"],
        ["article_initiatives.article_id", "article_initiatives.mention_id"],
        ondelete="CASCADE",
        name=f"fk_{table}_mention_id_article_initiatives",
    )


class Participant(Base):
    __tablename__ = "initiative_participants"
    __table_args__ = (_of_report("initiative_participants"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    mention_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (_of_report("evidence"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    mention_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class InitiativeEvent(Base):
    """An event (by its place in the article) that reports an initiative."""

    __tablename__ = "initiative_events"
    __table_args__ = (_of_report("initiative_events"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    mention_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)


class InitiativeLink(Base):
    """Two reports that matched well enough to be one initiative, with the score and its parts.

    Stored once per pair, the smaller (article, report) key first.
    """

    __tablename__ = "initiative_links"
    __table_args__ = (
        _of_report("initiative_links"),
        ForeignKeyConstraint(
            ["other_article_id", "other_mention_id"],
            ["article_initiatives.article_id", "article_initiatives.mention_id"],
            ondelete="CASCADE",
            name="fk_initiative_links_other_mention_id_article_initiatives",
        ),
        Index("ix_initiative_links_other", "other_article_id", "other_mention_id"),
    )

    article_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    mention_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    other_article_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    other_mention_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
