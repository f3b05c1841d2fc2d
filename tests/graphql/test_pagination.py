"""Connections: cursor walks, page info, totals, and refusals of bad `first`/`after`."""

from __future__ import annotations

from typing import Any

import pytest

from attache_api.graphql.ids import encode_id
from tests.graphql.conftest import SchemaRunner

ACTORS_PAGE = """query ($first: Int, $after: String) {
  actors(first: $first, after: $after) {
    totalCount
    edges { cursor node { id articleCount } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"""

US_ARTICLES_PAGE = """query ($after: String) {
  actor(id: "country:US") { articles(first: 5, after: $after) {
    totalCount
    edges { node { id submittedAt } }
    pageInfo { hasNextPage endCursor }
  } }
}"""


def _walk(
    runner: SchemaRunner, query: str, path: list[str], variables: dict[str, Any]
) -> list[dict[str, Any]]:
    """Every page of the connection at `path`, following endCursor until hasNextPage is false."""
    pages = []
    after = None
    while True:
        data: Any = runner.data(query, {**variables, "after": after})
        for key in path:
            data = data[key]
        pages.append(data)
        if not data["pageInfo"]["hasNextPage"]:
            return pages
        after = data["pageInfo"]["endCursor"]


def test_a_cursor_walk_returns_every_actor_once(runner: SchemaRunner, many: int) -> None:
    pages = _walk(runner, ACTORS_PAGE, ["actors"], {"first": 4})
    ids = [edge["node"]["id"] for page in pages for edge in page["edges"]]
    assert len(ids) == len(set(ids)) == 2 * many + 1
    assert {page["totalCount"] for page in pages} == {2 * many + 1}
    assert len(pages) == 7
    assert pages[0]["pageInfo"]["hasPreviousPage"] is False
    assert all(page["pageInfo"]["hasPreviousPage"] for page in pages[1:])
    # Most reported first: the US is in every article.
    assert ids[0] == encode_id("Actor", "country:US")
    counts = [edge["node"]["articleCount"] for page in pages for edge in page["edges"]]
    assert counts == sorted(counts, reverse=True)


def test_a_nested_cursor_walk_returns_every_article_once(runner: SchemaRunner, many: int) -> None:
    pages = _walk(runner, US_ARTICLES_PAGE, ["actor", "articles"], {})
    articles = [edge["node"] for page in pages for edge in page["edges"]]
    assert len({a["id"] for a in articles}) == len(articles) == many
    assert [len(page["edges"]) for page in pages] == [5, 5, 2]
    submitted = [a["submittedAt"] for a in articles]
    assert submitted == sorted(submitted, reverse=True)


def test_first_defaults_from_settings_and_may_be_zero(make_runner: Any, many: int) -> None:
    runner = make_runner(default_page_size=3)
    assert len(runner.data(ACTORS_PAGE)["actors"]["edges"]) == 3
    empty = runner.data(ACTORS_PAGE, {"first": 0})["actors"]
    assert empty["edges"] == []
    assert empty["pageInfo"] == {
        "hasNextPage": True,
        "hasPreviousPage": False,
        "startCursor": None,
        "endCursor": None,
    }
    assert empty["totalCount"] == 2 * many + 1


@pytest.mark.parametrize("first", [101, -1, 2**31 - 1])
def test_first_out_of_range_is_refused(
    runner: SchemaRunner, us_japan: tuple[str, str], first: int
) -> None:
    message = runner.error(ACTORS_PAGE, {"first": first})
    assert f"first must be between 0 and 100, got {first}" in message


def test_first_beyond_int_is_refused(runner: SchemaRunner) -> None:
    assert "Int cannot represent" in runner.error(ACTORS_PAGE, {"first": 2**40})


def test_nested_first_out_of_range_is_refused(
    runner: SchemaRunner, us_japan: tuple[str, str]
) -> None:
    message = runner.error('{ actor(id: "country:US") { articles(first: 1000) { totalCount } } }')
    assert "first must be between 0 and 100" in message


@pytest.mark.parametrize(
    "cursor",
    ["nope", "", "!!!", encode_id("Actor", "country:US"), "YXQ6LTE", "YXQ6wrI", "a" * 500],
)
def test_a_malformed_cursor_is_refused(
    runner: SchemaRunner, us_japan: tuple[str, str], cursor: str
) -> None:
    assert runner.error(ACTORS_PAGE, {"first": 2, "after": cursor}) == "invalid cursor"
    nested = runner.error(US_ARTICLES_PAGE, {"after": cursor})
    assert nested == "invalid cursor"
