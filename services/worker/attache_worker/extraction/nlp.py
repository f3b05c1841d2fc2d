"""The spaCy model: loaded once per process, by the name the settings give, and run over texts
re-cased where they shout (see `truecase`) and with straight apostrophes inside names, with the
original text put back on every token."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, LENGTH, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from attache.settings import get_settings
from attache_worker.extraction.attributes import use_array_attribute_ruler
from attache_worker.extraction.lemmas import use_array_lemmatizer
from attache_worker.extraction.ner_models import use_ner_model
from attache_worker.extraction.truecase import Lexicon, lexicon, readable_text

# Everything the extraction reads: POS and lemmas for triggers, the parse for roles and
# sentences, NER for actors. Anything else a model ships (e.g. `senter`) is switched off.
USED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# What the model decided on the re-cased copy and the restored Doc keeps.
_ANNOTATIONS: list[int | str] = [
    "TAG",
    "POS",
    "MORPH",
    "LEMMA",
    "HEAD",
    "DEP",
    "ENT_IOB",
    "ENT_TYPE",
]
LINE_BREAKS = "attache_line_breaks"
_FINAL_PUNCTUATION = frozenset({".", "!", "?", ":", ";", ",", '"', "”", "'"})
_DASHES = frozenset({"-", "--", "—", "–"})
_DATELINE_TOKENS = 12
READABLE_TEXT = "readable_text"
# The re-cased copy the model read, kept beside the restored Doc: same tokens, readable words.
READABLE_DOC = "readable_doc"
_TEXT = "text"
_PUBLISHED = "published"
_ENTITIES = "entities_by_token"


def load_model() -> Language:
    """The configured model, with the configured NER component, loaded on first use and shared
    afterwards."""
    settings = get_settings()
    return _load(settings.spacy_model, settings.ner_model)


@lru_cache(maxsize=2)
def _load(name: str, ner_model: str) -> Language:
    nlp = spacy.load(name)
    use_ner_model(nlp, ner_model)
    use_array_attribute_ruler(nlp)
    use_array_lemmatizer(nlp)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in USED_PIPES]
    if unused:
        nlp.select_pipes(disable=unused)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMA_FIXES, after="lemmatizer")
    return nlp


# Forms the rule lemmatizer reads as another verb its index also holds: 'hoping' and 'hoped'
# are 'hope', not 'hop' (news hopes far more than it hops).
_LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope"}
LEMMA_FIXES = "attache_lemma_fixes"


@Language.component(LEMMA_FIXES)
def fix_lemmas(doc: Doc) -> Doc:
    # Found on the lower-case array: a Token per word costs more than the fix saves.
    keys = [doc.vocab.strings.add(form) for form in _LEMMA_FIXES]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), keys)):
        token = doc[int(i)]
        if token.pos_ == "VERB":
            token.lemma_ = _LEMMA_FIXES[token.lower_]
    return doc


@Language.component(LINE_BREAKS)
def mark_line_breaks(doc: Doc) -> Doc:
    """Sentence starts the parser must keep: after a blank line, after an opening line with no
    final punctuation (a headline), and after a dateline ('Kuala Lumpur, July 28 -'). Otherwise
    the parser runs a headline on into the lead, or hangs the lead's subject on the dateline."""
    opening = True
    line_start = 0
    for i, token in enumerate(doc[:-1]):
        if not token.is_space or "\n" not in token.text:
            continue
        _mark_dateline(doc, line_start, i)
        ends_headline = opening and i > 0 and doc[i - 1].text not in _FINAL_PUNCTUATION
        if token.text.count("\n") >= 2 or ends_headline:
            _start_sentence(doc, i + 1)
        opening = False
        line_start = i + 1
    _mark_dateline(doc, line_start, len(doc))
    return doc


def _start_sentence(doc: Doc, i: int) -> None:
    # Left free, the parser tends to split again right after a start it was given ('Thailand |
    # and Cambodia agreed'); the next word is held in the sentence.
    doc[i].is_sent_start = True
    if i + 1 < len(doc) and not doc[i + 1].is_space:
        doc[i + 1].is_sent_start = False


def _mark_dateline(doc: Doc, start: int, end: int) -> None:
    """A line opening with capitalized words, then a date or an agency in parentheses, then a
    dash: the reporting starts after the dash. A sports slug ('BASEBALL - ORIOLES SIGN ALOMAR')
    has neither, and is left to the parser whole."""
    for i in range(start, min(end, start + _DATELINE_TOKENS)):
        token = doc[i]
        if token.text in _DASHES:
            # Spaced, as datelines write it: not the hyphen inside 'Thomas-Greenfield'.
            spaced = i > start and bool(doc[i - 1].whitespace_) and bool(token.whitespace_)
            dated = any(t.text in ",()" or t.like_num for t in doc[start:i])
            if spaced and dated and i + 1 < end:
                _start_sentence(doc, i + 1)
            return
        if not (token.is_title or token.is_upper or token.like_num or token.text in ",.()"):
            return


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Parsed texts in order; shouting lines are read re-cased, but every Doc carries its
    original text, so offsets and token texts are the input's."""
    pairs = _with_readable_text(texts, lexicon(nlp))
    for doc, (original, recased, read) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        # The tokenizer keeps every character, so the Doc's text is the one it was given:
        # known here without joining its tokens again.
        parsed = doc if read == original else _restore(doc, original, recased)
        parsed.user_data[_TEXT] = original
        yield parsed


def _with_readable_text(
    texts: Iterable[str], words: Lexicon
) -> Iterator[tuple[str, tuple[str, str, str]]]:
    """Each text as the model reads it, with the original and its re-cased reading as context.
    What the model reads also has straight apostrophes in names; names keep the text's own."""
    for text in texts:
        recased = readable_text(text, words)
        read = straight_name_apostrophes(recased)
        yield read, (text, recased, read)


# A curly apostrophe inside a name ('Côte d’Ivoire', 'Hay’at Tahrir al-Sham', 'O’Brien'), not
# before a contraction's ending ('don’t', 'Russia’s'), which the tokenizer already splits alike.
_NAME_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])(?!(?:s|t|re|ll|ve|d|m)\b)")


def straight_name_apostrophes(text: str) -> str:
    """`text` with the curly apostrophes inside names made straight. The model learned names
    from text written with straight ones: it reads 'Côte d’Ivoire' as an organisation 'Côte'
    and 'Côte d'Ivoire' as the country. The swap keeps every length, as re-casing does."""
    return _NAME_APOSTROPHE.sub("'", text) if "’" in text else text


def _restore(doc: Doc, original: str, recased: str) -> Doc:
    """The same analysis over the original characters (re-casing keeps every length)."""
    # Offsets from one array rather than from a Token object per token.
    layout = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    words = [original[start : start + length] for start, length, _ in layout]
    spaces = [bool(space) for _, _, space in layout]
    restored = Doc(doc.vocab, words=words, spaces=spaces)
    restored.from_array(_ANNOTATIONS, doc.to_array(_ANNOTATIONS))  # type: ignore[arg-type]
    if recased != original:
        restored.user_data[READABLE_TEXT] = recased
        restored.user_data[READABLE_DOC] = doc
    return restored


def set_published(doc: Doc, published: date | None) -> None:
    """The day the article appeared, which relative dates in it ('on Sunday') count from."""
    doc.user_data[_PUBLISHED] = published


def published_on(doc: Doc) -> date | None:
    found = doc.user_data.get(_PUBLISHED)
    return found if isinstance(found, date) else None


def text_of(doc: Doc) -> str:
    """The document's text, joined once: `Doc.text` joins every token's text on every call, which
    made the calls per quote and per club name quadratic in the article's length."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """The span's text, cut from the document's: `Span.text` joins its tokens' texts."""
    return text_of(span.doc)[span.start_char : span.end_char]


def tokens_spelled(doc: Doc, spellings: Iterable[str]) -> list[Token]:
    """The tokens spelled as one of `spellings`, in order, found in the document's array of
    spellings: reading every token of an article as a Python object costs more than the rest
    of most searches."""
    keys = numpy.array([get_string_id(text) for text in spellings], dtype=numpy.uint64)
    found = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), keys))
    return [doc[i] for i in found.tolist()]


def entities_by_token(doc: Doc) -> dict[int, Span]:
    """Each token's named entity, by token index, built once per document: `Doc.ents` builds
    every entity span of the document on every call."""
    found: dict[int, Span] | None = doc.user_data.get(_ENTITIES)
    if found is None:
        found = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        doc.user_data[_ENTITIES] = found
    return found


def readable(span: Span) -> str:
    """The span as the model read it: re-cased inside a shouting headline, else its text."""
    text = span.doc.user_data.get(READABLE_TEXT)
    return span_text(span) if text is None else str(text[span.start_char : span.end_char])


# Characters that join the pieces of one written word: 'No-deal', 'vice-president'.
_WORD_JOINERS = frozenset({"-", "–"})


def whole_words(tokens: list[Token]) -> list[Token]:
    """The tokens with the rest of any word they cut into: a title reads '$120m', not '$120',
    and 'No-deal exit', not '-deal exit'."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    left = start - 1
    while left >= 0 and _glued(doc[left], doc[left + 1]) and _word_piece(doc[left]):
        left -= 1
    right = end
    while right < len(doc) and _glued(doc[right - 1], doc[right]) and _word_piece(doc[right]):
        right += 1
    return [*doc[left + 1 : start], *tokens, *doc[end:right]]


def nearest_subject(verb: Token, deps: frozenset[str]) -> Token | None:
    """The verb's subject among its children of `deps`. A clause has one; where the parser
    gives a verb two ('The coalition carried out strikes, days after the envoy called for a
    ceasefire', with 'carried' read as a participle), the nearer before it is the verb's own."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    before = [s for s in subjects if s.i < verb.i]
    return before[-1] if before else next(iter(subjects), None)


def of_object(token: Token) -> Token | None:
    """The noun an 'of' hung on the token governs: 'launches' in 'a number of launches'."""
    return object_of(token, "of")


def object_of(token: Token, preposition: str) -> Token | None:
    """The noun the first `preposition` hung on the token governs: 'strike' of 'went on
    strike' for 'on'."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def objects_of_to(token: Token) -> list[Token]:
    """What 'to' hung on the token governs, as a preposition or, as the parser may take it, a
    dative: 'the tribunal' of 'handed the general over to the tribunal'."""
    tos = (c for c in token.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to")
    return [o for to in tos for o in to.children if o.dep_ == "pobj"]


def glued_hyphen(token: Token) -> bool:
    """A hyphen with no space after it, joining the word before to the next."""
    return token.text == "-" and not token.whitespace_


def glued_before(token: Token) -> Token | None:
    """'test' of 'test-fired', 'sit' of 'sit-in': the word the tokenizer split off before a
    hyphen, when the token is the rest of a hyphenated word."""
    if token.i < 2 or not glued_hyphen(token.doc[token.i - 1]):
        return None
    first = token.doc[token.i - 2]
    return None if first.whitespace_ else first


def hyphened_participle(token: Token) -> bool:
    """'backed' in 'UN-backed', 'led' in 'Kurd-led': a participle glued to the word before."""
    return token.tag_ == "VBN" and glued_before(token) is not None


def joins_a_word(token: Token) -> bool:
    """A hyphen or dash glued to the words on both sides: 'Jaish-e-Mohammed' is one name."""
    doc = token.doc
    if token.text not in _WORD_JOINERS or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return _glued(doc[token.i - 1], token) and _glued(token, doc[token.i + 1])


def hung_on_its_subject(verb: Token) -> bool:
    """'Bangladesh's interim leader, Muhammad Yunus, called on …': the parser may hang the
    finite verb on its subject as a participle. A past-tense verb so hung after the sentence's
    root noun is the main verb, and that noun its subject."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.i < verb.i


def _glued(first: Token, second: Token) -> bool:
    return not first.whitespace_ and not first.is_space and not second.is_space


def _word_piece(token: Token) -> bool:
    return token.is_alpha or token.is_digit or token.text in _WORD_JOINERS
