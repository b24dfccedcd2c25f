"""The pipeline's steps as plain functions: Airflow tasks and CLI commands both call these.

crawl (Scrapy, in its own process) → landing gate (GX, per batch; failures quarantined) →
dbt build (DuckDB) → warehouse gate (GX + dbt tests) → publish (atomic snapshot, Parquet,
serving database, HTML report) → summary. Quality outcomes land in quality.check_results and
the GX Data Docs.
Every step is keyed by its inputs (outlet and date interval), so a rerun rewrites the same files.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from qysym import warehouse
from qysym.children import (
    DBT_RECORD,
    DBT_ROUTINE,
    SCRAPY_RECORD,
    SCRAPY_ROUTINE,
    disk_full,
    failure_cause,
    run_logged_child,
)
from qysym.contract import OUTLETS
from qysym.settings import Settings, tool_env
from qysym.warehouse import QysymError

BIN = Path(sys.executable).parent


def _say(message: str) -> None:
    print(f"[qysym] {message}", flush=True)


@contextlib.contextmanager
def warehouse_lock(settings: Settings) -> Iterator[None]:
    """One writer of the warehouse and the landing gate at a time, per data directory.

    A second build (the CLI, or an Airflow task while a CLI build runs) stops at once with the
    holder's pid instead of failing later inside dbt on DuckDB's file lock. The lock is the
    kernel's (flock): a killed holder releases it; ``build.lock`` itself only names the last pid.
    """
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    handle = (settings.data_dir / "build.lock").open("a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise QysymError(f"another build is running (pid {holder}) on {settings.data_dir}: "
                             "wait for it to end, then rerun") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # releases the lock


def run_id_for(since: date, until: date) -> str:
    """A new run id for a crawl of [since, until]: its own batch and report, which no later run
    replaces (landing is append-only; the warehouse takes the union of every batch)."""
    from scrapers.pipelines import new_run_id

    return new_run_id(since, until)


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
    log_path = settings.data_dir / "logs" / "crawl" / f"{outlet}-{run_id}.log"
    from qysym.progress import ProgressLine  # rich: only when crawling

    with ProgressLine(f"{outlet} {since}..{until}") as line:
        returncode = run_logged_child(command, log_path, SCRAPY_RECORD, records_only=True,
                                      progress=line, quiet=SCRAPY_ROUTINE,
                                      env=tool_env(settings), cwd=settings.dbt_project_dir.parent)
    _say(f"the whole Scrapy log: {log_path}")
    landed = (settings.landing_dir / f"outlet={outlet}" / f"date={since:%Y-%m-%d}"
              / f"{run_id}.jsonl").exists()
    full = disk_full(settings, log_path, free_space=returncode != 0 or not landed)
    if full:
        raise QysymError(f"the {outlet} crawl stopped: {full}; what it fetched is archived and "
                         "earlier batches are untouched; free space, then rerun")
    if returncode != 0:
        raise QysymError(f"the {outlet} crawl failed (exit {returncode}); its last error is in "
                         f"{log_path}")
    folder = settings.landing_dir / f"outlet={outlet}" / f"date={since:%Y-%m-%d}"
    batch = folder / f"{run_id}.jsonl"
    report_path = folder / f"{run_id}.report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    if report:
        _say(crawl_summary(report))
    if not batch.exists():
        raise QysymError(f"the {outlet} crawl landed nothing: {failure_cause(report, base_url)}; "
                         f"earlier batches are untouched (report: {report_path})")
    _say(f"{outlet}: landed {sum(1 for _ in batch.open(encoding='utf-8'))} article versions in {batch}")
    counts = report.get("counts", {})
    discovered, failed = counts.get("discovered", 0), counts.get("failed", 0)
    if discovered and failed / discovered > settings.max_failed_share:
        raise QysymError(
            f"the {outlet} crawl lost {failed / discovered:.0%} of the {discovered} article pages "
            f"it found ({failure_cause(report, base_url)}), over QYSYM_MAX_FAILED_SHARE="
            f"{settings.max_failed_share:g}; the {counts.get('landed', 0)} it got are landed, marked "
            f"{report.get('status')}, in {batch}: rerun later to fetch the rest (archived pages are "
            "not fetched again)")
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
    """Every landed batch, registered outlets first: the warehouse reads every partition
    (landing/outlet=*/), so the gate sees them all; a batch of an outlet no longer registered
    fails its edition check and is quarantined rather than built unchecked."""
    partitions = sorted(settings.landing_dir.glob("outlet=*"),
                        key=lambda p: (p.name.removeprefix("outlet=") not in OUTLETS, p.name))
    return [(partition.name.removeprefix("outlet="), path) for partition in partitions
            for path in sorted(partition.glob("date=*/*.jsonl"))]


def validate_landing(settings: Settings, run=None, quarantine: bool = True,
                     revalidate: bool = False) -> dict:
    """Run the landing gate on every batch not validated before in its current form (every batch
    with ``revalidate``); move the batches with a blocking failure (and their report) to
    quarantine with their validation JSON, or only report them when ``quarantine`` is off."""
    from qysym import quality

    if run is None:
        with quality.recorded(settings) as own:
            return validate_landing(settings, own, quarantine, revalidate)
    quality.landing_gate(settings, run, landed_batches(settings), quarantine=quarantine,
                         revalidate=revalidate)
    return {"passed": run.passed, "quarantined": run.quarantined, "check_run": run.run_id,
            "data_docs": str(run.docs_index)}


GATES = ("landing", "warehouse")


def gates(settings: Settings, run, which: tuple[str, ...] = GATES, quarantine: bool = True,
          revalidate: bool = False) -> list:
    """The data-quality gates on what is there now, as a build runs them (``qysym check``):
    the landing gate on the landed batches, the warehouse gate on the built warehouse. Returns
    the failures that would stop a publish (``stopping``)."""
    from qysym import quality

    if "landing" in which:
        validate_landing(settings, run, quarantine, revalidate)
    if "warehouse" in which:
        if settings.warehouse_path.exists():
            quality.warehouse_gate(settings, run, run_results_path(settings))
        elif "landing" not in which:
            raise QysymError(f"no warehouse at {settings.warehouse_path}: run `qysym build` first")
        else:
            _say("no warehouse yet: only the landing gate ran (run `qysym build`)")
    return stopping(run, quarantined=quarantine)


def stopping(run, quarantined: bool = True) -> list:
    """The failures that stop a publish: the warehouse gate's blocking ones, and a landing
    failure only while its batch is still in landing (not quarantined), where a build reads it.
    A quarantined batch is left out of the build and named in the summary instead."""
    return [o for o in run.blocking_failures
            if o.gate == "warehouse" or (o.gate == "landing" and not quarantined)]


# dbt's unit tests check the models' SQL on fixed, hand-written inputs: their outcome changes only
# when the models or seeds do. So they run (and are recorded) when the rules are new to the
# warehouse, on its first build and on the full refresh after a change; a build under the same
# rules passes these arguments and skips them. Data tests run on every build.
SAME_RULES_BUILD_ARGS = ("--exclude-resource-type", "unit_test")


def dbt_command(settings: Settings, *args: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of real dbt on models/, for the settings' warehouse."""
    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    project = settings.dbt_project_dir
    command = [str(BIN / "dbt"), *args, "--project-dir", str(project), "--profiles-dir", str(project)]
    env = tool_env(settings)
    if args and args[0] == "build" and "--full-refresh" not in args:
        # the big incremental tables' tests check the rows this build writes (models/intermediate)
        env["QYSYM_TESTS_SINCE"] = datetime.now(UTC).isoformat()
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    env.setdefault("DBT_LOG_PATH", str(settings.data_dir / "logs" / "dbt"))
    env.setdefault("DBT_TARGET_PATH", str(settings.data_dir / "dbt_target"))
    return command, env


def dbt(settings: Settings, *args: str) -> None:
    """Run real dbt on the project in models/, against the warehouse file from settings."""
    command, env = dbt_command(settings, *args)
    _say("dbt " + " ".join(args))
    dbt_log = Path(env["DBT_LOG_PATH"]) / "dbt.log"
    offset = dbt_log.stat().st_size if dbt_log.exists() else 0
    output = Path(env["DBT_LOG_PATH"]) / "output.log"
    from qysym.progress import DbtProgress  # rich: only when dbt runs

    with DbtProgress(f"dbt {args[0] if args else ''}".strip(), out=sys.stdout) as line:
        returncode = run_logged_child(command, output, DBT_RECORD, records_only=False,
                                      progress=line, quiet=DBT_ROUTINE, env=env,
                                      cwd=settings.dbt_project_dir)
    _say(f"the whole dbt output: {output} (dbt's own log: {dbt_log})")
    if returncode != 0:
        full = disk_full(settings, dbt_log, offset)
        if full:
            raise QysymError(f"dbt {args[0] if args else ''} stopped: {full}; readers keep the "
                             "previous snapshot; free space, then rerun")
        raise QysymError(f"dbt {' '.join(args)} failed (exit {returncode}); see dbt's output above")


def model_fingerprint(settings: Settings) -> str:
    """A hash of everything that decides how articles are classified and aggregated: the dbt
    project's models, macros, seeds (the lexicon, the gazetteer ...) and variables, and the Python
    functions the models call (the dbt plugin's: transliteration, who took a measure, where)."""
    import hashlib

    from qysym import dbt_plugin, measures, places, translit

    project = settings.dbt_project_dir
    digest = hashlib.sha256()
    files = [project / "dbt_project.yml"]
    for folder, pattern in (("models", "*.sql"), ("models", "*.py"), ("macros", "*.sql"),
                            ("seeds", "*.csv")):
        files.extend(sorted((project / folder).rglob(pattern)))
    for path in files:
        digest.update(str(path.relative_to(project)).encode() + b"\0" + path.read_bytes() + b"\0")
    for module in (dbt_plugin, measures, places, translit):
        path = Path(module.__file__)
        digest.update(module.__name__.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build(settings: Settings) -> warehouse.Published:
    """Landing gate → dbt build (models + tests) → warehouse gate → publish: the warehouse half.

    A quarantined batch does not stop the build: the other batches are built and published, and
    the summary says which were left out. A blocking failure of the warehouse gate stops the
    publish: readers keep the previous snapshot. Every check lands in quality.check_results.
    """
    from qysym import quality

    with warehouse_lock(settings), quality.recorded(settings) as run:
        transform(settings, run)
        return check_and_publish(settings, run)


def transform(settings: Settings, run) -> None:
    """The landing gate, then dbt build (models and their tests) over the batches that passed.

    Builds are incremental (only new or rewritten batches are processed), except when the
    models or seeds changed since the last build (a lexicon edit, say): then every article is
    classified again (--full-refresh), so no indicator mixes articles labelled by two rule sets.
    """
    gate = validate_landing(settings, run)
    if not gate["passed"]:
        raise QysymError("no landed batch passed the landing gate; nothing to build "
                         f"(see {settings.validation_dir} and {run.docs_index})")
    dbt_build(settings, run)


def dbt_build(settings: Settings, run) -> None:
    """dbt build (models and tests): incremental, or --full-refresh after a change of the models
    or seeds; the dbt tests' results join the run's outcomes even when the build fails. The unit
    tests run when the rules are new to the warehouse (SAME_RULES_BUILD_ARGS)."""
    stamp = settings.warehouse_dir / "model_fingerprint.txt"
    fingerprint = model_fingerprint(settings)
    previous = stamp.read_text(encoding="utf-8").strip() if stamp.exists() else None
    full = previous is not None and previous != fingerprint and settings.warehouse_path.exists()
    if full:
        _say("the dbt models or seeds changed since the last build: rebuilding every article "
             "(dbt build --full-refresh) so all are classified by the same rules")
    try:
        same_rules = previous == fingerprint
        dbt(settings, "build", *(SAME_RULES_BUILD_ARGS if same_rules else ()),
            *(["--full-refresh"] if full else []))
    except QysymError:
        from expectations.warehouse import dbt_outcomes

        run.outcomes += dbt_outcomes(run_results_path(settings))
        raise
    stamp.write_text(fingerprint + "\n", encoding="utf-8")


def check_and_publish(settings: Settings, run) -> warehouse.Published:
    """The warehouse gate; publish unless a blocking check failed (then readers keep the
    previous snapshot and the error names the check, its observed value and where to look)."""
    from qysym import quality

    quality.warehouse_gate(settings, run, run_results_path(settings))
    quality.record(settings, run)
    blocking = stopping(run)  # the build quarantined every failed landing batch
    lost = [o for o in blocking if o.check == "nothing_published_is_lost"]
    if lost:
        raise QysymError(lost_message(settings, lost))
    if blocking:
        first = blocking[0]
        raise QysymError(
            f"{len(blocking)} blocking check(s) failed, first {first.gate} {first.check} "
            f"({first.expectation}) on {first.subject}: observed {first.observed}; not published, "
            f"readers keep the previous snapshot (details: qysym check, {run.docs_index})")
    published = publish(settings, run.run_id)
    if run.quarantined:
        _say(f"published without {len(run.quarantined)} quarantined batch(es): "
             + ", ".join(run.quarantined) + f" (moved to {settings.quarantine_dir})")
    _say(f"quality: {len(run.outcomes)} checks recorded in quality.check_results "
         f"(run {run.run_id}); Data Docs: {run.docs_index}")
    return published


def lost_message(settings: Settings, failures: list) -> str:
    """One line for a build that would publish fewer articles than readers have now."""
    days = [row for outcome in failures for row in outcome.sample]
    shown = "; ".join(
        f"{row.get('outlet')} {row.get('lang')} {row.get('day')}: {row.get('value')} of "
        f"{row.get('published_before')} (e.g. {row.get('lost_examples')})" for row in days[:3])
    more = sum(o.observed or 0 for o in failures) - min(len(days), 3)
    return (f"not published: this build would lose articles readers have now ({shown}"
            + (f"; and {more} more outlet-edition-days" if more > 0 else "") + "); readers keep "
            f"the previous snapshot. Restore the batches that held them (see {settings.quarantine_dir} "
            "and the landing gate above), or remove them on purpose: qysym retract ID... --reason ...")


def run_results_path(settings: Settings) -> Path:
    """dbt's run_results.json of the last dbt command on this data directory."""
    _, env = dbt_command(settings)
    return Path(env["DBT_TARGET_PATH"]) / "run_results.json"


def publish(settings: Settings, run_id: str | None = None) -> warehouse.Published:
    """The DuckDB snapshot (and its Parquet exports), then, when QYSYM_SERVING_URL names one, the
    PostgreSQL serving database for BI tools (qysym.serving): both only after the gates passed.
    Then the HTML report of what was published (qysym.report), for the gate run ``run_id``."""
    published = warehouse.publish(settings)
    _say(f"published {len(published.tables)} tables to {published.path}")
    if settings.serving_url:
        from qysym import serving

        served = serving.publish(settings, published.path, published.tables,
                                 run_id or datetime.now(UTC).strftime("publish_%Y%m%dT%H%M%SZ"))
        _say(f"published {len(served.tables)} tables to the serving database, schema "
             f"{serving.SCHEMA} ({sum(served.tables.values()):,} rows, {served.seconds:.1f} s)")
    from qysym import report

    try:
        _say(f"report: {report.write(settings, check_run=run_id)}")
    except report.EmptySnapshotError as nothing:
        _say(str(nothing))
    except QysymError:
        raise
    except Exception as exc:  # the snapshot is out already: say so, and how to retry
        raise QysymError(f"published, but the report could not be written ({type(exc).__name__}: "
                         f"{exc}); readers have the new snapshot, `qysym report` retries") from exc
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
    results = sorted((settings.data_dir / "quality" / "results").glob("check_*.jsonl"))
    if results:
        statuses: dict[str, int] = {}
        for line in results[-1].read_text(encoding="utf-8").splitlines():
            status = json.loads(line)["status"]
            statuses[status] = statuses.get(status, 0) + 1
        counts = ", ".join(f"{statuses.get(k, 0)} {k}" for k in ("pass", "warn", "FAIL"))
        lines.append(f"Data quality (run {results[-1].stem}): {counts}; `qysym check` to rerun")
        lines.append(f"Data Docs: {settings.data_dir / 'quality' / 'docs' / 'index.html'}")
    lines.append(f"Warehouse: {settings.warehouse_path}")
    lines.append(f"Snapshot:  {settings.serving_path}  (query it with `qysym sql \"...\"`)")
    lines.append(f"Exports:   {settings.exports_dir}")
    from qysym.report import report_path

    if report_path(settings).exists():
        lines.append(f"Report:    {report_path(settings)}  (opens offline in any browser)")
    return "\n".join(lines)
