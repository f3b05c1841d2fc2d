"""How articles look on the wire."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from attache.articles.models import Article, ArticleStatus


def article_path(article_id: str) -> str:
    return f"/v1/articles/{article_id}"


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC. SQLite hands back naive datetimes; everything is stored in UTC."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")


def submission_view(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "status": article.status,
        "submitted_at": iso(article.submitted_at),
        "links": {"self": article_path(article.id)},
    }


def article_summary(article: Article) -> dict[str, Any]:
    """Everything but the extraction, which lists leave out: it can be large."""
    return {
        "id": article.id,
        "status": article.status,
        "error": article.error,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published_at": iso(article.published_at),
        "submitted_at": iso(article.submitted_at),
        "processed_at": iso(article.processed_at),
        "attempts": article.attempts,
    }


def article_view(article: Article) -> dict[str, Any]:
    view = article_summary(article)
    if article.status == ArticleStatus.DONE:
        view["extraction"] = article.extraction
    return view
