"""Plain functions that store a small merged graph the way the worker does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from attache.articles.models import Article, ArticleStatus
from attache.articles.service import article_of
from attache.contract import Actor, Extraction, Initiative, Participant, Quantity, Quote, Span
from attache.graph.store import store_extraction
from attache.initiatives.clustering import name_of

FIRST = "Washington and Japan will build missiles together. Officials in Japan agreed."
SECOND = "The US and Japan began joint missile output on Monday. Japan confirmed it."
START = datetime(2024, 7, 1, tzinfo=UTC)


def add_article(session: Session, text: str, day: int, title: str | None = None) -> Article:
    """A processed article, submitted and published `day` days after START."""
    when = START + timedelta(days=day)
    article = article_of(
        text,
        title=title,
        status=ArticleStatus.DONE,
        published_at=when,
        submitted_at=when,
        updated_at=when,
    )
    session.add(article)
    session.flush()
    return article


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def every(text: str, part: str) -> list[Span]:
    """A span for each place `part` occurs in `text`."""
    starts = [i for i in range(len(text)) if text.startswith(part, i)]
    return [Span(i, i + len(part), part) for i in starts]


def us_japan(text: str, us_surface: str) -> Extraction:
    """The US (named by `us_surface`) and Japan plan joint production; Japan is quoted."""
    us = Actor(
        id="country:US",
        name="United States",
        kind="COUNTRY",
        aliases=[us_surface],
        mentions=[span(text, us_surface)],
    )
    japan = Actor(
        id="country:JP",
        name="Japan",
        kind="COUNTRY",
        wikidata_id="Q17",
        mentions=every(text, "Japan"),
    )
    production = Initiative(
        id="ini:joint-production",
        title="Joint US–Japan missile production",
        kind="ARMS_PRODUCTION",
        status="planned",
        participants=[
            Participant("United States", "LEAD", "country:US"),
            Participant("Japan", "PARTNER", "country:JP"),
        ],
        quantities=[Quantity("2% of GDP", 2.0, "percent")],
        evidence=[span(text, text.split(".")[0])],
        predicate="production",
        terms=["missile", "production"],
    )
    quote = Quote(text=text[:6], speaker="Japan", start=0, end=6, speaker_id="country:JP")
    return Extraction(actors=[us, japan], initiatives=[production], quotes=[quote])


def joint_production_id(first_article_id: str) -> str:
    """The merged initiative's id: it is named after its earliest published report."""
    return name_of("initiative", (first_article_id, "ini:joint-production"))


def store_us_japan(session: Session) -> tuple[Article, Article]:
    """Two articles about one initiative: the US is "Washington" in one and "US" in the other."""
    first = add_article(session, FIRST, day=0, title="Missiles together")
    second = add_article(session, SECOND, day=8, title="Output begins")
    store_extraction(session, first, us_japan(FIRST, "Washington"))
    store_extraction(session, second, us_japan(SECOND, "US"))
    return first, second


def store_many(session: Session, count: int) -> list[Article]:
    """`count` articles; each names a person, an organization and the US, in one initiative.

    That makes 2 * count + 1 actors and `count` initiatives, the US taking part in all.
    """
    articles = []
    for n in range(count):
        text = f"Minister {n} of Agency {n} met the United States about treaty {n}."
        article = add_article(session, text, day=n)
        person = Actor(f"person:{n}", f"Minister {n}", "PERSON", mentions=[span(text, "Minister")])
        agency = Actor(f"org:{n}", f"Agency {n}", "ORGANIZATION", mentions=[span(text, "Agency")])
        us = Actor("country:US", "United States", "COUNTRY", mentions=[span(text, "United States")])
        treaty = Initiative(
            id=f"ini:treaty-{n}",
            title=f"Treaty {n}",
            kind="AGREEMENT",
            status="proposed",
            participants=[
                Participant(person.name, "LEAD", person.id),
                Participant(agency.name, "PARTNER", agency.id),
                Participant(us.name, "TARGET", us.id),
            ],
            evidence=[span(text, text)],
        )
        store_extraction(
            session, article, Extraction(actors=[person, agency, us], initiatives=[treaty])
        )
        articles.append(article)
    return articles


def store_relations(session: Session, count: int) -> list[Article]:
    """`count` articles; in article n the US and country n agree on a pact (event 0, which
    reports initiative `ini:pact-n`) and the US sanctions country n (event 1).

    Every country thus cooperates with the US once and is in conflict with it once."""
    from attache.contract import Event

    articles = []
    for n in range(count):
        agree = f"The United States and Country {n} signed pact {n}."
        punish = f"The United States sanctioned Country {n}."
        text = f"{agree} {punish}"
        article = add_article(session, text, day=n, title=f"Pact {n}")
        us = Actor("country:US", "United States", "COUNTRY", mentions=every(text, "United States"))
        other = Actor(f"country:{n}", f"Country {n}", "COUNTRY", mentions=every(text, "Country"))
        events = [
            Event(
                "AGREE",
                [us.name, other.name],
                [],
                span(text, "signed"),
                span(text, agree),
                source_ids=[us.id, other.id],
            ),
            Event(
                "SANCTION",
                [us.name],
                [other.name],
                span(text, "sanctioned"),
                span(text, punish),
                source_ids=[us.id],
                target_ids=[other.id],
            ),
        ]
        pact = Initiative(
            id=f"ini:pact-{n}",
            title=f"Pact {n}",
            kind="AGREEMENT",
            status="completed",
            participants=[
                Participant(us.name, "LEAD", us.id),
                Participant(other.name, "LEAD", other.id),
            ],
            evidence=[span(text, agree)],
            events=[0],
        )
        extraction = Extraction(actors=[us, other], events=events, initiatives=[pact])
        store_extraction(session, article, extraction)
        articles.append(article)
    return articles
