"""What `attache submit` shows on standard error: a progress bar with its counts, rate and ETA
(on a terminal only), a line for each article that went wrong, and a closing summary."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


@dataclass
class Tally:
    """What became of the inputs so far."""

    total: int
    wait: bool  # following articles to done or failed, not just until accepted
    new: int = 0
    already: int = 0  # the API had the text: nothing resubmitted
    rejected: int = 0  # unreadable, or refused by the API
    done: int = 0
    failed: int = 0

    @property
    def submitted(self) -> int:
        return self.new + self.already

    @property
    def settled(self) -> int:
        """Inputs this run has nothing more to do for."""
        return self.rejected + (self.done + self.failed if self.wait else self.submitted)

    @property
    def all_went_well(self) -> bool:
        return self.rejected == 0 and self.failed == 0

    def counts(self) -> str:
        parts = [f"submitted {self.submitted} ({self.already} already accepted)"]
        if self.wait:
            parts += [f"done {self.done}", f"failed {self.failed}"]
        return " · ".join([*parts, f"rejected {self.rejected}"])

    def summary(self) -> str:
        text = f"{self.total} article{'' if self.total == 1 else 's'}: {self.new} accepted"
        if self.already:
            text += f", {self.already} already accepted earlier (not submitted again)"
        if self.wait:
            text += f"; {self.done} done, {self.failed} failed"
        return text + f"; {self.rejected} rejected."


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "-/s", style="progress.data.speed")


class Display:
    """The bar while the run lasts; lines about single articles are printed above it."""

    def __init__(self, tally: Tally, console: Console | None = None) -> None:
        self.tally = tally
        self.console = console or Console(stderr=True)
        self.progress = Progress(
            TextColumn("[bold]submit"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            RateColumn(),
            TimeRemainingColumn(),
            console=self.console,
            disable=not self.console.is_terminal,
        )
        self.task = self.progress.add_task("submit", total=tally.total, counts=tally.counts())

    def __enter__(self) -> Display:
        self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.refresh()
        self.progress.stop()

    def note(self, line: str) -> None:
        """One line, whole, whatever the terminal's width; no markup read into it."""
        self.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)

    def refresh(self) -> None:
        self.progress.update(self.task, completed=self.tally.settled, counts=self.tally.counts())
