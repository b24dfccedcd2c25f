"""Judge crawls against the sample mirror's ground truth: coverage, dates, bodies, accounting.

Used by the acceptance tests and by ``make bench``: crawl outlets over real HTTP (one Scrapy
process per outlet, in parallel), then compare what landed with ``ground_truth.jsonl``.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from pathlib import Path

from qysym import settings as settings_module
from qysym.contract import OUTLETS
from qysym.settings import tool_env

ROOT = Path(__file__).resolve().parent.parent
SIMILAR = 0.95


def normalise(text: str) -> str:
    """What "the same body" means: NFC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def similarity(extracted: str, truth: str) -> float:
    """Normalised similarity in [0, 1] (difflib's ratio over the normalised texts)."""
    a, b = normalise(extracted), normalise(truth)
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def crawl_outlets(
    data_dir: Path,
    base_url: str,
    since: date,
    until: date,
    outlets: tuple[str, ...] = tuple(OUTLETS),
    run_id: str | None = None,
    settings: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 1800,
) -> dict[str, dict]:
    """Crawl ``outlets`` at once (a process each) against ``base_url``; return their reports."""
    from scrapers.pipelines import new_run_id

    run_id = run_id or new_run_id(since, until)  # landing is append-only: a new id per run
    # the same child environment every tool gets (settings.tool_env), for this data directory
    environment = {**tool_env(dataclasses.replace(settings_module.load(), data_dir=data_dir)),
                   **(env or {})}
    environment.pop("QYSYM_BASE_URL", None)
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    procs = {}
    for outlet in outlets:
        command = [sys.executable, "-m", "scrapy", "crawl", outlet,
                   "-a", f"since={since}", "-a", f"until={until}", "-a", f"run_id={run_id}",
                   "-s", f"QYSYM_BASE_URL={base_url}", "-s", "LOG_LEVEL=INFO"]
        for name, value in (settings or {}).items():
            command += ["-s", f"{name}={value}"]
        log = (logs / f"{outlet}-{run_id}.log").open("w")
        procs[outlet] = (subprocess.Popen(command, env=environment, cwd=ROOT, stdout=log,
                                          stderr=subprocess.STDOUT), log)
    reports = {}
    for outlet, (proc, log) in procs.items():
        code = proc.wait(timeout=timeout)
        log.close()
        if code != 0:
            tail = (logs / f"{outlet}-{run_id}.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{outlet} crawl exited {code}:\n{tail}")
        folder = data_dir / "landing" / f"outlet={outlet}" / f"date={since}"
        reports[outlet] = json.loads((folder / f"{run_id}.report.json").read_text("utf-8"))
    return reports


def landed(data_dir: Path, outlet: str, since: date, run_id: str) -> list[dict]:
    path = data_dir / "landing" / f"outlet={outlet}" / f"date={since}" / f"{run_id}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def read_truth(mirror_dir: Path) -> list[dict]:
    path = mirror_dir / "ground_truth.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _minute(stamp: str) -> str:
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%dT%H:%M")


@dataclass
class Comparison:
    """Landed items against the ground truth of the same window."""

    expected: int = 0
    landed: int = 0
    missing: list[str] = field(default_factory=list)  # in truth, not landed
    missing_unreported: list[str] = field(default_factory=list)  # ...and in no failure list
    unexpected: list[str] = field(default_factory=list)  # landed, not in truth
    duplicates: list[str] = field(default_factory=list)  # landed more than once
    date_mismatches: list[str] = field(default_factory=list)
    body_scores: dict[str, float] = field(default_factory=dict)
    lang_mismatches: list[str] = field(default_factory=list)

    @property
    def similar_share(self) -> float:
        scores = list(self.body_scores.values())
        return sum(s >= SIMILAR for s in scores) / len(scores) if scores else 0.0

    def summary(self) -> dict:
        return {
            "expected": self.expected,
            "landed": self.landed,
            "missing": len(self.missing),
            "missing_unreported": len(self.missing_unreported),
            "unexpected": len(self.unexpected),
            "duplicates": len(self.duplicates),
            "date_mismatches": len(self.date_mismatches),
            "lang_mismatches": len(self.lang_mismatches),
            "bodies_similar_share": round(self.similar_share, 4),
        }


def compare(truth: list[dict], items: list[dict], reports: dict[str, dict] | None = None,
            window: tuple[date, date] | None = None) -> Comparison:
    """Compare landed ``items`` with the ``truth`` rows (of ``window``, local publication days)."""
    from scrapers.pages.dates import local_date

    def key(row: dict) -> str:
        return f"{row['outlet']}:{row['native_id']}"

    if window:
        truth = [t for t in truth
                 if window[0] <= local_date(datetime.fromisoformat(t["published_at"])) <= window[1]]
    by_key = {key(t): t for t in truth}
    counts = Counter(key(i) for i in items)
    reported = {
        f"{outlet}:{f.get('native_id')}"
        for outlet, report in (reports or {}).items() for f in report.get("failures", [])
    }
    result = Comparison(expected=len(by_key), landed=len(counts))
    result.duplicates = sorted(k for k, n in counts.items() if n > 1)
    result.missing = sorted(set(by_key) - set(counts))
    result.missing_unreported = [k for k in result.missing if k not in reported]
    result.unexpected = sorted(set(counts) - set(by_key))
    for item in items:
        row = by_key.get(key(item))
        if row is None:
            continue
        if _minute(item["published_at"]) != _minute(row["published_at"]):
            result.date_mismatches.append(key(item))
        if item["lang"] != row["lang"]:
            result.lang_mismatches.append(key(item))
        result.body_scores[key(item)] = similarity(item["body"], row["body"])
    return result
