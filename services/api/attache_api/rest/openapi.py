"""`/openapi.json`: the REST API described by hand, precisely enough to fuzz it against.

Kept next to the routes it describes; `tests/api/test_openapi.py` checks they list the same paths.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from attache_api.responses import OrjsonResponse
from attache_api.rest.validation import MAX_LENGTHS

PROBLEM = "application/problem+json"
TIMESTAMP = {"type": "string", "format": "date-time"}
NULLABLE_TIMESTAMP = {"type": ["string", "null"], "format": "date-time"}
# PostgreSQL cannot store U+0000, so no string may contain it; text must not be blank either.
NO_NUL_PATTERN = "^[^\\u0000]*$"
# The one visible character may not be U+0000 either: '\S' alone lets one NUL through.
TEXT_PATTERN = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
STATUS = {"type": "string", "enum": ["queued", "processing", "done", "failed"]}


def problem_response(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": description,
        "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
    if headers:
        response["headers"] = headers
    return response


def json_response(description: str, schema: str, **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"description": description, "content": content, **extra}


def optional_string(field: str, description: str) -> dict[str, Any]:
    return {
        "type": ["string", "null"],
        "maxLength": MAX_LENGTHS[field],
        "pattern": NO_NUL_PATTERN,
        "description": description,
    }


SCHEMAS: dict[str, Any] = {
    "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details.",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer", "minimum": 400, "maximum": 599},
            "detail": {"type": "string", "minLength": 1},
            "errors": {
                "type": "array",
                "description": "Every invalid field, for 422 responses.",
                "items": {
                    "type": "object",
                    "required": ["field", "message"],
                    "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
                },
            },
            "checks": {
                "type": "object",
                "description": "Which dependency is down, for 503 responses from /readyz.",
                "additionalProperties": {"type": "string", "enum": ["ok", "down"]},
            },
        },
    },
    "NewArticle": {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "text": {
                "type": "string",
                "pattern": TEXT_PATTERN,
                "description": "The article text. Not blank; no NUL (U+0000) characters.",
            },
            "title": optional_string("title", "The headline."),
            "url": optional_string("url", "Where the article was published."),
            "source": optional_string("source", "The publication, e.g. Reuters."),
            "published_at": {
                "anyOf": [
                    {"type": "string", "format": "date-time"},
                    {"type": "string", "format": "date"},
                    {"type": "null"},
                ],
                "description": "RFC 3339 date-time with offset, or date (taken as midnight UTC).",
            },
        },
    },
    "Submission": {
        "type": "object",
        "required": ["id", "status", "submitted_at", "links"],
        "properties": {
            "id": {"type": "string"},
            "status": STATUS,
            "submitted_at": TIMESTAMP,
            "links": {
                "type": "object",
                "required": ["self"],
                "properties": {"self": {"type": "string"}},
            },
        },
    },
    "Article": {
        "type": "object",
        "required": [
            "id",
            "status",
            "error",
            "title",
            "url",
            "source",
            "published_at",
            "submitted_at",
            "processed_at",
            "attempts",
        ],
        "properties": {
            "id": {"type": "string"},
            "status": STATUS,
            "error": {"type": ["string", "null"], "description": "Why extraction failed."},
            "title": {"type": ["string", "null"]},
            "url": {"type": ["string", "null"]},
            "source": {"type": ["string", "null"]},
            "published_at": NULLABLE_TIMESTAMP,
            "submitted_at": TIMESTAMP,
            "processed_at": NULLABLE_TIMESTAMP,
            "attempts": {"type": "integer", "minimum": 0},
            "extraction": {
                "type": ["object", "null"],
                "description": "Present once status is done: actors, places, events, "
                "initiatives and quotes found in the text, as `attache extract` prints them. "
                "Events name their actors by id too (`source_ids`, `target_ids`); each "
                "initiative lists the indexes of the events reporting it (`events`), and its "
                "quantities say how they bear on it (`qualifier`: to, from, by, about, …).",
            },
        },
    },
    "ArticlePage": {
        "type": "object",
        "required": ["items", "next_cursor", "links"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}},
            "next_cursor": {"type": ["string", "null"]},
            "links": {
                "type": "object",
                "required": ["next"],
                "properties": {"next": {"type": ["string", "null"]}},
            },
        },
    },
    "Status": {
        "type": "object",
        "required": ["status"],
        "properties": {
            "status": {"type": "string", "enum": ["ok"]},
            "checks": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    },
}

LOCATION = {"Location": {"description": "The article's URL.", "schema": {"type": "string"}}}
RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait.", "schema": {"type": "string"}}}
# Any route that reads or writes the database answers this while the database is down.
UNAVAILABLE = problem_response(
    "The database does not answer; retry after Retry-After seconds.", RETRY_AFTER
)
CHALLENGE = {"WWW-Authenticate": {"schema": {"type": "string"}}}

# Lets clients (and fuzzers' stateful runs) follow a submission to the article it created.
READ_LINK = {
    "GetArticle": {"operationId": "getArticle", "parameters": {"article_id": "$response.body#/id"}}
}

SUBMIT: dict[str, Any] = {
    "operationId": "submitArticle",
    "summary": "Submit an article for extraction",
    "description": "Needs `Authorization: Bearer <key>` when the server has API keys set. "
    "The same text submitted again returns the stored article with 200.",
    "security": [{}, {"bearer": []}],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/NewArticle"}},
            "text/plain": {
                "schema": {"type": "string", "pattern": TEXT_PATTERN},
                "description": "The article text alone, UTF-8.",
            },
        },
    },
    "responses": {
        "200": json_response(
            "Already stored; its current state.", "Submission", headers=LOCATION, links=READ_LINK
        ),
        "202": json_response(
            "Stored and queued for extraction.", "Submission", headers=LOCATION, links=READ_LINK
        ),
        "400": problem_response("Not UTF-8, or not JSON."),
        "401": problem_response("A missing or unknown API key.", CHALLENGE),
        "413": problem_response("The body exceeds the size limit (1 MB by default)."),
        "415": problem_response("Content-Type is neither application/json nor text/plain."),
        "422": problem_response("The JSON is not a valid article; `errors` lists every field."),
        "503": UNAVAILABLE,
    },
}

LIST: dict[str, Any] = {
    "operationId": "listArticles",
    "summary": "Articles, newest submission first, without their extractions",
    "parameters": [
        {"name": "status", "in": "query", "schema": STATUS},
        {
            "name": "limit",
            "in": "query",
            "description": "Page size; the server's default is 20 and its maximum 100.",
            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
        },
        {
            "name": "cursor",
            "in": "query",
            "description": "`next_cursor` from the previous page.",
            "schema": {"type": "string", "pattern": "^[0-9]{1,8}$"},
        },
    ],
    "responses": {
        "200": json_response("One page of articles.", "ArticlePage"),
        "400": problem_response("An unknown status, a limit out of range, or a foreign cursor."),
        "503": UNAVAILABLE,
    },
}

READ: dict[str, Any] = {
    "operationId": "getArticle",
    "summary": "An article's processing state, and its extraction once done",
    "parameters": [
        {"name": "article_id", "in": "path", "required": True, "schema": {"type": "string"}}
    ],
    "responses": {
        "200": json_response("The article.", "Article"),
        "404": problem_response("No article has this id."),
        "503": UNAVAILABLE,
    },
}

PROBE_RESPONSES = {"200": json_response("Alive.", "Status")}

READY_RESPONSES = {
    "200": json_response("The database and the broker answer.", "Status"),
    "503": problem_response("The database or the broker does not answer.", RETRY_AFTER),
}

METRICS: dict[str, Any] = {
    "operationId": "metrics",
    "summary": "Prometheus metrics: requests, articles by status, queue depth",
    "responses": {
        "200": {
            "description": "The Prometheus text exposition format.",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        }
    },
}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Attaché",
        "version": "1.0.0",
        "description": "Submit news articles; a worker extracts actors and initiatives into a "
        "graph served at /graphql. Every error is an RFC 9457 problem.",
    },
    "paths": {
        "/v1/articles": {"get": LIST, "post": SUBMIT},
        "/v1/articles/{article_id}": {"get": READ},
        "/healthz": {"get": {"operationId": "healthz", "responses": PROBE_RESPONSES}},
        "/readyz": {"get": {"operationId": "readyz", "responses": READY_RESPONSES}},
        "/openapi.json": {
            "get": {
                "operationId": "openapi",
                "responses": {"200": {"description": "This document."}},
            }
        },
        "/metrics": {"get": METRICS},
    },
    "components": {
        "schemas": SCHEMAS,
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
}


async def openapi(_request: Request) -> Response:
    return OrjsonResponse(DOCUMENT)


routes = [Route("/openapi.json", openapi, methods=["GET"])]
