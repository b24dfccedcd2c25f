"""The task bodies' own logic: which days a run crawls, and what a failure leaves behind."""

from __future__ import annotations

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import SimpleNamespace

import pendulum
import pytest

from qysym.orchestration import crawl_interval, interval_from_context, on_failure


def at(day: str):
    return pendulum.parse(day, tz="UTC")


@pytest.mark.parametrize(("context", "expected"), [
    # a scheduled daily run: its data interval is one UTC day
    ({"data_interval_start": at("2021-01-05"), "data_interval_end": at("2021-01-06")},
     (date(2021, 1, 5), date(2021, 1, 5))),
    # a manual run with a logical date has an empty interval: that day
    ({"data_interval_start": at("2021-01-05"), "data_interval_end": at("2021-01-05")},
     (date(2021, 1, 5), date(2021, 1, 5))),
    # params widen the interval (the crawler's date-bounded mode)
    ({"params": {"since": "2020-12-01", "until": "2020-12-31"}}, (date(2020, 12, 1), date(2020, 12, 31))),
    ({"params": {"since": "2020-12-01"}, "data_interval_start": None, "data_interval_end": None},
     (date(2020, 12, 1), date(2020, 12, 1))),
])
def test_the_interval_a_run_crawls(context, expected):
    assert interval_from_context(context) == expected


@pytest.mark.parametrize("params", [{"since": "2021-01-09", "until": "2021-01-02"}, {"since": "9 Jan"}, {}])
def test_a_bad_interval_fails_without_retries(params, data_dir):
    from airflow.sdk.exceptions import AirflowFailException

    with pytest.raises(AirflowFailException, match="bad crawl interval"):
        crawl_interval("vlast", {"params": params})


def test_a_failure_writes_one_line_to_the_alert_log_and_posts_it(data_dir, monkeypatch):
    received = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("QYSYM_ALERT_WEBHOOK", f"http://127.0.0.1:{server.server_address[1]}/")
    try:
        on_failure({
            "dag_run": SimpleNamespace(dag_id="qysym_crawl_vlast", run_id="manual__x"),
            "task_instance": SimpleNamespace(task_id="crawl", try_number=3),
            "exception": RuntimeError("the vlast crawl failed (exit 1)"),
        })
    finally:
        server.shutdown()
        server.server_close()
    lines = (data_dir / "logs" / "alerts.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    expected = ("qysym FAILED: dag=qysym_crawl_vlast run=manual__x task=crawl try=3: "
                "RuntimeError: the vlast crawl failed (exit 1)")
    assert lines[0].endswith(expected)
    assert received == [{"text": expected}]


def test_an_unreachable_webhook_is_reported_and_the_line_still_written(data_dir, monkeypatch, caplog):
    monkeypatch.setenv("QYSYM_ALERT_WEBHOOK", "http://127.0.0.1:9/unreachable")
    on_failure({"dag_run": None, "task_instance": None, "reason": "task_failure"})
    assert "task_failure" in (data_dir / "logs" / "alerts.log").read_text(encoding="utf-8")
    assert "the alert webhook failed too" in caplog.text


def test_the_warehouse_tasks_record_one_quality_run_as_qysym_build_does(data_dir):
    """The warehouse DAG's three task bodies, called as its tasks call them (each in its own
    process on a worker): the landing gate's run continues through dbt and the warehouse gate,
    so quality.check_results holds one run with all three gates' outcomes."""
    import duckdb

    from qysym import settings as settings_module
    from qysym.orchestration import run_dbt_build, run_landing_gate, run_warehouse_gate_and_publish
    from qysym.synthetic import write_landing

    write_landing(data_dir, 600, start=date(2021, 1, 1), months=1, seed=5)
    gate = run_landing_gate()
    assert gate["passed"] and gate["check_run"].startswith("check_")
    run_dbt_build(gate)
    published = run_warehouse_gate_and_publish(gate)
    assert published["rows"] and all(n >= 0 for n in published["rows"].values())
    con = duckdb.connect(str(settings_module.load().serving_path), read_only=True)
    try:
        runs = con.execute("select check_run, list(distinct \"check\" order by \"check\") from "
                           "quality.check_results group by check_run").fetchall()
    finally:
        con.close()
    assert len(runs) == 1 and runs[0][0] == gate["check_run"]
    checks = set(runs[0][1])
    assert {"language_is_an_edition", "dbt_tests", "nothing_published_is_lost"} - checks == {
        "nothing_published_is_lost"}  # a first publication has no previous one to compare
    assert {"shares_are_proportions", "source_is_fresh"} <= checks
