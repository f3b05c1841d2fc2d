"""`GET /v1/articles`: pages, newest first, filtered by status, with opaque cursors."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient

from attache.articles.models import Article, ArticleStatus
from attache.db import make_engine

TEXTS = [f"Report number {n} on the Mekong River Commission." for n in range(5)]


@pytest.fixture
def submitted(client: TestClient) -> list[str]:
    """Five articles, returned newest first."""
    ids = [client.post("/v1/articles", json={"text": text}).json()["id"] for text in TEXTS]
    return ids[::-1]


def collect(client: TestClient, url: str) -> list[list[str]]:
    pages = []
    while url:
        page = client.get(url).json()
        pages.append([item["id"] for item in page["items"]])
        url = page["links"]["next"]
    return pages


def test_pages_cover_every_article_once_newest_first(
    client: TestClient, submitted: list[str]
) -> None:
    pages = collect(client, "/v1/articles?limit=2")
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [article_id for page in pages for article_id in page] == submitted


def test_items_leave_out_the_extraction(client: TestClient, submitted: list[str]) -> None:
    item = client.get("/v1/articles?limit=1").json()["items"][0]
    assert item["id"] == submitted[0]
    assert "extraction" not in item


def test_a_status_filter_keeps_only_that_status(
    client: TestClient, submitted: list[str], database_url: str
) -> None:
    engine = make_engine(database_url)
    with engine.begin() as conn:
        done = update(Article).where(Article.id == submitted[1]).values(status=ArticleStatus.DONE)
        conn.execute(done)
    engine.dispose()
    assert collect(client, "/v1/articles?status=done") == [[submitted[1]]]
    assert len(collect(client, "/v1/articles?status=queued")[0]) == 4


def test_an_empty_store_is_one_empty_page(client: TestClient) -> None:
    page = client.get("/v1/articles").json()
    assert page == {"items": [], "next_cursor": None, "links": {"next": None}}


@pytest.mark.parametrize(
    "query",
    [
        "status=lost",
        "limit=0",
        "limit=101",
        "limit=ten",
        "limit=-1",
        "cursor=",
        "cursor=nonsense",
        "cursor=-1",
        "cursor=123456789",
        "cursor=%D9%A1",
    ],
)
def test_bad_parameters_are_400_problems(client: TestClient, query: str) -> None:
    response = client.get(f"/v1/articles?{query}")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert query.split("=")[0] in response.json()["detail"]
