"""One live progress line for a long step, drawn from a child process's progress records.

On a terminal the line is a rich progress bar that redraws in place (articles done of those
discovered, failures, rate, time left); on a pipe or a log file (Airflow, CI, ``| tee``) it is a
plain line at most every ``every`` seconds and once at the end, so a log never fills with
redraws. Anything else the child says that deserves a human's eye (a warning, an error) is
printed above the line; the child's whole output is in its log file either way.
"""

from __future__ import annotations

import json
import sys
import time
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

# What a child's progress record starts with; JSON counts follow (scrapers/progress.py writes it).
PREFIX = "qysym-progress "


class ProgressLine:
    def __init__(self, label: str, out: TextIO | None = None, every: float = 30.0,
                 live: bool | None = None):
        self.label = label
        self.out = out or sys.stderr
        self.every = every
        self.live = self.out.isatty() if live is None else live
        self.counts: dict[str, int] = {}
        self.started = time.monotonic()
        self.printed = self.started
        self._bar: Progress | None = None
        self._task = None

    def __enter__(self) -> ProgressLine:
        if self.live:
            self._bar = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("articles · {task.fields[detail]}"), TimeRemainingColumn(),
                console=Console(file=self.out), transient=False)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None, detail="starting")
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
        else:
            self._plain(final=True)

    def feed(self, line: str) -> bool:
        """Take a progress record (True: it is consumed, not echoed); other lines are not ours."""
        at = line.find(PREFIX)
        if at < 0:
            return False
        try:
            self.counts = json.loads(line[at + len(PREFIX):])
        except ValueError:
            return False
        if self._bar is not None:
            self._bar.update(self._task, completed=self.counts.get("done", 0),
                             total=self.counts.get("discovered") or None, detail=self.detail())
        elif time.monotonic() - self.printed >= self.every:
            self._plain()
        return True

    def write(self, text: str) -> None:
        """Print a line of the child's above the progress line."""
        if self._bar is not None:
            self._bar.console.print(text.rstrip("\n"), markup=False, highlight=False)
        else:
            self.out.write(text)
            self.out.flush()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.counts.get("done", 0) / elapsed if elapsed > 0 else 0.0

    def detail(self) -> str:
        c = self.counts
        return (f"{c.get('failed', 0)} failed, {c.get('skipped', 0)} skipped · "
                f"{c.get('pages', 0)} pages · {self.rate():.1f}/s")

    def summary(self, final: bool = False) -> str:
        c = self.counts
        done, found = c.get("done", 0), c.get("discovered", 0)
        elapsed = time.monotonic() - self.started
        if final:
            when = f"in {elapsed:.0f} s"
        else:
            rate = self.rate()
            when = (f"about {(found - done) / rate:.0f} s left" if rate > 0 and found > done
                    else "time left unknown")
        return f"{self.label}: {done}/{found} articles done · {self.detail()} · {when}"

    def _plain(self, final: bool = False) -> None:
        if not self.counts:
            return
        self.out.write(f"[qysym] {self.summary(final)}\n")
        self.out.flush()
        self.printed = time.monotonic()
