"""Participants read with the initiative lists that ask for them, through fragments too."""

from __future__ import annotations

from typing import Any

from graphql import FieldNode, FragmentDefinitionNode, OperationDefinitionNode, parse

from attache_api.graphql.lookahead import selects
from tests.graphql.conftest import SchemaRunner

DIRECT = """
query {
  actors(first: 5) { edges { node {
    initiatives(first: 5) { edges { node { title participants { role actor { name } } } } }
  } } }
  initiatives(first: 5) { edges { node { title participants { role } } } }
}
"""

THROUGH_FRAGMENTS = """
fragment Taking on Initiative { participants { role actor { name } } }
query {
  actors(first: 5) { edges { node {
    initiatives(first: 5) { edges { ... on InitiativeEdge { node { title ...Taking } } } }
  } } }
  initiatives(first: 5) { edges { node { title ... on Initiative { participants { role } } } } }
}
"""

WITHOUT_PARTICIPANTS = """
query { actors(first: 5) { edges { node { initiatives(first: 5) { edges { node { title } } } } } } }
"""


def _run(runner: SchemaRunner, query: str) -> tuple[dict[str, Any], list[str]]:
    statements: list[str] = []
    result = runner.execute(query, statements=statements)
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data, statements


def test_fragments_read_participants_like_direct_fields(runner: SchemaRunner, many: int) -> None:
    direct, _ = _run(runner, DIRECT)
    spread, _ = _run(runner, THROUGH_FRAGMENTS)
    assert spread == direct
    initiatives = [e["node"] for e in direct["initiatives"]["edges"]]
    assert all(initiative["participants"] for initiative in initiatives)


def test_participants_are_read_only_when_asked_for(runner: SchemaRunner, many: int) -> None:
    _, statements = _run(runner, WITHOUT_PARTICIPANTS)
    assert not [s for s in statements if "initiative_participants.role" in s], statements
    # actors page, initiatives per actor.
    assert len(statements) == 2


def _asks(query: str) -> bool:
    """Whether the first field of `query` selects initiatives' participants below it."""
    document = parse(query)
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    [operation] = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    [top] = operation.selection_set.selections
    assert isinstance(top, FieldNode)
    return selects([top], ("edges", "node", "participants"), fragments)


def test_asks_for_follows_the_path_through_fragments() -> None:
    assert _asks("{ initiatives { edges { node { participants { role } } } } }")
    spread = """fragment Taking on Initiative { participants { role } }
      { initiatives { edges { ... on InitiativeEdge { node { ...Taking } } } } }"""
    assert _asks(spread)
    assert not _asks("{ initiatives { edges { node { title } } } }")
    assert not _asks("{ initiatives { participants { role } } }")
