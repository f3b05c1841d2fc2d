"""`/v1/articles`: submit an article for extraction, and follow its progress."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from attache.articles.models import Article
from attache.articles.service import NewArticle
from attache_api.auth import require_write_access
from attache_api.problems import Problem
from attache_api.responses import OrjsonResponse
from attache_api.rest.body import decode_utf8, read_limited, require_media_type
from attache_api.rest.listing import list_page
from attache_api.rest.validation import article_from_json, article_from_text
from attache_api.rest.views import article_path, article_view, submission_view
from attache_api.state import app_state
from attache_api.submission import submit

JSON = "application/json"
PLAIN_TEXT = "text/plain"
ARTICLE_ID_MAX_LENGTH = 40


async def new_article(request: Request) -> NewArticle:
    """The article in the request body, checked before a byte of it is stored."""
    kind = require_media_type(request, (JSON, PLAIN_TEXT))
    body = decode_utf8(await read_limited(request, app_state(request).settings.max_body_bytes))
    return article_from_json(body) if kind == JSON else article_from_text(body)


async def create_article(request: Request) -> Response:
    """202 for a new article, queued for extraction; 200 if the same text was already stored."""
    state = app_state(request)
    require_write_access(request, state.settings)
    article, created = await submit(state, await new_article(request))
    return OrjsonResponse(
        submission_view(article),
        status_code=202 if created else 200,
        headers={"Location": article_path(article.id)},
    )


def could_be_id(value: str) -> bool:
    # Ids are short and printable; anything else cannot match, and a NUL would make
    # PostgreSQL reject the query itself.
    return len(value) <= ARTICLE_ID_MAX_LENGTH and value.isprintable()


async def load_article(request: Request, article_id: str) -> Article | None:
    async with app_state(request).sessions() as session:
        article: Article | None = await session.get(Article, article_id)
    return article


async def read_article(request: Request) -> Response:
    article_id = request.path_params["article_id"]
    article = await load_article(request, article_id) if could_be_id(article_id) else None
    if article is None:
        raise Problem(404, f"No article has the id {article_id!r}.")
    return OrjsonResponse(article_view(article))


async def articles_collection(request: Request) -> Response:
    # One route for both methods, so a 405 on this path lists them both in Allow.
    if request.method == "POST":
        return await create_article(request)
    return await list_page(request)


routes = [
    Route("/v1/articles", articles_collection, methods=["GET", "POST"]),
    Route("/v1/articles/{article_id}", read_article, methods=["GET"]),
]
