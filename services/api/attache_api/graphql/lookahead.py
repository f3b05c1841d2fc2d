"""What the client selected below the current field, to read a nested list along with its parents.

A nested list behind a resolver of its own costs an awaitable per parent, which graphql-core then
tracks through every level above it; reading the list for the whole page in the parent's
resolver, when the client asks for it, keeps everything below synchronous.

The question is answered on the query's syntax tree, following only the path asked about:
strawberry's `info.selected_fields` would first convert the whole selection below the field,
arguments and all, which for the top of a page is the whole query.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence

import strawberry
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    SelectionNode,
    SelectionSetNode,
)


def asks_for(info: strawberry.Info, path: Sequence[str]) -> bool:
    """Whether the query selects `path` (GraphQL names) below the field being resolved.

    Fragments count; @skip and @include do not, so a skipped field may be read for nothing.
    The answer depends on the query's text only: it is worked out once per request for each
    place in the query (the 50 actors of a page ask the same question).
    """
    raw = info._raw_info
    nodes = tuple(raw.field_nodes)
    remembered: dict[Hashable, tuple[object, bool]] = info.context.looked_ahead
    key = (tuple(id(node) for node in nodes), tuple(path))
    if key not in remembered:
        # The nodes are kept with the answer, so their ids cannot be reused meanwhile.
        remembered[key] = (nodes, selects(nodes, path, raw.fragments))
    return remembered[key][1]


def selects(
    fields: Iterable[FieldNode],
    path: Sequence[str],
    fragments: Mapping[str, FragmentDefinitionNode],
) -> bool:
    """Whether any of `fields` (the current one, as it appears in the query) selects `path`."""
    return any(_selects(field.selection_set, path, fragments) for field in fields)


def _selects(
    selection_set: SelectionSetNode | None,
    path: Sequence[str],
    fragments: Mapping[str, FragmentDefinitionNode],
) -> bool:
    if selection_set is None:
        return False
    name, *rest = path
    return any(
        field.name.value == name and (not rest or _selects(field.selection_set, rest, fragments))
        for field in _fields(selection_set.selections, fragments)
    )


def _fields(
    selections: Iterable[SelectionNode], fragments: Mapping[str, FragmentDefinitionNode]
) -> Iterator[FieldNode]:
    """The fields among `selections`, with those of fragments spread in."""
    for selection in selections:
        if isinstance(selection, FieldNode):
            yield selection
        elif isinstance(selection, InlineFragmentNode):
            yield from _fields(selection.selection_set.selections, fragments)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                yield from _fields(fragment.selection_set.selections, fragments)
