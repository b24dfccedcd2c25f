"""The few operational DuckDB statements that live in Python: publish a snapshot, read it.

Everything analytical is in the dbt project (``models/``). This module only copies the built
marts into a new file that readers open (``serving.duckdb``, swapped in atomically, readable by
DuckDB 1.4+ clients), exports them as Parquet, and runs read-only SQL on the published snapshot.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from qysym.settings import Settings

PUBLISHED_SCHEMAS = ("marts", "quality")
# Readers' DuckDB may be older than ours (BI drivers bundle their own): write the v1.4 format.
SNAPSHOT_STORAGE_VERSION = "v1.4.0"
READ_ONLY_TYPES = {"SELECT", "EXPLAIN"}


class QysymError(RuntimeError):
    """An error with a one-line message that tells the user what to do."""


def quote_literal(text: str) -> str:
    """A SQL string literal (quotes doubled), for DuckDB and PostgreSQL alike."""
    return "'" + text.replace("'", "''") + "'"


def quote_ident(name: str) -> str:
    """A quoted SQL identifier (double quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Published:
    path: Path
    tables: tuple[str, ...]
    rows: dict[str, int]


def publish(settings: Settings) -> Published:
    """Copy the marts of the built warehouse into a fresh snapshot and swap it in atomically.

    The Parquet exports are published as a set with the snapshot: every file is written beside
    the old ones first (``.parquet.tmp``), and only once all of them and the snapshot are whole
    are the snapshot, then the exports, swapped in, and ``exports/manifest.json`` written last,
    naming the publication (time, tables, rows). A failure before the swap leaves the previous
    snapshot and its exports as they were.
    """
    source = settings.warehouse_path
    if not source.exists():
        raise QysymError(f"no warehouse at {source}: run `qysym build` first")
    target = settings.serving_path
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    settings.exports_dir.mkdir(parents=True, exist_ok=True)
    for leftover in settings.exports_dir.glob("*.tmp"):  # of a publish that was killed
        if leftover.is_file():
            leftover.unlink()
    rows: dict[str, int] = {}
    exports: list[Path] = []
    try:
        with duckdb.connect() as con:
            con.execute("attach " + quote_literal(str(source)) + " as wh (read_only)")
            con.execute("use wh")
            tables = [
                (schema, name)
                for schema, name in con.execute(
                    "select table_schema, table_name from information_schema.tables "
                    "where table_catalog = 'wh' and table_type = 'BASE TABLE' "
                    "and table_schema in (select unnest(?)) order by 1, 2",
                    [list(PUBLISHED_SCHEMAS)],
                ).fetchall()
            ]
            if not tables:
                raise QysymError(f"the warehouse {source} has no marts: run `qysym build` first")
            con.execute(
                "attach " + quote_literal(str(tmp)) + " as snap (storage_version "
                + quote_literal(SNAPSHOT_STORAGE_VERSION) + ")"
            )
            for schema in sorted({s for s, _ in tables}):
                con.execute("create schema if not exists snap." + quote_ident(schema))
            for schema, name in tables:
                qualified = quote_ident(schema) + "." + quote_ident(name)
                con.execute("create table snap." + qualified + " as select * from " + qualified)
                rows[f"{schema}.{name}"] = con.execute("select count(*) from " + qualified).fetchone()[0]
                export = settings.exports_dir / f"{name}.parquet"
                con.execute(
                    "copy (select * from " + qualified + ") to " + quote_literal(str(export) + ".tmp")
                    + " (format parquet)"
                )
                exports.append(export)
            con.execute("detach snap")
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QysymError(f"publishing failed before the swap ({first}); readers keep the previous "
                         "snapshot and exports") from None
    os.replace(tmp, target)
    for export in exports:
        os.replace(str(export) + ".tmp", export)
    manifest = settings.exports_dir / "manifest.json"
    manifest_tmp = manifest.with_name(manifest.name + ".tmp")
    manifest_tmp.write_text(json.dumps({
        "published_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "snapshot": str(target),
        "tables": rows,
        "files": [export.name for export in exports],
    }, indent=2) + "\n", encoding="utf-8")
    os.replace(manifest_tmp, manifest)
    return Published(target, tuple(f"{s}.{n}" for s, n in tables), rows)


def connect_snapshot(settings: Settings) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published snapshot, with file access switched off."""
    path = settings.serving_path
    if not path.exists():
        raise QysymError(f"nothing is published yet ({path} is missing): run `qysym demo` or `qysym build`")
    con = duckdb.connect(str(path), read_only=True)
    con.execute("set enable_external_access = false")
    con.execute("set lock_configuration = true")
    con.execute("use marts")
    return con


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: list[tuple]

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def query(settings: Settings, sql: str, params: Sequence | None = None) -> Result:
    """Run one read-only statement on the published snapshot; writes are refused with a reason."""
    con = connect_snapshot(settings)
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as exc:
            raise QysymError(f"SQL error: {str(exc).splitlines()[0]}") from exc
        if len(statements) != 1:
            raise QysymError(f"give exactly one statement, got {len(statements)}")
        kind = statements[0].type.name
        if kind not in READ_ONLY_TYPES:
            raise QysymError(
                f"refused: `qysym sql` is read-only and this is a {kind} statement; "
                "the published snapshot changes only through `qysym build`"
            )
        try:
            cur = con.execute(sql, params or [])
            rows = cur.fetchall()
        except duckdb.Error as exc:
            raise QysymError(f"SQL error: {str(exc).splitlines()[0]}") from exc
        return Result(tuple(d[0] for d in cur.description), rows)
    finally:
        con.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def format_result(result: Result, fmt: str) -> str:
    if fmt == "json":
        return "\n".join(
            json.dumps(dict(zip(result.columns, row, strict=True)), ensure_ascii=False, default=str)
            for row in result.rows
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_cell(v) for v in row] for row in result.rows])
        return out.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(result.columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v[:w].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    parts = [line(result.columns), line(["-" * w for w in widths])]
    parts += [line(r) for r in cells]
    parts.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(parts)
