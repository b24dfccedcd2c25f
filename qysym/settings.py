"""One configuration story: every tool reads its paths and switches from here.

Values come from the environment (see ``.env.example``); dbt's ``profiles.yml`` reads the same
variables through ``env_var()``, and :func:`tool_env` exports them for subprocesses (Scrapy, dbt,
Airflow) so nothing is configured in two places.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USER_AGENT = (
    "qysym/0.1 (+https://github.com/qysym/qysym; media research crawler; contact: qysym@example.org)"
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    user_agent: str = DEFAULT_USER_AGENT
    mirror_seed: int = 20210110
    mirror_days: int = 182
    mirror_start: str = "2020-09-01"
    # A crawl whose lost article pages exceed this share of those it found exits non-zero (after
    # landing what it got, marked partial), so the scheduler retries and alerts.
    max_failed_share: float = 0.1
    # The crawl DAGs' schedule: first day and, for a closed study window, the last (None: open).
    crawl_start: str = "2020-09-01"
    crawl_end: str | None = None
    # Where a failed DAG task's one line is POSTed as JSON (None: only data/logs/alerts.log).
    alert_webhook: str | None = None
    # Crawl from this address instead of the live sites (the sample mirror).
    base_url: str | None = None
    # Warehouse gate: an outlet not fetched for this many hours is reported stale (a warning).
    freshness_hours: float = 48.0
    # Extraction layers switched off, to measure what the fallbacks alone recover.
    disabled_layers: frozenset[str] = frozenset()
    # dbt's DuckDB (read by models/profiles.yml through tool_env): memory cap and threads.
    duckdb_memory_limit: str = "4GB"
    dbt_threads: int = 2
    # `qysym stack` (Airflow natively): its PostgreSQL and Redis.
    pg_host: str = "127.0.0.1"
    pg_port: int = 5432
    pg_user: str = "postgres"
    pg_password: str = ""
    redis_url: str = "redis://127.0.0.1:6379/0"
    # Outlet folders registered besides the built-in ones (scrapers/outlets/): an outlet that
    # lives elsewhere (a test's, a fork's) is registered by naming its folder here.
    outlet_dirs: tuple[Path, ...] = ()
    # The PostgreSQL serving database for BI tools (qysym.serving): the loading role's URL, and
    # the read-only role's password (`qysym serving-init`). None: only the DuckDB snapshot.
    serving_url: str | None = None
    serving_reader_password: str | None = None

    @property
    def landing_dir(self) -> Path:
        return self.data_dir / "landing"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def archive_dir(self) -> Path:
        return self.data_dir / "archive"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def validation_dir(self) -> Path:
        return self.data_dir / "validation"

    @property
    def warehouse_dir(self) -> Path:
        return self.data_dir / "warehouse"

    @property
    def warehouse_path(self) -> Path:
        return self.warehouse_dir / "qysym.duckdb"

    @property
    def serving_path(self) -> Path:
        return self.warehouse_dir / "serving.duckdb"

    @property
    def airflow_home(self) -> Path:
        return self.data_dir / "airflow"

    @property
    def mirror_dir(self) -> Path:
        return self.data_dir / "mirror"

    @property
    def dbt_project_dir(self) -> Path:
        return PROJECT_ROOT / "models"


def _text(value: str) -> str:
    return value


def _optional(value: str) -> str | None:
    return value or None


def _number(name: str, kind: type, hint: str, ok: Callable[[float], bool] = lambda _: True):
    """The parser of a numeric variable: its value as ``kind`` when it converts and ``ok`` holds,
    else a one-line error naming the variable and what to give (``hint``)."""
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            number = None
        if number is None or not ok(number):
            raise _error(f"{name}={value!r}: give {hint}")
        return number
    return parse


def _layers(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def _paths(value: str) -> tuple[Path, ...]:
    return tuple(Path(part).resolve() for part in value.split(os.pathsep) if part.strip())


def _error(message: str) -> Exception:
    from qysym.warehouse import QysymError

    return QysymError(message)


# Every QYSYM_* variable a user sets, and the Settings field it fills (an empty value means the
# default). Nothing else reads QYSYM_* from the environment (tests/test_settings.py); dbt reads
# the two DuckDB ones in models/profiles.yml from tool_env, which exports them from here.
VARIABLES: dict[str, tuple[str, Callable[[str], object]]] = {
    "QYSYM_DATA_DIR": ("data_dir", lambda value: Path(value).resolve()),
    "QYSYM_USER_AGENT": ("user_agent", _text),
    "QYSYM_MIRROR_SEED": ("mirror_seed", _number("QYSYM_MIRROR_SEED", int, "a whole number")),
    "QYSYM_MIRROR_DAYS": ("mirror_days", _number("QYSYM_MIRROR_DAYS", int, "a whole number")),
    "QYSYM_MIRROR_START": ("mirror_start", _text),
    "QYSYM_MAX_FAILED_SHARE": ("max_failed_share", _number(
        "QYSYM_MAX_FAILED_SHARE", float, "a share between 0 and 1 (e.g. 0.1 for 10%)",
        lambda n: 0 <= n <= 1)),
    "QYSYM_CRAWL_START": ("crawl_start", _text),
    "QYSYM_CRAWL_END": ("crawl_end", _optional),
    "QYSYM_ALERT_WEBHOOK": ("alert_webhook", _optional),
    "QYSYM_BASE_URL": ("base_url", _optional),
    "QYSYM_FRESHNESS_HOURS": ("freshness_hours", _number(
        "QYSYM_FRESHNESS_HOURS", float, "a number of hours above 0 (e.g. 48)", lambda n: n > 0)),
    "QYSYM_DISABLED_LAYERS": ("disabled_layers", _layers),
    "QYSYM_DUCKDB_MEMORY_LIMIT": ("duckdb_memory_limit", _text),
    "QYSYM_DBT_THREADS": ("dbt_threads", _number("QYSYM_DBT_THREADS", int, "a whole number")),
    "QYSYM_PG_HOST": ("pg_host", _text),
    "QYSYM_PG_PORT": ("pg_port", _number("QYSYM_PG_PORT", int, "a whole number")),
    "QYSYM_PG_USER": ("pg_user", _text),
    "QYSYM_PG_PASSWORD": ("pg_password", _text),
    "QYSYM_REDIS_URL": ("redis_url", _text),
    "QYSYM_OUTLET_DIRS": ("outlet_dirs", _paths),
    "QYSYM_SERVING_URL": ("serving_url", _optional),
    "QYSYM_SERVING_READER_PASSWORD": ("serving_reader_password", _optional),
}


@cache
def _default_data_dir() -> Path:
    return (PROJECT_ROOT / "data").resolve()  # the project's own folder: resolved once


def load() -> Settings:
    """The settings from the environment, read now (every call): a variable that is unset or
    empty keeps its default; a malformed one is a one-line error naming it."""
    values: dict[str, object] = {"data_dir": _default_data_dir()}
    cwd = os.getcwd()  # relative paths resolve against it
    for name, (field, _) in VARIABLES.items():
        text = os.environ.get(name)
        if text not in (None, ""):
            values[field] = _parsed(name, text, cwd)
    return Settings(**values)


@lru_cache(maxsize=512)
def _parsed(name: str, text: str, cwd: str) -> object:
    """One variable's value from its text: the same text (in the same folder) parses the same,
    so a page parser reading its settings per page pays for the parse once (errors are not
    cached: they are raised every time)."""
    return VARIABLES[name][1](text)


def tool_env(settings: Settings | None = None) -> dict[str, str]:
    """The environment for a subprocess (Scrapy, dbt, Airflow) that must see the same paths."""
    s = settings or load()
    env = dict(os.environ)
    env.update(
        QYSYM_DATA_DIR=str(s.data_dir),
        QYSYM_WAREHOUSE_PATH=str(s.warehouse_path),
        QYSYM_DUCKDB_MEMORY_LIMIT=s.duckdb_memory_limit,
        QYSYM_DBT_THREADS=str(s.dbt_threads),
        QYSYM_OUTLET_DIRS=os.pathsep.join(str(p) for p in s.outlet_dirs),
        DBT_PROFILES_DIR=str(s.dbt_project_dir),
        SCRAPY_SETTINGS_MODULE="scrapers.settings",
        PYTHONPATH=os.pathsep.join(
            p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
        ),
    )
    return env
