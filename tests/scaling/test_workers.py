"""Three worker processes on one broker and one database share a batch of articles: each article
is processed exactly once, and the graph they build is the one a single worker builds."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path

from sqlalchemy import select

from attache.articles.models import Article
from attache.db import make_engine
from tests.scaling.cluster import Cluster, Run, Worker, write_feed
from tests.scaling.graph import snapshot

ARTICLES = 200
COUNTRIES = [
    ("Japan", "Tokyo"), ("Australia", "Canberra"), ("India", "New Delhi"),
    ("Poland", "Warsaw"), ("Lithuania", "Vilnius"), ("Germany", "Berlin"),
    ("France", "Paris"), ("Kenya", "Nairobi"), ("Ethiopia", "Addis Ababa"),
    ("Brazil", "Brasilia"), ("Argentina", "Buenos Aires"), ("Canada", "Ottawa"),
]  # fmt: skip
STORIES = [
    "{a} and {b} signed a defense agreement on Tuesday, officials in {ca} said.",
    "{a} sent military aid to {b}, the foreign ministry in {ca} said on Monday.",
    "{a} imposed sanctions on {b} on Friday over its missile tests.",
    "{a} and {b} held joint naval exercises this week, officials in {cb} said.",
]


def short_articles(count: int) -> list[dict[str, str]]:
    """Distinct one-sentence articles whose actors recur across many of them, each published
    at its own hour, so which report is the latest never depends on processing order."""
    stories = [
        story.format(a=a, b=b, ca=ca, cb=cb)
        for story in STORIES
        for (a, ca), (b, cb) in combinations(COUNTRIES, 2)
    ]
    start = datetime(2024, 3, 1, tzinfo=UTC)
    return [
        {"text": text, "published_at": (start + timedelta(hours=n)).isoformat()}
        for n, text in enumerate(stories[:count])
    ]


def test_three_workers_process_each_article_once_into_the_graph_one_worker_builds(
    cluster: Cluster, tmp_path: Path
) -> None:
    feed = write_feed(tmp_path / "feed.jsonl", short_articles(ARTICLES))

    with cluster.run(workers=3, log_format="json") as shared:
        submitted = shared.submit(feed)
        assert submitted.returncode == 0, submitted.stderr
        assert f"{ARTICLES} done, 0 failed" in submitted.stderr
        each_once(shared)
        every_line_is_json_naming_its_article(shared.workers)
        graph_of_three = snapshot(shared.database_url)

    with cluster.run(workers=1) as alone:
        submitted = alone.submit(feed)
        assert submitted.returncode == 0, submitted.stderr
        graph_of_one = snapshot(alone.database_url)

    assert len(graph_of_three["actors"]) >= len(COUNTRIES)
    assert graph_of_three == graph_of_one


def each_once(run: Run) -> None:
    """Claimed once (attempts 1), and read by the model and stored once across all workers."""
    engine = make_engine(run.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(Article.status, Article.attempts)).all()
    finally:
        engine.dispose()
    assert sorted(set(rows)) == [("done", 1)]
    assert len(rows) == ARTICLES
    done = [w.metric("attache_articles_processed_total", outcome="done") for w in run.workers]
    read = [w.metric("attache_extraction_seconds_count") for w in run.workers]
    assert sum(done) == sum(read) == ARTICLES
    assert all(count > 0 for count in done), f"a worker got no article: {done}"


def every_line_is_json_naming_its_article(workers: list[Worker]) -> None:
    """ATTACHE_LOG_FORMAT=json: each line a JSON object; each about a job names its article."""
    about_jobs = 0
    for worker in workers:
        for line in worker.log_lines():
            entry = json.loads(line)
            if "attache.process_article[" in entry["message"]:
                about_jobs += 1
                assert str(entry.get("article_id", "")).startswith("art_"), line
    assert about_jobs >= ARTICLES / 16  # received and succeeded lines, for each job at least
