"""Landing gate: the GX suite every landed batch must pass before the warehouse reads it.

A batch is one crawl run's file, ``landing/outlet=<slug>/date=<D>/<run_id>.jsonl``. The suite
is defined here in Python and named after the dataset it checks (``landing_articles``). GX's
SQL data source is broken against DuckDB (see design/pitfalls.md), so the batch is validated as a
pandas DataFrame read straight from the landed file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from qysym.contract import FIELD_NAMES, OUTLETS, REQUIRED

# GX phones home unless told not to; this pipeline must run with no internet.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

SUITE_NAME = "landing_articles"
UTC_ISO = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?\+00:00$"
MIN_BODY_CHARS = 80
MAX_BODY_CHARS = 200_000


def build_suite(outlet: str):
    """The landing suite for one outlet's batches (the allowed languages differ per outlet)."""
    import great_expectations as gx
    from great_expectations import expectations as gxe

    suite = gx.ExpectationSuite(name=f"{SUITE_NAME}.{outlet}")
    suite.add_expectation(
        gxe.ExpectTableColumnsToMatchSet(column_set=list(FIELD_NAMES), exact_match=True)
    )
    for name in REQUIRED:
        suite.add_expectation(gxe.ExpectColumnValuesToNotBeNull(column=name))
    suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column="outlet", value_set=[outlet]))
    suite.add_expectation(
        gxe.ExpectColumnValuesToBeInSet(column="lang", value_set=list(OUTLETS[outlet]))
    )
    for name in ("published_at", "fetched_at"):
        suite.add_expectation(gxe.ExpectColumnValuesToMatchRegex(column=name, regex=UTC_ISO))
    suite.add_expectation(
        gxe.ExpectColumnValueLengthsToBeBetween(
            column="body", min_value=MIN_BODY_CHARS, max_value=MAX_BODY_CHARS
        )
    )
    suite.add_expectation(
        gxe.ExpectColumnValueLengthsToBeBetween(column="title", min_value=3, max_value=1000)
    )
    suite.add_expectation(
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["outlet", "native_id", "content_hash"])
    )
    return suite


@dataclass
class Verdict:
    """What the gate decided for one batch, with enough detail to act on a failure."""

    batch: str
    outlet: str
    rows: int
    success: bool
    failures: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"batch": self.batch, "outlet": self.outlet, "rows": self.rows,
                "success": self.success, "failures": self.failures}


def _read_batch(path: Path):
    """Read a JSONL batch; a malformed line is a failure of the batch, reported by line number."""
    import pandas as pd

    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number} is not valid JSON: {exc.msg}") from exc
            if not isinstance(record, dict):
                raise ValueError(f"line {number} is not a JSON object")
            records.append(record)
    frame = pd.DataFrame.from_records(records, columns=None if records else list(FIELD_NAMES))
    # Lists and objects are not hashable; the suite checks them as their JSON text.
    for name in ("authors", "tags", "layers"):
        if name in frame:
            frame[name] = frame[name].map(lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return frame


def validate_batch(path: Path, outlet: str) -> Verdict:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    try:
        frame = _read_batch(path)
    except (ValueError, UnicodeDecodeError) as exc:
        return Verdict(str(path), outlet, 0, False,
                       [{"expectation": "batch_is_readable_jsonl", "observed": str(exc)}])
    if frame.empty:
        return Verdict(str(path), outlet, 0, True)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("landing")
    batch = source.add_dataframe_asset(outlet).add_batch_definition_whole_dataframe("batch")
    suite = context.suites.add(build_suite(outlet))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(data=batch, suite=suite, name=f"{SUITE_NAME}.{outlet}")
    )
    result = definition.run(batch_parameters={"dataframe": frame})
    failures = []
    for item in result.results:
        if item.success:
            continue
        config = item.expectation_config
        observed = item.result.get("observed_value", item.result.get("unexpected_count"))
        failures.append({
            "expectation": config.type,
            "column": config.kwargs.get("column") or config.kwargs.get("column_list"),
            "observed": observed,
            "sample": [str(v)[:120] for v in (item.result.get("partial_unexpected_list") or [])[:5]],
        })
    return Verdict(str(path), outlet, len(frame), bool(result.success), failures)
