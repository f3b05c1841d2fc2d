"""Dates in ISO form, at the precision the text gives, relative ones counted from the day the
article appeared. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from attache.contract import Extraction
from attache_worker.extraction import extract
from attache_worker.extraction.dates import normalize_date

Read = Callable[[str], Extraction]
MONDAY = date(2018, 1, 22)


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("20 January 2018", None, "2018-01-20"),
        ("September 2015", None, "2015-09"),
        ("2013", None, "2013"),
        ("on Sunday", MONDAY, "2018-01-21"),
        ("last month", MONDAY, "2017-12"),
        ("last year", MONDAY, "2017"),
        ("two weeks ago", MONDAY, "2018-01-08"),
        # Without the article's day, a relative date points nowhere.
        ("on Sunday", None, None),
        ("two weeks ago", None, None),
        # Anchored on another event, or no point in the calendar.
        ("ten days later", MONDAY, None),
        ("the 1990s", MONDAY, None),
        ("late last year", MONDAY, None),
        ("the spring", MONDAY, None),
    ],
)
def test_expressions_normalize_to_iso(
    expression: str, published: date | None, expected: str | None
) -> None:
    assert normalize_date(expression, published) == expected


def test_initiative_dates_count_from_the_publication_day() -> None:
    text = "Turkey launched an offensive on Afrin on Saturday, and Russia signed a deal in 2017."
    offensive = next(i for i in extract(text, MONDAY).initiatives if i.predicate == "offensive")
    assert offensive.dates == ["2018-01-20"]
    undated = next(i for i in extract(text).initiatives if i.predicate == "offensive")
    assert undated.dates == []
