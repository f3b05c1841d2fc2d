"""Which errors clients see and how they tell them apart: their mistakes carry a code."""

from __future__ import annotations

from tests.conftest import MakeClient


def test_a_refused_argument_says_it_was_the_request(make_client: MakeClient) -> None:
    query = "{ actors(first: 5000) { totalCount } }"
    body = make_client().post("/graphql", json={"query": query}).json()
    [error] = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT"}
    assert "first must be between" in error["message"]


def test_graphql_core_errors_carry_codes_too(make_client: MakeClient) -> None:
    client = make_client()
    cases = {
        "{ actors(first: 5) { edges ": "GRAPHQL_PARSE_FAILED",
        "{ actors { nothingHere } }": "GRAPHQL_VALIDATION_FAILED",
        '{ actors(first: "five") { totalCount } }': "BAD_USER_INPUT",
    }
    for query, code in cases.items():
        [error] = client.post("/graphql", json={"query": query}).json()["errors"]
        assert error["extensions"] == {"code": code}, query
