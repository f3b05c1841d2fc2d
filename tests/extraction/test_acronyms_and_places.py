"""Short names an article defines, and countries or towns that only say where something is.
Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attache.contract import Extraction
from attache_worker.extraction.acronyms import abbreviates, spells_initials
from attache_worker.extraction.gazetteer import get_gazetteer
from tests.extraction.conftest import actor_named, assert_offsets_hold

Read = Callable[[str], Extraction]


def ids_by_mention(extraction: Extraction) -> dict[str, str]:
    return {m.text: a.id for a in extraction.actors for m in a.mentions}


def place_names(extraction: Extraction) -> set[str]:
    return {p.name for p in extraction.places}


def actor_names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("IRGC", "Islamic Revolutionary Guard Corps", True),
        ("JKW", "Jaysh Khalid bin al-Waleed", True),
        ("OPCW", "Organisation for the Prohibition of Chemical Weapons", True),
        ("UN", "United Nations", True),
        ("NATO", "Arab League", False),
        ("SDF", "Democratic Forces", False),
    ],
)
def test_initials_spelled_by_an_acronym(acronym: str, name: str, expected: bool) -> None:
    assert spells_initials(acronym, name) is expected


def test_undefined_acronyms_must_be_exact_initials() -> None:
    assert abbreviates("SNC", "Syrian National Coalition")
    assert not abbreviates("SN", "Syrian National Coalition")
    assert not abbreviates("SNC", "Syrian Coalition")


def test_acronym_defined_after_a_name_is_that_body_everywhere(read: Read) -> None:
    text = (
        "The Eastern Watch Committee (EWC) met in Vienna on Monday. Two days later the EWC "
        "issued a report, and EWC monitors left the city."
    )
    extraction = read(text)
    committee = actor_named(extraction, "Eastern Watch Committee")
    assert committee.kind == "ORGANIZATION"
    mentions = [m.text for m in committee.mentions]
    assert mentions.count("EWC") == 3
    assert committee.id == "org:ewc"
    assert_offsets_hold(text, extraction)


@pytest.mark.parametrize(
    ("text", "name", "acronym", "known_id"),
    [
        (
            "SDF buys land. The Sheffield Development Fund (SDF) said it bought the site. "
            "SDF staff will run it.",
            "Sheffield Development Fund",
            "SDF",
            None,
        ),
        (
            "The YPG (Kurdish People's Protection Units) said it would fight. The YPG holds "
            "the town.",
            "People's Protection Units",
            "YPG",
            "org:people-s-protection-units",
        ),
    ],
)
def test_a_known_acronym_the_article_defines_otherwise_is_its_own_body(
    read: Read, text: str, name: str, acronym: str, known_id: str | None
) -> None:
    # The knowledge base knows 'SDF' as the Syrian Democratic Forces; an article that spells
    # it out as another body means that body wherever it writes it.
    extraction = read(text)
    body = actor_named(extraction, name)
    assert [m.text for m in body.mentions].count(acronym) == text.count(acronym)
    if known_id is not None:
        assert body.id == known_id
    assert "Syrian Democratic Forces" not in actor_names(extraction)


def test_a_known_acronym_is_the_body_the_article_names_with_its_initials(read: Read) -> None:
    # 'ICC' is the International Criminal Court to the knowledge base, but this article never
    # names the court: it names a council whose initials the acronym spells.
    extraction = read(
        "The ICC fined the team on Monday. The International Cricket Council said the fine "
        "was fair."
    )
    council = actor_named(extraction, "International Cricket Council")
    assert "ICC" in {m.text for m in council.mentions}
    assert "International Criminal Court" not in actor_names(extraction)
    court = read("The ICC opened an inquiry. The International Criminal Court said it was fair.")
    assert "ICC" in {m.text for m in actor_named(court, "International Criminal Court").mentions}
    # A country's short name is the country, beside a body whose name it opens.
    senate = read("The US envoy spoke on Monday. The US Senate voted to end the support.")
    assert "US" in {m.text for m in actor_named(senate, "United States").mentions}


def test_a_lowercase_party_after_a_possessive_name_is_part_of_it(read: Read) -> None:
    # House style writes "the Kurdistan Workers' party"; the model stops at "Workers'".
    text = (
        "Ankara says the militia is an offshoot of the Kurdistan Workers' party (PKK). "
        "The PKK denies any link."
    )
    extraction = read(text)
    bodies = [a for a in extraction.actors if "Kurdistan" in a.name or a.name == "PKK"]
    assert len(bodies) == 1, [(a.name, a.aliases) for a in extraction.actors]
    assert [m.text for m in bodies[0].mentions].count("PKK") == 2
    assert bodies[0].kind == "ORGANIZATION"
    assert_offsets_hold(text, extraction)


def test_acronym_gives_a_person_tagged_name_the_kind_of_a_body(read: Read) -> None:
    text = (
        "Fighters of Jaysh Khalid bin al-Waleed (JKW) attacked a checkpoint. "
        "JKW later withdrew to the hills."
    )
    extraction = read(text)
    body = next(a for a in extraction.actors if "JKW" in {m.text for m in a.mentions})
    assert body.kind == "ORGANIZATION"
    assert body.name == "Jaysh Khalid bin al-Waleed"
    assert not [a for a in extraction.actors if a.kind == "PERSON"]


def test_a_hyphenated_name_before_its_acronym_is_the_known_body(read: Read) -> None:
    text = (
        "Jaish-e-Mohammed (JeM) said it carried out the bombing in Pulwama. "
        "JeM has been banned since 2002."
    )
    extraction = read(text)
    body = next(a for a in extraction.actors if "JeM" in {m.text for m in a.mentions})
    assert (body.kind, body.id) == ("ORGANIZATION", "org:jaish-e-mohammad")
    assert [m.text for m in body.mentions].count("JeM") == 2
    assert not [a for a in extraction.actors if a.kind == "PERSON"]
    assert_offsets_hold(text, extraction)


def test_acronym_after_lower_case_words_names_a_body(read: Read) -> None:
    text = (
        "A member of the opposition's high coordination council (HCC) rejected the offer. "
        "The HCC will meet again next week."
    )
    extraction = read(text)
    council = actor_named(extraction, "High Coordination Council")
    assert [m.text for m in council.mentions].count("HCC") >= 1
    assert council.kind == "ORGANIZATION"


def test_undefined_acronym_joins_the_body_whose_initials_it_spells(read: Read) -> None:
    text = (
        "The Syrian National Coalition said it would attend the talks. "
        '"We will not give up," an SNC spokesman said.'
    )
    ids = ids_by_mention(read(text))
    assert ids["SNC"] == ids["Syrian National Coalition"]


def test_country_named_only_as_a_place_is_a_place(read: Read) -> None:
    text = (
        "Turkey said on Monday it would send more troops to the border. Thousands of "
        "refugees have fled across the frontier from Syria in recent weeks, and aid "
        "groups working in Syria warned of shortages. The conflict is the longest "
        "since Vietnam, and critics compared it to Afghanistan."
    )
    extraction = read(text)
    assert "Turkey" in actor_names(extraction)
    assert {"Syria", "Vietnam", "Afghanistan"} <= place_names(extraction)
    assert not {"Syria", "Vietnam", "Afghanistan"} & actor_names(extraction)


def test_country_that_acts_anywhere_stays_an_actor(read: Read) -> None:
    text = (
        "Aid groups working in Syria warned of shortages. Syria rejected the report on "
        "Tuesday, and Turkish officials said talks between Ankara and Damascus had stalled."
    )
    names = actor_names(read(text))
    assert {"Syria", "Turkey"} <= names


def test_nationality_of_rebels_does_not_make_the_state_a_party(read: Read) -> None:
    text = "Syrian rebels seized the village of Tal Hamra after Turkish jets bombed it."
    extraction = read(text)
    names = actor_names(extraction)
    assert "Turkey" in names
    assert "Syria" not in names


@pytest.mark.parametrize(
    "text",
    [
        "A two-year-old Puerto Rican girl began treatment for a rare condition on Tuesday.",
        "A Syrian boy was pulled alive from the rubble on Sunday.",
    ],
)
def test_nationality_of_a_child_does_not_make_the_state_a_party(read: Read, text: str) -> None:
    assert not read(text).actors


@pytest.mark.parametrize(
    ("text", "country", "acts"),
    [
        (
            "Huawei's founder, Ren Zhengfei, told Japanese media that the firm was ready.",
            "Japan",
            False,
        ),
        ("The minister told Turkish reporters that talks would resume.", "Turkey", False),
        ("Syrian state media said the army had entered the town.", "Syria", True),
    ],
)
def test_a_country_s_press_is_not_the_state_unless_the_state_s_own(
    read: Read, text: str, country: str, acts: bool
) -> None:
    assert (country in actor_names(read(text))) is acts


def test_a_seat_standing_for_a_body_is_the_body_only_where_it_acts(read: Read) -> None:
    placed = read("In Brussels, finance ministers agreed on Tuesday to extend the programme.")
    assert "Brussels" in {p.name for p in placed.places}
    assert "European Commission" not in {a.name for a in placed.actors}
    acting = read("Brussels demanded on Tuesday that London pay what it owes.")
    assert "Brussels" in actor_named(acting, "European Commission").aliases


def test_town_acted_on_or_placed_by_a_noun_is_a_place(read: Read) -> None:
    text = (
        "Militants shelled the Turkish province of Kilis on Sunday, and a rocket struck the "
        "bordertown of Reyhanli. The Astana talks resume next week."
    )
    extraction = read(text)
    assert {"Kilis", "Reyhanli"} <= place_names(extraction)
    assert not {"Kilis", "Reyhanli", "Astana"} & actor_names(extraction)


def test_paper_an_account_was_given_to_is_not_a_party(read: Read) -> None:
    text = (
        "Two officials told the Daily Courier that the plan had been shelved. The minister "
        "wrote in the Evening Ledger that the army would stay."
    )
    names = actor_names(read(text))
    assert not {"Daily Courier", "Evening Ledger"} & names


def test_platform_a_statement_was_put_out_on_is_not_a_party(read: Read) -> None:
    text = (
        '"We made progress," the envoy Zalmay Khalilzad wrote on Twitter. The ministry said '
        "on Telegram that the convoy had arrived, and reported on Hamas positions."
    )
    names = actor_names(read(text))
    assert not {"Twitter", "Telegram"} & names
    assert {"Zalmay Khalilzad", "Hamas"} <= names


def test_given_name_the_model_left_out_joins_the_person(read: Read) -> None:
    text = "Nobody is angrier than Recep Tayyip Erdoğan, the Turkish president."
    extraction = read(text)
    assert any(a.kind == "PERSON" and a.name == "Recep Tayyip Erdoğan" for a in extraction.actors)


def test_acronym_in_title_case_is_the_known_body(read: Read) -> None:
    text = "Turkey has one of the largest armies in Nato, and Nato ministers meet in May."
    ids = ids_by_mention(read(text))
    assert ids.get("Nato") == "org:nato"


def test_known_body_from_the_knowledge_base_under_any_of_its_names(read: Read) -> None:
    first = read("Daesh fighters attacked a checkpoint near Raqqa on Monday.")
    second = read("The Islamic State of Iraq and the Levant claimed the attack.")
    ids = {a.id for e in (first, second) for a in e.actors if a.kind == "ORGANIZATION"}
    assert ids == {"org:islamic-state"}


def test_well_known_person_serves_the_country_the_knowledge_base_gives(read: Read) -> None:
    from datetime import date

    from attache_worker.extraction import extract

    extraction = extract(
        "Erdoğan met Putin in Sochi on Tuesday to discuss Syria.", date(2018, 1, 22)
    )
    people = {a.name: a for a in extraction.actors if a.kind == "PERSON"}
    assert {p.affiliation for p in people.values()} == {"Turkey", "Russia"}


def test_nationality_and_government_name_the_state(read: Read) -> None:
    text = (
        "The Syrian government delegation arrived late. Damascus had threatened to boycott the "
        "talks, and the Syrian opposition said it would attend."
    )
    extraction = read(text)
    ids = ids_by_mention(extraction)
    assert ids["Syrian government"] == ids["Damascus"] == "country:SY"
    assert actor_named(extraction, "Syrian opposition").kind == "ORGANIZATION"


def test_the_last_word_of_a_place_the_model_split_is_no_surname(read: Read) -> None:
    # The model tags 'Tal Abyad' a person at first, then 'Tal' alone a place: 'Abyad' must not
    # become that person's surname.
    text = (
        "Explosions were reported in Ras al-Ain, Tal Abyad, Qamishli and Ain Issa. The SDF said "
        "two civilians had been killed and that its fighters had repelled a ground assault near "
        "Tal Abyad."
    )
    assert "Abyad" not in {a.name for a in read(text).actors}


def test_surname_with_its_particle_is_the_person(read: Read) -> None:
    text = (
        "The UN special envoy, Staffan de Mistura, opened the talks. De Mistura said on "
        "Tuesday that both sides had come."
    )
    extraction = read(text)
    envoy = actor_named(extraction, "Staffan de Mistura")
    assert envoy.kind == "PERSON"
    assert "De Mistura" in {m.text for m in envoy.mentions}


def test_country_under_a_regime_is_the_country(read: Read) -> None:
    extraction = read("Fascist Italy used mustard gas, and Imperial Japan did the same.")
    kinds = {m.text: a.kind for a in extraction.actors for m in a.mentions}
    assert kinds == {"Fascist Italy": "COUNTRY", "Imperial Japan": "COUNTRY"}


def test_treaties_are_not_bodies(read: Read) -> None:
    text = "Syria joined the Chemical Weapons Convention in 2013 and broke the Geneva Protocol."
    assert not {"Chemical Weapons Convention", "Geneva Protocol"} & actor_names(read(text))


def test_known_name_longer_than_what_the_model_tagged_wins(read: Read) -> None:
    text = "Kurdish forces were backed to oust Islamic State from Raqqa."
    ids = ids_by_mention(read(text))
    assert ids.get("Islamic State") == "org:islamic-state"
    assert "State" not in ids


def test_known_town_tagged_a_person_is_a_place(read: Read) -> None:
    text = "The border crossing was at Awinat, between Tal Afar and Sinjar, officials said."
    extraction = read(text)
    assert {"Tal Afar", "Sinjar"} <= place_names(extraction)
    assert not [a for a in extraction.actors if a.kind == "PERSON"]


def test_a_structure_named_after_a_person_is_no_person(read: Read) -> None:
    text = (
        "The United States sent 6,000 troops to secure Hamid Karzai international airport. "
        "Lebanon reopened Rafic Hariri airport on Monday."
    )
    extraction = read(text)
    assert [a.name for a in extraction.actors if a.kind == "PERSON"] == []
    assert {"Hamid Karzai", "Rafic Hariri"} <= place_names(extraction)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("China said it opposed India's inclusion of Ladakh in a new federal territory.", "Ladakh"),
        ("The riots spread from Ahmedabad across Gujarat within days.", "Gujarat"),
    ],
)
def test_a_country_s_division_tagged_a_person_is_a_place(
    read: Read, text: str, region: str
) -> None:
    # ISO 3166-2 writes these 'Ladākh' and 'Gujarāt'.
    extraction = read(text)
    assert region in place_names(extraction)
    assert region not in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Clinton, Iowa and Nancy, France are towns geonames knows.
        (
            "Clinton proposes a new budget. Clinton claims the plan would cut the deficit.",
            "Clinton",
        ),
        ("The former president's wife, Nancy, admitted that she consulted an astrologer.", "Nancy"),
    ],
)
def test_surname_that_is_also_a_town_is_a_person_when_used_as_one(
    read: Read, text: str, name: str
) -> None:
    extraction = read(text)
    kinds = {a.kind for a in extraction.actors if name in {m.text for m in a.mentions}}
    assert kinds == {"PERSON"}
    assert name not in place_names(extraction)


def test_nationality_before_people_from_a_country_names_a_group(read: Read) -> None:
    extraction = read("Fijian rebels said they would release the prime minister on Sunday.")
    groups = {a.name: a.kind for a in extraction.actors}
    assert groups == {"Fijian rebels": "GROUP"}


def test_an_operation_s_name_is_no_actor_wherever_it_stands(read: Read) -> None:
    text = (
        "The army began what it called Operation Northern Shield on Monday. Officials said "
        "Northern Shield would last a month, and the Northern Shield operation was praised."
    )
    assert "Northern Shield" not in actor_names(read(text))


def test_a_known_body_written_in_lower_case_after_its_acronym_is_the_body(read: Read) -> None:
    text = (
        "The UN security council will meet on Friday, and the US state department said "
        "US officials would attend."
    )
    names = actor_names(read(text))
    assert {"UN Security Council", "US State Department", "United States"} <= names


def test_a_body_the_model_tags_as_a_person_is_the_body_the_knowledge_base_knows(
    read: Read,
) -> None:
    text = (
        "Hayat Tahrir al-Sham rejected the plan. Tahrir al-Sham fighters attacked a "
        "checkpoint overnight."
    )
    bodies = [a for a in read(text).actors if "Tahrir" in a.name]
    assert len(bodies) == 1, [(a.name, a.kind) for a in bodies]
    assert bodies[0].kind == "ORGANIZATION"


def test_a_person_the_dictionaries_list_under_a_body_stays_a_person(read: Read) -> None:
    # Phoenix lists the Observatory's director among its names; he is still a person.
    text = (
        '"The bombardment has not stopped," the director of the Syrian Observatory, Rami '
        "Abdulrahman, told reporters."
    )
    extraction = read(text)
    assert actor_named(extraction, "Rami Abdulrahman").kind == "PERSON"
    assert extraction.quotes[0].speaker == "Rami Abdulrahman"


def test_where_a_body_is_based_is_a_place(read: Read) -> None:
    text = "A Britain-based monitoring group said 20 civilians had been killed in Idlib."
    extraction = read(text)
    assert "United Kingdom" not in {a.name for a in extraction.actors}
    assert "Britain" in {p.name for p in extraction.places}


def test_a_town_before_a_meeting_is_its_venue_and_a_body_is_not(read: Read) -> None:
    extraction = read(
        "Rebel delegates walked out of the Astana talks on Monday. Few expect the Federal Open "
        "Market Committee meeting on Tuesday to raise rates."
    )
    assert "Astana" in place_names(extraction)
    assert "Federal Open Market Committee" not in place_names(extraction)


def test_a_known_party_written_with_a_lower_case_party_is_one_body(read: Read) -> None:
    text = "Ankara regards the militia as an offshoot of the Kurdistan Workers' party, or PKK."
    ids = ids_by_mention(read(text))
    assert ids["Kurdistan Workers' party"] == ids["PKK"] == "org:pkk"


def test_an_acronym_in_title_case_is_found_where_the_model_missed_it(read: Read) -> None:
    text = "Isis, also known as Isil or Daesh, still holds pockets of territory."
    assert ids_by_mention(read(text)).get("Isis") == "org:islamic-state"


def test_a_verb_opening_the_sentence_is_no_part_of_the_name(read: Read) -> None:
    # Opening with a space, as a paragraph may, the model takes the verb into the name.
    text = " Keeping Isis from returning to the east will require more troops there."
    assert ids_by_mention(read(text)) == {"Isis": "org:islamic-state"}


def test_a_known_acronym_the_model_missed_before_a_noun_is_found(read: Read) -> None:
    text = "Hayat Tahrir al-Sham holds most of the province. HTS fighters shelled an army post."
    ids = ids_by_mention(read(text))
    assert ids.get("HTS") == ids.get("Hayat Tahrir al-Sham") == "org:hay-at-tahrir-al-sham"


def test_a_seat_of_government_spelled_with_or_without_its_accents(read: Read) -> None:
    for seat in ("Élysée", "Elysée", "Elysee"):
        text = f"The {seat} said on Monday that the president would travel to Beirut."
        france = [a for a in read(text).actors if a.name == "France"]
        assert france, seat
        assert seat in {m.text for m in france[0].mentions}, seat


def test_a_place_that_only_is_or_holds_something_stays_a_place(read: Read) -> None:
    text = (
        "Harbin lies on the Songhua river and hosts an ice festival every winter. "
        "Kirkuk remains a city claimed by both Baghdad and Erbil."
    )
    extraction = read(text)
    actors = {a.name for a in extraction.actors}
    assert {"Harbin", "Kirkuk"} <= {p.name for p in extraction.places}
    assert not {"Harbin", "Kirkuk"} & actors


def test_a_place_that_does_something_acts(read: Read) -> None:
    extraction = read("Harbin sent rescue teams to the flooded villages on Monday.")
    assert actor_named(extraction, "Harbin").kind == "ORGANIZATION"


def test_a_word_tagged_a_person_once_where_the_article_places_it_is_a_place(read: Read) -> None:
    text = (
        "The war in Tigray ended with a peace deal signed in November 2022. "
        "Human Rights Watch said last month that Eritrean soldiers were still present in parts "
        "of Tigray, where they have been accused of killing hundreds of civilians."
    )
    extraction = read(text)
    assert "Tigray" not in {a.name for a in extraction.actors}
    tigray = next(p for p in extraction.places if p.name == "Tigray")
    assert len(tigray.mentions) == 2


def test_is_in_capitals_mid_sentence_is_islamic_state(read: Read) -> None:
    text = (
        "The Pentagon warned that an offensive would endanger the campaign against IS. "
        "Islamic State still holds villages in the desert."
    )
    group = actor_named(read(text), "Islamic State")
    assert [m.text for m in group.mentions] == ["IS", "Islamic State"]


def test_is_in_a_shouted_headline_is_a_verb(read: Read) -> None:
    text = "ECONOMY IS SLOWING , SAYS CENTRAL BANK .\nLONDON 1996-08-30\nGrowth fell in July ."
    assert "Islamic State" not in {a.name for a in read(text).actors}


def test_a_place_name_goes_on_past_a_lower_case_particle(read: Read) -> None:
    text = "Islamic State still holds villages near Deir ez-Zor."
    extraction = read(text)
    assert "Deir ez-Zor" in {p.name for p in extraction.places}
    assert "Deir" not in {p.name for p in extraction.places}
    assert_offsets_hold(text, extraction)


def test_every_place_of_a_list_the_parser_reads_as_appositions_is_a_place(read: Read) -> None:
    text = "Since then, such attacks have been recorded in Cambodia, Laos, Yemen, in the Gulf war."
    extraction = read(text)
    assert {a.name for a in extraction.actors if a.kind == "COUNTRY"} == set()
    assert {"Cambodia", "Laos", "Yemen"} <= {p.name for p in extraction.places}


def test_a_nationality_before_a_band_and_what_it_has_names_the_band(read: Read) -> None:
    text = (
        "The militia said it had shelled Libyan rebel positions near the coast. "
        "Sudanese militia commanders met in Khartoum."
    )
    extraction = read(text)
    groups = {a.name: a.kind for a in extraction.actors}
    assert groups.get("Libyan rebels") == "GROUP"
    assert groups.get("Sudanese militias") == "GROUP"
    assert "Libya" not in groups


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram, the Nigerian jihadist group, abducted 110 girls from a school in Dapchi.",
        "The Sudanese rebel group SLA-Minnawi said it had taken the town of Tawila.",
        "Ahrar al-Sham, a Syrian rebel faction backed by Ankara, rejected the truce.",
    ],
)
def test_a_nationality_and_band_before_the_noun_of_a_named_body_only_describe_it(
    read: Read, text: str
) -> None:
    extraction = read(text)
    assert not [a.name for a in extraction.actors if a.kind == "GROUP"]


@pytest.mark.parametrize(
    "text",
    [
        "A Syrian rebel group said it had shot down a government jet.",
        "A Syrian rebel group Monday said it had shot down a government jet.",
    ],
)
def test_a_nationality_and_band_before_an_unnamed_body_still_name_the_band(
    read: Read, text: str
) -> None:
    extraction = read(text)
    assert {a.name: a.kind for a in extraction.actors}.get("Syrian rebels") == "GROUP"


def test_a_long_transliterated_name_goes_on_to_the_body_the_knowledge_base_knows(
    read: Read,
) -> None:
    text = (
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaida's affiliate in the Sahel, has "
        "stepped up attacks. JNIM claimed an ambush near Boni."
    )
    extraction = read(text)
    group = actor_named(extraction, "Jama'at Nusrat al-Islam wal-Muslimin")
    assert group.kind == "ORGANIZATION"
    assert group.mentions[0].text == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert not [a for a in extraction.actors if a.kind == "PERSON"]
    assert_offsets_hold(text, extraction)


@pytest.mark.parametrize(
    ("text", "body", "alias"),
    [
        (
            "The White Helmets, a volunteer rescue group also known as the Syria Civil Defence, "
            "said 20 people died.",
            "White Helmets",
            "Syria Civil Defence",
        ),
        (
            "The Islamic Revolutionary Guard Corps (also known as the Pasdaran) fired missiles.",
            "Islamic Revolutionary Guard Corps",
            "Pasdaran",
        ),
        (
            "Kestrel Brigade, also known as Liwa al-Nasr, took the village. "
            "Liwa al-Nasr fighters then withdrew.",
            "Kestrel Brigade",
            "Liwa al-Nasr",
        ),
    ],
)
def test_a_body_s_other_name_after_known_as_is_the_body(
    read: Read, text: str, body: str, alias: str
) -> None:
    extraction = read(text)
    owners = [a for a in extraction.actors if alias in {m.text for m in a.mentions}]
    assert [a.name for a in owners] == [body]
    assert alias not in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Government forces recaptured Saraqib and shelled Maarat al-Numan.", "Maarat al-Numan"),
        ("The army besieged Marawi for five months.", "Marawi"),
    ],
)
def test_ground_taken_or_struck_is_a_place(read: Read, text: str, town: str) -> None:
    _assert_only_a_place(read(text), town)


def _assert_only_a_place(extraction: Extraction, name: str) -> None:
    assert name in {p.name for p in extraction.places}
    assert name not in {a.name for a in extraction.actors}


def test_a_person_captured_stays_a_person(read: Read) -> None:
    extraction = read("US forces captured Saddam Hussein near Tikrit in December 2003.")
    assert actor_named(extraction, "Saddam Hussein").kind == "PERSON"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Kurdish-led administration in north-east Syria said it would try the men.", "Syria"),
        ("Authorities in northern Iraq detained 12 men on Sunday.", "Iraq"),
    ],
)
def test_who_governs_a_part_of_a_country_or_for_others_does_not_make_it_a_party(
    read: Read, text: str, place: str
) -> None:
    _assert_only_a_place(read(text), place)


def test_officials_in_a_capital_still_speak_for_the_state(read: Read) -> None:
    extraction = read("Officials in Damascus said the talks had failed.")
    assert actor_named(extraction, "Syria").kind == "COUNTRY"


def test_a_treaty_left_is_no_place(read: Read) -> None:
    extraction = read("The minister warned that Iran could leave the Non-Proliferation Treaty.")
    assert "Non-Proliferation Treaty" not in {p.name for p in extraction.places}
    assert "Non-Proliferation Treaty" not in {a.name for a in extraction.actors}


def test_a_law_whose_name_runs_past_a_possessive_is_no_actor(read: Read) -> None:
    extraction = read(
        "Buyers of Russian arms face penalties under the Countering America's Adversaries "
        "Through Sanctions Act, which Congress passed in 2017."
    )
    assert not [a for a in extraction.actors if "Countering" in a.name]
    assert "Congress" in {a.name for a in extraction.actors}


def test_a_preposition_setting_the_scene_ends_a_name(read: Read) -> None:
    text = (
        "France still has 4,500 soldiers in the Sahel under Operation Barkhane, and the region's "
        "armies have set up a joint force."
    )
    extraction = read(text)
    names = [p.name for p in extraction.places] + [a.name for a in extraction.actors]
    assert not [n for n in names if " under " in n], names
    assert "Sahel" in {p.name for p in extraction.places}


def test_a_country_whose_envoys_take_part_is_an_actor(read: Read) -> None:
    text = (
        "The two foreign ministers met in Geneva with mediators from Norway and Qatar. "
        "Refugees from Sudan waited at the border."
    )
    extraction = read(text)
    actors = {a.name for a in extraction.actors}
    assert {"Norway", "Qatar"} <= actors
    assert "Sudan" not in actors


def test_envoys_the_parser_leaves_their_from_to_the_verb_still_act_for_their_state(
    read: Read,
) -> None:
    text = "Iran met diplomats from Britain on Monday. Iran hosts refugees from Iraq."
    extraction = read(text)
    actors = {a.name for a in extraction.actors}
    assert "United Kingdom" in actors
    assert "Iraq" not in actors


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kilis was shelled again on Monday, Turkish officials said.", "Kilis"),
        ("Tal Afar fell to Iraqi forces in August 2017.", "Tal Afar"),
    ],
)
def test_a_town_that_undergoes_an_act_stays_a_place(read: Read, text: str, town: str) -> None:
    extraction = read(text)
    assert town in {p.name for p in extraction.places}
    assert town not in {a.name for a in extraction.actors}


def test_words_in_lower_case_name_no_place(read: Read) -> None:
    text = "North Korea fired two missiles into the sea off its east coast on Saturday."
    assert [p.name for p in read(text).places] == []


def test_a_name_in_apposition_to_a_body_is_the_body_s(read: Read) -> None:
    text = "The UN mission in the country, Minusma, sent peacekeepers to protect survivors."
    extraction = read(text)
    assert "Minusma" not in {p.name for p in extraction.places}
    assert actor_named(extraction, "Minusma").kind == "ORGANIZATION"


def test_a_name_in_apposition_to_a_place_noun_is_a_place(read: Read) -> None:
    text = (
        "The two countries fought a war in the early 1990s over Nagorno-Karabakh, a mountain "
        "region inside Azerbaijan held by ethnic Armenian forces."
    )
    extraction = read(text)
    assert "Nagorno-Karabakh" in {p.name for p in extraction.places}
    assert "Nagorno-Karabakh" not in {a.name for a in extraction.actors}


def test_a_short_name_given_with_known_by_its_acronym_is_the_body_s(read: Read) -> None:
    text = (
        "At least 13 people were killed in clashes with members of the Special Actions Force, "
        "known by its Spanish acronym Faes. Faes officers later raided the district."
    )
    extraction = read(text)
    force = actor_named(extraction, "Special Actions Force")
    assert force.kind == "ORGANIZATION"
    assert "Faes" in force.aliases
    assert "Faes" not in {a.name for a in extraction.actors}


def test_the_language_of_an_acronym_names_no_state(read: Read) -> None:
    text = (
        "Security forces, including the Special Actions Force, known by its Spanish acronym "
        "Faes, moved in."
    )
    assert "Spain" not in {a.name for a in read(text).actors}


def test_a_city_in_a_spelling_news_uses_is_a_place(read: Read) -> None:
    # geonames names them Zaporizhzhya and Mykolayiv; these spellings are among its others.
    text = (
        "The agency's director general, Rafael Grossi, visited Zaporizhzhia on Monday. "
        "Russian missiles later hit Mykolaiv."
    )
    extraction = read(text)
    assert {"Zaporizhzhia", "Mykolaiv"} <= place_names(extraction)
    assert not {"Zaporizhzhia", "Mykolaiv"} & actor_names(extraction)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "The commander said on Friday that Sousa, a village on the banks of the river near "
            'the border, had been "totally eliminated" as a base.',
            "Sousa",
            id="subject-of-a-passive-the-parser-tags-an-agent-s",
        ),
        pytest.param(
            "In Geneva, a committee of delegates from the government and the opposition met.",
            "Geneva",
            id="opening-setting-the-parser-gives-an-apposition",
        ),
        pytest.param(
            "Syrian and Russian jets pound Idlib as regime forces advance on Khan Sheikhoun\n\n"
            "Syrian government forces backed by Russian airstrikes have pushed into the "
            "outskirts of Khan Sheikhoun, a key town in Idlib province, threatening to encircle "
            "a Turkish military observation post.",
            "Khan Sheikhoun",
            id="headline-name-the-text-places",
        ),
    ],
)
def test_a_town_that_does_nothing_is_a_place_however_the_parser_reads_it(
    read: Read, text: str, place: str
) -> None:
    extraction = read(text)
    assert place in place_names(extraction)
    assert place not in actor_names(extraction)


def test_towns_joined_in_a_place_s_slot_are_not_people_by_each_other(read: Read) -> None:
    text = "The army holds the area between Tal Abyad and Ras al-Ain, which it took in October."
    extraction = read(text)
    assert {"Tal Abyad", "Ras al-Ain"} <= place_names(extraction)
    assert not {"Tal Abyad", "Ras al-Ain"} & actor_names(extraction)


def test_people_joined_to_a_person_still_are_people(read: Read) -> None:
    text = "Talks between Abdullah Abdullah and Ashraf Ghani broke down on Monday."
    assert {"Abdullah Abdullah", "Ashraf Ghani"} <= actor_names(read(text))


def test_the_police_of_a_seat_city_do_not_speak_for_the_body_there(read: Read) -> None:
    text = (
        "The European Commission opened an inquiry into the deal. Police in Brussels said "
        "they had received no complaint, and Brussels police later closed the file."
    )
    commission = actor_named(read(text), "European Commission")
    assert "Brussels" not in {m.text for m in commission.mentions}


def test_a_seat_city_that_acts_still_speaks_for_the_body(read: Read) -> None:
    text = "The European Commission opened an inquiry. Brussels said it would act again."
    commission = actor_named(read(text), "European Commission")
    assert "Brussels" in {m.text for m in commission.mentions}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Norway has mediated in conflicts from Colombia to Sri Lanka, officials said.",
            {"Colombia", "Sri Lanka"},
        ),
        (
            "More than four million people have left the country, most of them to Peru and "
            "Ecuador.",
            {"Peru", "Ecuador"},
        ),
    ],
)
def test_countries_a_range_spans_or_emigrants_go_to_are_places(
    read: Read, text: str, countries: set[str]
) -> None:
    extraction = read(text)
    assert countries <= place_names(extraction)
    assert not countries & actor_names(extraction)


def test_a_place_goes_on_into_a_foreign_word_the_model_left_untagged(read: Read) -> None:
    text = "Turkish-backed Syrian fighters captured the border town of Tal Abyad on Sunday."
    assert "Tal Abyad" in place_names(read(text))


def test_an_abbreviated_rank_after_a_country_is_no_part_of_a_place(read: Read) -> None:
    text = "The allies will react, said U.S. Maj. Gen. Thomas Heusgen, head of the mission."
    assert not any(name.startswith("U.S.") for name in place_names(read(text)))


def test_initials_of_a_body_the_article_names_are_that_body_after_at(read: Read) -> None:
    text = (
        "The Organisation for the Prohibition of Chemical Weapons said chlorine had been used. "
        "Officials said a new team at the OPCW would begin work in the summer."
    )
    extraction = read(text)
    body = actor_named(extraction, "Organisation for the Prohibition of Chemical Weapons")
    assert "OPCW" in {m.text for m in body.mentions}
    assert "OPCW" not in place_names(extraction)


@pytest.mark.parametrize(
    ("spelling", "large"),
    [
        ("Khan Sheikhoun", False),  # geonames: Khān Shaykhūn, listing 'Khan-Sheikhoun'
        ("Qamishli", True),  # Al Qāmishlī, listing 'Al-Qamishli'
        ("Deir Ezzor", True),  # Deir ez-Zor
        ("Albukamal", False),  # Ālbū Kamāl, listing 'Al-Bukamal'
        ("Saraqeb", False),  # Saraqib in Syria, listing 'Saraqeb'
    ],
)
def test_a_town_is_known_however_news_transliterates_it(spelling: str, large: bool) -> None:
    assert get_gazetteer().is_city(spelling, large=large)


@pytest.mark.parametrize(
    "name",
    # 'Al-Ahram' (a paper) is no 'Ahram', nor 'US man' a 'Usman', though their letters spell one.
    ["Ahmed", "Khalid", "Bashir", "Trump", "Hezbollah", "Al-Ahram", "US man", "Paris bourse"],
)
def test_names_of_people_and_bodies_are_no_towns_by_transliteration(name: str) -> None:
    assert not get_gazetteer().is_city(name, large=False)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Turkish-backed rebels advanced on Khan Sheikhoun on Monday.", "Khan Sheikhoun"),
        ("Russian military police patrolled Amuda and Derik on Tuesday.", "Amuda"),
        ("Residents of Kafranbel and Saraqeb said warplanes had struck a market.", "Saraqeb"),
    ],
)
def test_a_transliterated_town_the_model_tags_a_person_is_a_place(
    read: Read, text: str, town: str
) -> None:
    extraction = read(text)
    assert town not in {a.name for a in extraction.actors}
    assert town in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    "text",
    [
        "Russian-made jets flew over the town on Monday, residents said.",
        "Witnesses said the missiles were US-made and had been fired from the coast.",
        "Rebels fired US-made missiles at the base on Monday.",
        "Air defences using Soviet-era systems shot down 13 missiles, the army said.",
    ],
)
def test_where_a_weapon_was_made_is_no_party(read: Read, text: str) -> None:
    names = actor_names(read(text))
    assert "Russia" not in names
    assert "United States" not in names
    assert "Soviet Union" not in names


def test_a_state_backing_a_force_still_acts(read: Read) -> None:
    extraction = read("Russian-backed forces shelled the town on Monday.")
    assert "Russia" in actor_names(extraction)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The war has driven millions of people to Lebanon and Jordan.", "Lebanon"),
        ("Hundreds of refugees were sent back to Afghanistan last year.", "Afghanistan"),
        ("Many of the families went back to Iraq after the fighting.", "Iraq"),
        ("The men were deported to Tunisia in March.", "Tunisia"),
    ],
)
def test_where_people_are_made_to_go_is_a_place(read: Read, text: str, place: str) -> None:
    extraction = read(text)
    assert place in place_names(extraction)
    assert place not in actor_names(extraction)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents said many families had left for Qamishli and Kobani.", "Qamishli"),
        ("The prime minister left for Germany on Monday after the summit.", "Germany"),
    ],
)
def test_where_a_departure_heads_is_a_place(read: Read, text: str, place: str) -> None:
    extraction = read(text)
    assert any(place in name for name in place_names(extraction))
    assert not any(place in name for name in actor_names(extraction))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("British marines helped detain an Iranian tanker off Gibraltar.", "Gibraltar"),
        ("A ship carrying migrants sank off Yemen, the coastguard said.", "Yemen"),
        ("Fishermen found the wreck off the coast of Somalia on Sunday.", "Somalia"),
    ],
)
def test_a_country_a_ship_lies_off_is_a_place(read: Read, text: str, place: str) -> None:
    extraction = read(text)
    assert place in place_names(extraction)
    assert place not in actor_names(extraction)


def test_the_home_of_an_armed_group_is_no_party_to_what_the_group_does(read: Read) -> None:
    extraction = read("Fighters from Lebanon's Hezbollah have joined the government offensive.")
    assert "Hezbollah" in actor_names(extraction)
    assert "Lebanon" not in actor_names(extraction)


def test_a_state_troops_are_sent_to_may_be_a_party(read: Read) -> None:
    assert "Syria" in actor_names(read("Russia sent warplanes to Syria in 2015."))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kurdish voters in districts such as Esenyurt turned out in large numbers.", "Esenyurt"),
        ("Shelling hit border towns, including Reyhanli, on Sunday.", "Reyhanli"),
    ],
)
def test_a_name_given_as_an_example_of_places_is_a_place(read: Read, text: str, place: str) -> None:
    extraction = read(text)
    assert place in place_names(extraction)
    assert not any(place in name for name in actor_names(extraction))


def test_a_party_a_dictionary_files_under_its_country_is_no_place(read: Read) -> None:
    extraction = read("Hamas seized control of the strip from Fatah in 2007.")
    assert "Fatah" in actor_names(extraction)
    assert "Fatah" not in place_names(extraction)


def test_a_country_in_brackets_after_a_name_read_as_no_actor_is_read_without_failing(
    read: Read,
) -> None:
    # The name in front of the brackets had no reading of its own: the country says where it
    # is from, and the article is still read whole.
    text = "Draws:\nUEFA Aalborg ( Denmark ) v"
    extraction = read(text)
    assert "Denmark" in actor_names(extraction) | place_names(extraction)
    assert_offsets_hold(text, extraction)
