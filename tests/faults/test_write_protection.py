"""With API keys set on the real service, writes need `Authorization: Bearer <key>`; reads and
probes stay open."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.faults.conftest import MakeService
from tests.faults.storage import status_counts

KEYS = "first-key,second-key"
ARTICLE = {"text": "Chile and Argentina agreed to build a lithium refinery in Antofagasta."}
SUBMIT = """mutation($text: String!) {
  submitArticle(input: {text: $text}) { created article { id } }
}"""


def test_writes_need_a_key_and_reads_do_not(make_service: MakeService, engine: Engine) -> None:
    service = make_service(worker=False, api_keys=KEYS)
    with service.client() as anonymous, service.client(authorization="Bearer wrong") as wrong:
        refused = anonymous.post("/v1/articles", json=ARTICLE)
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"] == "Bearer"
        assert wrong.post("/v1/articles", json=ARTICLE).status_code == 401
        mutation = anonymous.post("/graphql", json={"query": SUBMIT, "variables": ARTICLE})
        assert mutation.json()["errors"][0]["message"] == "unauthorized"
        assert status_counts(engine) == {}

    with service.client(authorization="Bearer second-key") as writer:
        created = writer.post("/v1/articles", json=ARTICLE)
        assert created.status_code == 202, created.text
        other = {"text": "Peru joined the refinery project."}
        mutation = writer.post("/graphql", json={"query": SUBMIT, "variables": other})
        assert mutation.json()["data"]["submitArticle"]["created"] is True

    with service.client() as anonymous:
        assert anonymous.get(created.headers["location"]).status_code == 200
        assert anonymous.get("/v1/articles").json()["items"]
        graph = anonymous.post("/graphql", json={"query": "{ articles { totalCount } }"})
        assert graph.json() == {"data": {"articles": {"totalCount": 2}}}
        assert anonymous.get("/readyz").status_code == 200
