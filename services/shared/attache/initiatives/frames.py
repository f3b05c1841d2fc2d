"""The small vocabulary cross-article matching needs: which words name the same kind of act,
which initiative kinds may name one initiative, and which words say nothing about it.

A frame is the act an initiative's predicate names, whatever the word: 'offensive',
'assault', 'incursion' and 'Operation …' are one military push; 'withdraw', 'withdrawal' and
'pullout' one withdrawal. Two reports can only be one initiative when they share a frame, so
the table decides what may merge at all: it is kept small, to words a reporter really swaps
for one another in a story, and a word missing from it is a frame of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

_FRAMES: dict[str, tuple[str, ...]] = {
    "offensive": (
        "offensive",
        "counteroffensive",
        "assault",
        "attack",
        "operation",
        "incursion",
        "invasion",
        "invade",
        "campaign",
        "intervention",
        "strike",
        "airstrike",
        "air strike",
        "bombardment",
        "bombing",
        "shelling",
        "raid",
        "advance",
    ),
    "withdrawal": ("withdrawal", "withdraw", "pullout", "pull", "drawdown", "retreat"),
    "deployment": ("deployment", "deploy", "send", "dispatch", "station", "troop deployment"),
    "talks": (
        "talks",
        "talk",
        "negotiation",
        "negotiate",
        "dialogue",
        "peace talk",
        "meeting",
        "summit",
        "mediation",
        "conference",
        "congress",
    ),
    "agreement": ("agreement", "deal", "accord", "pact", "treaty", "memorandum", "peace deal"),
    "ceasefire": ("ceasefire", "truce", "armistice"),
    "sanction": ("sanction", "embargo", "blacklist", "asset freeze", "travel ban"),
    "aid": ("aid", "assistance", "relief", "donation", "donate", "grant", "provide", "give"),
    "pledge": ("pledge", "promise", "commit", "commitment"),
    "arms delivery": ("arms delivery", "deliver", "delivery", "supply", "transfer", "shipment"),
    "exercise": ("exercise", "drill", "war game", "maneuver", "manoeuvre", "training"),
    "production": ("production", "output", "manufacturing", "co-production", "coproduction"),
    "investigation": ("investigation", "investigate", "probe", "inquiry", "enquiry"),
    "trial": ("trial", "prosecution", "prosecute", "indictment", "indict"),
    "visit": ("visit", "trip", "tour"),
    # A body raised, trained or formed: 'a border force', 'an army to patrol the border'.
    "force": ("force", "army", "militia", "unit"),
    # Leave given for another's act: 'Russia's blessing', 'permission to begin the operation'.
    "consent": (
        "permission",
        "blessing",
        "approval",
        "consent",
        "go-ahead",
        "green light",
        "backing",
        "permit",
        "allow",
        "approve",
    ),
    "demand": ("demand", "ultimatum", "request", "appeal", "urge", "call"),
}
FRAME_OF: dict[str, str] = {word: frame for frame, words in _FRAMES.items() for word in words}

# Kinds the extraction may give one initiative depending on the word a report uses: a 'pact'
# is an agreement, an 'alliance' defence cooperation, a 'trade deal' trade. Any other two
# kinds never merge.
_COMPATIBLE_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"AGREEMENT", "DIPLOMACY"}),
    frozenset({"AGREEMENT", "DEFENSE_COOPERATION"}),
    frozenset({"AGREEMENT", "TRADE_INVESTMENT"}),
    frozenset({"AID", "DEFENSE_COOPERATION"}),
    frozenset({"DEFENSE_SPENDING", "POLICY"}),
)

# Words of an initiative's phrase that tell nothing about which initiative it is: 'a new
# military operation on Tuesday' and 'the joint operation' differ in none of them.
GENERIC_TERMS = frozenset(
    {
        "military",
        "new",
        "joint",
        "first",
        "second",
        "third",
        "last",
        "latest",
        "recent",
        "major",
        "large",
        "full",
        "ground",
        "day",
        "week",
        "month",
        "year",
        "morning",
        "evening",
        "night",
        "today",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "region",
        "area",
        "plan",
        "possible",
    }
)


def frame_of(predicate: str | None, kind: str) -> str:
    """The act a predicate names; a report with no predicate is only known by its kind."""
    if not predicate:
        return f"kind:{kind}"
    word = predicate.lower()
    return FRAME_OF.get(word, word)


def kinds_compatible(kind: str, other: str) -> bool:
    return kind == other or frozenset({kind, other}) in _COMPATIBLE_KINDS


def compatible_kinds(kinds: Iterable[str]) -> set[str]:
    """Every kind that may merge with one of `kinds`, those included."""
    found = set(kinds)
    for pair in _COMPATIBLE_KINDS:
        if pair & found:
            found |= pair
    return found


def distinctive_terms(terms: Iterable[str]) -> frozenset[str]:
    """The terms that can tell one initiative from another: no frame word, nothing generic."""
    return frozenset(t for t in terms if t not in FRAME_OF and t not in GENERIC_TERMS)
