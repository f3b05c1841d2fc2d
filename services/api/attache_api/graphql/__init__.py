"""The GraphQL API: a Relay-style read of the merged graph, and article submission."""

from attache_api.graphql.app import make_graphql_app

__all__ = ["make_graphql_app"]
