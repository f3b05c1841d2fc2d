"""Mentions of initiatives merged into initiatives, with ids that hold across articles.

An id hashes the kind, the concept ('output' and 'production' are one), the ids of the
countries and bodies taking part (people come and go in the reporting, states stay) and any
named equipment: 'joint output of missiles with US contractors' and 'joint weapons production
with Tokyo' are one program, while Japan's own Patriot production stays another. A bare
mention ('the deal', 'the exercises') adds evidence to the latest initiative it can point back
at; with nothing to point at, it counts only when it names two sides itself."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from spacy.tokens import Span, Token

from attache.contract import Event, Initiative, Participant, Quantity
from attache.initiatives.frames import frame_of
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.data import load_table
from attache_worker.extraction.drafts import Draft, to_initiative
from attache_worker.extraction.status import DEFAULT_STATUS


def canonical_term(term: str) -> str:
    concepts: dict[str, str] = load_table("initiatives")["concepts"]
    return concepts.get(term, term)


def initiative_id(draft: Draft) -> str:
    parties = ",".join(sorted(_parties(draft)))
    key = "|".join([draft.kind, parties, draft.term, ",".join(draft.equipment)])
    return "initiative:" + hashlib.sha1(key.encode()).hexdigest()[:16]


def _parties(draft: Draft) -> set[str]:
    """The countries and bodies taking part; the people when there are none."""
    states = {a for a in draft.participants if not a.startswith("person:")}
    return states or set(draft.participants)


def _concept(draft: Draft) -> tuple[str, ...]:
    return (draft.kind, draft.term, ",".join(draft.equipment))


class Merger:
    """Collects one article's mentions, in reading order."""

    def __init__(self, actors: DocActors) -> None:
        self._actors = actors
        self._by_id: dict[str, Initiative] = {}
        self._mentions: list[tuple[str, str, str]] = []
        self._anchors: dict[str, set[int]] = defaultdict(set)
        # What each initiative was first named as: its concept and the parties taking part.
        self._first: dict[str, tuple[tuple[str, ...], set[str]]] = {}
        # The words heading each initiative's mentions.
        self._heads: dict[str, list[Token]] = defaultdict(list)

    def add(self, draft: Draft, sentence: Span) -> None:
        if draft.bare:
            earlier = self._antecedent(draft)
            if earlier is not None:
                self._extend(earlier, draft, sentence, with_participants=False)
                return
            if len(draft.participants) < 2:
                return
        existing = (
            self._by_id.get(initiative_id(draft))
            or self._named_before(draft)
            or self._same_act_in_sentence(draft, sentence)
        )
        if existing is None:
            new_id = initiative_id(draft)
            self._by_id[new_id] = to_initiative(draft, sentence, self._actors, new_id)
            self._anchors[new_id] |= draft.anchors()
            self._first[new_id] = (_concept(draft), _parties(draft))
            self._heads[new_id].append(draft.head)
        else:
            new_id = existing.id
            self._extend(existing, draft, sentence, with_participants=True)
        self._mentions.append((draft.kind, draft.term, new_id))

    def initiatives(self, events: list[Event]) -> list[Initiative]:
        """Every initiative, with the events that report it linked by index."""
        found = list(self._by_id.values())
        for initiative in found:
            initiative.events = [
                n for n, event in enumerate(events) if self._reports(initiative, event)
            ]
        return found

    def _named_before(self, draft: Draft) -> Initiative | None:
        """The latest initiative of the same concept whose parties include this mention's, or
        are included in them: a headline's 'new sanctions on Iran' and the lead's 'sanctions on
        seven Iranian individuals and Iran Air' are one package."""
        concept, parties = _concept(draft), _parties(draft)
        for initiative_id_, (first_concept, first_parties) in reversed(self._first.items()):
            if first_concept != concept or not parties & first_parties:
                continue
            if parties <= first_parties or first_parties <= parties:
                return self._by_id[initiative_id_]
        return None

    def _same_act_in_sentence(self, draft: Draft, sentence: Span) -> Initiative | None:
        """One act named twice in a sentence by a party of both: by words of one frame
        ('Russia, which had granted Turkey permission …, allowing the use of the airspace'), or
        by a phrase of its kind inside the other ('pledged €500m in humanitarian aid')."""
        frame = frame_of(draft.term, draft.kind)
        parties = _parties(draft)
        for initiative in reversed(self._by_id.values()):
            here = any(
                s.start < sentence.end_char and sentence.start_char < s.end
                for s in initiative.evidence
            )
            if not here or not parties & {p.actor_id for p in initiative.participants}:
                continue
            if frame_of(initiative.predicate, initiative.kind) == frame:
                return initiative
            if initiative.kind == draft.kind and self._nested(initiative.id, draft.head):
                return initiative
        return None

    def _nested(self, initiative_id_: str, head: Token) -> bool:
        """Whether `head` governs a word heading the initiative, or is governed by one."""
        return any(
            h.sent == head.sent and (h.is_ancestor(head) or head.is_ancestor(h))
            for h in self._heads[initiative_id_]
        )

    def _antecedent(self, draft: Draft) -> Initiative | None:
        anaphors: dict[str, list[str]] = load_table("initiatives")["anaphors"]
        same_kind = [m for m in reversed(self._mentions) if m[0] == draft.kind]
        same_term = next((m for m in same_kind if m[1] == draft.term), None)
        if same_term is None and draft.term in anaphors.get(draft.kind, []):
            same_term = next(iter(same_kind), None)
        return self._by_id[same_term[2]] if same_term is not None else None

    def _extend(
        self, initiative: Initiative, draft: Draft, sentence: Span, *, with_participants: bool
    ) -> None:
        mention = to_initiative(draft, sentence, self._actors, initiative.id)
        self._anchors[initiative.id] |= draft.anchors()
        self._heads[initiative.id].append(draft.head)
        evidence = mention.evidence[0]
        if evidence not in initiative.evidence:
            initiative.evidence.append(evidence)
        initiative.quantities += [
            q
            for q in mention.quantities
            if not any(_same_amount(q, k) for k in initiative.quantities)
        ]
        initiative.dates += [d for d in mention.dates if d not in initiative.dates]
        if initiative.status == DEFAULT_STATUS:
            initiative.status = mention.status
        if with_participants:
            _add_participants(initiative, mention.participants)

    def _reports(self, initiative: Initiative, event: Event) -> bool:
        """An event reports an initiative when it is triggered on the words naming it, or when
        it happens in one of its sentences between actors taking part."""
        if event.trigger.start in self._anchors[initiative.id]:
            return True
        in_evidence = any(s.start <= event.trigger.start < s.end for s in initiative.evidence)
        taking_part = {p.actor_id for p in initiative.participants}
        return in_evidence and bool(taking_part & {*event.source_ids, *event.target_ids})


def _same_amount(one: Quantity, other: Quantity) -> bool:
    """'to 60%' in the headline and '60% purity' below it are one amount, told twice."""
    if one.value is None or other.value is None:
        return one == other
    return (one.value, one.unit, one.measure) == (other.value, other.unit, other.measure)


def _add_participants(initiative: Initiative, more: list[Participant]) -> None:
    known = {p.actor_id for p in initiative.participants}
    initiative.participants += [p for p in more if p.actor_id not in known]
