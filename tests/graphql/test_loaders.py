"""Nested lists go through per-request DataLoaders: statements do not grow with the page."""

from __future__ import annotations

from tests.graphql.conftest import SchemaRunner

NESTED_PAGE = """
query ($first: Int!) {
  actors(first: $first) {
    totalCount
    edges { node {
      name
      initiatives(first: 5) { totalCount edges { node {
        title
        participants { role actor { name kind } }
      } } }
      articles(first: 3) { totalCount edges { node { title submittedAt } } }
    } }
  }
}
"""

ARTICLES_PAGE = """
query ($first: Int!) {
  articles(first: $first) {
    edges { node {
      title
      actors { name articles(first: 2) { edges { node { title } } } }
      initiatives { title evidence { text article { title } } }
      quotes { text speaker { actor { name } } }
    } }
  }
}
"""


def _statements_for_page(runner: SchemaRunner, query: str, first: int) -> list[str]:
    statements: list[str] = []
    result = runner.execute(query, {"first": first}, statements=statements)
    assert result.errors is None, result.errors
    assert result.data is not None
    (connection,) = result.data.values()
    assert len(connection["edges"]) == first
    return statements


def test_statement_count_does_not_grow_with_page_size(runner: SchemaRunner, many: int) -> None:
    small = _statements_for_page(runner, NESTED_PAGE, 2)
    large = _statements_for_page(runner, NESTED_PAGE, 10)
    assert len(small) == len(large), (small, large)
    # actors page, actors count, initiatives per actor, participants with their actors,
    # articles.
    assert len(large) == 5


def test_article_pages_read_nested_lists_in_batches(runner: SchemaRunner, many: int) -> None:
    small = _statements_for_page(runner, ARTICLES_PAGE, 2)
    large = _statements_for_page(runner, ARTICLES_PAGE, 10)
    assert len(small) == len(large), (small, large)
    # articles page; actors, initiatives, quotes (with their speakers) per article; articles
    # per actor; evidence; the evidence's articles.
    assert len(large) == 7


def test_nested_lists_come_out_per_parent(runner: SchemaRunner, many: int) -> None:
    data = runner.data(NESTED_PAGE, {"first": 10})
    us, *others = [edge["node"] for edge in data["actors"]["edges"]]
    assert us["name"] == "United States"
    assert us["initiatives"]["totalCount"] == many
    assert len(us["initiatives"]["edges"]) == 5
    assert us["articles"]["totalCount"] == many
    assert len(us["articles"]["edges"]) == 3
    for actor in others:
        assert actor["articles"]["totalCount"] == 1
        (initiative,) = [e["node"] for e in actor["initiatives"]["edges"]]
        names = {p["actor"]["name"] for p in initiative["participants"]}
        assert actor["name"] in names
        assert "United States" in names
