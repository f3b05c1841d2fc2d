"""Reading the merged graph through `schema.execute`: actors, initiatives, articles, nodes."""

from __future__ import annotations

from attache_api.graphql.ids import encode_id
from tests.graphql.conftest import SchemaRunner
from tests.graphql.factories import joint_production_id

US_ID = encode_id("Actor", "country:US")
JP_ID = encode_id("Actor", "country:JP")


def _initiative_id(us_japan: tuple[str, str]) -> str:
    return encode_id("Initiative", joint_production_id(us_japan[0]))


def test_an_actor_merges_what_every_article_says(
    runner: SchemaRunner, us_japan: tuple[str, str]
) -> None:
    data = runner.data(
        """{ actor(id: "country:US") {
            id name kind aliases mentionCount articleCount
            articles { totalCount edges { node { title } } }
        } }"""
    )
    us = data["actor"]
    assert us["id"] == US_ID
    assert us["name"] == "United States"
    assert us["kind"] == "COUNTRY"
    assert us["aliases"] == ["US", "Washington"]
    assert us["articleCount"] == 2
    assert us["mentionCount"] == 2
    titles = [e["node"]["title"] for e in us["articles"]["edges"]]
    # Newest submission first.
    assert titles == ["Output begins", "Missiles together"]
    assert us["articles"]["totalCount"] == 2


def test_actor_by_global_id_equals_actor_by_key(
    runner: SchemaRunner, us_japan: tuple[str, str]
) -> None:
    by_key = runner.data('{ actor(id: "country:JP") { id name wikidataId } }')
    by_id = runner.data("query ($id: ID!) { actor(id: $id) { id name wikidataId } }", {"id": JP_ID})
    assert by_key == by_id
    assert by_id["actor"] == {"id": JP_ID, "name": "Japan", "wikidataId": "Q17"}


def test_unknown_or_malformed_ids_are_null(runner: SchemaRunner, us_japan: tuple[str, str]) -> None:
    data = runner.data(
        """query ($article: ID!, $huge: ID!) {
            missing: actor(id: "country:ZZ") { id }
            garbage: actor(id: "%%%not an id\u0000") { id }
            wrongType: actor(id: $article) { id }
            huge: initiative(id: $huge) { id }
            noNode: node(id: "country:US") { id }
        }""",
        {"article": encode_id("Article", us_japan[0]), "huge": "x" * 5000},
    )
    assert data == {
        "missing": None,
        "garbage": None,
        "wrongType": None,
        "huge": None,
        "noNode": None,
    }


def test_node_finds_each_type(runner: SchemaRunner, us_japan: tuple[str, str]) -> None:
    query = """query ($id: ID!) { node(id: $id) {
        __typename id
        ... on Actor { name }
        ... on Initiative { title }
        ... on Article { headline: title }
    } }"""
    article_id = encode_id("Article", us_japan[0])
    assert runner.data(query, {"id": US_ID})["node"]["name"] == "United States"
    initiative_id = _initiative_id(us_japan)
    assert runner.data(query, {"id": initiative_id})["node"]["__typename"] == "Initiative"
    node = runner.data(query, {"id": article_id})["node"]
    assert node == {"__typename": "Article", "id": article_id, "headline": "Missiles together"}
    assert runner.data(query, {"id": encode_id("Actor", "nobody")})["node"] is None


def test_an_initiative_merges_its_reports(runner: SchemaRunner, us_japan: tuple[str, str]) -> None:
    data = runner.data(
        """query ($id: ID!) { initiative(id: $id) {
            title kind status articleCount firstSeen lastSeen
            participants { role actor { id } }
            quantities { text value unit measure }
            evidence { text start end article { title } }
            articles(first: 1) { totalCount edges { node { title } } pageInfo { hasNextPage } }
        } }""",
        {"id": _initiative_id(us_japan)},
    )
    initiative = data["initiative"]
    assert initiative["status"] == "planned"
    assert initiative["articleCount"] == 2
    assert initiative["firstSeen"].startswith("2024-07-01T00:00:00")
    assert initiative["lastSeen"].startswith("2024-07-09T00:00:00")
    # Both articles name the same two participants: each (actor, role) comes once.
    assert initiative["participants"] == [
        {"role": "LEAD", "actor": {"id": US_ID}},
        {"role": "PARTNER", "actor": {"id": JP_ID}},
    ]
    assert initiative["quantities"] == [
        {"text": "2% of GDP", "value": 2.0, "unit": "percent", "measure": None}
    ]
    assert {e["article"]["title"] for e in initiative["evidence"]} == {
        "Missiles together",
        "Output begins",
    }
    assert initiative["articles"]["totalCount"] == 2
    assert initiative["articles"]["pageInfo"]["hasNextPage"] is True


def test_an_article_lists_its_actors_initiatives_and_quotes(
    runner: SchemaRunner, us_japan: tuple[str, str]
) -> None:
    data = runner.data(
        """query ($id: ID!) { article(id: $id) {
            title status publishedAt
            actors { name }
            initiatives { title }
            quotes { text start end speaker { name actor { id } } article { title } }
        } }""",
        {"id": us_japan[0]},
    )
    article = data["article"]
    assert article["status"] == "done"
    assert article["publishedAt"].startswith("2024-07-01T00:00:00")
    assert {a["name"] for a in article["actors"]} == {"United States", "Japan"}
    assert article["initiatives"] == [{"title": "Joint US–Japan missile production"}]
    assert article["quotes"] == [
        {
            "text": "Washin",
            "start": 0,
            "end": 6,
            "speaker": {"name": "Japan", "actor": {"id": JP_ID}},
            "article": {"title": "Missiles together"},
        }
    ]


def test_an_actor_lists_its_quotes_and_initiatives_by_role(
    runner: SchemaRunner, us_japan: tuple[str, str]
) -> None:
    data = runner.data(
        """{ actor(id: "country:JP") {
            quotes(first: 1) { text article { title } }
            partner: initiatives(role: "PARTNER") { totalCount }
            lead: initiatives(role: "LEAD") { totalCount }
        } }"""
    )
    japan = data["actor"]
    assert japan["quotes"] == [{"text": "The US", "article": {"title": "Output begins"}}]
    assert japan["partner"]["totalCount"] == 1
    assert japan["lead"]["totalCount"] == 0
