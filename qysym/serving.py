"""Publishing to PostgreSQL, for the BI tools a team already runs (``QYSYM_SERVING_URL``).

After every green build the published snapshot's tables (the marts, ``quality.check_results``)
are loaded into a PostgreSQL database too, with a ``publish_manifest`` (run, time, row counts, gate
status), so Superset, Metabase, Grafana, Power BI or Excel connect with a host, a port and a
read-only login, and browse a catalog whose tables and columns carry the dbt docs as comments.

- **Atomic for readers.** The tables are loaded into a fresh schema (``qysym_loading``), indexed,
  commented and granted; then one transaction renames the published schema ``qysym`` away and the
  new one into its place. A reader's next statement sees the new publication, never a mix; the old
  schema is dropped after the swap (its drop waits for statements still reading it).
- **Read-only role.** ``qysym_reader`` may use the published schema and select from it, nothing
  else; the loading role (the URL's user) is another. :func:`ensure_reader` creates the reader
  with the password from ``QYSYM_SERVING_READER_PASSWORD`` (an administrator's step, `qysym
  serving-init`; compose runs it).
- **Bulk load.** Arrow tables straight from DuckDB through ADBC's PostgreSQL driver (COPY in
  binary), never row by row. Nested columns (the articles' evidence signals) land as ``jsonb``.

Without ``QYSYM_SERVING_URL`` nothing here runs and the DuckDB snapshot stays the only publication.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from qysym.settings import Settings
from qysym.warehouse import QysymError, quote_ident, quote_literal

SCHEMA = "qysym"
LOADING = "qysym_loading"
RETIRED = "qysym_retired"
READER = "qysym_reader"
MANIFEST = "publish_manifest"
# columns BI tools filter and group by: indexed where a table has them
INDEXED = ("week_start", "outlet", "category", "published_date", "article_id", "month_start")


@dataclass(frozen=True)
class ServingPublication:
    run_id: str
    tables: dict[str, int]  # table -> rows
    seconds: float


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _connect(url: str, autocommit: bool = False):
    import adbc_driver_postgresql.dbapi as pg

    try:
        return pg.connect(url, autocommit=autocommit)
    except Exception as exc:  # the driver's own error types; one line for the operator
        first = _first_line(exc)
        raise QysymError(f"cannot connect to the serving database ({first}); check "
                         "QYSYM_SERVING_URL") from None


def dbt_docs(settings: Settings) -> dict[str, tuple[str, dict[str, str]]]:
    """table name -> (its dbt description, column -> description), from dbt's manifest."""
    path = settings.data_dir / "dbt_target" / "manifest.json"
    if not path.exists():
        return {}
    nodes = json.loads(path.read_text(encoding="utf-8")).get("nodes", {})
    return {node.get("alias") or node["name"]: (
        node.get("description") or "",
        {name: column.get("description") or "" for name, column in node.get("columns", {}).items()})
        for node in nodes.values() if node.get("resource_type") in ("model", "seed")}


def _nested(column_type: str) -> bool:
    return "STRUCT" in column_type or "MAP" in column_type or "UNION" in column_type


def publish(settings: Settings, snapshot: Path, tables: tuple[str, ...], run_id: str,
            gate_status: str = "passed") -> ServingPublication | None:
    """Load ``tables`` (``schema.name`` in the DuckDB ``snapshot``) into the serving database and
    swap them in; None when no serving database is configured."""
    url = settings.serving_url
    if not url:
        return None
    started = time.monotonic()
    docs = dbt_docs(settings)
    rows: dict[str, int] = {}
    conn = _connect(url)
    try:
        with duckdb.connect(str(snapshot), read_only=True) as duck, conn.cursor() as cur:
            cur.execute(f"drop schema if exists {LOADING} cascade")
            cur.execute(f"create schema {LOADING}")
            for qualified in tables:
                schema, name = qualified.split(".", 1)
                source = f"{quote_ident(schema)}.{quote_ident(name)}"
                columns = duck.execute(f"describe {source}").fetchall()
                nested = [c[0] for c in columns if _nested(c[1])]
                select = ", ".join(f"to_json({quote_ident(c[0])})::varchar as {quote_ident(c[0])}"
                                   if c[0] in nested else quote_ident(c[0]) for c in columns)
                arrow = duck.sql(f"select {select} from {source}").to_arrow_table()
                cur.adbc_ingest(name, arrow, mode="create", db_schema_name=LOADING)
                target = f"{LOADING}.{quote_ident(name)}"
                for column in nested:
                    cur.execute(f"alter table {target} alter column {quote_ident(column)} type jsonb "
                                f"using {quote_ident(column)}::jsonb")
                for column in INDEXED:
                    if column in {c[0] for c in columns}:
                        cur.execute(f"create index on {target} ({quote_ident(column)})")
                description, column_docs = docs.get(name, ("", {}))
                if description:
                    cur.execute(f"comment on table {target} is {quote_literal(description.strip())}")
                for column, text in column_docs.items():
                    if text and column in {c[0] for c in columns}:
                        cur.execute(f"comment on column {target}.{quote_ident(column)} is "
                                    f"{quote_literal(text.strip())}")
                rows[name] = arrow.num_rows
            now = datetime.now(UTC)
            cur.execute(f"create table {LOADING}.{MANIFEST} (run_id text, published_at timestamptz, "
                        "table_name text, row_count bigint, gate_status text)")
            for name, count in rows.items():
                cur.execute(f"insert into {LOADING}.{MANIFEST} values ({quote_literal(run_id)}, "
                            f"{quote_literal(now.isoformat())}, {quote_literal(name)}, {count}, "
                            f"{quote_literal(gate_status)})")
            cur.execute(f"comment on table {LOADING}.{MANIFEST} is "
                        "'One row per published table: the run, when, its rows, the gate verdict.'")
            if _role_exists(cur, READER):
                cur.execute(f"grant usage on schema {LOADING} to {READER}")
                cur.execute(f"grant select on all tables in schema {LOADING} to {READER}")
        conn.commit()
        with conn.cursor() as cur:  # the swap: one transaction, readers see old or new
            cur.execute(f"drop schema if exists {RETIRED} cascade")
            cur.execute("select count(*) from pg_namespace where nspname = " + quote_literal(SCHEMA))
            if cur.fetchone()[0]:
                cur.execute(f"alter schema {SCHEMA} rename to {RETIRED}")
            cur.execute(f"alter schema {LOADING} rename to {SCHEMA}")
        conn.commit()
        with conn.cursor() as cur:
            cur.execute(f"drop schema if exists {RETIRED} cascade")
        conn.commit()
    except QysymError:
        raise
    except Exception as exc:
        conn.rollback()
        first = _first_line(exc)
        raise QysymError(f"publishing to the serving database failed ({first}); its readers keep "
                         "the previous publication") from None
    finally:
        conn.close()
    return ServingPublication(run_id, rows, time.monotonic() - started)


def _role_exists(cur, role: str) -> bool:
    cur.execute("select count(*) from pg_roles where rolname = " + quote_literal(role))
    return bool(cur.fetchone()[0])


def ensure_database(url: str) -> bool:
    """Create the URL's database when missing (connecting to the server's ``postgres`` database
    with the same role); True when it was created."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        raise QysymError("QYSYM_SERVING_URL names no database (postgresql://user:pw@host:port/DB)")
    conn = _connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("select count(*) from pg_database where datname = " + quote_literal(name))
            if cur.fetchone()[0]:
                return False
            cur.execute(f"create database {quote_ident(name)}")
            return True
    except Exception as exc:
        first = _first_line(exc)
        raise QysymError(f"cannot create the serving database {name} ({first})") from None
    finally:
        conn.close()


def ensure_reader(settings: Settings, admin_url: str | None = None) -> None:
    """Create (or re-password) the read-only role: it may connect and read the published schema,
    nothing else. Needs a role that may create roles (``admin_url``, default the serving URL)."""
    password = settings.serving_reader_password
    if not password:
        raise QysymError("QYSYM_SERVING_READER_PASSWORD is not set: the read-only role needs a "
                         "password (no password-less login is created)")
    url = admin_url or settings.serving_url
    if not url:
        raise QysymError("QYSYM_SERVING_URL is not set: there is no serving database to prepare")
    conn = _connect(url, autocommit=True)
    try:
        with conn.cursor() as cur:
            verb = "alter" if _role_exists(cur, READER) else "create"
            cur.execute(f"{verb} role {READER} with login nocreatedb nocreaterole noinherit "
                        f"password {quote_literal(password)}")
            cur.execute("select current_database()")
            database = cur.fetchone()[0]
            # connect here; no table outside the published schema is granted to it (PostgreSQL
            # 15 grants none to PUBLIC either), so it reads the publication and the catalogs only
            cur.execute(f"grant connect on database {quote_ident(database)} to {READER}")
            cur.execute("select count(*) from pg_namespace where nspname = " + quote_literal(SCHEMA))
            if cur.fetchone()[0]:
                cur.execute(f"grant usage on schema {SCHEMA} to {READER}")
                cur.execute(f"grant select on all tables in schema {SCHEMA} to {READER}")
    except QysymError:
        raise
    except Exception as exc:
        first = _first_line(exc)
        raise QysymError(f"cannot prepare the read-only role ({first})") from None
    finally:
        conn.close()
