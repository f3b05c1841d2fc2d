"""Initiatives named by what an actor does rather than by a noun: 'Washington lobbied its
partners to repatriate fighters', 'Moscow plans to block the resolution', 'the YPG shelled
Kilis', 'the committee refused to attend'.

Every event the article reports (`events`: a typed predicate with its sources and targets, read
from the parse) is an initiative when an actor carries it out and its PLOVER type is an act
with a course of its own (an agreement, an offensive, a demand, a refusal, aid...) rather than
a verdict on someone (DISAPPROVE). Its participants come from the event's arguments, its kind
from its type, its status from the modality of the words governing the predicate."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from attache.contract import Actor, Event
from attache.initiatives.frames import frame_of
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.data import word_set
from attache_worker.extraction.drafts import Draft, clause_of, phrase_text
from attache_worker.extraction.event_features import is_light
from attache_worker.extraction.events import asked_act, directs, no_one_acts
from attache_worker.extraction.participants import add_affiliations
from attache_worker.extraction.roles import leads_against_the_state
from attache_worker.extraction.verb_objects import second_direct_object

# What kind of initiative each type of act starts.
KIND_BY_TYPE = {
    "AGREE": "AGREEMENT",
    "CONSULT": "DIPLOMACY",
    "COOPERATE": "COOPERATION",
    "AID": "AID",
    "CONCEDE": "CONCESSION",
    "RETREAT": "CONCESSION",
    "MOBILIZE": "MILITARY_OPERATION",
    "FIGHT": "MILITARY_OPERATION",
    "ASSAULT": "MILITARY_OPERATION",
    "COERCE": "COERCION",
    "SANCTION": "SANCTION",
    "THREATEN": "THREAT",
    "DEMAND": "DEMAND",
    "REJECT": "REJECTION",
    "PROTEST": "PROTEST",
    "INVESTIGATE": "INVESTIGATION",
}
_HOSTILE_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
_RECEIVING_TYPES = frozenset({"AID", "SUPPORT", "CONCEDE"})
_TITLE_SKIPPED_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc"})
_TITLE_SKIPPED_DEPS |= {"advcl", "conj", "relcl", "parataxis", "mark", "advmod", "npadvmod"}
_MAX_TITLE_TOKENS = 12
# Prepositions that attribute the act or set it in time or circumstance, not part of what it is.
_ASIDE_PREPS = frozenset(
    {"according", "amid", "amidst", "despite", "after", "before", "during", "following"}
    | {"because", "due", "ahead", "since"}
)
_TIME_LABELS = frozenset({"DATE", "TIME"})
# Verbs of holding a view or a state, or of keeping watch, which report no act whatever type the
# model gives them ('the Philippines was monitoring the situation'):
# 'Turkey regards the YPG as a terror group', 'Syria remains a key objective'.
_STATES_OF_MIND = frozenset(
    {
        "regard", "consider", "believe", "think", "remain", "seem", "appear", "claim", "hope",
        "expect", "fear", "know", "see", "view", "deem", "feel", "doubt", "suspect", "assume",
        "monitor", "watch", "weigh", "study", "assess",
        # Verdicts: 'described the campaign as ethnic cleansing', 'branded them terrorists'.
        "describe", "label", "brand", "dub", "characterise", "characterize",
        # Evidence: 'the move showed that Trump keeps his promises', 'inspectors found Iran
        # feeding gas into centrifuges'.
        "show", "prove", "suggest", "indicate", "mean", "reflect", "find", "discover",
        # Remarks: 'HTS did not comment'.
        "comment",
        # Dwelling: '20,000 settlers live on the Golan'.
        "live", "reside",
        # Occurrences, which name no doer: 'noted what happened'.
        "happen", "occur",
        # Owning and becoming: 'the militia possesses drones', 'Bensalah becomes interim
        # president'.
        "possess", "own", "lack", "become",
        # Making up: 'the aircraft included 18 fighter jets'.
        "include", "comprise", "contain", "consist",
    }
)  # fmt: skip
# Verbs whose subject suffers what they tell: dying is no one's act, whoever reports it.
_SUFFERED = frozenset({"die", "perish", "drown", "starve"})
_HABITUAL = frozenset(
    {"repeatedly", "regularly", "often", "frequently", "routinely", "sometimes", "usually"}
)
Quoted = Callable[[int], bool]


def act_drafts(
    sentence: Span, events: list[Event], actors: DocActors, named: list[Draft], quoted: Quoted
) -> list[Draft]:
    """Drafts for the acts reported in this sentence that no `named` draft already names:
    'signed a ceasefire agreement', 'imposed sanctions' and 'agreed to increase training' are
    the agreement, the sanctions and the training. Acts spoken of inside a quotation are the
    speaker's words, not the article's report."""
    doc = sentence.doc
    heads = {d.head.i for d in named}
    drafts = []
    for event in events:
        start = event.trigger.start
        if not sentence.start_char <= start < sentence.end_char or quoted(start):
            continue
        kind = KIND_BY_TYPE.get(event.type)
        predicate = _token_at(doc, event.trigger.start)
        if kind is None or predicate is None or not event.source_ids:
            continue
        if predicate.lemma_.lower() in _STATES_OF_MIND or _heads_a_body(predicate, actors):
            continue
        if predicate.dep_ == "xcomp" and directs(predicate.head):
            # 'urged the parties to allow convoys': the act is the request, and what it asks
            # for, named or not ('urged Turkey to limit its offensive'), is what it is about.
            predicate = predicate.head
        elif heads & {t.i for t in _own_clause(predicate)}:
            continue
        if _background(predicate) or _denied(predicate, event.type) or _undergone(predicate):
            continue
        if event.type == "MOBILIZE" and not _names_forces(_own_clause(predicate)):
            # Mobilizing is of forces: 'called the verdict a travesty' calls up no one.
            continue
        if predicate.dep_ in {"acl", "relcl"} and predicate.head.i in heads:
            continue  # 'a border force to patrol the frontier' tells what the force is for
        draft = _draft(event, kind, predicate, actors)
        if _someone_accountable(draft, actors) and _has_counterpart(draft, event):
            drafts.append(draft)
    return drafts


# Verbs of being at the head of something: 'commands the Rapid Support Forces'.
_HEADING = frozenset({"command", "head", "lead", "run", "chair", "direct"})


def _heads_a_body(predicate: Token, actors: DocActors) -> bool:
    """'Hemedti commands the Rapid Support Forces', 'led the government's delegation', 'the
    Government of National Accord, led by Fayez al-Sarraj': heading a body is a post, not an
    act ('led the offensive' is one)."""
    if predicate.lemma_.lower() not in _HEADING:
        return False
    led = [c for c in predicate.children if c.dep_ in {"dobj", "nsubjpass"}]
    if predicate.dep_ == "acl" and predicate.tag_ == "VBN":
        led.append(predicate.head)
    return any(o.i in actors.token_actor or _names_a_body(o) for o in led)


def _names_a_body(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _LED_BODIES or any(
        lemma in word_set("groups", table) for table in ("institutions", "bodies", "nouns")
    )


# Bodies of people one may lead besides institutions, armed bodies and bands ('rebels').
_LED_BODIES = frozenset({"delegation", "team", "force", "mission", "unit", "cabinet", "country"})


def _denied(predicate: Token, event_type: str) -> bool:
    """'Hezbollah did not immediately comment': a negated act did not happen, unless the
    negation is the act ('did not accept the terms' is a rejection)."""
    if predicate.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in predicate.children
    ):
        return True  # 'said it had no information about the operation'
    if predicate.lemma_.lower() == "fail" or (
        predicate.dep_ == "xcomp" and predicate.head.lemma_.lower() == "fail"
    ):
        return True  # 'the French had failed to defeat the jihadists': no defeat, no refusal
    negated = any(c.dep_ == "neg" for c in predicate.children) or no_one_acts(predicate)
    # A noun the event was read from ('has not confirmed the death') is told by its verb.
    verb = predicate.head if predicate.dep_ == "dobj" else predicate
    if verb is not predicate and any(c.dep_ == "neg" for c in verb.children):
        return verb.lemma_.lower() in _UNTOLD
    return negated and (event_type != "REJECT" or verb.lemma_.lower() in _UNTOLD)


# Verbs of telling and checking, which negated ('Isis has not confirmed the death', 'could not
# verify the reports') leave a thing untold rather than refuse anything.
_UNTOLD = frozenset(
    {"confirm", "comment", "respond", "reply", "disclose", "reveal", "specify", "say", "explain"}
    | {"elaborate", "identify", "name", "report", "announce", "verify"}
)


def _undergone(predicate: Token) -> bool:
    """'American forces came under artillery fire', 'fell under suspicion', 'four soldiers
    died': the subject undergoes the act; it does not carry it out."""
    lemma = predicate.lemma_.lower()
    if lemma in _SUFFERED:
        return True
    return lemma in {"come", "fall"} and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in predicate.children
    )


def _background(predicate: Token) -> bool:
    """A clause saying what happens at a place or time describes it ('the shoal, where coast
    guard vessels have fired water cannons'); 'have clashed repeatedly' tells a pattern, not
    an act. A relative clause on a party still reports one ('officials, who have also lobbied
    their partners')."""
    describes = predicate.dep_ == "relcl" and (
        any(c.lower_ in {"where", "when"} for c in predicate.children) or _standing(predicate)
    )
    habitual = any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in predicate.children)
    return describes or habitual or _never_done(predicate)


_MODALS = frozenset({"will", "would", "shall", "can", "could", "'ll", "wo"})


def _never_done(predicate: Token) -> bool:
    """'Trump has never shied away from contradictions' tells a habit, not a refusal; 'Iran
    would never negotiate under pressure' still refuses."""
    children = list(predicate.children)
    never = any(c.lower_ == "never" for c in children)
    return never and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children)


def _standing(predicate: Token) -> bool:
    """'the UAE, which leads the ground forces', 'China, which controls part of Ladakh': a
    relative clause in the simple present tells what its party does all along, not an act."""
    return predicate.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in predicate.children
    )


def _names_forces(clause: list[Token]) -> bool:
    forces = word_set("initiatives", "military_words") | word_set("initiatives", "personnel")
    return any(t.lemma_.lower() in forces or t.lower_ in forces for t in clause)


def _someone_accountable(draft: Draft, actors: DocActors) -> bool:
    """A state, a body, or a person who serves one or leads against one: what a commentator or
    a witness does ('the expert warned') is no initiative."""
    return any(
        role == "LEAD" and _answers_for_it(actors.by_id[actor_id])
        for actor_id, role in draft.participants.items()
    )


def _answers_for_it(actor: Actor) -> bool:
    if actor.kind != "PERSON":
        return True
    return actor.affiliation is not None or leads_against_the_state(actor.titles)


def _has_counterpart(draft: Draft, event: Event) -> bool:
    """Talks, visits and meetings take two: 'spoke in Ankara' is a speech, 'spoke with Ankara'
    a consultation."""
    return event.type != "CONSULT" or bool(event.target_ids)


def _own_clause(predicate: Token) -> list[Token]:
    """The predicate's words and what depends on them, short of coordinated clauses."""
    out = [predicate]
    for child in predicate.children:
        if child.dep_ not in {"conj", "parataxis", "advcl", "relcl"}:
            out.extend(child.subtree)
    return out


def _draft(event: Event, kind: str, predicate: Token, actors: DocActors) -> Draft:
    if event.type == "RETREAT" and frame_of(predicate.lemma_.lower(), kind) == "withdrawal":
        # PLOVER's RETREAT is any climb-down (easing curbs, freeing prisoners); a withdrawal of
        # forces is a military operation.
        kind = "MILITARY_OPERATION"
    roles = dict.fromkeys(event.source_ids, "LEAD")
    other = _role_of_targets(event.type)
    for actor_id in event.target_ids:
        roles.setdefault(actor_id, other)
    add_affiliations(roles, actors)
    phrase = _phrase(predicate)
    return Draft(
        kind=kind,
        term=predicate.lemma_.lower(),
        head=predicate,
        title=_title(event, phrase),
        participants=roles,
        scope=clause_of(predicate)
        if predicate.pos_ in {"VERB", "AUX"}
        else list(predicate.subtree),
        verbal=predicate.pos_ in {"VERB", "AUX"},
        phrase=phrase,
        event_type=event.type,
    )


def _role_of_targets(event_type: str) -> str:
    if event_type in _HOSTILE_TYPES:
        return "TARGET"
    if event_type in _RECEIVING_TYPES:
        return "BENEFICIARY"
    return "PARTNER"


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _phrase(predicate: Token) -> list[Token]:
    """The predicate with what follows it, its objects and complements, without side clauses
    or times: 'block renewal of the UN resolution'. A noun a light verb takes shares the
    verb's complements: 'take part in any Nato mission'."""
    out = [predicate, *_complements(predicate, predicate.i)]
    if predicate.lemma_ == "be":
        # 'the claims are untrue': a copula says nothing without what it is said of.
        said_of = (c for c in predicate.children if c.dep_ == "nsubj")
        out += [t for subject in said_of for t in subject.subtree]
    if predicate.dep_ == "dobj" and is_light(predicate.head):
        out += [predicate.head, *_complements(predicate.head, predicate.i)]
    return sorted(out, key=lambda t: t.i)


def _complements(head: Token, after: int) -> list[Token]:
    # 'called for the council to consider easing sanctions': the act asked is what is asked for.
    asked = asked_act(head) if directs(head) else None
    out: list[Token] = []
    for child in head.children:
        if second_direct_object(child):
            continue  # 'cut ties … after the rebels fired missiles', read as 'cut … missiles'
        if child.i > after and (child.dep_ not in _TITLE_SKIPPED_DEPS or child == asked):
            if child.dep_ == "prep" and (_only_time(child) or child.lower_ in _ASIDE_PREPS):
                continue  # 'on Tuesday', 'according to a journalist', 'despite the ban'
            out.extend(t for t in child.subtree if t.ent_type_ not in _TIME_LABELS)
        elif child.dep_ == "prt":
            out.append(child)
    return out


def _only_time(preposition: Token) -> bool:
    objects = [t for t in preposition.subtree if t.i != preposition.i]
    return bool(objects) and all(t.ent_type_ in _TIME_LABELS for t in objects)


_LOOSE_ENDS = frozenset({"cc", "prep", "det", "agent", "punct"})


def _title(event: Event, phrase: list[Token]) -> str:
    """'United States: withdraw US troops from northern Syria'."""
    tokens = phrase[:_MAX_TITLE_TOKENS]
    # Punctuation by its part of speech: '%' of 'to 60%' is a noun, whatever its characters.
    while tokens and (tokens[-1].pos_ == "PUNCT" or tokens[-1].dep_ in _LOOSE_ENDS):
        tokens.pop()
    words = " ".join(phrase_text(tokens).strip(" ,;:“”\"'").split())
    who = " and ".join(event.sources[:2])
    return f"{who}: {words}" if who else words[:1].upper() + words[1:]
