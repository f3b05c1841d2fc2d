"""The notices the worker sends the API: their wire form, and the channel they travel on."""

from __future__ import annotations

import pytest

from attache.notify import ArticleStatusChanged, GraphChanged, channel_for, decode, encode


@pytest.mark.parametrize(
    "notice",
    [
        ArticleStatusChanged("art_1", "failed", "extraction failed: ValueError"),
        ArticleStatusChanged("art_2", "done"),
        GraphChanged("art_3", ("country:US", "person:x"), ("ini:pact",)),
    ],
)
def test_a_notice_survives_the_wire(notice: ArticleStatusChanged | GraphChanged) -> None:
    assert decode(encode(notice)) == notice


@pytest.mark.parametrize(
    "raw", [b"", b"not json", b"[1, 2]", b'{"kind": "status"}', b'{"kind": "other"}']
)
def test_what_is_not_a_notice_is_ignored(raw: bytes) -> None:
    assert decode(raw) is None


def test_each_redis_database_has_a_channel_of_its_own() -> None:
    assert channel_for("redis://127.0.0.1:6379/13") == "attache:events:13"
    assert channel_for("redis://:secret@redis:6379") == "attache:events:0"
    assert channel_for("unix:///run/redis.sock?db=3") == "attache:events:3"
