"""The actor knowledge base as shipped (`data/kb.json`) and the script that derives it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import orjson
import pytest

from attache_worker.extraction.gazetteer import get_gazetteer
from attache_worker.extraction.given_names import is_given_name, sex_of
from attache_worker.extraction.kb import (
    KbEntry,
    KnowledgeBase,
    fold,
    get_kb,
    initials,
    is_armed_group,
    one_spelling,
    slug,
)
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
MIRRORS = ROOT.parent / ".mirror"
GIVEN_NAMES = ROOT / "services/worker/attache_worker/extraction/data/given_names.json"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return get_kb()


def found(kb: KnowledgeBase, surface: str) -> KbEntry:
    entry = kb.lookup(surface)
    assert entry is not None, f"{surface!r} not in the knowledge base"
    return entry


def test_the_file_names_its_sources_commits_and_licences(kb: KnowledgeBase) -> None:
    sources = {s["repo"]: s for s in kb.header["sources"]}
    assert sources["openeventdata/petrarch2"]["licence"] == "MIT"
    assert len(sources["openeventdata/petrarch2"]["commit"]) == 40
    assert sources["ahalterman/NGEC-2025"]["commit"].startswith("a3909e2a")
    counts = kb.header["counts"]
    assert sum(counts.values()) == len(kb.entries)
    assert counts["COUNTRY"] > 180
    assert counts["PERSON"] > 1000


def test_an_organization_is_one_entry_under_all_its_names(kb: KnowledgeBase) -> None:
    names = ["Islamic State", "ISIL", "Isis", "ISIS", "Daesh", "IS", "Islamic State of Iraq"]
    ids = {found(kb, n).id for n in names}
    assert ids == {"org:islamic-state"}
    assert found(kb, "SDF") == found(kb, "Syrian Democratic Forces")
    assert found(kb, "Nato") == found(kb, "North Atlantic Treaty Organization")
    assert found(kb, "Kurdistan Workers’ Party").id == found(kb, "PKK").id


def test_iraq_s_popular_mobilisation_forces_under_their_names(kb: KnowledgeBase) -> None:
    names = ["Popular Mobilization Forces", "Popular Mobilisation Units", "PMF", "Hashd al-Shaabi"]
    assert {found(kb, n).id for n in names} == {"org:popular-mobilisation-forces"}
    assert found(kb, "PMF").country == "IQ"


def test_bodies_the_dictionaries_code_alike_stay_apart(kb: KnowledgeBase) -> None:
    # Phoenix files the CIA under the 'US intelligence community' and the Senate's committees
    # under Congress, since they code the same; each is still its own body, in its country.
    cia = found(kb, "CIA")
    assert cia == found(kb, "Central Intelligence Agency")
    assert (cia.name, cia.country) == ("Central Intelligence Agency", "US")
    assert found(kb, "NSA") != cia
    committee = found(kb, "Senate Foreign Relations Committee")
    assert committee.name == "Senate Foreign Relations Committee"
    assert committee != found(kb, "US Congress")
    assert found(kb, "Guardian Council") == found(kb, "Council of Guardians")
    assert found(kb, "Guardian Council") != found(kb, "Islamic Consultative Assembly")
    assert found(kb, "Quds Force") != found(kb, "Revolutionary Guard")
    # A body's other names and acronyms stay with it.
    assert found(kb, "US Congress") == found(kb, "United States Congress")
    assert found(kb, "FBI") == found(kb, "Federal Bureau of Investigation")


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Senate Foreign Relations Committee", "committee"),
        ("Office of the Director of National Intelligence", "office"),
        ("US Senate", "senate"),
        ("Islamic State", None),
        ("Council", "council"),
    ],
)
def test_the_kind_of_body_a_name_names(name: str, noun: str | None) -> None:
    assert load_script("kb_assemble").body_noun(name) == noun


def test_an_entry_s_own_name_wins_over_another_s_alias(kb: KnowledgeBase) -> None:
    # The Irish National Liberation Army lists 'Peoples Liberation Army' as an old cover name.
    assert found(kb, "People's Liberation Army").country == "CN"
    assert found(kb, "INLA").name == "Irish National Liberation Army"
    # What the project's supplement lists keeps its names: Ansar Allah is the Houthis.
    assert found(kb, "Ansar Allah").id == found(kb, "Houthis").id


@pytest.mark.parametrize("name", ["National Front", "National Liberation Movement"])
def test_a_dictionary_alias_of_words_many_bodies_share_names_no_one(
    kb: KnowledgeBase, name: str
) -> None:
    # The dictionaries list both as cover names: of a Greek group, and of the Tupamaros.
    assert kb.lookup(name) is None


def test_a_generic_name_that_is_an_entry_s_own_still_names_it(kb: KnowledgeBase) -> None:
    assert found(kb, "Popular Mobilization Forces").country == "IQ"
    assert found(kb, "Revolutionary People's Struggle").country == "GR"


def test_kinds_follow_the_rule(kb: KnowledgeBase) -> None:
    assert found(kb, "YPG").kind == "ORGANIZATION"
    assert found(kb, "Hezbollah").kind == "ORGANIZATION"
    assert found(kb, "Kurds").kind == "GROUP"
    assert found(kb, "Syria").kind == "COUNTRY"
    assert found(kb, "Bashar al-Assad").kind == "PERSON"


@pytest.mark.parametrize(
    "name",
    # Dated office ('[PSEGOV >19960120]'), a father's name.
    ["Saeb Erekat", "Imran Khan", "Moaz al-Khatib", "Osama bin Laden"],
)
def test_people_the_dictionaries_list_among_bodies_are_people(kb: KnowledgeBase, name: str) -> None:
    assert found(kb, name).kind == "PERSON"


def test_an_elite_is_a_person_and_a_nationalized_company_is_not(kb: KnowledgeBase) -> None:
    # 'DENG_XIAOPING [CHNELI]' held no office since 2000, so he is left to the model.
    deng = kb.lookup("Deng Xiaoping")
    assert deng is None or deng.kind == "PERSON"
    assert found(kb, "ABN AMRO").kind == "ORGANIZATION"


def test_short_forms_that_are_also_words_match_only_in_capitals(kb: KnowledgeBase) -> None:
    assert found(kb, "US").id == "country:US"
    assert found(kb, "U.S.").id == "country:US"
    assert found(kb, "the United States").id == "country:US"
    assert found(kb, "the UN").id == found(kb, "United Nations").id
    for word in ("us", "Us", "is", "It", "who", "the us"):
        assert kb.lookup(word) is None, word


def test_folding_ignores_case_accents_and_typography() -> None:
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert fold("Hay’at Tahrir al-Sham") == fold("Hayat Tahrir al Sham")
    assert fold("The U.S.'s") == "us"
    assert initials("Islamic State of Iraq and the Levant") == "ISIL"


@pytest.mark.parametrize(
    ("written", "listed"),
    [("Jaish-e-Mohammed", "Jaish-e-Mohammad"), ("Hizbullah", "Hezbollah")],
)
def test_a_body_transliterated_another_way_is_the_same_body(
    kb: KnowledgeBase, written: str, listed: str
) -> None:
    assert found(kb, written).id == found(kb, listed).id


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"),
        ("World Health Organisation", "World Health Organization"),
        ("Organization for the Prohibition of Chemical Weapons", "OPCW"),
        ("International Labour Organization", "International Labor Organization"),
        (
            "Organisation for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
        ),
    ],
)
def test_a_body_spelled_the_british_or_american_way_is_the_same_body(
    kb: KnowledgeBase, written: str, listed: str
) -> None:
    assert found(kb, written).id == found(kb, listed).id


def test_one_spelling_changes_only_the_words_spelled_two_ways() -> None:
    assert one_spelling("world food programme") == "world food program"
    assert one_spelling("centre for defence studies") == "center for defense studies"
    assert one_spelling("co operation council") == "cooperation council"
    assert one_spelling("cooperation council") == "cooperation council"
    assert one_spelling("islamic state") == "islamic state"


@pytest.mark.parametrize("name", ["Ali Hussein", "Jaish al-Hamid"])
def test_names_only_close_in_spelling_to_a_body_are_not_it(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup(name) is None


def test_countries_by_name_capital_and_nationality(kb: KnowledgeBase) -> None:
    assert found(kb, "Britain").id == "country:GB"
    assert found(kb, "Damascus").id == "country:SY"
    assert found(kb, "America").id == "country:US"
    syria = kb.nationality("Syrians")
    assert syria is not None
    assert syria.id == "country:SY"
    assert kb.lookup("Syrians") is None


def test_towns_are_places_not_actors(kb: KnowledgeBase) -> None:
    for town, country in (("Aleppo", "SY"), ("Idlib", "SY"), ("Mosul", "IQ")):
        assert kb.lookup(town) is None
        assert kb.place_country(town) == country


def test_a_territory_the_dictionaries_code_under_its_country_is_a_place(
    kb: KnowledgeBase,
) -> None:
    # 'GAZA [PSEGZA]', 'ISLE_OF_MAN [GBRIMY]': sub-codes no agent's sector spells.
    for name, country in (("Gaza City", "PS"), ("Isle of Man", "GB")):
        assert kb.lookup(name) is None
        assert kb.place_country(name) == country


def test_a_role_holds_between_its_dates(kb: KnowledgeBase) -> None:
    trump = found(kb, "Donald Trump")
    held = kb.person_affiliation(trump, date(2019, 6, 1))
    assert held is not None
    assert (held.country, held.sector) == ("US", "GOV")
    assert kb.person_affiliation(trump, date(2022, 6, 1)) is None
    kerry = found(kb, "John Kerry")
    assert kb.person_affiliation(kerry, date(2015, 1, 1)) is not None
    # The dictionaries left his office open; the supplement closes it.
    assert kb.person_affiliation(kerry, date(2019, 1, 1)) is None


def test_a_role_in_an_organization_names_it(kb: KnowledgeBase) -> None:
    role = kb.person_affiliation(found(kb, "António Guterres"), date(2020, 1, 1))
    assert role is not None
    assert role.org == found(kb, "United Nations").id
    leader = kb.person_affiliation(found(kb, "Abu Bakr al-Baghdadi"))
    assert leader is not None
    assert leader.org == "org:islamic-state"


@pytest.mark.parametrize(
    ("name", "body"),
    [("Masoud Barzani", "Kurdistan Regional Government"), ("Selim Idriss", "Free Syrian Army")],
)
def test_a_person_filed_among_a_body_s_names_is_its_member(
    kb: KnowledgeBase, name: str, body: str
) -> None:
    person = found(kb, name)
    assert (person.kind, person.name) == ("PERSON", name)
    role = kb.person_affiliation(person)
    assert role is not None
    assert role.org == found(kb, body).id
    assert name not in found(kb, body).aliases


@pytest.mark.parametrize(
    ("form", "body"),
    [
        ("Nasrallah", "Hezbollah"),
        ("Sheikh Nasrallah", "Hezbollah"),
        ("Joulani", "Jabhat al Nusra"),
        ("Al-Awlaki", "Al-Qaeda in the Arabian Peninsula"),
    ],
)
def test_a_member_s_surname_or_a_cleric_s_style_is_no_name_of_the_body(
    kb: KnowledgeBase, form: str, body: str
) -> None:
    assert form not in found(kb, body).aliases
    entry = kb.lookup(form)
    assert entry is None or entry.kind == "PERSON"


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Jaysh al-Islam", "Jaish al-Islam"),
        ("Sham Legion", "Faylaq al-Sham"),
        ("KDP", "Kurdistan Democratic Party"),
        ("AK Party", "AKP"),
        ("Syria Civil Defence", "White Helmets"),
        ("Al-Fatah", "Fatah"),
        ("HNC", "High Negotiations Committee"),
    ],
)
def test_bodies_the_dictionaries_predate_are_supplemented(
    kb: KnowledgeBase, surface: str, name: str
) -> None:
    entry = found(kb, surface)
    assert (entry.kind, entry.name) == ("ORGANIZATION", name)


def test_a_name_bodies_of_several_countries_bear_names_the_one_of_the_article_s_country(
    kb: KnowledgeBase,
) -> None:
    shared = "Justice and Development party"
    assert kb.lookup(shared) is None
    found = kb.shared_name(shared, ["SY", "TR"])
    assert found is not None
    assert found.id == "org:akp"
    assert kb.shared_name(shared, ["MA"]) is None
    assert kb.shared_name(shared, []) is None


def test_people_by_surname(kb: KnowledgeBase) -> None:
    assert "person:bashar-al-assad" in {p.id for p in kb.people_named("Assad")}
    assert [p.id for p in kb.people_named("Trump")] == ["person:donald-trump"]
    assert kb.people_named("Nobodyhere") == ()


def test_the_last_part_of_a_hyphened_given_name_is_no_surname(kb: KnowledgeBase) -> None:
    # 'Moon' is not Ban Ki-Moon; 'Assad' after its particle is still a surname.
    assert "person:ban-ki-moon" not in {p.id for p in kb.people_named("Moon")}
    assert "person:ban-ki-moon" in {p.id for p in kb.people_named("Ki-Moon")}


def test_acronyms_reach_names_they_abbreviate(kb: KnowledgeBase) -> None:
    assert kb.acronym_candidates("ISIL")[0].id == "org:islamic-state"
    assert "org:free-syrian-army" in {e.id for e in kb.acronym_candidates("FSA")}
    assert kb.acronym_candidates("X") == ()


def test_agent_nouns_have_sectors(kb: KnowledgeBase) -> None:
    assert kb.agent_sector("minister") == "GOV"
    assert kb.agent_sector("ministers") == "GOV"
    assert kb.agent_sector("rebels") == "REB"
    assert kb.agent_sector("troops") == "MIL"
    assert kb.agent_sector("xylophone") is None


def test_news_outlets_are_listed_apart_from_actors(kb: KnowledgeBase) -> None:
    assert kb.is_outlet("Reuters")
    assert kb.is_outlet("the New York Times")
    assert kb.is_outlet("Agence France-Presse")
    assert kb.lookup("Reuters") is None
    # Bodies of journalists and companies with a media line act: they are no outlets.
    assert not kb.is_outlet("Committee to Protect Journalists")
    assert not kb.is_outlet("Syria")


def test_armed_groups(kb: KnowledgeBase) -> None:
    assert is_armed_group(found(kb, "Islamic State"))
    assert is_armed_group(found(kb, "Taliban"))
    # The supplement makes the Free Syrian Army a banner (GROUP), keeping the dictionaries' id.
    fsa = found(kb, "FSA")
    assert (fsa.id, fsa.kind) == ("org:free-syrian-army", "GROUP")
    assert is_armed_group(fsa)
    assert not is_armed_group(found(kb, "NATO"))
    assert not is_armed_group(found(kb, "Syria"))


def test_a_country_in_a_dictionary_name_is_written_as_a_name_not_an_acronym(
    kb: KnowledgeBase,
) -> None:
    assert found(kb, "Farc").name == "Revolutionary Armed Forces of Colombia"
    names = load_script("kb_names")
    assert names.display("AGUA_BOLIVIA_", {"BOLIVIA"}) == "Agua Bolivia"
    assert names.display("UN_WOMEN", {"UN"}) == "UN Women"


def test_a_name_the_dictionary_codes_as_nothing_takes_no_other_s_code() -> None:
    text = (
        "GURGAON_ [INDGOV]\n"
        "INDIAN_OCEAN  [---]\n"
        "LOK_SABHA\n"
        "+RAJYA_SABHA\n"
        "\t[INDGOVLEG]\n"
        "AHMED_DARWISH_\n"
        "\t[---]\n"
        "AMR_MOUSSA_\n"
        "\t[EGYGOV 040711-110306]\n"
    )
    blocks = list(load_script("kb_tabari").read_actor_blocks(text))
    codes = {block.names[0]: [c.code for c in block.codes] for block in blocks}
    assert codes == {"GURGAON_": ["INDGOV"], "LOK_SABHA": ["INDGOVLEG"], "AMR_MOUSSA_": ["EGYGOV"]}


def _source(env: str, name: str) -> Path | None:
    path = Path(os.environ.get(env, MIRRORS / name / "repo"))
    return path if path.is_dir() else None


def test_the_build_script_reproduces_the_committed_file() -> None:
    petrarch = _source("ATTACHE_KB_PETRARCH", "openeventdata+petrarch2")
    ngec = _source("ATTACHE_KB_NGEC", "ahalterman+NGEC-2025")
    if petrarch is None or ngec is None:
        pytest.skip(
            "no local git copy of openeventdata/petrarch2 and ahalterman/NGEC-2025: set "
            "ATTACHE_KB_PETRARCH and ATTACHE_KB_NGEC to run scripts/build_kb.py --check"
        )
    result = subprocess.run(
        [
            sys.executable,
            "scripts/build_kb.py",
            "--check",
            "--petrarch",
            str(petrarch),
            "--ngec",
            str(ngec),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["Mariano", "Pete", "Marta"])
def test_census_given_names_are_known(name: str) -> None:
    assert is_given_name(name)


@pytest.mark.parametrize("name", ["Crystal", "September", "Jordan", "Chad"])
def test_given_names_that_are_words_or_places_are_left_out(name: str) -> None:
    # 'Crystal Palace', 'September Bund', the country of Jordan.
    assert not is_given_name(name)


def test_the_given_names_file_names_its_source_and_licence() -> None:
    table = orjson.loads(GIVEN_NAMES.read_bytes())
    assert "Census" in table["source"]["dataset"]
    assert "public domain" in table["source"]["licence"]
    assert len(table["male"]) > 1000
    assert len(table["female"]) > 4000


@pytest.mark.parametrize("name", ["Mevlüt", "Mevlut", "Recep", "Abdulkadir", "Səhər"])
def test_other_countries_given_names_are_known(name: str) -> None:
    assert is_given_name(name)


def test_a_letter_with_no_plain_form_makes_no_new_given_name() -> None:
    # 'Səhər' would fold to 'Shr', the abbreviation of a share in company results.
    assert not is_given_name("Shr")


def test_the_world_names_name_their_source_and_keep_to_one_latin_word() -> None:
    table = orjson.loads(GIVEN_NAMES.read_bytes())
    assert "MIT" in table["world_source"]["licence"]
    names = [name for listed in table["world"].values() for name in listed]
    assert len(names) > 10000
    assert all(name.isalpha() and name[0].isupper() for name in names)


def test_a_given_name_is_known_without_its_accents() -> None:
    assert is_given_name("María")
    assert is_given_name("José")


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Laura", "female"),
        ("Edmundo", "male"),
        ("Todd", "male"),
        ("Andre", None),
        ("Xhafer", None),
        ("Mevlüt", "male"),
        ("Səhər", "female"),
    ],
)
def test_the_name_lists_tell_a_given_name_s_sex(name: str, sex: str | None) -> None:
    assert sex_of(name) == sex


def test_monitors_are_bodies_that_watch_tend_or_report() -> None:
    from attache_worker.extraction import kb

    def monitor(name: str) -> bool:
        entry = kb.lookup(name)
        assert entry is not None, name
        return kb.is_monitor(entry)

    assert monitor("Amnesty International")
    assert monitor("Syrian Observatory for Human Rights")
    assert monitor("UNHCR")
    assert not monitor("NATO")
    assert not monitor("Hezbollah")


@pytest.mark.parametrize(
    ("written", "plain"),
    [("Ibrahim Kalın", "Ibrahim Kalin"), ("Lech Wałęsa", "Lech Walesa"), ("Søren", "Soren")],
)
def test_letters_without_a_decomposition_fold_to_their_plain_letter(
    written: str, plain: str
) -> None:
    assert slug(written) == slug(plain)
    assert fold(written) == fold(plain)


def test_bodies_and_offices_the_dictionaries_filed_as_people_are_left_out(
    kb: KnowledgeBase,
) -> None:
    people = {e.name for e in kb.entries if e.kind == "PERSON"}
    assert not people & {"United States Military", "General", "President", "Vice-President"}
    assert not [n for n in people if n.endswith((" Command", " Club", " Board"))]
    assert {"Michael Church", "German Gref"} <= people  # real names that end or open so


@pytest.mark.parametrize(
    ("surface", "country"),
    [("the Republic of Turkey", "Turkey"), ("Republic of Uruguay", "Uruguay"),
     ("State of Mexico", None), ("the  of Syria", None)],
)  # fmt: skip
def test_a_country_is_looked_up_by_its_form_of_state(surface: str, country: str | None) -> None:
    found = get_gazetteer().lookup(surface)
    assert (found.name if found is not None else None) == country
