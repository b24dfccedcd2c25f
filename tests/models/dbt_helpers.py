"""Run the real dbt project into a throwaway warehouse, the way the pipeline runs it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import duckdb

from qysym import settings

DBT = Path(sys.executable).with_name("dbt")


def dbt(command: str, data_dir: Path, tmp_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """A dbt command with the pipeline's environment for data_dir; returns the finished process."""
    env = settings.tool_env(dataclasses.replace(settings.load(), data_dir=data_dir))
    Path(env["QYSYM_WAREHOUSE_PATH"]).parent.mkdir(parents=True, exist_ok=True)
    project_dir = settings.PROJECT_ROOT / "models"
    return subprocess.run(
        [
            str(DBT), command,
            "--project-dir", str(project_dir),
            "--profiles-dir", str(project_dir),
            # keep the repository's target/ and logs/ untouched by test runs
            "--target-path", str(tmp_dir / "target"),
            "--log-path", str(tmp_dir / "logs"),
            *args,
        ],
        env=env,
        cwd=settings.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def dbt_build(data_dir: Path, tmp_dir: Path) -> subprocess.CompletedProcess:
    """`dbt build` with the pipeline's environment for data_dir."""
    return dbt("build", data_dir, tmp_dir)


def compile_analyses(data_dir: Path, tmp_dir: Path) -> dict[str, str]:
    """`dbt compile` of the analyses (models/analyses/) against the built warehouse: name -> SQL.

    Run it before opening the warehouse: DuckDB lets one process write, and dbt opens it so.
    """
    result = dbt("compile", data_dir, tmp_dir, "--select", "resource_type:analysis")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    compiled = tmp_dir / "target" / "compiled" / "qysym" / "analyses"
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(compiled.glob("*.sql"))}


def warehouse(data_dir: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(data_dir / "warehouse" / "qysym.duckdb"), read_only=True)
