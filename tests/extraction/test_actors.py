from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from attache.contract import Extraction
from attache_worker.extraction import extract
from tests.extraction.conftest import actor_named, assert_offsets_hold

Read = Callable[[str], Extraction]

ALLIANCE = (
    "Canberra and Washington agreed on Tuesday to expand rotations of American marines through "
    "Darwin, Australian officials said.\n"
    "Penny Wong, the Australian foreign minister, said the arrangement would last a decade. "
    "Wong said Canberra had also asked for more submarine visits.\n"
    "Speaking in Sydney, US Defense Secretary Pete Hegseth and Secretary of State Marco Rubio "
    "praised the agreement."
)


def test_capitals_are_metonyms_of_their_countries(read: Read) -> None:
    extraction = read(ALLIANCE)
    australia = actor_named(extraction, "Australia")
    united_states = actor_named(extraction, "United States")
    assert australia.id == "country:AU"
    assert "Canberra" in australia.aliases
    assert united_states.id == "country:US"
    assert "Washington" in united_states.aliases
    assert_offsets_hold(ALLIANCE, extraction)


def test_cities_that_only_locate_are_places(read: Read) -> None:
    extraction = read(ALLIANCE)
    assert {"Darwin", "Sydney"} <= {p.name for p in extraction.places}
    assert not {"Darwin", "Sydney"} & {a.name for a in extraction.actors}


def test_surname_joins_the_full_name_and_titles_are_kept(read: Read) -> None:
    extraction = read(ALLIANCE)
    wong = actor_named(extraction, "Penny Wong")
    assert wong.kind == "PERSON"
    assert wong.id == "person:penny-wong"
    assert "Wong" in wong.aliases
    assert len(wong.mentions) == 2
    assert "Australian foreign minister" in wong.titles
    assert wong.affiliation == "Australia"


def test_title_words_are_not_organizations(read: Read) -> None:
    extraction = read(ALLIANCE)
    names = {a.name for a in extraction.actors}
    assert not {"Defense", "State"} & names
    hegseth = actor_named(extraction, "Pete Hegseth")
    assert "US Defense Secretary" in hegseth.titles
    assert hegseth.affiliation == "United States"
    rubio = actor_named(extraction, "Marco Rubio")
    assert "Secretary of State" in rubio.titles


def test_org_tagged_name_with_title_evidence_is_a_person(read: Read) -> None:
    text = (
        "Kurt Campbell, the deputy secretary of state, met officials in Manila. "
        "Campbell said the talks went well."
    )
    extraction = read(text)
    campbell = actor_named(extraction, "Kurt Campbell")
    assert campbell.kind == "PERSON"
    assert "Campbell" in campbell.aliases


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"Rates will rise," said economist Ana Ruiz of Hollis Capital Inc.',
            "Hollis Capital Inc.",
        ),
        (
            "Police jailed the opposition Bangla Unity Party steering committee member.",
            "Bangla Unity Party",
        ),
        (
            "Omar Haddad, a spokesman for the opposition Iraqi National Council, said the talks "
            "had failed.",
            "Iraqi National Council",
        ),
    ],
)
def test_a_word_that_only_begins_a_title_makes_no_person(read: Read, text: str, body: str) -> None:
    # 'of' ends no title ('head of state'), nor 'opposition' ('opposition leader').
    kinds = {a.name: a.kind for a in read(text).actors}
    assert kinds.get(body) == "ORGANIZATION"


def test_unknown_surname_alone_gets_its_own_namespace(read: Read) -> None:
    extraction = read("Mr. Okonkwo said the talks in Abuja would resume next week.")
    person = next(a for a in extraction.actors if a.kind == "PERSON")
    assert person.id == "person:surname:okonkwo"


def test_well_known_surname_reaches_the_full_name(read: Read) -> None:
    extraction = read("Putin told reporters in Minsk that the talks had stalled.")
    assert actor_named(extraction, "Vladimir Putin").id == "person:vladimir-putin"


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korean president Moon Jae-in met the envoy in Seoul.",
        "Moon Jae-in, South Korea's president, urged the North to return to talks.",
        "The court jailed the former president Park Geun-hye for 24 years.",
    ],
)
def test_a_korean_given_name_after_the_family_name_is_part_of_the_name(
    read: Read, sentence: str
) -> None:
    people = [a.name for a in read(sentence).actors if a.kind == "PERSON"]
    assert len(people) == 1
    assert people[0].endswith(("Jae-in", "Geun-hye"))


def test_a_participle_hyphened_to_a_person_is_no_given_name(read: Read) -> None:
    people = [a.name for a in read("Putin-backed candidates won the vote in Moscow.").actors]
    assert not any("backed" in name for name in people)


def test_weapon_names_are_not_people(read: Read) -> None:
    extraction = read("Germany will send two more Patriot batteries and HIMARS launchers to Kyiv.")
    names = {a.name for a in extraction.actors}
    assert "Patriot" not in names
    assert "HIMARS" not in names
    assert "Ukraine" in names


def test_a_name_qualifying_a_weapon_s_noun_is_its_make_not_a_person(read: Read) -> None:
    # The tagger reads 'rifles' as a verb here; the parser still hangs the name on it.
    text = "Militants fired at officers with Kalashnikov rifles, killing eight of them."
    assert "Kalashnikov" not in {a.name for a in read(text).actors}


def test_every_name_listed_after_a_place_noun_is_a_place(read: Read) -> None:
    # The parser hangs the list on its first name by apposition, then by conjunction.
    text = (
        "There were five dead in the villages of La Malacara, Cababana, Chichiflen, and "
        "Callejapa, the army said."
    )
    extraction = read(text)
    assert not {"Chichiflen", "Callejapa"} & {a.name for a in extraction.actors}
    assert {"Chichiflen", "Callejapa"} <= {p.name for p in extraction.places}


def test_international_organizations_have_curated_ids(read: Read) -> None:
    extraction = read(
        "The North Atlantic Treaty Organization said NATO members would meet in Brussels, "
        "while the U.N. Security Council debated the ceasefire."
    )
    nato = actor_named(extraction, "NATO")
    assert nato.id == "org:nato"
    assert len(nato.mentions) == 2
    assert actor_named(extraction, "UN Security Council").kind == "ORGANIZATION"


def test_a_body_spelled_the_british_way_is_the_body_the_dictionaries_spell_otherwise(
    read: Read,
) -> None:
    extraction = read(
        "Nato ministers met in Brussels. The North Atlantic Treaty Organisation said the World "
        "Trade Organisation and the Palestine Liberation Organisation had been invited."
    )
    nato = actor_named(extraction, "NATO")
    assert len(nato.mentions) == 2
    assert actor_named(extraction, "World Trade Organization").id == "org:wto"
    assert actor_named(extraction, "Palestine Liberation Organization").id == "org:plo"


def test_demonyms_point_to_countries(read: Read) -> None:
    extraction = read("Senior Hungarian and Romanian officials agreed to reopen the border.")
    assert {"Hungary", "Romania"} <= {a.name for a in extraction.actors}


def test_demonyms_our_table_lacks_come_from_the_published_ones(read: Read) -> None:
    extraction = read("Costa Rican authorities and Bahraini officials signed the accord.")
    assert {"Costa Rica", "Bahrain"} <= {a.name for a in extraction.actors}
    assert not any(a.kind == "GROUP" for a in extraction.actors)


def test_demonyms_the_published_ones_spell_otherwise_point_to_countries(read: Read) -> None:
    # countryinfo has 'Djibouti' and 'Maldivan'; news writes 'Djiboutian' and 'Maldivian'.
    extraction = read("Djiboutian authorities and Maldivian officials signed the accord.")
    assert {"Djibouti", "Maldives"} <= {a.name for a in extraction.actors}
    assert not any(a.kind == "GROUP" for a in extraction.actors)


def test_a_country_written_without_its_hyphen_is_that_country(read: Read) -> None:
    extraction = read("Guinea Bissau signed a fisheries deal with Senegal.")
    assert actor_named(extraction, "Guinea-Bissau").kind == "COUNTRY"
    assert "Guinea Bissau" not in {a.name for a in extraction.actors}


def test_peoples_words_joined_by_a_hyphen_are_each_their_country(read: Read) -> None:
    # The model reads 'Joint Russian-Turkish' as one person's name.
    extraction = read("Joint Russian-Turkish patrols will begin next week near Kobani.")
    assert {a.name: a.kind for a in extraction.actors} == {
        "Russia": "COUNTRY",
        "Turkey": "COUNTRY",
    }


def test_the_first_of_two_hyphened_peoples_acts_where_the_second_does(read: Read) -> None:
    # The parser hangs 'Turkish' on 'Russian', not on 'deal'.
    extraction = read("The Turkish-Russian deal was signed in Sochi on Tuesday.")
    assert {a.name for a in extraction.actors} == {"Turkey", "Russia"}


def test_a_body_named_with_two_coordinated_objects_is_one_body(read: Read) -> None:
    # The model ends one name on 'and' and tags 'International Studies' as another.
    text = (
        "Analysts at the Center for Strategic and International Studies said satellite images "
        "showed Pyongyang had continued to produce fissile material."
    )
    names = {a.name for a in read(text).actors}
    assert "Center for Strategic and International Studies" in names
    assert "International Studies" not in names


def test_a_body_named_in_words_glued_by_hyphens_is_found(read: Read) -> None:
    # The model tags the name as a date, or nothing; the knowledge base spells it 'Mohammad'.
    text = (
        "Jaish-e-Mohammed, which is based in Pakistan, had claimed the attack on the convoy. "
        "Indian jets struck a camp of the militant group Jaish-e-Mohammed on Tuesday."
    )
    group = actor_named(read(text), "Jaish-e-Mohammad")
    assert group.kind == "ORGANIZATION"
    assert [m.text for m in group.mentions] == ["Jaish-e-Mohammed", "Jaish-e-Mohammed"]


def test_a_name_before_a_nuclear_complex_is_a_place(read: Read) -> None:
    text = (
        "Kim Jong-un and Donald Trump are expected to discuss the dismantling of the Yongbyon "
        "nuclear complex in exchange for a partial lifting of sanctions."
    )
    extraction = read(text)
    assert "Yongbyon" in {p.name for p in extraction.places}
    assert "Yongbyon" not in {a.name for a in extraction.actors}


def test_a_countrys_marines_tagged_as_one_name_are_the_country(read: Read) -> None:
    # The model tags 'US Marines' as one nationality; 'US troops' already named the state.
    extraction = read("US Marines stormed the building in Baghdad on Tuesday.")
    assert [(a.name, a.kind) for a in extraction.actors] == [("United States", "COUNTRY")]


def test_nationals_of_several_countries_are_no_group(read: Read) -> None:
    text = (
        "France urged Tehran to free the ship and its 23 crew members, who are Indian, Russian, "
        "Latvian and Filipino nationals."
    )
    assert not [a.name for a in read(text).actors if a.kind == "GROUP"]


def test_a_full_stop_the_model_took_into_a_name_is_no_part_of_it(read: Read) -> None:
    # Before a paragraph break the model reads 'Prince Mohammed.' as the name.
    text = (
        "Crown Prince Mohammed bin Salman denied any role.\n\n"
        "Washington has resisted calls to punish Prince Mohammed.\n\n"
        "Agnès Callamard will travel to Turkey next week."
    )
    extraction = read(text)
    prince = actor_named(extraction, "Mohammed bin Salman")
    assert [m.text for m in prince.mentions][-1] == "Mohammed"
    assert not any(a.name.endswith(".") for a in extraction.actors)


def test_a_paper_a_journalist_writes_for_is_no_party(read: Read) -> None:
    text = (
        "The dissident Jamal Khashoggi, a columnist for the Washington Post, was killed in "
        "Istanbul. Maria Ressa, a reporter for CNN, was arrested in Manila."
    )
    names = {a.name for a in read(text).actors}
    assert not names & {"Washington Post", "CNN"}
    assert {"Jamal Khashoggi", "Maria Ressa"} <= names


def test_a_medium_listed_with_another_that_reports_only_reports_too(read: Read) -> None:
    names = {
        a.name for a in read("According to Reuters and the BBC, 20 people were killed.").actors
    }
    assert not names & {"Reuters", "BBC"}
    closed = read("The government shut down Reuters and the BBC on Monday.").actors
    assert "BBC" in {a.name for a in closed}


@pytest.mark.parametrize(
    ("text", "paper", "speaker"),
    [
        ("Erdogan told Hurriyet that Turkey would not wait for ever.", "Hurriyet", "Erdogan"),
        (
            "In an interview with Der Spiegel, Merkel said Germany would send no troops.",
            "Der Spiegel",
            "Merkel",
        ),
        (
            "Asharq al-Awsat quoted a Saudi official as saying Riyadh would not attend.",
            "Asharq al-Awsat",
            None,
        ),
    ],
)
def test_a_paper_the_model_took_for_a_person_is_no_party(
    read: Read, text: str, paper: str, speaker: str | None
) -> None:
    names = {a.name for a in read(text).actors}
    assert paper not in names
    assert speaker is None or any(n.endswith(speaker) for n in names)


def test_a_titled_person_told_something_stays_a_person(read: Read) -> None:
    text = "Hariri told Saudi King Salman on Thursday that they had agreed on changes."
    assert any("Salman" in a.name for a in read(text).actors if a.kind == "PERSON")


def test_a_region_of_a_continent_is_no_demonym(read: Read) -> None:
    extraction = read("Gabon's president said the Central African nation backed the plan.")
    assert "Central African Republic" not in {a.name for a in extraction.actors}


def test_a_common_word_capitalized_only_to_open_sentences_is_no_name(read: Read) -> None:
    extraction = read(
        "Cholera has spread to three provinces, the health ministry said on Monday. "
        "The outbreak of cholera began in May, after the floods."
    )
    assert not any("Cholera" in a.name for a in extraction.actors)


def test_an_adjective_opening_a_sentence_before_a_common_noun_is_no_name(read: Read) -> None:
    extraction = read("Vocal protesters gathered outside the embassy in Lima on Monday.")
    assert not any("Vocal" in a.name for a in extraction.actors)


def test_a_plural_common_noun_opening_a_sentence_is_no_name(read: Read) -> None:
    extraction = read("Eyewitnesses told Boston television stations they saw a gasoline truck.")
    assert extraction.actors == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Suspected Tamil Tigers hurled grenades at a police jeep in Vavuniya.", "Tamil"),
        (
            "Dissident Khmer Rouge leaders said on Wednesday they had broken with the group.",
            "Khmer",
        ),
    ],
)
def test_a_word_describing_a_known_name_opening_a_sentence_is_no_part_of_it(
    read: Read, text: str, name: str
) -> None:
    (actor,) = [a for a in read(text).actors if name in a.name]
    assert not actor.name.startswith(("Suspected", "Dissident"))
    assert actor.kind == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De Lima acknowledged on Sunday there was a problem.", "Lima"),
        ("Free Syrian Army fighters shelled the town.", "Free Syrian Army"),
    ],
)
def test_a_name_s_own_opening_word_stays(read: Read, text: str, name: str) -> None:
    assert any(name in a.name for a in read(text).actors)


def test_a_state_in_one_of_its_eras_keeps_the_era_in_its_mention(read: Read) -> None:
    (italy,) = read("Fascist Italy used mustard gas in Ethiopia.").actors
    assert [m.text for m in italy.mentions] == ["Fascist Italy"]


def test_his_majesty_is_no_part_of_the_king_s_name(read: Read) -> None:
    text = "Peres was received on Thursday by his Majesty King Hassan, the source said."
    assert "Majesty" not in " ".join(a.name for a in read(text).actors)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Kurdish fighters held the town until Sunday.", "Kurdish fighters"),
        ("Islamist militants attacked an army base near Gao.", "Islamist militants"),
    ],
)
def test_a_people_s_word_opening_a_sentence_still_names_a_group(
    read: Read, text: str, group: str
) -> None:
    assert group in {a.name for a in read(text).actors}


def test_a_name_capitalized_inside_a_sentence_stays_a_name(read: Read) -> None:
    extraction = read(
        "Solidarity said it would join the strike on Monday. The leaders of Solidarity met "
        "the prime minister later. Workers called for solidarity with the miners."
    )
    assert len(actor_named(extraction, "Solidarity").mentions) == 2


def test_a_party_name_several_countries_share_is_the_party_of_the_article_s_country(
    read: Read,
) -> None:
    turkish = read(
        "Erdogan told members of his Justice and Development party in Ankara that Turkey "
        "would not wait."
    )
    assert actor_named(turkish, "AKP").id == "org:akp"
    moroccan = read("In Morocco, the Justice and Development party won the election.")
    assert "org:akp" not in {a.id for a in moroccan.actors}


def test_a_people_s_word_opening_a_party_s_name_is_the_party(read: Read) -> None:
    extraction = read(
        "In Turkey, the Peoples' Democratic party said its co-leader had been detained."
    )
    assert [a.id for a in extraction.actors] == ["org:hdp"]


def test_a_party_s_name_with_a_possessive_and_an_adjective_is_found_after_a_hyphened_word(
    read: Read,
) -> None:
    extraction = read("Only the pro-Kurdish Peoples' Democratic party has opposed the offensive.")
    assert [a.name for a in extraction.actors] == ["Peoples' Democratic Party"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Talks were held with an alliance led by Jumbish-i-Milli movement of General Dostum.",
            "Jumbish-i-Milli",
        ),
        ("Rabbani fought Gulbuddin Hekmatyar's Hezb-i-Islami party for years.", "Hezb-i-Islami"),
    ],
)
def test_a_hyphened_party_name_is_whole_and_its_leader_s_possessive_is_no_part_of_it(
    read: Read, text: str, party: str
) -> None:
    bodies = [a.name for a in read(text).actors if a.kind == "ORGANIZATION"]
    assert any(name.startswith(party) for name in bodies)


def test_same_actor_gets_the_same_id_in_every_article(read: Read) -> None:
    first = read("Seoul announced new drills on Monday.")
    second = read("South Korea and the Republic of Korea navy held drills.")
    assert actor_named(first, "South Korea").id == actor_named(second, "South Korea").id


def test_community_word_before_plural_noun_is_a_group(read: Read) -> None:
    extraction = read("Yoruba leaders met Tamil activists in London on Friday.")
    groups = {a.name: a for a in extraction.actors if a.kind == "GROUP"}
    assert "Yoruba leaders" in groups
    assert groups["Yoruba leaders"].id == "group:yoruba-leaders"


def test_a_state_s_word_before_a_stateless_people_s_says_where_it_lives(read: Read) -> None:
    extraction = read("Syrian Kurdish forces withdrew from the border town on Tuesday.")
    assert "Syria" not in {a.name for a in extraction.actors}
    assert "Syrian Kurdish forces" in {m.text for m in actor_named(extraction, "Kurds").mentions}


def test_a_stateless_people_acts_as_itself_and_its_fighters_as_a_band(read: Read) -> None:
    extraction = read(
        "Kurdish leaders appealed for help as Kurdish forces dug in. The Kurds fear a massacre, "
        "and Kurdish fighters vowed to resist. Kurdish officials accused Baghdad of betrayal."
    )
    kurds = actor_named(extraction, "Kurds")
    assert kurds.id == "group:kurds"
    voices = {"Kurdish leaders", "Kurdish forces", "Kurds", "Kurdish officials"}
    assert voices <= {m.text for m in kurds.mentions}
    assert "Kurdish fighters" not in {m.text for m in kurds.mentions}


@pytest.mark.parametrize(
    ("text", "person", "country", "title"),
    [
        (
            "Philippine Defence Secretary Gilberto Teodoro met Japanese troops.",
            "Gilberto Teodoro",
            "Philippines",
            "Philippine Defence Secretary",
        ),
        (
            "Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian troops in Darwin.",
            "Sjafrie Sjamsoeddin",
            "Indonesia",
            "Indonesian Defence Minister",
        ),
    ],
)
def test_a_nationality_and_a_department_before_a_title_are_not_an_organization(
    read: Read, text: str, person: str, country: str, title: str
) -> None:
    extraction = read(text)
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]
    official = actor_named(extraction, person)
    assert official.affiliation == country
    assert official.titles == [title]


def test_a_ministry_spokesman_serves_the_country_named_before_it(read: Read) -> None:
    text = "Turkish foreign ministry spokesman Oncu Keceli said the talks would resume."
    spokesman = actor_named(read(text), "Oncu Keceli")
    assert spokesman.affiliation == "Turkey"


def test_a_ranked_title_after_a_possessive_names_the_body_served(read: Read) -> None:
    text = "The truce is holding, the African Union's top envoy Olusegun Obasanjo said on Monday."
    envoy = actor_named(read(text), "Olusegun Obasanjo")
    assert envoy.affiliation == "African Union"
    assert envoy.titles == ["African Union's top envoy"]


def test_a_full_name_the_model_took_for_an_organization_is_the_person_named_after(
    read: Read,
) -> None:
    text = (
        "The deal was signed by Kyaw Tint Swe, a minister in the office of Aung San Suu Kyi. "
        "The pope is expected to meet Suu Kyi next week."
    )
    extraction = read(text)
    person = actor_named(extraction, "Aung San Suu Kyi")
    assert person.kind == "PERSON"
    assert "Suu Kyi" in {m.text for m in person.mentions}
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]


def test_a_body_s_last_word_as_the_article_writes_it_is_that_body(read: Read) -> None:
    text = (
        "The rockets were fired by Iran's Revolutionary Guards. Israeli jets then hit depots "
        "used by the Guards' overseas arm."
    )
    extraction = read(text)
    guards = [a for a in extraction.actors if "Guards" in {m.text for m in a.mentions}]
    assert [(a.kind, a.name) for a in guards] == [("ORGANIZATION", "Revolutionary Guard")]
    assert not [a for a in extraction.actors if a.kind == "GROUP"]


def test_a_given_name_the_model_took_for_an_organization_joins_the_full_name(
    read: Read,
) -> None:
    text = (
        "Thailand's acting Prime Minister Phumtham Wechayachai met Cambodian leaders in "
        "Putrajaya on Monday.\n"
        "Phumtham said Thailand wanted to see a sincere intention from Cambodia."
    )
    extraction = read(text)
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]
    assert "Phumtham" in actor_named(extraction, "Phumtham Wechayachai").aliases


def test_a_given_name_that_is_also_a_word_opening_a_sentence_stays_in_the_name(
    read: Read,
) -> None:
    extraction = read("Ali Asghar Soltanieh told reporters in Vienna that talks would go on.")
    assert actor_named(extraction, "Ali Asghar Soltanieh").kind == "PERSON"


def test_people_of_a_named_body_are_its_members_not_a_group(read: Read) -> None:
    extraction = read("Ankara said the Arab fighters of the SDF had shelled two villages.")
    assert [a.name for a in extraction.actors if a.kind == "GROUP"] == []
    shelling = next(e for e in extraction.events if e.trigger.text == "shelled")
    assert shelling.sources == ["Syrian Democratic Forces"]


def test_a_nationality_before_goods_makes_no_group(read: Read) -> None:
    text = "Brazil will cut tariffs on European cars and Chinese solar panels, officials said."
    groups = [a.name for a in read(text).actors if a.kind == "GROUP"]
    assert groups == []


def test_a_nationality_before_people_makes_a_group(read: Read) -> None:
    text = "Tamil civilians fled the district after the army shelled the town."
    groups = {a.name for a in read(text).actors if a.kind == "GROUP"}
    assert "Tamil civilians" in groups


def test_people_of_a_country_who_do_not_act_for_it_are_a_group(read: Read) -> None:
    extraction = read("The army forced out more than 1,000 Palestinian refugees from the camp.")
    kinds = {a.name: a.kind for a in extraction.actors}
    assert kinds.get("Palestinian refugees") == "GROUP"
    assert extraction.events[0].targets == ["Palestinian refugees"]


@pytest.mark.parametrize(
    ("text", "people", "country"),
    [
        ("Thousands of Eritreans crossed into Sudan in the spring.", "Eritreans", "Eritrea"),
        ("Among the passengers were three Nigerians, the airline said.", "Nigerians", "Nigeria"),
        (
            "Militias fought for the government, including Afghans and Pakistanis, a monitor said.",
            "Pakistanis",
            "Pakistan",
        ),
        # An ethnic people lives beyond its state: the ethnic Albanians of Kosovo.
        ("Ethnic Albanians have sworn to fight for the villages.", "Albanians", "Albania"),
        ("Local Syrians welcomed the returning families.", "Syrians", "Syria"),
    ],
)
def test_people_of_a_country_counted_or_picked_out_are_a_group_not_the_state(
    read: Read, text: str, people: str, country: str
) -> None:
    extraction = read(text)
    assert actor_named(extraction, people).kind == "GROUP"
    assert country not in {a.name for a in extraction.actors}


def test_the_plural_of_a_nationality_alone_still_speaks_for_the_state(read: Read) -> None:
    extraction = read("The Iranians rejected the proposal at the talks in Vienna on Monday.")
    assert actor_named(extraction, "Iran").kind == "COUNTRY"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Bosnian Serbs rejected the plan on Monday.", "Bosnian Serbs"),
        ("Kosovo Albanians marched through Pristina on Sunday.", "Kosovo Albanians"),
    ],
)
def test_a_people_named_with_its_place_is_a_group(read: Read, text: str, people: str) -> None:
    extraction = read(text)
    assert actor_named(extraction, people).kind == "GROUP"
    assert {"Serbia", "Albania"}.isdisjoint(a.name for a in extraction.actors)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Iraqi Turkmen protested in Kirkuk on Friday.", "Iraqi Turkmen"),
        ("Syrian Turkmen said they would join the offensive on Afrin.", "Syrian Turkmen"),
        ("The Turkmen of northern Syria have long been backed by Ankara.", "Turkmen"),
    ],
)
def test_one_nationality_before_another_names_a_minority_not_the_second_state(
    read: Read, text: str, people: str
) -> None:
    extraction = read(text)
    assert actor_named(extraction, people).kind == "GROUP"
    assert "Turkmenistan" not in {a.name for a in extraction.actors}


def test_a_nationality_word_before_a_noun_still_names_its_state(read: Read) -> None:
    extraction = read("The Turkmen president met Vladimir Putin in Ashgabat.")
    assert actor_named(extraction, "Turkmenistan").kind == "COUNTRY"


def test_a_people_after_a_common_adjective_tagged_a_person_is_a_group(read: Read) -> None:
    extraction = read("Local Arabs said the Kurdish forces had taken their land.")
    assert actor_named(extraction, "Arabs").kind == "GROUP"
    assert "PERSON" not in {a.kind for a in extraction.actors}


def test_a_known_people_after_a_nationality_word_read_as_one_name_is_that_people(
    read: Read,
) -> None:
    text = (
        "The White House said it was deeply concerned. Syrian Kurds in Qamishli held protests "
        "against the operation."
    )
    extraction = read(text)
    kurds = actor_named(extraction, "Kurds")
    assert kurds.kind == "GROUP"
    assert "Syrian Kurds" in kurds.aliases
    assert "Syria" not in {a.name for a in extraction.actors}
    protest = next(e for e in extraction.events if "Qamishli" in e.sentence.text)
    assert protest.sources == ["Kurds"]


def test_the_plural_of_a_nationality_word_the_article_uses_is_a_people(read: Read) -> None:
    text = (
        "Lebed and Chechens start peace talks\n\nRussia's security chief met Chechen rebel "
        "leaders on Friday. Many Chechens said they did not trust Moscow."
    )
    assert actor_named(read(text), "Chechens").kind == "GROUP"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jaysh al-Izza agreed to leave the town on Sunday.", "Jaysh al-Izza"),
        ("Jabhat Fateh al-Sham controls the crossing.", "Jabhat Fateh al-Sham"),
        ("Faylaq al-Rahman fighters refused to surrender.", "Faylaq al-Rahman"),
    ],
)
def test_an_armys_or_a_fronts_word_makes_a_name_a_body(read: Read, text: str, body: str) -> None:
    kinds = {a.name: a.kind for a in read(text).actors}
    assert kinds == {body: "ORGANIZATION"}


def test_a_name_with_particles_stays_one_person(read: Read) -> None:
    text = "European Commission President Ursula von der Leyen opened the summit in Brussels."
    extraction = read(text)
    assert actor_named(extraction, "Ursula von der Leyen").kind == "PERSON"
    assert [a.name for a in extraction.actors if a.name == "Leyen"] == []


def test_a_hyphened_arabic_article_finishes_the_persons_name(read: Read) -> None:
    text = (
        "Prime Minister Abdul-Karim al-Kabariti said the budget would pass. Kabariti met the "
        "speaker of parliament on Sunday."
    )
    people = [(a.name, a.kind) for a in read(text).actors]
    assert people == [("Abdul-Karim al-Kabariti", "PERSON")]


def test_a_rank_and_a_full_name_read_as_a_body_are_the_person(read: Read) -> None:
    text = (
        "In Grozny, the commander of Russian Interior Ministry forces in Chechnya, General "
        "Anatoly Shkirko, told Interfax news agency he was delaying a pullout of troops."
    )
    kinds = {a.name: a.kind for a in read(text).actors}
    assert kinds.get("Anatoly Shkirko") == "PERSON"
    assert not [name for name in kinds if "General" in name]


@pytest.mark.parametrize(
    "text",
    [
        "General Motors Corp said on Monday its sales fell.",
        "King Abdullah University said on Monday it would open a campus.",
        "Prince Sultan Bank said on Monday its profits fell.",
    ],
)
def test_a_body_opening_with_a_title_stays_a_body(read: Read, text: str) -> None:
    assert not [a for a in read(text).actors if a.kind == "PERSON"]


def test_a_body_apposed_to_its_other_name_is_no_titled_person(read: Read) -> None:
    text = (
        "The White Helmets, formally the Syria Civil Defence, have been credited with saving "
        "thousands of lives."
    )
    kinds = {a.name: a.kind for a in read(text).actors}
    assert kinds.get("White Helmets") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Peoples' Democratic Party said the verdict was political.",
            "Peoples' Democratic Party",
        ),
        (
            "A court jailed the former co-leader of the pro-Kurdish Peoples' Democratic Party, "
            "Selahattin Demirtas, on Friday.",
            "Peoples' Democratic Party",
        ),
    ],
)
def test_a_plural_possessive_inside_a_body_s_name_stays_in_it(
    read: Read, text: str, body: str
) -> None:
    bodies = [a.name for a in read(text).actors if a.kind == "ORGANIZATION"]
    assert bodies == [body]


def test_a_countrys_possessive_still_ends_its_name(read: Read) -> None:
    extraction = read("The Philippines' coast guard said on Monday it had expelled the ships.")
    assert [a.name for a in extraction.actors] == ["Philippines"]


def test_a_short_form_tagged_a_body_of_its_own_joins_the_body(read: Read) -> None:
    text = (
        "The US Senate has voted to end support for the war in Yemen. The Senate also backed a "
        "separate resolution on Saudi Arabia."
    )
    bodies = [a for a in read(text).actors if a.kind == "ORGANIZATION"]
    assert len(bodies) == 1
    assert {"US Senate", "Senate"} <= {bodies[0].name, *bodies[0].aliases}


def test_a_short_form_tagged_a_person_joins_the_body(read: Read) -> None:
    text = (
        "The Syrian Observatory for Human Rights reported clashes near Afrin on Monday. "
        "The Observatory said 20 people had died."
    )
    extraction = read(text)
    assert "Observatory" in actor_named(extraction, "Syrian Observatory for Human Rights").aliases
    assert [a.name for a in extraction.actors] == ["Syrian Observatory for Human Rights"]


def test_a_short_form_joins_the_one_organization_it_shortens(read: Read) -> None:
    text = (
        "The European Commission proposed new duties on Chinese steel on Monday. "
        "The Commission said the duties would take effect in June."
    )
    extraction = read(text)
    assert "Commission" in actor_named(extraction, "European Commission").aliases
    assert [a.name for a in extraction.actors if a.name == "Commission"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Spain will send four SAMP-T batteries and more IRIS-T launchers to Ukraine.",
        "Gunmen armed with AK-47s attacked the convoy, and police found C-4 in a car.",
        "Turkey bought the S-400 from Russia, and the United States removed it from the F-35 "
        "programme.",
    ],
)
def test_a_weapon_model_with_a_hyphenated_designator_is_no_organization(
    read: Read, text: str
) -> None:
    assert [a.name for a in read(text).actors if a.kind == "ORGANIZATION"] == []


def test_an_amount_in_a_currency_is_no_actor(read: Read) -> None:
    text = (
        "Taiwan's government plans to spend NT$1.4tn (\u00a337bn) on new weapons over the next "
        "decade."
    )
    assert [a.name for a in read(text).actors] == ["Taiwan"]


def test_a_topic_before_a_headline_s_colon_is_no_person(read: Read) -> None:
    text = (
        "Brexit: Johnson and von der Leyen agree to keep talking\n\n"
        "Boris Johnson and Ursula von der Leyen have agreed to continue post-Brexit trade talks."
    )
    names = {a.name for a in read(text).actors}
    assert "Brexit" not in names
    assert {"Boris Johnson", "Ursula von der Leyen"} <= names


def test_a_group_of_states_written_with_a_number_stays_a_body(read: Read) -> None:
    assert actor_named(read("G-7 leaders agreed on new sanctions."), "G7").kind == "ORGANIZATION"


def test_a_nationality_later_in_a_name_names_no_country(read: Read) -> None:
    extraction = read("A bloc of Latin American countries and Canada backed the plan.")
    assert "Latin American" not in {alias for a in extraction.actors for alias in a.aliases}
    assert "United States" not in {a.name for a in extraction.actors}


def test_a_spanish_name_goes_by_the_fathers_surname(read: Read) -> None:
    text = (
        "The defence minister, Vladimir Padrino López, rejected the offer on Sunday. "
        "Padrino said the army would stay loyal."
    )
    minister = actor_named(read(text), "Vladimir Padrino López")
    assert "Padrino" in minister.aliases


def test_a_surname_without_its_arabic_article_is_the_person(read: Read) -> None:
    text = (
        "The army chief, Gen Abdel Fattah al-Burhan, rejected the ceasefire on Tuesday. "
        "Speaking to troops, Burhan said the plan rewarded the militia."
    )
    extraction = read(text)
    general = actor_named(extraction, "Abdel Fattah al-Burhan")
    assert "Burhan" in {m.text for m in general.mentions}
    assert sum(a.kind == "PERSON" for a in extraction.actors) == 1


def test_the_father_s_name_after_son_of_is_not_the_son_s_surname(read: Read) -> None:
    text = (
        "Crown Prince Mohammed bin Salman met the envoy in Riyadh on Monday. King Salman later "
        "received him, and Salman thanked the envoy. Bin Salman said talks would go on."
    )
    extraction = read(text)
    prince = actor_named(extraction, "Mohammed bin Salman")
    assert "Salman" not in {m.text for m in prince.mentions}
    assert "Bin Salman" in {m.text for m in prince.mentions}
    king = actor_named(extraction, "Salman bin Abdulaziz")
    assert [m.text for m in king.mentions] == ["Salman", "Salman"]


def test_a_name_a_rank_gives_alone_is_no_surname(read: Read) -> None:
    text = (
        "Pope Francis called for a ceasefire in Idlib, and Francis later met Queen Rania. "
        "Rania said Jordan would help."
    )
    extraction = read(text)
    pope = actor_named(extraction, "Pope Francis")
    assert pope.id == "person:pope-francis"
    assert [m.text for m in pope.mentions] == ["Francis", "Francis"]
    assert actor_named(extraction, "Queen Rania").id == "person:queen-rania"
    assert not any(a.id.startswith("person:surname:") for a in extraction.actors)


def test_a_person_s_name_after_a_noun_of_bodies_is_still_a_person(read: Read) -> None:
    # 'Harvey' is a town too, and 'insurer' or 'producer' is said of firms.
    for text in (
        "Film producer Harvey Weinstein appeared in court in New York on Friday.",
        "The other suspect was insurer Thierry Dehaan, police in Antwerp said.",
    ):
        people = [a for a in read(text).actors if a.kind in {"PERSON", "ORGANIZATION"}]
        assert [a.kind for a in people] == ["PERSON"], text
    firm = read("The shipping firm Maersk Line said it would reroute its ships.")
    assert [a.kind for a in firm.actors] == ["ORGANIZATION"]


def test_a_common_noun_the_model_took_into_a_known_body_s_name_is_left_out(read: Read) -> None:
    extraction = read("The Kurdish YPG militia withdrew from the town on Sunday.")
    assert actor_named(extraction, "People's Protection Units").aliases == ["YPG"]
    # A body the gazetteer knows whole keeps its lower-case words.
    council = read("The UN security council met on Friday.")
    assert [a.name for a in council.actors] == ["UN Security Council"]


def test_a_name_a_think_tank_bears_is_a_body(read: Read) -> None:
    text = "Sinan Ulgen chairs the Istanbul-based think tank Edam, which opposed the plan."
    assert actor_named(read(text), "Edam").kind == "ORGANIZATION"


def test_a_plural_noun_opening_a_sentence_names_no_body(read: Read) -> None:
    extraction = read("Kidnappers have seized a Dutch couple who manage a farm in Costa Rica.")
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]
    # A people's name in the plural is still a group, and a body's name opening a sentence
    # still a body.
    groups = read("Jihadists attacked the town of Palmyra on Sunday.")
    assert [a.name for a in groups.actors if a.kind == "GROUP"] == ["Jihadists"]
    body = read("Hezbollah said it would respond.")
    assert [a.kind for a in body.actors] == ["ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "person", "mentions"),
    [
        (
            "Bangladesh opposition leader Sheikh Hasina called a strike. Hasina, speaking to a "
            "group of engineers in Dhaka, said the government had failed.",
            "Sheikh Hasina",
            ["Hasina", "Hasina"],
        ),
        # The model tags the full name a place and the surname a body; the title in
        # apposition makes the full name a person's, and so the surname.
        (
            "Washington's new ambassador to Kuwait, Wyche Fowler, arrived in the emirate on "
            "Tuesday. Fowler, a lawyer and former congressman, met the emir on Wednesday.",
            "Wyche Fowler",
            ["Wyche Fowler", "Fowler"],
        ),
    ],
)
def test_a_surname_tagged_a_body_or_a_place_is_the_person_named_in_full(
    read: Read, text: str, person: str, mentions: list[str]
) -> None:
    extraction = read(text)
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]
    assert [m.text for m in actor_named(extraction, person).mentions] == mentions


def test_a_well_known_surname_after_by_is_the_person_not_a_team(read: Read) -> None:
    extraction = read("The bill was signed by Trump on Friday, officials said.")
    assert actor_named(extraction, "Donald Trump").kind == "PERSON"
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]


def test_a_headline_s_bare_name_is_the_ranked_person_named_after_it(read: Read) -> None:
    extraction = read(
        "Students burn Hasina effigy, battle police.\nDHAKA 1996-08-25\nStudents battled police "
        "after Prime Minister Sheikh Hasina said the strike was illegal."
    )
    named = [a for a in extraction.actors if "Hasina" in {m.text for m in a.mentions}]
    assert [a.name for a in named] == ["Sheikh Hasina"]
    assert len(named[0].mentions) == 2


def test_a_leader_s_name_before_administration_names_the_state_whatever_town_shares_it() -> None:
    # A town in Japan is called Obama, and the knowledge base knows three Obamas.
    extraction = extract(
        "The Obama administration imposed new sanctions on Russia on Tuesday, US officials said.",
        date(2014, 5, 1),
    )
    states = {a.name: a for a in extraction.actors if a.kind == "COUNTRY"}
    assert "Obama administration" in states["United States"].aliases
    assert not [a for a in extraction.actors if a.kind == "ORGANIZATION"]


def test_a_bare_surname_is_the_one_person_of_that_name_in_office_that_day() -> None:
    text = "Obama said on Tuesday that Russia would pay a price for annexing Crimea."
    then = extract(text, date(2014, 3, 4))
    assert actor_named(then, "Barack Obama").id == "person:barack-obama"
    # Before anyone of that name held office, and with no country of theirs named: a stranger.
    before = extract(text, date(1990, 3, 4))
    assert actor_named(before, "Obama").id == "person:surname:obama"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The envoy spoke to Crown Prince Mohammed bin Zayed on Monday.", "Mohammed bin Zayed"),
        ("Later, Crown Prince Mohammed bin Salman met the envoy.", "Mohammed bin Salman"),
        ("Secretary of State Antony Blinken landed in Kyiv.", "Antony Blinken"),
    ],
)
def test_a_title_of_several_words_is_no_part_of_the_name(read: Read, text: str, name: str) -> None:
    assert name in {a.name for a in read(text).actors}


def test_the_first_word_of_a_title_is_no_actor(read: Read) -> None:
    text = "Supreme Leader Ayatollah Ali Khamenei said the deal was dead. The Supreme Court met."
    names = {a.name for a in read(text).actors}
    assert "Supreme" not in names
    assert {"Ali Khamenei", "Supreme Court"} <= names


def test_the_name_a_person_is_known_by_is_that_person(read: Read) -> None:
    text = (
        "The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, accepted the truce. "
        "Hemedti accused the army of prolonging the war. Tariq Aziz, known as a hardliner, "
        "stayed silent."
    )
    extraction = read(text)
    leader = actor_named(extraction, "Mohamed Hamdan Dagalo")
    assert [m.text for m in leader.mentions].count("Hemedti") == 2
    assert "Hemedti" not in {p.name for p in extraction.places}
    assert "a hardliner" not in {m.text for a in extraction.actors for m in a.mentions}


def test_an_acronym_of_a_common_noun_is_no_body(read: Read) -> None:
    text = (
        "The sanctions target the liquefied natural gas trade for the first time. "
        "The package bans the reloading of Russian LNG in EU ports, while the IOM said "
        "internally displaced persons were at risk."
    )
    names = {a.name for a in read(text).actors}
    assert "LNG" not in names
    assert "European Union" in names


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The drills, codenamed Joint Sword, involved the navy and air force. "
            "The army said Joint Sword tested its ability to seize power.",
            "Joint",
        ),
        ("The exercises, code-named Strait Thunder, were a stern warning.", "Thunder"),
    ],
)
def test_a_codename_names_no_actor(read: Read, text: str, code: str) -> None:
    names = {m.text for a in read(text).actors for m in a.mentions}
    assert not any(code in name for name in names), names


def test_a_hyphenated_given_name_is_part_of_the_person(read: Read) -> None:
    text = "Kim Yong-ho met the envoy in Hanoi, and Lee Su-bin welcomed the talks."
    names = {a.name: a.kind for a in read(text).actors}
    assert names.get("Kim Yong-ho") == "PERSON"
    assert names.get("Lee Su-bin") == "PERSON"


def test_a_party_named_with_its_lower_case_party_word_is_its_acronym_too(read: Read) -> None:
    text = (
        "The Ulster Progressive party said it would vote against the bill. The UPP leader, "
        "Ann Hale, met the minister on Thursday."
    )
    party = actor_named(read(text), "Ulster Progressive Party")
    assert party.kind == "ORGANIZATION"
    assert "UPP" in party.aliases


def test_a_body_named_before_its_leader_is_the_body_the_leader_serves(read: Read) -> None:
    extraction = read("The Labour leader, Jeremy Corbyn, said the government had lost control.")
    assert actor_named(extraction, "Labour").kind == "ORGANIZATION"
    assert actor_named(extraction, "Jeremy Corbyn").affiliation == "Labour"


def test_a_name_ending_a_sentence_leaves_its_full_stop(read: Read) -> None:
    text = "Among those detained was the former legislator Claudia Mo. Police gave no reason."
    assert "Claudia Mo" in {a.name for a in read(text).actors}


def test_a_leaders_name_before_a_government_noun_is_the_state(read: Read) -> None:
    text = (
        "Bashar al-Assad visited Aleppo on Sunday. The Assad regime blamed Ankara for the "
        "attack, and Putin's government backed it. Assad's forces shelled the town."
    )
    extraction = read(text)
    assert {"Assad regime", "Assad's forces"} <= set(actor_named(extraction, "Syria").aliases)
    assert "Putin's government" in actor_named(extraction, "Russia").aliases
    assert actor_named(extraction, "Bashar al-Assad").aliases == []
    assert_offsets_hold(text, extraction)


@pytest.mark.parametrize(
    "text",
    [
        "Assad forces closed in on Idlib on Tuesday.",
        "Syrian troops backed by Russian warplanes advanced, as Assad forces closed in on Idlib.",
    ],
)
def test_a_leaders_name_before_his_forces_is_the_state_he_heads(read: Read, text: str) -> None:
    extraction = read(text)
    assert "Assad forces" in actor_named(extraction, "Syria").aliases
    assert not [a for a in extraction.actors if a.kind == "GROUP"]


def test_a_rank_before_a_name_the_model_cut_short_keeps_the_whole_name(read: Read) -> None:
    text = "Pakistan's army chief, Gen Qamar Javed Bajwa, said the region needed peace."
    bajwa = actor_named(read(text), "Qamar Javed Bajwa")
    assert bajwa.kind == "PERSON"
    assert bajwa.affiliation == "Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Israel signed the Camp David Accords in 1978.",
        "Iran and six powers agreed the Joint Comprehensive Plan of Action in Vienna.",
        "Sudan and the rebels signed a Memorandum of Understanding (MOU) on Monday. "
        "The MOU opens the roads to aid convoys.",
    ],
)
def test_an_agreement_named_in_capitals_is_no_actor(read: Read, text: str) -> None:
    names = {a.name for a in read(text).actors}
    assert not any(
        word in name for name in names for word in ("Accords", "Plan", "Memorandum", "MOU")
    ), names


def test_a_mention_starts_after_its_article(read: Read) -> None:
    text = "Officials said the U.S. and the Netherlands would send aid to the region."
    extraction = read(text)
    mentions = {m.text for a in extraction.actors for m in a.mentions}
    assert {"U.S.", "Netherlands"} <= mentions
    assert not any(m.startswith("the ") for m in mentions)
    assert_offsets_hold(text, extraction)


def test_a_country_s_name_leaves_the_article_to_the_sentence(read: Read) -> None:
    extraction = read("The Netherlands suspended arms sales to Turkey on Friday.")
    assert actor_named(extraction, "Netherlands").id == "country:NL"


@pytest.mark.parametrize(
    "text",
    [
        "The UN Darfur mission will close. Fighting in Darfur went on.",
        "Monitors of the OSCE Donbas mission left. Shelling in Donbas continued.",
    ],
)
def test_a_place_naming_a_mission_is_still_the_place(read: Read, text: str) -> None:
    place = text.split(" mission")[0].split()[-1]
    assert place in {p.name for p in read(text).places}


def test_a_name_with_a_legal_form_is_a_company_and_so_is_its_short_form(read: Read) -> None:
    text = (
        "Pirelli SpA said on Friday it would build a cable plant in Wuxi. "
        "Pirelli expects the plant to open next year, said David Shulman of Salomon Bros."
    )
    extraction = read(text)
    company = actor_named(extraction, "Pirelli SpA")
    assert company.kind == "ORGANIZATION"
    assert {m.text for m in company.mentions} == {"Pirelli SpA", "Pirelli"}
    assert actor_named(extraction, "Salomon Bros.").kind == "ORGANIZATION"


def test_the_first_or_last_word_of_a_company_s_name_is_the_company(read: Read) -> None:
    text = (
        "Carvell Logistics Inc agreed to buy Tessaro Freight. Carvell was up 2 percent. "
        "Swedish shipping group LM Brandqvist AB said it would bid too, and Brandqvist said "
        "the offer would come in cash."
    )
    extraction = read(text)
    for company, short in [
        ("Carvell Logistics Inc", "Carvell"),
        ("LM Brandqvist AB", "Brandqvist"),
    ]:
        actor = actor_named(extraction, company)
        assert actor.kind == "ORGANIZATION"
        assert short in {m.text for m in actor.mentions}
    assert not {"Carvell", "Brandqvist"} & {a.name for a in extraction.actors}


def test_a_company_s_word_that_is_a_named_person_s_surname_stays_the_person(read: Read) -> None:
    text = (
        "Johnson Controls Inc bid for the unit. Hugh Johnson, an analyst at First Albany, said "
        "Johnson thought the bid was low."
    )
    extraction = read(text)
    person = actor_named(extraction, "Hugh Johnson")
    assert {m.text for m in person.mentions} == {"Hugh Johnson", "Johnson"}


def test_a_name_with_its_country_in_brackets_is_a_person(read: Read) -> None:
    text = (
        "Results from the women's singles at the Vienna Open on Tuesday:\n"
        "Marta Kessler ( Austria ) beat Lucie Dvorakova ( Czech Republic ) 6-3 6-4\n"
        "Oksana Petrenko ( Ukraine ) beat Ilaria Bonfanti ( Italy ) 7-5 6-2\n"
    )
    extraction = read(text)
    for player in ("Marta Kessler", "Lucie Dvorakova", "Oksana Petrenko", "Ilaria Bonfanti"):
        assert actor_named(extraction, player).kind == "PERSON", player


def test_a_country_in_brackets_is_where_a_name_is_from_not_its_alias(read: Read) -> None:
    text = (
        "Results from the women's singles at the Vienna Open on Tuesday:\n"
        "Oksana Petrenko ( Ukraine ) beat Ilaria Bonfanti ( Italy ) 7-5 6-2\n"
    )
    extraction = read(text)
    italy = actor_named(extraction, "Italy")
    assert [m.text for m in italy.mentions] == ["Italy"]
    assert "Ilaria Bonfanti" not in italy.aliases
    assert_offsets_hold(text, extraction)


def test_a_name_the_model_missed_before_a_country_in_brackets_is_a_person(read: Read) -> None:
    text = (
        "Results from the men's singles on Tuesday:\n"
        "3 - Tobias Wennerholm ( Sweden ) beat Radek Sobotka ( Czech Republic ) 6-2 6-4\n"
        "Dario Santacroce ( Italy ) beat Piet Verhoeven ( Netherlands ) 4-6 6-3 7-6\n"
    )
    extraction = read(text)
    assert actor_named(extraction, "Tobias Wennerholm").kind == "PERSON"
    assert actor_named(extraction, "Radek Sobotka").kind == "PERSON"


def test_a_given_name_and_a_surname_read_as_a_body_name_a_person(read: Read) -> None:
    text = (
        "Mariano Quintana pitched two scoreless innings and Ruben Ocampo drove in three runs "
        "as the Falcons won 5-2."
    )
    extraction = read(text)
    assert actor_named(extraction, "Mariano Quintana").kind == "PERSON"
    assert actor_named(extraction, "Ruben Ocampo").kind == "PERSON"


def test_a_given_name_of_another_country_read_as_a_body_names_a_person(read: Read) -> None:
    # Turkish given names the US census never listed.
    extraction = read("Mevlüt Çavuşoğlu met Lavrov in Ankara. Nurettin Canikli visited the troops.")
    assert actor_named(extraction, "Mevlüt Çavuşoğlu").kind == "PERSON"
    assert actor_named(extraction, "Nurettin Canikli").kind == "PERSON"


def test_the_surname_of_a_person_named_in_full_is_that_person_not_a_country(
    read: Read,
) -> None:
    text = (
        "Director Neil Jordan premiered his film on Saturday. "
        '"The film spares no one," Jordan said in a statement.'
    )
    extraction = read(text)
    director = actor_named(extraction, "Neil Jordan")
    assert [m.text for m in director.mentions] == ["Neil Jordan", "Jordan"]
    assert "Jordan" not in {a.name for a in extraction.actors}


def test_a_name_used_as_a_person_does_not_make_a_team(read: Read) -> None:
    text = (
        "Aides to Bob Dole said they would meet the Clinton team. "
        "Clinton claims Dole's plan would increase the deficit."
    )
    clinton = [a for a in read(text).actors if a.name.endswith("Clinton")]
    assert [a.kind for a in clinton] == ["PERSON"]


def test_an_islamic_state_in_lower_case_is_no_islamic_state(read: Read) -> None:
    text = "The movement spent a decade trying to build a strict Islamic state in Sudan."
    assert "Islamic State" not in {a.name for a in read(text).actors}


def test_the_untagged_rest_of_a_long_name_joins_it(read: Read) -> None:
    text = "Burma's democracy leader Aung San Suu Kyi spoke to supporters outside her home."
    assert actor_named(read(text), "Aung San Suu Kyi").kind == "PERSON"


def test_a_city_a_deal_was_made_in_is_no_club(read: Read) -> None:
    extraction = read("Traders bought bonds in New York on Friday.")
    assert "New York" in {p.name for p in extraction.places}
    assert "New York" not in {a.name for a in extraction.actors}


def test_a_former_state_is_a_country(read: Read) -> None:
    text = "The Soviet Union developed the nerve agent. The USSR never declared it."
    state = actor_named(read(text), "Soviet Union")
    assert state.kind == "COUNTRY"
    assert {m.text for m in state.mentions} == {"Soviet Union", "USSR"}


def test_a_country_s_withdrawn_name_is_the_country_that_took_its_place(read: Read) -> None:
    text = (
        "Zaire expelled 28 Rwandan refugees on Saturday. East Timor protested to Indonesia, "
        "and Dahomey recalled its envoy."
    )
    ids = {a.name: a.id for a in read(text).actors}
    assert ids["Democratic Republic of the Congo"] == "country:CD"
    assert ids["Timor Leste"] == "country:TL"
    assert ids["Benin"] == "country:BJ"


def test_a_withdrawn_name_with_no_single_successor_is_a_state_of_its_own(read: Read) -> None:
    extraction = read("Yugoslavia sent troops to the border, and Greece protested.")
    state = actor_named(extraction, "Yugoslavia")
    assert (state.kind, state.id) == ("COUNTRY", "country:YUG")


def test_a_chemical_agent_is_no_actor(read: Read) -> None:
    extraction = read("Inspectors said the nerve agent VX was used, and Russia denied it.")
    assert "VX" not in {a.name for a in extraction.actors}


@pytest.mark.parametrize("town", ["Douma", "Hama", "Raqqa"])
def test_a_town_geonames_transcribes_is_known_by_its_news_spelling(read: Read, town: str) -> None:
    extraction = read(f"The Syrian regime shelled {town}. Damascus denied it on Monday.")
    assert town in {p.name for p in extraction.places}
    assert town not in {a.name for a in extraction.actors}


def test_a_state_called_by_its_style_is_that_state(read: Read) -> None:
    text = "Iranian forces will stay in Syria, and the Islamic Republic will not bow to pressure."
    iran = actor_named(read(text), "Iran")
    assert "Islamic Republic" in {m.text for m in iran.mentions}


def test_a_style_several_named_states_share_is_left_alone(read: Read) -> None:
    text = "Pakistan and Iran met in Islamabad. The Islamic Republic said nothing more."
    names = {a.name for a in read(text).actors}
    assert {"Pakistan", "Iran"} <= names


def test_an_acronym_in_brackets_before_party_is_the_party(read: Read) -> None:
    text = (
        "Critics including the opposition Pakistan Tehreek-e-Insaf (PTI) party of the jailed "
        "former prime minister Imran Khan say the measures will hurt the poor."
    )
    names = {a.name for a in read(text).actors}
    assert not any(")" in name for name in names), names


def test_a_ruler_s_numeral_is_part_of_the_name(read: Read) -> None:
    text = (
        "Jordan's King Abdullah II met Pope Leo XIV at the Vatican on Monday. "
        "Queen Elizabeth I was the daughter of Henry VIII."
    )
    extraction = read(text)
    for ruler in ("Abdullah II", "Leo XIV", "Elizabeth I", "Henry VIII"):
        assert actor_named(extraction, ruler).kind == "PERSON", ruler
    assert_offsets_hold(text, extraction)


def test_a_pronoun_after_a_name_is_no_numeral(read: Read) -> None:
    text = '"We will win," said Smith. I think so.'
    assert [a.name for a in read(text).actors] == ["Smith"]


def test_two_nationalities_before_a_band_make_one_group(read: Read) -> None:
    extraction = read("Iraqi Kurdish fighters crossed the border on Tuesday.")
    groups = [a.name for a in extraction.actors if a.kind == "GROUP"]
    assert groups == ["Iraqi Kurdish fighters"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The minister said that KNLA fighters had crossed the border near Myawaddy.", "KNLA"),
        ("Police arrested 12 UDPS activists in Kinshasa on Friday.", "UDPS"),
    ],
)
def test_an_acronym_before_its_members_is_the_body(read: Read, text: str, body: str) -> None:
    extraction = read(text)
    assert [(a.name, a.kind) for a in extraction.actors] == [(body, "ORGANIZATION")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the Syrian government denied the report.",
        "The talks were attended by officials from the Iraqi government.",
    ],
)
def test_a_government_is_a_party_wherever_it_stands(read: Read, text: str) -> None:
    extraction = read(text)
    assert [a.kind for a in extraction.actors] == ["COUNTRY"]
    assert not extraction.places


def test_a_named_band_placed_somewhere_is_named_without_its_place(read: Read) -> None:
    extraction = read(
        "Syrian rebels in Afrin said they would fight on, and rebels in Darfur agreed."
    )
    groups = {a.name for a in extraction.actors if a.kind == "GROUP"}
    assert groups == {"Syrian rebels", "rebels in Darfur"}
    assert "Afrin" in {p.name for p in extraction.places}


def test_a_stateless_people_named_as_a_people_is_that_people(read: Read) -> None:
    extraction = read(
        "Baghdad has declared war on the Kurdish people, said the Kurds' leaders in Erbil."
    )
    groups = [a for a in extraction.actors if a.kind == "GROUP"]
    assert [g.name for g in groups] == ["Kurds"]
    assert "Kurdish people" in groups[0].aliases


def test_how_many_of_a_placed_group_speak_is_no_part_of_its_name(read: Read) -> None:
    extraction = read("Many refugees in the Bekaa valley said they wanted to go home.")
    groups = {a.name for a in extraction.actors if a.kind == "GROUP"}
    assert groups == {"refugees in the Bekaa valley"}


def test_a_known_person_tagged_a_place_joins_their_full_name(read: Read) -> None:
    extraction = read(
        "Erdogan said Turkey would act. Recep Tayyip Erdoğan later repeated the threat."
    )
    people = [a for a in extraction.actors if a.kind == "PERSON"]
    assert len(people) == 1
    assert {m.text for m in people[0].mentions} == {"Erdogan", "Recep Tayyip Erdoğan"}


def test_a_one_word_mention_of_a_known_person_takes_the_nickname(read: Read) -> None:
    extraction = read(
        "Saudi Arabia's crown prince, Mohammed bin Salman, met the envoy. "
        "Prince Mohammed, known as MBS, denied any role."
    )
    prince = actor_named(extraction, "Mohammed bin Salman")
    assert "MBS" in {m.text for m in prince.mentions}
    assert "MBS" not in {a.name for a in extraction.actors}


def test_a_nationality_before_a_known_people_joins_its_mention(read: Read) -> None:
    extraction = read(
        "Syrian Kurds fear a Turkish attack. The Kurds have held the area since 2015."
    )
    kurds = actor_named(extraction, "Kurds")
    assert {m.text for m in kurds.mentions} == {"Syrian Kurds", "Kurds"}
    assert "Syrian Kurds" in kurds.aliases


def test_a_body_s_head_noun_alone_after_the_is_that_body(read: Read) -> None:
    extraction = read(
        "The Syrian Observatory for Human Rights said 30 people were killed. "
        "The Observatory, which relies on sources on the ground, said most were civilians."
    )
    observatory = actor_named(extraction, "Syrian Observatory for Human Rights")
    assert "Observatory" in {m.text for m in observatory.mentions}


def test_an_ambiguous_head_noun_joins_no_body(read: Read) -> None:
    extraction = read(
        "The UN Security Council and the European Council met. The Council said nothing."
    )
    for name in ("UN Security Council", "European Council"):
        assert {m.text for m in actor_named(extraction, name).mentions} == {name}


def test_a_body_named_with_and_without_a_plural_ending_is_one(read: Read) -> None:
    extraction = read(
        "The High Negotiations Committee said it would not attend. "
        "Later, the High Negotiation Committee confirmed it."
    )
    bodies = [a for a in extraction.actors if a.kind == "ORGANIZATION"]
    assert [a.name for a in bodies] == ["High Negotiations Committee"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The alliance is mostly Karen-led but has Shan fighters among its ranks. "
            "The alliance said it would hold the pass.",
            "Shan fighters",
        ),
        (
            "Officials say the KNU has 5,000 fighters in Myawaddy. The KNU denied it.",
            "fighters in Myawaddy",
        ),
        (
            '"The junta and its Syrian proxy factions have not taken one village," an aide said.',
            "Syrian proxy factions",
        ),
    ],
)
def test_a_group_named_only_as_another_s_members_is_no_actor(
    read: Read, text: str, group: str
) -> None:
    assert group not in {a.name for a in read(text).actors}


def test_a_group_that_acts_is_kept_though_another_has_it_among_its_ranks(read: Read) -> None:
    text = (
        "The alliance has Shan fighters among its ranks. Shan fighters attacked the pass on Monday."
    )
    assert "Shan fighters" in {a.name for a in read(text).actors}


def test_a_leader_called_by_the_initials_of_the_full_name_is_that_person(read: Read) -> None:
    text = (
        "The crown prince, Mohammed bin Salman, hosted the envoy in Riyadh. MBS later spoke "
        "with the Kenyan president by phone."
    )
    prince = actor_named(read(text), "Mohammed bin Salman")
    assert "MBS" in {m.text for m in prince.mentions}


def test_an_untagged_full_name_after_a_rank_is_a_person(read: Read) -> None:
    text = (
        "The junta led by Capt Ibrahim Traoré declared three days of mourning. Traoré, who "
        "seized power in 2022, expelled French troops."
    )
    leader = actor_named(read(text), "Ibrahim Traoré")
    assert leader.kind == "PERSON"
    assert "Traoré" in {m.text for m in leader.mentions}


def test_a_known_body_whose_first_word_the_model_left_out_is_read_whole(read: Read) -> None:
    text = (
        "The al-Qaida-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) is active in the "
        "area, officials said."
    )
    extraction = read(text)
    assert all(a.kind != "PERSON" for a in extraction.actors)
    body = actor_named(extraction, "Jama'at Nusrat al-Islam wal-Muslimin")
    assert "JNIM" in {m.text for m in body.mentions}


def test_a_name_keeps_the_syllable_a_hyphen_holds_on(read: Read) -> None:
    text = (
        "The South Korean president, Moon Jae-in, urged Pyongyang to halt its missile tests. "
        "Moon Jae-in later spoke to reporters in Seoul."
    )
    moon = actor_named(read(text), "Moon Jae-in")
    assert moon.kind == "PERSON"
    assert {m.text for m in moon.mentions} == {"Moon Jae-in"}


def test_a_title_in_apposition_stops_before_a_clause_about_its_holder(read: Read) -> None:
    text = (
        '"We will not sign," said Pablo Ortega, the party\'s general secretary, who spent ten '
        "years in exile in Mexico."
    )
    ortega = actor_named(read(text), "Pablo Ortega")
    assert ortega.titles == ["party's general secretary"]


def test_a_title_stops_before_a_clause_about_the_body_it_names(read: Read) -> None:
    text = "Brett McGurk, the special envoy to the coalition fighting Isis, quit days later."
    mcgurk = actor_named(read(text), "Brett McGurk")
    assert mcgurk.titles == ["special envoy to the coalition"]
    assert mcgurk.affiliation != "Islamic State"


def test_a_person_s_name_doing_the_verb_is_a_person_though_a_town_shares_it(read: Read) -> None:
    text = "Kim is expected to meet the Russian president in Vladivostok later this month."
    kim = actor_named(read(text), "Kim")
    assert kim.kind == "PERSON"


def test_a_figure_in_a_name_makes_it_a_body_s(read: Read) -> None:
    text = (
        "France still has 4,500 soldiers in the region, and the G5 Sahel countries have set up "
        "a joint force."
    )
    extraction = read(text)
    assert all(a.kind != "PERSON" for a in extraction.actors), extraction.actors


def test_a_surname_used_alone_takes_the_given_name_the_model_missed(read: Read) -> None:
    text = (
        "The election board said Erdoğan took 52.5% of the vote against 30.7% for Muharrem İnce "
        "of the Republican People's party (CHP).\n\nİnce conceded defeat on Monday but said the "
        'vote had been unfair. "Turkey has become a one-man regime," he told reporters.'
    )
    extraction = read(text)
    ince = actor_named(extraction, "Muharrem İnce")
    assert ince.kind == "PERSON"
    assert "İnce" in ince.aliases
    assert "İnce" not in {a.name for a in extraction.actors}


def test_a_full_name_read_in_two_pieces_is_one_person(read: Read) -> None:
    text = (
        "Recep Tayyip Erdoğan and Vladimir Putin spoke by phone on Wednesday. Erdoğan said "
        "later that the talks had gone well."
    )
    extraction = read(text)
    erdogan = actor_named(extraction, "Recep Tayyip Erdoğan")
    assert erdogan.kind == "PERSON"
    assert len([a for a in extraction.actors if a.kind == "PERSON"]) == 2


def test_an_untagged_name_in_apposition_to_a_title_is_its_holder(read: Read) -> None:
    text = "The US ambassador to Japan, Rahm Emanuel, praised the agreement on Tuesday."
    emanuel = actor_named(read(text), "Rahm Emanuel")
    assert emanuel.kind == "PERSON"
    assert emanuel.titles == ["US ambassador to Japan"]


def test_a_title_ending_in_a_place_the_parser_hung_the_name_on_is_read_whole(read: Read) -> None:
    text = (
        "The UN's humanitarian coordinator for Syria, Panos Moumtzis, warned that an offensive "
        "could force thousands to flee."
    )
    coordinator = actor_named(read(text), "Panos Moumtzis")
    assert coordinator.titles == ["UN's humanitarian coordinator for Syria"]
    assert coordinator.affiliation == "United Nations"


def test_a_given_name_standing_as_subject_after_the_full_name_is_that_person(read: Read) -> None:
    text = (
        "The Ethiopian prime minister, Abiy Ahmed, attended the ceremony. Abiy has freed "
        "thousands of political prisoners since taking office in April."
    )
    abiy = actor_named(read(text), "Abiy Ahmed")
    assert len(abiy.mentions) == 2


def test_the_syllable_after_a_hyphen_is_no_surname_of_its_own(read: Read) -> None:
    text = (
        "The South Korean president, Moon Jae-in, met officials in Seoul. Talks in Hanoi had "
        "failed in February, and the mood in the capital was grim."
    )
    extraction = read(text)
    assert not [a for a in extraction.actors if a.name.lower() == "in"], extraction.actors


def test_its_points_past_a_name_written_into_a_compound_word(read: Read) -> None:
    text = (
        "Hezbollah, the Iran-backed movement, voted for the budget. Its leader, Hassan "
        "Nasrallah, said the group would not accept new taxes."
    )
    leader = actor_named(read(text), "Hassan Nasrallah")
    assert leader.affiliation == "Hezbollah"


def test_a_body_said_to_be_led_by_a_person_is_the_person_s(read: Read) -> None:
    text = (
        "The Government of National Accord, led by the prime minister, Fayez al-Sarraj, said "
        "its troops had repelled the attack."
    )
    sarraj = actor_named(read(text), "Fayez al-Sarraj")
    assert sarraj.affiliation == "Government of National Accord"


def test_a_proper_noun_before_an_arabic_article_surname_is_the_given_name(read: Read) -> None:
    text = (
        "Col Turki al-Maliki, speaking in Riyadh, said the coalition had struck a missile site "
        "near Saada overnight."
    )
    maliki = actor_named(read(text), "Turki al-Maliki")
    assert maliki.kind == "PERSON"


def test_a_name_taken_for_a_work_but_apposed_to_a_title_is_a_person(read: Read) -> None:
    text = (
        '"The border will stay open," Myint Kyaing, a permanent secretary at the labour '
        "ministry, told reporters on Friday."
    )
    extraction = read(text)
    official = actor_named(extraction, "Myint Kyaing")
    assert official.kind == "PERSON"
    assert [q.speaker for q in extraction.quotes] == ["Myint Kyaing"]


def test_a_count_opening_a_sentence_is_no_actor(read: Read) -> None:
    text = "Millions marched through the capital on Sunday against the new security law."
    assert not [a for a in read(text).actors if a.name == "Millions"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town at 4am local time (0100 GMT), the monitoring group said.",
        "The council vote was due at 1100 GMT on Wednesday.",
        "The curfew starts at 10pm (1900 GMT), the governor said.",
    ],
)
def test_the_zone_after_a_time_of_day_is_no_actor(read: Read, text: str) -> None:
    extraction = read(text)
    assert "GMT" not in {a.name for a in extraction.actors}
    assert "GMT" not in {p.name for p in extraction.places}


def test_a_code_before_the_noun_it_names_after_a_number_is_still_a_name(read: Read) -> None:
    text = "Police said 300 KDX militants crossed the border near Hakkari."
    assert "KDX" in {a.name for a in read(text).actors}


def test_a_full_name_tagged_a_body_whose_last_word_speaks_alone_is_a_person(
    read: Read,
) -> None:
    text = (
        "Mevlut Cavusoglu met Sergei Lavrov in Moscow on Tuesday. "
        "Cavusoglu said Turkey would not wait for ever."
    )
    extraction = read(text)
    assert actor_named(extraction, "Mevlut Cavusoglu").kind == "PERSON"


def test_a_given_name_tagged_a_body_before_a_person_s_name_joins_it(read: Read) -> None:
    text = "Hulusi Akar visited the border. Akar told reporters the operation would go on."
    extraction = read(text)
    assert actor_named(extraction, "Hulusi Akar").kind == "PERSON"
    assert not [a for a in extraction.actors if a.name == "Hulusi"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Liberal Democrats and the SNP also criticised the decision.", "Liberal Democrats"),
        ("In Berlin the Free Democrats walked out of the coalition talks.", "Free Democrats"),
    ],
)
def test_a_party_named_for_its_members_keeps_its_opening_words(
    read: Read, text: str, party: str
) -> None:
    assert actor_named(read(text), party).kind == "ORGANIZATION"


def test_an_adjective_opening_the_sentence_is_no_party_s_word(read: Read) -> None:
    names = {a.name for a in read("Senior Republicans criticised the withdrawal.").actors}
    assert "Senior Republicans" not in names


def test_a_body_whose_last_word_does_not_speak_alone_stays_a_body(read: Read) -> None:
    text = "Jaish al-Islam fighters left Douma on Sunday. The group said it would not return."
    assert actor_named(read(text), "Jaish al-Islam").kind == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("A Sukhoi Su-24 jet was seen over the town on Thursday morning.", "Sukhoi"),
        ("The Lockheed Martin F-35 jets Ankara ordered were withheld.", "Lockheed"),
        ("Rebels said they had shot down a MiG-29 over the valley.", "MiG-29"),
        ("A Bayraktar TB2 drone hit the convoy near the town.", "Bayraktar"),
    ],
)
def test_a_maker_or_model_of_a_weapon_is_no_actor(read: Read, text: str, maker: str) -> None:
    names = {a.name for a in read(text).actors}
    assert not any(maker in name for name in names)


def test_a_known_country_before_a_model_still_acts(read: Read) -> None:
    extraction = read("US F-16s struck the convoy near the border on Friday.")
    assert "United States" in {a.name for a in extraction.actors}


def test_a_name_apposed_to_a_capital_where_a_deal_was_signed_is_a_place(read: Read) -> None:
    text = "The pact was signed in the Myanmar capital, Naypyidaw, on Thursday evening."
    extraction = read(text)
    assert "Naypyidaw" in {p.name for p in extraction.places}
    assert "Naypyidaw" not in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("In the capital Kabul, Taliban fighters patrolled the streets.", "Kabul"),
        ("In the Syrian capital Damascus, residents queued for bread.", "Damascus"),
    ],
)
def test_a_capital_named_after_the_word_capital_only_locates(
    read: Read, text: str, city: str
) -> None:
    extraction = read(text)
    assert city in {p.name for p in extraction.places}
    assert [a for a in extraction.actors if a.kind == "COUNTRY"] == []


def test_a_capital_apposed_to_a_subject_still_speaks_for_its_state(read: Read) -> None:
    extraction = read("Officials in the capital, Damascus, rejected the plan.")
    assert actor_named(extraction, "Syria").kind == "COUNTRY"


def test_the_name_after_part_of_is_a_place(read: Read) -> None:
    text = "Beijing, which controls part of Aksai Chin, said the change undermined its sovereignty."
    extraction = read(text)
    assert "Aksai Chin" not in {a.name for a in extraction.actors}


def test_a_known_acronym_the_model_missed_is_found_though_its_tables_list_it(read: Read) -> None:
    text = "Officers of Russia's FSB security service detained the consul in St Petersburg."
    fsb = actor_named(read(text), "Federal Security Service")
    assert "FSB" in fsb.aliases


def test_initials_the_model_took_for_a_person_name_a_body(read: Read) -> None:
    text = "Troops seized the state broadcaster, ZBC, on Wednesday."
    extraction = read(text)
    assert not [a for a in extraction.actors if a.kind == "PERSON"], extraction.actors


def test_a_shared_surname_alone_is_the_person_introduced_first(read: Read) -> None:
    text = (
        "The former president, Joseph Kabila, stayed in Kinshasa. His sister, Jaynet Kabila, "
        "was elected to parliament in 2011. Kabila said on Tuesday he would stay in politics."
    )
    extraction = read(text)
    joseph = actor_named(extraction, "Joseph Kabila")
    assert "Kabila" in joseph.aliases
    assert "Kabila" not in actor_named(extraction, "Jaynet Kabila").aliases


def test_an_apposed_title_stops_before_the_honorific_and_keeps_hyphenated_words(
    read: Read,
) -> None:
    text = (
        "The emir dismissed his vice-president, Ali Bongo, on Monday. The interior minister, "
        "Sheikh Khalid al-Sabah, said the decision was final."
    )
    extraction = read(text)
    assert "vice-president" in actor_named(extraction, "Ali Bongo").titles
    assert "interior minister" in actor_named(extraction, "Khalid al-Sabah").titles


def test_a_capital_naming_the_venue_of_talks_leaves_its_country_a_place(read: Read) -> None:
    text = (
        "The envoy said both sides would attend the Stockholm talks next week, which are to be "
        "held at a manor north of Stockholm."
    )
    extraction = read(text)
    assert "Sweden" not in {a.name for a in extraction.actors}
    assert "Stockholm" in {p.name for p in extraction.places}


def test_a_capital_on_whose_outskirts_fighters_mass_is_a_place(read: Read) -> None:
    text = "Haftar's forces massed on the outskirts of Tripoli on Thursday."
    extraction = read(text)
    assert "Libya" not in {a.name for a in extraction.actors}


def test_a_full_name_the_knowledge_base_holds_is_a_person_though_the_model_missed_it(
    read: Read,
) -> None:
    text = (
        "Theresa May has called an early general election for June. Jeremy Corbyn said Labour "
        "welcomed the vote."
    )
    may = actor_named(read(text), "Theresa May")
    assert may.kind == "PERSON"


def test_ranks_read_apart_from_the_name_name_no_one(read: Read) -> None:
    text = (
        "Det Sgt Nick Bailey was taken to hospital. Det Insp Mark Wilson, who leads the inquiry, "
        "said the suspects had fled abroad."
    )
    names = {a.name for a in read(text).actors}
    assert {"Nick Bailey", "Mark Wilson"} <= names
    assert not names & {"Det Sgt", "Det Insp", "Det"}


def test_a_name_in_apposition_to_a_kin_noun_is_a_person(read: Read) -> None:
    text = (
        "Sergei Skripal and his daughter, Yulia, remain in hospital. The former banker and his "
        "son, Yerlan, were arrested in Almaty."
    )
    extraction = read(text)
    assert actor_named(extraction, "Yulia").kind == "PERSON"
    assert "Yulia" not in {p.name for p in extraction.places}


def test_a_name_before_a_suburb_or_a_corridor_is_a_place(read: Read) -> None:
    text = (
        "Aircraft struck a militia base in the suburb of Tajoura. Russian peacekeepers will "
        "guard the Lachin corridor, and the Minsk group co-chairs welcomed the deal."
    )
    extraction = read(text)
    names = {a.name for a in extraction.actors}
    assert not names & {"Tajoura", "Lachin", "Belarus"}
    assert {"Tajoura", "Lachin"} <= {p.name for p in extraction.places}


def test_a_name_apposed_to_a_title_is_a_person_though_tagged_a_place(read: Read) -> None:
    text = (
        "The minister said that the head of the police, Pujith Jayasundara, had been warned "
        "about the plot on 11 April."
    )
    extraction = read(text)
    assert actor_named(extraction, "Pujith Jayasundara").kind == "PERSON"


def test_a_title_of_office_apposed_to_a_person_is_no_body(read: Read) -> None:
    text = (
        "The Archbishop of Colombo, Cardinal Malcolm Ranjith, urged Catholics to stay calm and "
        "called on the government to punish those responsible."
    )
    extraction = read(text)
    assert "Archbishop of Colombo" not in {a.name for a in extraction.actors}
    assert "Archbishop of Colombo" in actor_named(extraction, "Malcolm Ranjith").titles


def test_a_saints_name_owning_a_building_is_no_party(read: Read) -> None:
    text = "The bombers struck St Anthony's Shrine in Colombo and St Sebastian's church nearby."
    names = {a.name for a in read(text).actors}
    assert not names & {"St Anthony", "St Sebastian"}


def test_nationalities_listed_before_victims_make_no_state_a_party(read: Read) -> None:
    text = (
        "At least 35 foreigners were among the dead, including British, American, Danish, Indian "
        "and Japanese nationals. Turkish and Russian troops began joint patrols on Friday."
    )
    names = {a.name for a in read(text).actors}
    assert not names & {"Denmark", "India", "Japan"}
    assert {"Turkey", "Russia"} <= names


def test_a_platform_a_statement_was_put_out_on_is_no_party(read: Read) -> None:
    text = (
        "Turkish warplanes struck targets near the border on Wednesday.\n\n"
        "Recep Tayyip Erdoğan announced the start of the operation, which Ankara named "
        'Operation Peace Spring, on Twitter. He said its aim was to clear a "terror corridor".'
    )
    extraction = read(text)
    assert "Twitter" not in {a.name for a in extraction.actors}
    assert [q.speaker for q in extraction.quotes] == ["Recep Tayyip Erdoğan"]


@pytest.mark.parametrize(
    "text",
    [
        "Other rebel leaders took to Twitter to confirm that the truce was over.",
        "The group said via Telegram that its fighters had seized the town.",
    ],
)
def test_a_platform_a_statement_went_to_or_through_is_no_party(read: Read, text: str) -> None:
    names = {a.name for a in read(text).actors}
    assert not names & {"Twitter", "Telegram"}


def test_a_platform_s_account_is_no_party_but_a_platform_acted_on_is_a_company(
    read: Read,
) -> None:
    kept = read("The ministry posted the footage on its official Twitter account on Monday.")
    assert "Twitter" not in {a.name for a in kept.actors}
    blocked = read("Turkey blocked Twitter on Friday after the bombing, officials said.")
    assert actor_named(blocked, "Twitter").kind == "ORGANIZATION"


def test_an_armed_body_s_name_with_its_last_word_in_lower_case_is_that_body(read: Read) -> None:
    extraction = read(
        "Rockets were fired at the Golan Heights by Iran's Quds force, the army said, while "
        "Assad forces shelled the town."
    )
    quds = actor_named(extraction, "Quds Force")
    assert quds.kind == "ORGANIZATION"
    assert [m.text for m in quds.mentions] == ["Quds force"]
    # 'Assad' is a known person's name: the forces are the state's, not a body so named.
    assert "Assad forces" in actor_named(extraction, "Syria").aliases


def test_the_ngo_before_a_name_makes_it_a_body(read: Read) -> None:
    extraction = read(
        "Police raided the offices of the NGO Reprieve on June 7. On June 13, Reprieve said the "
        "agents had seized its computers."
    )
    assert actor_named(extraction, "Reprieve").kind == "ORGANIZATION"


def test_a_well_known_surname_tagged_a_body_once_is_still_the_person(read: Read) -> None:
    extraction = read(
        "A federal judge in Guam ruled on Monday that the governor's lawsuit against Trump's "
        "attempts to cut funding for the disaster agency for a rebuilding effort on the island "
        "was barred by an old shipping law. Trump had suspended the law after the typhoon."
    )
    assert actor_named(extraction, "Donald Trump").kind == "PERSON"
    assert "Trump" not in {a.name for a in extraction.actors}


def test_one_word_a_body_tag_gave_but_the_article_places_is_a_place(read: Read) -> None:
    text = (
        'The missiles hit a research centre in the Barzeh district of Damascus. "By hitting '
        'Barzeh, we struck the heart of the programme," the general said.'
    )
    extraction = read(text)
    assert "Barzeh" not in {a.name for a in extraction.actors}
    assert "Barzeh" in {p.name for p in extraction.places}


def test_a_monitor_whose_figures_are_cited_is_an_actor_not_a_medium(read: Read) -> None:
    text = (
        "More than 100 civilians have been killed in three days, according to the Syrian "
        "Observatory for Human Rights. Casualty figures could not be verified, according to "
        "the Times."
    )
    names = {a.name for a in read(text).actors}
    assert "Syrian Observatory for Human Rights" in names
    assert "Times" not in names


def test_capitals_the_model_left_before_a_known_body_join_its_name(read: Read) -> None:
    text = (
        "More than 100 civilians have been killed, according to local monitors. Médecins Sans "
        "Frontières said 13 hospitals had been hit."
    )
    actor = actor_named(read(text), "Medecins Sans Frontieres")
    assert actor.kind == "ORGANIZATION"
    assert "Médecins Sans Frontières" in actor.aliases


def test_a_nationality_and_a_title_read_apart_from_the_name_name_no_one(read: Read) -> None:
    text = (
        "French President Emmanuel Macron had pushed for a shorter extension, while German "
        "Chancellor Angela Merkel and most other leaders favoured a longer delay."
    )
    names = {a.name for a in read(text).actors}
    assert "Angela Merkel" in names
    assert "German Chancellor" not in names


def test_a_party_named_without_the_word_party_is_the_same_party(read: Read) -> None:
    text = (
        "Theresa May will continue talks with the opposition Labour Party this week. Labour "
        "leader Jeremy Corbyn said the government had to compromise."
    )
    extraction = read(text)
    parties = [a for a in extraction.actors if "Labour" in a.name]
    assert len(parties) == 1, [a.name for a in parties]
    assert actor_named(extraction, "Jeremy Corbyn").affiliation == parties[0].name


def test_the_last_words_of_a_full_name_are_the_same_person(read: Read) -> None:
    text = (
        "The army detained Aung San Suu Kyi and other leaders on Monday. A spokesman said Suu "
        "Kyi had been taken in the early hours of the morning."
    )
    extraction = read(text)
    people = [a for a in extraction.actors if "Kyi" in a.name]
    assert [p.name for p in people] == ["Aung San Suu Kyi"]
    assert "Suu Kyi" in people[0].aliases


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's Suu Kyi says the army abuses the law\n\nBurma's democracy leader Aung San Suu "
        "Kyi hit out at the government on Saturday for the jailing of activists.",
        "Lula vows to protect the Amazon\n\nBrazil's president, Luiz Inácio Lula da Silva, said "
        "on Monday that deforestation would end by 2030. Lula da Silva spoke in Belém.",
    ],
)
def test_a_headline_naming_a_person_short_is_the_full_name_the_text_gives(
    read: Read, text: str
) -> None:
    extraction = read(text)
    people = [a for a in extraction.actors if a.kind == "PERSON"]
    assert len(people) == 1, [p.name for p in people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tunisian President Zine al-Abidine Ben Ali met the prime minister on Friday. Ben "
            "Ali said the economy would grow.",
            "Zine al-Abidine Ben Ali",
        ),
        (
            "Mauritanian President Mohamed Ould Ghazouani met the envoy in Nouakchott.",
            "Mohamed Ould Ghazouani",
        ),
    ],
)
def test_a_name_read_in_two_pieces_at_son_of_is_one_person(
    read: Read, text: str, name: str
) -> None:
    extraction = read(text)
    people = [a.name for a in extraction.actors if a.kind == "PERSON"]
    assert people == [name]


def test_a_hyphenated_title_apposed_to_a_name_is_kept_whole(read: Read) -> None:
    text = "The army said it had handed power to the commander-in-chief, Min Aung Hlaing."
    assert "commander-in-chief" in actor_named(read(text), "Min Aung Hlaing").titles


def test_its_opening_a_sentence_takes_up_the_body_the_last_sentence_was_about(
    read: Read,
) -> None:
    text = (
        "The International Atomic Energy Agency has repeatedly certified that Iran is complying "
        "with the deal. Its director general, Yukiya Amano, said inspectors would continue."
    )
    amano = actor_named(read(text), "Yukiya Amano")
    assert amano.affiliation == "International Atomic Energy Agency"


def test_its_takes_up_the_subject_not_a_name_in_a_clause_on_it(read: Read) -> None:
    text = (
        "The Syrian government, which regards the Turkish presence as an occupation, said it "
        "would confront the aggression. Its deputy foreign minister, Faisal Mekdad, urged the "
        "Kurds to return."
    )
    assert actor_named(read(text), "Faisal Mekdad").affiliation == "Syria"


def test_its_after_the_group_named_in_a_report_takes_up_the_body_most_named(
    read: Read,
) -> None:
    text = (
        "US special forces killed the Isis leader in a raid. Isis confirmed his death on "
        "Thursday. Nancy Pelosi complained that Congress had not been told.\n\n"
        "Analysts said the group would choose a successor within days. Its spokesman, "
        "Abul-Hasan al-Muhajir, was killed in a separate strike a day later."
    )
    spokesman = actor_named(read(text), "Abul-Hasan al-Muhajir")
    assert spokesman.affiliation == "Islamic State"


def test_an_untagged_name_before_its_apposition_speaks(read: Read) -> None:
    text = (
        "Hundreds of families have returned to Sinjar.\n\n"
        "Nadia Murad, the Yazidi activist who won the Nobel peace prize after escaping "
        'captivity, said the survivors needed security and justice. "Our people cannot go '
        'home," she told the council in Geneva.'
    )
    extraction = read(text)
    assert actor_named(extraction, "Nadia Murad").kind == "PERSON"
    assert [q.speaker for q in extraction.quotes] == ["Nadia Murad"]


def test_a_people_s_name_before_a_noun_for_a_person_is_no_person(read: Read) -> None:
    text = (
        "Germany has convicted an Iraqi man of genocide for the death of a five-year-old Yazidi "
        "girl he had bought as a slave."
    )
    assert "Yazidi" not in {a.name for a in read(text).actors if a.kind == "PERSON"}


def test_an_adjective_opening_a_party_s_name_is_part_of_it(read: Read) -> None:
    text = (
        "İmamoğlu, of the secular Republican People's party (CHP), took 54% of the vote. The "
        "CHP said it would not accept another rerun."
    )
    parties = [a for a in read(text).actors if a.kind == "ORGANIZATION"]
    assert [p.name.lower() for p in parties] == ["republican people's party"]
    assert "CHP" in parties[0].aliases


def test_a_counterpart_serves_the_country_named_with_it(read: Read) -> None:
    text = (
        "Mike Pompeo and his Turkish counterpart, Mevlüt Çavuşoğlu, endorsed the plan at a "
        "meeting in Washington on Monday."
    )
    minister = actor_named(read(text), "Mevlüt Çavuşoğlu")
    assert minister.affiliation == "Turkey"
    assert "Turkish counterpart" in minister.titles


def test_a_command_is_a_body_not_a_person(read: Read) -> None:
    text = "A spokesman for Central Command said the strikes hit two targets near Raqqa."
    actor = actor_named(read(text), "Central Command")
    assert actor.kind == "ORGANIZATION"


def test_a_title_hung_on_a_town_belongs_to_the_person_named_beside_it(read: Read) -> None:
    text = (
        "The two sides agreed to a ceasefire in the port city of Hodeidah, the UN secretary "
        "general, António Guterres, announced on Thursday."
    )
    extraction = read(text)
    assert "Hodeidah" not in {a.name for a in extraction.actors}
    assert "Hodeidah" in {p.name for p in extraction.places}
    assert actor_named(extraction, "António Guterres").kind == "PERSON"


def test_a_plain_word_opening_a_sentence_names_no_person(read: Read) -> None:
    text = (
        "The army said the president had been detained. Airspace was closed for 24 hours and "
        "a curfew was imposed from 10pm."
    )
    assert "Airspace" not in {a.name for a in read(text).actors}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Press spokesman Alexander Barkhatov told reporters the talks were going well.", "Press"),
        ("Slavery was abolished in the colony in 1834, the minister recalled.", "Slavery"),
    ],
)
def test_a_plain_word_opening_a_sentence_names_no_body(read: Read, text: str, word: str) -> None:
    assert word not in {a.name for a in read(text).actors}


def test_a_title_opening_a_sentence_read_as_a_body_titles_its_person(read: Read) -> None:
    text = "Spokesman Glyn Davies said in a statement that the agreement held."
    assert [(a.name, a.kind) for a in read(text).actors] == [("Glyn Davies", "PERSON")]


def test_a_body_named_by_what_it_is_opening_a_sentence_is_still_one(read: Read) -> None:
    assert "Parliament" in {a.name for a in read("Parliament voted to dissolve itself.").actors}


def test_a_surname_that_is_a_word_still_names_its_person(read: Read) -> None:
    text = "Theresa May met EU leaders in Brussels. May said the talks had been constructive."
    people = [a for a in read(text).actors if a.kind == "PERSON"]
    assert [p.name for p in people] == ["Theresa May"]
    assert len(people[0].mentions) == 2


def test_a_nationality_before_a_title_is_no_place(read: Read) -> None:
    text = (
        "The Emirati minister of state for foreign affairs, Anwar Gargash, wrote on Twitter "
        "that the deal was a result of military pressure on the rebels."
    )
    extraction = read(text)
    assert "Emirati" not in {p.name for p in extraction.places}
    assert actor_named(extraction, "Anwar Gargash").affiliation == "United Arab Emirates"


def test_a_body_tagged_a_person_lends_no_surname(read: Read) -> None:
    text = (
        "Boko Haram kills dozens in Borno village\n\nSuspected Boko Haram militants have "
        "killed at least 65 people at a funeral in north-eastern Nigeria, officials said."
    )
    assert "Haram" not in {a.name for a in read(text).actors}


def test_two_names_read_apart_that_make_a_known_body_are_one(read: Read) -> None:
    text = (
        "The Islamic State West Africa Province, a faction that split from Boko Haram in 2016, "
        "has stepped up attacks on military bases."
    )
    names = {a.name: a.kind for a in read(text).actors}
    assert names.get("Islamic State West Africa Province") == "ORGANIZATION"
    assert "West Africa Province" not in names


def test_a_place_whose_named_office_holder_acts_stays_a_place(read: Read) -> None:
    text = (
        "The governor of Borno, Babagana Zulum, visited the village on Sunday and promised to "
        "rebuild homes destroyed in the attack."
    )
    extraction = read(text)
    assert "Borno" not in {a.name for a in extraction.actors}
    assert actor_named(extraction, "Babagana Zulum").kind == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Idlib said the shelling had killed 12 people.",
        "Rockets hit the town on Sunday, the mayor of Kilis told reporters.",
    ],
)
def test_an_office_s_place_stays_a_place_when_its_holder_is_unnamed(read: Read, text: str) -> None:
    # The governor acts, not the province: a place only says where the office is.
    extraction = read(text)
    assert not {"Idlib", "Kilis"} & {a.name for a in extraction.actors}


def test_a_name_the_article_tags_a_body_is_one_wherever_it_stands(read: Read) -> None:
    text = (
        "Drone attacks on two major Saudi Aramco oil facilities have knocked out half of the "
        "kingdom's output. Aramco's chief executive, Amin Nasser, said repairs had begun. The "
        "attack came as the crown prince prepares to list Aramco on the stock market."
    )
    extraction = read(text)
    company = actor_named(extraction, "Saudi Aramco")
    assert company.kind == "ORGANIZATION"
    assert len(company.mentions) == 3
    assert all("Saudi Aramco" not in a.aliases for a in extraction.actors if a is not company)
    assert "Saudi Aramco" not in {p.name for p in extraction.places}


def test_a_name_apposed_to_a_militia_is_a_body(read: Read) -> None:
    text = (
        "A Kurdish politician was dragged from her car by members of Ahrar al-Sharqiya, a "
        "Turkish-backed militia, rights groups said."
    )
    assert actor_named(read(text), "Ahrar al-Sharqiya").kind == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The aircraft carrier Carl Vinson sailed into the Gulf on Tuesday.", "Carl Vinson"),
        ("Iran seized the British-flagged tanker Stena Impero in the Strait of Hormuz.", "Stena"),
        ("Ukraine sank the flagship Moskva in the Black Sea.", "Moskva"),
        # No vessel's noun: one is aboard, or boards, a ship or a plane.
        ("Trump told reporters aboard Air Force One that the troops would leave.", "Air Force"),
        ("Revolutionary Guards boarded the Stena Impero on Friday.", "Stena"),
    ],
)
def test_a_vessel_named_after_people_or_places_is_no_actor(
    read: Read, text: str, ship: str
) -> None:
    extraction = read(text)
    assert not any(ship in a.name for a in extraction.actors)


def test_a_name_set_off_after_a_vessel_s_noun_is_no_party(read: Read) -> None:
    extraction = read(
        "The tanker, the Grace Pioneer, was seized by Iranian forces on Friday, and its crew "
        "of 23 was detained."
    )
    assert "Grace Pioneer" not in {a.name for a in extraction.actors}
    assert "Iran" in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Facebook suspended the Syrian state news agency Sana for a week.", "Sana"),
        ("The rebel militia Jaish al-Islam said it had left Douma.", "Jaish al-Islam"),
        ("A court fined the pro-government daily Sabah for libel.", "Sabah"),
    ],
)
def test_a_name_closing_a_body_s_noun_phrase_is_the_body(read: Read, text: str, body: str) -> None:
    assert actor_named(read(text), body).kind == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The government announced a counter-offensive called Volcano of Anger.", "Volcano"),
        ("The army began an operation, codenamed Northern Shield, on Tuesday.", "Northern Shield"),
    ],
)
def test_the_name_given_an_operation_is_no_actor(read: Read, text: str, name: str) -> None:
    assert not any(name in a.name for a in read(text).actors)


@pytest.mark.parametrize(
    "text",
    [
        "The Gephardt campaign released a letter on Friday. Gephardt said he would debate.",
        "The Mattis team said it would study the plan. Mattis said on Friday that he backed it.",
    ],
)
def test_a_name_used_as_a_person_s_before_a_campaign_or_team_is_that_person(
    read: Read, text: str
) -> None:
    name = text.split()[1]
    assert actor_named(read(text), name).kind == "PERSON"


def test_a_body_called_by_its_name_stays_a_body(read: Read) -> None:
    text = "A militant group called Hayat Tahrir al-Sham controls the town, the army said."
    assert actor_named(read(text), "Hay'at Tahrir al-Sham").kind == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Guterres left for Benghazi to meet Haftar but failed to persuade him.", "Benghazi"),
        ("Many families had left for Raqqa and Hasakah fearing fighting.", "Raqqa"),
    ],
)
def test_a_city_one_leaves_for_does_not_act(read: Read, text: str, city: str) -> None:
    extraction = read(text)
    assert city not in {a.name for a in extraction.actors}
    assert city in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    "text",
    [
        "The Popular Mobilisation Units, the mostly Shia militias that fought Isis, took part "
        "in the operation.",
        "Shia militias, the Hashd al-Shaabi, entered the town on Monday.",
    ],
)
def test_a_group_noun_apposed_to_a_body_s_name_only_describes_it(read: Read, text: str) -> None:
    extraction = read(text)
    assert actor_named(extraction, "Popular Mobilisation Forces").kind == "ORGANIZATION"
    assert not [a.name for a in extraction.actors if a.kind == "GROUP"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Two Britons were killed in the attack on Monday.", "Britons"),
        ("Russians, possibly mercenaries, are said to have died in the airstrike.", "Russians"),
        ("He is angry about the cut in aid to the Palestinians.", "Palestinians"),
    ],
)
def test_a_plural_nationality_things_befall_names_people_not_the_state(
    read: Read, text: str, people: str
) -> None:
    assert actor_named(read(text), people).kind == "GROUP"


def test_a_plural_nationality_that_acts_is_the_state(read: Read) -> None:
    text = "Now that the Iraqis have put something on the table, the talks can go on."
    assert actor_named(read(text), "Iraq").kind == "COUNTRY"


@pytest.mark.parametrize(
    "text",
    [
        "Trump said the troops would come home.",
        "US to pull all troops out of Syria, Trump declares",
        "He said Trump's decision to pull out was a mistake.",
        "Critics in Congress blamed Trump for the chaos.",
    ],
)
def test_a_well_known_surname_tagged_a_body_is_the_person(read: Read, text: str) -> None:
    assert actor_named(read(text), "Donald Trump").kind == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces took Kirkuk from Kurdish peshmerga fighters on Monday.",
        # The parser hangs 'Kurdish' on 'peshmerga' here, not on 'fighters'.
        "The city fell on Monday. Kurdish peshmerga fighters withdrew from Kirkuk without a fight.",
    ],
)
def test_fighters_named_by_a_known_body_s_word_are_that_body(read: Read, text: str) -> None:
    extraction = read(text)
    body = actor_named(extraction, "Peshmerga")
    assert body.kind == "ORGANIZATION"
    assert not [a.name for a in extraction.actors if a.kind == "GROUP"]


def test_a_known_body_the_model_leaves_untagged_is_found_by_its_name(read: Read) -> None:
    text = (
        "Human rights groups, among them Amnesty International and Reporters Without Borders, "
        "demanded an inquiry."
    )
    assert actor_named(read(text), "Reporters Without Borders").kind == "ORGANIZATION"
    # An office the dictionaries file among bodies names no body.
    office = read("The US Secretary of State flew to Lima on Monday.")
    assert not any("Secretary" in a.name for a in office.actors)


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy, Staffan de Mistura, said talks would resume in Geneva. Staffan de "
        "Mistura said the talks would resume on Monday.",
        "Staffan de Mistura said the talks would resume. De Mistura told reporters that both "
        "sides had agreed.",
    ],
)
def test_a_name_read_as_a_person_once_is_the_person_everywhere(read: Read, text: str) -> None:
    extraction = read(text)
    named = [a for a in extraction.actors if "Mistura" in a.name]
    assert [(a.name, a.kind) for a in named] == [("Staffan de Mistura", "PERSON")]


def test_a_full_name_hung_on_a_coordinated_plural_is_a_person(read: Read) -> None:
    text = (
        "Talks between Russia's Alexander Lebed and Chechen separatist leaders were going "
        "well on Thursday."
    )
    extraction = read(text)
    assert actor_named(extraction, "Alexander Lebed").kind == "PERSON"
    assert all("Lebed" not in a.name for a in extraction.actors if a.kind == "GROUP")


def test_a_people_named_with_its_faith_is_the_people(read: Read) -> None:
    text = (
        "The campaign drove more than 730,000 Rohingya Muslims into Bangladesh.\n\n"
        "Dozens of Rohingya survivors held a protest outside the court."
    )
    groups = [a for a in read(text).actors if a.kind == "GROUP"]
    assert [(g.name, g.aliases) for g in groups] == [("Rohingya", ["Rohingya Muslims"])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Egypt fears that the Grand Ethiopian Renaissance Dam will threaten its water.",
            "Grand Ethiopian Renaissance Dam",
        ),
        ("Ethiopia built the $4.6bn hydroelectric dam on the Blue Nile.", "Blue Nile"),
        (
            "The Kremlin said Turkish troops would not be deployed to Nagorno-Karabakh itself.",
            "Nagorno-Karabakh",
        ),
    ],
)
def test_structures_rivers_and_where_troops_are_posted_are_places(
    read: Read, text: str, place: str
) -> None:
    assert place not in {a.name for a in read(text).actors}


def test_roads_streets_and_avenues_tagged_people_are_places(read: Read) -> None:
    text = (
        "Hundreds of people blocked Zayed Road on Friday, and police closed Salah al-Din "
        "Street and Rashid Avenue."
    )
    extraction = read(text)
    assert not {"Zayed Road", "Salah al-Din Street", "Rashid Avenue"} & {
        a.name for a in extraction.actors
    }
    assert {"Zayed Road", "Rashid Avenue"} <= {p.name for p in extraction.places}


def test_names_an_arabic_word_for_the_land_opens_are_places(read: Read) -> None:
    text = (
        "Rebels withdrew from Jabal al-Zawiya, and the convoy reached Bir al-Abd before the "
        "wounded were taken to Ain Issa."
    )
    extraction = read(text)
    assert not {"Jabal al-Zawiya", "Bir al-Abd", "Ain Issa"} & {a.name for a in extraction.actors}
    assert {"Bir al-Abd", "Ain Issa"} <= {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kurdish fighters pulled back from Ain Issa and Tal Tamr overnight.", "Tal Tamr"),
        ("Maarat al-Numan was bombed again on Sunday, residents said.", "Maarat al-Numan"),
    ],
)
def test_news_spellings_of_arabic_land_words_open_places(read: Read, text: str, town: str) -> None:
    extraction = read(text)
    assert town not in {a.name for a in extraction.actors}
    assert town in {p.name for p in extraction.places}


def test_a_person_named_like_a_feature_of_the_land_stays_a_person(read: Read) -> None:
    extraction = read("Senator Frank Church said the committee would question the director.")
    assert actor_named(extraction, "Frank Church").kind == "PERSON"


def test_a_word_glued_to_a_participle_names_no_person(read: Read) -> None:
    text = "Erdoğan has vowed to strangle a Kurd-led border security force in Syria."
    assert "Kurd" not in {a.name for a in read(text).actors}


def test_a_name_after_a_names_a_make_not_a_party(read: Read) -> None:
    extraction = read("Rebels shot one of the jets down with a Manpad near Saraqeb.")
    assert "Manpad" not in {a.name for a in extraction.actors}


def test_a_name_modifying_a_noun_after_a_is_still_the_party(read: Read) -> None:
    extraction = read("A Hezbollah fighter was killed near the border, the group said.")
    assert actor_named(extraction, "Hezbollah").kind == "ORGANIZATION"


def test_a_noun_before_a_name_in_another_phrase_names_no_body(read: Read) -> None:
    text = "Cohen told the committee Michael Flynn had lied to investigators."
    assert actor_named(read(text), "Michael Flynn").kind == "PERSON"


def test_forces_a_country_names_before_them_are_no_band_of_the_place(read: Read) -> None:
    text = "Baghdadi was killed in a raid by US special forces in north-west Syria, Trump said."
    assert [a.name for a in read(text).actors if a.kind == "GROUP"] == []


def test_a_state_tagged_a_body_in_a_headline_stays_the_state(read: Read) -> None:
    text = (
        "Niger's junta orders French troops out\n\n"
        "Niger's military rulers have ordered French troops to leave the country."
    )
    assert actor_named(read(text), "Niger").kind == "COUNTRY"


def test_a_known_body_tagged_a_person_is_the_body(read: Read) -> None:
    extraction = read("Al-Shabaab bombed a hotel in Mogadishu on Monday.")
    body = actor_named(extraction, "Al-Shabaab")
    assert body.kind == "ORGANIZATION"
    assert [m.text for m in body.mentions] == ["Al-Shabaab"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gazprom said it would cut gas supplies to Ukraine on Monday.", "Gazprom"),
        ("Naftogaz, which runs Ukraine's pipelines, said it had received no notice.", "Naftogaz"),
    ],
)
def test_a_lone_name_taken_up_with_it_or_which_is_no_person(
    read: Read, text: str, name: str
) -> None:
    assert actor_named(read(text), name).kind == "ORGANIZATION"


def test_an_empty_it_or_a_who_leaves_a_person_a_person(read: Read) -> None:
    text = (
        "Peskov said it was too early to judge. Tarkan, who fled Afrin, said it would take years "
        "to go back."
    )
    extraction = read(text)
    assert actor_named(extraction, "Peskov").kind == "PERSON"
    assert actor_named(extraction, "Tarkan").kind == "PERSON"


def test_a_body_s_name_that_is_a_given_name_in_the_article_stays_the_person_s(
    read: Read,
) -> None:
    text = "Amal Clooney said she would represent the victims. Amal said the trial was a test."
    extraction = read(text)
    assert actor_named(extraction, "Amal Clooney").kind == "PERSON"
    assert [a.name for a in extraction.actors] == ["Amal Clooney"]


def test_a_town_named_a_town_is_a_place_though_it_opens_with_a_given_name(read: Read) -> None:
    text = "Amnesty said hundreds of civilians had been killed in the town of Mai Kadra."
    extraction = read(text)
    assert "Mai Kadra" not in {a.name for a in extraction.actors}
    assert "Mai Kadra" in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Rescue workers said strikes hit a market and a hospital in Khan Sheikhoun and "
            "Maarat al-Numan on Tuesday.",
            {"Khan Sheikhoun", "Maarat al-Numan"},
        ),
        (
            "Nine civilians were killed in Maarat al-Numan, rescue workers said.",
            {"Maarat al-Numan"},
        ),
        (
            "The Syrian National Army, a Turkish-backed coalition of rebel groups, advanced on "
            "Tal Abyad.",
            {"Tal Abyad"},
        ),
        ("Government troops closed in on Maarat al-Numan on Sunday.", {"Maarat al-Numan"}),
    ],
)
def test_towns_tagged_people_where_a_place_stands_are_places(
    read: Read, text: str, towns: set[str]
) -> None:
    extraction = read(text)
    assert not towns & {a.name for a in extraction.actors}
    assert towns <= {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A title of office: the parser hung the leader on 'in', beside the region.
        (
            "Urus-Martan is a pocket of loyalists in Chechnya and Moscow-backed leader Doku "
            "Zavgayev has warned that it could become a centre of civil war.",
            "Doku Zavgayev",
        ),
        # Used as a person's name elsewhere in the article.
        (
            "The opposition has put its hopes in Kemal Kılıçdaroğlu. Kemal Kılıçdaroğlu said on "
            "Monday that he would run.",
            "Kemal Kılıçdaroğlu",
        ),
    ],
)
def test_a_person_s_name_after_in_stays_a_person_with_evidence(
    read: Read, text: str, person: str
) -> None:
    assert actor_named(read(text), person).kind == "PERSON"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"The caliphate is gone," said Hassan Hassan, a researcher at the Tahrir Institute '
            "for Middle East Policy.",
            "Tahrir Institute for Middle East Policy",
        ),
        ("Analysts at the Brookings Institution doubted the plan.", "Brookings Institution"),
        ("A fellow at the Center for American Progress said so.", "Center for American Progress"),
        (
            "Charles Lister, a senior fellow at the Middle East Institute, said the deal was dead.",
            "Middle East Institute",
        ),
    ],
)
def test_a_body_one_works_at_is_a_body_not_a_place(read: Read, text: str, body: str) -> None:
    extraction = read(text)
    assert actor_named(extraction, body).kind == "ORGANIZATION"
    assert body not in {p.name for p in extraction.places}


def test_a_name_qualifying_a_grouping_s_noun_is_the_grouping(read: Read) -> None:
    text = (
        "Moqtada al-Sadr's Sairoon alliance won the most seats, ahead of the Fatah coalition of "
        "militia leaders, while the Idlib coalition of rebel factions rejected the vote."
    )
    extraction = read(text)
    kinds = {a.name: a.kind for a in extraction.actors}
    assert kinds.get("Sairoon") == kinds.get("Fatah") == "ORGANIZATION"
    # A city's name before the noun still names where the grouping is.
    assert "Idlib" not in kinds


def test_a_centre_ending_its_name_may_be_a_building(read: Read) -> None:
    extraction = read("The final was played at the National Tennis Centre on Sunday.")
    assert "National Tennis Centre" not in {a.name for a in extraction.actors}


def test_a_name_tagged_a_nationality_after_a_company_s_noun_is_the_company(read: Read) -> None:
    text = "The Saudi state oil company, Saudi Aramco, said it would lower its exports."
    assert actor_named(read(text), "Saudi Aramco").kind == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Turkey will launch an operation against Kurdish YPG fighters in Syria.",
            "People's Protection Units",
        ),
        ("The Turkish Red Crescent sent aid to Idlib.", "Turkish Red Crescent"),
    ],
)
def test_a_nationality_before_a_known_body_describes_it(read: Read, text: str, body: str) -> None:
    assert actor_named(read(text), body).kind == "ORGANIZATION"


def test_a_name_the_article_says_a_body_is_known_by_is_the_body(read: Read) -> None:
    text = "The Tatmadaw, as the armed forces are known, ruled the country until 2011."
    assert actor_named(read(text), "Tatmadaw").kind == "ORGANIZATION"


def test_a_party_s_letters_without_its_lower_case_party_word_name_it(read: Read) -> None:
    text = (
        "The army detained leaders of the National League for Democracy party. The NLD won the "
        "election in November by a landslide."
    )
    bodies = [a for a in read(text).actors if a.kind == "ORGANIZATION"]
    assert len(bodies) == 1
    assert "NLD" in bodies[0].aliases


def test_a_body_named_with_a_nationality_keeps_that_name_among_its_names(read: Read) -> None:
    text = (
        "Turkey launched the assault on Saturday, aiming to force the Syrian Kurdish Democratic "
        "Union party (PYD) and its military wing out of Afrin."
    )
    party = actor_named(read(text), "Democratic Union Party")
    assert {"Syrian Kurdish Democratic Union party", "PYD"} <= set(party.aliases)


def test_a_place_named_with_hyphens_and_a_particle_is_one_place(read: Read) -> None:
    extraction = read("Wagner fighters seized military facilities in Rostov-on-Don on Saturday.")
    assert "Don" not in {a.name for a in extraction.actors}
    assert [p.name for p in extraction.places] == ["Rostov-on-Don"]


def test_a_leader_s_authority_is_his_power_not_his_state(read: Read) -> None:
    text = "Blinken said the mutiny revealed real cracks in Putin's authority."
    assert "Russia" not in {a.name for a in read(text).actors}


def test_groups_an_alliance_is_made_of_are_its_make_up(read: Read) -> None:
    text = "The Sudan Revolutionary Front, an alliance of rebel groups from Darfur, rejected it."
    assert [a.name for a in read(text).actors if a.kind == "GROUP"] == []


def test_a_nationality_before_a_civil_craft_names_no_state(read: Read) -> None:
    text = "A Ukrainian airliner crashed after taking off from Tehran, killing 176 people."
    assert "Ukraine" not in {a.name for a in read(text).actors}


def test_a_nationality_before_a_movement_s_noun_names_no_state(read: Read) -> None:
    text = (
        "Hezbollah's leader, Hassan Nasrallah, warned that the Lebanese movement would "
        "respond to any attack."
    )
    assert "Lebanon" not in {a.name for a in read(text).actors}


def test_a_mission_s_name_hung_on_its_country_is_the_mission(read: Read) -> None:
    text = "The UN mission in Iraq, Unami, said the violence must stop at once."
    extraction = read(text)
    assert actor_named(extraction, "Unami").kind == "ORGANIZATION"
    assert "Unami" not in {p.name for p in extraction.places}


def test_a_body_after_in_is_no_place(read: Read) -> None:
    text = (
        "Iran, which backs several of the Shia militias in the Popular Mobilisation Forces, "
        "has accused the United States of stoking the unrest."
    )
    extraction = read(text)
    assert actor_named(extraction, "Popular Mobilisation Forces").kind == "ORGANIZATION"
    assert "Popular Mobilisation Forces" not in {p.name for p in extraction.places}


def test_a_title_apposed_between_a_place_and_a_name_is_the_name_s(read: Read) -> None:
    text = (
        "Robert Mugabe has resigned as president of Zimbabwe, the speaker of parliament, Jacob "
        "Mudenda, announced on Tuesday."
    )
    assert actor_named(read(text), "Jacob Mudenda").titles == ["speaker of parliament"]


def test_a_reflexive_is_no_word_of_a_title(read: Read) -> None:
    text = (
        "Robert Mugabe was placed under house arrest. The army said it was targeting criminals "
        "around Mugabe, not the president himself."
    )
    assert "president himself" not in actor_named(read(text), "Robert Mugabe").titles


def test_a_compass_word_before_another_opening_a_country_is_the_other_country(read: Read) -> None:
    text = (
        "North and South Korea agreed on Friday to restore a military hotline. The North fired "
        "two short-range missiles a week later."
    )
    extraction = read(text)
    north = actor_named(extraction, "North Korea")
    assert north.kind == "COUNTRY"
    assert len(north.mentions) == 2
    assert actor_named(extraction, "South Korea").kind == "COUNTRY"
    assert "North" not in {a.name for a in extraction.actors}


def test_a_lone_compass_word_without_such_a_country_stays_a_region(read: Read) -> None:
    text = (
        "Protests spread across the North of England on Saturday. Labour said the North was "
        "ignored."
    )
    assert "North Korea" not in {a.name for a in read(text).actors}


def test_a_plural_people_word_tagged_a_person_is_a_group(read: Read) -> None:
    text = (
        "The AU chairman said problems in Africa could be solved by Africans. Evans said the "
        "plan would fail."
    )
    kinds = {a.name: a.kind for a in read(text).actors}
    assert kinds.get("Africans") == "GROUP"
    assert kinds.get("Evans") == "PERSON"


def test_a_full_name_tagged_a_nationality_that_speaks_is_a_person(read: Read) -> None:
    text = "Frans Timmermans said Europeans agreed on the need for a new climate target."
    assert actor_named(read(text), "Frans Timmermans").kind == "PERSON"


def test_a_one_word_name_of_an_event_tagged_a_person_is_no_one(read: Read) -> None:
    text = (
        "MPs have rejected Theresa May's Brexit deal for a third time. Ireland's taoiseach said "
        "the EU would keep preparing for a hard Brexit."
    )
    assert "Brexit" not in {a.name for a in read(text).actors}


def test_a_one_word_name_a_time_is_set_by_is_no_one(read: Read) -> None:
    text = "The new customs rules will take effect after Brexit, Theresa May said on Tuesday."
    names = {a.name for a in read(text).actors}
    assert "Brexit" not in names
    assert "Theresa May" in names


def test_a_plan_named_after_a_person_the_article_names_stays_theirs(read: Read) -> None:
    text = (
        "Jared Kushner presented his peace plan in Bahrain. The Kushner plan was rejected by the "
        "Palestinians, and Kushner said he was disappointed."
    )
    assert len(actor_named(read(text), "Jared Kushner").mentions) == 3


def test_a_town_tagged_a_body_where_it_is_a_place_makes_no_body_of_it(read: Read) -> None:
    text = (
        "The state will be split into two territories, with Ladakh separated from the rest. "
        "China, which controls part of Ladakh, said the decision was unacceptable."
    )
    extraction = read(text)
    assert "Ladakh" not in {a.name for a in extraction.actors}
    assert "Ladakh" in {p.name for p in extraction.places}


def test_a_party_without_its_last_word_and_its_members_in_the_plural_are_the_party(
    read: Read,
) -> None:
    extraction = read(
        "The Greens lost two seats, and Labour gained ground in the north. The Green Party "
        "blamed the weather, while the Labour Party celebrated. The Democrats were quiet; the "
        "Democratic Party had not stood."
    )
    for party, other in [
        ("Green Party", "Greens"),
        ("Labour Party", "Labour"),
        ("Democratic Party", "Democrats"),
    ]:
        actor = actor_named(extraction, party)
        assert actor.kind == "ORGANIZATION"
        assert other in actor.aliases
    assert not {"Greens", "Labour", "Democrats"} & {a.name for a in extraction.actors}


def test_a_plural_of_another_word_is_no_member_of_a_party(read: Read) -> None:
    extraction = read(
        "The Kurdistan Democratic Party claimed victory. Democrats in Washington were cautious."
    )
    assert "Democrats" not in actor_named(extraction, "Kurdistan Democratic Party").aliases


def test_a_one_word_name_after_the_is_a_body_not_a_person(read: Read) -> None:
    extraction = read(
        "The Tatmadaw bombed a village in Sagaing, and the Clintons said they were appalled."
    )
    assert actor_named(extraction, "Tatmadaw").kind == "ORGANIZATION"
    assert "Tatmadaw" not in {a.name for a in extraction.actors if a.kind == "PERSON"}


def test_a_coalition_a_state_leads_is_a_body_keyed_by_its_leader(read: Read) -> None:
    text = (
        "Rebels fired a missile at Riyadh, the Saudi-led coalition said on Tuesday. The "
        "coalition has bombed rebel positions for four years."
    )
    extraction = read(text)
    coalition = actor_named(extraction, "Saudi-led coalition")
    assert coalition.kind == "ORGANIZATION"
    assert len(coalition.mentions) == 2
    assert actor_named(extraction, "Saudi Arabia").kind == "COUNTRY"
    other = read("The Riyadh-led coalition struck the port.")
    assert actor_named(other, "Riyadh-led coalition").id == coalition.id
    assert any(coalition.name in e.sources for e in extraction.events)


def test_a_coalition_no_one_is_said_to_lead_is_no_body(read: Read) -> None:
    extraction = read("The ruling coalition in Berlin agreed a budget. The coalition met again.")
    assert not any("coalition" in a.name.lower() for a in extraction.actors)


def test_a_surname_with_an_apostrophe_the_model_left_out_joins_the_given_name(
    read: Read,
) -> None:
    text = "Kenya's interior minister, Fred Matiang'i, said Nairobi would tighten controls."
    extraction = read(text)
    assert actor_named(extraction, "Fred Matiang'i").kind == "PERSON"
    assert "Fred" not in {a.name for a in extraction.actors}


def test_a_mission_or_force_posted_to_a_country_keeps_the_country_in_its_name(
    read: Read,
) -> None:
    text = (
        "The African Union Mission in Somalia said its troops had helped. The UN Interim Force "
        "in Lebanon said it had seen drones. The UN mission in Mali said two peacekeepers died."
    )
    names = {a.name for a in read(text).actors}
    assert {"African Union Mission in Somalia", "UN Interim Force in Lebanon"} <= names
    assert "UN mission in Mali" not in names


def test_a_name_styled_by_a_title_is_that_person_where_tagged_a_body(read: Read) -> None:
    text = (
        "Lindsey Graham, a Republican senator who is close to Trump, said the pullout was "
        "premature. The decision by President Trump surprised his generals."
    )
    trump = [a for a in read(text).actors if "Trump" in a.name]
    assert [a.kind for a in trump] == ["PERSON"]
    assert len(trump[0].mentions) == 2


def test_a_name_an_honorific_opens_is_a_person_s_though_tagged_a_body(read: Read) -> None:
    text = (
        "Turkey's foreign ministry summoned the French ambassador, and Mr Çavuşoğlu accused "
        "Paris of protecting terrorists."
    )
    assert actor_named(read(text), "Çavuşoğlu").kind == "PERSON"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Maputo daily Noticias said two trucks collided on Saturday.", "Noticias"),
        (
            "The seed and saplings maker Kekkila said on Thursday that it expected a profit. "
            "In 1995, Kekkila reported a loss.",
            "Kekkila",
        ),
    ],
)
def test_a_trade_before_a_name_is_no_title(read: Read, text: str, body: str) -> None:
    assert all(a.kind != "PERSON" for a in read(text).actors if body in a.name)


def test_a_name_set_off_by_commas_after_a_body_noun_is_the_body(read: Read) -> None:
    text = (
        "Officers stayed near the border, where they trained a rebel group, Maghawir "
        "al-Thawra, to fight Isis."
    )
    assert actor_named(read(text), "Maghawir al-Thawra").kind == "ORGANIZATION"


def test_the_head_of_a_body_set_off_by_commas_stays_a_person(read: Read) -> None:
    text = "Officials met the head of the militia, Abu Ali, in Misrata on Monday."
    assert actor_named(read(text), "Abu Ali").kind == "PERSON"


def test_a_garrison_named_after_its_site_is_a_place(read: Read) -> None:
    text = "About 200 US troops will stay at the al-Tanf garrison near the Jordanian border."
    extraction = read(text)
    assert "al-Tanf" not in {a.name for a in extraction.actors}
    assert "al-Tanf" in {p.name for p in extraction.places}


def test_a_name_ending_in_league_is_a_body_after_a_leaders_title(read: Read) -> None:
    extraction = read(
        "Nawaz Sharif, leader of the main opposition Pakistan Muslim League, told a rally that "
        "the government must go."
    )
    assert actor_named(extraction, "Pakistan Muslim League").kind == "ORGANIZATION"


def test_a_name_tagged_a_persons_before_the_word_party_is_the_party(read: Read) -> None:
    extraction = read(
        "Among the dead were five members of the religious Jamaat-i-Islami party, who drowned "
        "while trying to save books from a flooded library."
    )
    kinds = {a.name: a.kind for a in extraction.actors}
    assert "PERSON" not in kinds.values()
    assert any("Jamaat-i-Islami" in name for name in kinds)


def test_a_peoples_word_before_an_army_names_no_one(read: Read) -> None:
    extraction = read(
        "Zaire expelled 28 Rwandan Hutu refugees on Friday. Most had been soldiers in the "
        "former Hutu army, which fled to Zaire in 1994, Captain Firmin Gatera said."
    )
    assert "Hutu" not in {a.name for a in extraction.actors if a.kind == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Albania signed the International Covenant on Civil and Political Rights in 1991.",
        "Ukraine accepted the jurisdiction of the court under the Rome Statute in 2015.",
        "The Peruvian negotiator said the Agreement would encourage trade with Bolivia.",
    ],
)
def test_a_covenant_or_a_statute_is_a_text_not_a_body(read: Read, text: str) -> None:
    names = {a.name for a in read(text).actors}
    assert not any(word in name for name in names for word in ("Covenant", "Statute", "Agreement"))


def test_a_surname_with_its_hyphened_particle_is_the_person_named_in_full(read: Read) -> None:
    extraction = read(
        "The Islamic State leader, Abu Bakr al-Baghdadi, urged his followers to keep fighting. "
        "Al-Baghdadi has not been seen in public since 2014."
    )
    person = actor_named(extraction, "Abu Bakr al-Baghdadi")
    assert "Al-Baghdadi" in {m.text for m in person.mentions}
    assert not any(a.kind == "ORGANIZATION" and "Baghdadi" in a.name for a in extraction.actors)


def test_a_news_agency_cited_with_according_to_is_no_actor(read: Read) -> None:
    extraction = read(
        "The opposition candidate took 54% of the vote, according to the state-run Anadolu "
        "news agency."
    )
    assert "Anadolu" not in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Staffan de Mistura said the talks in Geneva would resume.",
            "Staffan de Mistura",
            "PERSON",
        ),
        ("Banco de Portugal said interest rates would rise.", "Banco de Portugal", "ORGANIZATION"),
    ],
)
def test_a_surname_particle_in_a_speakers_name_makes_it_a_persons(
    read: Read, text: str, name: str, kind: str
) -> None:
    assert actor_named(read(text), name).kind == kind


def test_a_body_named_like_a_designation_is_still_a_body(read: Read) -> None:
    extraction = read("The E3 said Iran had breached the nuclear deal.")
    assert "E3" in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Spelled as the knowledge base's actor dictionaries list misspellings.
        ("Afganistan's government rejected the offer on Monday.", "country:AF"),
        ("Ethopia agreed to reopen its border with Eritrea.", "country:ET"),
        # A long word two slips of the pen from a country's demonym.
        ("Austrailian troops arrived in the capital on Friday.", "country:AU"),
    ],
)
def test_a_misspelled_country_is_that_country(read: Read, text: str, country: str) -> None:
    assert country in {a.id for a in read(text).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Greene said the talks with the union had failed.",
        "Students at Columbia University protested against the war.",
        "Jordana Brewster met reporters in Los Angeles.",
    ],
)
def test_a_name_a_slip_away_from_a_country_is_not_that_country(read: Read, text: str) -> None:
    kinds = {a.kind for a in read(text).actors}
    assert "COUNTRY" not in kinds


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Minister of Trade and Industry Tungky Ariwibowo met the delegation.", "Tungky Ariwibowo"),
        (
            "Public Service, Labour and Social Welfare Minister Florence Chitauro said the strike"
            " was illegal.",
            "Florence Chitauro",
        ),
        (
            "Under-Secretary of State for Foreign and Commonwealth Affairs Liam Fox told"
            " reporters in Dhaka.",
            "Liam Fox",
        ),
    ],
)
def test_a_minister_s_portfolio_is_part_of_the_title_not_a_body(
    read: Read, text: str, person: str
) -> None:
    extraction = read(text)
    assert [a.name for a in extraction.actors if a.kind == "ORGANIZATION"] == []
    assert actor_named(extraction, person).kind == "PERSON"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hong Kong Financial Secretary Donald Tsang will visit Jakarta.", "Hong Kong"),
        ("Pentagon Press Secretary John Kirby said the strikes hit three sites.", "Pentagon"),
        ("The Labour Party leader Keir Starmer said so.", "Labour Party"),
    ],
)
def test_a_body_named_before_a_portfolio_keeps_its_own_name(
    read: Read, text: str, body: str
) -> None:
    assert body in {a.name for a in read(text).actors}
