"""One real `dbt build` over the landed samples for the whole session, shared by the test modules."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pytest

from tests.models import landed_samples as samples
from tests.models.dbt_helpers import compile_analyses, dbt_build, warehouse


@dataclass(frozen=True)
class Built:
    con: duckdb.DuckDBPyConnection
    log: str  # the build's stdout
    analyses: dict[str, str]  # compiled SQL of models/analyses/, by file name


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dbt")
    data_dir = tmp / "data"
    samples.write_landing(data_dir)
    result = dbt_build(data_dir, tmp)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    analyses = compile_analyses(data_dir, tmp)
    con = warehouse(data_dir)
    yield Built(con, result.stdout, analyses)
    con.close()


@pytest.fixture(scope="session")
def con(built):
    return built.con
