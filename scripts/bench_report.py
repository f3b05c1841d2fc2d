"""The benchmark's figures, each beside its baseline and target, as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench_api import BARE, CLIENTS, PAGE_OF_50, PAGE_OF_50_EXECUTED, Load
from bench_extraction import LengthPoint, Throughput
from bench_recovery import POOL, Recovery
from bench_service import ServiceRun

from attache.settings import Settings

EXTRACT_TARGET, SERVICE_TARGET, SPEEDUP_TARGET = 0.8, 0.7, 1.6
RECOVERY_TARGET_SECONDS = 60.0

# The GraphQL page and the bare app before the page was made faster (issue 10): make bench of
# 2026-11-28, in docs/benchmarks.md of that day. Target: twice the rate, and twice the share of
# the bare app's rate, which holds on a machine faster or slower than that one.
PAGE_BEFORE_PER_SECOND = 15.0
BARE_BEFORE_PER_SECOND = 1924.0
PAGE_SPEEDUP_TARGET = 2.0

INTRO = """\
# Benchmarks

Written by `make bench` (`scripts/bench.py`); every figure below comes from the one run
described here, each beside the baseline measured in that same run. Rerun it on your machine
rather than comparing with these numbers.

- **Corpus**: the six `seeds/` articles and generated wire-style articles
  (`scripts/bench_corpus.py`: our own templates and fact tables, seeded, 150–600 words each).
- **Extraction**: `extract_many` against the bare model's `nlp.pipe` (`spacy.load` as shipped),
  same texts, same batch size, in one process; the two sides' runs alternate, and each side's
  best counts.
- **Service**: the corpus `POST`ed to `/v1/articles` by 8 clients to uvicorn, processed by 1, 2
  and 3 Celery worker processes of concurrency 1 over Redis into a fresh PostgreSQL database
  each time; the clock runs from the first submission to the last article's final status, once
  the workers have loaded the model. Compared with the bare model's time for the same texts, in
  one process.
- **API**: {clients} concurrent clients (httpx, loopback, one connection each), a bounded number of
  requests; the bare Starlette app runs in its own uvicorn process, measured in the same run.
  POSTs submit new texts (no worker runs meanwhile, so jobs just queue). The GraphQL page is 50
  actors with up to 10 initiatives each, their participants and those participants' names,
  asked again and again of a quiet graph: the API serves it from its kept answers after the
  first. "Nothing kept" is the same page from an API started with
  `ATTACHE_GRAPHQL_CACHE_SECONDS=0`, which executes every request against the database.
- **Memory**: peak resident set (`VmHWM` in `/proc/<pid>/status`) of the worker's pool process
  and of the API process after the load above.
- **Recovery**: part of the corpus submitted to one worker of {pool} pool processes with the
  default settings; once both pool processes are mid-batch, SIGKILL to the two of them, or to
  the whole worker (then a new one is started at once). The clock runs from the kill, and from
  the new worker's start, to the last article's final status.
"""


@dataclass
class Report:
    machine: dict[str, str]
    batch_size: int
    quick: bool = False
    throughput: Throughput | None = None
    lengths: list[LengthPoint] = field(default_factory=list)
    service: list[ServiceRun] = field(default_factory=list)
    loads: list[Load] = field(default_factory=list)
    statements: dict[int, tuple[int, int]] = field(default_factory=dict)
    api_peak_mib: float = 0.0
    recoveries: list[Recovery] = field(default_factory=list)
    when: datetime = field(default_factory=lambda: datetime.now(UTC))

    def markdown(self) -> str:
        parts = [
            self._machine(),
            self._extraction(),
            self._lengths(),
            self._service(),
            self._api(),
            self._memory(),
            self._recovery(),
        ]
        return "\n".join(p for p in parts if p)

    def _machine(self) -> str:
        run = "`make bench` --quick" if self.quick else "`make bench`"
        rows = [("Run", f"{run}, {self.when:%Y-%m-%d %H:%M} UTC")]
        rows += [*self.machine.items(), ("Model batch size", str(self.batch_size))]
        return "## Machine\n\n" + _table(["", ""], rows)

    def _extraction(self) -> str:
        t = self.throughput
        if t is None:
            return ""
        rows = [
            ("extract_many", _rate(t.articles, t.extract_seconds), _secs(t.extract_seconds)),
            ("bare nlp.pipe", _rate(t.articles, t.raw_seconds), _secs(t.raw_seconds)),
        ]
        verdict = _verdict("Throughput ratio", t.ratio, EXTRACT_TARGET)
        return (
            f"## Extraction ({t.articles} articles)\n\n"
            + _table(["", "articles/s", "time"], rows)
            + f"\n{verdict}\n"
        )

    def _lengths(self) -> str:
        if not self.lengths:
            return ""
        base = self.lengths[0]
        rows = [
            (
                f"{p.times}×",
                f"{p.chars:,}",
                _per_char(p.raw_seconds, p.chars),
                _per_char(p.extract_seconds, p.chars),
                _per_char(p.post_seconds, p.chars),
                f"{(p.extract_seconds / p.chars) / (base.extract_seconds / base.chars):.2f}",
            )
            for p in self.lengths
        ]
        headers = ["length", "chars", "model µs/char", "extract µs/char", "post µs/char",
                   "extract µs/char vs 1×"]  # fmt: skip
        note = (
            "Each article alone, joined to itself 4 and 16 times. Post-processing is extract "
            "minus model time. Linear means µs/char stays flat: the last column near 1 or below.\n"
        )
        return "## Linearity in text length\n\n" + _table(headers, rows) + "\n" + note

    def _service(self) -> str:
        if not self.service or self.throughput is None:
            return ""
        raw_rate = self.throughput.articles / self.throughput.raw_seconds
        one = self.service[0]
        rows = [
            (
                f"{run.workers} worker{'s' if run.workers > 1 else ''}",
                _rate(run.articles, run.seconds),
                f"{one.seconds / run.seconds:.2f}×",
                _secs(run.seconds),
                str(run.failed),
            )
            for run in self.service
        ]
        rows.append(("bare nlp.pipe", f"{raw_rate:.1f}", "", "", ""))
        lines = [_verdict("One worker vs bare model", one.articles / one.seconds / raw_rate,
                          SERVICE_TARGET)]  # fmt: skip
        if len(self.service) > 1:
            speedup = one.seconds / self.service[1].seconds
            lines.append(_verdict("Two workers vs one", speedup, SPEEDUP_TARGET, "×"))
        if len(self.service) > 2:
            speedup = one.seconds / self.service[2].seconds
            lines.append(f"- **Three workers vs one: {speedup:.2f}×** (no target: each worker "
                         "wants a core, and the API and the database share them)")  # fmt: skip
        return (
            f"## Through the service ({one.articles} articles)\n\n"
            + _table(["", "articles/s", "vs 1 worker", "until all done", "failed"], rows)
            + "\n"
            + "\n".join(lines)
            + "\n"
        )

    def _api(self) -> str:
        if not self.loads:
            return ""
        rows = [
            (
                load.name,
                f"{load.per_second:,.0f}",
                f"{load.percentile_ms(50):.1f}",
                f"{load.percentile_ms(99):.1f}",
                f"{load.requests:,}",
                str(load.errors),
            )
            for load in self.loads
        ]
        headers = ["endpoint", "requests/s", "p50 ms", "p99 ms", "requests", "errors"]
        text = f"## API under {CLIENTS} concurrent clients\n\n" + _table(headers, rows)
        text += self._page_verdicts()
        if self.statements:
            counts = [
                (f"page of {first}", str(actors), str(statements))
                for first, (statements, actors) in self.statements.items()
            ]
            text += "\nSQL statements per GraphQL page (the same query at two sizes):\n\n"
            text += _table(["", "actors returned", "SQL statements"], counts)
        return text

    def _page_verdicts(self) -> str:
        by_name = {load.name: load for load in self.loads}
        bare = by_name.get(BARE)
        if bare is None:
            return ""
        share_before = PAGE_BEFORE_PER_SECOND / BARE_BEFORE_PER_SECOND
        lines = []
        for name, how in ((PAGE_OF_50, "answer kept"), (PAGE_OF_50_EXECUTED, "nothing kept")):
            page = by_name.get(name)
            if page is None:
                continue
            share = page.per_second / bare.per_second
            lines += [
                _verdict(f"GraphQL page ({how}) vs its 15/s before",
                         page.per_second / PAGE_BEFORE_PER_SECOND, PAGE_SPEEDUP_TARGET, "×"),
                _verdict(f"Its share of bare Starlette's rate vs before ({how})",
                         share / share_before, PAGE_SPEEDUP_TARGET, "×"),
            ]  # fmt: skip
        return "\n" + "\n".join(lines) + "\n" if lines else ""

    def _memory(self) -> str:
        rows = [
            (f"worker pool process, {run.workers} worker run", f"{run.worker_peak_mib:.0f}")
            for run in self.service
        ]
        if self.api_peak_mib:
            rows.append(("API process, after the API load", f"{self.api_peak_mib:.0f}"))
        return "## Peak memory\n\n" + _table(["process", "peak RSS MiB"], rows) if rows else ""

    def _recovery(self) -> str:
        if not self.recoveries:
            return ""
        rows = [
            (
                run.killed,
                str(run.in_flight),
                _secs(run.handed_back),
                _secs(run.all_done),
                _secs(run.from_restart) if run.from_restart is not None else "",
                str(run.failed),
            )
            for run in self.recoveries
        ]
        headers = ["SIGKILL mid-batch to", "articles in flight", "handed back after",
                   "all done after", "all done after the new worker's start",
                   "failed"]  # fmt: skip
        lease = Settings.model_fields["lease_seconds"].default
        lines = [
            _verdict_at_most(f"{run.killed}: all done", run.all_done, RECOVERY_TARGET_SECONDS)
            for run in self.recoveries
        ]
        note = (
            f"Times from the kill. Lease and Redis visibility timeout: {lease} s (the defaults). "
            "All done includes the rest of the queue; the articles handed back are read one at "
            "a time (an article whose claim died is processed alone).\n"
        )
        return (
            f"## Recovery from a killed worker ({self.recoveries[0].articles} articles)\n\n"
            + _table(headers, rows)
            + "\n"
            + note
            + "\n"
            + "\n".join(lines)
            + "\n"
        )


def write_markdown(path: Path, report: Report) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(INTRO.format(clients=CLIENTS, pool=POOL) + "\n" + report.markdown())


def _table(headers: list[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _verdict(name: str, value: float, target: float, unit: str = "") -> str:
    mark = "meets" if value >= target else "MISSES"
    return f"- **{name}: {value:.2f}{unit}** (target ≥ {target}{unit}: {mark})"


def _verdict_at_most(name: str, seconds: float, target: float) -> str:
    mark = "meets" if seconds <= target else "MISSES"
    return f"- **{name} in {seconds:.1f} s** (target ≤ {target:.0f} s: {mark})"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f}"


def _secs(seconds: float) -> str:
    return f"{seconds:.1f} s"


def _per_char(seconds: float, chars: int) -> str:
    return f"{seconds / chars * 1e6:.2f}"
