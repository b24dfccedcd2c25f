"""Landing gate: the GX suites every landed batch must pass before the warehouse reads it.

A batch is one crawl run's file, ``landing/outlet=<slug>/date=<D>/<run_id>.jsonl``, with its crawl
report ``<run_id>.report.json`` beside it. All batches of a gate run are read at once by DuckDB
into two small frames (no article text, only what the checks need) and validated by two suites:

``landing_articles`` (one row per landed line)
    schema and types; required fields present; UTC timestamps; publication date inside the run's
    requested interval (Kazakhstan calendar); never in the future (after its own fetch, or the
    fetch after now); language an edition of the outlet; title and body lengths within bounds; no
    duplicate (outlet, native_id, content_hash) within a batch.
``landing_batches`` (one row per batch)
    every line readable as JSON; share of titles and bodies from fallback extraction (JSON-LD or
    generic, not the site's selectors) under a warning and a blocking threshold, a markup-change
    alarm;
    the crawl report present, and reconciling (discovered = parsed + failed + skipped, and its
    landed count equal to the lines in the file).

Each expectation is named (``meta.check``) and blocking or a warning; a failure is attributed to
the batches whose rows broke it. A batch with a blocking failure is quarantined by the caller
(qysym.quality); the others go on.
"""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from expectations.runner import QUERIES, Outcome, expect, per_subject, query, suite
from qysym.contract import ARTICLE_FIELDS, OUTLETS

GATE = "landing"
UTC_ISO = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?\+00:00$"
MIN_BODY_CHARS = 80
MAX_BODY_CHARS = 200_000
MIN_TITLE_CHARS = 3
MAX_TITLE_CHARS = 1000
FALLBACK_WARN = 0.30
FALLBACK_BLOCK = 0.80
FUTURE_SLACK_MINUTES = 10
LOCAL_TIMEZONE = "Asia/Almaty"

# JSON types each contract type may take, as DuckDB's json_type() names them
_JSON_TYPES = {"string": ("VARCHAR",), "timestamp": ("VARCHAR",), "list": ("ARRAY",),
               "object": ("OBJECT",)}
_CHECKED_SQL = QUERIES / "landing_checked.sql"


@cache
def checked_sql() -> str:
    """The query behind the landing suites (queries/landing_checked.sql), rendered from the contract."""
    import jinja2

    fields = [{"name": f.name, "type": f.type, "required": f.required,
               "short_text": f.type in ("string", "timestamp") and f.name not in ("title", "body")}
              for f in ARTICLE_FIELDS]
    template = jinja2.Template(_CHECKED_SQL.read_text(encoding="utf-8"),
                               undefined=jinja2.StrictUndefined)
    return template.render(fields=fields, json_types=_JSON_TYPES)


@dataclass
class Batch:
    """One landed batch file and what its crawl report says about it."""

    path: Path
    outlet: str
    relative: str
    report: dict | None = None
    lines: int = 0

    @property
    def since(self) -> str | None:
        return (self.report or {}).get("since")

    @property
    def until(self) -> str | None:
        return (self.report or {}).get("until")


@dataclass
class Frames:
    rows: object  # pandas.DataFrame, one row per landed line
    batches: object  # pandas.DataFrame, one row per batch
    malformed: dict[str, list[int]] = field(default_factory=dict)


def load_batches(landing_dir: Path, paths: list[tuple[str, Path]]) -> list[Batch]:
    batches = []
    for outlet, path in paths:
        report_path = path.with_suffix(".report.json")
        report = None
        if report_path.exists():
            try:
                report = json.loads(report_path.read_text(encoding="utf-8"))
            except (ValueError, OSError):
                report = None
        batches.append(Batch(path, outlet, str(path.relative_to(landing_dir)), report))
    return batches


def _malformed_lines(path: Path) -> list[int]:
    """Line numbers (1-based) of the lines that are not a JSON object: the slow path, only for
    a batch where DuckDB found some."""
    bad = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                if not isinstance(json.loads(line), dict):
                    bad.append(number)
            except ValueError:
                bad.append(number)
    return bad


def build_frames(batches: list[Batch], now: datetime | None = None) -> Frames:
    """Read every batch with DuckDB into the two frames the suites validate."""
    import duckdb
    import pandas as pd

    now = now or datetime.now(UTC)
    con = duckdb.connect()
    try:
        meta = pd.DataFrame({
            "batch": [b.relative for b in batches],
            "filename": [str(b.path) for b in batches],
            "partition_outlet": [b.outlet for b in batches],
            "interval_since": [b.since for b in batches],
            "interval_until": [b.until for b in batches],
        })
        con.register("batch_meta", meta)
        con.execute(checked_sql(), {"files": [str(b.path) for b in batches],
                                    "tz": LOCAL_TIMEZONE, "slack_minutes": FUTURE_SLACK_MINUTES})
        rows = con.execute("select * exclude (malformed) from checked where not malformed").df()
        per_batch = con.execute(query("landing_per_batch")).df()
    finally:
        con.close()
    stats = {row.batch: row for row in per_batch.itertuples()}
    for b in batches:
        b.lines = int(stats[b.relative].lines) if b.relative in stats else 0
    malformed = {b.relative: _malformed_lines(b.path) for b in batches
                 if b.relative in stats and stats[b.relative].malformed_lines}
    summary = []
    for b in batches:
        counts = (b.report or {}).get("counts") or {}
        stat = stats.get(b.relative)
        summary.append({
            "batch": b.relative,
            "outlet": b.outlet,
            "lines": b.lines,
            "malformed_lines": len(malformed.get(b.relative, [])),
            "fallback_share": float(stat.fallback_share) if stat is not None else 0.0,
            "report_found": b.report is not None,
            "report_discovered": counts.get("discovered"),
            "report_accounted": (counts.get("parsed", 0) + counts.get("failed", 0)
                                 + counts.get("skipped", 0)) if counts else None,
            "report_landed": counts.get("landed"),
        })
    frame = pd.DataFrame(summary, columns=[
        "batch", "outlet", "lines", "malformed_lines", "fallback_share", "report_found",
        "report_discovered", "report_accounted", "report_landed"])
    # no report: nothing to reconcile against (report_found fails instead)
    frame["report_discovered"] = frame["report_discovered"].astype("Int64")
    frame["report_accounted"] = frame["report_accounted"].astype("Int64")
    frame["report_landed"] = frame["report_landed"].astype("Int64")
    rows["checked_at"] = pd.Timestamp(now)
    return Frames(rows, frame, malformed)


def rows_suite():
    """The suite of the landed lines (one row each)."""
    from great_expectations import expectations as gxe

    expectations: list = []
    add = expectations.append
    add(expect(gxe.ExpectColumnValuesToBeNull, "schema_and_types", column="schema_problem",
               description="every line has exactly the contract's fields, each of its JSON type"))
    add(expect(gxe.ExpectColumnValuesToBeNull, "required_fields_present",
               column="missing_required",
               description="every required field present and not blank (observed: the ones missing)"))
    for name in ("published_at_text", "fetched_at_text"):
        add(expect(gxe.ExpectColumnValuesToMatchRegex, "timestamps_are_utc", column=name,
                   regex=UTC_ISO, description="ISO 8601 timestamps in UTC (+00:00)"))
    add(expect(gxe.ExpectColumnPairValuesAToBeGreaterThanB, "published_within_interval",
               column_A="version_date", column_B="interval_since", or_equal=True,
               ignore_row_if="either_value_is_missing",
               description="published (or, for an edit of an older article, edited) on or after "
                           "the first day the run asked for (Asia/Almaty)"))
    add(expect(gxe.ExpectColumnPairValuesAToBeGreaterThanB, "published_within_interval",
               column_A="interval_until", column_B="published_date", or_equal=True,
               ignore_row_if="either_value_is_missing",
               description="published on or before the last day the run asked for (Asia/Almaty)"))
    add(expect(gxe.ExpectColumnPairValuesAToBeGreaterThanB, "not_in_the_future",
               column_A="fetched_at", column_B="published_at_less_slack", or_equal=True,
               ignore_row_if="either_value_is_missing",
               description=f"published before it was fetched (+{FUTURE_SLACK_MINUTES} min slack)"))
    add(expect(gxe.ExpectColumnPairValuesAToBeGreaterThanB, "not_in_the_future",
               column_A="checked_at", column_B="fetched_at", or_equal=True,
               ignore_row_if="either_value_is_missing", description="fetched before this check ran"))
    editions = sorted(f"{outlet}:{lang}" for outlet, langs in OUTLETS.items() for lang in langs)
    add(expect(gxe.ExpectColumnValuesToBeInSet, "language_is_an_edition", column="outlet_edition",
               value_set=editions, description="the language is one of the outlet's editions"))
    add(expect(gxe.ExpectColumnPairValuesToBeEqual, "outlet_matches_partition", column_A="outlet",
               column_B="partition_outlet", description="lines of outlet=X/ are X's"))
    add(expect(gxe.ExpectColumnValuesToBeBetween, "body_length_sane", column="body_chars",
               min_value=MIN_BODY_CHARS, max_value=MAX_BODY_CHARS,
               description=f"body between {MIN_BODY_CHARS:,} and {MAX_BODY_CHARS:,} characters"))
    add(expect(gxe.ExpectColumnValuesToBeBetween, "title_length_sane", column="title_chars",
               min_value=MIN_TITLE_CHARS, max_value=MAX_TITLE_CHARS,
               description=f"title between {MIN_TITLE_CHARS} and {MAX_TITLE_CHARS} characters"))
    add(expect(gxe.ExpectCompoundColumnsToBeUnique, "no_duplicate_versions",
               column_list=["batch", "outlet", "native_id", "content_hash"],
               description="one line per article version (outlet, native_id, content_hash)"))
    return suite("landing_articles", expectations)


def batches_suite():
    """The suite of the batches (one row each)."""
    from great_expectations import expectations as gxe

    expectations: list = []
    add = expectations.append
    add(expect(gxe.ExpectColumnValuesToBeBetween, "batch_is_readable_jsonl",
               column="malformed_lines", max_value=0,
               description="every line of the batch is a JSON object"))
    add(expect(gxe.ExpectColumnValuesToBeBetween, "fallback_share_below_threshold",
               column="fallback_share", max_value=FALLBACK_BLOCK,
               description=f"at most {FALLBACK_BLOCK:.0%} of titles and bodies from fallback "
                           "extraction (JSON-LD, generic): above it the site's markup has changed"))
    add(expect(gxe.ExpectColumnValuesToBeBetween, "fallback_share_high", blocking=False,
               column="fallback_share", max_value=FALLBACK_WARN,
               description=f"warning above {FALLBACK_WARN:.0%} of titles and bodies from fallback "
                           "extraction"))
    add(expect(gxe.ExpectColumnValuesToBeInSet, "crawl_report_present", column="report_found",
               value_set=[True], description="the crawl run's report is beside its batch"))
    add(expect(gxe.ExpectColumnPairValuesToBeEqual, "crawl_report_reconciles",
               column_A="report_discovered", column_B="report_accounted",
               ignore_row_if="either_value_is_missing",
               description="discovered = parsed + failed + skipped in the crawl report"))
    add(expect(gxe.ExpectColumnPairValuesToBeEqual, "crawl_report_reconciles",
               column_A="report_landed", column_B="lines", ignore_row_if="either_value_is_missing",
               description="the report's landed count is the number of lines in the batch"))
    return suite("landing_batches", expectations)


@dataclass
class Verdict:
    """What the gate decided for one batch, with enough detail to act on a failure."""

    batch: str
    outlet: str
    rows: int
    success: bool
    failures: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    file_size: int | None = None
    file_modified: float | None = None

    def to_json(self) -> dict:
        return {"batch": self.batch, "outlet": self.outlet, "rows": self.rows,
                "success": self.success, "failures": self.failures, "warnings": self.warnings,
                "file_size": self.file_size, "file_modified": self.file_modified}


def validate(project_factory: Callable[[], object], batches: list[Batch],
             now: datetime | None = None) -> tuple[list[Verdict], list[Outcome]]:
    """Run both suites over ``batches``; one Verdict per batch and every Outcome.

    ``project_factory`` gives the GX project: it is asked for only once the frames are read,
    and GX (a 2-second import) is imported in a thread meanwhile, while DuckDB reads the batches
    without holding the interpreter.
    """
    now = now or datetime.now(UTC)
    if not batches:
        return [], []
    warm = threading.Thread(target=importlib.import_module, args=("great_expectations",),
                            daemon=True)
    warm.start()
    frames = build_frames(batches, now)
    warm.join()
    project = project_factory()
    names = [b.relative for b in batches]
    outcomes = []
    if len(frames.rows):
        result = project.validate("landing_articles", rows_suite(), frames.rows, "batch")
        outcomes += per_subject(GATE, result, "batch", names)
    result = project.validate("landing_batches", batches_suite(), frames.batches, "batch")
    outcomes += per_subject(GATE, result, "batch", names)
    for outcome in outcomes:
        if outcome.check == "batch_is_readable_jsonl" and not outcome.success:
            lines = frames.malformed.get(outcome.subject, [])
            outcome.observed = f"{len(lines)} malformed line(s): line {', '.join(map(str, lines[:5]))}"
    verdicts = []
    for b in batches:
        mine = [o for o in outcomes if o.subject == b.relative and not o.success]
        stat = b.path.stat()
        verdicts.append(Verdict(
            batch=b.relative, outlet=b.outlet, rows=b.lines,
            success=not any(o.blocking for o in mine),
            failures=[o.to_json() for o in mine if o.blocking],
            warnings=[o.to_json() for o in mine if not o.blocking],
            file_size=stat.st_size, file_modified=stat.st_mtime,
        ))
    return verdicts, outcomes
