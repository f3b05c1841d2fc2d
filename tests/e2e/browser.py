"""Headless Chromium for the browser tests: the system's own (Debian's `chromium`), driven by
Playwright through `executable_path`, since Playwright's browser download is not reachable.

Where no Chromium can be found the tests skip, loudly; with ATTACHE_REQUIRE_BROWSER set (CI,
which installs the package) they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from attache_api.frontend import missing_vendor_files

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# No sandbox as root (CI); nothing that phones home on a machine with no way out.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    given = os.environ.get("ATTACHE_CHROMIUM")
    if given:
        return given
    return next((found for name in CANDIDATES if (found := shutil.which(name))), None)


def unavailable(reason: str) -> None:
    message = f"BROWSER TESTS NOT RUN: {reason}"
    if os.environ.get("ATTACHE_REQUIRE_BROWSER"):
        pytest.fail(message)
    print(f"\n!!! {message}")  # seen with -s; the skip summary (-ra) shows it either way
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    missing = missing_vendor_files()
    if missing:
        unavailable(f"the pages' libraries are not built (make frontend): {', '.join(missing)}")
    path = chromium_path()
    if path is None:
        unavailable("no Chromium found; apt-get install chromium, or set ATTACHE_CHROMIUM")
    assert path is not None
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def screenshot_dir(tmp_path: Path) -> Path:
    """Where screenshots go: ATTACHE_SCREENSHOT_DIR (docs/screenshots for the README), else
    the test's own temporary folder."""
    given = os.environ.get("ATTACHE_SCREENSHOT_DIR")
    folder = Path(given) if given else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder
