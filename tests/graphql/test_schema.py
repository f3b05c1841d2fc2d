"""Top-level queries with their filters, the abuse limits, and what errors may reveal."""

from __future__ import annotations

from typing import Any

import pytest

from attache_api.graphql import schema as schema_module
from attache_api.graphql.ids import encode_id
from tests.graphql.conftest import SchemaRunner


def _names(runner: SchemaRunner, arguments: str) -> list[str]:
    data = runner.data(f"{{ actors({arguments}) {{ edges {{ node {{ name }} }} }} }}")
    return [edge["node"]["name"] for edge in data["actors"]["edges"]]


def _titles(runner: SchemaRunner, arguments: str, actor: str | None = None) -> list[str]:
    selection = "edges { node { title } }"
    query = f"query ($actor: ID) {{ initiatives(actor: $actor, {arguments}) {{ {selection} }} }}"
    data = runner.data(query, {"actor": actor})
    return [edge["node"]["title"] for edge in data["initiatives"]["edges"]]


def test_actors_filter_by_kind_and_search_names_and_aliases(
    runner: SchemaRunner, us_japan: tuple[str, str], many: int
) -> None:
    assert sorted(_names(runner, 'kind: "COUNTRY"')) == ["Japan", "United States"]
    assert _names(runner, 'search: "WASHING"') == ["United States"]
    assert _names(runner, 'search: "japan"') == ["Japan"]
    assert _names(runner, 'search: "minister 1", first: 5') == [
        "Minister 1",
        "Minister 10",
        "Minister 11",
    ]
    assert _names(runner, 'search: "%"') == []
    assert _names(runner, 'search: "_"') == []
    assert _names(runner, 'kind: "PERSON", search: "agency"') == []
    assert len(_names(runner, 'search: "  "')) == 20


def test_initiatives_filter_by_actor_kind_status_and_title(
    runner: SchemaRunner, us_japan: tuple[str, str], many: int
) -> None:
    japan = encode_id("Actor", "country:JP")
    assert _titles(runner, "", japan) == ["Joint US–Japan missile production"]
    assert _titles(runner, "", "person:3") == ["Treaty 3"]
    assert _titles(runner, "", "nobody") == []
    assert len(_titles(runner, "first: 50", "country:US")) == many + 1
    assert _titles(runner, 'kind: "ARMS_PRODUCTION"') == ["Joint US–Japan missile production"]
    assert len(_titles(runner, 'status: "proposed", first: 50')) == many
    assert _titles(runner, 'search: "MISSILE"') == ["Joint US–Japan missile production"]
    # Latest news first: treaty 11 was reported on day 11, the joint production on day 8.
    assert _titles(runner, "first: 2") == ["Treaty 11", "Treaty 10"]


def test_initiatives_refuse_an_actor_id_of_another_type(runner: SchemaRunner) -> None:
    wrong = encode_id("Initiative", "ini:x")
    query = "query ($actor: ID) { initiatives(actor: $actor) { totalCount } }"
    assert runner.error(query, {"actor": wrong}) == "actor must be an actor id"


def test_articles_filter_by_status(runner: SchemaRunner, us_japan: tuple[str, str]) -> None:
    query = """query ($status: String) {
        articles(status: $status) { totalCount edges { node { title } } }
    }"""
    done = runner.data(query, {"status": "done"})["articles"]
    assert done["totalCount"] == 2
    assert [e["node"]["title"] for e in done["edges"]] == ["Output begins", "Missiles together"]
    assert runner.data(query, {"status": "queued"})["articles"]["totalCount"] == 0


def test_text_arguments_with_nul_are_refused(runner: SchemaRunner) -> None:
    query = "query ($s: String) { actors(search: $s) { totalCount } }"
    assert runner.error(query, {"s": "a\x00b"}) == "search must not contain NUL characters"


def _nested(levels: int) -> str:
    """actors → initiatives → participants → actor → initiatives → …, `levels` times."""
    inner = "name"
    for _ in range(levels):
        inner = (
            "initiatives(first: 1) { edges { node { participants { actor { " + inner + " } } } } }"
        )
    return "{ actors(first: 1) { edges { node { " + inner + " } } } }"


def test_deep_queries_are_refused(runner: SchemaRunner, us_japan: tuple[str, str]) -> None:
    result = runner.execute(_nested(12))
    assert result.data is None
    assert result.errors
    assert "exceeds maximum operation depth" in result.errors[0].message


def test_one_level_of_nesting_works(runner: SchemaRunner, us_japan: tuple[str, str]) -> None:
    data = runner.data(_nested(1))
    (edge,) = data["actors"]["edges"]
    assert edge["node"]["initiatives"]["edges"][0]["node"]["participants"]


def test_too_many_aliases_are_refused(runner: SchemaRunner) -> None:
    fields = " ".join(f"a{i}: actors(first: 1) {{ totalCount }}" for i in range(31))
    message = runner.error(f"{{ {fields} }}")
    assert "aliases" in message


def test_too_many_tokens_are_refused(runner: SchemaRunner) -> None:
    fields = " ".join(["__typename"] * 2100)
    assert "token" in runner.error(f"{{ {fields} }}")


def test_unexpected_errors_are_masked(
    runner: SchemaRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_: Any) -> Any:
        raise RuntimeError("password=hunter2 at /srv/secret.py")

    monkeypatch.setattr(schema_module, "list_actors", broken)
    result = runner.execute("{ actors { edges { node { id } } } }")
    assert result.errors
    assert [e.message for e in result.errors] == ["Unexpected error."]
    assert result.errors[0].extensions == {"code": "INTERNAL_SERVER_ERROR"}
    assert "hunter2" not in str(result.errors[0].formatted)
