from __future__ import annotations

from collections.abc import Callable

import pytest

from attache.contract import Extraction
from attache_worker.extraction.boilerplate import Boilerplate, boilerplate_spans
from tests.extraction.conftest import assert_offsets_hold

Read = Callable[[str], Extraction]

WIRE = (
    "GERMANY PLEDGES TANKS TO KYIV AS NATO ALLIES MEET\n"
    "By Anna Keller\n"
    "BERLIN (Reuters) - Germany will deliver more tanks to Ukraine, Olaf Scholz said on Friday.\n"
    "(Reporting by Anna Keller; Editing by Tom Hogue)\n"
    "©2024 Thomson Reuters. All rights reserved."
)


def test_packaging_lines_are_found() -> None:
    covered = "".join(WIRE[start:end] for start, end in boilerplate_spans(WIRE))
    assert "GERMANY PLEDGES TANKS" in covered
    assert "By Anna Keller" in covered
    assert "BERLIN (Reuters) -" in covered
    assert "©2024 Thomson Reuters" in covered
    assert "Germany will deliver" not in covered


def test_bloomberg_dateline_is_packaging() -> None:
    text = "(Bloomberg) -- Japan raised its budget."
    spans = boilerplate_spans(text)
    assert spans
    assert text[spans[0][0] : spans[0][1]].strip() == "(Bloomberg) --"


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Kabul (Reuters) - Taliban fighters took the town.", "Kabul (Reuters) - "),
        ("Port Moresby (AFP) – The vote was delayed.", "Port Moresby (AFP) – "),
    ],
)
def test_title_case_dateline_with_its_agency_is_packaging(text: str, dateline: str) -> None:
    covered = "".join(text[start:end] for start, end in boilerplate_spans(text))
    assert covered == dateline


@pytest.mark.parametrize(
    "line",
    [
        "Writing in Foreign Policy, Aron Lund argued that the group was resurgent.",
        "Reporting from the front, the agency said ten soldiers had died.",
    ],
)
def test_a_paragraph_opening_with_writing_or_reporting_is_prose(line: str) -> None:
    text = f"The army advanced on Monday.\n{line}\nThe talks resumed."
    assert not boilerplate_spans(text)


@pytest.mark.parametrize(
    "notice",
    ["Copyright 2019 The Associated Press.", "Copyright Guardian News & Media Ltd", "(c) 2018 AFP"],
)
def test_copyright_notices_are_packaging(notice: str) -> None:
    text = f"The army advanced on Monday.\n{notice}"
    covered = "".join(text[start:end] for start, end in boilerplate_spans(text))
    assert covered.strip() == notice


def test_prose_about_copyright_is_reporting(read: Read) -> None:
    text = "The United States threatened sanctions on China over copyright piracy."
    assert not boilerplate_spans(text)
    assert {"United States", "China"} <= {a.name for a in read(text).actors}


def test_a_title_case_sentence_start_is_no_dateline() -> None:
    assert not boilerplate_spans("Turkey - and only Turkey - can decide, Erdogan said.")


def test_names_in_bylines_and_copyright_are_not_actors(read: Read) -> None:
    extraction = read(WIRE)
    names = {a.name for a in extraction.actors} | {p.name for p in extraction.places}
    assert not {"Anna Keller", "Tom Hogue", "Thomson Reuters", "Reuters"} & names
    assert {"Germany", "Ukraine", "Olaf Scholz"} <= names


def test_headline_names_are_read_recased(read: Read) -> None:
    extraction = read(WIRE)
    germany = next(a for a in extraction.actors if a.name == "Germany")
    # The headline's "GERMANY" is the same country; its "NATO" a real actor, not a shout.
    assert [m.text for m in germany.mentions] == ["GERMANY", "Germany"]
    assert "NATO" in {a.name for a in extraction.actors}
    assert all(a.name.isupper() or not a.name[1:].isupper() for a in extraction.actors)
    assert_offsets_hold(WIRE, extraction)


def test_dateline_city_is_a_place_not_its_country(read: Read) -> None:
    extraction = read(WIRE)
    assert "Berlin" in {p.name for p in extraction.places}
    germany = next(a for a in extraction.actors if a.name == "Germany")
    assert "BERLIN" not in [m.text for m in germany.mentions]


def test_wire_dateline_with_date_is_packaging() -> None:
    text = "AL-AIN , United Arab Emirates 1996-12-06\nJapan beat Syria 1-0 ."
    covered = "".join(text[start:end] for start, end in boilerplate_spans(text))
    assert covered.startswith("AL-AIN , United Arab Emirates 1996-12-06")
    assert "Japan" not in covered


@pytest.mark.parametrize(
    "caption",
    [
        "Protesters rallied in Yerevan on February 5. REUTERS/Levon Bultman",
        "Riots have killed scores of activists. (AP Photo/Hussein Malla)",
        "Turkish-backed fighters near Afrin. Photograph: Omar Haj Kadour/AFP/Getty Images",
    ],
)
def test_photo_credits_name_no_actors_and_leave_the_caption_read(read: Read, caption: str) -> None:
    text = f"{caption}\n\nPolice watched the crowd in the square."
    names = " | ".join(m.text for a in read(text).actors for m in a.mentions)
    credited = ("REUTERS", "Levon Bultman", "AP Photo", "Hussein Malla", "Omar Haj Kadour")
    assert not [c for c in credited if c in names]
    # Only the credit is packaging: the caption's words before it are read.
    first_sentence = caption.split(". ")[0]
    assert not Boilerplate(text).covers(0, len(first_sentence))
