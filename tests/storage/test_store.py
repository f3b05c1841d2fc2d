from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from attache.actors.models import Actor, ArticleActor, Quote
from attache.contract import Extraction
from attache.db import unit_of_work
from attache.graph.store import store_extraction
from attache.initiatives.models import Evidence, Initiative, Participant
from attache.models import Base
from tests.storage.factories import add_article, us_japan_extraction

FIRST = "Washington and Japan will build missiles together. Officials in Japan agreed."
SECOND = "The US and Japan began joint missile output on Monday. Japan confirmed it."


def _counts(session: Session) -> dict[str, int]:
    return {
        t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
        for t in Base.metadata.sorted_tables
    }


def test_storing_twice_leaves_the_same_rows(session_factory: sessionmaker[Session]) -> None:
    with unit_of_work(session_factory) as session:
        article = add_article(session, FIRST)
        store_extraction(session, article, us_japan_extraction(FIRST))
    with session_factory() as session:
        before = _counts(session)
    with unit_of_work(session_factory) as session:
        article = session.get_one(type(article), article.id)
        store_extraction(session, article, us_japan_extraction(FIRST))
    with session_factory() as session:
        assert _counts(session) == before
        assert before["evidence"] == 1
        assert before["initiative_participants"] == 2


def test_actors_and_initiatives_merge_across_articles(
    session_factory: sessionmaker[Session],
) -> None:
    with unit_of_work(session_factory) as session:
        first = add_article(session, FIRST, datetime(2024, 7, 1, tzinfo=UTC))
        second = add_article(session, SECOND, datetime(2024, 7, 9, tzinfo=UTC))
        store_extraction(session, first, us_japan_extraction(FIRST, "Washington"))
        store_extraction(session, second, us_japan_extraction(SECOND, "US"))
    with session_factory() as session:
        us = session.get_one(Actor, "country:US")
        assert us.name == "United States"
        assert us.aliases == ["US", "Washington"]
        assert us.article_count == 2
        assert session.execute(select(func.count()).select_from(Actor)).scalar_one() == 2
        (initiative,) = session.execute(select(Initiative)).scalars()
        assert initiative.article_count == 2
        assert initiative.first_seen is not None
        assert initiative.last_seen is not None
        assert initiative.first_seen.day == 1
        assert initiative.last_seen.day == 9
        evidence = session.execute(select(Evidence.article_id)).scalars().all()
        assert sorted(evidence) == sorted([first.id, second.id])


def test_reprocessing_drops_what_the_article_no_longer_says(
    session_factory: sessionmaker[Session],
) -> None:
    with unit_of_work(session_factory) as session:
        article = add_article(session, FIRST)
        store_extraction(session, article, us_japan_extraction(FIRST))
    with unit_of_work(session_factory) as session:
        article = session.get_one(type(article), article.id)
        store_extraction(session, article, Extraction())
    with session_factory() as session:
        counts = _counts(session)
        for table in ("actors", "article_actors", "initiatives", "evidence", "quotes"):
            assert counts[table] == 0, table
        assert counts["articles"] == 1


def test_participants_and_quotes_point_at_stored_actors(
    session_factory: sessionmaker[Session],
) -> None:
    with unit_of_work(session_factory) as session:
        article = add_article(session, FIRST)
        store_extraction(session, article, us_japan_extraction(FIRST))
    with session_factory() as session:
        rows = session.execute(select(Participant.actor_id, Participant.role))
        roles = {row.actor_id: row.role for row in rows}
        assert roles == {"country:US": "LEAD", "country:JP": "PARTNER"}
        assert session.execute(select(Quote.speaker_id)).scalar_one() == "country:JP"
        mentions = session.execute(select(ArticleActor.mention_count)).scalars().all()
        assert sorted(mentions) == [1, 1]


def _merged_rows(session: Session) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    actors = session.execute(
        select(
            Actor.id,
            Actor.aliases,
            Actor.titles,
            Actor.affiliation,
            Actor.mention_count,
            Actor.article_count,
        ).order_by(Actor.id)
    )
    initiatives = session.execute(
        select(
            Initiative.id,
            Initiative.title,
            Initiative.status,
            Initiative.first_seen,
            Initiative.last_seen,
            Initiative.article_count,
            Initiative.quantities,
        ).order_by(Initiative.id)
    )
    return [tuple(r) for r in actors], [tuple(r) for r in initiatives]


def test_folding_new_articles_matches_recomputing_from_every_article(
    session_factory: sessionmaker[Session],
) -> None:
    """The incremental path (new articles) and the exact path (a re-stored one) agree."""
    with unit_of_work(session_factory) as session:
        first = add_article(session, FIRST, datetime(2024, 7, 1, tzinfo=UTC))
        second = add_article(session, SECOND, datetime(2024, 7, 9, tzinfo=UTC))
        store_extraction(session, first, us_japan_extraction(FIRST, "Washington"))
        store_extraction(session, second, us_japan_extraction(SECOND, "US"))
    with session_factory() as session:
        folded = _merged_rows(session)
    with unit_of_work(session_factory) as session:
        again = session.get_one(type(first), first.id)
        store_extraction(session, again, us_japan_extraction(FIRST, "Washington"))
    with session_factory() as session:
        assert _merged_rows(session) == folded
    japan = folded[0][0]
    assert japan[0] == "country:JP"
    assert japan[4:] == (2, 2)  # one mention in each of two articles


def test_actors_keep_the_times_of_their_first_and_last_articles(
    session_factory: sessionmaker[Session],
) -> None:
    july_1, july_9 = datetime(2024, 7, 1, tzinfo=UTC), datetime(2024, 7, 9, tzinfo=UTC)
    with unit_of_work(session_factory) as session:
        first = add_article(session, FIRST, july_9)
        second = add_article(session, SECOND, july_1)
        store_extraction(session, first, us_japan_extraction(FIRST, "Washington"))
        store_extraction(session, second, us_japan_extraction(SECOND, "US"))

    def seen() -> tuple[datetime | None, datetime | None]:
        with session_factory() as session:
            us = session.get_one(Actor, "country:US")
            return _aware(us.first_seen), _aware(us.last_seen)

    folded = seen()
    assert folded == (july_1, july_9)
    with unit_of_work(session_factory) as session:  # stored again: recomputed from every article
        again = session.get_one(type(first), first.id)
        store_extraction(session, again, us_japan_extraction(FIRST, "Washington"))
    assert seen() == folded


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value
