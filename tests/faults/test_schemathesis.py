"""Schemathesis against the real running service: requests generated from its OpenAPI document
and its GraphQL schema, a bounded number per operation from a fixed seed; no server errors.

The schemas are loaded when the module is imported (Schemathesis parametrizes at collection
time, before any service runs), from the objects the service serves; a test checks that
/openapi.json is that document.
"""

from __future__ import annotations

import pytest
import schemathesis
from schemathesis.checks import not_a_server_error
from sqlalchemy import Engine

from attache.settings import Settings
from attache_api.graphql.schema import make_schema
from attache_api.rest.openapi import DOCUMENT
from tests.faults.service import Service

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20240501,
        "generation": {"max-examples": 30, "deterministic": True, "database": "none"},
    }
)
openapi = schemathesis.openapi.from_dict(DOCUMENT, config=CONFIG)
graphql = schemathesis.graphql.from_file(make_schema(Settings()).as_str(), config=CONFIG)


@pytest.fixture(scope="module")
def service(seeded: tuple[Service, Engine]) -> Service:
    return seeded[0]


def test_the_fuzzed_document_is_the_one_served(service: Service) -> None:
    with service.client() as client:
        assert client.get("/openapi.json").json() == DOCUMENT


@openapi.parametrize()
def test_rest_answers_generated_requests_without_server_errors(
    case: schemathesis.Case, service: Service
) -> None:
    case.call_and_validate(base_url=service.url)


@graphql.parametrize()
def test_graphql_answers_generated_queries_without_server_errors(
    case: schemathesis.Case, service: Service
) -> None:
    # Only server errors: refusing a schema-valid but meaningless value (an empty cursor, a
    # blank text) with a BAD_USER_INPUT error is the right answer, not a failure.
    case.call_and_validate(base_url=f"{service.url}/graphql", checks=[not_a_server_error])
