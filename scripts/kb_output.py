"""The last steps of `build_kb.py`: blocks that are the same actor become one entry, every form
belongs to one entry only, ids are given, and the table is laid out for `kb.py`."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from kb_names import cased, is_initialism_of
from spacy.lang.en.stop_words import STOP_WORDS

from attache_worker.extraction.kb import fold, slug

if TYPE_CHECKING:
    from kb_assemble import Assembler, Draft


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(b)] = self.find(a)


def finish(assembler: Assembler) -> dict[str, Any]:
    for draft in assembler.drafts:
        person = draft.kind == "PERSON"
        draft.heads = [cased(h, assembler.acronyms, person=person) for h in draft.heads]
        draft.forms = [cased(f, assembler.acronyms, person=person) for f in draft.forms]
        draft.demonyms = [cased(f, assembler.acronyms, person=True) for f in draft.demonyms]
    drafts = _merge(assembler.drafts)
    drafts.sort(key=lambda d: (d.priority, _name(d).lower()))
    for draft in drafts:
        _close_roles(draft)
    ids = _assign_ids(drafts)
    common = sorted(set(STOP_WORDS) | set(assembler.agents))
    owners = _owners(drafts)
    entries = [_entry(d, ids, owners, assembler) for d in drafts]
    return {
        "counts": _counts(entries),
        "country_codes": {k: v.iso2 for k, v in sorted(assembler.countries.items())},
        "common_words": common,
        "agents": dict(sorted(assembler.agents.items())),
        "places": _places(assembler, owners),
        "media": sorted(assembler.media),
        "entries": entries,
    }


def _same_actor(a: Draft, b: Draft) -> bool:
    # The supplement may tell a body the dictionaries list to be a looser group.
    collective = {a.kind, b.kind} <= {"ORGANIZATION", "GROUP"} and "supplement" in (
        a.source,
        b.source,
    )
    if a.kind != b.kind and not collective:
        return False
    country_a, country_b = a.country or _role_country(a), b.country or _role_country(b)
    return not (country_a and country_b and country_a != country_b)


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Drafts of one kind are one actor when their names are the same, when one lists the
    other's name among its own under the same code (the supplement: under any code), or when
    one's acronym is the other's initials under the same code. Sharing some other alias is not
    enough: the dictionaries file predecessors and affiliates under an organization's names."""
    union = _Union(len(drafts))
    heads: dict[str, list[int]] = defaultdict(list)
    for i, draft in enumerate(drafts):
        if draft.kind != "COUNTRY":
            for head in draft.heads:
                heads[fold(head)].append(i)
    for members in heads.values():
        for j in members[1:]:
            if _same_actor(drafts[members[0]], drafts[j]):
                union.join(members[0], j)
    for i, draft in enumerate(drafts):
        for key in {fold(f) for f in draft.forms if _mergeable(draft, f)}:
            for j in heads.get(key, ()):
                other = drafts[j]
                related = draft.code == other.code or "supplement" in (draft.source, other.source)
                if j != i and related and _same_actor(draft, other):
                    union.join(j, i)
    _join_acronyms(drafts, union)
    groups: dict[int, list[Draft]] = defaultdict(list)
    for i, draft in enumerate(drafts):
        groups[union.find(i)].append(draft)
    return [_combine(members) for members in groups.values()]


def _mergeable(draft: Draft, form: str) -> bool:
    """People merge on full names only: many share a surname."""
    return draft.kind != "PERSON" or len(form.split()) > 1


def _join_acronyms(drafts: list[Draft], union: _Union) -> None:
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, draft in enumerate(drafts):
        if draft.kind == "ORGANIZATION" and draft.code:
            by_code[draft.code].append(i)
    for members in by_code.values():
        for i in members:
            shorts = [f for f in drafts[i].forms if " " not in f and f.isupper()]
            for j in members:
                longs = [f for f in drafts[j].forms if " " in f]
                if i != j and any(is_initialism_of(s, lg) for s in shorts for lg in longs):
                    union.join(j, i)


def _combine(members: list[Draft]) -> Draft:
    members.sort(key=lambda d: (d.source != "supplement", -len(d.forms)))
    first = members[0]
    for other in members[1:]:
        first.heads += other.heads
        first.forms += other.forms
        first.roles += [r for r in other.roles if r not in first.roles]
        first.members += other.members
        first.demonyms += other.demonyms
        first.shared_names += other.shared_names
        first.sector = first.sector or other.sector
        first.country = first.country or other.country
        first.fixed_id = first.fixed_id or other.fixed_id
        first.close = {**other.close, **first.close}
        other.merged_into = first
        if other.source != first.source:
            first.source = "petrarch2+supplement"
    return first


def _close_roles(draft: Draft) -> None:
    """Roles the dictionaries left open ("in office when compiled") that have since ended."""
    for role in draft.roles:
        end = draft.close.get(role["code"])
        if end and role["end"] is None and (role["start"] or "") < end:
            role["end"] = end


def _final(draft: Draft) -> Draft:
    while draft.merged_into is not None:
        draft = draft.merged_into
    return draft


def _name(draft: Draft) -> str:
    """The supplement's name, a country's, a person's first; for organizations the shortest
    head that is not an acronym, without a leading "The"."""
    if draft.source != "petrarch2" or draft.kind != "ORGANIZATION":
        return draft.heads[0]
    heads = [h.removeprefix("The ") for h in draft.heads]
    words = [h for h in heads if not h.isupper()] or heads
    return min(words, key=lambda h: (len(h.split()), len(h), h))


def _assign_ids(drafts: list[Draft]) -> dict[int, str]:
    prefix = {"ORGANIZATION": "org", "GROUP": "group", "PERSON": "person"}
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for draft in drafts:
        if draft.fixed_id:
            base = draft.fixed_id
        elif draft.kind == "COUNTRY":
            base = f"country:{draft.country}"
        else:
            base = f"{prefix[draft.kind]}:{slug(_name(draft))}"
        candidate = base
        if candidate in taken and (draft.country or _role_country(draft)):
            candidate = f"{base}-{(draft.country or _role_country(draft) or '').lower()}"
        n = 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        ids[id(draft)] = candidate
    return ids


def _role_country(draft: Draft) -> str | None:
    return next((r["country"] for r in draft.roles if r.get("country")), None)


def _owners(drafts: list[Draft]) -> dict[str, Draft]:
    """Each folded form to the first entry (in priority order) that has it."""
    owners: dict[str, Draft] = {}
    for draft in drafts:
        for form in [_name(draft), *draft.forms]:
            owners.setdefault(fold(form), draft)
    return owners


def _entry(
    draft: Draft, ids: dict[int, str], owners: dict[str, Draft], assembler: Assembler
) -> dict[str, Any]:
    name = _name(draft)
    aliases: dict[str, str] = {}
    for form in draft.forms:
        key = fold(form)
        if key and key != fold(name) and owners.get(key) is draft:
            aliases.setdefault(key, form)
    entry: dict[str, Any] = {"id": ids[id(draft)], "name": name, "kind": draft.kind}
    if aliases:
        entry["aliases"] = sorted(aliases.values(), key=lambda f: (fold(f), f))
    for key in ("sector", "country", "code"):
        if getattr(draft, key):
            entry[key] = getattr(draft, key)
    if draft.roles:
        entry["roles"] = [_role_out(r, ids, owners, assembler) for r in _roles(draft)]
    demonyms = dict.fromkeys(d for d in draft.demonyms if owners.get(fold(d)) is None)
    if demonyms:
        entry["demonyms"] = list(demonyms)
    if draft.shared_names:
        entry["shared_names"] = list(dict.fromkeys(draft.shared_names))
    if draft.source != "petrarch2":
        entry["source"] = draft.source
    return entry


def _roles(draft: Draft) -> list[dict[str, Any]]:
    """Distinct roles; the elite ones (before or after office) only for people with no other."""
    roles: list[dict[str, Any]] = []
    for role in draft.roles:
        if role not in roles:
            roles.append(role)
    offices = [r for r in roles if r["sector"] != "ELI"]
    return offices or roles


def _role_out(
    role: dict[str, Any], ids: dict[int, str], owners: dict[str, Draft], assembler: Assembler
) -> list[str | None]:
    """[code, start, end] and the organization's id where the role is in one; the country and
    sector follow from the code."""
    org = role.get("org")
    if isinstance(org, str):
        org = owners.get(fold(org))
    org = org or _org_of_code(role.get("code"), assembler)
    out = [role["code"], role["start"], role["end"]]
    return [*out, ids[id(_final(org))]] if org is not None else out


def _org_of_code(code: str | None, assembler: Assembler) -> Draft | None:
    """The organization a role code such as IGOWSTNAT stands for, when one entry has it."""
    if not code or not code.startswith(("IGO", "NGO", "IMG")):
        return None
    orgs = [d for d in assembler.drafts if d.kind == "ORGANIZATION" and d.code == code]
    return max(orgs, key=lambda d: len(d.forms)) if orgs else None


def _places(assembler: Assembler, owners: dict[str, Draft]) -> dict[str, str]:
    """Towns, regions and landmarks the dictionaries place in exactly one country."""
    out = {}
    for form, countries in assembler.places.items():
        if len(countries) == 1 and fold(form) not in owners and len(fold(form)) > 2:
            out[form] = next(iter(countries))
    return dict(sorted(out.items()))


def _counts(entries: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry["kind"]] += 1
    return dict(sorted(counts.items()))
