"""
### qysym warehouse: landing gate → dbt build → warehouse gate and publish → report

Scheduled on the outlets' landing Assets: any outlet that lands a batch triggers a build. While
a build runs, further landings wait, and the next build takes them all (`max_active_runs=1`), so a
backfill of many days costs a few builds. Builds are incremental and idempotent: a rerun of the
same interval leaves the warehouse as it was.

1. **landing_gate**: the GX landing suite on every landed batch; failing batches are moved to
   `data/quarantine/` with their validation result, the rest go on.
2. **dbt_build**: real dbt (`dbt build`: seeds, models and tests) on the DuckDB warehouse.
3. **check_and_publish**: the GX warehouse gate (coverage gaps, volume, freshness: warnings;
   indicator sanity: blocking), then copy the marts and the quality results into a new
   `serving.duckdb`, swapped in atomically, plus Parquet. A blocking failure fails the task and
   readers keep the previous snapshot. Every check lands in `quality.check_results` and the
   GX Data Docs (`data/quality/docs/index.html`).
4. **report**: the run's summary (articles per outlet and edition, pressure articles per
   category, quality counts, where the snapshot is) in the task log and in
   `data/reports/summary.txt`.

Every task runs on the Celery queue `warehouse`, served only by the worker on the machine that
holds the DuckDB volume. Tasks that write the DuckDB file also run in the one-slot pool
`duckdb_writer` (DuckDB allows one writer process). These steps are deterministic, so they are
not retried: a failure writes one line to the task log and to `data/logs/alerts.log`, and posts it
to `QYSYM_ALERT_WEBHOOK` when that is set.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import DAG, Asset, AssetAny, task

from qysym.contract import OUTLETS
from qysym.orchestration import (
    DEFAULT_ARGS,
    DUCKDB_POOL,
    WAREHOUSE_DAG,
    WAREHOUSE_QUEUE,
    landing_asset,
    run_dbt_build,
    run_landing_gate,
    run_report,
    run_warehouse_gate_and_publish,
)

with DAG(
    dag_id=WAREHOUSE_DAG,
    description="Validate landed batches, build the dbt project, publish the snapshot",
    doc_md=__doc__,
    schedule=AssetAny(*(landing_asset(o) for o in OUTLETS)),
    start_date=pendulum.datetime(2020, 9, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={**DEFAULT_ARGS, "retries": 0, "queue": WAREHOUSE_QUEUE},
    tags=["qysym", "warehouse"],
):

    # every task that writes the warehouse file (the landing gate records its checks in
    # quality.check_results) holds the one-slot DuckDB writer pool
    @task(task_id="landing_gate", pool=DUCKDB_POOL)
    def landing_gate() -> dict:
        return run_landing_gate()

    @task(task_id="dbt_build", pool=DUCKDB_POOL)
    def dbt_build(gate: dict) -> None:
        run_dbt_build(gate)

    @task(task_id="check_and_publish", pool=DUCKDB_POOL,
          outlets=[Asset(name="serving_snapshot", uri="qysym://warehouse/serving")])
    def check_and_publish(gate: dict) -> dict:
        return run_warehouse_gate_and_publish(gate)

    @task(task_id="report")
    def report(published: dict, run_id: str | None = None) -> str:
        return run_report(published, run_id)

    gate = landing_gate()
    published = check_and_publish(gate)
    dbt_build(gate) >> published
    report(published)
