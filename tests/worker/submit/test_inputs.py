"""What `attache submit` reads from files, folders and standard input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from attache_worker.submit.inputs import Article, Unreadable, read_inputs, read_stream


def test_a_folder_gives_its_articles_recursively_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second text.")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.txt").write_text("First text.")
    (tmp_path / "c.md").write_text("Not taken from a folder.")
    found = read_inputs([str(tmp_path)])
    assert [item.where for item in found] == [
        str(tmp_path / "a" / "z.txt"),
        str(tmp_path / "b.txt"),
    ]


def test_a_named_file_of_any_kind_is_one_text(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text("Named on the command line, so taken.")
    [item] = read_inputs([str(tmp_path / "note.md")])
    assert isinstance(item, Article)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Poland signs accord\n\nPoland signed an accord on Monday.", "Poland signs accord"),
        ("# A Markdown heading\nBody.", "A Markdown heading"),
        ("Poland and Lithuania signed an accord on Monday.\nMore.", None),
    ],
)  # fmt: skip
def test_a_text_file_takes_a_headline_first_line_as_its_title(
    tmp_path: Path, text: str, title: str | None
) -> None:
    (tmp_path / "a.txt").write_text(text)
    [item] = read_inputs([str(tmp_path / "a.txt")])
    assert isinstance(item, Article)
    assert item.body.get("title") == title
    assert item.body["text"] == text


def test_json_lines_keep_the_article_fields_and_number_their_problems(tmp_path: Path) -> None:
    good = {"text": "T", "title": "H", "url": "u", "source": "s", "published_at": "2024-05-01"}
    lines = [json.dumps({**good, "author": "left out"}), "", "{oops", "[1, 2]"]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    first, bad_json, not_object = read_inputs([str(tmp_path / "feed.jsonl")])
    assert first == Article(f"{tmp_path}/feed.jsonl:1", good)
    assert isinstance(bad_json, Unreadable)
    assert bad_json.where.endswith("feed.jsonl:3")
    assert bad_json.reason.startswith("not JSON")
    assert isinstance(not_object, Unreadable)
    assert "not a JSON object" in not_object.reason


def test_a_json_file_holds_one_article_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "One.", "title": None}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": "A."}, {"text": "B."}]))
    found = read_inputs([str(tmp_path / "one.json"), str(tmp_path / "many.json")])
    assert [(i.where.rsplit("/", 1)[1], i.body) for i in found if isinstance(i, Article)] == [
        ("one.json", {"text": "One."}),
        ("many.json[1]", {"text": "A."}),
        ("many.json[2]", {"text": "B."}),
    ]


def test_unreadable_paths_are_problems_not_errors(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Bogotá".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "nothing").mkdir()
    paths = ["latin1.txt", "empty.txt", "nothing", "missing.txt"]
    found = read_inputs([str(tmp_path / p) for p in paths])
    assert all(isinstance(item, Unreadable) for item in found)
    reasons = [item.reason for item in found if isinstance(item, Unreadable)]
    assert reasons == [
        "not UTF-8 text (bad byte at offset 5)",
        "the file is empty",
        "no .txt, .json or .jsonl files in this folder",
        "No such file or directory",
    ]


def test_standard_input_is_json_lines_when_it_starts_with_a_brace() -> None:
    lines = list(read_stream("<stdin>", io.StringIO('{"text": "A."}\n{"text": "B."}\n')))
    assert [item.where for item in lines] == ["<stdin>:1", "<stdin>:2"]
    [text] = read_stream("<stdin>", io.StringIO("Just one article's text."))
    assert text == Article("<stdin>", {"text": "Just one article's text."})


def test_a_default_source_fills_in_only_where_none_is_given(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text('{"text": "A."}\n{"text": "B.", "source": "Wire"}\n')
    found = read_inputs([str(tmp_path / "feed.jsonl")], source="seed")
    assert [i.body["source"] for i in found if isinstance(i, Article)] == ["seed", "Wire"]
