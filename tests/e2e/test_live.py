"""Live updates and the pages, through the real service: uvicorn, a Celery worker, Redis,
PostgreSQL, and headless Chromium for GraphiQL and the explorer.

One service for the whole module, so the worker loads its model once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect
from websockets.sync.client import ClientConnection, connect

from attache.articles.service import article_id_for, content_hash, normalize_text
from attache_api.graphql.ids import encode_id
from tests.e2e.browser import browser, screenshot_dir
from tests.e2e.conftest import Service

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]
__all__ = ["browser"]  # the fixture, for the tests below

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FOLLOWED = SEEDS / "nordic-baltic-defense-pact.txt"
DONE_WITHIN_MS = 120_000
PUBLISHED = "2025-06-12"


# -- A graphql-transport-ws client over a real socket ------------------------------------------


class LiveClient:
    def __init__(self, socket: ClientConnection) -> None:
        self.socket = socket

    def send(self, message: dict[str, Any]) -> None:
        self.socket.send(json.dumps(message))

    def receive(self, seconds: float = 120) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(self.socket.recv(timeout=seconds))
        return message

    def subscribe(self, operation_id: str, query: str, **variables: Any) -> None:
        payload = {"query": query, "variables": variables}
        self.send({"id": operation_id, "type": "subscribe", "payload": payload})


@pytest.fixture
def live(service: Service) -> Iterator[LiveClient]:
    url = service.url.replace("http://", "ws://") + "/graphql"
    with connect(url, subprotocols=["graphql-transport-ws"], open_timeout=10) as socket:  # type: ignore[list-item]
        client = LiveClient(socket)
        client.send({"type": "connection_init", "payload": {}})
        assert client.receive(10)["type"] == "connection_ack"
        yield client


def _submit(client: httpx.Client, text: str, title: str) -> str:
    response = client.post("/v1/articles", json={"text": text, "title": title})
    assert response.status_code in (200, 202), response.text
    article_id: str = response.json()["id"]
    return article_id


def _wait_done(client: httpx.Client, article_id: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(f"/v1/articles/{article_id}").json()
        if body["status"] in ("done", "failed"):
            assert body["status"] == "done", body.get("error")
            return body
        time.sleep(0.3)
    pytest.fail(f"{article_id} not done after {timeout}s")


def test_a_subscriber_hears_the_article_through_the_worker(
    service: Service, live: LiveClient
) -> None:
    text = (
        "Chile and Peru signed a fisheries cooperation agreement in Lima on Monday, the two "
        "foreign ministries said. Bolivia welcomed the accord."
    )
    live.subscribe("graph", "subscription { graphChanged { article { id } actors { name } } }")
    time.sleep(0.5)  # the subscription reaches the server before the article is sent
    with service.client() as client:
        article_id = _submit(client, text, "Fisheries")
    status = "subscription ($id: ID!) { articleStatus(id: $id) { status article { title } } }"
    live.subscribe("status", status, id=article_id)
    seen, changed = [], None
    while True:
        message = live.receive()
        if message["type"] == "complete" and message["id"] == "status":
            break
        assert message["type"] == "next", message
        if message["id"] == "status":
            seen.append(message["payload"]["data"]["articleStatus"]["status"])
        else:
            changed = message["payload"]["data"]["graphChanged"]
    assert seen[-1] == "done"
    assert seen == sorted(set(seen), key=["queued", "processing", "done"].index)
    if changed is None:  # the graph's news may come after the status stream completed
        changed = live.receive()["payload"]["data"]["graphChanged"]
    assert changed["article"]["id"] == encode_id("Article", article_id)
    assert {"Chile", "Peru"} <= {a["name"] for a in changed["actors"]}


def test_graphiql_runs_a_typed_query_with_files_from_this_service(
    service: Service, browser: Browser, tmp_path: Path
) -> None:
    page = _page(browser)
    requested = _requests(page)
    page.goto(f"{service.url}/graphql")
    editor = page.locator(".graphiql-query-editor .CodeMirror")
    expect(editor).to_be_visible(timeout=30_000)
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    query = "{ actors(first: 2, orderBy: ARTICLE_COUNT) { totalCount } }"
    page.keyboard.type(query)
    typed = page.evaluate(
        "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()"
    )
    assert typed == query
    page.locator(".graphiql-execute-button").click()
    result = page.locator(".graphiql-response .CodeMirror-code")
    expect(result).to_contain_text('"totalCount"', timeout=15_000)
    shown = json.loads(
        page.evaluate(
            "document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()"
        )
    )
    with service.client() as client:
        expected = client.post("/graphql", json={"query": query}).json()
    assert shown == expected
    page.screenshot(path=screenshot_dir(tmp_path) / "graphiql.png")
    assert _foreign(requested, service.url) == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_the_explorer_follows_a_seed_article_live_into_the_network_and_the_list(
    service: Service, browser: Browser, tmp_path: Path
) -> None:
    with service.client() as client:
        for seed in sorted(SEEDS.glob("*.txt")):
            if seed != FOLLOWED:
                _wait_done(client, _submit(client, seed.read_text(), _title(seed)))
    page = _page(browser)
    requested = _requests(page)
    page.goto(f"{service.url}/")
    expect(page.locator("body[data-ready=true]")).to_be_attached(timeout=30_000)
    expect(page.locator("#live[data-state=open]")).to_be_attached(timeout=15_000)

    text = FOLLOWED.read_text()
    page.fill("#submit-title", _title(FOLLOWED))
    page.fill("#submit-published", PUBLISHED)
    page.fill("#submit-text", text)
    page.click("#submit-button")
    expect(page.locator("#submit-status[data-status=done]")).to_be_attached(timeout=DONE_WITHIN_MS)
    steps = page.locator("#submit-steps li.reached")
    expect(steps).to_have_count(3)
    assert page.evaluate("explorer.statusLog")[-1] == "done"

    article_id = article_id_for(content_hash(normalize_text(text)))
    with service.client() as client:
        stored = client.get(f"/v1/articles/{article_id}").json()
        # The graph's actors and merged initiatives the article names: an initiative merged
        # across articles has an id of its own, not the extraction's.
        query = "query($id: ID!) { article(id: $id) { actors { name } initiatives { id } } }"
        variables = {"id": encode_id("Article", article_id)}
        answer = client.post("/graphql", json={"query": query, "variables": variables})
        graph = answer.json()["data"]["article"]
    extraction = stored["extraction"]
    assert stored["published_at"] == f"{PUBLISHED}T00:00:00Z"
    actors = {a["name"] for a in graph["actors"]}
    initiatives = {i["id"] for i in graph["initiatives"]}
    assert actors
    assert initiatives
    expect(page.locator("#article-text mark.actor").first).to_be_visible()
    network = set(page.evaluate("explorer.cy.nodes().map(n => n.data('name'))"))
    assert actors <= network
    listed = set(
        page.locator("#initiatives li").evaluate_all("items => items.map(i => i.dataset.id)")
    )
    assert initiatives <= listed
    _check_article_marks(page, extraction)

    folder = screenshot_dir(tmp_path)
    page.screenshot(path=folder / "explorer.png", full_page=True)
    _filter_by_kind(page, extraction["initiatives"][0]["kind"])
    page.click("#filter-clear")
    _choose_in_network(page, "country:SE", "Sweden")
    page.locator("#network-panel").screenshot(path=folder / "explorer-network.png")
    page.locator("#initiatives-panel").screenshot(path=folder / "explorer-initiatives.png")
    assert _foreign(requested, service.url) == []
    assert page.errors == []  # type: ignore[attr-defined]


def _check_article_marks(page: Page, extraction: dict[str, Any]) -> None:
    """Every actor mention is marked, with the actor's name in its tooltip."""
    marked = page.locator("#article-text mark.actor").evaluate_all(
        "marks => marks.map(m => [m.textContent, m.title])"
    )
    mentions = {m["text"] for a in extraction["actors"] for m in a["mentions"]}
    assert mentions <= {text for text, _ in marked} | _joined(marked)
    quotes = page.locator("#article-text mark.quote")
    assert quotes.count() >= len(extraction["quotes"]) > 0


def _joined(marked: list[list[str]]) -> set[str]:
    """Mentions cut in pieces by an overlapping span, put back together."""
    return {"".join(text for text, _ in marked[i : i + 3]) for i in range(len(marked))}


def _filter_by_kind(page: Page, kind: str) -> None:
    page.select_option("#filter-kind", kind)
    shown = page.locator("#initiatives li .tag.kind")
    expect(shown.first).to_be_visible()
    page.wait_for_function(
        "kind => [...document.querySelectorAll('#initiatives li .tag.kind')]"
        ".every(t => t.textContent === kind)",
        arg=kind.lower().replace("_", " "),
    )


def _choose_in_network(page: Page, actor_key: str, name: str) -> None:
    """A click on the actor's node lists only the initiatives it takes part in."""
    node_id = encode_id("Actor", actor_key)
    page.evaluate("id => explorer.cy.getElementById(id).emit('tap')", node_id)
    expect(page.locator("#filter-actor")).to_have_value(node_id)
    page.wait_for_function(
        "name => { const items = [...document.querySelectorAll('#initiatives li')];"
        " return items.length > 0 && items.every(i => i.textContent.includes(name)); }",
        arg=name,
    )
    faded = page.evaluate("explorer.cy.nodes('.faded').length")
    assert 0 < faded < page.evaluate("explorer.cy.nodes().length")


def _page(browser: Browser) -> Page:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors  # type: ignore[attr-defined]
    return page


def _requests(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def _foreign(urls: list[str], base: str) -> list[str]:
    ws = base.replace("http://", "ws://")
    return [u for u in urls if not (u.startswith((base, ws, "data:")))]


def _title(path: Path) -> str:
    return path.stem.replace("-", " ").capitalize()
