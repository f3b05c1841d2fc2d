"""`attache submit` as a user runs it: the console script against the real API and worker."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import private_postgres_database
from tests.e2e.conftest import Service, _run_service

pytestmark = pytest.mark.e2e

KEY = "submit-test-key"
ATTACHE = str(Path(sys.executable).with_name("attache"))


@pytest.fixture(scope="module")
def service(
    postgres_server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    """The real service, with writes behind an API key."""
    with private_postgres_database(postgres_server_url) as database_url:
        yield from _run_service(database_url, tmp_path_factory, {"ATTACHE_API_KEYS": KEY})


def submit_command(service: Service, *args: str) -> list[str]:
    return [ATTACHE, "submit", "--url", service.url, *args]


def environment(service: Service, key: str = KEY) -> dict[str, str]:
    env = {k: v for k, v in service.env.items() if not k.startswith("ATTACHE_")}
    return env | {"ATTACHE_API_KEY": key}


def attache_submit(
    service: Service, *args: str, key: str = KEY, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        submit_command(service, *args), env=environment(service, key), input=stdin,
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def articles_by_title(service: Service) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    with service.client() as client:
        link: str | None = "/v1/articles?limit=100"
        while link:
            page = client.get(link).json()
            found |= {item["title"]: item for item in page["items"] if item["title"]}
            link = page["links"]["next"]
    return found


def write_jsonl(path: Path, *objects: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def test_a_folder_is_submitted_and_followed_to_done(service: Service, tmp_path: Path) -> None:
    (tmp_path / "warsaw.txt").write_text(
        "Poland and Lithuania sign air defence accord\n\nPoland and Lithuania signed an air "
        "defence agreement in Warsaw on Monday, officials in both capitals said.\n"
    )
    nile = {
        "text": "Kenya and Ethiopia signed a water treaty on Friday.",
        "title": "Nile water treaty",
        "url": "https://example.org/nile",
        "source": "Wire",
        "published_at": "2024-05-01",
    }
    drill = {"text": "Chile and Peru agreed to hold joint naval exercises.", "title": "Drill"}
    write_jsonl(tmp_path / "wires" / "feed.jsonl", nile, drill)
    (tmp_path / "wires" / "one.json").write_text(
        json.dumps([{"text": "Brazil and Argentina launched a trade pact.", "title": "Mercosur"}])
    )
    (tmp_path / "notes.md").write_text("Not an article: folders give only .txt, .json, .jsonl.")

    result = attache_submit(service, "--wait", str(tmp_path))

    assert result.returncode == 0, result.stderr
    assert "4 articles: 4 accepted; 4 done, 0 failed; 0 rejected." in result.stderr
    stored = articles_by_title(service)
    assert stored["Poland and Lithuania sign air defence accord"]["status"] == "done"
    treaty = stored["Nile water treaty"]
    assert (treaty["url"], treaty["source"], treaty["published_at"]) == (
        "https://example.org/nile", "Wire", "2024-05-01T00:00:00Z"
    )  # fmt: skip
    assert {"Drill", "Mercosur"} <= set(stored)


def test_a_rerun_submits_nothing_again_and_says_so(service: Service, tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        *({"text": f"Norway and Finland held border talks, round {n}.", "title": f"Talks {n}"}
          for n in range(5)),
    )  # fmt: skip
    first = attache_submit(service, str(feed))
    again = attache_submit(service, str(feed))

    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert "5 articles: 5 accepted; 0 rejected." in first.stderr
    assert "5 articles: 0 accepted, 5 already accepted earlier (not submitted again)" in (
        again.stderr
    )


def test_each_bad_input_gets_one_line_and_the_others_go_on(
    service: Service, tmp_path: Path
) -> None:
    write_jsonl(
        tmp_path / "feed.jsonl",
        {"text": "Ghana and Togo opened a new border post.", "title": "Border post"},
        {"text": "Egypt sent aid to Sudan.", "published_at": "last Tuesday"},
    )
    with (tmp_path / "feed.jsonl").open("a") as feed:
        feed.write("{not json\n")
    (tmp_path / "broken.json").write_text('{"text": "unfinished')
    (tmp_path / "latin1.txt").write_bytes("Bogotá y Quito".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Spain and Morocco agreed on a fisheries deal.")

    result = attache_submit(service, str(tmp_path), str(tmp_path / "missing.txt"))

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    problems = {
        "feed.jsonl:2": "rejected: 422: The article is not valid. published_at:",
        "feed.jsonl:3": "not JSON",
        "broken.json": "not JSON",
        "latin1.txt": "not UTF-8 text",
        "missing.txt": "No such file or directory",
    }
    for where, says in problems.items():
        [line] = [line for line in lines if f"{where}:" in line]
        assert says in line, line
    assert "7 articles: 2 accepted; 5 rejected." in result.stderr
    assert "Border post" in articles_by_title(service)


def test_standard_input_is_read_as_json_lines(service: Service) -> None:
    lines = "".join(
        json.dumps({"text": f"Japan and India signed pact {n}.", "title": f"Pact {n}"}) + "\n"
        for n in range(3)
    )
    result = attache_submit(service, "--wait", "-", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "3 articles: 3 accepted; 3 done, 0 failed" in result.stderr


def test_a_refused_key_stops_the_run_at_once(service: Service, tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", {"text": "Italy and Greece signed a pact."})
    result = attache_submit(service, str(feed), key="wrong")
    assert result.returncode == 2
    assert "the API refused the key: 401" in result.stderr
    assert "ATTACHE_API_KEY" in result.stderr


def test_an_interrupted_run_is_finished_by_running_it_again(
    service: Service, tmp_path: Path
) -> None:
    count = 200
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        *({"text": f"Canada and Mexico renewed trade accord number {n}."} for n in range(count)),
    )
    command = submit_command(service, "--concurrency", "1", str(feed))
    before = accepted_so_far(service)
    run = subprocess.Popen(
        command,
        env=environment(service),
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    wait_for_accepted(service, before + 10)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=60)

    assert run.returncode == 130, stderr
    assert "Interrupted. Run the same command again" in stderr
    accepted = int(stderr.rsplit(f"{count} articles: ", 1)[1].split(" accepted")[0])
    assert 10 <= accepted < count

    again = attache_submit(service, "--concurrency", "4", str(feed))
    assert again.returncode == 0, again.stderr
    # The one request in flight at the interrupt may have been stored without its answer
    # arriving: then the rerun finds it too.
    expected = [
        f"{count - known} accepted, {known} already accepted earlier"
        for known in (accepted, accepted + 1)
    ]
    assert any(summary in again.stderr for summary in expected), again.stderr


def _interruptible() -> None:
    """Ctrl-C's default for the child: a test run started in the background (`cmd &`) ignores
    SIGINT, and a child inherits that, so the interrupt would never reach it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def accepted_so_far(service: Service) -> float:
    """Submissions the API answered 202 since it started, by its own metrics."""
    metrics = httpx.get(f"{service.url}/metrics", timeout=10).text
    return sum(
        sample.value
        for family in text_string_to_metric_families(metrics)
        for sample in family.samples
        if sample.name == "attache_http_requests_total"
        and sample.labels == {"method": "POST", "route": "/v1/articles", "status": "202"}
    )


def wait_for_accepted(service: Service, total: float, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while accepted_so_far(service) < total:
        if time.monotonic() > deadline:
            pytest.fail(f"the API did not accept {total} articles in {timeout}s")
        time.sleep(0.02)
