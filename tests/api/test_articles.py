"""`/v1/articles`: submitting, resubmitting and reading articles, against a real database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient

from attache.articles.models import Article, ArticleStatus
from attache.db import make_engine
from tests.conftest import MakeClient

TEXT = "The European Union announced a €2 billion aid package for Ukraine on Monday."


def submit(client: TestClient, **payload: Any) -> Any:
    return client.post("/v1/articles", json={"text": TEXT, **payload})


def set_done(database_url: str, article_id: str, extraction: dict[str, Any]) -> None:
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(status=ArticleStatus.DONE, extraction=extraction)
        )
    engine.dispose()


def test_a_new_article_is_accepted_and_queued(client: TestClient) -> None:
    response = submit(client)
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued"
    assert body["id"].startswith("art_")
    assert body["submitted_at"].endswith("Z")
    assert body["links"] == {"self": f"/v1/articles/{body['id']}"}
    assert response.headers["location"] == body["links"]["self"]


def test_the_same_text_again_returns_the_stored_article(client: TestClient) -> None:
    first = submit(client)
    again = client.post("/v1/articles", json={"text": f"\r\n  {TEXT}  \r\n", "title": "Other"})
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["location"] == first.headers["location"]


def test_a_resubmission_reports_the_current_status(client: TestClient, database_url: str) -> None:
    article_id = submit(client).json()["id"]
    set_done(database_url, article_id, {"actors": []})
    again = submit(client)
    assert (again.status_code, again.json()["status"]) == (200, "done")


@pytest.mark.parametrize(
    "content_type", ["text/plain", "text/plain; charset=utf-8", "TEXT/PLAIN;charset=UTF-8"]
)
def test_a_plain_text_body_is_the_article_text(client: TestClient, content_type: str) -> None:
    response = client.post(
        "/v1/articles", content=TEXT.encode(), headers={"Content-Type": content_type}
    )
    assert response.status_code == 202
    assert submit(client).json()["id"] == response.json()["id"]


def test_json_with_a_charset_parameter_is_accepted(client: TestClient) -> None:
    response = client.post(
        "/v1/articles",
        content=b'{"text": "Brazil and Argentina signed a trade pact."}',
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 202


def test_reading_an_article_returns_its_metadata(client: TestClient) -> None:
    created = submit(
        client,
        title="Aid for Ukraine",
        url="https://example.org/a",
        source="Example News",
        published_at="2024-05-01T09:30:00+02:00",
    ).json()
    response = client.get(created["links"]["self"])
    assert response.status_code == 200
    assert response.json() == {
        "id": created["id"],
        "status": "queued",
        "error": None,
        "title": "Aid for Ukraine",
        "url": "https://example.org/a",
        "source": "Example News",
        "published_at": "2024-05-01T07:30:00Z",
        "submitted_at": created["submitted_at"],
        "processed_at": None,
        "attempts": 0,
    }


def test_a_date_alone_is_taken_as_midnight_utc(client: TestClient) -> None:
    created = submit(client, published_at="2024-05-01").json()
    assert client.get(created["links"]["self"]).json()["published_at"] == "2024-05-01T00:00:00Z"


def test_a_processed_article_includes_its_extraction(client: TestClient, database_url: str) -> None:
    article_id = submit(client).json()["id"]
    extraction = {"actors": [{"id": "eu", "name": "European Union"}], "initiatives": []}
    set_done(database_url, article_id, extraction)
    body = client.get(f"/v1/articles/{article_id}").json()
    assert (body["status"], body["extraction"]) == ("done", extraction)


@pytest.mark.parametrize("article_id", ["art_000000000000000000000000", "x" * 500, "a%00b"])
def test_an_unknown_article_is_a_404_problem(client: TestClient, article_id: str) -> None:
    response = client.get(f"/v1/articles/{article_id}")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


def test_a_submission_survives_a_broker_that_is_down(
    make_client: MakeClient, count_articles: Callable[[], int]
) -> None:
    """The article is committed before the job is sent; the sweep re-sends it later."""
    client = make_client(broker_url="redis://127.0.0.1:1/0")
    response = submit(client)
    assert (response.status_code, response.json()["status"]) == (202, "queued")
    assert count_articles() == 1
