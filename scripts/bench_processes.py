"""Processes the benchmark starts, and what /proc says about them (psutil is not installed)."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from servers import ROOT, free_port


@dataclass
class Process:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def tree(self) -> list[int]:
        """This process and its descendants (a Celery worker's pool children)."""
        return [self.pid, *descendants(self.pid)]

    def peak_rss_mib(self) -> float:
        """The largest peak resident set among the tree: the process that holds the model."""
        return max((peak_rss_kib(pid) for pid in self.tree()), default=0) / 1024

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()  # uvicorn and Celery both shut down gracefully on SIGTERM
            try:
                self.popen.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()

    def fail(self, why: str) -> RuntimeError:
        tail = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
        return RuntimeError(f"{self.name} {why}; {self.log} ends with:\n{tail}")


def start(name: str, args: list[str], env: dict[str, str], log_dir: Path) -> Process:
    log = log_dir / f"{name}.log"
    with log.open("wb") as out:  # the child keeps its own copy of the descriptor
        popen = subprocess.Popen(
            [sys.executable, *args], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    return Process(name, popen, log)


def start_uvicorn(name: str, app: str, env: dict[str, str], log_dir: Path) -> tuple[Process, str]:
    port = free_port()
    args = ["-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port)]
    args += ["--log-level", "warning", "--no-access-log", "--app-dir", str(ROOT / "scripts")]
    # A client's connection may wait longer than uvicorn's default 5 s between two requests
    # while 49 others are served; closing it then fails the next request (a ReadError).
    args += ["--timeout-keep-alive", "120"]
    return start(name, args, env, log_dir), f"http://127.0.0.1:{port}"


def wait_http(process: Process, url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.popen.poll() is not None:
            raise process.fail("exited early")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise process.fail(f"did not answer {url} in {timeout}s")


def wait_log(process: Process, needle: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while needle not in process.log.read_text(errors="replace"):
        if process.popen.poll() is not None or time.monotonic() > deadline:
            raise process.fail(f"never logged {needle!r}")
        time.sleep(0.2)


def wait_idle(processes: list[Process], quiet: float = 1.0, timeout: float = 120) -> None:
    """Until none of the processes used CPU for `quiet` seconds: start-up (the model) is over."""
    deadline = time.monotonic() + timeout
    before = cpu_ticks(processes)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = cpu_ticks(processes)
        if now - before <= 1:
            return
        before = now
    raise processes[0].fail("kept busy")


def cpu_ticks(processes: list[Process]) -> int:
    return sum(_stat_ticks(pid) for p in processes for pid in p.tree())


def _stat_ticks(pid: int) -> int:
    fields = _stat_fields(pid)
    return int(fields[11]) + int(fields[12]) if fields else 0  # utime, stime


def _stat_fields(pid: int) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name, which may hold spaces."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return raw.rsplit(")", 1)[1].split()


def descendants(pid: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields:
                parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found += children
        todo += children
    return found


def peak_rss_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
