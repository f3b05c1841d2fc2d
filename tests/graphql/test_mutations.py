"""submitArticle: validation, idempotent creation, and write keys."""

from __future__ import annotations

from typing import Any

import pytest

from tests.graphql.conftest import MakeRunner, SchemaRunner

SUBMIT = """mutation ($input: SubmitArticleInput!) {
  submitArticle(input: $input) { created article { id title status publishedAt source } }
}"""

ARTICLE = {
    "text": "Japan and the United States agreed to build missiles together.",
    "title": "Missiles",
    "source": "wire",
    "publishedAt": "2024-07-01T09:30:00",
}


def test_submitting_creates_once_then_finds_the_same_article(runner: SchemaRunner) -> None:
    first = runner.data(SUBMIT, {"input": ARTICLE})["submitArticle"]
    assert first["created"] is True
    assert first["article"]["status"] == "queued"
    assert first["article"]["title"] == "Missiles"
    assert first["article"]["publishedAt"].startswith("2024-07-01T09:30:00")
    again = runner.data(SUBMIT, {"input": {**ARTICLE, "title": "Other"}})["submitArticle"]
    assert again["created"] is False
    assert again["article"]["id"] == first["article"]["id"]
    found = runner.data("query ($id: ID!) { node(id: $id) { id } }", {"id": first["article"]["id"]})
    assert found["node"] == {"id": first["article"]["id"]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"text": "  \n "}, "text must not be empty"),
        ({"text": "a\x00b"}, "text must not contain NUL characters"),
        ({"title": "t\x00"}, "title must not contain NUL characters"),
        ({"text": "é" * 40}, "text must be at most 64 bytes"),
        ({"source": "s" * 201}, "source must be at most 200 characters"),
    ],
)
def test_bad_input_is_refused_clearly(
    make_runner: MakeRunner, change: dict[str, Any], message: str
) -> None:
    runner = make_runner(max_body_bytes=64)
    assert runner.error(SUBMIT, {"input": {**ARTICLE, **change}}) == message


def test_a_missing_text_is_refused(runner: SchemaRunner) -> None:
    message = runner.error(SUBMIT, {"input": {"title": "no text"}})
    assert "text" in message


def test_with_keys_configured_a_caller_without_one_is_unauthorized(
    make_runner: MakeRunner,
) -> None:
    runner = make_runner(api_keys=["s3cret"])
    assert runner.error(SUBMIT, {"input": ARTICLE}) == "unauthorized"
