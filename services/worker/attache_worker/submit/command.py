"""`attache submit PATH...`: send articles to a running API, a bounded number at a time.

Safe to interrupt and run again: the API keeps one article per text and answers a text it has
with the article it has (200), so a rerun queues nothing twice, and the summary says how many
were already accepted. Exit status: 0 when every article was accepted (and, with --wait, done),
1 when some input was unreadable, refused or failed, 2 when the API could not be used at all,
130 when interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Iterator

import httpx

from attache_worker.submit.client import ApiClient, Refused, Unusable
from attache_worker.submit.follow import Follower
from attache_worker.submit.inputs import Article, Unreadable, read_inputs
from attache_worker.submit.progress import Display, Tally

DEFAULT_URL = "http://127.0.0.1:8000"
DEFAULT_CONCURRENCY = 8
MAX_CONCURRENCY = 64
TIMEOUT_SECONDS = 30.0
EXIT_INCOMPLETE, EXIT_UNUSABLE, EXIT_INTERRUPTED = 1, 2, 130


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    submit = commands.add_parser(
        "submit",
        help="send articles to a running API, with progress",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    submit.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="a file, a folder (its *.txt, *.json and *.jsonl files, recursively) or '-'",
    )  # fmt: skip
    submit.add_argument("--wait", action="store_true", help="follow each article to done or failed")
    submit.add_argument(
        "--concurrency", type=concurrency, default=DEFAULT_CONCURRENCY,
        help=f"requests at a time (1-{MAX_CONCURRENCY}, default {DEFAULT_CONCURRENCY})",
    )  # fmt: skip
    submit.add_argument(
        "--url", type=api_url, default=os.environ.get("ATTACHE_URL", DEFAULT_URL),
        help=f"the API (default: $ATTACHE_URL, else {DEFAULT_URL}); the key is $ATTACHE_API_KEY",
    )  # fmt: skip
    submit.add_argument("--source", help="the source of articles that name none")
    submit.set_defaults(run=run)


def concurrency(raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_CONCURRENCY}")
    return int(raw)


def api_url(raw: str) -> str:
    if not raw.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"{raw!r} is not an http:// or https:// URL")
    return raw.rstrip("/")


def run(args: argparse.Namespace) -> int:
    inputs = read_inputs(args.paths, args.source)
    tally = Tally(total=len(inputs), wait=args.wait)
    with Display(tally) as display:
        for item in inputs:
            if isinstance(item, Unreadable):
                tally.rejected += 1
                display.note(f"{item.where}: {item.reason}")
        code = _submit([i for i in inputs if isinstance(i, Article)], args, tally, display)
    display.note(tally.summary())
    return code


def _submit(
    articles: list[Article], args: argparse.Namespace, tally: Tally, display: Display
) -> int:
    try:
        asyncio.run(submit_all(articles, args, tally, display))
    except Unusable as exc:
        display.note(f"attache submit: {exc}")
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        display.note("Interrupted. Run the same command again to send the rest: articles "
                     "already accepted are not submitted twice.")  # fmt: skip
        return EXIT_INTERRUPTED
    return 0 if tally.all_went_well else EXIT_INCOMPLETE


async def submit_all(
    articles: list[Article], args: argparse.Namespace, tally: Tally, display: Display
) -> None:
    key = os.environ.get("ATTACHE_API_KEY", "").strip()
    async with httpx.AsyncClient(
        base_url=args.url,
        timeout=TIMEOUT_SECONDS,
        headers={"Authorization": f"Bearer {key}"} if key else {},
        limits=httpx.Limits(max_connections=2 * args.concurrency),
    ) as http:
        await check_reachable(http)
        run = Submission(ApiClient(http), tally, display, args.concurrency)
        await run.send(articles)


async def check_reachable(http: httpx.AsyncClient) -> None:
    """Say at once when nothing answers at the URL, rather than after every retry."""
    try:
        await http.get("/healthz")
    except httpx.TransportError as exc:
        detail = str(exc) or type(exc).__name__
        raise Unusable(
            f"cannot reach the API at {http.base_url} ({detail}); is it running?"
        ) from None


class Submission:
    """`concurrency` senders share the articles; with --wait, a follower polls the accepted."""

    def __init__(self, api: ApiClient, tally: Tally, display: Display, concurrency: int) -> None:
        self.api = api
        self.tally = tally
        self.display = display
        self.concurrency = concurrency
        self.follower = Follower(api, tally, display, concurrency) if tally.wait else None

    async def send(self, articles: list[Article]) -> None:
        todo = iter(articles)  # shared: each sender takes the next one
        tasks = [asyncio.create_task(self._sender(todo)) for _ in range(self.concurrency)]
        sending = asyncio.gather(*tasks)
        following = asyncio.create_task(self.follower.run(sending)) if self.follower else None
        try:
            await sending
            if following:
                await following
        finally:
            for task in [*tasks, *([following] if following else [])]:
                task.cancel()

    async def _sender(self, todo: Iterator[Article]) -> None:
        for article in todo:
            await self._send_one(article)

    async def _send_one(self, article: Article) -> None:
        try:
            submitted = await self.api.submit(article.body)
        except Refused as exc:
            self.tally.rejected += 1
            self.display.note(f"{article.where}: rejected: {exc}")
        else:
            if submitted.new:
                self.tally.new += 1
            else:
                self.tally.already += 1
            if self.follower:
                self.follower.follow(submitted.article_id, article.where)
        self.display.refresh()
