"""Submitting articles: one row per distinct text, and a job buffered for after the commit."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from attache.articles.models import Article, ArticleStatus
from attache.db import dialect_insert, utcnow
from attache.jobs import PROCESS_ARTICLE, JobBuffer


@dataclass(frozen=True, slots=True)
class NewArticle:
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


def normalize_text(text: str) -> str:
    """The stored form of a text: NFC, Unix newlines, no surrounding blank space.

    Offsets in extractions refer to this form, and the duplicate check hashes it.
    """
    text = unicodedata.normalize("NFC", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def content_hash(normalized_text: str) -> str:
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()


def article_id_for(digest: str) -> str:
    """Ids derive from content, so a resubmission or a retried request names the same article."""
    return f"art_{digest[:24]}"


def article_of(text: str, **fields: Any) -> Article:
    """An article row for an already normalized `text`, keyed by its content as a submission's
    would be; `fields` sets the rest (status, times). For tools and tests that store articles
    directly."""
    digest = content_hash(text)
    return Article(id=article_id_for(digest), content_hash=digest, text=text, **fields)


async def submit_article(
    session: AsyncSession, new: NewArticle, jobs: JobBuffer
) -> tuple[Article, bool]:
    """Store the article unless its text is already stored; returns it and whether it is new.

    A new article's processing job is buffered: the request boundary sends it after committing.
    """
    text = normalize_text(new.text)
    digest = content_hash(text)
    article_id = article_id_for(digest)
    now = utcnow()
    stmt = (
        dialect_insert(session.get_bind().dialect.name, Article.__table__)
        .values(
            id=article_id,
            content_hash=digest,
            text=text,
            title=new.title,
            url=new.url,
            source=new.source,
            published_at=new.published_at,
            submitted_at=now,
            updated_at=now,
            status=ArticleStatus.QUEUED,
            attempts=0,
        )
        .on_conflict_do_nothing(index_elements=["content_hash"])
        # RETURNING yields a row only when one was inserted. rowcount would say the same, but
        # psycopg's async cursor reports -1 for it.
        .returning(Article.__table__.c.id)
    )
    created = (await session.execute(stmt)).first() is not None
    article = (await session.execute(select(Article).where(Article.id == article_id))).scalar_one()
    if created:
        jobs.enqueue(PROCESS_ARTICLE, article_id)
    return article, created
