"""Amounts in a stretch of text: money, percentages and counted things, with a parsed value,
a unit, what the amount measures ('2% of GDP', '$400 million in food assistance', '$45 a
barrel') and how it bears on what it is said of ('to 2%', 'from 1%', 'by 40%', 'about 2,000')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

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
# British news glues the scale to the figure: '$2bn', '€500m', '£1.2tn'.
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12}
_GLUED = re.compile(r"\d(" + "|".join(_GLUED_SCALES) + r")\b", re.IGNORECASE)
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_DIRECTIONS = frozenset({"to", "from", "by"})
_HEDGES = ("more than", "less than", "fewer than", "up to", "at least", "as many as")
_HEDGE_WORDS = frozenset({"about", "around", "some", "nearly", "almost", "over", "roughly"})
_RATE_WORDS = frozenset({"a", "an", "per"})


def quantities_in(ents: Iterable[Span]) -> list[Quantity]:
    out = []
    for ent in ents:
        if ent.label_ not in _AMOUNT_LABELS:
            continue
        quantity = _parse(ent)
        if quantity is not None and quantity not in out:
            out.append(quantity)
    return out


def is_counted_money(token: Token) -> bool:
    """'300 million euros' when the tagger did not call it money: a currency with a number."""
    return token.lower_ in _CURRENCY_WORDS and any(c.like_num for c in token.children)


def _parse(ent: Span) -> Quantity | None:
    value = _value(ent.text)
    qualifier = _qualifier(ent)
    if ent.label_ == "PERCENT":
        return Quantity(ent.text, value, "percent", _of_what(ent), qualifier)
    if ent.label_ == "MONEY":
        money = _with_currency(ent)
        value = _value(money.text, glued=True)
        return Quantity(money.text, value, _currency(money.text), _paid_for(money), qualifier)
    # A bare number is an amount only when it counts something: "2,000 troops".
    head = ent.root.head if ent.root.dep_ == "nummod" else None
    if head is None or head.pos_ != "NOUN" or value is None:
        return None
    full = ent.doc[ent.start : head.i + 1] if head.i >= ent.end else ent
    if head.lower_ in _CURRENCY_WORDS:
        return Quantity(full.text, value, _CURRENCY_WORDS[head.lower_], _paid_for(full), qualifier)
    return Quantity(full.text, value, head.lemma_.lower(), None, qualifier)


def _value(text: str, *, glued: bool = False) -> float | None:
    """The figure with its scale words; with `glued`, money's scales written onto the figure
    too ('$2bn': a count's '500m' is more likely metres)."""
    match = _NUMBER.search(text)
    number = None if match is None else _figure(match.group())
    if number is None:
        return None
    for word in text.lower().split():
        number *= _SCALES.get(word.strip(".,"), 1.0)
    scale = _GLUED.search(text) if glued else None
    if scale is not None:
        number *= _GLUED_SCALES[scale.group(1).lower()]
    return number


def _figure(digits: str) -> float | None:
    """'1,250' and '2.5' as written in English; '1.250.000' with European separators; None
    for what is no single figure ('27.6.2011', a date with dots)."""
    digits = digits.replace(",", "")
    whole, *rest = digits.split(".")
    if len(rest) <= 1:
        return float(digits)
    if all(len(group) == 3 for group in rest):
        return float(whole + "".join(rest))
    return None


def _with_currency(ent: Span) -> Span:
    """The tagger sometimes leaves the sign or the currency word outside: '$' + '45'."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].text in _CURRENCY_SYMBOLS:
        start -= 1
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ in _GLUED_SCALES:
        end += 1  # '€' '500' 'm'
    if end < len(doc) and doc[end].lower_ in _CURRENCY_WORDS:
        end += 1
    return doc[start:end]


def _currency(text: str) -> str | None:
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if symbol in text:
            return code
    for word in text.lower().split():
        if word in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word]
    words = [w for w in text.split() if w.isalpha() and w.lower() not in _SCALES]
    return words[-1].lower() if words else None


def _qualifier(ent: Span) -> str | None:
    """'to'/'from'/'by' when a preposition ties the amount to a change; else a hedge."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _DIRECTIONS:
        return root.head.lower_
    before = ent.doc[max(ent.start - 2, 0) : ent.start].text.lower()
    inside = ent.text.lower()
    for hedge in _HEDGES:
        if inside.startswith(hedge) or before.endswith(hedge):
            return hedge
    first = ent.doc[ent.start - 1] if ent.start > 0 else None
    words = [ent[0].lower_, first.lower_ if first is not None else ""]
    return next((w for w in words if w in _HEDGE_WORDS), None)


def _of_what(ent: Span) -> str | None:
    """What a percentage is of, when the sentence says: '2% of its GDP' reads 'GDP'."""
    after = ent.doc[ent.end : min(ent.end + 8, ent.sent.end)]
    if any(t.text.upper() == "GDP" for t in after):
        return "GDP"
    if len(after) and after[0].lower_ == "of":
        noun = next((t for t in after[1:] if t.pos_ in {"NOUN", "PROPN"}), None)
        return noun.text if noun is not None else None
    return None


def _paid_for(money: Span) -> str | None:
    """What an amount of money buys or is counted in: 'in food assistance', 'a barrel'."""
    doc = money.doc
    if money.end >= money.sent.end:
        return None
    following = doc[money.end]
    if following.lower_ in _RATE_WORDS and money.end + 1 < money.sent.end:
        return "per " + doc[money.end + 1].lemma_.lower()
    if following.lower_ == "in":
        noun = next((c for c in following.children if c.dep_ == "pobj"), None)
        if noun is not None:
            words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss"}]
            return " ".join(t.text for t in words)
    return None
