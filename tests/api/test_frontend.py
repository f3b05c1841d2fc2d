"""The explorer page and its files: served from this service only, or a 503 saying how to build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from attache_api import frontend
from tests.conftest import MakeClient


def _assets(html: str) -> list[str]:
    found = re.findall(r'(?:src|href)="([^"]+)"', html)
    return [f for f in found if not f.startswith(("data:", "graphql", "openapi.json"))]


@pytest.mark.usefixtures("built_pages")
@pytest.mark.parametrize("path", ["/", "/graphql"])
def test_a_page_loads_only_files_this_service_serves(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "default-src 'self'" in policy
    assets = _assets(response.text)
    assert assets
    assert all(a.startswith("static/") for a in assets), assets
    for asset in assets:
        assert client.get(f"/{asset}").status_code == 200, asset


@pytest.mark.usefixtures("built_pages")
def test_the_pages_reference_every_library_the_build_copies(client: TestClient) -> None:
    referenced = {
        a.removeprefix("static/vendor/")
        for path in ("/", "/graphql")
        for a in _assets(client.get(path, headers={"accept": "text/html"}).text)
        if a.startswith("static/vendor/")
    }
    assert referenced == set(frontend.VENDOR_FILES)
    copy_script = (Path(__file__).parents[2] / "frontend" / "copy-vendor.mjs").read_text()
    for name in frontend.VENDOR_FILES:
        assert f'"{name}"' in copy_script


def test_without_the_built_libraries_the_pages_say_how_to_build_them(
    make_client: MakeClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(frontend, "VENDOR", tmp_path / "vendor")
    client = make_client()
    for path in ("/", "/graphql"):
        response = client.get(path, headers={"accept": "text/html"})
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert "make frontend" in response.json()["detail"]
    query = {"query": "{ actors { totalCount } }"}
    assert client.post("/graphql", json=query).status_code == 200
