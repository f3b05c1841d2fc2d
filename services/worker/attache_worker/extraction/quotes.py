"""Direct quotations and who said them.

A quote is text between curly, straight or TeX-style double quotes (a paragraph left open runs to
its end; with straight quotes, a line), or between curly single quotes outside them. Its speaker
is the subject of the nearest speech verb in the same sentence, outside the quote ('“…,” he
said', 'X said: “…”', '…, adding “…”'); of the clause a colon ends right before it ('X delivered
an ultimatum: “…”'); or of a bare attribution opening the next sentence ('“…?” Erdoğan said').
The one an agency quotes speaks ('Sana quoted Assad as saying “…”'), and a relative 'who said'
is the name it hangs from. A speech verb that has not spoken yet ('Lima ought to explain “…”') is
passed over. A title with a name in apposition is the person; 'he' or 'she' is the speaker of the
quote just before unless another person was named since, else the last person mentioned, passing
over anyone whose given name is of the other sex only. A quote with no speech verb of its own
shares the speaker of the quote before it in the same sentence or paragraph (split and continued
quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from attache.contract import Quote
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.boilerplate import Boilerplate
from attache_worker.extraction.data import word_set
from attache_worker.extraction.nlp import text_of
from attache_worker.extraction.speakers import contradicts, pronoun_sex, resolve_subject

_QUOTE_PATTERN = re.compile(
    r"“([^”]+?)(?:”|(?=\n\s*\n)|$)|\"([^\"\n]+)(?:\"|(?=\n)|$)|``(.+?)''", re.S
)
# Curly single quotes, which some papers quote with: ‘…’ opens at a word's start and closes at a
# ’ no letter follows (one inside a word is an apostrophe: ‘We don’t know,’ …).
_SINGLE_QUOTE_PATTERN = re.compile(r"(?<![\w’‘])‘((?:[^‘’\n]|’(?=\w))+)’(?!\w)")
_CLAUSE_CLIMB = frozenset({"advcl", "xcomp", "conj", "ccomp", "acl", "pcomp", "prep"})
# Documents that speak for who issued them: '“…,” the statement read'.
_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "letter", "declaration"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_QUOTING = frozenset({"quote", "cite"})
_RELATIVES = frozenset({"who", "which", "that"})
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
_IRREALIS = frozenset({"should", "must", "ought", "would", "could", "might", "may", "will"})
_OBLIGATION_VERBS = frozenset({"ought", "need", "have", "want", "urge", "ask", "demand"})
_SPEAKER_CONTINUITY_CHARS = 400
# How far into the sentence after a quote its attribution may start ('Erdoğan said').
_ATTRIBUTION_TOKENS = 6


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    tokens: range
    speaker: str | None
    attributed: bool


def find_quotes(doc: Doc, actors: DocActors, boilerplate: Boilerplate) -> list[Quote]:
    found: list[_Found] = []
    for start, end in _quote_spans(text_of(doc)):
        if boilerplate.covers(start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        tokens = range(span.start, span.end)
        verb = _speech_verb(span, tokens)
        recent = _recent_speaker(doc, found, start, actors)
        speaker = _speaker_of(verb, actors, tokens, recent) if verb is not None else None
        found.append(_Found(start, end, tokens, speaker, verb is not None))
    _share_speakers(doc, found)
    return [_to_quote(doc, f, actors) for f in found]


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Double-quoted spans, and single-quoted ones that stand outside them (inside, they are
    the speaker quoting someone)."""
    double = [_group_span(match) for match in _QUOTE_PATTERN.finditer(text)]
    single = [
        match.span(1)
        for match in _SINGLE_QUOTE_PATTERN.finditer(text)
        if not any(start <= match.start() < end for start, end in double)
    ]
    spans = []
    for start, end in sorted(double + single):
        while end > start and text[end - 1] in ", \n\t":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
    return spans


def _group_span(match: re.Match[str]) -> tuple[int, int]:
    group = next(g for g in (1, 2, 3) if match.group(g) is not None)
    return match.span(group)


def _speech_verb(quote: Span, inside: range) -> Token | None:
    """The speech verb nearest the quote within its sentence(s), outside the quote; the verb of
    the clause a colon ends before it ('X delivered an ultimatum: “…”'); or the speech verb
    opening the sentence right after it ('“…?” Erdoğan said')."""
    doc = quote.doc
    first, last = doc[quote.start].sent, doc[quote.end - 1].sent
    # The parser sometimes runs a sentence on across a line break; attribution never does.
    paragraph = _paragraph(text_of(doc), quote.start_char, quote.end_char)
    verbs = word_set("speech", "verbs")
    introduced = _introducing_verb(quote, paragraph)
    if introduced is not None:
        return introduced
    # A quoted phrase inside reported speech belongs to the verb reporting it: 'Lin said countries
    # should not form "exclusive cliques" and urged Tokyo …' is Lin's, however near 'urged' is.
    for ancestor in quote.root.ancestors:
        if (
            ancestor.i not in inside
            and ancestor.idx in paragraph
            and _speaks(ancestor, verbs)
            and ancestor.pos_ in {"VERB", "AUX"}
            and _uttered(ancestor)
        ):
            return ancestor
    best: tuple[int, Token] | None = None
    for token in doc[first.start : last.end]:
        if (
            token.i in inside
            or token.idx not in paragraph
            or not _speaks(token, verbs)
            or token.pos_ not in {"VERB", "AUX"}
        ):
            continue
        distance = min(abs(token.i - inside.start), abs(token.i - inside.stop))
        if best is None or distance < best[0]:
            best = (distance, token)
    if best is not None:
        return best[1]
    return _according_to(doc[first.start : last.end], inside) or _verb_after(
        quote, paragraph, verbs
    )


def _speaks(verb: Token, verbs: frozenset[str]) -> bool:
    """A speech verb, or a document's 'read' ('the statement read')."""
    lemma = verb.lemma_.lower()
    if lemma == "read":
        return any(c.dep_ == "nsubj" and c.lemma_ in _DOCUMENTS for c in verb.children)
    return lemma in verbs


def _according_to(sentences: Span, inside: range) -> Token | None:
    """'According to X, “…”': the attribution is a preposition, not a speech verb."""
    for token in sentences:
        if token.i not in inside and token.lower_ == "according" and _source_of(token):
            return token
    return None


def _source_of(according: Token) -> Token | None:
    """The name after 'according to'."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _uttered(verb: Token) -> bool:
    """'Lima ought to explain “…”', 'should tell', 'did not say': a speech verb under
    obligation, in the irrealis or negated says nothing yet, so the quote is not its
    subject's."""
    governing = [verb]
    while governing[-1].dep_ == "xcomp" and governing[-1].head.i != governing[-1].i:
        governing.append(governing[-1].head)
    for token in governing:
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _IRREALIS):
                return False
        if token is not verb and token.lemma_.lower() in _OBLIGATION_VERBS:
            return False
    return True


_NOUN_MODIFIER_DEPS = frozenset({"amod", "acl", "compound"})


def _introducing_verb(quote: Span, paragraph: range) -> Token | None:
    """The verb nearest before a colon that opens the quote, in the same sentence."""
    doc = quote.doc
    colon = quote.start - 1
    while colon >= 0 and (doc[colon].is_space or doc[colon].is_quote):
        colon -= 1
    if colon < 0 or doc[colon].text != ":" or doc[colon].idx not in paragraph:
        return None
    verbs = [t for t in reversed(doc[doc[colon].sent.start : colon]) if t.pos_ == "VERB"]
    # 'said in a televised speech:' — a participle describing a noun introduces nothing.
    speaking = [t for t in verbs if _speaks(t, word_set("speech", "verbs"))]
    clausal = [t for t in verbs if t.dep_ not in _NOUN_MODIFIER_DEPS]
    return next(iter(speaking or clausal or verbs), None)


def _verb_after(quote: Span, paragraph: range, verbs: frozenset[str]) -> Token | None:
    """'“… you are still there?” Erdoğan said in a speech': the parser ends the sentence with
    the quote; the attribution opens the next one."""
    doc = quote.doc
    if not quote.text.rstrip().endswith(("?", "!", ",")):
        # A quote closed by a full stop is a finished sentence: what follows starts anew.
        return None
    after = quote.end
    while after < len(doc) and (doc[after].is_space or doc[after].is_quote):
        after += 1
    if after >= len(doc) or doc[after].idx not in paragraph or not doc[after].is_sent_start:
        return None
    for token in doc[after : min(after + _ATTRIBUTION_TOKENS, doc[after].sent.end)]:
        if token.lemma_.lower() in verbs and token.pos_ in {"VERB", "AUX"}:
            # 'Turkey said it was launching …' reports something else; an attribution says
            # nothing of its own.
            has_content = any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in token.children)
            return None if has_content else token
    return None


def _paragraph(text: str, start: int, end: int) -> range:
    """Character offsets of the paragraph (line) holding text[start:end]."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return range(first, len(text) if last == -1 else last)


def _recent_speaker(doc: Doc, found: list[_Found], start: int, actors: DocActors) -> str | None:
    """The person who spoke in the quote just before, if it is near enough to be the 'he' or
    'she' of this one and no other person was named since, outside the sentence that
    attributed it: a reporter names a new speaker rather than switching by pronoun."""
    if not found or found[-1].speaker is None or not found[-1].speaker.startswith("person:"):
        return None
    previous = found[-1]
    if start - previous.end >= _SPEAKER_CONTINUITY_CHARS:
        return None
    attribution_end = doc[previous.tokens.stop - 1].sent.end
    quote_start = doc.char_span(start, start + 1, alignment_mode="expand")
    until = quote_start.start if quote_start is not None else attribution_end
    named = actors.actors_in(range(attribution_end, until))
    if any(a.startswith("person:") and a != previous.speaker for a in named):
        return None
    return previous.speaker


def _speaker_of(
    verb: Token, actors: DocActors, inside: range, recent: str | None = None
) -> str | None:
    """The subject of the speech verb, climbing from participles ('adding') to their clause; a
    personal pronoun is the `recent` speaker when there is one."""
    source = _source_of(verb) if verb.lower_ == "according" else None
    if source is not None:
        return resolve_subject(source, actors, skip=inside)
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            break
        quoted = _quoted_person(token)
        if quoted is not None and quoted.i not in inside:
            # 'Sana quoted Assad as saying “…”': the agency reports, the one quoted speaks.
            return resolve_subject(quoted, actors, skip=inside)
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        passive = subject is not None and subject.dep_ == "nsubjpass"
        if passive and agent is not None and token.lemma_ not in _QUOTING:
            # 'The PUK was accused by KDP officials of “treason”': the one a passive verb is
            # done to is spoken of; its agent speaks ('was quoted by Sana as saying' aside).
            found = _first_actor(agent, actors)
            if found is not None:
                return found
        if subject is not None and subject.lower_ in _RELATIVES and token.dep_ == "relcl":
            # 'Zarif, who said: “…”': the relative pronoun stands for the noun it hangs from.
            subject = token.head
        if subject is None and token is verb:
            subject = _stranded_subject(verb) or _name_read_as_auxiliary(verb, actors)
        if subject is None and token is verb and inside.stop <= verb.i:
            # '“…,” tweeted the French president': the parser takes the inverted subject of a
            # verb after its quote for an object.
            subject = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is not None and subject.i not in inside:
            if (
                recent is not None
                and subject.lower_ in _PERSONAL_PRONOUNS
                and not contradicts(actors, recent, pronoun_sex(subject.lower_))
            ):
                return recent
            issuer = _issuer_of(subject, actors) if subject.lemma_ in _DOCUMENTS else None
            found = issuer or resolve_subject(subject, actors, skip=inside)
            if found is not None or token is verb or subject.pos_ != "NOUN":
                return found
            # 'X said the decision was an attack and vowed "…"': the parser hung the speech
            # verb on the cited clause, whose subject names no one; who cited it speaks.
        if agent is not None:
            return _first_actor(agent, actors)
        if token.dep_ == "acl" and token.head.lemma_ in _DOCUMENTS and token.head.dep_ == "dobj":
            # 'issued a statement calling … and saying …': who issued it says it.
            token = token.head.head
            continue
        token = token.head if token.dep_ in _CLAUSE_CLIMB and token.head.i != token.i else None
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """'In an interview with the BBC, the foreign minister, Sergei Lavrov, said: …': after a
    fronted phrase the parser may hang the subject on it as an apposition and leave the verb
    none. The apposition right before the verb is who speaks."""
    before = verb.i - 1
    while before > verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    token = verb.doc[before]
    if before == verb.i - 1 or token.dep_ != "appos" or token.pos_ not in {"PROPN", "NOUN"}:
        return None
    return token


def _name_read_as_auxiliary(verb: Token, actors: DocActors) -> Token | None:
    """'“…,” May told MPs': a surname that is also a modal may be parsed as the verb's
    auxiliary; one that names an actor is the subject."""
    return next((c for c in verb.lefts if c.dep_ == "aux" and c.i in actors.token_actor), None)


def _quoted_person(verb: Token) -> Token | None:
    """The object of 'quote' or 'cite' ('quoted Assad as saying')."""
    if verb.lemma_.lower() not in _QUOTING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _issuer_of(document: Token, actors: DocActors) -> str | None:
    """'“…,” the statement read': who issued the statement named last before ('the foreign
    ministry in Tehran issued a statement'), when the statement names no one itself."""
    if actors.actors_in(t.i for t in document.subtree):
        return None
    for earlier in reversed(document.doc[: document.i]):
        if earlier.lemma_ != document.lemma_ or earlier.dep_ not in {"dobj", "nsubj"}:
            continue
        verb = earlier.head
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if earlier.dep_ == "dobj" and subject is not None:
            return resolve_subject(subject, actors)
        return None
    return None


def _first_actor(token: Token, actors: DocActors) -> str | None:
    found = actors.actors_in(t.i for t in token.subtree)
    return found[0] if found else None


def _share_speakers(doc: Doc, found: list[_Found]) -> None:
    for previous, current in pairwise(found):
        if current.attributed and current.speaker is not None:
            continue
        if previous.speaker is None:
            continue
        same_sentence = (
            doc[previous.tokens.start].sent.start == doc[current.tokens.start].sent.start
        )
        gap = text_of(doc)[previous.end : current.start]
        # A split quote shares its sentence; a continued one follows within a paragraph or two.
        close = same_sentence or len(gap) < 300
        if close and (not current.attributed or same_sentence):
            current.speaker = previous.speaker


def _to_quote(doc: Doc, found: _Found, actors: DocActors) -> Quote:
    speaker = actors.name(found.speaker) if found.speaker else None
    return Quote(
        text=text_of(doc)[found.start : found.end],
        speaker=speaker,
        start=found.start,
        end=found.end,
        speaker_id=found.speaker,
    )
