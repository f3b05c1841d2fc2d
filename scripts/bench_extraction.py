"""Extraction against the bare model, in this process: throughput and linearity in text length."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, partial

import spacy
from spacy.language import Language

from attache.settings import get_settings
from attache_worker.extraction import extract_many, load_model

LENGTHS = (1, 4, 16)
# The bare model's `pipe` or our `extract_many`: texts in, one result per text out.
Reader = Callable[[list[str]], Iterable[object]]


@dataclass(frozen=True)
class Throughput:
    articles: int
    raw_seconds: float
    extract_seconds: float

    @property
    def ratio(self) -> float:
        """Our throughput as a share of the bare model's (1.0: extraction costs nothing)."""
        return self.raw_seconds / self.extract_seconds


@dataclass(frozen=True)
class LengthPoint:
    times: int  # the article concatenated with itself this many times
    chars: int
    raw_seconds: float
    extract_seconds: float

    @property
    def post_seconds(self) -> float:
        return max(self.extract_seconds - self.raw_seconds, 0.0)


@lru_cache(maxsize=1)
def bare_model() -> Language:
    """The model as spaCy loads it, with every pipe it ships enabled: the baseline."""
    return spacy.load(get_settings().spacy_model)


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def best_of(repeats: int, run: Callable[[], object]) -> float:
    """The fastest of a few runs: the others were slowed by something else on the machine."""
    return min(timed(run) for _ in range(repeats))


def consume(items: Iterable[object]) -> None:
    for _ in items:
        pass


def warm_up(texts: list[str], batch_size: int) -> Language:
    raw = bare_model()
    load_model()
    consume(raw.pipe(texts[:batch_size], batch_size=batch_size))
    consume(extract_many(texts[:batch_size], batch_size=batch_size))
    return raw


def throughput(texts: list[str], batch_size: int, repeats: int) -> Throughput:
    """Each side's best run. The runs alternate, so that a slow spell of a shared machine
    slows both sides rather than whichever happened to be measured during it."""
    raw = warm_up(texts, batch_size)
    raw_times, our_times = [], []
    for _ in range(repeats):
        raw_times.append(timed(lambda: consume(raw.pipe(texts, batch_size=batch_size))))
        our_times.append(timed(lambda: consume(extract_many(texts, batch_size=batch_size))))
    return Throughput(len(texts), min(raw_times), min(our_times))


def linearity(texts: list[str], repeats: int) -> list[LengthPoint]:
    """Each text alone at 1×, 4× and 16× its length (joined to itself), summed over the texts."""
    raw = warm_up(texts, len(texts))
    points = []
    for times in LENGTHS:
        longer = ["\n\n".join([text] * times) for text in texts]
        raw_s = _each_alone(raw.pipe, longer, repeats)
        ours = _each_alone(extract_many, longer, repeats)
        points.append(LengthPoint(times, sum(map(len, longer)), raw_s, ours))
    return points


def _each_alone(run: Reader, texts: list[str], repeats: int) -> float:
    return sum(best_of(repeats, partial(_read_one, run, text)) for text in texts)


def _read_one(run: Reader, text: str) -> None:
    consume(run([text]))
