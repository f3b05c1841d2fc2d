"""The read side of the schema: nodes built from ORM rows, nested lists through loaders."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar, overload

import strawberry

from attache.actors import models as actor_rows
from attache.actors.repository import RelationSummary
from attache.articles import models as article_rows
from attache.initiatives import models as initiative_rows
from attache.initiatives.repository import LinkRow
from attache_api.graphql.context import Context
from attache_api.graphql.errors import checked_text
from attache_api.graphql.execution import pure, ready_in
from attache_api.graphql.fields import described
from attache_api.graphql.ids import encode_id
from attache_api.graphql.loaders import PageKey
from attache_api.graphql.lookahead import asks_for
from attache_api.graphql.pagination import (
    Connection,
    PageRequest,
    Slice,
    connection,
    known_total,
    page_request,
)

Info = strawberry.Info[Context, None]
RowT = TypeVar("RowT")
NodeT = TypeVar("NodeT")


@strawberry.interface(description="Anything that can be fetched again by its global id.")
class Node:
    id: strawberry.ID


@strawberry.type
class Article(Node):
    key: strawberry.Private[str]
    title: str | None
    url: str | None
    source: str | None
    text: str
    published_at: datetime | None
    submitted_at: datetime
    processed_at: datetime | None
    status: str
    error: str | None

    @classmethod
    def from_row(cls, row: article_rows.Article) -> Article:
        return cls(
            id=strawberry.ID(encode_id("Article", row.id)),
            key=row.id,
            title=row.title,
            url=row.url,
            source=row.source,
            text=row.text,
            published_at=utc(row.published_at),
            submitted_at=utc(row.submitted_at),
            processed_at=utc(row.processed_at),
            status=row.status,
            error=row.error,
        )

    @described("Every actor the article names.")
    async def actors(self, info: Info) -> list[Actor]:
        return [Actor.from_row(r) for r in await info.context.loaders.article_actors.load(self.key)]

    @described("Every initiative the article reports.")
    async def initiatives(self, info: Info) -> list[Initiative]:
        rows = await info.context.loaders.article_initiatives.load(self.key)
        return await with_participants(
            info, ("participants",), [Initiative.from_row(r) for r in rows]
        )

    @strawberry.field
    async def quotes(self, info: Info) -> list[Quote]:
        rows = await info.context.loaders.article_quotes.load(self.key)
        return [
            Quote.from_row(quote, Actor.from_row(speaker) if speaker else None)
            for quote, speaker in rows
        ]

    @described("Who did what to whom, sentence by sentence, in reading order.")
    async def events(self, info: Info) -> list[Event]:
        return [Event.from_row(r) for r in await info.context.loaders.article_events.load(self.key)]


@strawberry.type
class Actor(Node):
    key: strawberry.Private[str]
    name: str
    kind: str = strawberry.field(description="PERSON, COUNTRY, ORGANIZATION or GROUP.")
    aliases: list[str]
    titles: list[str]
    affiliation: str | None
    wikidata_id: str | None
    mention_count: int
    article_count: int
    first_seen: datetime | None = strawberry.field(
        description="The earliest article naming the actor: published, else submitted."
    )
    last_seen: datetime | None = strawberry.field(
        description="The latest article naming the actor: published, else submitted."
    )

    @classmethod
    def from_row(cls, row: actor_rows.Actor) -> Actor:
        return cls(
            id=strawberry.ID(encode_id("Actor", row.id)),
            key=row.id,
            name=row.name,
            kind=row.kind,
            aliases=[str(a) for a in row.aliases],
            titles=[str(t) for t in row.titles],
            affiliation=row.affiliation,
            wikidata_id=row.wikidata_id,
            mention_count=row.mention_count,
            article_count=row.article_count,
            first_seen=utc(row.first_seen),
            last_seen=utc(row.last_seen),
        )

    @described("The articles naming the actor, newest first.")
    async def articles(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Article]:
        page = page_request(first, after, info.context.settings)
        found = await info.context.loaders.actor_articles.load(PageKey(self.key, page))
        return _nested(found, page, Article.from_row)

    @described("The initiatives the actor takes part in, latest first.")
    async def initiatives(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        role: str | None = None,
    ) -> Connection[Initiative]:
        page = page_request(first, after, info.context.settings)
        key = PageKey(self.key, page, checked_text("role", role))
        found = _nested(
            await info.context.loaders.actor_initiatives.load(key), page, Initiative.from_row
        )
        await with_participants(info, PARTICIPANTS_IN_CONNECTION, [e.node for e in found.edges])
        return found

    @described(
        "Actors this one cooperates with or is in conflict with, from the events and "
        "initiatives that name both; strongest first. `polarity`: cooperation or conflict."
    )
    async def relations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        polarity: str | None = None,
    ) -> Connection[Relation]:
        page = page_request(first, after, info.context.settings)
        key = PageKey(self.key, page, checked_text("polarity", polarity))
        return _nested(
            await info.context.loaders.actor_relations.load(key), page, Relation.from_summary
        )

    @described("What the actor was quoted saying, newest article first.")
    async def quotes(self, info: Info, first: int | None = None) -> list[Quote]:
        page = page_request(first, None, info.context.settings)
        found = await info.context.loaders.actor_quotes.load(PageKey(self.key, page))
        # Every one of these quotes is this actor's, so the speaker is `self`.
        return [Quote.from_row(r, self) for r in found.rows[: page.first]]


@strawberry.type
class Participant:
    role: str = strawberry.field(description="LEAD, PARTNER, TARGET or BENEFICIARY.")
    # Read with the participant: a resolver per participant cost more than the whole page.
    actor: Actor


@strawberry.type
class Quantity:
    text: str
    value: float | None
    unit: str | None
    measure: str | None
    qualifier: str | None = strawberry.field(
        description="to, from or by for a change ('to 2%', 'from 1%'); a hedge ('about')."
    )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quantity:
        value = data.get("value")
        return cls(
            text=str(data.get("text", "")),
            value=float(value) if value is not None else None,
            unit=data.get("unit"),
            measure=data.get("measure"),
            qualifier=data.get("qualifier"),
        )


@strawberry.type
class Evidence:
    text: str
    start: int
    end: int
    article_key: strawberry.Private[str]

    @described("The article the passage is from.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.article_key)
        return Article.from_row(row) if row else None


@strawberry.type
class Initiative(Node):
    key: strawberry.Private[str]
    title: str
    kind: str
    status: str
    # Turned into `Quantity` objects only when the query asks for them.
    raw_quantities: strawberry.Private[list[dict[str, Any]]]
    first_seen: datetime | None
    last_seen: datetime | None
    article_count: int
    dates: list[str] = strawberry.field(
        description="The dates the reports give (when it was signed, starts, ends), as written "
        "by the extraction, sorted."
    )
    # Set by the list the initiative came in, when the query asks for participants: see
    # `with_participants`.
    read_participants: strawberry.Private[list[Participant] | None] = None

    @classmethod
    def from_row(cls, row: initiative_rows.Initiative) -> Initiative:
        return cls(
            id=strawberry.ID(encode_id("Initiative", row.id)),
            key=row.id,
            title=row.title,
            kind=row.kind,
            status=row.status,
            raw_quantities=row.quantities,
            first_seen=utc(row.first_seen),
            last_seen=utc(row.last_seen),
            article_count=row.article_count,
            dates=[str(d) for d in row.dates],
        )

    @strawberry.field
    @pure
    def quantities(self) -> list[Quantity]:
        return [Quantity.from_json(q) for q in self.raw_quantities]

    @described("Each actor and role once, over every article.", graphql_type=list[Participant])
    @ready_in("read_participants")
    def participants(self, info: Info) -> list[Participant] | Awaitable[list[Participant]]:
        # Not async: when the list that built this initiative read its participants already,
        # they are served with it (see `execution.ready_in`).
        if self.read_participants is not None:
            return self.read_participants
        return self._load_participants(info)

    async def _load_participants(self, info: Info) -> list[Participant]:
        pairs = await info.context.loaders.initiative_participants.load(self.key)
        return _participants(pairs)

    @described("The passages reporting the initiative.")
    async def evidence(self, info: Info) -> list[Evidence]:
        rows = await info.context.loaders.initiative_evidence.load(self.key)
        return [
            Evidence(text=e.text, start=e.start, end=e.end, article_key=e.article_id) for e in rows
        ]

    @described("The articles reporting the initiative, newest first.")
    async def articles(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Article]:
        page = page_request(first, after, info.context.settings)
        found = await info.context.loaders.initiative_articles.load(PageKey(self.key, page))
        return _nested(found, page, Article.from_row)

    @described("The events reporting the initiative, newest article first.")
    async def events(self, info: Info) -> list[Event]:
        rows = await info.context.loaders.initiative_events.load(self.key)
        return [Event.from_row(r) for r in rows]

    @described("What each article reports of the initiative, oldest report first.")
    async def reports(self, info: Info) -> list[InitiativeReport]:
        rows = await info.context.loaders.initiative_reports.load(self.key)
        return [InitiativeReport.from_row(r) for r in rows]

    @described(
        "Why the reports were merged: the links that hold them together, strongest first, one "
        "fewer than the reports; each pair of reports with its score and what made it up."
    )
    async def links(self, info: Info) -> list[InitiativeLink]:
        rows = await info.context.loaders.initiative_links.load(self.key)
        return [InitiativeLink.from_row(r) for r in rows]


@strawberry.type(description="What one article reports of an initiative, as matching saw it.")
class InitiativeReport:
    title: str
    kind: str
    status: str
    predicate: str | None = strawberry.field(
        description="The word naming the act, as a lemma: offensive, withdrawal, deploy."
    )
    terms: list[str] = strawberry.field(description="Content lemmas of that word and its object.")
    places: list[str]
    dates: list[str] = strawberry.field(description="Event dates the article gives, ISO 8601.")
    seen_at: datetime = strawberry.field(description="When the article was published or sent.")
    article_key: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: initiative_rows.ArticleInitiative) -> InitiativeReport:
        return cls(
            title=row.title,
            kind=row.kind,
            status=row.status,
            predicate=row.predicate,
            terms=[str(t) for t in row.terms],
            places=[str(p) for p in row.places],
            dates=[str(d) for d in row.dates],
            seen_at=utc(row.seen_at),
            article_key=row.article_id,
        )

    @described("The article the report is from.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.article_key)
        return Article.from_row(row) if row else None


@strawberry.type(description="One part of a match between two reports.")
class MatchReason:
    component: str = strawberry.field(
        description="parties, acting, unshared, targets, predicate, terms, places, dates, "
        "reported, kind or event type."
    )
    weight: float = strawberry.field(description="What it added to the score (or took off).")
    detail: str


@strawberry.type(description="Two reports that matched well enough to be one initiative.")
class InitiativeLink:
    score: float = strawberry.field(description="The sum of the reasons' weights; 5.0 links.")
    reasons: list[MatchReason]
    report: InitiativeReport
    other: InitiativeReport

    @classmethod
    def from_row(cls, row: LinkRow) -> InitiativeLink:
        return cls(
            score=row.link.score,
            reasons=[
                MatchReason(
                    component=str(r["component"]),
                    weight=float(r["weight"]),
                    detail=str(r["detail"]),
                )
                for r in row.link.reasons
            ],
            report=InitiativeReport.from_row(row.report),
            other=InitiativeReport.from_row(row.other),
        )


@strawberry.type
class Speaker:
    name: str
    # Read with the quote, so the field needs no resolver of its own.
    actor: Actor | None = strawberry.field(
        description="The actor speaking, when the speaker was recognised as one."
    )


@strawberry.type
class Quote:
    text: str
    start: int
    end: int
    speaker: Speaker | None
    article_key: strawberry.Private[str]

    @classmethod
    def from_row(cls, row: actor_rows.Quote, speaker_actor: Actor | None) -> Quote:
        """`speaker_actor`: the actor `row.speaker_id` names, built by the caller."""
        speaker = None
        if row.speaker_name or row.speaker_id:
            speaker = Speaker(name=row.speaker_name or "", actor=speaker_actor)
        return cls(
            text=row.text, start=row.start, end=row.end, speaker=speaker, article_key=row.article_id
        )

    @described("The article the quote is from.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.article_key)
        return Article.from_row(row) if row else None


@strawberry.type(description="A stretch of an article's text, by character offsets.")
class TextSpan:
    text: str
    start: int
    end: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TextSpan:
        return cls(text=str(data["text"]), start=int(data["start"]), end=int(data["end"]))


@strawberry.type
class EventActor:
    role: str = strawberry.field(description="SOURCE or TARGET.")
    # Read with the event's actors; nullable as it always was, though a row is always found.
    actor: Actor | None


@strawberry.type(description="A PLOVER-typed who-did-what-to-whom in one sentence.")
class Event:
    type: str = strawberry.field(description="PLOVER event type: AGREE, SANCTION, …")
    sources: list[str] = strawberry.field(description="Names of the actors acting.")
    targets: list[str] = strawberry.field(description="Names of the actors acted upon.")
    trigger: TextSpan
    sentence: TextSpan
    article_key: strawberry.Private[str]
    seq: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: actor_rows.Event) -> Event:
        return cls(
            type=row.type,
            sources=[str(s) for s in row.sources],
            targets=[str(t) for t in row.targets],
            trigger=TextSpan.from_json(row.trigger),
            sentence=TextSpan.from_json(row.sentence),
            article_key=row.article_id,
            seq=row.seq,
        )

    @described("When the article reporting the event was published, else when it was submitted.")
    async def date(self, info: Info) -> datetime | None:
        row = await info.context.loaders.article.load(self.article_key)
        return utc(row.published_at or row.submitted_at) if row else None

    @described("The sources and targets recognised as actors.")
    async def actors(self, info: Info) -> list[EventActor]:
        rows = await info.context.loaders.event_actors.load((self.article_key, self.seq))
        return [EventActor(role=named.role, actor=Actor.from_row(actor)) for named, actor in rows]

    @described("The article reporting the event.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.article_key)
        return Article.from_row(row) if row else None


@strawberry.type
class RelationEvidence:
    text: str
    start: int
    end: int
    article_key: strawberry.Private[str]

    @described("The article the passage is from.")
    async def article(self, info: Info) -> Article | None:
        row = await info.context.loaders.article.load(self.article_key)
        return Article.from_row(row) if row else None


@strawberry.type(description="How two actors relate across every article that names both.")
class Relation:
    polarity: str = strawberry.field(description="cooperation or conflict.")
    count: int = strawberry.field(description="How many passages show it.")
    article_count: int
    actor: Actor | None = strawberry.field(description="The other actor.")
    actor_key: strawberry.Private[str]
    other_key: strawberry.Private[str]

    @classmethod
    def from_summary(cls, row: RelationSummary) -> Relation:
        return cls(
            polarity=row.polarity,
            count=row.count,
            article_count=row.article_count,
            actor=Actor.from_row(row.other),
            actor_key=row.actor_id,
            other_key=row.other_id,
        )

    @described("The passages showing the relation, newest article first.")
    async def evidence(self, info: Info) -> list[RelationEvidence]:
        key = (self.actor_key, self.other_key, self.polarity)
        rows = await info.context.loaders.relation_evidence.load(key)
        return [
            RelationEvidence(
                text=str(e["text"]),
                start=int(e["start"]),
                end=int(e["end"]),
                article_key=r.article_id,
            )
            for r in rows
            for e in r.evidence
        ]


@overload
def utc(value: datetime) -> datetime: ...
@overload
def utc(value: None) -> None: ...
@overload
def utc(value: datetime | None) -> datetime | None: ...
def utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive; they were stored in UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


PARTICIPANTS_IN_CONNECTION = ("edges", "node", "participants")


async def with_participants(
    info: Info, path: tuple[str, ...], initiatives: list[Initiative]
) -> list[Initiative]:
    """Reads the initiatives' participants now, in one batch, if the query selects them at
    `path` below the current field."""
    if initiatives and asks_for(info, path):
        keys = [initiative.key for initiative in initiatives]
        found = await info.context.loaders.initiative_participants.load_many(keys)
        # The same actors take part in many initiatives of a page: each is built once.
        actors: dict[str, Actor] = {}
        for initiative, pairs in zip(initiatives, found, strict=True):
            initiative.read_participants = _participants(pairs, actors)
    return initiatives


def _participants(
    pairs: list[tuple[str, actor_rows.Actor]], built: dict[str, Actor] | None = None
) -> list[Participant]:
    built = {} if built is None else built
    participants = []
    for role, row in pairs:
        actor = built.get(row.id)
        if actor is None:
            actor = built[row.id] = Actor.from_row(row)
        participants.append(Participant(role=role, actor=actor))
    return participants


def _nested(
    found: Slice[RowT], page: PageRequest, convert: Callable[[RowT], NodeT]
) -> Connection[NodeT]:
    """A nested connection: its loader already counted the parent's total."""
    return connection(found.rows, page, convert, known_total(found.total))
