"""The model's attribute ruler, applied to whole token arrays instead of token by token.

The shipped ruler opens with one pattern per fine-grained tag ('NNS' → NOUN, Number=Plur), which
every token matches, then about 120 word-specific exceptions ('gets'/VBZ → lemma 'get'). spaCy's
Matcher tries every pattern at every token and builds a Span and a Token object per match: an
eighth of the model's time. Here the tag patterns become a table applied to the TAG array, and
the exceptions are found with array comparisons; each exception match is then set exactly as
the ruler sets it, in the ruler's order, so later rules still win. The annotations are the
shipped ruler's, token for token (tests/extraction/test_attributes.py); a ruler with a pattern
this reading does not cover is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import numpy
from numpy.typing import NDArray
from spacy.attrs import DEP, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab
from thinc.types import Ints2d

RULER = "attribute_ruler"
FACTORY = "attache_array_attribute_ruler"
# The token attributes patterns may test, in the column order of the arrays read per document.
_TESTED = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_TESTED_IDS = [LOWER, TAG, DEP, IS_SPACE]
# Set from an array by the tag table: kept per token, not per lexeme.
_TABLE_ATTRS = (POS, MORPH)

Column = NDArray[numpy.uint64]
Mask = NDArray[numpy.bool_]
# One token's test: the document's columns and strings in, one truth value per token out.
Test = Callable[["Columns"], Mask]


@dataclass(frozen=True, slots=True)
class Columns:
    values: NDArray[numpy.uint64]  # tokens × _TESTED
    vocab: Vocab

    def column(self, name: str) -> Column:
        return self.values[:, _TESTED[name]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One ruler pattern: alternatives of token tests, and what to set on the token at `index`."""

    alternatives: tuple[tuple[Test, ...], ...]
    attrs: dict[Any, Any]
    index: int

    def starts(self, columns: Columns) -> Iterator[int]:
        """Where a match of any alternative starts, in order, each start once per alternative."""
        for tests in self.alternatives:
            length = len(tests)
            size = len(columns.values) - length + 1
            if size <= 0:
                continue
            found = numpy.ones(size, dtype=bool)
            for offset, test in enumerate(tests):
                found &= test(columns)[offset : offset + size]
                if not found.any():
                    break
            else:
                for start in numpy.flatnonzero(found).tolist():
                    yield start if self.index >= 0 else start + length


class ArrayAttributeRuler:
    """An AttributeRuler's rules, read off arrays; `take` loads them from the model's ruler."""

    def __init__(self, vocab: Vocab, name: str) -> None:
        self.vocab = vocab
        self.name = name
        self.table: dict[int, dict[int, int]] = {}
        self.rules: list[Rule] = []

    def take(self, ruler: AttributeRuler) -> bool:
        """Loads `ruler`'s patterns; False, loading nothing, if one is outside what is covered."""
        patterns = _patterns(ruler)
        leading = _leading_tag_patterns(patterns)
        rules = []
        for position in range(leading, len(patterns)):
            rule = _rule(ruler, patterns[position], position)
            if rule is None:
                return False
            rules.append(rule)
        self.table = _tag_table(ruler, patterns[:leading])
        self.rules = rules
        return True

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = Columns(doc.to_array(_TESTED_IDS).astype(numpy.uint64), doc.vocab)
        # Every rule tests the document as the model left it, before any rule sets anything.
        matches = [(rule, list(rule.starts(columns))) for rule in self.rules]
        if self.table:
            _apply_table(doc, columns.column("TAG"), self.table)
        for rule, starts in matches:
            for start in starts:
                set_token_attrs(doc[start + rule.index], rule.attrs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.vocab, name)


def use_array_attribute_ruler(nlp: Language) -> None:
    """Swaps the model's attribute ruler for the same rules read off arrays, when it can."""
    if RULER not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(RULER)
    if not isinstance(ruler, AttributeRuler):
        return
    faster = ArrayAttributeRuler(nlp.vocab, RULER)
    if faster.take(ruler):
        swapped = nlp.replace_pipe(RULER, FACTORY)
        assert isinstance(swapped, ArrayAttributeRuler)
        swapped.table, swapped.rules = faster.table, faster.rules


def _patterns(ruler: AttributeRuler) -> list[dict[str, Any]]:
    return [dict(pattern) for pattern in ruler.patterns]


def _leading_tag_patterns(patterns: list[dict[str, Any]]) -> int:
    """How many patterns open the list with 'one token of this tag: set its POS and MORPH'."""
    count = 0
    for pattern in patterns:
        tag_only = all(
            len(tokens) == 1 and set(tokens[0]) == {"TAG"} and isinstance(tokens[0]["TAG"], str)
            for tokens in pattern["patterns"]
        )
        attrs = set(pattern["attrs"])
        if not tag_only or pattern.get("index", 0) != 0 or not attrs or attrs - {"POS", "MORPH"}:
            break
        count += 1
    return count


def _tag_table(ruler: AttributeRuler, leading: list[dict[str, Any]]) -> dict[int, dict[int, int]]:
    """Tag hash → {attribute id: value}, later patterns overriding earlier ones as in the ruler.
    The ruler's own normalized values are used, so MORPH values are already registered."""
    table: dict[int, dict[int, int]] = {}
    for position, pattern in enumerate(leading):
        attrs = {int(k): int(v) for k, v in ruler.attrs[position].items()}
        for tokens in pattern["patterns"]:
            table.setdefault(ruler.vocab.strings.add(tokens[0]["TAG"]), {}).update(attrs)
    return table


def _apply_table(doc: Doc, tags: Column, table: dict[int, dict[int, int]]) -> None:
    values = doc.to_array(list(_TABLE_ATTRS))
    for tag in numpy.unique(tags).tolist():
        attrs = table.get(tag)
        if attrs is None:
            continue
        rows = tags == tag
        for column, attr in enumerate(_TABLE_ATTRS):
            if attr in attrs:
                values[rows, column] = attrs[attr]
    doc.from_array(list(_TABLE_ATTRS), cast(Ints2d, values))


def _rule(ruler: AttributeRuler, pattern: dict[str, Any], position: int) -> Rule | None:
    alternatives = []
    for tokens in pattern["patterns"]:
        tests = [_token_test(ruler.vocab, spec) for spec in tokens]
        if not tokens or any(test is None for test in tests):
            return None
        alternatives.append(tuple(test for test in tests if test is not None))
    index = int(pattern.get("index", 0))
    if any(not -len(tests) <= index < len(tests) for tests in alternatives):
        return None
    return Rule(tuple(alternatives), ruler.attrs[position], index)


def _token_test(vocab: Vocab, spec: dict[str, Any]) -> Test | None:
    """One pattern token as an array test, or None for what is not covered (OP, other attrs)."""
    tests = []
    for name, value in spec.items():
        if name not in _TESTED:
            return None
        test = _value_test(vocab, name, value)
        if test is None:
            return None
        tests.append(test)
    return lambda columns: numpy.logical_and.reduce([test(columns) for test in tests])


def _value_test(vocab: Vocab, name: str, value: Any) -> Test | None:
    if name == "IS_SPACE":
        if not isinstance(value, bool):
            return None
        return lambda columns: columns.column(name) == int(value)
    if isinstance(value, str):
        key = vocab.strings.add(value)
        return lambda columns: columns.column(name) == key
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((operator, operand),) = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(operand, list):
        keys = numpy.array([vocab.strings.add(str(v)) for v in operand], dtype=numpy.uint64)
        invert = operator == "NOT_IN"
        return lambda columns: numpy.isin(columns.column(name), keys, invert=invert)
    if operator == "REGEX" and isinstance(operand, str):
        return _regex_test(name, re.compile(operand))
    return None


def _regex_test(name: str, pattern: re.Pattern[str]) -> Test:
    def test(columns: Columns) -> Mask:
        keys = columns.column(name)
        unique, inverse = numpy.unique(keys, return_inverse=True)
        strings = columns.vocab.strings
        hits = numpy.array([pattern.search(strings[int(k)]) is not None for k in unique.tolist()])
        return hits[inverse].reshape(keys.shape)

    return test
