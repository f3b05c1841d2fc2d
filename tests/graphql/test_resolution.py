"""Why reports were merged, over GraphQL: each initiative's reports and the links between them."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from attache.db import unit_of_work
from attache.graph.store import store_extraction
from tests.graphql.conftest import SchemaRunner
from tests.storage.stories import DISTRACTIONS, STORY, add_article

PAGE = """
query ($first: Int!) {
  initiatives(first: $first) {
    edges { node {
      title articleCount
      reports { title kind status predicate terms places dates seenAt article { id } }
      links {
        score
        reasons { component weight detail }
        report { title article { id } }
        other { title article { id } }
      }
    } }
  }
}
"""


@pytest.fixture
def story(session_factory: sessionmaker[Session]) -> int:
    """The five-article story and its distractions, stored; how many articles."""
    articles = [*STORY, *DISTRACTIONS]
    for told in articles:
        with unit_of_work(session_factory) as session:
            store_extraction(session, add_article(session, told), told.extraction())
    return len(articles)


def _merged(runner: SchemaRunner) -> dict[str, object]:
    nodes = [e["node"] for e in runner.data(PAGE, {"first": 20})["initiatives"]["edges"]]
    (merged,) = [n for n in nodes if n["articleCount"] > 1]
    return merged


def test_a_merged_initiative_lists_each_articles_report(runner: SchemaRunner, story: int) -> None:
    merged = _merged(runner)
    reports = merged["reports"]
    assert isinstance(reports, list)
    assert [r["predicate"] for r in reports] == [
        "offensive",
        "operation",
        "assault",
        "incursion",
        "campaign",
    ]
    assert len({r["article"]["id"] for r in reports}) == 5
    assert reports[0]["places"] == ["afrin"]
    assert reports[0]["seenAt"].startswith("2018-01-20")


def test_links_say_why_the_reports_are_one_initiative(runner: SchemaRunner, story: int) -> None:
    merged = _merged(runner)
    links = merged["links"]
    assert isinstance(links, list)
    # The links that hold five reports together: four.
    assert len(links) == 4
    groups = [{r["article"]["id"]} for r in merged["reports"]]  # type: ignore[attr-defined]
    for link in links:
        ends = {link["report"]["article"]["id"], link["other"]["article"]["id"]}
        touching = [g for g in groups if g & ends]
        groups = [g for g in groups if not g & ends] + [set().union(*touching)]
    assert len(groups) == 1, "the links should hold every report"
    scores = [link["score"] for link in links]
    assert scores == sorted(scores, reverse=True)
    titles = {r["title"] for r in merged["reports"]}  # type: ignore[attr-defined]
    for link in links:
        assert link["score"] >= 5.0
        assert sum(r["weight"] for r in link["reasons"]) == pytest.approx(link["score"])
        assert {link["report"]["title"], link["other"]["title"]} <= titles
        assert link["report"]["article"]["id"] != link["other"]["article"]["id"]
    strongest = {r["component"]: r["detail"] for r in links[0]["reasons"]}
    assert "country:TR" in strongest["parties"]


def test_an_initiative_alone_has_one_report_and_no_links(runner: SchemaRunner, story: int) -> None:
    nodes = [e["node"] for e in runner.data(PAGE, {"first": 20})["initiatives"]["edges"]]
    alone = [n for n in nodes if n["articleCount"] == 1]
    assert len(alone) == 6
    assert all(len(n["reports"]) == 1 and n["links"] == [] for n in alone)


def test_reports_and_links_are_read_in_batches(runner: SchemaRunner, story: int) -> None:
    def statements(first: int) -> list[str]:
        sent: list[str] = []
        result = runner.execute(PAGE, {"first": first}, statements=sent)
        assert result.errors is None, result.errors
        return sent

    small, large = statements(2), statements(7)
    # The initiatives page; their reports; their links; then the articles of reports and
    # links: one batch when the two loads end in the same turn of the event loop, two when a
    # busy machine lets one end a turn later. Never one per initiative.
    for sent in (small, large):
        assert 4 <= len(sent) <= 5, sent
        assert 1 <= sum("FROM articles" in s for s in sent) <= 2, sent
