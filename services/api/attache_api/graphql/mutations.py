"""Writes: submitting an article through the same request boundary REST uses."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from attache.articles.models import Article as ArticleRow
from attache.articles.service import NewArticle
from attache.settings import Settings
from attache_api.auth import is_authorized
from attache_api.graphql.context import Context
from attache_api.graphql.errors import UserError
from attache_api.graphql.fields import described_mutation
from attache_api.graphql.types import Article, Info
from attache_api.submission import submit


@strawberry.input
class SubmitArticleInput:
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


@strawberry.type
class SubmitArticlePayload:
    article: Article
    created: bool = strawberry.field(description="False when the same text was already stored.")


@strawberry.type
class Mutation:
    @described_mutation("Store an article and queue its extraction.")
    async def submit_article(self, info: Info, input: SubmitArticleInput) -> SubmitArticlePayload:
        authorize(info.context)
        row, created = await submit(info.context.state, validated(input, info.context.settings))
        return SubmitArticlePayload(article=Article.from_row(row), created=created)


def authorize(context: Context) -> None:
    """Writes need a known bearer key whenever keys are configured, as in REST."""
    if not is_authorized(context.token, context.settings):
        raise UserError("unauthorized")


def validated(data: SubmitArticleInput, settings: Settings) -> NewArticle:
    if not data.text.strip():
        raise UserError("text must not be empty")
    if len(data.text.encode()) > settings.max_body_bytes:
        raise UserError(f"text must be at most {settings.max_body_bytes} bytes")
    for name in ("text", "title", "url", "source"):
        if "\x00" in (getattr(data, name) or ""):
            raise UserError(f"{name} must not contain NUL characters")
    for name in ("title", "url", "source"):
        _check_length(name, getattr(data, name))
    return NewArticle(
        text=data.text,
        title=data.title,
        url=data.url,
        source=data.source,
        published_at=_aware(data.published_at),
    )


def _check_length(name: str, value: str | None) -> None:
    limit = getattr(ArticleRow.__table__.c[name].type, "length", None)
    if value is not None and limit is not None and len(value) > limit:
        raise UserError(f"{name} must be at most {limit} characters")


def _aware(value: datetime | None) -> datetime | None:
    """In UTC, as every time is stored (SQLite keeps no offset); a time without a zone is
    taken as UTC already."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise UserError("publishedAt has no UTC form (its year is out of range)") from None
