"""What a fault test reads from the database: statuses, a fingerprint, and graph invariants."""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import DateTime, Engine, func, select

from attache.actors.models import Actor, ArticleActor
from attache.articles.models import Article
from attache.initiatives.models import ArticleInitiative, Evidence, Initiative
from attache.models import Base

FINAL = ("done", "failed")


def status_counts(engine: Engine) -> Counter[str]:
    with engine.connect() as conn:
        rows = conn.execute(select(Article.status, func.count()).group_by(Article.status))
        return Counter({status: int(n) for status, n in rows})


def wait_until_final(engine: Engine, expected: int, timeout: float) -> Counter[str]:
    """Waits until `expected` articles are done or failed; returns the last counts seen."""
    deadline = time.monotonic() + timeout
    counts = status_counts(engine)
    while sum(counts[s] for s in FINAL) < expected and time.monotonic() < deadline:
        time.sleep(0.3)
        counts = status_counts(engine)
    return counts


def claims(engine: Engine) -> dict[str, list[str]]:
    """The articles in processing, by the holder of their claim (`<node>:<pid>`)."""
    held: dict[str, list[str]] = defaultdict(list)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Article.claimed_by, Article.id).where(Article.status == "processing")
        )
        for holder, article_id in rows:
            held[holder].append(article_id)
    return dict(held)


def holder_pid(holder: str) -> int:
    return int(holder.rpartition(":")[2])


Graph = dict[str, list[str]]


def graph(engine: Engine) -> Graph:
    """Every row of the graph and every article's status and extraction, as comparable text.

    Times are left out (they say when it ran, not what it built), and so is the bookkeeping of
    who processed an article and how often.
    """
    snapshot: Graph = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "articles":
                columns = [table.c.id, table.c.status, table.c.extraction]
            else:
                columns = [c for c in table.columns if not isinstance(c.type, DateTime)]
            snapshot[table.name] = sorted(
                repr(tuple(row)) for row in conn.execute(select(*columns))
            )
    return snapshot


def graph_differences(found: Graph, expected: Graph) -> list[str]:
    """Rows one graph has and the other lacks, a few per table."""
    problems = []
    for table, rows in expected.items():
        missing = sorted(set(rows) - set(found[table]))
        extra = sorted(set(found[table]) - set(rows))
        if missing or extra or len(rows) != len(found[table]):
            problems.append(
                f"{table}: {len(found[table])} rows, expected {len(rows)}; "
                f"missing {missing[:2]}, unexpected {extra[:2]}"
            )
    return problems


def fingerprint(engine: Engine) -> str:
    """A digest of every row of every table: equal digests mean nothing was stored or changed."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest.update(f"{table.name}:{rows!r}".encode())
    return digest.hexdigest()


def graph_problems(engine: Engine) -> list[str]:
    """Every way the stored graph disagrees with the articles' own extractions.

    Empty when each done article contributed exactly what its extraction says (no row lost,
    none twice), no other article contributed anything (nothing half-written), and every
    merged actor and initiative counts exactly the articles that name it.
    """
    with engine.connect() as conn:
        done = select(Article.id, Article.extraction).where(Article.status == "done")
        extractions = dict(conn.execute(done).all())
        pairs = _pairs(conn)
        counts = _merged_counts(conn)
        merged = _pairs_by_merged_id(conn)
    problems = _contribution_problems(extractions, pairs)
    return problems + _count_problems({**pairs, **merged}, counts)


Pairs = dict[str, dict[str, set[Any]]]


def _pairs(conn: Any) -> Pairs:
    """Per table, the (article, thing) pairs stored."""
    queries = {
        "actors": select(ArticleActor.article_id, ArticleActor.actor_id),
        "initiatives": select(ArticleInitiative.article_id, ArticleInitiative.mention_id),
        "evidence": select(Evidence.article_id, Evidence.mention_id, Evidence.start),
    }
    pairs: Pairs = {}
    for name, query in queries.items():
        by_article: dict[str, set[Any]] = defaultdict(set)
        for article_id, *rest in conn.execute(query):
            by_article[article_id].add(tuple(rest) if len(rest) > 1 else rest[0])
        pairs[name] = by_article
    return pairs


def _pairs_by_merged_id(conn: Any) -> Pairs:
    """The (article, merged initiative) pairs: what each initiative's article_count counts."""
    by_article: dict[str, set[Any]] = defaultdict(set)
    query = select(ArticleInitiative.article_id, ArticleInitiative.initiative_id)
    for article_id, initiative_id in conn.execute(query):
        by_article[article_id].add(initiative_id)
    return {"initiatives": by_article}


def _merged_counts(conn: Any) -> dict[str, dict[str, int]]:
    queries = {
        "actors": select(Actor.id, Actor.article_count),
        "initiatives": select(Initiative.id, Initiative.article_count),
    }
    return {name: dict(conn.execute(query).all()) for name, query in queries.items()}


def _expected(extraction: dict[str, Any]) -> dict[str, set[Any]]:
    initiatives = extraction["initiatives"]
    return {
        "actors": {a["id"] for a in extraction["actors"]},
        "initiatives": {i["id"] for i in initiatives},
        "evidence": {(i["id"], s["start"]) for i in initiatives for s in i["evidence"]},
    }


def _contribution_problems(extractions: dict[str, Any], pairs: Pairs) -> list[str]:
    problems = []
    for name, by_article in pairs.items():
        strays = sorted(set(by_article) - set(extractions))
        if strays:
            problems.append(f"{name} rows for articles that are not done: {strays[:5]}")
    for article_id, extraction in extractions.items():
        for name, wanted in _expected(extraction).items():
            stored = pairs[name].get(article_id, set())
            if stored != wanted:
                problems.append(f"{article_id} {name}: stored {stored!r}, extracted {wanted!r}")
    return problems


def _count_problems(pairs: Pairs, counts: dict[str, dict[str, int]]) -> list[str]:
    problems = []
    for name, merged in counts.items():
        naming = Counter(thing for things in pairs[name].values() for thing in things)
        for thing_id, article_count in merged.items():
            if article_count != naming[thing_id]:
                problems.append(
                    f"{name} {thing_id}: article_count {article_count}, "
                    f"named by {naming[thing_id]} articles"
                )
        missing = sorted(set(naming) - set(merged))
        if missing:
            problems.append(f"{name} named but not stored: {missing[:5]}")
    return problems
