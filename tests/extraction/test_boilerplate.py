from __future__ import annotations

from collections.abc import Callable

from attache.contract import Extraction
from attache_worker.extraction.boilerplate import boilerplate_spans

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


def test_names_in_packaging_are_not_actors(read: Read) -> None:
    extraction = read(WIRE)
    names = {a.name for a in extraction.actors}
    assert "Anna Keller" not in names
    assert "Tom Hogue" not in names
    assert "Thomson Reuters" not in names
    assert "NATO" not in names
    assert {"Germany", "Ukraine", "Olaf Scholz"} <= names
    germany = next(a for a in extraction.actors if a.name == "Germany")
    # The headline's "GERMANY" and the dateline's "BERLIN" are not mentions.
    assert [m.text for m in germany.mentions] == ["Germany"]
