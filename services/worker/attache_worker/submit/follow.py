"""`attache submit --wait`: following accepted articles through the API to done or failed."""

from __future__ import annotations

import asyncio

from attache_worker.submit.client import ApiClient, Refused
from attache_worker.submit.progress import Display, Tally

POLL_SECONDS = 1.0


class Follower:
    """Follows accepted articles to done or failed, a window of the oldest at a time: workers
    take the oldest first, so the newest would only be asked about in vain."""

    def __init__(self, api: ApiClient, tally: Tally, display: Display, concurrency: int) -> None:
        self.api = api
        self.tally = tally
        self.display = display
        self.window = 4 * concurrency
        self.limit = asyncio.Semaphore(concurrency)
        # Article id → the inputs that named it (two files may hold the same text).
        self.pending: dict[str, list[str]] = {}

    def follow(self, article_id: str, where: str) -> None:
        self.pending.setdefault(article_id, []).append(where)

    async def run(self, sending: asyncio.Future[list[None]]) -> None:
        while self.pending or not sending.done():
            if not await self._look():
                await asyncio.sleep(POLL_SECONDS)

    async def _look(self) -> int:
        """Asks about a window of pending articles; returns how many were settled."""
        ids = list(self.pending)[: self.window]
        settled = 0
        for article_id, outcome in zip(
            ids, await asyncio.gather(*map(self._ask, ids)), strict=True
        ):
            if outcome is not None:
                self._settle(article_id, *outcome)
                settled += 1
        if settled:
            self.display.refresh()
        return settled

    async def _ask(self, article_id: str) -> tuple[bool, str | None] | None:
        """(done, error) once final; None while it is not."""
        async with self.limit:
            try:
                status = await self.api.status(article_id)
            except Refused as exc:
                return False, f"cannot be read back: {exc}"
        return (status.status == "done", status.error) if status.final else None

    def _settle(self, article_id: str, done: bool, error: str | None) -> None:
        for where in self.pending.pop(article_id):
            if done:
                self.tally.done += 1
            else:
                self.tally.failed += 1
                self.display.note(f"{where}: failed: {error or 'no reason given'}")
