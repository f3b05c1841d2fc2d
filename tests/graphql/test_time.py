"""Time on the graph: seen times, event dates, `since`/`until`, `orderBy`, and bad dates refused.

The `many` graph has one article a day from 2024-07-01 to 2024-07-12: article n names Minister
n, Agency n and the United States, in treaty n. The `related` graph has the same days, each with
a pact event and a sanction event.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from attache.contract import Actor, Extraction, Initiative, Participant
from attache.db import unit_of_work
from attache.graph.store import store_extraction
from tests.conftest import MakeClient
from tests.graphql.conftest import SchemaRunner
from tests.graphql.factories import add_article, span

ACTORS = """query ($since: String, $until: String, $order: ActorOrder! = ARTICLE_COUNT) {
  actors(first: 50, since: $since, until: $until, orderBy: $order) {
    totalCount edges { node { id name firstSeen lastSeen } }
  }
}"""
INITIATIVES = """query ($since: String, $until: String, $order: InitiativeOrder! = LAST_SEEN) {
  initiatives(first: 50, since: $since, until: $until, orderBy: $order) {
    totalCount edges { node { title firstSeen lastSeen articleCount dates } }
  }
}"""
EVENTS = """query ($since: String, $until: String, $order: EventOrder! = LAST_SEEN) {
  events(first: 50, since: $since, until: $until, orderBy: $order) {
    totalCount edges { node { type date sentence { text } } }
  }
}"""


def _names(data: dict[str, Any], field: str, key: str = "name") -> list[str]:
    return [edge["node"][key] for edge in data[field]["edges"]]


def test_actors_carry_the_times_of_the_first_and_last_articles_naming_them(
    runner: SchemaRunner, many: int
) -> None:
    actors = {edge["node"]["name"]: edge["node"] for edge in runner.data(ACTORS)["actors"]["edges"]}
    assert actors["United States"]["firstSeen"] == "2024-07-01T00:00:00+00:00"
    assert actors["United States"]["lastSeen"] == "2024-07-12T00:00:00+00:00"
    assert actors["Minister 3"]["firstSeen"] == actors["Minister 3"]["lastSeen"]
    assert actors["Minister 3"]["lastSeen"] == "2024-07-04T00:00:00+00:00"


@pytest.mark.parametrize(
    ("since", "until", "ministers"),
    [
        ("2024-07-11", None, ["Minister 10", "Minister 11"]),
        (None, "2024-07-02", ["Minister 0", "Minister 1"]),
        ("2024-07-05", "2024-07-05", ["Minister 4"]),
        ("2024-07-05T00:00:00Z", "2024-07-06T00:00:00+00:00", ["Minister 4", "Minister 5"]),
        ("2024-07", "2024", [f"Minister {n}" for n in range(12)]),
        ("2024-08", None, []),
    ],
)
def test_since_and_until_keep_the_actors_named_in_that_time(
    runner: SchemaRunner, many: int, since: str | None, until: str | None, ministers: list[str]
) -> None:
    data = runner.data(ACTORS, {"since": since, "until": until})
    found = _names(data, "actors")
    assert sorted(n for n in found if n.startswith("Minister")) == sorted(ministers)
    assert ("United States" in found) == bool(ministers)
    assert data["actors"]["totalCount"] == len(found)


def test_initiatives_narrow_to_a_period_and_order_by_time_or_count(
    runner: SchemaRunner, many: int, us_japan: tuple[str, str]
) -> None:
    week = runner.data(INITIATIVES, {"since": "2024-07-05", "until": "2024-07-06"})
    assert _names(week, "initiatives", "title") == ["Treaty 5", "Treaty 4"]
    earliest = runner.data(INITIATIVES, {"order": "FIRST_SEEN"})
    assert _names(earliest, "initiatives", "title")[:2] == [
        "Joint US–Japan missile production",
        "Treaty 0",
    ]
    most = runner.data(INITIATIVES, {"order": "ARTICLE_COUNT"})
    [top, *_] = most["initiatives"]["edges"]
    assert top["node"]["title"] == "Joint US–Japan missile production"
    assert top["node"]["articleCount"] == 2
    latest = runner.data(INITIATIVES)
    assert _names(latest, "initiatives", "title")[0] == "Treaty 11"


def test_actors_order_by_when_they_were_last_or_first_seen(runner: SchemaRunner, many: int) -> None:
    last = _names(runner.data(ACTORS, {"order": "LAST_SEEN"}), "actors")
    assert last[:3] == ["United States", "Agency 11", "Minister 11"]
    first = _names(runner.data(ACTORS, {"order": "FIRST_SEEN"}), "actors")
    assert first[:3] == ["United States", "Agency 0", "Minister 0"]
    assert first[-1] == "Minister 11"


def test_events_have_dates_and_narrow_and_order_by_them(runner: SchemaRunner, related: int) -> None:
    newest = runner.data(EVENTS)["events"]
    assert newest["totalCount"] == 2 * related
    assert newest["edges"][0]["node"]["date"] == "2024-07-12T00:00:00+00:00"
    oldest = runner.data(EVENTS, {"order": "FIRST_SEEN"})["events"]["edges"]
    assert oldest[0]["node"]["date"] == "2024-07-01T00:00:00+00:00"
    assert oldest[0]["node"]["type"] == "AGREE"
    day = runner.data(EVENTS, {"since": "2024-07-03", "until": "2024-07-03"})["events"]
    assert day["totalCount"] == 2
    assert {e["node"]["date"] for e in day["edges"]} == {"2024-07-03T00:00:00+00:00"}


def test_initiatives_serve_the_dates_their_reports_give(
    runner: SchemaRunner, session_factory: sessionmaker[Session]
) -> None:
    texts = ["The pact was signed on 2024-05-02.", "The pact takes effect this month, 2024-05."]
    with unit_of_work(session_factory) as session:
        for day, (text, dates) in enumerate(zip(texts, [["2024-05-02"], ["2024-05"]], strict=True)):
            article = add_article(session, text, day=day)
            # One pact, as two articles report it: the same party and the same word for it.
            pact = Initiative(
                id="ini:pact", title="Pact", kind="AGREEMENT", status="completed",
                evidence=[span(text, text)], dates=dates, predicate="pact",
                participants=[Participant("United States", "LEAD", "country:US")],
            )  # fmt: skip
            us = Actor(id="country:US", name="United States", kind="COUNTRY")
            store_extraction(session, article, Extraction(actors=[us], initiatives=[pact]))
    [edge] = runner.data(INITIATIVES)["initiatives"]["edges"]
    assert edge["node"]["dates"] == ["2024-05", "2024-05-02"]


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [
        ("yesterday", None, "since must be a year (2024), a month (2024-05), a day"),
        ("2024-02-30", None, "since is not a real date: '2024-02-30'"),
        (None, "2024-07-01T09:30:00", "until must be a year"),
        ("2024-13", None, "since is not a real date"),
        ("2024-07-02", "2024-07-01", "since (2024-07-02) must be before until (2024-07-01)"),
    ],
)
def test_a_bad_date_is_refused_with_a_code(
    make_client: MakeClient, since: str | None, until: str | None, message: str
) -> None:
    client = make_client()
    for query in (ACTORS, INITIATIVES, EVENTS):
        body = client.post(
            "/graphql", json={"query": query, "variables": {"since": since, "until": until}}
        ).json()
        [error] = body["errors"]
        assert message in error["message"]
        assert error["extensions"] == {"code": "BAD_USER_INPUT"}


def test_a_publication_time_is_stored_in_utc(runner: SchemaRunner) -> None:
    submit = """mutation ($input: SubmitArticleInput!) {
      submitArticle(input: $input) { article { publishedAt } }
    }"""
    given = {"text": "Chile and Peru signed a pact.", "publishedAt": "2024-05-01T09:30:00+02:00"}
    article = runner.data(submit, {"input": given})["submitArticle"]["article"]
    assert article["publishedAt"] == "2024-05-01T07:30:00+00:00"


def test_a_bad_publication_time_is_refused_with_a_code(make_client: MakeClient) -> None:
    submit = """mutation { submitArticle(input: {text: "Chile and Peru met.",
      publishedAt: "last Tuesday"}) { created } }"""
    body = make_client().post("/graphql", json={"query": submit}).json()
    [error] = body["errors"]
    assert "publishedAt" in error["message"] or "DateTime" in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
