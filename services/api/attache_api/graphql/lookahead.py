"""What the client selected below the current field, to read a nested list along with its parents.

A nested list behind a resolver of its own costs an awaitable per parent, which graphql-core then
tracks through every level above it; reading the list for the whole page in the parent's
resolver, when the client asks for it, keeps everything below synchronous.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence

import strawberry
from strawberry.types.nodes import SelectedField, Selection


def asks_for(info: strawberry.Info, path: Sequence[str]) -> bool:
    """Whether the query selects `path` (GraphQL names) below the field being resolved.

    Fragments count; @skip and @include do not, so a skipped field may be read for nothing.
    The answer depends on the query's text only: it is worked out once per request for each
    place in the query (the 50 actors of a page ask the same question).
    """
    nodes = tuple(info._raw_info.field_nodes)
    remembered: dict[Hashable, tuple[object, bool]] = info.context.looked_ahead
    key = (tuple(id(node) for node in nodes), tuple(path))
    if key not in remembered:
        # The nodes are kept with the answer, so their ids cannot be reused meanwhile.
        remembered[key] = (nodes, selects(info.selected_fields, path))
    return remembered[key][1]


def selects(selected: Iterable[Selection], path: Sequence[str]) -> bool:
    """Whether any of the selected fields (the current one) selects `path` below itself."""
    return any(_selects(field.selections, path) for field in _fields(selected))


def _selects(selections: Iterable[Selection], path: Sequence[str]) -> bool:
    name, *rest = path
    return any(
        field.name == name and (not rest or _selects(field.selections, rest))
        for field in _fields(selections)
    )


def _fields(selections: Iterable[Selection]) -> Iterator[SelectedField]:
    """The fields among `selections`, with those of fragments spread in."""
    for selection in selections:
        if isinstance(selection, SelectedField):
            yield selection
        else:
            yield from _fields(selection.selections)
