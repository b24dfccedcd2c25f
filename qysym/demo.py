"""`qysym demo`: the whole pipeline offline, through the real DAGs, against the sample mirror."""

from __future__ import annotations

import time
from datetime import date

from qysym import pipeline
from qysym.contract import OUTLETS
from qysym.mirror.corpus import build_corpus, write_ground_truth
from qysym.mirror.server import MirrorServer
from qysym.orchestration import WAREHOUSE_DAG, ensure_airflow, run_dag_test
from qysym.settings import Settings
from scrapers.outlets import outlet as registered


def run(settings: Settings) -> None:
    started = time.monotonic()
    start = date.fromisoformat(settings.mirror_start)
    corpus = build_corpus(settings.mirror_seed, start, settings.mirror_days)
    truth = write_ground_truth(corpus, settings.mirror_dir)
    print(f"[qysym] sample mirror: {len(corpus.articles)} articles {corpus.start}..{corpus.end}, "
          f"ground truth in {truth}", flush=True)
    ensure_airflow(settings)
    conf = {"since": corpus.start.isoformat(), "until": corpus.end.isoformat()}
    logical = corpus.end.isoformat()
    with MirrorServer(corpus) as base_url:
        print(f"[qysym] sample mirror serving on {base_url}", flush=True)
        for number, outlet in enumerate(OUTLETS, 1):
            print(f"[qysym] step {number}/{len(OUTLETS) + 1}: crawl DAG for {outlet}", flush=True)
            run_dag_test(settings, registered(outlet).dag_id, logical, conf, base_url=base_url)
    print(f"[qysym] step {len(OUTLETS) + 1}/{len(OUTLETS) + 1}: warehouse DAG "
          "(landing gate, dbt build, warehouse gate, publish)", flush=True)
    run_dag_test(settings, WAREHOUSE_DAG, logical)
    print()
    print(pipeline.summary(settings))
    print(f"\n[qysym] demo finished in {time.monotonic() - started:.0f} s", flush=True)
