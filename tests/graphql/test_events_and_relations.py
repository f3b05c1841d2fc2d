"""Events on articles and initiatives, the top-level events list, and actor relations."""

from __future__ import annotations

from typing import Any

from attache_api.graphql.ids import encode_id
from tests.graphql.conftest import SchemaRunner

US = encode_id("Actor", "country:US")

RELATIONS = """
query ($id: ID!, $polarity: String) {
  actor(id: $id) {
    relations(first: 30, polarity: $polarity) {
      totalCount
      edges { node {
        polarity count articleCount actor { name } evidence { text article { title } }
      } }
    }
  }
}
"""

PAGE = """
query ($first: Int!) {
  actors(first: $first) {
    edges { node {
      name
      relations(first: 3) { edges { node { polarity count actor { name } evidence { text } } } }
    } }
  }
  articles(first: $first) {
    edges { node {
      events { type trigger { text } actors { role actor { name } } }
      initiatives { title events { type sentence { text } } }
    } }
  }
}
"""

EVENTS = """
query ($type: String, $actor: ID, $first: Int) {
  events(first: $first, type: $type, actor: $actor) {
    totalCount
    edges { node { type sources targets trigger { text start end } article { title } } }
  }
}
"""


def _relations(runner: SchemaRunner, polarity: str | None = None) -> list[dict[str, Any]]:
    data = runner.data(RELATIONS, {"id": US, "polarity": polarity})
    return [edge["node"] for edge in data["actor"]["relations"]["edges"]]


def test_relations_separate_cooperation_from_conflict(runner: SchemaRunner, related: int) -> None:
    relations = _relations(runner)
    assert len(relations) == 2 * related
    country = [r for r in relations if r["actor"]["name"] == "Country 3"]
    assert sorted(r["polarity"] for r in country) == ["conflict", "cooperation"]
    conflict = next(r for r in country if r["polarity"] == "conflict")
    assert conflict["count"] == 1
    assert conflict["articleCount"] == 1
    assert conflict["evidence"] == [
        {"text": "The United States sanctioned Country 3.", "article": {"title": "Pact 3"}}
    ]


def test_relations_filter_by_polarity(runner: SchemaRunner, related: int) -> None:
    conflicts = _relations(runner, "conflict")
    assert len(conflicts) == related
    assert {r["polarity"] for r in conflicts} == {"conflict"}


def test_events_filter_by_type_and_actor(runner: SchemaRunner, related: int) -> None:
    data = runner.data(EVENTS, {"type": "SANCTION", "first": 5})
    assert data["events"]["totalCount"] == related
    (first, *_) = [edge["node"] for edge in data["events"]["edges"]]
    # Newest article first.
    assert first["article"]["title"] == f"Pact {related - 1}"
    assert first["targets"] == [f"Country {related - 1}"]
    country = encode_id("Actor", "country:4")
    data = runner.data(EVENTS, {"actor": country, "first": 5})
    assert data["events"]["totalCount"] == 2
    assert [e["node"]["type"] for e in data["events"]["edges"]] == ["AGREE", "SANCTION"]


def test_initiatives_and_articles_carry_their_events(runner: SchemaRunner, related: int) -> None:
    data = runner.data(PAGE, {"first": 2})
    article = data["articles"]["edges"][0]["node"]
    assert [e["type"] for e in article["events"]] == ["AGREE", "SANCTION"]
    roles = {(a["role"], a["actor"]["name"]) for a in article["events"][1]["actors"]}
    assert ("TARGET", f"Country {related - 1}") in roles
    (initiative,) = article["initiatives"]
    assert [e["type"] for e in initiative["events"]] == ["AGREE"]


def _statements(runner: SchemaRunner, first: int) -> list[str]:
    statements: list[str] = []
    result = runner.execute(PAGE, {"first": first}, statements=statements)
    assert result.errors is None, result.errors
    return statements


def test_statement_count_does_not_grow_with_page_size(runner: SchemaRunner, related: int) -> None:
    small = _statements(runner, 2)
    large = _statements(runner, 10)
    # One statement per nested list whatever the page size: actors page, relations with the
    # related actors, their evidence; articles page, events, event actors with their actor
    # rows, initiatives, initiative events.
    assert len(small) == len(large) == 8, (small, large)


def test_unknown_actor_id_is_a_user_error(runner: SchemaRunner, related: int) -> None:
    message = runner.error(EVENTS, {"actor": encode_id("Article", "x"), "first": 1})
    assert "actor must be an actor id" in message
