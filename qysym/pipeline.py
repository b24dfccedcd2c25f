"""The pipeline's steps as plain functions: Airflow tasks and CLI commands both call these.

crawl (Scrapy, in its own process) → landing gate (GX, per batch; failures quarantined) →
dbt build (DuckDB) → publish (atomic snapshot + Parquet) → summary.
Every step is keyed by its inputs (outlet and date interval), so a rerun rewrites the same files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qysym import warehouse
from qysym.contract import OUTLETS
from qysym.settings import Settings, tool_env
from qysym.warehouse import QysymError

BIN = Path(sys.executable).parent


def _say(message: str) -> None:
    print(f"[qysym] {message}", flush=True)


def run_id_for(since: date, until: date) -> str:
    """Runs are keyed by their interval, so a rerun of the same interval replaces its batch."""
    return f"crawl_{since:%Y%m%d}_{until:%Y%m%d}"


@dataclass(frozen=True)
class CrawlResult:
    outlet: str
    batch: Path
    report: dict


def crawl(settings: Settings, outlet: str, since: date, until: date,
          base_url: str | None = None) -> CrawlResult:
    """Crawl one outlet for [since, until] in a fresh process (Twisted's reactor cannot restart)."""
    if outlet not in OUTLETS:
        raise QysymError(f"unknown outlet {outlet!r}: choose one of {', '.join(OUTLETS)}")
    if since > until:
        raise QysymError(f"--since {since} is after --until {until}")
    run_id = run_id_for(since, until)
    command = [
        str(BIN / "python"), "-m", "scrapy", "crawl", outlet,
        "-a", f"since={since:%Y-%m-%d}", "-a", f"until={until:%Y-%m-%d}", "-a", f"run_id={run_id}",
    ]
    if base_url:
        command += ["-s", f"QYSYM_BASE_URL={base_url}"]
    _say(f"crawling {outlet} {since}..{until}" + (f" via {base_url}" if base_url else ""))
    proc = subprocess.run(command, env=tool_env(settings), cwd=settings.dbt_project_dir.parent,
                          check=False)
    if proc.returncode != 0:
        raise QysymError(f"the {outlet} crawl failed (exit {proc.returncode}); see the Scrapy log above")
    folder = settings.landing_dir / f"outlet={outlet}" / f"date={since:%Y-%m-%d}"
    batch = folder / f"{run_id}.jsonl"
    report_path = folder / f"{run_id}.report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    if not batch.exists():
        raise QysymError(f"the {outlet} crawl landed no batch at {batch}")
    _say(f"{outlet}: landed {sum(1 for _ in batch.open(encoding='utf-8'))} article versions in {batch}")
    return CrawlResult(outlet, batch, report)


def landed_batches(settings: Settings) -> list[tuple[str, Path]]:
    found = []
    for outlet in OUTLETS:
        for path in sorted((settings.landing_dir / f"outlet={outlet}").glob("date=*/*.jsonl")):
            found.append((outlet, path))
    return found


def validate_landing(settings: Settings) -> dict:
    """Run the landing gate on every batch; move failing batches (and their report) to quarantine."""
    from expectations.landing import validate_batch

    passed, quarantined = [], []
    for outlet, path in landed_batches(settings):
        verdict = validate_batch(path, outlet)
        relative = path.relative_to(settings.landing_dir)
        record = settings.validation_dir / relative.with_suffix(".validation.json")
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(verdict.to_json(), ensure_ascii=False, indent=2, default=str),
                          encoding="utf-8")
        if verdict.success:
            passed.append(str(relative))
            continue
        target = settings.quarantine_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), target)
        shutil.copy(record, target.with_suffix(".validation.json"))
        first = verdict.failures[0]
        _say(f"QUARANTINED {relative}: {first['expectation']} failed (observed {first.get('observed')}); "
             f"moved to {target}")
        quarantined.append(str(relative))
    _say(f"landing gate: {len(passed)} batches passed, {len(quarantined)} quarantined")
    return {"passed": passed, "quarantined": quarantined}


def dbt(settings: Settings, *args: str) -> None:
    """Run real dbt on the project in models/, against the warehouse file from settings."""
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    project = settings.dbt_project_dir
    command = [str(BIN / "dbt"), *args, "--project-dir", str(project), "--profiles-dir", str(project)]
    env = tool_env(settings)
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    env.setdefault("DBT_LOG_PATH", str(settings.data_dir / "logs" / "dbt"))
    env.setdefault("DBT_TARGET_PATH", str(settings.data_dir / "dbt_target"))
    _say("dbt " + " ".join(args))
    proc = subprocess.run(command, env=env, cwd=project, check=False)
    if proc.returncode != 0:
        raise QysymError(f"dbt {' '.join(args)} failed (exit {proc.returncode}); see dbt's output above")


def build(settings: Settings) -> warehouse.Published:
    """Landing gate, dbt build (models + tests), publish: the warehouse half of the pipeline."""
    gate = validate_landing(settings)
    if not gate["passed"]:
        raise QysymError("no landed batch passed the landing gate; nothing to build (see data/validation/)")
    dbt(settings, "build")
    published = publish(settings)
    return published


def publish(settings: Settings) -> warehouse.Published:
    published = warehouse.publish(settings)
    _say(f"published {len(published.tables)} tables to {published.path}")
    return published


def summary(settings: Settings) -> str:
    """The short indicator summary the demo ends with, read from the published snapshot."""
    per_outlet = warehouse.query(settings, "select * from outlet_summary order by outlet, lang")
    per_category = warehouse.query(settings, "select * from category_summary order by category")
    lines = ["Articles collected (published snapshot):"]
    lines.append(warehouse.format_result(per_outlet, "table"))
    lines.append("")
    lines.append("Pressure articles by category:")
    lines.append(warehouse.format_result(per_category, "table"))
    lines.append("")
    lines.append(f"Warehouse: {settings.warehouse_path}")
    lines.append(f"Snapshot:  {settings.serving_path}  (query it with `qysym sql \"...\"`)")
    lines.append(f"Exports:   {settings.exports_dir}")
    return "\n".join(lines)
