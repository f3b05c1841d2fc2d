"""Plain functions that build articles and extractions for storage tests."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from attache.articles.models import Article, ArticleStatus
from attache.articles.service import article_of
from attache.contract import Actor, Extraction, Initiative, Participant, Quantity, Quote, Span


def add_article(session: Session, text: str, published: datetime | None = None) -> Article:
    article = article_of(
        text,
        status=ArticleStatus.PROCESSING,
        published_at=published or datetime(2024, 7, 29, tzinfo=UTC),
    )
    session.add(article)
    session.flush()
    return article


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def us_japan_extraction(text: str, us_surface: str = "Washington") -> Extraction:
    """Two countries and a joint initiative, with the US named by `us_surface`."""
    us = Actor(
        id="country:US",
        name="United States",
        kind="COUNTRY",
        aliases=[us_surface],
        mentions=[span(text, us_surface)],
    )
    japan = Actor(id="country:JP", name="Japan", kind="COUNTRY", mentions=[span(text, "Japan")])
    production = Initiative(
        id="ini:joint-production",
        title="Joint US–Japan missile production",
        kind="ARMS_PRODUCTION",
        status="planned",
        participants=[
            Participant("United States", "LEAD", "country:US"),
            Participant("Japan", "PARTNER", "country:JP"),
        ],
        quantities=[Quantity("2% of GDP", 2.0, "percent")],
        evidence=[span(text, text.split(".")[0])],
        predicate="production",
        terms=["missile", "production"],
    )
    quote = Quote(text="steady", speaker="Japan", start=0, end=6, speaker_id="country:JP")
    return Extraction(actors=[us, japan], initiatives=[production], quotes=[quote])
