"""Running the GX suites: one file-backed GX project under the data directory, Data Docs per run.

Suites are Python code (``expectations/landing.py``, ``expectations/warehouse.py``); every
expectation carries ``meta = {"check": <stable name>, "blocking": <bool>}`` so that a result can
be reported, stored and acted on by the name an analyst reads in ``qysym check``. Frames are
pandas DataFrames computed with DuckDB (GX's SQL data source is broken on DuckDB: see
design/pitfalls.md). Each validation runs through a Checkpoint (results kept in the GX store);
``build_docs`` adds
the run to the Data Docs site in ``<data>/quality/docs/`` once the run is recorded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUERIES = Path(__file__).with_name("queries")


def query(name: str) -> str:
    """One of the gates' SQL queries (expectations/queries/<name>.sql)."""
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")

# GX phones home unless told not to; this pipeline must run with no internet.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

SAMPLE_ROWS = 5


def expect(cls, check: str, blocking: bool = True, description: str | None = None, **kwargs):
    """An expectation of ``cls`` named ``check`` (the name reports and the results table use)."""
    return cls(meta={"check": check, "blocking": blocking}, description=description, **kwargs)


def suite(name: str, expectations: list):
    """An expectation suite built in one go (adding expectations one by one to a suite the store
    already knows writes the store once per expectation)."""
    import great_expectations as gx

    return gx.ExpectationSuite(name=name, expectations=expectations)


@dataclass
class Outcome:
    """One expectation's result for one subject (a batch, an outlet, a table)."""

    gate: str
    check: str
    expectation: str
    subject: str
    success: bool
    blocking: bool
    observed: Any = None
    column: str | None = None
    sample: list = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.success:
            return "pass"
        return "FAIL" if self.blocking else "warn"

    def to_json(self) -> dict:
        return {"gate": self.gate, "check": self.check, "expectation": self.expectation,
                "subject": self.subject, "status": self.status, "blocking": self.blocking,
                "observed": self.observed, "column": self.column, "sample": self.sample}

    @classmethod
    def from_json(cls, row: dict) -> Outcome:
        """The outcome a :meth:`to_json` row (a line of a results file) holds."""
        return cls(row["gate"], row["check"], row["expectation"], row["subject"],
                   row["status"] == "pass", bool(row["blocking"]), row.get("observed"),
                   row.get("column"), list(row.get("sample") or []))


class GXProject:
    """The file-backed GX context of one data directory, and the checkpoints run in it."""

    def __init__(self, quality_dir: Path, run_name: str):
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.root = quality_dir / "gx"
        self.docs_dir = quality_dir / "docs"
        self.root.mkdir(parents=True, exist_ok=True)
        self.context = gx.get_context(mode="file", project_root_dir=str(self.root))
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        sites = self.context.variables.data_docs_sites or {}
        wanted = {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(self.docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
        if sites.get("qysym") != wanted:
            for name in list(sites):
                self.context.delete_data_docs_site(name)
            self.context.add_data_docs_site(site_name="qysym", site_config=wanted)
        self.source = self.context.data_sources.add_or_update_pandas("qysym")
        self.run_name = run_name
        self.results: list = []  # identifiers of this run's validation results

    @property
    def index(self) -> Path:
        return self.docs_dir / "index.html"

    def validate(self, asset: str, suite, frame, index_columns: str | list[str] | None = None):
        """Validate ``frame`` with ``suite`` through a checkpoint that updates the Data Docs."""
        import great_expectations as gx
        from great_expectations.core.run_identifier import RunIdentifier

        try:
            data_asset = self.source.get_asset(asset)
        except LookupError:
            data_asset = self.source.add_dataframe_asset(asset)
        try:
            batch = data_asset.get_batch_definition("whole")
        except (KeyError, LookupError, ValueError):
            batch = data_asset.add_batch_definition_whole_dataframe("whole")
        suite = self.context.suites.add_or_update(suite)
        definition = self.context.validation_definitions.add_or_update(
            gx.ValidationDefinition(data=batch, suite=suite, name=suite.name)
        )
        result_format: dict = {"result_format": "COMPLETE", "partial_unexpected_count": SAMPLE_ROWS}
        if index_columns is not None:
            if isinstance(index_columns, str):
                index_columns = [index_columns]
            result_format["unexpected_index_column_names"] = list(index_columns)
        checkpoint = self.context.checkpoints.add_or_update(
            gx.Checkpoint(name=suite.name, validation_definitions=[definition],
                          actions=[], result_format=result_format)
        )
        result = checkpoint.run(batch_parameters={"dataframe": frame},
                                run_id=RunIdentifier(run_name=self.run_name))
        identifier, outcome = next(iter(result.run_results.items()))
        self.results.append(identifier)
        return outcome

    def build_docs(self) -> Path:
        """Add this run's validation results to the Data Docs site (once per run: the site's
        index and one page per validation)."""
        if self.results:
            self.context.build_data_docs(site_names=["qysym"], resource_identifiers=self.results)
        return self.index


def per_subject(gate: str, result, subject_column: str | None, subjects: list[str],
                default_subject: str = "all") -> list[Outcome]:
    """Split a suite result into one Outcome per expectation and subject (e.g. per batch).

    Row-level expectations name their unexpected rows by ``subject_column`` (the GX result's
    unexpected_index_list); an expectation that failed as a whole (a table-level one) fails for
    ``default_subject``. Every subject without an unexpected row passes.
    """
    outcomes: list[Outcome] = []
    for item in result.results:
        config = item.expectation_config
        meta = config.meta or {}
        check = meta.get("check", config.type)
        blocking = bool(meta.get("blocking", True))
        column = config.kwargs.get("column") or config.kwargs.get("column_A")
        if column is None and config.kwargs.get("column_list"):
            column = ",".join(config.kwargs["column_list"])
        raised = _exception(item.exception_info)
        if raised:
            # the gate itself is broken (a frame without a column, an incomparable type): say so
            raise RuntimeError(f"GX could not evaluate check {check} ({config.type} on {column}): "
                               f"{raised}")
        details = item.result or {}
        unexpected = details.get("unexpected_index_list")
        values = details.get("unexpected_list") or [None] * len(unexpected or [])
        examples = []
        for index, value in zip(unexpected or [], values, strict=False):
            row = dict(index) if isinstance(index, dict) else {"row": index}
            row["value"] = value
            examples.append(row)
        if item.success or subject_column is None or unexpected is None:
            observed = details.get("observed_value", details.get("unexpected_count"))
            sample = examples or (details.get("partial_unexpected_list") or [])
            outcomes.append(Outcome(gate, check, config.type, default_subject, bool(item.success),
                                    blocking, _plain(observed), column,
                                    _plain(sample[:SAMPLE_ROWS])))
            continue
        bad: dict[str, list] = {}
        for row in examples:
            bad.setdefault(str(row.get(subject_column)), []).append(row)
        for subject in subjects:
            rows = bad.get(subject)
            outcomes.append(Outcome(gate, check, config.type, subject, rows is None, blocking,
                                    len(rows) if rows else 0, column,
                                    _plain(rows[:SAMPLE_ROWS]) if rows else []))
    return outcomes


def _exception(info) -> str | None:
    """The message of an exception GX caught while evaluating an expectation, if any (the info
    is flat, or keyed by metric)."""
    if not isinstance(info, dict):
        return None
    if info.get("raised_exception"):
        return str(info.get("exception_message"))
    for nested in info.values():
        if isinstance(nested, dict) and nested.get("raised_exception"):
            return str(nested.get("exception_message"))
    return None


def _plain(value):
    """JSON-friendly values (numpy scalars, timestamps, tuples) for reports and the results table."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "item"):
        try:
            return value.item()
        except (ValueError, AttributeError):
            pass
    return str(value)
