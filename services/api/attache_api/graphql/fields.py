"""A typed spelling of `@strawberry.field(description=…)` for resolvers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import strawberry

ResolverT = TypeVar("ResolverT", bound=Callable[..., Any])


def described(description: str, graphql_type: Any = None) -> Callable[[ResolverT], ResolverT]:
    """`strawberry.field` with a description; strawberry types that overload as `Any`, which
    would leave every resolver it decorates untyped. `graphql_type` is for a resolver whose
    annotation is not a GraphQL type."""
    return cast(
        Callable[[ResolverT], ResolverT],
        strawberry.field(description=description, graphql_type=graphql_type),
    )


def described_mutation(description: str) -> Callable[[ResolverT], ResolverT]:
    return cast(Callable[[ResolverT], ResolverT], strawberry.mutation(description=description))
