"""What storing one article's extraction costs: time, CPU and SQL statements, per database.

    python scripts/bench_store.py [--articles N] [--story N] [--postgres-url URL]

Reads the benchmark corpus (`bench_corpus`) through the extraction once, then stores every
extraction into a fresh SQLite file and a fresh PostgreSQL database, one transaction per
article as the worker does, and prints the mean and median per article. `--story N` adds N
articles that all report one long-running initiative (the same offensive, day after day), the
worst case for resolving initiatives across articles: every new report links to every earlier
one. Extraction time is not counted; only `store_extraction` and the commit.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import servers
from bench_corpus import corpus
from bench_service import fresh_database
from sqlalchemy import event, func, select

from attache.articles.models import Article, ArticleStatus
from attache.articles.service import article_of
from attache.contract import Actor, Extraction, Initiative, Participant, Span
from attache.db import make_engine, make_sessionmaker, unit_of_work
from attache.graph.store import store_extraction
from attache.migrate import migrate_to_head
from attache.models import Base

START = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Figures:
    database: str
    articles: int
    wall_ms: list[float]
    cpu_ms: list[float]
    statements: list[int]
    initiatives: int

    def line(self) -> str:
        return (
            f"{self.database:12s} {self.articles:4d} articles  "
            f"wall {_spread(self.wall_ms)} ms  CPU {_spread(self.cpu_ms)} ms  "
            f"statements {statistics.mean(self.statements):5.1f} (max {max(self.statements)})  "
            f"merged initiatives {self.initiatives}"
        )


def _spread(values: list[float]) -> str:
    return f"{statistics.mean(values):6.2f} (median {statistics.median(values):6.2f})"


def story_extractions(count: int) -> list[tuple[str, Extraction]]:
    """`count` articles, one a day, each reporting Turkey's offensive in its own words."""
    words = ["offensive", "operation", "assault", "incursion", "campaign"]
    found = []
    for n in range(count):
        text = f"Day {n}: Turkey pressed its {words[n % 5]} against the YPG near Afrin."
        evidence = Span(0, len(text), text)
        actors = [Actor("country:TR", "Turkey", "COUNTRY"), Actor("org:ypg", "YPG", "GROUP")]
        initiative = Initiative(
            id=f"story:{n % 7}",
            title=f"Turkish {words[n % 5]}",
            kind="MILITARY_OPERATION",
            status="underway",
            participants=[
                Participant("Turkey", "LEAD", "country:TR"),
                Participant("YPG", "TARGET", "org:ypg"),
            ],
            evidence=[evidence],
        )
        # Set by name: the contract before resolution had no such fields.
        for name, value in (("predicate", words[n % 5]), ("places", ["Afrin"])):
            if hasattr(initiative, name):
                setattr(initiative, name, value)
        found.append((text, Extraction(actors=actors, initiatives=[initiative])))
    return found


def extract_corpus(count: int) -> list[tuple[str, Extraction]]:
    from attache_worker.extraction import extract_many

    texts = [text for _, text in corpus(count)]
    return list(zip(texts, extract_many(texts), strict=True))


def store_all(url: str, label: str, items: list[tuple[str, Extraction]]) -> Figures:
    migrate_to_head(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    sent = [0]

    @event.listens_for(engine, "before_cursor_execute")
    def _count(*_: Any) -> None:
        sent[0] += 1

    wall, cpu, statements = [], [], []
    for n, (text, extraction) in enumerate(items):
        with unit_of_work(sessions) as session:
            article = _article(session, text, START + timedelta(days=n))
        sent[0] = 0
        started, started_cpu = time.perf_counter(), time.process_time()
        with unit_of_work(sessions) as session:
            article = session.get_one(Article, article.id)
            sent[0] = 0
            store_extraction(session, article, extraction)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        statements.append(sent[0])
    with sessions() as session:
        initiatives = session.execute(
            select(func.count()).select_from(Base.metadata.tables["initiatives"])
        ).scalar_one()
    engine.dispose()
    return Figures(label, len(items), wall, cpu, statements, int(initiatives))


def _article(session: Any, text: str, published: datetime) -> Article:
    article = article_of(text, status=ArticleStatus.PROCESSING, published_at=published)
    session.add(article)
    session.flush()
    return article


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    server = servers.start_postgres()
    try:
        yield server.url
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--articles", type=int, default=60, help="generated corpus articles")
    parser.add_argument("--story", type=int, default=0, help="articles of one long story")
    parser.add_argument("--postgres-url", help="create the database on this server")
    args = parser.parse_args(argv)
    batches = []
    if args.articles:
        print(f"[bench_store] extracting {args.articles} corpus articles", file=sys.stderr)
        batches.append(("corpus", extract_corpus(args.articles)))
    if args.story:
        batches.append(("story", story_extractions(args.story)))
    with postgres(args.postgres_url) as server_url:
        for name, items in batches:
            with tempfile.TemporaryDirectory() as folder:
                print(store_all(f"sqlite:///{folder}/bench.db", f"{name}/sqlite", items).line())
            with fresh_database(server_url) as url:
                print(store_all(url, f"{name}/pg", items).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
