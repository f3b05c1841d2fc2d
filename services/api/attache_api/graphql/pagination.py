"""Relay connections over offset windows: validation of `first`/`after`, and page assembly."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import strawberry

from attache.paging import Window
from attache.settings import Settings
from attache_api.graphql.errors import UserError
from attache_api.graphql.fields import described
from attache_api.graphql.ids import decode_cursor, encode_cursor

NodeT = TypeVar("NodeT")
RowT = TypeVar("RowT")
Counter = Callable[[], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class PageRequest:
    """A validated `first`/`after`: hashable, so it can be part of a DataLoader key."""

    first: int
    offset: int

    @property
    def window(self) -> Window:
        # One row more than asked tells whether there is a next page.
        return Window(offset=self.offset, limit=self.first + 1)


def page_request(first: int | None, after: str | None, settings: Settings) -> PageRequest:
    if first is None:
        first = settings.default_page_size
    if not 0 <= first <= settings.max_page_size:
        raise UserError(f"first must be between 0 and {settings.max_page_size}, got {first}")
    offset = decode_cursor(after) + 1 if after is not None else 0
    return PageRequest(first=first, offset=offset)


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[NodeT]):
    node: NodeT
    cursor: str


@strawberry.type
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]]
    page_info: PageInfo
    # Counting costs a statement, so it runs only when the client asks for totalCount.
    counter: strawberry.Private[Counter]

    @described("How many items the whole list has, across every page.")
    async def total_count(self) -> int:
        return await self.counter()


@dataclass(frozen=True, slots=True)
class Slice(Generic[RowT]):
    """What a loader read for one parent: up to first + 1 rows, and the parent's total."""

    rows: list[RowT]
    total: int


def connection(
    rows: Sequence[RowT],
    page: PageRequest,
    convert: Callable[[RowT], NodeT],
    counter: Counter,
) -> Connection[NodeT]:
    """A connection from the rows read for `page` (first + 1 of them when there is more)."""
    shown = rows[: page.first]
    edges = [
        Edge(node=convert(row), cursor=encode_cursor(page.offset + i))
        for i, row in enumerate(shown)
    ]
    info = PageInfo(
        has_next_page=len(rows) > page.first,
        has_previous_page=page.offset > 0,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return Connection(edges=edges, page_info=info, counter=counter)


def known_total(total: int) -> Counter:
    async def count() -> int:
        return total

    return count
