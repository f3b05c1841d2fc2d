"""The extraction pipeline: article text in, `Extraction` out. Pure: no I/O besides the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from attache.contract import Extraction
from attache.settings import get_settings
from attache_worker.extraction.actors import resolve_actors
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.events import find_events
from attache_worker.extraction.initiatives import find_initiatives
from attache_worker.extraction.mentions import find_candidates, gazetteer_matcher
from attache_worker.extraction.nlp import load_model, parse_many
from attache_worker.extraction.quotes import find_quotes


def extract(text: str) -> Extraction:
    """Reads one article."""
    return next(extract_many([text], batch_size=1))


def extract_many(texts: Iterable[str], batch_size: int | None = None) -> Iterator[Extraction]:
    """Reads articles in order, batched through the model; post-processing is linear per text."""
    nlp = load_model()
    size = batch_size or get_settings().extract_batch_size
    matcher = gazetteer_matcher(nlp)
    for doc in parse_many(nlp, texts, size):
        yield read_doc(doc, matcher)


def read_doc(doc: Doc, matcher: PhraseMatcher) -> Extraction:
    """Everything read from one parsed article; `matcher` finds gazetteer names NER missed."""
    boilerplate = Boilerplate(doc.text)
    actors = resolve_actors(doc, find_candidates(doc, boilerplate, matcher))
    events = find_events(doc, actors, boilerplate)
    return Extraction(
        actors=actors.actors,
        places=actors.places,
        events=events,
        initiatives=find_initiatives(doc, actors, boilerplate, events),
        quotes=find_quotes(doc, actors, boilerplate),
    )
