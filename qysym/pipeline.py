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
          base_url: str | None = None, *, refetch: bool = False,
          editions: list[str] | None = None,
          scrapy_settings: dict[str, str] | None = None) -> CrawlResult:
    """Crawl one outlet for [since, until] in a fresh process (Twisted's reactor cannot restart).

    Article pages already in the raw archive are answered from it unless ``refetch``.
    """
    if outlet not in OUTLETS:
        raise QysymError(f"unknown outlet {outlet!r}: choose one of {', '.join(OUTLETS)}")
    if since > until:
        raise QysymError(f"--since {since} is after --until {until}")
    run_id = run_id_for(since, until)
    command = [
        str(BIN / "python"), "-m", "scrapy", "crawl", outlet,
        "-a", f"since={since:%Y-%m-%d}", "-a", f"until={until:%Y-%m-%d}", "-a", f"run_id={run_id}",
    ]
    if editions:
        unknown = sorted(set(editions) - set(OUTLETS[outlet]))
        if unknown:
            raise QysymError(f"{outlet} has no edition(s) {', '.join(unknown)}: "
                             f"choose from {', '.join(OUTLETS[outlet])}")
        command += ["-a", f"editions={','.join(editions)}"]
    if base_url:
        command += ["-s", f"QYSYM_BASE_URL={base_url}"]
    if refetch:
        command += ["-s", "QYSYM_REFETCH=1"]
    for name, value in (scrapy_settings or {}).items():
        command += ["-s", f"{name}={value}"]
    _say(f"crawling {outlet} {since}..{until}" + (f" via {base_url}" if base_url else "")
         + (" (refetching archived pages)" if refetch else ""))
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
    if report:
        _say(crawl_summary(report))
    return CrawlResult(outlet, batch, report)


def crawl_summary(report: dict) -> str:
    """One line a human can read: the accounting and where fields came from."""
    counts = report.get("counts", {})
    failed = ", ".join(f"{k} {v}" for k, v in report.get("failed", {}).items()) or "none"
    archive = report.get("archive", {})
    layers = report.get("layers", {})

    def fallback(name: str) -> str:
        shares = layers.get(name)
        if not shares:
            return "-"
        return f"{round(100 * (1 - shares.get('selectors', 0)))}%"

    return (
        f"{report.get('outlet')} {report.get('status')}: discovered {counts.get('discovered', 0)} = "
        f"parsed {counts.get('parsed', 0)} + failed {counts.get('failed', 0)} + skipped "
        f"{counts.get('skipped', 0)}{'' if report.get('reconciles', True) else ' (DOES NOT RECONCILE)'}"
        f"; failures: {failed}; from archive {archive.get('served', 0)}, fetched "
        f"{archive.get('written', 0)}; fallback share: titles {fallback('title')}, bodies "
        f"{fallback('body')}, dates {fallback('published_at')}"
    )


def reparse(settings: Settings, outlets: list[str] | None = None,
            run_id: str | None = None) -> list:
    """Rebuild landed batches from the raw archive (no network): ``qysym reparse``."""
    from scrapers.reparse import reparse as reparse_archive

    for outlet in outlets or []:
        if outlet not in OUTLETS:
            raise QysymError(f"unknown outlet {outlet!r}: choose one of {', '.join(OUTLETS)}")
    results = reparse_archive(settings.data_dir, outlets or None, run_id, progress=_say)
    if not results:
        where = settings.archive_dir
        raise QysymError(f"nothing archived to re-parse under {where}"
                         + (f" for run {run_id}" if run_id else "") + ": crawl first")
    pages = sum(r.pages for r in results)
    seconds = sum(r.seconds for r in results)
    _say(f"re-parsed {pages} archived pages of {len(results)} runs in {seconds:.1f} s "
         f"({pages / seconds if seconds else 0:.0f} pages/s)")
    return results


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


def dbt_command(settings: Settings, *args: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of real dbt on models/, for the settings' warehouse."""
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    project = settings.dbt_project_dir
    command = [str(BIN / "dbt"), *args, "--project-dir", str(project), "--profiles-dir", str(project)]
    env = tool_env(settings)
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    env.setdefault("DBT_LOG_PATH", str(settings.data_dir / "logs" / "dbt"))
    env.setdefault("DBT_TARGET_PATH", str(settings.data_dir / "dbt_target"))
    return command, env


def dbt(settings: Settings, *args: str) -> None:
    """Run real dbt on the project in models/, against the warehouse file from settings."""
    command, env = dbt_command(settings, *args)
    _say("dbt " + " ".join(args))
    proc = subprocess.run(command, env=env, cwd=settings.dbt_project_dir, check=False)
    if proc.returncode != 0:
        raise QysymError(f"dbt {' '.join(args)} failed (exit {proc.returncode}); see dbt's output above")


def model_fingerprint(settings: Settings) -> str:
    """A hash of everything that decides how articles are classified and aggregated: the dbt
    project's models, macros, seeds (the lexicon, the gazetteer ...) and variables."""
    import hashlib

    project = settings.dbt_project_dir
    digest = hashlib.sha256()
    files = [project / "dbt_project.yml"]
    for folder, pattern in (("models", "*.sql"), ("models", "*.py"), ("macros", "*.sql"),
                            ("seeds", "*.csv")):
        files.extend(sorted((project / folder).rglob(pattern)))
    for path in files:
        digest.update(str(path.relative_to(project)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build(settings: Settings) -> warehouse.Published:
    """Landing gate, dbt build (models + tests), publish: the warehouse half of the pipeline.

    Builds are incremental (only new or rewritten batches are processed), except when the
    models or seeds changed since the last build (a lexicon edit, say): then every article is
    classified again (--full-refresh), so no indicator mixes articles labelled by two rule sets.
    """
    gate = validate_landing(settings)
    if not gate["passed"]:
        raise QysymError("no landed batch passed the landing gate; nothing to build (see data/validation/)")
    stamp = settings.warehouse_dir / "model_fingerprint.txt"
    fingerprint = model_fingerprint(settings)
    previous = stamp.read_text(encoding="utf-8").strip() if stamp.exists() else None
    if previous is not None and previous != fingerprint and settings.warehouse_path.exists():
        _say("the dbt models or seeds changed since the last build: rebuilding every article "
             "(dbt build --full-refresh) so all are classified by the same rules")
        dbt(settings, "build", "--full-refresh")
    else:
        dbt(settings, "build")
    stamp.write_text(fingerprint + "\n", encoding="utf-8")
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
