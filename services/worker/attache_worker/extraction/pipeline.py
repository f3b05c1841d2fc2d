"""The extraction pipeline: article text in, `Extraction` out. Pure: no I/O besides the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import repeat

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from attache.contract import Extraction
from attache.settings import get_settings
from attache_worker.extraction.actors import resolve_actors
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.events import typed_events
from attache_worker.extraction.initiatives import find_initiatives
from attache_worker.extraction.mentions import find_candidates, gazetteer_matcher
from attache_worker.extraction.nlp import load_model, parse_many, set_published, text_of
from attache_worker.extraction.quotes import find_quotes

# Short, but it names countries, a capital, a city, an organization, a demonym and a titled
# person, and holds an initiative with an amount, an event and a quote: reading it builds every
# table the extraction loads on first use.
_WARM_UP_TEXT = (
    "BRUSSELS (Reuters) - Canada will send $40 million in military aid to Latvia, Defence "
    "Minister Anita Anand said on Tuesday in Ottawa, and condemned Russian threats against NATO. "
    '"We stand with our allies," she said.'
)


def warm_up() -> None:
    """Load the model and every table the extraction builds on first use, so that the first
    articles a worker reads do not pay for it."""
    for _ in extract_many([_WARM_UP_TEXT]):
        pass


def extract(text: str, published: date | None = None) -> Extraction:
    """Reads one article; `published` is the day it appeared, when known."""
    return next(extract_many([text], batch_size=1, published=[published]))


def extract_many(
    texts: Iterable[str],
    batch_size: int | None = None,
    published: Iterable[date | None] | None = None,
) -> Iterator[Extraction]:
    """Reads articles in order, batched through the model; post-processing is linear per text.
    `published` gives each article's day of publication, in the same order, when known: dates
    relative to it ('on Sunday') are then read too."""
    nlp = load_model()
    size = batch_size or get_settings().extract_batch_size
    matcher = gazetteer_matcher(nlp)
    days = repeat(None) if published is None else iter(published)
    for doc in parse_many(nlp, texts, size):
        set_published(doc, next(days, None))
        yield read_doc(doc, matcher)


def read_doc(doc: Doc, matcher: PhraseMatcher) -> Extraction:
    """Everything read from one parsed article; `matcher` finds gazetteer names NER missed."""
    boilerplate = Boilerplate(text_of(doc))
    actors = resolve_actors(doc, find_candidates(doc, boilerplate, matcher))
    events, model_typed = typed_events(doc, actors, boilerplate)
    quotes = find_quotes(doc, actors, boilerplate)
    return Extraction(
        actors=actors.actors,
        places=actors.places,
        events=events,
        initiatives=find_initiatives(doc, actors, boilerplate, model_typed, quotes),
        quotes=quotes,
    )
