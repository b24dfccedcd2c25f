"""The data-quality gates of a run: landing gate, warehouse gate, results as data, Data Docs.

* The landing gate validates every batch not validated before in its current form (size and
  modification time), quarantines each batch with a blocking failure (moved with its validation
  JSON to ``quarantine/``, nothing deleted) and lets the others through.
* The warehouse gate runs after ``dbt build``: coverage, volume and freshness (warnings, flagged
  in the marts), indicator sanity (blocking) and the dbt tests. A blocking failure stops the
  publish: readers keep the previous snapshot.
* Every outcome of a run lands as data: ``quality/results/<check_run>.jsonl`` and the warehouse
  table ``quality.check_results`` (published with the marts), and the run's validations are added
  to the GX Data Docs site ``quality/docs/index.html``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from expectations.runner import query
from qysym.settings import Settings


def _say(message: str) -> None:
    print(f"[qysym] {message}", flush=True)


def check_run_id(now: datetime | None = None) -> str:
    return "check_" + (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


@dataclass
class GateRun:
    """The outcomes of one run of the gates, and what was done about them."""

    run_id: str
    started_at: datetime
    quality_dir: Path
    outcomes: list = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    _project: object = None
    recorded: int = -1  # how many outcomes the last record() landed

    @property
    def project(self):
        if self._project is None:
            from expectations.runner import GXProject

            self._project = GXProject(self.quality_dir, self.run_id)
        return self._project

    @property
    def docs_index(self) -> Path:
        return self.quality_dir / "docs" / "index.html"

    @property
    def blocking_failures(self) -> list:
        return [o for o in self.outcomes if not o.success and o.blocking]

    def failures_of(self, gate: str) -> list:
        return [o for o in self.outcomes if o.gate == gate and not o.success]


def start(settings: Settings) -> GateRun:
    now = datetime.now(UTC)
    return GateRun(check_run_id(now), now, settings.data_dir / "quality")


def resume(settings: Settings, run_id: str) -> GateRun:
    """The run ``run_id`` again, with the outcomes it recorded so far: the steps of one pipeline
    run in separate processes (the warehouse DAG's tasks) add to one quality run."""
    from expectations.runner import Outcome

    quality_dir = settings.data_dir / "quality"
    path = quality_dir / "results" / f"{run_id}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    rows = [json.loads(line) for line in lines if line.strip()]
    started = (datetime.fromisoformat(rows[0]["checked_at"]) if rows
               else datetime.strptime(run_id, "check_%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC))
    return GateRun(run_id, started, quality_dir, [Outcome.from_json(row) for row in rows])


@contextmanager
def recorded(settings: Settings, run_id: str | None = None) -> Iterator[GateRun]:
    """A run of the gates that is recorded (results, Data Docs) however it ends; with
    ``run_id``, that earlier run continued (:func:`resume`)."""
    run = resume(settings, run_id) if run_id else start(settings)
    try:
        yield run
    finally:
        record(settings, run)


# --- landing gate ---------------------------------------------------------------------------

def _record_path(settings: Settings, relative: str) -> Path:
    return settings.validation_dir / Path(relative).with_suffix(".validation.json")


def _already_validated(settings: Settings, relative: str, path: Path) -> bool:
    """True when this exact file (same size and modification time) passed the gate before."""
    record = _record_path(settings, relative)
    if not record.exists():
        return False
    try:
        verdict = json.loads(record.read_text(encoding="utf-8"))
    except ValueError:
        return False
    stat = path.stat()
    return (verdict.get("success") is True and verdict.get("file_size") == stat.st_size
            and verdict.get("file_modified") == stat.st_mtime)


QUARANTINE_SIDE_FILES = (".report.json", ".validation.json")


def _free_quarantine_path(target: Path) -> Path:
    """``target``, or ``<run>.q2.jsonl``, ``.q3`` ... if a batch of that name was quarantined before:
    a second quarantine of the same name never replaces the first (nothing is deleted)."""
    candidate, number = target, 1
    while any(candidate.with_suffix(side).exists() for side in (".jsonl", *QUARANTINE_SIDE_FILES)):
        number += 1
        candidate = target.with_name(f"{target.stem}.q{number}{target.suffix}")
    return candidate


def landing_gate(settings: Settings, run: GateRun, batches: list[tuple[str, Path]],
                 quarantine: bool = True, revalidate: bool = False) -> GateRun:
    """Validate the landed batches; quarantine the ones with a blocking failure."""
    from expectations import landing

    todo = []
    for outlet, path in batches:
        relative = str(path.relative_to(settings.landing_dir))
        if not revalidate and _already_validated(settings, relative, path):
            run.skipped.append(relative)
            run.passed.append(relative)
            continue
        todo.append((outlet, path))
    loaded = landing.load_batches(settings.landing_dir, todo)
    verdicts, outcomes = (landing.validate(lambda: run.project, loaded, run.started_at)
                          if loaded else ([], []))
    run.outcomes += outcomes
    for verdict in verdicts:
        record = _record_path(settings, verdict.batch)
        record.parent.mkdir(parents=True, exist_ok=True)
        payload = dict(verdict.to_json(), check_run=run.run_id,
                       data_docs=str(run.docs_index))
        record.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str),
                          encoding="utf-8")
        for warning in verdict.warnings:
            _say(f"warning {verdict.batch}: {warning['check']} ({warning['expectation']}) "
                 f"observed {warning['observed']}")
        if verdict.success:
            run.passed.append(verdict.batch)
            continue
        first = verdict.failures[0]
        if not quarantine:
            _say(f"FAILED {verdict.batch}: {first['check']} ({first['expectation']}) "
                 f"observed {first['observed']}")
            run.quarantined.append(verdict.batch)
            continue
        source = settings.landing_dir / verdict.batch
        target = _free_quarantine_path(settings.quarantine_dir / verdict.batch)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(source), target)
        report = source.with_suffix(".report.json")
        if report.exists():
            shutil.move(str(report), target.with_suffix(".report.json"))
        shutil.copy(record, target.with_suffix(".validation.json"))
        _say(f"QUARANTINED {verdict.batch}: {first['check']} ({first['expectation']}"
             f"{' on ' + str(first['column']) if first.get('column') else ''}) failed, observed "
             f"{first['observed']}; moved to {target}")
        run.quarantined.append(verdict.batch)
    write_rows(run)  # recorded before anything else can fail or be killed
    _say(f"landing gate: {len(run.passed)} batches passed ({len(run.skipped)} unchanged since "
         f"they last passed), {len(run.quarantined)} "
         f"{'quarantined' if quarantine else 'failed'}")
    return run


# --- warehouse gate -------------------------------------------------------------------------

def warehouse_gate(settings: Settings, run: GateRun, run_results: Path | None = None) -> GateRun:
    from expectations import warehouse

    if not settings.warehouse_path.exists():
        raise FileNotFoundError(f"no warehouse at {settings.warehouse_path}: run `qysym build` first")
    outcomes = warehouse.validate(run.project, settings.warehouse_path, run_results, run.started_at,
                                  previous=settings.serving_path)
    run.outcomes += outcomes
    failed = [o for o in outcomes if not o.success]
    for outcome in failed:
        label = "FAILED" if outcome.blocking else "warning"
        _say(f"{label} warehouse {outcome.check} [{outcome.subject}]: observed {outcome.observed}"
             + (f"; e.g. {json.dumps(outcome.sample[:3], ensure_ascii=False, default=str)}"
                if outcome.sample else ""))
    blocking = [o for o in failed if o.blocking]
    _say(f"warehouse gate: {len(outcomes) - len(failed)} checks passed, "
         f"{len(failed) - len(blocking)} warnings, {len(blocking)} blocking failures")
    return run


# --- results as data ------------------------------------------------------------------------

def rows(run: GateRun) -> list[dict]:
    return [dict(o.to_json(), check_run=run.run_id, checked_at=run.started_at.isoformat())
            for o in run.outcomes]


def write_rows(run: GateRun) -> Path:
    """The run's outcomes so far as ``quality/results/<run>.jsonl``, written whole (a temporary
    file renamed into place): called as soon as the landing gate has decided, so a build killed
    later still leaves its landing verdicts in the record (the next run loads them into
    quality.check_results), and again, complete, by :func:`record`."""
    results_dir = run.quality_dir / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    path = results_dir / f"{run.run_id}.jsonl"
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for row in rows(run):
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    os.replace(tmp, path)
    return path


def record(settings: Settings, run: GateRun) -> Path:
    """Land the run's outcomes: its pages in the Data Docs, a JSONL file, and rows of
    quality.check_results in the warehouse (when it exists and is free; the JSONL files are
    loaded into it by the next run that finds it)."""
    if run.recorded == len(run.outcomes):  # recorded already, nothing since (a publish's record)
        return run.quality_dir / "results" / f"{run.run_id}.jsonl"
    if run._project is not None:
        run.project.build_docs()
    path = write_rows(run)
    run.recorded = len(run.outcomes)
    if settings.warehouse_path.exists():
        try:
            load_results(settings)
        except duckdb.IOException as exc:  # another process holds the warehouse (a build)
            _say(f"results kept in {path}; the warehouse is busy ({str(exc).splitlines()[0]}), "
                 "the next build loads them into quality.check_results")
    return path


def load_results(settings: Settings) -> int:
    """(Re)load every landed results file into quality.check_results; returns the row count."""
    files = sorted((settings.data_dir / "quality" / "results").glob("check_*.jsonl"))
    with duckdb.connect(str(settings.warehouse_path)) as con:
        con.execute("create schema if not exists quality")
        con.execute(query("check_results_create"))
        if files:
            con.execute(query("check_results_insert"), {"files": [str(f) for f in files]})
        return con.execute("select count(*) from quality.check_results").fetchone()[0]


def table(run: GateRun, detail: bool = False) -> str:
    """The compact table ``qysym check`` prints: gate, check, expectation, subject(s), status and
    observed value. By default one line per expectation (its subjects folded: "2 of 36 failed",
    the first failure's observed value); ``detail`` gives one line per subject."""
    header = ("gate", "check", "expectation", "subject", "status", "observed")
    body = []
    if detail:
        body = [(o.gate, o.check, o.expectation, o.subject, o.status, _short(o.observed))
                for o in run.outcomes]
    else:
        groups: dict[tuple, list] = {}
        for o in run.outcomes:
            groups.setdefault((o.gate, o.check, o.expectation, o.column), []).append(o)
        for (gate, check, expectation, column), items in groups.items():
            bad = [o for o in items if not o.success]
            status = ("FAIL" if any(o.blocking for o in bad) else "warn") if bad else "pass"
            subject = (items[0].subject if len(items) == 1
                       else f"{len(bad)} of {len(items)} failed" if bad else f"all {len(items)}")
            observed = bad[0].observed if bad else items[0].observed
            if bad and len(items) > 1:
                observed = f"{bad[0].subject}: {_short(observed)}"
            name = expectation + (f" ({column})" if column else "")
            body.append((gate, check, name, subject, status, _short(observed)))
    rows_ = [header, *body]
    widths = [min(max(len(str(r[i])) for r in rows_), 60) for i in range(len(header))]
    return "\n".join("  ".join(str(v)[:60].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows_)


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str) if not isinstance(value, str) else value
    return text if len(text) <= 48 else text[:45] + "..."
