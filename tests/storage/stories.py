"""A small story told by several articles, written for these tests, as extractions.

Five articles report Turkey's offensive on a Kurdish enclave, each in its own words and with
its own cast ('the offensive', 'Operation Olive Branch', 'the assault', 'the incursion', 'the
military campaign'); alongside, other initiatives that share an actor or a word with it and
must stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from attache.articles.models import Article, ArticleStatus
from attache.articles.service import article_id_for, content_hash
from attache.contract import Actor, Extraction, Initiative, Participant, Span

DAY0 = datetime(2018, 1, 20, tzinfo=UTC)

NAMES = {
    "country:TR": ("Turkey", "COUNTRY"),
    "country:SY": ("Syria", "COUNTRY"),
    "country:RU": ("Russia", "COUNTRY"),
    "country:IR": ("Iran", "COUNTRY"),
    "country:US": ("United States", "COUNTRY"),
    "org:ypg": ("YPG", "GROUP"),
    "org:fsa": ("Free Syrian Army", "GROUP"),
    "person:erdogan": ("Recep Tayyip Erdoğan", "PERSON"),
}


@dataclass(frozen=True, slots=True)
class Told:
    """One initiative as one article tells it."""

    key: str
    title: str
    kind: str
    predicate: str
    lead: tuple[str, ...]
    targets: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryArticle:
    text: str
    day: float
    told: tuple[Told, ...] = field(default_factory=tuple)

    def extraction(self) -> Extraction:
        actor_ids = sorted({a for t in self.told for a in (*t.lead, *t.targets)})
        actors = [Actor(a, NAMES[a][0], NAMES[a][1]) for a in actor_ids]
        first_sentence = self.text.split(".")[0]
        evidence = Span(0, len(first_sentence), first_sentence)
        initiatives = [
            Initiative(
                id=t.key,
                title=t.title,
                kind=t.kind,
                status="underway",
                participants=[Participant(NAMES[a][0], "LEAD", a) for a in t.lead]
                + [Participant(NAMES[a][0], "TARGET", a) for a in t.targets],
                evidence=[evidence],
                predicate=t.predicate,
                terms=list(t.terms),
                places=list(t.places),
                dates=list(t.dates),
            )
            for t in self.told
        ]
        return Extraction(actors=actors, initiatives=initiatives)


OFFENSIVE = "MILITARY_OPERATION"

LAUNCHED = StoryArticle(
    "Turkey launched an offensive on the Kurdish enclave of Afrin. Russia pulled its troops out.",
    day=0,
    told=(
        Told(
            "ini:offensive",
            "Offensive on the Kurdish enclave of Afrin",
            OFFENSIVE,
            "offensive",
            ("country:TR",),
            terms=("offensive", "kurdish", "enclave", "afrin"),
            places=("Afrin",),
        ),
        Told("ini:pullout", "Pullout of troops", OFFENSIVE, "withdrawal", ("country:RU",)),
    ),
)
OLIVE_BRANCH = StoryArticle(
    "Turkish jets struck YPG positions on the second day of Operation Olive Branch.",
    day=1,
    told=(
        Told(
            "ini:olive-branch",
            "Operation Olive Branch",
            OFFENSIVE,
            "operation",
            ("country:TR",),
            targets=("org:ypg",),
            terms=("operation", "olive", "branch"),
        ),
    ),
)
ASSAULT = StoryArticle(
    "Erdoğan said the assault on Afrin would go on. Washington plans a border force.",
    day=2,
    told=(
        Told(
            "ini:assault",
            "Assault on Afrin",
            OFFENSIVE,
            "assault",
            ("person:erdogan", "country:TR"),
            terms=("assault", "afrin"),
            places=("Afrin",),
        ),
        Told(
            "ini:border-force",
            "Border force",
            "DEFENSE_COOPERATION",
            "force",
            ("country:US",),
            terms=("border", "force"),
        ),
    ),
)
INCURSION = StoryArticle(
    "Turkey and the Free Syrian Army pressed their incursion into northern Syria.",
    day=3,
    told=(
        Told(
            "ini:incursion",
            "Incursion into northern Syria",
            OFFENSIVE,
            "incursion",
            ("country:TR", "org:fsa"),
            targets=("country:SY",),
            terms=("incursion", "northern"),
        ),
    ),
)
CAMPAIGN = StoryArticle(
    "Turkey's military campaign against the YPG entered its fifth day as Russia opened the skies.",
    day=4,
    told=(
        Told(
            "ini:campaign",
            "Military campaign against the YPG",
            OFFENSIVE,
            "campaign",
            ("country:TR",),
            targets=("org:ypg",),
            terms=("military", "campaign"),
        ),
        Told(
            "ini:airspace",
            "Opening of the airspace",
            "DIPLOMACY",
            "permission",
            ("country:RU",),
            targets=("country:TR",),
        ),
    ),
)
# Same frame and week, other states acting, another place.
IDLIB = StoryArticle(
    "Russian, Iranian and Syrian forces began an offensive on Idlib.",
    day=2,
    told=(
        Told(
            "ini:idlib",
            "Offensive on Idlib",
            OFFENSIVE,
            "offensive",
            ("country:RU", "country:IR", "country:SY"),
            places=("Idlib",),
        ),
    ),
)
# Same state and frame, other targets.
SANCTIONS_IRAN = StoryArticle(
    "The United States imposed sanctions on Iran.",
    day=1,
    told=(
        Told(
            "ini:sanctions-iran",
            "Sanctions on Iran",
            "SANCTION",
            "sanction",
            ("country:US",),
            targets=("country:IR",),
        ),
    ),
)
SANCTIONS_RUSSIA = StoryArticle(
    "The United States imposed sanctions on Russia.",
    day=3,
    told=(
        Told(
            "ini:sanctions-russia",
            "Sanctions on Russia",
            "SANCTION",
            "sanction",
            ("country:US",),
            targets=("country:RU",),
        ),
    ),
)

STORY = (LAUNCHED, OLIVE_BRANCH, ASSAULT, INCURSION, CAMPAIGN)
DISTRACTIONS = (IDLIB, SANCTIONS_IRAN, SANCTIONS_RUSSIA)


def offensive_on(
    day: float, places: tuple[str, ...] = (), key: str = "ini:offensive"
) -> StoryArticle:
    """An article on `day` reporting Turkey's offensive, optionally at `places`."""
    where = f" on {places[0]}" if places else ""
    return StoryArticle(
        f"Day {day}: Turkey pressed the offensive{where}.",
        day=day,
        told=(
            Told(key, f"Offensive{where}", OFFENSIVE, "offensive", ("country:TR",), places=places),
        ),
    )


def add_article(session: Session, story: StoryArticle) -> Article:
    """The article, published `story.day` days into the story; submitted whenever."""
    digest = content_hash(story.text)
    article = session.get(Article, article_id_for(digest))
    if article is None:
        article = Article(
            id=article_id_for(digest),
            content_hash=digest,
            text=story.text,
            status=ArticleStatus.PROCESSING,
            published_at=DAY0 + timedelta(days=story.day),
        )
        session.add(article)
        session.flush()
    return article
