"""Events, their links to initiatives, and actor relations: stored per article, idempotently,
and merged across articles; on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from attache.actors.models import ActorRelation, EventActor
from attache.articles.models import Article
from attache.contract import Extraction
from attache.db import unit_of_work
from attache.graph.store import store_extraction
from attache.initiatives.models import ArticleInitiative, Initiative, InitiativeEvent
from attache.models import Base
from attache_worker.extraction import extract
from tests.storage.factories import add_article

FIRST = (
    "Armenia and Azerbaijan signed a ceasefire agreement on Saturday.\n"
    "Under the deal, Azerbaijan will withdraw 3,000 troops from the border.\n"
    "Russia condemned the accord and threatened Armenia."
)
SECOND = "The ceasefire agreement between Azerbaijan and Armenia held on Sunday."


def _store(session_factory: sessionmaker[Session], text: str, extraction: Extraction) -> str:
    with unit_of_work(session_factory) as session:
        article = session.execute(
            select(Article).where(Article.text == text)
        ).scalar_one_or_none() or add_article(session, text)
        store_extraction(session, article, extraction)
        return article.id


def _counts(session: Session) -> dict[str, int]:
    return {
        t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
        for t in Base.metadata.sorted_tables
    }


def test_events_are_linked_to_initiatives_and_actors(
    session_factory: sessionmaker[Session],
) -> None:
    extraction = extract(FIRST)
    article_id = _store(session_factory, FIRST, extraction)
    with session_factory() as session:
        (ceasefire,) = [i for i in extraction.initiatives if i.kind == "AGREEMENT"]
        linked = session.execute(
            select(InitiativeEvent.seq).where(InitiativeEvent.mention_id == ceasefire.id)
        ).scalars()
        assert sorted(linked) == sorted(ceasefire.events)
        sources = session.execute(
            select(EventActor.actor_id).where(
                EventActor.article_id == article_id,
                EventActor.seq == 0,
                EventActor.role == "SOURCE",
            )
        ).scalars()
        assert sorted(sources) == ["country:AM", "country:AZ"]


def test_relations_tell_cooperation_from_conflict(session_factory: sessionmaker[Session]) -> None:
    _store(session_factory, FIRST, extract(FIRST))
    with session_factory() as session:
        rows = session.execute(select(ActorRelation)).scalars().all()
        polarity = {(r.actor_id, r.other_id): r.polarity for r in rows}
        assert polarity[("country:AM", "country:AZ")] == "cooperation"
        assert polarity[("country:AZ", "country:AM")] == "cooperation"
        assert polarity[("country:RU", "country:AM")] == "conflict"
        assert all(r.count == len(r.evidence) >= 1 for r in rows)


def test_storing_again_leaves_the_same_rows(session_factory: sessionmaker[Session]) -> None:
    extraction = extract(FIRST)
    _store(session_factory, FIRST, extraction)
    with session_factory() as session:
        before = _counts(session)
    _store(session_factory, FIRST, extraction)
    with session_factory() as session:
        assert _counts(session) == before
        assert before["actor_relations"] > 0
        assert before["initiative_events"] > 0
        assert before["event_actors"] > 0


def test_one_initiative_across_articles(session_factory: sessionmaker[Session]) -> None:
    first = _store(session_factory, FIRST, extract(FIRST))
    second = _store(session_factory, SECOND, extract(SECOND))
    with session_factory() as session:
        agreements = (
            session.execute(select(Initiative).where(Initiative.kind == "AGREEMENT"))
            .scalars()
            .all()
        )
        assert len(agreements) == 1
        assert agreements[0].article_count == 2
        reports = session.execute(
            select(ArticleInitiative.article_id).where(
                ArticleInitiative.initiative_id == agreements[0].id
            )
        ).scalars()
        assert sorted(reports) == sorted([first, second])
