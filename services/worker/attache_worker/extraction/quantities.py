"""Amounts in a stretch of text: money, percentages and counted things, with a parsed value."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from attache.contract import Quantity

_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "rubles": "RUB",
    "roubles": "RUB",
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def quantities_in(ents: Iterable[Span]) -> list[Quantity]:
    out = []
    for ent in ents:
        if ent.label_ not in _AMOUNT_LABELS:
            continue
        quantity = _parse(ent)
        if quantity is not None:
            out.append(quantity)
    return out


def _parse(ent: Span) -> Quantity | None:
    text = ent.text
    value = _value(text)
    if ent.label_ == "PERCENT":
        return Quantity(text=text, value=value, unit="percent", measure=_measure(ent))
    if ent.label_ == "MONEY":
        return Quantity(text=text, value=value, unit=_currency(text), measure=None)
    # A bare number is an amount only when it counts something: "2,000 troops".
    head = ent.root.head if ent.root.dep_ == "nummod" else None
    if head is None or head.pos_ != "NOUN" or value is None:
        return None
    full = ent.doc[ent.start : head.i + 1] if head.i >= ent.end else ent
    return Quantity(text=full.text, value=value, unit=head.lemma_.lower(), measure=None)


def _value(text: str) -> float | None:
    match = _NUMBER.search(text)
    if match is None:
        return None
    number = float(match.group().replace(",", ""))
    for word in text.lower().split():
        number *= _SCALES.get(word.strip(".,"), 1.0)
    return number


def _currency(text: str) -> str | None:
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if symbol in text:
            return code
    for word in text.lower().split():
        if word in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word]
    words = [w for w in text.split() if w.isalpha() and w.lower() not in _SCALES]
    return words[-1].lower() if words else None


def _measure(ent: Span) -> str | None:
    """What a percentage is of, when the sentence says: '2% of GDP'."""
    after = ent.doc[ent.end : min(ent.end + 8, ent.sent.end)]
    return "GDP" if any(t.text.upper() == "GDP" for t in after) else None
