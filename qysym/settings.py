"""One configuration story: every tool reads its paths and switches from here.

Values come from the environment (see ``.env.example``); dbt's ``profiles.yml`` reads the same
variables through ``env_var()``, and :func:`tool_env` exports them for subprocesses (Scrapy, dbt,
Airflow) so nothing is configured in two places.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USER_AGENT = (
    "qysym/0.1 (+https://github.com/qysym/qysym; media research crawler; contact: qysym@example.org)"
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    user_agent: str
    mirror_seed: int
    mirror_days: int
    mirror_start: str
    # A crawl whose lost article pages exceed this share of those it found exits non-zero (after
    # landing what it got, marked partial), so the scheduler retries and alerts.
    max_failed_share: float = 0.1

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


def load() -> Settings:
    data_dir = Path(os.environ.get("QYSYM_DATA_DIR", PROJECT_ROOT / "data")).resolve()
    return Settings(
        data_dir=data_dir,
        user_agent=os.environ.get("QYSYM_USER_AGENT", DEFAULT_USER_AGENT),
        mirror_seed=int(os.environ.get("QYSYM_MIRROR_SEED", "20210110")),
        mirror_days=int(os.environ.get("QYSYM_MIRROR_DAYS", "182")),
        mirror_start=os.environ.get("QYSYM_MIRROR_START", "2020-09-01"),
        max_failed_share=_share("QYSYM_MAX_FAILED_SHARE", 0.1),
    )


def _share(name: str, default: float) -> float:
    text = os.environ.get(name)
    if text in (None, ""):
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        from qysym.warehouse import QysymError

        raise QysymError(f"{name}={text!r}: give a share between 0 and 1 (e.g. 0.1 for 10%)")
    return value


def tool_env(settings: Settings | None = None) -> dict[str, str]:
    """The environment for a subprocess (Scrapy, dbt, Airflow) that must see the same paths."""
    s = settings or load()
    env = dict(os.environ)
    env.update(
        QYSYM_DATA_DIR=str(s.data_dir),
        QYSYM_WAREHOUSE_PATH=str(s.warehouse_path),
        DBT_PROFILES_DIR=str(s.dbt_project_dir),
        SCRAPY_SETTINGS_MODULE="scrapers.settings",
        PYTHONPATH=os.pathsep.join(
            p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
        ),
    )
    return env
