"""`make run`: migrate the database, then run the API and a Celery worker until Ctrl-C.

The database is whatever DATABASE_URL names (default: SQLite in ./var). The broker is the Redis
at REDIS_URL when it answers, else a private redis-server started for this run (see
servers.py); only with no Redis at all does it fall back to Celery's in-memory transport, with
the API and the worker sharing this one process. Everything started here is stopped on exit.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from types import FrameType

import servers

ROOT = servers.ROOT
PYTHON = sys.executable
BANNER = "!" * 78
# Where front-end dev servers usually run (React, Next.js, Vite, its preview, Angular), so a page
# under development can call the API; ATTACHE_CORS_ORIGINS, when set, replaces the list.
DEV_ORIGINS = ",".join(
    f"http://{host}:{port}"
    for port in (3000, 4173, 4200, 5173, 8080)
    for host in ("localhost", "127.0.0.1")
)


def log(message: str) -> None:
    print(f"[run] {message}", file=sys.stderr, flush=True)


def choose_broker(stack: contextlib.ExitStack, env: dict[str, str]) -> bool:
    """Point env at a broker; True when a separate worker process can use it."""
    if env.get("ATTACHE_BROKER_URL"):
        log(f"broker:   {env['ATTACHE_BROKER_URL']} (ATTACHE_BROKER_URL, as given)")
        return not env["ATTACHE_BROKER_URL"].startswith("memory://")
    try:
        url = env.get("ATTACHE_REDIS_URL") or env.get("REDIS_URL") or servers.REDIS_DEFAULT
        redis = servers.ensure_redis(url)
    except LookupError as exc:
        env["ATTACHE_BROKER_URL"] = "memory://"
        log(BANNER)
        log(f"NO REDIS: {exc}.")
        log("Falling back to Celery's in-memory broker (ATTACHE_BROKER_URL=memory://): tasks")
        log("run inside the API process, and queued work is lost when it stops.")
        log(BANNER)
        return False
    stack.callback(redis.stop)
    env["REDIS_URL"] = redis.url
    if "ATTACHE_REDIS_URL" in env:
        env["ATTACHE_REDIS_URL"] = redis.url
    log(f"broker:   {redis.url} [{redis.where}]")
    return True


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds it
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def start(name: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Own process group, so that on Ctrl-C we stop things in order (API, worker, then Redis)
    # rather than all at once with the worker losing its broker mid-shutdown.
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, process_group=0)
    log(f"{name}: pid {proc.pid}: {' '.join(cmd)}")
    return proc


def stop(name: str, proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        log(f"stopping {name} (pid {proc.pid})")
        proc.terminate()  # uvicorn and Celery both shut down gracefully on SIGTERM
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def supervise(procs: dict[str, subprocess.Popen[bytes]]) -> int:
    """Wait until any process exits; its exit code becomes ours."""
    while True:
        for name, proc in procs.items():
            if proc.poll() is not None:
                log(f"{name} exited with code {proc.returncode}; stopping the rest")
                return proc.returncode or 1
        time.sleep(0.5)


def serve_in_one_process(env: dict[str, str], host: str, port: str) -> int:
    """The in-memory broker exists only inside one process: run the worker in a thread here."""
    os.environ.update(env)  # before the settings are first read
    import uvicorn
    from celery.worker import WorkController

    from attache_worker.celery_app import app as celery_app

    # The bare WorkController, unlike `celery worker`, installs no signal handlers (which only
    # the main thread may do); uvicorn owns Ctrl-C here.
    worker = WorkController(
        app=celery_app, pool="solo", concurrency=1, loglevel="INFO",
        without_heartbeat=True, without_mingle=True, without_gossip=True,
    )  # fmt: skip
    threading.Thread(target=worker.start, name="celery-worker", daemon=True).start()
    log(f"API:      http://{host}:{port}/ with the worker in the same process; Ctrl-C stops it")
    try:
        uvicorn.run("attache_api.app:app", host=host, port=int(port))
    finally:
        worker.stop(in_sighandler=False)
    return 0


def _exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    # make passes the signal it gets on to us too, so a second one often follows the first:
    # repeats are ignored, or they would cut short the stopping of what we started.
    for repeat in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(repeat, signal.SIG_IGN)
    raise SystemExit(128 + signum)  # unwinds through the finally blocks that stop everything


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="8000")
    args = parser.parse_args()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _exit_on_signal)
    if not port_is_free(args.host, int(args.port)):
        log(f"{args.host}:{args.port} is taken; free it or choose another: make run PORT=8001")
        return 1
    os.chdir(ROOT)  # the default SQLite URL is relative: ./var/attache.db
    servers.VAR.mkdir(exist_ok=True)
    env = dict(os.environ)
    env.setdefault("ATTACHE_CORS_ORIGINS", DEV_ORIGINS)
    procs: dict[str, subprocess.Popen[bytes]] = {}
    with contextlib.ExitStack() as stack:
        separate_worker = choose_broker(stack, env)
        database = env.get("ATTACHE_DATABASE_URL") or env.get("DATABASE_URL")
        log(f"database: {database or 'sqlite:///./var/attache.db (default)'}")
        log(f"CORS:     {env['ATTACHE_CORS_ORIGINS'] or 'no origin'} (ATTACHE_CORS_ORIGINS)")
        migrated = subprocess.run([PYTHON, "-m", "attache.migrate"], env=env, check=False)
        if migrated.returncode != 0:
            log("migrations failed; not starting the API")
            return migrated.returncode
        if not separate_worker:
            return serve_in_one_process(env, args.host, args.port)
        # -B runs beat alongside, for the periodic sweep of stuck articles.
        celery = ["-A", "attache_worker.celery_app:app", "worker", "-l", "INFO", "-B"]
        celery += ["-s", str(servers.VAR / "celerybeat-schedule")]
        uvicorn = ["attache_api.app:app", "--host", args.host, "--port", args.port]
        try:
            procs["worker"] = start("worker", [PYTHON, "-m", "celery", *celery], env)
            procs["api"] = start("api", [PYTHON, "-m", "uvicorn", *uvicorn], env)
            log(f"explorer: http://{args.host}:{args.port}/   GraphiQL: /graphql in a browser")
            log(f"API:      http://{args.host}:{args.port}/  (GET /healthz, POST /v1/articles,")
            log("          POST /graphql, GET /openapi.json); Ctrl-C stops everything")
            return supervise(procs)
        finally:
            for name in ("api", "worker"):
                if name in procs:
                    stop(name, procs[name])
    return 1  # only if ExitStack swallowed an exception, which ours never does


if __name__ == "__main__":
    sys.exit(main())
