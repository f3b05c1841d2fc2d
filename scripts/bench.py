"""`make bench`: Attaché against the bare spaCy model and a bare Starlette app, in one run.

    python scripts/bench.py [--quick] [--articles N] [--redis-url URL] [--postgres-url URL]

Prints every figure beside its baseline and target, and writes them with the machine they came
from into docs/benchmarks.md (`--no-write` to skip). Redis and PostgreSQL are private servers
started for the run unless URLs are given; each service run gets a fresh database.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import servers
from bench_api import (
    BARE,
    PAGE_OF_50,
    PAGE_OF_50_EXECUTED,
    bare_get,
    graphql_page,
    measure,
    statements_per_page,
    submit_request,
)
from bench_corpus import corpus
from bench_extraction import linearity, throughput
from bench_machine import describe_machine, load_average
from bench_processes import start_uvicorn, wait_http
from bench_recovery import recover_from_pool_kill, recover_from_worker_kill
from bench_report import Report, write_markdown
from bench_service import api, fresh_database, run_service, service_env
from sqlalchemy import create_engine, text

from attache.db import sync_url
from attache.settings import get_settings


@dataclass(frozen=True)
class Scale:
    articles: int
    repeats: int  # timings taken as the best of this many runs
    length_texts: int  # articles measured at 1×, 4× and 16× their length
    api_requests: int
    page_requests: int
    recovery: int  # articles submitted before each kill


# The service runs: the first (one worker) also stores the graph the API is measured over.
WORKER_COUNTS = (1, 2, 3)
FULL = Scale(300, repeats=3, length_texts=6, api_requests=3000, page_requests=500, recovery=100)
QUICK = Scale(60, repeats=1, length_texts=3, api_requests=500, page_requests=100, recovery=40)


@dataclass
class Options:
    scale: Scale
    batch_size: int
    redis_url: str | None
    postgres_url: str | None
    output: Path | None
    log_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="attache-bench-")))


def parse(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run, for a first look")
    parser.add_argument("--articles", type=int, help="generated articles (besides the seeds)")
    parser.add_argument("--batch-size", type=int, default=get_settings().extract_batch_size)
    parser.add_argument("--redis-url", help="use this Redis (its database is flushed)")
    parser.add_argument("--postgres-url", help="create the benchmark databases on this server")
    parser.add_argument("--output", type=Path, default=servers.ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    scale = QUICK if args.quick else FULL
    if args.articles:
        scale = Scale(args.articles, *list(vars(scale).values())[1:])
    output = None if args.no_write else args.output
    return Options(scale, args.batch_size, args.redis_url, args.postgres_url, output)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def infrastructure(options: Options) -> Iterator[tuple[str, str]]:
    """(Redis URL, PostgreSQL server URL): the given ones, else private servers for this run."""
    with contextlib.ExitStack() as stack:
        redis_url, postgres_url = options.redis_url, options.postgres_url
        if not redis_url:
            redis = servers.start_redis()
            stack.callback(redis.stop)
            redis_url = redis.url
        if not postgres_url:
            postgres = servers.start_postgres()
            stack.callback(postgres.stop)
            postgres_url = postgres.url
        log(f"Redis {redis_url}, PostgreSQL {postgres_url}, logs in {options.log_dir}")
        yield redis_url, postgres_url


def bench_extraction(report: Report, texts: list[str], options: Options) -> None:
    scale = options.scale
    log(f"extraction: {len(texts)} articles, batch size {options.batch_size}")
    report.throughput = throughput(texts, options.batch_size, scale.repeats)
    log("extraction: linearity at 1×, 4×, 16× length")
    report.lengths = linearity(texts[: scale.length_texts], scale.repeats)


def bench_service(report: Report, articles: list[tuple[str, str]], options: Options) -> None:
    with infrastructure(options) as (redis_url, postgres_url):
        report.machine["PostgreSQL"] = postgres_version(postgres_url)
        with fresh_database(postgres_url) as first_db:
            log(f"service: {len(articles)} articles through 1 worker")
            report.service.append(run_service(articles, 1, first_db, redis_url, options.log_dir))
            for count in WORKER_COUNTS[1:]:
                with fresh_database(postgres_url) as database:
                    log(f"service: {len(articles)} articles through {count} workers")
                    run = run_service(articles, count, database, redis_url, options.log_dir)
                    report.service.append(run)
            # The API is measured over the graph the first run stored.
            bench_api(report, articles, first_db, redis_url, options)
        bench_recovery(report, articles, postgres_url, redis_url, options)


def bench_api(
    report: Report,
    articles: list[tuple[str, str]],
    database_url: str,
    redis_url: str,
    options: Options,
) -> None:
    """With the corpus stored by the one-worker run, and no worker: the API alone."""
    env = service_env(database_url, redis_url)
    texts = [text for _, text in articles]
    requests, pages = options.scale.api_requests, options.scale.page_requests
    bare, bare_url = start_uvicorn("bare", "bench_bare:app", env, options.log_dir)
    try:
        wait_http(bare, bare_url)
        with api(env, options.log_dir) as (process, url):
            log(f"API: {requests} requests per endpoint from 50 clients")
            report.loads.append(measure(BARE, bare_url, bare_get, requests))
            report.loads.append(measure("POST /v1/articles", url, submit_request(texts), requests))
            report.loads.append(measure(PAGE_OF_50, url, graphql_page(50), pages))
            report.api_peak_mib = process.peak_rss_mib()
        with api({**env, "ATTACHE_GRAPHQL_CACHE_SECONDS": "0"}, options.log_dir) as (_, url):
            page = graphql_page(50)
            report.loads.append(measure(PAGE_OF_50_EXECUTED, url, page, pages))
    finally:
        bare.stop()
    report.statements = statements_per_page(database_url, (10, 100))


def bench_recovery(
    report: Report,
    articles: list[tuple[str, str]],
    postgres_url: str,
    redis_url: str,
    options: Options,
) -> None:
    """A worker's pool processes killed mid-batch, then a whole worker: how soon all is done."""
    corpus = articles[: options.scale.recovery]
    for name, recover in (
        ("pool processes", recover_from_pool_kill),
        ("whole worker", recover_from_worker_kill),
    ):
        with fresh_database(postgres_url) as database_url:
            log(f"recovery: {len(corpus)} articles, {name} SIGKILLed mid-batch")
            report.recoveries.append(recover(corpus, database_url, redis_url, options.log_dir))


def postgres_version(postgres_url: str) -> str:
    engine = create_engine(sync_url(postgres_url))
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar_one())
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    articles = corpus(options.scale.articles)
    report = Report(describe_machine(), options.batch_size, quick=options.scale == QUICK)
    bench_extraction(report, [text for _, text in articles], options)
    bench_service(report, articles, options)
    report.machine["Load average at end"] = load_average()
    print(report.markdown())
    if options.output:
        write_markdown(options.output, report)
        log(f"written to {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
