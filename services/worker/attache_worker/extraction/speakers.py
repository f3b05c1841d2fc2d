"""Who a subject word refers to: a named actor in it, or for a pronoun or a bare title ('he',
'the minister') the most recent person mentioned before it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Span, Token

from attache_worker.extraction.acting import apart_from_its_state
from attache_worker.extraction.actors import DocActors
from attache_worker.extraction.data import word_set
from attache_worker.extraction.given_names import Sex, sex_of
from attache_worker.extraction.nlp import hung_on_its_subject, hyphened_participle
from attache_worker.extraction.roles import CALLING_BACK_BODIES
from attache_worker.extraction.titles import title_ends, title_words

_PRONOUN_SEX: dict[str, Sex] = {"he": "male", "him": "male", "she": "female", "her": "female"}
_PERSON_PRONOUNS = frozenset(_PRONOUN_SEX)
_GROUP_PRONOUNS = frozenset({"it", "they", "them"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
# What a state or a body has and speaks through: 'the ministry said'.
_INSTITUTIONS = frozenset(
    {"ministry", "department", "government", "embassy", "office", "cabinet", "presidency"}
    | {"army", "military", "parliament", "agency", "radio", "council", "commission", "court"}
    | {"regime"}
)
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_NAMING_DEPS = frozenset({"compound", "poss", "amod", "nmod", "prep", "pobj", "conj", "cc"})
# Participles that tie a noun to the body it belongs to: 'workers affiliated with the union'.
_AFFILIATION = frozenset({"affiliate", "ally", "align", "link", "belong", "attach", "tie"})


def resolve_subject(subject: Token, actors: DocActors, skip: range | None = None) -> str | None:
    """The actor id a subject stands for; `skip` is a token range to ignore (the quote itself).
    A person named with the title heading the subject is who it is: 'the Turkish foreign
    minister, Mevlüt Çavuşoğlu' is Çavuşoğlu, not Turkey."""
    found = subject_actors(subject, actors, skip)
    if len(found) < 2:
        return found[0] if found else None
    # 'Syria's state news agency, Sana, said', 'Ghani's adviser, Hamdullah Mohib, said': the
    # name in apposition is who the noun is, not its owner. A name is who it is, whatever the
    # parser hangs on it ('Stokes, Carter Center senior vice president').
    if subject.i not in actors.token_actor:
        apposed = [actors.token_actor.get(c.i) for c in subject.children if _names_the_noun(c)]
        named = next((a for a in apposed if a in found), None)
        if named is not None:
            return named
    person = next((a for a in found if a.startswith("person:")), None)
    if person is not None and _names_a_person(subject, actors):
        return person
    return _served_body(subject, actors, found) or found[0]


def _served_body(subject: Token, actors: DocActors, found: list[str]) -> str | None:
    """'a spokesman for the US-led coalition': the body the noun speaks for is the one heading
    the phrase after 'for' or 'of', not a name that only modifies it ('US')."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
            continue
        for obj in prep.children:
            actor = actors.token_actor.get(obj.i) if obj.dep_ == "pobj" else None
            if actor in found:
                return actor
    return None


def _names_a_person(subject: Token, actors: DocActors) -> bool:
    head_actor = actors.token_actor.get(subject.i)
    return subject.lower_ in title_words() or (
        head_actor is not None and head_actor.startswith("person:")
    )


def subject_actors(subject: Token, actors: DocActors, skip: range | None = None) -> list[str]:
    """Every actor a subject names ('Tokyo and Seoul'), or the one a pronoun or title stands for."""
    core = _core(subject)
    named = actors.actors_in(t.i for t in [*headline_partners(subject.left_edge), *core])
    named = [a for a in named if a not in _backers(core, actors)]
    named = [a for a in named if not _owns_people_apart(subject, a, actors)]
    if named:
        person = _titled_person_of(subject, named, actors, skip)
        return [person] if person is not None else _without_unserved_states(subject, named, actors)
    resolved = _resolve_reference(subject, actors, skip)
    return [resolved] if resolved is not None else []


def _owns_people_apart(subject: Token, actor_id: str, actors: DocActors) -> bool:
    """'Syria's rebels', 'Venezuela's opposition': a country named only as the owner of people
    who do not act for it is no party to what they do."""
    if not actor_id.startswith("country:") or not apart_from_its_state(subject):
        return False
    owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    mentioned = {i for i in (t.i for t in _core(subject)) if actors.token_actor.get(i) == actor_id}
    return bool(mentioned) and mentioned <= owners


# Participles after a hyphen that make the name before them a sponsor: 'the UN-backed
# government', 'Turkish-backed rebels'. ('US-led' forces are the US's: leading is taking part.)
_SPONSORING = frozenset({"back", "sponsor", "fund", "finance", "support", "arm", "train"})


def sponsors(token: Token) -> bool:
    """'backed' in 'the UN-backed government': the name before it sponsors what follows."""
    return token.lemma_.lower() in _SPONSORING and hyphened_participle(token)


def _backers(core: list[Token], actors: DocActors) -> set[str]:
    """Actors that only sponsor the subject: they are named in it, but do not act with it."""
    found = set()
    for token in core:
        if sponsors(token):
            actor = actors.token_actor.get(token.i - 2)
            if actor is not None:
                found.add(actor)
    return found


def _without_unserved_states(subject: Token, named: list[str], actors: DocActors) -> list[str]:
    """'Venezuela's opposition leader María Corina Machado': a country named in the title of a
    person who does not serve it is no party to what the person does ('Brazil's president,
    Lula' serves Brazil, and both act)."""
    people = [a for a in named if a.startswith("person:")]
    if len(people) != 1:
        return named
    served = actors.by_id[people[0]].affiliation
    return [
        a
        for a in named
        if not a.startswith("country:")
        or actors.by_id[a].name == served
        or not _in_title_of(subject, a, actors)
    ]


def _in_title_of(subject: Token, actor_id: str, actors: DocActors) -> bool:
    """Some mention of the actor hangs from the subject by modifiers, not by a conjunction."""
    for token in subject.subtree:
        if actors.token_actor.get(token.i) != actor_id:
            continue
        path = token
        while path.i != subject.i and path.dep_ != "conj" and path.head.i != path.i:
            path = path.head
        if path.i == subject.i:
            return True
    return False


def _resolve_reference(subject: Token, actors: DocActors, skip: range | None) -> str | None:
    lower = subject.lower_
    if lower in _PERSON_PRONOUNS:
        sex = _PRONOUN_SEX[lower]
        return (
            _person_heading_the_sentence(subject, actors, sex)
            or _previous_person_subject(subject, actors, sex)
            or last_mentioned(actors, subject.i, people=True, skip=skip, sex=sex)
        )
    if lower in _GROUP_PRONOUNS:
        carried = None
        if lower == "it":
            carried = _body_saying_it(subject, actors) or _previous_subject(subject, actors)
        described = _relative_antecedent(subject) if carried is None else None
        if described is not None:
            # 'the SDF, which it described as "a key partner"': not the noun the clause is on.
            own = set(actors.actors_in(t.i for t in _core(described)))
            others = (
                a
                for a in mentioned_before(actors, subject.i, skip)
                if not a.startswith("person:") and a not in own
            )
            return next(others, None)
        return carried or last_mentioned(actors, subject.i, people=False, skip=skip)
    if lower in title_words() and not _indefinite(subject):
        if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject.children):
            # 'its director told AFP' after 'the Syrian Observatory': the body's officer; 'its
            # opposition to the treaty' the body's own.
            return last_mentioned(actors, subject.i, people=False, skip=skip)
        if lower in title_ends():
            # 'the minister said': a title's last word stands for its holder; 'the opposition'
            # or 'the state', words only inside titles ('opposition leader'), for no one.
            return _last_with_title(actors, subject, skip)
    if _definite(subject) and subject.pos_ == "NOUN":
        return _last_named_by(actors, subject, skip)
    return None


def _person_heading_the_sentence(pronoun: Token, actors: DocActors, sex: Sex | None) -> str | None:
    """'Lindsey Graham, a close ally of Trump, urged him to reconsider the pullout, which he
    called a mistake': a pronoun subject of a clause inside the sentence stands for the person
    the sentence's main clause is about, over persons named nearer in between."""
    root = pronoun.sent.root
    if pronoun.dep_ != "nsubj" or pronoun.head.i == root.i:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON":
        return None
    named = actors.actors_in(t.i for t in _core(subject))
    if not any(a.startswith("person:") for a in named) and subject.lower_ in title_words():
        # 'The US president said …, which he called …': the person the title stands for.
        referred = resolve_subject(subject, actors)
        named = [referred] if referred is not None else []
    people = [a for a in named if a.startswith("person:")]
    if len(named) != 1 or len(people) != 1 or contradicts(actors, people[0], sex):
        return None
    return people[0]


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative clause hangs on, where the pronoun is the clause's subject and a
    relative word its object ('the SDF, which it described as …'): the pronoun is someone
    else."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
        return None
    objects = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    relative = any(c.dep_ in {"dobj", "pobj"} and c.tag_ in {"WDT", "WP"} for c in objects)
    return verb.head if relative else None


def _body_saying_it(pronoun: Token, actors: DocActors) -> str | None:
    """'The United States, which has cut its funding for projects in Syria, said it would
    provide $108m': 'it', subject of what the sentence's subject says, is that subject when it
    is one state or body, over names in between."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    root = verb.head
    if root.dep_ != "ROOT":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON":
        return None
    named = actors.actors_in(t.i for t in _core(subject))
    if len(named) != 1 or named[0].startswith("person:"):
        return None
    return named[0]


def _previous_person_subject(pronoun: Token, actors: DocActors, sex: Sex | None) -> str | None:
    """'The defence minister, Awad Ibn Auf, announced that Bashir had been arrested. He said
    …': 'he' opening a sentence as its subject carries on the person the sentence before is
    about, over persons named after its subject."""
    before = _sentence_before(pronoun)
    if before is None:
        return None
    subject = _main_subject(before)
    if subject is None or subject.pos_ == "PRON":
        return None
    person = resolve_subject(subject, actors)
    if person is None or not person.startswith("person:") or contradicts(actors, person, sex):
        return None
    return person


def _main_subject(sentence: Span) -> Token | None:
    """The subject of the sentence's main verb; where the parser hung that verb on its subject
    as a participle ('The defence minister, Awad Ibn Auf, announced …' read with 'minister' as
    the root), the root noun."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None and root.pos_ in {"NOUN", "PROPN"}:
        return root if any(hung_on_its_subject(c) for c in root.children) else None
    return subject


def _sentence_before(pronoun: Token) -> Span | None:
    """The sentence before the pronoun's, where the pronoun opens its own as the subject, or
    attributes the quote that opens it ('“He has never lost like this,” he said')."""
    sentence = pronoun.sent
    if pronoun.dep_ != "nsubj" or sentence.start == 0:
        return None
    if pronoun.i != _first_word(sentence) and not _attributes_opening_quote(pronoun, sentence):
        return None
    before = pronoun.doc[sentence.start - 1].sent
    if _all_quoted(before) and before.start > 0:
        # '“Where is his body?” he asked', split after the question mark: 'he' attributes the
        # quote, and carries on the person of the sentence before it.
        return pronoun.doc[before.start - 1].sent
    return before


def _all_quoted(sentence: Span) -> bool:
    """A sentence that is a quote and nothing else."""
    return len(sentence) > 2 and sentence[0].is_quote and sentence[-1].is_quote


def _attributes_opening_quote(pronoun: Token, sentence: Span) -> bool:
    """The pronoun comes right after a quote its `sentence` opens with: a reporter carries the
    speaker on from the sentence before, as with a pronoun that opens the sentence."""
    return (
        pronoun.i > sentence.start + 1
        and sentence[0].is_quote
        and pronoun.doc[pronoun.i - 1].is_quote
    )


def _previous_subject(pronoun: Token, actors: DocActors) -> str | None:
    """'Ankara views the Syrian Kurds as an extension of the PKK, with whom it has fought an
    insurgency. It has vowed …': 'it' opening a sentence as its subject carries on the subject
    of the sentence before, when that is one state or body (named, or called back by a noun),
    over names mentioned after it."""
    before = _sentence_before(pronoun)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = [
        a for a in actors.actors_in(t.i for t in _core(subject)) if not a.startswith("person:")
    ]
    if not named and _definite(subject) and subject.pos_ == "NOUN":
        # 'The court in The Hague said … It also issued …': the body the noun calls back.
        called_back = _last_named_by(actors, subject, None)
        return None if called_back is None or called_back.startswith("person:") else called_back
    return named[0] if len(named) == 1 else None


def _first_word(sentence: Span) -> int:
    return next((t.i for t in sentence if not (t.is_space or t.is_punct)), sentence.start)


def _definite(subject: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _last_named_by(actors: DocActors, subject: Token, skip: range | None) -> str | None:
    """'the radio said' after 'Damascus Radio', 'the ministry' after 'the Foreign Ministry':
    a definite noun is the last body mentioned whose name ends in it."""
    noun = subject.lemma_.lower()
    for actor_id in mentioned_before(actors, subject.i, skip):
        name = actors.by_id[actor_id].name.split()
        if not actor_id.startswith("person:") and len(name) > 1 and name[-1].lower() == noun:
            return actor_id
    if noun in CALLING_BACK_BODIES:
        # 'the group said' after 'Hamas' or 'the Sudanese Professionals Association'.
        return next(
            (a for a in mentioned_before(actors, subject.i, skip) if _is_a_body(actors, a)), None
        )
    return _last_owner_of(actors, subject, skip)


def _is_a_body(actors: DocActors, actor_id: str) -> bool:
    return actors.by_id[actor_id].kind in {"ORGANIZATION", "GROUP"}


def _last_owner_of(actors: DocActors, subject: Token, skip: range | None) -> str | None:
    """'the ministry said' after "Russia's foreign ministry" or 'the Turkish foreign
    ministry': the last actor named as what the noun belongs to."""
    noun = subject.lemma_.lower()
    if noun not in _INSTITUTIONS:
        # 'the force' after 'the US-backed force' belongs to no one named.
        return None
    doc = subject.doc
    for i in range(subject.i - 1, -1, -1):
        actor_id = actors.token_actor.get(i)
        if actor_id is None or actor_id.startswith("person:") or (skip and i in skip):
            continue
        token = doc[i]
        if token.dep_ in _OWNER_DEPS and token.head.i > i and token.head.lemma_.lower() == noun:
            return actor_id
    return None


def _indefinite(subject: Token) -> bool:
    """'one diplomat said', 'a senior official said': an unnamed source, nobody named before."""
    return any(c.lower_ in _INDEFINITE and c.dep_ in {"det", "nummod"} for c in subject.children)


def headline_partners(first: Token) -> list[Token]:
    """'Japan, Philippines sign troop pact': headlines join subjects with a bare comma. The
    proper nouns opening the sentence before a comma right before `first` (the subject's first
    word) name subjects too; the parser hangs them anywhere ('npadvmod', 'intj')."""
    doc = first.doc
    comma = first.i - 1
    # The comma first: finding the sentence's start walks the sentence.
    if comma < 1 or doc[comma].text != ",":
        return []
    start = first.sent.start
    if comma <= start:
        return []
    opening = doc[start:comma]
    return list(opening) if all(t.pos_ == "PROPN" for t in opening) else []


def _core(subject: Token) -> list[Token]:
    """The subject and the words that name it, without relative clauses or appositions, except
    the name in apposition to a title ('the foreign minister, Mevlüt Çavuşoğlu')."""
    naming = _NAMING_DEPS | ({"appos"} if subject.lower_ in title_words() else set())
    owned = any(_names_its_owner(c) for c in subject.children)
    out = [subject]
    for child in subject.children:
        if owned and child.dep_ == "prep" and child.lower_ in {"in", "at"}:
            continue  # 'China's embassy in Ottawa' is China's; Ottawa is where it sits
        if child.dep_ in naming or _names_the_noun(child):
            out.extend(child.subtree)
    return out


def _names_its_owner(child: Token) -> bool:
    return child.dep_ == "poss" or (
        child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}
    )


def _names_the_noun(child: Token) -> bool:
    """'the tourist, Khaled Hijazi, 37': a name in apposition is who the noun is; 'workers
    affiliated with the union' are the union's."""
    if child.dep_ == "appos":
        return child.pos_ == "PROPN"
    return child.dep_ == "acl" and child.lemma_.lower() in _AFFILIATION


def last_mentioned(
    actors: DocActors,
    before: int,
    *,
    people: bool,
    skip: range | None = None,
    sex: Sex | None = None,
) -> str | None:
    """The nearest actor before, a person or not; with `sex`, a person whose given name says
    otherwise is passed over ('she' after 'Edmundo González')."""
    return next(
        (
            a
            for a in mentioned_before(actors, before, skip)
            if a.startswith("person:") == people and not contradicts(actors, a, sex)
        ),
        None,
    )


def contradicts(actors: DocActors, actor_id: str, sex: Sex | None) -> bool:
    """The person's given name is listed under the other sex than a pronoun's."""
    if sex is None or not actor_id.startswith("person:"):
        return False
    words = actors.by_id[actor_id].name.split()
    known = sex_of(words[0]) if len(words) > 1 and not _family_name_first(words) else None
    return known is not None and known != sex


def _family_name_first(words: list[str]) -> bool:
    """'Moon Jae-in', 'Park Geun-hye': a Korean name ends in its given name, hyphened with a
    lower-case part, and opens with the family name, which says nothing of sex."""
    _, hyphen, rest = words[-1].partition("-")
    return bool(hyphen) and rest.isalpha() and rest.islower()


def pronoun_sex(word: str) -> Sex | None:
    return _PRONOUN_SEX.get(word.lower())


def mentioned_before(actors: DocActors, before: int, skip: range | None = None) -> Iterator[str]:
    """The actors mentioned before token `before`, nearest first, leaving out mentions that
    start inside `skip` (the quote itself)."""
    index = bisect_left(actors.mention_starts, (before, ""))
    for start, actor_id in reversed(actors.mention_starts[:index]):
        if skip is None or start not in skip:
            yield actor_id


def _titled_person_of(
    subject: Token, named: list[str], actors: DocActors, skip: range | None
) -> str | None:
    """'the Venezuelan leader told supporters': one person, by a title and the country they
    serve, is the last person mentioned before who serves it. Only a singular title with 'the'
    ('Iranian officials' are the state speaking) and only where no one is named with it."""
    if subject.lower_ not in title_words() or subject.tag_ != "NN":
        return None
    if not _definite(subject):
        return None
    if any(a.startswith("person:") for a in named) or subject.i in actors.token_actor:
        return None
    served = {actors.by_id[a].name for a in named}
    return next(
        (
            a
            for a in mentioned_before(actors, subject.i, skip)
            if a.startswith("person:") and actors.by_id[a].affiliation in served
        ),
        None,
    )


def _last_with_title(actors: DocActors, subject: Token, skip: range | None) -> str | None:
    for actor_id in mentioned_before(actors, subject.i, skip):
        if subject.lower_ in " ".join(actors.by_id[actor_id].titles).lower():
            return actor_id
    return last_mentioned(actors, subject.i, people=True, skip=skip)


# 'accused Addis Ababa of using drones', 'thanked Qatar for mediating': the object of the verb
# did the act its preposition names.
_ACCOUNT_PREPS = frozenset({"of", "for", "over", "with"})


def held_to_account(act: Token, actors: DocActors) -> list[str]:
    """Whom a verb of accusing, blaming or crediting holds to be the doer of `act`, the act or
    event its preposition names."""
    if act.dep_ not in {"pcomp", "pobj"}:
        return []
    prep = act.head
    if prep.dep_ != "prep":
        return []
    if prep.lower_ not in _ACCOUNT_PREPS or prep.head.lemma_.lower() not in word_set(
        "events", "attributing"
    ):
        return []
    objects = (c for c in prep.head.children if c.dep_ == "dobj")
    return [a for obj in objects for a in subject_actors(obj, actors)]
