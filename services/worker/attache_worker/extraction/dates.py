"""Dates an article gives, as ISO 8601 at the precision the text states: '20 January 2018' is
"2018-01-20", 'September 2015' "2018-09", '2013' "2013", and, when the article's own date is
known, 'on Sunday' or 'last month' the day or month they point at.

Without the article's date, only expressions that name their year are read: 'last week' in a
text of unknown date points nowhere. Expressions anchored on another event ('ten days later')
and spans no calendar holds ('the 1990s', 'late last year') are left out."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
# Relative to some other event than the article: 'ten days later', 'a week before the vote'.
_ANCHORED = re.compile(r"\b(later|earlier|before|after|since|ago)\b", re.IGNORECASE)
# 'two weeks ago' is anchored on the article's own date, so it counts when that is known.
_AGO = re.compile(r"\bago\b", re.IGNORECASE)
_MAX_CHARS = 60
_DECADE = re.compile(r"\d0s\b|\bdecade|\bcentury", re.IGNORECASE)
_FORMATS = {"year": "%Y", "month": "%Y-%m", "week": "%Y-%m-%d", "day": "%Y-%m-%d"}
_CACHE_SIZE = 4096


def normalize_date(expression: str, published: date | None = None) -> str | None:
    """The ISO form of a date expression, or None when the text does not fix one."""
    text = " ".join(expression.split())
    if not text or len(text) > _MAX_CHARS:
        return None
    if (published is None and not _YEAR.search(text)) or _DECADE.search(text):
        return None
    ago = _AGO.search(text) is not None
    if _ANCHORED.search(text) and not (ago and published is not None):
        return None
    return _parse(text, published)


@lru_cache(maxsize=_CACHE_SIZE)
def _parse(text: str, published: date | None) -> str | None:
    data = _parser(published).get_date_data(text)
    found, period = data.date_obj, data.period
    if found is None or period not in _FORMATS:
        return None
    years = _YEAR.findall(text)
    if years and str(found.year) not in years:
        return None  # 'the 1990s' read as some hour today
    iso: str = found.strftime(_FORMATS[period])
    return iso


@lru_cache(maxsize=64)
def _parser(published: date | None) -> DateDataParser:
    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime.combine(published, datetime.min.time())
    return DateDataParser(languages=["en"], settings=settings)
