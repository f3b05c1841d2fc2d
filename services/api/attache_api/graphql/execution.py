"""A shorter way through graphql-core for values that are already in memory.

A page of 50 actors with their initiatives and participants is some 5,000 fields, and graphql-core
spends more on each one (a resolve info built, strawberry's resolver wrapper called, the value
walked through `complete_value` type by type, a path and a result dict per object) than the
database spends on the whole page. Most of those fields only read an attribute of an object a
resolver already built: `name`, `edges`, `node`, a participant's `actor`.

`LeanExecutor` serves such values directly:
- a field that reads an attribute of a scalar type (or a list of them) is read and coerced,
  without the resolver machinery;
- a value whose whole selection below is made of such fields (objects, lists, leaves, and
  `__typename`) is turned into its result in one pass, compiled once per selection.

Two markers let a resolver count as plain too: `@ready_in(attribute)`, for one whose value the
object may already hold (then `attribute` is not None); `@pure`, for one that only reads the
object (no `info`, no arguments, nothing to wait for).

Anything else goes the usual way, and so does any value the short way cannot serve exactly as
graphql-core would (a null where none is allowed, a value a scalar refuses, an object of another
type): the usual way then computes it again and reports the error. Reading is all the short way
does, so computing a value twice changes nothing.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, TypeVar, cast

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

# What a compiled value returns when the short way cannot serve it.
DECLINE: Any = object()
# A value's result, or DECLINE.
Serve = Callable[[Any], Any]
FunctionT = TypeVar("FunctionT", bound=Callable[..., Any])
READY_ATTRIBUTE = "_attache_ready_in"
PURE_ATTRIBUTE = "_attache_pure"


def ready_in(attribute: str) -> Callable[[FunctionT], FunctionT]:
    """Marks a resolver whose value, when the object already holds it in `attribute` (not
    None), is exactly that value."""

    def mark(resolver: FunctionT) -> FunctionT:
        setattr(resolver, READY_ATTRIBUTE, attribute)
        return resolver

    return mark


def pure(resolver: FunctionT) -> FunctionT:
    """Marks a resolver that takes only the object and computes its value from it alone."""
    setattr(resolver, PURE_ATTRIBUTE, True)
    return resolver


class LeanExecutor(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Compiled per operation: the selections depend on its variables (@skip, @include).
        self._compiled: dict[tuple[int, int], Serve | None] = {}
        self._fields: dict[tuple[str, str], Serve | None] = {}

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        node = field_details_list[0].node
        if not node.arguments and not self._has_middleware():
            serve = self._leaf_field(parent_type, node.name.value)
            if serve is not None:
                served = _attempt(serve, source)
                if served is not DECLINE:
                    return served
        usual: Callable[..., Any] = super().execute_field
        return usual(parent_type, source, field_details_list, path, position_context)

    def complete_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: Any,
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        if not isinstance(result, Exception) and not self._has_middleware():
            serve = self._compile(return_type, field_details_list)
            if serve is not None:
                served = _attempt(serve, result)
                if served is not DECLINE:
                    return served
        usual: Callable[..., Any] = super().complete_value
        return usual(return_type, field_details_list, info, path, result, position_context)

    def _has_middleware(self) -> bool:
        """Whether an extension wraps resolvers: then every field must go through them."""
        manager = self.middleware_manager
        return manager is not None and bool(manager.middlewares)

    def _leaf_field(self, parent_type: GraphQLObjectType, field_name: str) -> Serve | None:
        """How to serve a plain field of leaf type (or list of leaves) from its parent."""
        key = (parent_type.name, field_name)
        if key not in self._fields:
            field = parent_type.fields.get(field_name)
            read = _reader(field) if field is not None else None
            value = _leaves(field.type) if field is not None and read is not None else None
            self._fields[key] = _field(read, value) if read and value else None
        return self._fields[key]

    def _compile(
        self, graphql_type: GraphQLOutputType, field_details_list: FieldDetailsList
    ) -> Serve | None:
        """How to serve a value of `graphql_type` (None included) with this selection, or
        None when some field below needs its resolver."""
        key = (id(graphql_type), id(field_details_list))
        if key not in self._compiled:
            required, inner = _unwrapped(graphql_type)
            present = self._compile_present(inner, field_details_list)
            self._compiled[key] = _nullability(present, required) if present else None
        return self._compiled[key]

    def _compile_present(
        self, graphql_type: GraphQLOutputType, field_details_list: FieldDetailsList
    ) -> Serve | None:
        """How to serve a value, known not to be None, of a nullable type."""
        if is_leaf_type(graphql_type):
            return _leaf(graphql_type)
        if isinstance(graphql_type, GraphQLList):
            item = self._compile(graphql_type.of_type, field_details_list)
            return _listed(item) if item else None
        if isinstance(graphql_type, GraphQLObjectType):
            return self._compile_object(graphql_type, field_details_list)
        return None  # interfaces and unions resolve their type: the usual way

    def _compile_object(
        self, object_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Serve | None:
        grouped, deferred, _ = self.collect_subfields(object_type, field_details_list)
        if deferred:
            return None
        fields = []
        for response_name, sub_fields in grouped.items():
            node = sub_fields[0].node
            name = node.name.value
            if name == "__typename":
                fields.append((response_name, _constant(object_type.name)))
                continue
            field = object_type.fields.get(name)
            read = _reader(field) if field is not None and not node.arguments else None
            value = self._compile(field.type, sub_fields) if field and read else None
            if read is None or value is None:
                return None
            fields.append((response_name, _field(read, value)))
        return _object(object_type, fields)


def _attempt(serve: Serve, value: Any) -> Any:
    try:
        return serve(value)
    except Exception:  # the usual way raises it again, and reports it as graphql-core does
        return DECLINE


def _reader(field: GraphQLField) -> Serve | None:
    """How to read the field from its parent object, when that is all its resolver does."""
    definition = (field.extensions or {}).get("strawberry-definition")
    if definition is None or field.args or definition.default_resolver is not getattr:
        return None
    if getattr(field.resolve, "_is_default", False):
        return operator.attrgetter(definition.python_name)
    resolver = definition.base_resolver
    function = resolver.wrapped_func if resolver else None
    if getattr(function, PURE_ATTRIBUTE, False):
        return cast(Serve, function)
    attribute = getattr(function, READY_ATTRIBUTE, None)
    if attribute is None:
        return None
    held = operator.attrgetter(attribute)

    def ready(source: Any) -> Any:
        value = held(source)
        return DECLINE if value is None else value

    return ready


def _leaves(graphql_type: GraphQLOutputType) -> Serve | None:
    """Serves a value of a leaf type, or a list of leaves; None for any other type."""
    required, inner = _unwrapped(graphql_type)
    if is_leaf_type(inner):
        return _nullability(_leaf(inner), required)
    if not isinstance(inner, GraphQLList):
        return None
    items_required, leaf = _unwrapped(inner.of_type)
    if not is_leaf_type(leaf):
        return None
    return _nullability(_listed(_nullability(_leaf(leaf), items_required)), required)


def _unwrapped(graphql_type: GraphQLOutputType) -> tuple[bool, Any]:
    """Whether the type is non-null, and the nullable type inside."""
    if isinstance(graphql_type, GraphQLNonNull):
        return True, graphql_type.of_type
    return False, graphql_type


def _field(read: Serve, value: Serve) -> Serve:
    def serve(source: Any) -> Any:
        found = read(source)
        return DECLINE if found is DECLINE else value(found)

    return serve


def _nullability(present: Serve, required: bool) -> Serve:
    """Serves None as graphql-core would: null where allowed, the usual way's error where not."""
    if required:

        def serve_required(value: Any) -> Any:
            if value is None or value is Undefined:
                return DECLINE
            return present(value)

        return serve_required

    def serve_optional(value: Any) -> Any:
        if value is None or value is Undefined:
            return None
        return present(value)

    return serve_optional


def _leaf(leaf: GraphQLLeafType) -> Serve:
    coerce = leaf.coerce_output_value

    def serve(value: Any) -> Any:
        coerced = coerce(value)
        return DECLINE if coerced is None or coerced is Undefined else coerced

    return serve


def _listed(item: Serve) -> Serve:
    def serve(value: Any) -> Any:
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            return DECLINE
        items = [item(element) for element in value]
        return DECLINE if any(i is DECLINE for i in items) else items

    return serve


def _constant(text: str) -> Serve:
    def serve(_source: Any) -> Any:
        return text

    return serve


def _object(object_type: GraphQLObjectType, fields: list[tuple[str, Serve]]) -> Serve:
    # Strawberry's check looks at the value only, never at the resolve info.
    is_type_of: Callable[[Any, Any], Any] | None = object_type.is_type_of

    def serve(value: Any) -> Any:
        if is_type_of is not None and not is_type_of(value, None):
            return DECLINE
        result = {}
        for response_name, field in fields:
            served = field(value)
            if served is DECLINE:
                return DECLINE
            result[response_name] = served
        return result

    return serve
