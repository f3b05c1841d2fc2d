from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from attache.contract import Extraction
from tests.extraction.conftest import actor_named, assert_offsets_hold

Read = Callable[[str], Extraction]

INTERVIEW = (
    "Mark Rutte, the NATO secretary-general, visited Vilnius on Wednesday.\n"
    "“We will defend every inch of allied territory,” he said, adding that the alliance "
    "“will not be intimidated.”\n"
    "Lithuanian President Gitanas Nauseda welcomed the pledge. "
    "“This is exactly the signal we needed,” said Nauseda.\n"
    "Rutte told reporters: “Deterrence works only when it is credible.”"
)


def _speakers(extraction: Extraction) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extraction.quotes}


def test_pronoun_speaker_resolves_to_last_person(read: Read) -> None:
    speakers = _speakers(read(INTERVIEW))
    assert speakers["We will defend every inch of allied territory"] == "Mark Rutte"


def test_split_quote_shares_its_speaker(read: Read) -> None:
    speakers = _speakers(read(INTERVIEW))
    assert speakers["will not be intimidated."] == "Mark Rutte"


def test_inverted_attribution_and_colon(read: Read) -> None:
    speakers = _speakers(read(INTERVIEW))
    assert speakers["This is exactly the signal we needed"] == "Gitanas Nauseda"
    assert speakers["Deterrence works only when it is credible."] == "Mark Rutte"


def test_quote_offsets_and_ids(read: Read) -> None:
    extraction = read(INTERVIEW)
    assert len(extraction.quotes) == 4
    assert_offsets_hold(INTERVIEW, extraction)
    assert all(q.speaker_id and q.speaker_id.startswith("person:") for q in extraction.quotes)


def test_straight_quotes_are_read_too(read: Read) -> None:
    text = 'Ambassador Linda Thomas-Greenfield said: "The council must act now."'
    (quote,) = read(text).quotes
    assert quote.text == "The council must act now."
    assert quote.speaker == "Linda Thomas-Greenfield"


PARAGRAPHS = (
    "“The world has looked away for too long,” Antonio Tajani said. “Today it looked back.”\n"
    "UN aid chief Tom Fletcher welcomed the pledges but said they were not enough.\n"
    "Azerbaijani President Ilham Aliyev called the accord “a historic opportunity”, "
    "and Fletcher described the crossing as “a lifeline.”"
)


def test_continued_quote_keeps_its_paragraphs_speaker(read: Read) -> None:
    speakers = _speakers(read(PARAGRAPHS))
    assert speakers["Today it looked back."] == "Antonio Tajani"


def test_partial_quotes_after_called_and_described(read: Read) -> None:
    speakers = _speakers(read(PARAGRAPHS))
    assert speakers["a historic opportunity"] == "Ilham Aliyev"
    assert speakers["a lifeline."] == "Tom Fletcher"


def test_a_quoted_phrase_in_reported_speech_belongs_to_its_reporter(read: Read) -> None:
    text = (
        "Foreign Minister Penny Wong said allies must resist "
        "“economic coercion” and urged Beijing to lift its trade curbs."
    )
    assert _speakers(read(text)) == {"economic coercion": "Penny Wong"}


def test_clause_ending_in_a_colon_attributes_the_quote(read: Read) -> None:
    text = (
        "Anna Lindqvist, Sweden's trade minister, rejected the offer and set out her terms: "
        "“Either the tariffs go or the talks end.”"
    )
    speakers = _speakers(read(text))
    assert speakers["Either the tariffs go or the talks end."] == "Anna Lindqvist"


def test_attribution_opening_the_sentence_after_a_question(read: Read) -> None:
    text = (
        "Pedro Alvarez spoke for an hour. “Who will pay for the bridge? Who will maintain "
        "it?” Alvarez said in a speech in Lima."
    )
    quotes = read(text).quotes
    assert [q.speaker for q in quotes] == ["Pedro Alvarez"]


def test_statement_after_a_finished_quote_is_not_its_attribution(read: Read) -> None:
    text = (
        "“We will rebuild every school,” the mayor, Ines Duarte, told a rally. "
        "“Nobody will be left behind.” Portugal said it would send engineers."
    )
    speakers = _speakers(read(text))
    assert speakers["Nobody will be left behind."] == "Ines Duarte"


def test_title_with_a_name_in_apposition_speaks_as_the_person(read: Read) -> None:
    text = (
        "“We will not accept this,” the Chilean foreign minister, Rosa Morales, tweeted. "
        "The Chilean foreign minister, Rosa Morales, went further, saying Lima ought to "
        "explain “whether it stands with its neighbours”."
    )
    speakers = _speakers(read(text))
    assert set(speakers.values()) == {"Rosa Morales"}


def test_he_after_another_quote_is_still_its_speaker(read: Read) -> None:
    text = (
        "“We are concerned,” Karl Weber said ahead of a meeting with the Dutch minister, "
        "Joost Visser. But the plan, he added, was “the right one for now”."
    )
    speakers = _speakers(read(text))
    assert speakers["the right one for now"] == "Karl Weber"


def test_he_after_a_new_person_is_named_is_that_person(read: Read) -> None:
    text = (
        "“We are concerned,” Karl Weber said. His remarks were echoed by Joost Visser. "
        "“Everybody appreciates the effort,” he said."
    )
    speakers = _speakers(read(text))
    assert speakers["Everybody appreciates the effort"] == "Joost Visser"


def test_a_title_with_a_nationality_is_the_last_person_serving_that_country(read: Read) -> None:
    text = (
        "Bolivia's president, Evo Morales, met the Chilean envoy Ana Ruiz in La Paz. "
        '"We will never give up the sea," the Bolivian president told supporters.'
    )
    assert _speakers(read(text))["We will never give up the sea"] == "Evo Morales"


def test_officials_of_a_country_are_the_country_speaking(read: Read) -> None:
    text = (
        "Evo Morales met the Chilean envoy Ana Ruiz in La Paz. "
        '"The talks are over," Bolivian officials said.'
    )
    assert _speakers(read(text))["The talks are over"] == "Bolivia"


def test_according_to_attributes_a_quote(read: Read) -> None:
    text = (
        "Lena Ortiz met the envoy on Monday. According to Tomas Berg, an adviser to Sweden's "
        'prime minister, "the talks will resume in May".'
    )
    assert _speakers(read(text))["the talks will resume in May"] == "Tomas Berg"


def test_an_unnamed_source_is_no_one_named_before(read: Read) -> None:
    text = (
        "Tomas Berg, Sweden's foreign minister, met the envoy on Monday. "
        '"Nobody is ready to compromise," one diplomat said.'
    )
    assert _speakers(read(text))["Nobody is ready to compromise"] is None


def test_a_statement_speaks_for_who_issued_it(read: Read) -> None:
    text = (
        "Norway's foreign ministry issued a statement on Friday. Chile said it was surprised.\n"
        '"This is a violation of international law," the statement read.'
    )
    assert _speakers(read(text))["This is a violation of international law"] == "Norway"


def test_a_definite_noun_is_the_last_body_whose_name_ends_in_it(read: Read) -> None:
    text = (
        '"Talks have failed," state-run Damascus Radio said. Jordan said it disagreed.\n'
        '"The blockade must end," the radio said.'
    )
    assert _speakers(read(text))["The blockade must end"] == "Damascus Radio"


def test_a_name_in_apposition_to_a_noun_is_the_speaker(read: Read) -> None:
    text = '"We waited nine hours at the crossing," said the driver, Omar Haddad, 52.'
    assert _speakers(read(text))["We waited nine hours at the crossing"] == "Omar Haddad"


@pytest.mark.parametrize(
    "owner",
    [
        "Norway's foreign ministry summoned the envoy",
        "The Norwegian foreign ministry summoned the envoy",
    ],
)
def test_the_ministry_is_the_state_named_as_its_owner(read: Read, owner: str) -> None:
    text = f'{owner} on Monday. Chile was surprised.\n"This is unacceptable," the ministry said.'
    assert _speakers(read(text))["This is unacceptable"] == "Norway"


def test_a_surname_the_model_missed_is_the_person_named_in_full_before(read: Read) -> None:
    text = (
        "The UN aid coordinator, Panos Moumtzis, warned that thousands had fled. "
        'According to Moumtzis, "the situation is deteriorating by the hour".'
    )
    assert _speakers(read(text))["the situation is deteriorating by the hour"] == "Panos Moumtzis"


def test_an_untagged_name_saying_something_is_the_speaker(read: Read) -> None:
    text = "Mattis said the US would “continue to work with the SDF”, adding that talks went on."
    extraction = read(text)
    (quote,) = extraction.quotes
    assert quote.speaker == "Mattis"
    assert [a.kind for a in extraction.actors if a.name == "Mattis"] == ["PERSON"]


def test_officials_in_a_capital_speak_for_its_state(read: Read) -> None:
    text = "Officials in Damascus said the raid was “an act of aggression”."
    (quote,) = read(text).quotes
    assert quote.speaker == "Syria"


def test_its_officer_speaks_for_the_body_last_named(read: Read) -> None:
    text = (
        "The Syrian Observatory for Human Rights said at least 18 civilians had died. "
        "“The shelling has not stopped,” its director told AFP."
    )
    (quote,) = read(text).quotes
    assert quote.speaker == "Syrian Observatory for Human Rights"


def test_curly_single_quotes_are_quotes_too(read: Read) -> None:
    text = (
        "The commander Mazloum Abdi told reporters the group would not disarm. "
        "‘We don’t trust their promises, and we have paid a heavy price,’ he said. "
        "Erdoğan said: “Nobody can teach us ‘restraint’ on our own border.”"
    )
    extraction = read(text)
    speakers = _speakers(extraction)
    assert (
        speakers["We don’t trust their promises, and we have paid a heavy price"] == "Mazloum Abdi"
    )
    # A single-quoted word inside a double-quoted quote is part of it, not a quote of its own.
    assert "restraint" not in speakers
    assert_offsets_hold(text, extraction)


def test_the_one_an_agency_quotes_is_the_speaker(read: Read) -> None:
    text = (
        "The state news agency Sana quoted Bashar al-Assad as saying: “The aggression will fail.”"
    )
    assert _speakers(read(text))["The aggression will fail."] == "Bashar al-Assad"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Syria's state news agency, Sana, said air defences had intercepted most of the "
            "\u201chostile targets\u201d. Sana said later that two soldiers had been wounded.",
            "hostile targets",
            "Sana",
        ),
        (
            "Iran's state broadcaster, IRIB, said: \u201cThe attack failed.\u201d",
            "The attack failed.",
            "IRIB",
        ),
    ],
)
def test_a_body_named_in_apposition_speaks_not_its_country(
    read: Read, text: str, quote: str, speaker: str
) -> None:
    extraction = read(text)
    assert _speakers(extraction)[quote] == speaker
    assert actor_named(extraction, speaker).kind == "ORGANIZATION"
    assert [a.name for a in extraction.actors].count(speaker) == 1


def test_a_pronoun_inside_the_sentence_speaks_for_the_person_it_is_about(read: Read) -> None:
    text = (
        "Donald Trump ordered the pullout on Wednesday. "
        "Lindsey Graham, a close ally of Trump, urged him to reconsider the pullout, which he "
        "called \u201ca big Obama-like mistake\u201d."
    )
    assert _speakers(read(text))["a big Obama-like mistake"] == "Lindsey Graham"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Donald Trump and Kim Jong-un signed a joint statement in Singapore. The US "
            "president said he would halt the joint exercises with South Korea, which he "
            "called \u201cvery provocative\u201d.",
            "Donald Trump",
        ),
        (
            "Angela Merkel met Emmanuel Macron and Theresa May in Berlin. The French president "
            "said he would not accept the plan, which he called \u201ca betrayal\u201d.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_pronoun_inside_the_sentence_speaks_for_the_titled_person_it_is_about(
    read: Read, text: str, speaker: str
) -> None:
    quote = text.split("\u201c")[1].rstrip("\u201d.")
    assert _speakers(read(text))[quote] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Angela Merkel said she had spoken to Theresa May. "
            "She said: \u201cWe will not reopen the deal.\u201d",
            "Angela Merkel",
        ),
        (
            "The defence minister, Awad Ibn Auf, announced that Omar al-Bashir had been "
            "arrested. He said: \u201cThe constitution is suspended.\u201d",
            "Awad Ibn Auf",
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_carries_on_the_person_the_one_before_is_about(
    read: Read, text: str, speaker: str
) -> None:
    quote = text.split("\u201c")[1].rstrip("\u201d")
    assert _speakers(read(text))[quote] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sinan Ulgen, the head of a think tank in Istanbul, said Recep Tayyip Erdogan "
            "now faced a hard choice. \u201cHe has never lost a city like this,\u201d he said.",
            "Sinan Ulgen",
        ),
        (
            "Maria Zakharova said Russia had warned Sergei Lavrov about the plan. "
            "\u201cWe see no reason to change course,\u201d she said.",
            "Maria Zakharova",
        ),
        (
            "Turkish officials have said Jamal Khashoggi was killed by a team of 15 agents. "
            "Yasin Aktay, an adviser to Erdo\u011fan and a friend of Khashoggi, said the Saudi "
            'explanation was not credible. "Where is his body?" he asked.',
            "Yasin Aktay",
        ),
    ],
)
def test_a_pronoun_after_an_opening_quote_carries_on_the_person_the_one_before_is_about(
    read: Read, text: str, speaker: str
) -> None:
    quote = re.split('[\u201c\u201d"]', text)[1].rstrip(",")
    assert _speakers(read(text))[quote] == speaker


def test_a_relative_pronoun_speaks_for_the_name_it_follows(read: Read) -> None:
    text = (
        "Iran's news agency cited the foreign minister, Javad Zarif, who said: "
        "“The sanctions are economic terrorism.”"
    )
    assert _speakers(read(text))["The sanctions are economic terrorism."] == "Javad Zarif"


def test_an_inverted_speaker_the_parser_reads_as_an_object_speaks(read: Read) -> None:
    text = "“The offensive must stop now,” tweeted the French president, Emmanuel Macron."
    assert _speakers(read(text))["The offensive must stop now"] == "Emmanuel Macron"


def test_a_titled_speaker_after_a_fronted_phrase_speaks(read: Read) -> None:
    text = (
        "In an interview with the BBC, the party's founder, Bidzina Ivanishvili, said: "
        '"The people of Georgia have chosen peace over war."'
    )
    quotes = read(text).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Bidzina Ivanishvili", "The people of Georgia have chosen peace over war.")
    ]


def test_a_straight_quote_left_open_runs_to_the_end_of_its_paragraph(read: Read) -> None:
    text = (
        'Salome Zourabichvili spoke on Sunday. "We will not accept it," she said. '
        '"Our future is in Europe.\n\n"We will defend it."\n\nObservers disagreed.'
    )
    quotes = read(text).quotes
    assert [q.text for q in quotes] == [
        "We will not accept it",
        "Our future is in Europe.",
        "We will defend it.",
    ]
    assert {q.speaker for q in quotes} == {"Salome Zourabichvili"}


def test_she_is_the_last_person_her_given_name_allows(read: Read) -> None:
    text = (
        "María Corina Machado, who remains in hiding, said Edmundo González had left to "
        'protect his life. "His life was in danger," she wrote on social media.'
    )
    assert [q.speaker for q in read(text).quotes] == ["María Corina Machado"]


def test_a_person_s_aide_named_in_apposition_speaks_not_the_person(read: Read) -> None:
    text = (
        "Ashraf Ghani has been left out of the talks. Ghani's national security adviser, "
        'Hamdullah Mohib, said the deal was "a betrayal of Afghans".'
    )
    assert [q.speaker for q in read(text).quotes] == ["Hamdullah Mohib"]


def test_a_given_name_brought_in_with_an_indefinite_noun_is_someone_new(read: Read) -> None:
    text = (
        "Grand Ayatollah Ali al-Sistani urged parliament to act. "
        '"One thief goes, but the rest remain," said Ali, a 23-year-old student.'
    )
    extraction = read(text)
    assert [q.speaker for q in extraction.quotes] == ["Ali"]
    assert actor_named(extraction, "Ali al-Sistani").aliases == []


def test_the_opposition_is_no_title_holder_named_before(read: Read) -> None:
    text = (
        "Donald Trump's Syria policy is no exception, aides said. "
        'The opposition said the move was "a betrayal".'
    )
    assert [q.speaker for q in read(text).quotes] == [None]


def test_a_korean_family_name_says_nothing_of_sex(read: Read) -> None:
    text = (
        "Kim Jong-un met Donald Trump in Hanoi in February. Moon Jae-in, South Korea's "
        'president, urged the North to return to talks. "Dialogue is the only way," he said.'
    )
    assert [q.speaker for q in read(text).quotes] == ["Moon Jae-in"]


def test_he_after_a_woman_s_quote_is_the_man_named_before(read: Read) -> None:
    text = (
        "Carlos Alvarado disputed the count on Monday. "
        'Laura Chinchilla said: "The vote was fair." "It was stolen," he said.'
    )
    assert [q.speaker for q in read(text).quotes] == ["Laura Chinchilla", "Carlos Alvarado"]


def test_a_name_taken_up_by_he_is_a_person_who_speaks(read: Read) -> None:
    extraction = read(
        'Mevlüt Çavuşoğlu warned that Turkey would act. He added: "Nobody can stop us."'
    )
    kinds = {a.name: a.kind for a in extraction.actors}
    assert kinds["Mevlüt Çavuşoğlu"] == "PERSON"
    assert [q.speaker for q in extraction.quotes] == ["Mevlüt Çavuşoğlu"]


def test_a_body_taken_up_by_it_or_with_english_words_stays_a_body(read: Read) -> None:
    extraction = read(
        "Kestrel Dynamics announced the deal on Monday. He said the terms were good. "
        "Amnesty International said the trial was unfair. It added that the verdict must go."
    )
    kinds = {a.name: a.kind for a in extraction.actors}
    assert kinds["Kestrel Dynamics"] == "ORGANIZATION"
    assert kinds["Amnesty International"] == "ORGANIZATION"


def test_a_participle_before_the_colon_does_not_introduce_the_quote(read: Read) -> None:
    extraction = read(
        'Hassan Nasrallah, the leader of Hezbollah, said in a televised speech: "We will answer."'
    )
    assert [q.speaker for q in extraction.quotes] == ["Hassan Nasrallah"]


def test_a_surname_read_as_a_nationality_still_speaks(read: Read) -> None:
    extraction = read('Asked whether the US would stay, Mattis replied: "We are not leaving."')
    assert [q.speaker for q in extraction.quotes] == ["Mattis"]
    assert {a.name: a.kind for a in extraction.actors}["Mattis"] == "PERSON"


def test_the_group_said_is_the_body_last_named(read: Read) -> None:
    text = (
        'The Kenya Human Rights Commission published its report on Tuesday. "The killings '
        'were planned at the highest level," the group said in a statement.'
    )
    assert [q.speaker for q in read(text).quotes] == ["Kenya Human Rights Commission"]


def test_a_surname_parsed_as_a_modal_still_speaks(read: Read) -> None:
    text = (
        "Theresa May addressed the Commons on Wednesday.\n\n"
        '"There is no alternative conclusion than that the state was culpable," May told MPs.'
    )
    quotes = read(text).quotes
    assert [q.speaker for q in quotes] == ["Theresa May"]


def test_a_statement_quoted_through_its_participles_is_its_issuer_s(read: Read) -> None:
    text = (
        "The White House issued a statement on Wednesday. Later Jair Bolsonaro issued a statement "
        'calling the vote a fraud and saying Brazil would use "every lawful means" to resist it.'
    )
    quotes = read(text).quotes
    assert [q.speaker for q in quotes] == ["Jair Bolsonaro"]


def test_a_speech_verb_hung_on_the_cited_clause_is_the_reporter_s(read: Read) -> None:
    text = (
        "The Syrian foreign ministry said the decision was a blatant attack on its sovereignty "
        'and vowed to recover the territory "through all available means".'
    )
    assert [q.speaker for q in read(text).quotes] == ["Syria"]


def test_it_in_a_clause_on_a_body_is_not_that_body(read: Read) -> None:
    text = (
        "The French foreign minister said France would not abandon the SDF, which it described "
        'as "a key partner".'
    )
    (quote,) = read(text).quotes
    assert quote.speaker == "France"


def test_a_spokesman_for_a_body_led_by_a_country_speaks_for_the_body(read: Read) -> None:
    text = (
        "A spokesman for the US-led coalition said the Iraqi moves had been "
        '"coordinated movements, not attacks".'
    )
    assert [q.speaker for q in read(text).quotes] == ["US-led coalition"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The PUK was accused by KDP officials of "treason" for withdrawing its fighters.',
            "Kurdistan Democratic Party",
        ),
        ('Assad was quoted by Sana as saying: "We will liberate every inch."', "Bashar al-Assad"),
    ],
)
def test_a_passive_verb_s_agent_speaks_unless_it_quotes_the_subject(
    read: Read, text: str, speaker: str
) -> None:
    assert [q.speaker for q in read(text).quotes] == [speaker]
