"""One live progress line for a long step, drawn from a child process's progress records.

On a terminal the line is a rich progress bar that redraws in place (work done of the work known,
failures, rate, time left); on a pipe or a log file (Airflow, CI, ``| tee``) it is a plain line at
most every ``every`` seconds and once at the end, so a log never fills with redraws. Anything else
the child says that deserves a human's eye (a warning, an error) is printed above the line; the
child's whole output is in its log file either way.

:class:`ProgressLine` reads a crawl's records (scrapers/progress.py: articles); :class:`DbtProgress`
reads dbt's own node lines ("181 of 342 START ...", "... OK created ...": models and tests).
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

# What a child's progress record starts with; JSON counts follow (scrapers/progress.py writes it).
PREFIX = "qysym-progress "


class ProgressLine:
    unit = "articles"
    # whether done/total predicts the time left (articles take alike; dbt's nodes do not)
    estimates_time_left = True

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
                TextColumn(f"{self.unit} · {{task.fields[detail]}}"),
                TimeRemainingColumn() if self.estimates_time_left else TimeElapsedColumn(),
                console=Console(file=self.out), transient=False)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None, detail="starting")
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
        else:
            self._plain(final=True)

    def parse(self, line: str) -> dict | None:
        """The counts a line carries (done, discovered, failed ...), or None when it is not a
        progress record."""
        at = line.find(PREFIX)
        if at < 0:
            return None
        try:
            return json.loads(line[at + len(PREFIX):])
        except ValueError:
            return None

    def feed(self, line: str) -> bool:
        """Take a progress record (True: it is consumed, not echoed); other lines are not ours."""
        counts = self.parse(line)
        if counts is None:
            return False
        self.counts = counts
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
        elif not self.estimates_time_left:
            when = f"{elapsed:.0f} s so far"
        else:
            rate = self.rate()
            when = (f"about {(found - done) / rate:.0f} s left" if rate > 0 and found > done
                    else "time left unknown")
        return f"{self.label}: {done}/{found} {self.unit} done · {self.detail()} · {when}"

    def _plain(self, final: bool = False) -> None:
        if not self.counts:
            return
        self.out.write(f"[qysym] {self.summary(final)}\n")
        self.out.flush()
        self.printed = time.monotonic()


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# "  181 of 342 START sql incremental model intermediate.int_lexicon_hits ..... [RUN]"
_DBT_NODE = re.compile(r"\b(\d+) of (\d+) (START|OK|PASS|WARN|FAIL|ERROR|SKIP|NO-OP)\b\s*(.*)")
_DBT_NAME = re.compile(r"(\S+?)\s*\.{2,}|(\S+)\s*$")


class DbtProgress(ProgressLine):
    """dbt's node lines as one line: nodes finished of the nodes to run, failures, warnings,
    and the node (model or test) started last."""

    unit = "nodes"
    estimates_time_left = False

    def __init__(self, label: str, out: TextIO | None = None, every: float = 30.0,
                 live: bool | None = None):
        super().__init__(label, out, every, live)
        self._finished = self._failed = self._warned = 0
        self._current = ""

    def parse(self, line: str) -> dict | None:
        match = _DBT_NODE.search(_ANSI.sub("", line))
        if match is None:
            return None
        total, status, rest = int(match[2]), match[3], match[4]
        if status == "START":
            name = _DBT_NAME.search(rest)
            words = (name[1] or name[2] or "").split() if name else []
            self._current = words[-1] if words else rest[:60]
        else:
            self._finished += 1
            self._failed += status in ("FAIL", "ERROR")
            self._warned += status == "WARN"
            if status in ("FAIL", "ERROR", "WARN"):  # worth a human's eye: above the line
                self.write(line if line.endswith("\n") else line + "\n")
        return {"done": self._finished, "discovered": total, "failed": self._failed,
                "warned": self._warned, "current": self._current}

    def write(self, text: str) -> None:
        super().write(_ANSI.sub("", text))  # dbt colours its terminal output; logs keep them

    def detail(self) -> str:
        c = self.counts
        return (f"{c.get('failed', 0)} failed, {c.get('warned', 0)} warned · "
                f"last started: {c.get('current') or '-'}")
