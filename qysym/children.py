"""The tools qysym runs as child processes (Scrapy, dbt), and how their failures are told.

A child dies with qysym (even when qysym is killed with -9), its whole output goes to a log file
while the terminal gets its records without Python tracebacks, and a failure is named in one
phrase: the most common reason a crawl lost pages, or a full disk.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from qysym.settings import Settings


def _die_with_parent() -> None:
    """In a child process (dbt, Scrapy): be sent SIGTERM when qysym itself ends, even by kill -9,
    so that no orphan keeps writing to the warehouse or the landing folder."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def run_child(command: list[str], **kwargs) -> int:
    """Run a child process to its end (it dies with us, see _die_with_parent); its exit code."""
    with subprocess.Popen(command, preexec_fn=_die_with_parent, **kwargs) as child:
        try:
            return child.wait()
        except BaseException:
            child.terminate()
            raise


SCRAPY_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[^\]]+\] [A-Z]+: ")
# Scrapy's routine records: in the log file, not on the terminal beside a progress line
SCRAPY_ROUTINE = re.compile(r"^\S+ \S+ \[[^\]]+\] (DEBUG|INFO): ")
DBT_RECORD = re.compile(r"^(\x1b\[[0-9;]*m)*\d\d:\d\d:\d\d ")
# dbt's routine records: in the log file, not on the terminal beside its progress line
DBT_ROUTINE = re.compile(r"^(\x1b\[[0-9;]*m)*\d\d:\d\d:\d\d\s+(\x1b\[[0-9;]*m)*(Running with dbt|"
                         r"Registered adapter|Unable to do partial parsing|Found \d+ |Concurrency:|"
                         r"Finished running|Completed successfully|\s*$)")
_TRACEBACK = re.compile(r"^(Traceback \(most recent call last\):|--- Logging error ---)")


def run_logged_child(command: list[str], log_path: Path, record: re.Pattern, *,
                     records_only: bool, out=None, progress=None, quiet: re.Pattern | None = None,
                     **kwargs) -> int:
    """Run a child (as :func:`run_child`) whose whole output is appended to ``log_path``. The
    terminal (``out``, stderr by default) gets the child's lines but not Python tracebacks: a
    traceback is hidden up to the child's next log record (``record``); with ``records_only``,
    only the records' first lines (Scrapy's stats dumps are long). A failure's one-line cause
    is then not buried; the log keeps everything.

    With ``progress`` (a :class:`qysym.progress.ProgressLine`), the child's progress records
    feed its live line instead of being echoed, and records matching ``quiet`` (routine INFO)
    stay in the log only; what is still shown is printed above the line."""
    out = progress or out or sys.stderr
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("a", encoding="utf-8") as log, subprocess.Popen(
            command, preexec_fn=_die_with_parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, errors="replace", **kwargs) as child:
        try:
            hiding = False
            for line in child.stdout:
                log.write(line)
                if progress is not None and progress.feed(line):
                    continue
                is_record = bool(record.match(line))
                if _TRACEBACK.match(line):
                    hiding = True
                elif is_record:
                    hiding = False
                if hiding or (records_only and not is_record):
                    continue
                if is_record and quiet is not None and quiet.search(line):
                    continue
                out.write(line)
                if progress is None:
                    out.flush()
            return child.wait()
        except BaseException:
            child.terminate()
            raise


DISK_FULL_MARKERS = ("No space left on device", "[Errno 28]", "database or disk is full")


def disk_full(settings: Settings, log_path: Path | None = None, offset: int = 0,
              free_space: bool = True) -> str | None:
    """'the disk is full at <data dir>' when a child's log (from ``offset``: what this run wrote)
    says so (Scrapy logs the OSError and goes on), or, with ``free_space`` (the child failed),
    when the data directory's disk has almost no room left; else None."""
    import shutil

    said = False
    if log_path is not None and log_path.exists():
        with log_path.open(encoding="utf-8", errors="replace") as handle:
            handle.seek(offset)
            said = any(marker in line for line in handle for marker in DISK_FULL_MARKERS)
    try:
        free = shutil.disk_usage(settings.data_dir).free
    except OSError:
        free = None
    if said or (free_space and free is not None and free < 8 * 1024 * 1024):
        room = f" ({free // 1024} KiB free)" if free is not None else ""
        return f"the disk is full at {settings.data_dir}{room}"
    return None


_CAUSES = {
    "connection": "connection refused at {host}",
    "dns": "host {host} not found",
    "timeout": "timeouts at {host}",
    "dataloss": "connections cut mid-answer at {host}",
}


def failure_cause(report: dict, base_url: str | None = None) -> str:
    """One phrase naming why a crawl lost what it lost: the most common failure reason, with the
    address it happened at (``connection refused at 127.0.0.1:9``, ``48% HTTP 503``)."""
    from urllib.parse import urlsplit

    if not report:
        return "the crawl wrote no report (see its Scrapy log)"
    lost = [*report.get("discovery_failures", []), *report.get("failures", [])]
    reasons = Counter(f["reason"] for f in lost)
    if not reasons:
        for kind in ("discovery_failed", "failed"):
            reasons.update(report.get(kind, {}))
    if not reasons:
        if report.get("finish_reason") not in (None, "finished"):
            return f"the crawl stopped early ({report['finish_reason']})"
        return "the sites listed no article in the interval"
    reason, count = reasons.most_common(1)[0]
    url = next((f["url"] for f in lost if f["reason"] == reason), None) or base_url or ""
    if base_url and reason in _CAUSES:
        url = base_url  # the address connected to (pages keep the real sites' URLs)
    host = urlsplit(url).netloc or url or "the site"
    share = f"{count / sum(reasons.values()):.0%}"
    if reason in _CAUSES:
        cause = _CAUSES[reason].format(host=host)
    elif reason.startswith("http_"):
        cause = f"HTTP {reason[5:]} from {host}"
    elif reason.startswith("parse/"):
        cause = f"pages whose {reason[6:]} could not be parsed"
    else:
        cause = reason.replace("_", " ")
    return f"{cause} ({share} of {sum(reasons.values())} failures)" if len(reasons) > 1 else cause
