"""An initiative's status, from the modality of the words that govern it: 'plans to create' is
planned, 'would upgrade' planned, 'are moving to step up' underway, 'suspended' suspended."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from attache_worker.extraction.data import load_table

DEFAULT_STATUS = "announced"
_MAX_CLIMB = 6
_INTENTIONS = frozenset({"planned", "proposed", "announced"})
_ENDINGS = frozenset({"cancelled", "suspended"})
# Verbs that bring a gathering to its close rather than call it off.
_CLOSINGS = frozenset({"end", "close", "conclude", "wrap"})
_MODALS = frozenset({"would", "will", "could", "may", "might", "should", "must", "can", "'ll"})
# Prepositions that set the initiative as the time or circumstance of another act: in 'killed
# three people during a raid', what the verb says is not what became of the raid.
_SETTING_PREPS = frozenset(
    {"during", "amid", "amidst", "after", "before", "following", "despite", "since", "ahead"}
    | {"throughout"}
)
# Prepositions under which an initiative is the means or setting of a verb, not its object.
_MEANS_PREPS = frozenset({"in", "with", "by", "through", "at", "under", "via"})
# Likewise the words opening a clause of time or cause: 'after a strike killed 11 people'.
_SETTING_MARKS = frozenset({"after", "before", "as", "when", "while", "since", "because", "once"})


@cache
def _cues() -> dict[str, str]:
    cues: dict[str, dict[str, list[str]]] = load_table("status")
    return {word: status for status, words in cues["cues"].items() for word in words}


def status_of(head: Token, own_cue: bool = False, gathering: bool = False) -> str:
    """The first cue met from the initiative's head word up through the words governing it.

    A noun head is not its own cue ('asset freezes' are not suspended). A verb naming the
    initiative (`own_cue`: 'promised 300 million euros') says it is intended by its meaning,
    and done by its past tense ('withdrew 2,000 troops'). A verb coordinated with another
    lends it only its auxiliaries: in 'freezing assets and adding companies to its
    blacklist', the blacklist is not frozen. Talks, visits and meetings (`gathering`) that
    ended were held to their close: 'ended a round of talks' completes them."""
    token = head
    lemma_counts = False
    found: str | None = None
    came_from: Token | None = None
    for _ in range(_MAX_CLIMB):
        cue = _cue_at(token, lemma_counts) or (_intended(token) if own_cue else None)
        if gathering and cue == "cancelled" and token.lemma_.lower() in _CLOSINGS:
            cue = "completed"
        if cue in _ENDINGS and (_unrealized(token) or _not_acted_on(came_from)):
            # 'would force it to suspend its aid', 'threatened to suspend aid': not yet ended;
            # 'killed 37 villagers in an attack' ended the villagers' lives, not the attack.
            cue = None
        # An intention can still be dropped higher up: 'abandoned plans to send troops'.
        if cue in _ENDINGS:
            return cue
        found = found or cue
        if token.head.i == token.i or _sets_the_scene(token):
            break
        lemma_counts = not (token.dep_ == "conj" and token.pos_ == "VERB")
        own_cue = False
        came_from = token
        token = token.head
    return found or DEFAULT_STATUS


def _not_acted_on(child: Token | None) -> bool:
    """The initiative stands in a phrase of means or setting under the verb ('in an attack',
    'with a strike') or does the verb to an object ('the bombing killed 12 people'), rather
    than undergo it ('withdrew from the deal', 'the talks were suspended')."""
    if child is None:
        return False
    if child.dep_ == "nsubj":
        return any(c.dep_ == "dobj" for c in child.head.children)
    return child.dep_ == "prep" and child.lower_ in _MEANS_PREPS


def _sets_the_scene(token: Token) -> bool:
    """'during a raid', or a clause of time or cause: 'urged allies to send arms after a strike
    killed 11 people' says nothing of the strike by 'urged'."""
    if token.dep_ == "pobj":
        return token.head.lower_ in _SETTING_PREPS
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in token.children
    )


def _unrealized(verb: Token) -> bool:
    """A verb only intended, conditional, asked for or denied: 'to suspend', 'would suspend',
    'did not suspend'."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ == "xcomp":
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children)


def verb_status(verb: Token) -> str:
    status = status_of(verb, own_cue=True)
    if status == DEFAULT_STATUS and verb.tag_ in {"VBD", "VBN"}:
        return "completed"
    return status


def _intended(verb: Token) -> str | None:
    status = _cues().get(verb.lemma_.lower())
    return status if status in _INTENTIONS else None


def _own_cue(token: Token, cues: dict[str, str]) -> str | None:
    """The word's cue, a phrasal verb's first: 'ruled out', 'called off', 'put off'."""
    lemma = token.lemma_.lower()
    # 'pulled out of the deal': the parser may hang the particle as a preposition.
    particle = next(
        (c.lower_ for c in token.children if c.dep_ == "prt" or c.i == token.i + 1), None
    )
    if particle is not None and f"{lemma} {particle}" in cues:
        return cues[f"{lemma} {particle}"]
    return cues.get(lemma)


def _cue_at(token: Token, lemma_counts: bool) -> str | None:
    cues = _cues()
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "amod"} and child.lemma_.lower() in cues:
            return cues[child.lemma_.lower()]
    own = _own_cue(token, cues) if lemma_counts else None
    if own in _INTENTIONS:
        # 'are seeking a truce', 'are discussing a deal': the going-on is of the intention.
        return own
    if token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        return "underway"
    return own
