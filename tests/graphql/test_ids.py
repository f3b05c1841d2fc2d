"""Global ids and cursors are opaque, round-trip, and never crash on garbage."""

from __future__ import annotations

import pytest

from attache_api.graphql.errors import UserError
from attache_api.graphql.ids import decode_cursor, decode_id, encode_cursor, encode_id, key_for


def test_global_ids_round_trip_and_are_url_safe() -> None:
    value = encode_id("Actor", "person:José Ramos-Horta")
    assert set(value) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert decode_id(value) == ("Actor", "person:José Ramos-Horta")


def test_raw_keys_are_accepted_for_their_type_only() -> None:
    assert key_for("country:US", "Actor") == "country:US"
    assert key_for("art_0123456789abcdef01234567", "Article") == "art_0123456789abcdef01234567"
    assert key_for(encode_id("Actor", "country:US"), "Actor") == "country:US"
    assert key_for(encode_id("Actor", "country:US"), "Article") is None


@pytest.mark.parametrize("value", ["", "=", "////", "ü", "x" * 1000, encode_id("Nope", "k")])
def test_garbage_is_not_a_global_id(value: str) -> None:
    assert decode_id(value) is None


def test_cursors_round_trip_and_refuse_garbage() -> None:
    assert decode_cursor(encode_cursor(41)) == 41
    with pytest.raises(UserError, match="invalid cursor"):
        decode_cursor(encode_id("Actor", "country:US"))
