"""Initiatives merged across articles by a scored match, on SQLite and PostgreSQL: the same
graph whatever the order articles are stored in, stored again, or taken back."""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from attache.articles.lifecycle import mark_done
from attache.contract import Extraction
from attache.db import make_engine, make_sessionmaker, unit_of_work
from attache.graph.rebuild import rebuild_initiatives
from attache.graph.store import store_extraction
from attache.initiatives import matching
from attache.initiatives.models import ArticleInitiative, Initiative, InitiativeLink
from attache.models import Base
from tests.storage.stories import (
    DISTRACTIONS,
    OFFENSIVE,
    STORY,
    StoryArticle,
    Told,
    add_article,
    offensive_on,
)

Graph = dict[str, list[tuple[Any, ...]]]


def _store(sessions: sessionmaker[Session], story: StoryArticle, empty: bool = False) -> str:
    with unit_of_work(sessions) as session:
        article = add_article(session, story)
        store_extraction(session, article, Extraction() if empty else story.extraction())
        return article.id


def _store_all(sessions: sessionmaker[Session], stories: Sequence[StoryArticle]) -> Graph:
    for story in stories:
        _store(sessions, story)
    return _graph(sessions)


def _graph(sessions: sessionmaker[Session]) -> Graph:
    """Every merged initiative, every report's placement, every link, in a fixed order."""
    with sessions() as session:
        initiatives = session.execute(
            select(
                Initiative.id,
                Initiative.title,
                Initiative.kind,
                Initiative.status,
                Initiative.first_seen,
                Initiative.last_seen,
                Initiative.article_count,
            ).order_by(Initiative.id)
        )
        reports = session.execute(
            select(
                ArticleInitiative.article_id,
                ArticleInitiative.mention_id,
                ArticleInitiative.initiative_id,
                ArticleInitiative.component,
            ).order_by(ArticleInitiative.article_id, ArticleInitiative.mention_id)
        )
        links = session.execute(
            select(
                InitiativeLink.article_id,
                InitiativeLink.mention_id,
                InitiativeLink.other_article_id,
                InitiativeLink.other_mention_id,
                InitiativeLink.score,
            ).order_by(*InitiativeLink.__table__.primary_key.columns)
        )
        return {
            "initiatives": [tuple(r) for r in initiatives],
            "reports": [tuple(r) for r in reports],
            "links": [tuple(r) for r in links],
        }


def _wipe(sessions: sessionmaker[Session]) -> None:
    with unit_of_work(sessions) as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))


def _members(sessions: sessionmaker[Session]) -> dict[str, set[str]]:
    """Each merged initiative's report keys (the extraction's ids), by initiative title."""
    with sessions() as session:
        rows = session.execute(
            select(Initiative.id, ArticleInitiative.mention_id).join(
                ArticleInitiative, ArticleInitiative.initiative_id == Initiative.id
            )
        )
        by_id: dict[str, set[str]] = {}
        for initiative_id, mention_id in rows:
            by_id.setdefault(initiative_id, set()).add(mention_id)
    return {min(keys): keys for keys in by_id.values()}


def test_a_story_told_five_ways_is_one_initiative(session_factory: sessionmaker[Session]) -> None:
    _store_all(session_factory, [*STORY, *DISTRACTIONS])
    groups = _members(session_factory)
    offensive = {
        "ini:offensive",
        "ini:olive-branch",
        "ini:assault",
        "ini:incursion",
        "ini:campaign",
    }
    assert groups["ini:assault"] == offensive
    # Everything else stands alone: another frame, other states, other targets.
    assert sorted(k for k, members in groups.items() if members != offensive) == [
        "ini:airspace",
        "ini:border-force",
        "ini:idlib",
        "ini:pullout",
        "ini:sanctions-iran",
        "ini:sanctions-russia",
    ]
    with session_factory() as session:
        (merged,) = session.execute(
            select(Initiative).where(Initiative.article_count > 1)
        ).scalars()
        assert merged.article_count == 5
        assert merged.title == "Military campaign against the YPG"  # the latest report's
        assert merged.first_seen is not None
        assert merged.first_seen.day == 20


def test_every_order_of_arrival_gives_the_same_graph(
    session_factory: sessionmaker[Session],
) -> None:
    articles = [*STORY, *DISTRACTIONS, offensive_on(1.5, ("Manbij",), "ini:manbij")]
    expected = _store_all(session_factory, articles)
    assert len(expected["links"]) > 10
    orders = [
        articles[::-1],
        *(random.Random(seed).sample(articles, len(articles)) for seed in (1, 2)),
    ]
    for order in orders:
        _wipe(session_factory)
        assert _store_all(session_factory, order) == expected


def test_storing_articles_again_changes_nothing(session_factory: sessionmaker[Session]) -> None:
    expected = _store_all(session_factory, [*STORY, *DISTRACTIONS])
    for story in [*STORY[::2], *STORY]:
        _store(session_factory, story)
        assert _graph(session_factory) == expected


def test_taking_back_the_bridging_report_splits_the_initiative(
    session_factory: sessionmaker[Session],
) -> None:
    # 50 days apart the reports link; 100 days apart they do not, so only the middle one
    # holds the first and the last together.
    first, bridge, last = offensive_on(0), offensive_on(50), offensive_on(100)
    _store_all(session_factory, [first, last])
    assert len(_graph(session_factory)["initiatives"]) == 2
    before_bridge = _graph(session_factory)
    _store(session_factory, bridge)
    assert [n for *_, n in _graph(session_factory)["initiatives"]] == [3]
    _store(session_factory, bridge, empty=True)
    assert _graph(session_factory) == before_bridge
    _store(session_factory, bridge)
    assert [n for *_, n in _graph(session_factory)["initiatives"]] == [3]


def test_an_article_taken_back_leaves_its_initiative_as_the_others_told_it(
    session_factory: sessionmaker[Session],
) -> None:
    # Only the taken-back article's report leaves: the initiative keeps its other reports as
    # they were, and its totals must still be worked out again.
    first, second = offensive_on(0), offensive_on(5)
    _store_all(session_factory, [first])
    alone = _graph(session_factory)
    _store(session_factory, second)
    assert [n for *_, n in _graph(session_factory)["initiatives"]] == [2]
    _store(session_factory, second, empty=True)
    assert _graph(session_factory) == alone


def test_a_vague_report_does_not_join_contradicting_ones(
    session_factory: sessionmaker[Session],
) -> None:
    afrin = offensive_on(0, ("Afrin",), "ini:afrin")
    manbij = offensive_on(1, ("Manbij",), "ini:manbij")
    vague = offensive_on(2)
    _store_all(session_factory, [afrin, manbij, vague])
    groups = sorted(sorted(m) for m in _members(session_factory).values())
    assert groups in (
        [["ini:afrin", "ini:offensive"], ["ini:manbij"]],
        [["ini:afrin"], ["ini:manbij", "ini:offensive"]],
    )


def test_links_say_why_reports_merged(session_factory: sessionmaker[Session]) -> None:
    _store_all(session_factory, STORY[:3])
    with session_factory() as session:
        links = session.execute(select(InitiativeLink)).scalars().all()
    assert links
    for link in links:
        assert (link.article_id, link.mention_id) < (link.other_article_id, link.other_mention_id)
        assert link.score >= 5.0
        assert sum(r["weight"] for r in link.reasons) == pytest.approx(link.score)
    components = {r["component"] for link in links for r in link.reasons}
    assert {"parties", "predicate", "reported", "kind"} <= components


def test_an_article_reporting_one_initiative_twice_counts_once(
    session_factory: sessionmaker[Session],
) -> None:
    twice = StoryArticle(
        "Turkey's offensive went on. The Turkish operation reached Afrin.",
        day=0,
        told=(*offensive_on(0).told, *offensive_on(0, ("Afrin",), "ini:operation").told),
    )
    _store_all(session_factory, [twice, offensive_on(1, key="ini:later")])
    (initiative,) = _graph(session_factory)["initiatives"]
    assert initiative[-1] == 2


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_concurrent_stores_give_the_graph_sequential_ones_do(
    session_factory: sessionmaker[Session], postgres_url: str
) -> None:
    """Two articles that share no actor both link to one stored report, and contradict each
    other (other states act), so only one may join it. The second store starts while the first
    is still open: it must wait, then see the first's reports, as if they came one by one."""
    both = StoryArticle(
        "Turkey and the United States began an offensive.",
        day=0,
        told=(Told("ini:both", "Offensive", OFFENSIVE, "offensive", ("country:TR", "country:US")),),
    )
    by_us = StoryArticle(
        "The US offensive went on.",
        day=1,
        told=(Told("ini:us", "US offensive", OFFENSIVE, "offensive", ("country:US",)),),
    )
    by_turkey = StoryArticle(
        "The Turkish offensive went on.",
        day=1,
        told=(Told("ini:tr", "Turkish offensive", OFFENSIVE, "offensive", ("country:TR",)),),
    )
    expected = _store_all(session_factory, [both, by_us, by_turkey])
    assert len(expected["initiatives"]) == 2
    _wipe(session_factory)
    _store(session_factory, both)
    with unit_of_work(session_factory) as session:
        add_article(session, by_us)
        add_article(session, by_turkey)
    first_open = threading.Event()
    errors: list[BaseException] = []

    def store(story: StoryArticle, linger: float) -> None:
        engine = make_engine(postgres_url)
        try:
            with unit_of_work(make_sessionmaker(engine)) as session:
                store_extraction(session, add_article(session, story), story.extraction())
                first_open.set()
                time.sleep(linger)
        except BaseException as exc:  # reported by the test thread below
            errors.append(exc)
        finally:
            first_open.set()
            engine.dispose()

    def store_later(story: StoryArticle) -> None:
        first_open.wait()
        store(story, 0)

    threads = [
        threading.Thread(target=store, args=(by_us, 0.5)),
        threading.Thread(target=store_later, args=(by_turkey,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert _graph(session_factory) == expected


def test_pairs_of_articles_stored_in_both_orders_agree(
    session_factory: sessionmaker[Session],
) -> None:
    for a, b in itertools.combinations([*STORY[:3], DISTRACTIONS[0]], 2):
        forward = _store_all(session_factory, [a, b])
        _wipe(session_factory)
        assert _store_all(session_factory, [b, a]) == forward
        _wipe(session_factory)


def test_rebuilding_gives_the_graph_the_current_matching_makes(
    session_factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [*STORY, *DISTRACTIONS]
    expected = _store_all(session_factory, articles)
    _wipe(session_factory)
    # Stored while the threshold was out of reach: nothing merged.
    monkeypatch.setattr(matching, "LINK_THRESHOLD", 100.0)
    for story in articles:
        with unit_of_work(session_factory) as session:
            article = add_article(session, story)
            store_extraction(session, article, story.extraction())
            mark_done(session, article, story.extraction().to_dict())
    assert len(_graph(session_factory)["initiatives"]) == 11
    monkeypatch.undo()
    assert rebuild_initiatives(session_factory) == len(articles)
    assert _graph(session_factory) == expected
