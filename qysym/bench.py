"""Benchmarks, run by ``make bench`` (``python -m qysym.bench [crawl]``).

``crawl``: builds a sample-mirror corpus of at least 10,000 articles, crawls every outlet over
real HTTP (one Scrapy process per outlet), then, without the network,

- re-parses the whole raw archive with ``qysym reparse`` and checks the batches are
  byte-identical to the crawl's;
- measures parse throughput on one core: every archived article page through the outlet's
  ``parse_article``, against a bare ``lxml.html.fromstring`` of the same bytes;
- scores the bodies against the ground truth with all layers and with the selector layer
  switched off (fallbacks alone).

Results are printed and written to ``<data>/bench/crawl.json``.

``warehouse``: writes a synthetic landing zone of 1,000,000 articles (qysym.synthetic), runs a
full ``dbt build`` (models and tests), adds 1% new articles and runs the incremental build, and
reports both times, classification throughput (articles per second through sentences, anchors,
hits and labels) and the peak memory of the dbt process, to ``<data>/bench/warehouse.json``.

``gates``: 100,000 synthetic articles with their crawl reports; the landing gate (every batch
new), a full ``dbt build`` and the warehouse gate, timed; the gates' share of the build time goes
to ``<data>/bench/gates.json`` (target < 10%).
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from qysym import settings as settings_module
from qysym.contract import OUTLETS
from scrapers.outlets import outlet as registered

TARGET_PAGES_PER_SECOND = 150
TARGET_RATIO = 3.0


def _say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def _corpus(min_articles: int):
    from qysym.mirror.corpus import build_corpus

    start, days = date(2019, 1, 1), 400
    while True:
        corpus = build_corpus(seed=20210110, start=start, days=days)
        if len(corpus.articles) >= min_articles:
            return corpus
        days = int(days * min_articles / max(1, len(corpus.articles))) + 10


def _archived_pages(data_dir: Path) -> list[tuple[str, str, str, bytes, object, str | None]]:
    """(outlet, url, lang, body, fetched_at, content type) of every article page some run parsed."""
    from scrapers.archive import Archive

    pages = []
    for outlet in OUTLETS:
        archive = Archive(data_dir / "archive", outlet)
        try:
            for run in archive.runs():
                for page in archive.pages(run["run_id"]):
                    stored = archive.read(page.record_id)
                    pages.append((outlet, stored.url, page.lang, stored.body, stored.fetched_at,
                                  stored.header("Content-Type")))
        finally:
            archive.close()
    return pages


def parse_throughput(pages: list, rounds: int = 3) -> dict:
    """Best of ``rounds``: our parsers vs a bare lxml parse, same bytes, this one core."""
    import lxml.html

    from scrapers.pages.common import encoding_from_content_type

    modules = {o: registered(o).pages for o in OUTLETS}
    prepared = [(modules[o], url, lang, body, fetched, encoding_from_content_type(ctype))
                for o, url, lang, body, fetched, ctype in pages]

    def ours() -> None:
        for module, url, lang, body, fetched, encoding in prepared:
            module.parse_article(url, body, fetched, lang, declared_encoding=encoding)

    def bare() -> None:
        for _, _, _, body, _, _ in prepared:
            lxml.html.fromstring(body)

    def best(func) -> float:
        times = []
        for _ in range(rounds):
            gc.collect()
            started = time.process_time()
            func()
            times.append(time.process_time() - started)
        return min(times)

    bare()  # warm caches (trafilatura and dateparser imports, CSS-to-XPath translations)
    ours()
    # The bench process holds the whole mirror corpus, which a crawl process never does: keep
    # the garbage collector from rescanning it while the parsers allocate (gc.freeze).
    gc.collect()
    gc.freeze()
    try:
        ours_s, bare_s = best(ours), best(bare)
    finally:
        gc.unfreeze()
    n = len(prepared)
    return {
        "pages": n,
        "mean_page_kb": round(sum(len(p[3]) for p in pages) / n / 1024, 1),
        "parse_seconds": round(ours_s, 3),
        "bare_lxml_seconds": round(bare_s, 3),
        "pages_per_second_per_core": round(n / ours_s, 1),
        "bare_lxml_pages_per_second": round(n / bare_s, 1),
        "ratio_to_bare_lxml": round(ours_s / bare_s, 2),
    }


def body_scores(corpus, disabled: tuple[str, ...] = (), sample: int = 2000) -> dict:
    """Parse article pages the mirror serves (faults off; every n-th article up to ``sample``),
    score their bodies against the ground truth."""
    from qysym.crawlcheck import SIMILAR, similarity
    from qysym.mirror.server import MirrorSite
    from scrapers.pages.common import ParseError, disabled_layers

    site = MirrorSite(corpus)
    modules = {o: registered(o).pages for o in OUTLETS}
    fetched_at = _fetch_clock()
    good = failed = 0
    step = max(1, len(corpus.articles) // sample)
    articles = corpus.articles[::step]
    with disabled_layers(*disabled):
        for article in articles:
            reply = site.route(article.host, article.path, {})
            truth = article.truth()
            try:
                item = modules[article.outlet].parse_article(article.url, reply.body, fetched_at,
                                                             article.lang)
            except ParseError:
                failed += 1
                continue
            good += similarity(item["body"], truth["body"]) >= SIMILAR
    n = len(articles)
    return {"articles": n, "similar": good, "parse_failed": failed,
            "similar_share": round(good / n, 4)}


def _fetch_clock():
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0)


def bench_crawl(min_articles: int) -> dict:
    from qysym.crawlcheck import crawl_outlets
    from qysym.mirror.server import MirrorServer
    from scrapers.reparse import reparse

    settings = settings_module.load()
    data_dir = settings.data_dir / "bench" / "crawl"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    _say(f"building a mirror corpus of at least {min_articles} articles")
    corpus = _corpus(min_articles)
    since, until = corpus.start, corpus.start + timedelta(days=corpus.days - 1)
    _say(f"{len(corpus.articles)} articles, {since}..{until}; crawling the three outlets "
         f"over HTTP (logs in {data_dir / 'logs'})")
    started = time.perf_counter()
    with MirrorServer(corpus) as url:
        reports = crawl_outlets(data_dir, url, since, until)
    crawl_seconds = time.perf_counter() - started
    landed = {o: r["counts"]["landed"] for o, r in reports.items()}
    _say(f"crawled in {crawl_seconds:.0f} s: landed {landed}")

    batches = sorted((data_dir / "landing").glob("outlet=*/date=*/*.jsonl"))
    crawl_bytes = {p: p.read_bytes() for p in batches}
    _say("re-parsing the whole archive, offline")
    started = time.perf_counter()
    results = reparse(data_dir)
    reparse_seconds = time.perf_counter() - started
    identical = all(p.read_bytes() == raw for p, raw in crawl_bytes.items())
    pages = sum(r.pages for r in results)
    _say(f"reparse: {pages} pages in {reparse_seconds:.1f} s, batches byte-identical: {identical}")

    _say("measuring parse throughput on one core (best of 3)")
    throughput = parse_throughput(_archived_pages(data_dir))
    _say("scoring bodies against the ground truth (all layers, then fallbacks alone)")
    all_layers = body_scores(corpus)
    fallbacks = body_scores(corpus, ("selectors",))
    result = {
        "command": "make bench",
        "articles_in_corpus": len(corpus.articles),
        "crawl_seconds": round(crawl_seconds, 1),
        "landed": landed,
        "reparse": {"pages": pages, "seconds": round(reparse_seconds, 1),
                    "byte_identical": identical},
        "parse_throughput": throughput,
        "bodies_all_layers": all_layers,
        "bodies_fallbacks_only": fallbacks,
        "targets": {
            "pages_per_second_per_core": TARGET_PAGES_PER_SECOND,
            "ratio_to_bare_lxml": TARGET_RATIO,
            "bodies_all_layers": 0.99,
            "bodies_fallbacks_only": 0.90,
        },
        "machine": {"python": sys.version.split()[0]},
    }
    result["met"] = {
        "reparse_byte_identical": identical,
        "pages_per_second_per_core": throughput["pages_per_second_per_core"] >= TARGET_PAGES_PER_SECOND,
        "ratio_to_bare_lxml": throughput["ratio_to_bare_lxml"] <= TARGET_RATIO,
        "bodies_all_layers": all_layers["similar_share"] >= 0.99,
        "bodies_fallbacks_only": fallbacks["similar_share"] >= 0.90,
    }
    out = settings.data_dir / "bench" / "crawl.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    _print(result, out)
    return result


def _run_dbt_measured(data_dir: Path, *args: str) -> tuple[float, int, dict]:
    """Run `dbt build` for ``data_dir``; return (seconds, peak RSS bytes of dbt, model timings)."""
    import dataclasses
    import subprocess

    import psutil

    from qysym.pipeline import dbt_command

    settings = dataclasses.replace(settings_module.load(), data_dir=data_dir)
    command, env = dbt_command(settings, "build", *args)
    target = Path(env["DBT_TARGET_PATH"])
    project = settings.dbt_project_dir
    (data_dir / "logs").mkdir(parents=True, exist_ok=True)
    log = data_dir / "dbt.log"
    peak = 0
    started = time.perf_counter()
    with log.open("a") as handle:
        proc = subprocess.Popen(command, env=env, cwd=project, stdout=handle,
                                stderr=subprocess.STDOUT)
        watched = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                rss = watched.memory_info().rss + sum(
                    c.memory_info().rss for c in watched.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.2)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"dbt build failed (exit {proc.returncode}); see {log}")
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8"))
    timings = {r["unique_id"].split(".")[-1]: round(r["execution_time"], 2)
               for r in results["results"] if r["unique_id"].startswith("model.")}
    tests = [r["execution_time"] for r in results["results"]
             if r["unique_id"].startswith(("test.", "unit_test."))]
    timings["(all tests)"] = round(sum(tests), 2)
    return seconds, peak, timings


CLASSIFICATION_MODELS = ("int_article_sentences", "int_lexicon_anchors", "int_lexicon_hits",
                         "int_article_labels")


# Where the warehouse suite measures publishing to PostgreSQL when QYSYM_SERVING_URL names no
# serving database: this machine's own server (created when missing, like `qysym serving-init`).
BENCH_SERVING_URL = "postgresql://postgres@127.0.0.1:5432/qysym_bench"


def _publish_measured(data_dir: Path, run_id: str) -> dict:
    """Publish the bench warehouse: the DuckDB snapshot and exports, then the PostgreSQL serving
    database (qysym.serving), each timed; the serving part is skipped, with the reason, when no
    PostgreSQL answers."""
    import dataclasses

    from qysym import report, serving, warehouse
    from qysym.warehouse import QysymError

    settings = dataclasses.replace(settings_module.load(), data_dir=data_dir)
    settings = dataclasses.replace(settings, serving_url=settings.serving_url or BENCH_SERVING_URL)
    started = time.perf_counter()
    published = warehouse.publish(settings)
    snapshot_s = time.perf_counter() - started
    started = time.perf_counter()
    report.write(settings)
    measured = {"snapshot_seconds": round(snapshot_s, 1),
                "report_seconds": round(time.perf_counter() - started, 1),
                "report_bytes": report.report_path(settings).stat().st_size}
    try:
        serving.ensure_database(settings.serving_url)
        served = serving.publish(settings, published.path, published.tables, run_id)
    except QysymError as exc:
        _say(f"publish to PostgreSQL not measured: {exc}")
        return measured | {"serving_seconds": None, "serving_skipped": str(exc)}
    return measured | {"serving_seconds": round(served.seconds, 1),
                       "serving_rows": sum(served.tables.values())}


def bench_warehouse(n_articles: int, increment: float = 0.01) -> dict:
    import duckdb

    from qysym.pipeline import SAME_RULES_BUILD_ARGS
    from qysym.synthetic import story_pool, write_landing

    settings = settings_module.load()
    data_dir = settings.data_dir / "bench" / "warehouse"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    _say(f"writing {n_articles:,} synthetic articles as landed batches (ru, kk, en; ~2,400 chars)")
    pool = story_pool(7)
    started = time.perf_counter()
    write_landing(data_dir, n_articles, pool=pool, progress=_say)
    landing_bytes = sum(p.stat().st_size for p in (data_dir / "landing").rglob("*.jsonl"))
    _say(f"landed {landing_bytes / 1e9:.2f} GB in {time.perf_counter() - started:.0f} s; "
         f"full dbt build (models and tests)...")
    full_s, full_peak, full_models = _run_dbt_measured(data_dir, "--full-refresh")
    _say(f"full build: {full_s:.0f} s, peak memory {full_peak / 2**30:.2f} GiB")
    full_publish = _publish_measured(data_dir, "bench_full")
    _say(f"full publish: snapshot {full_publish['snapshot_seconds']} s, report "
         f"{full_publish['report_seconds']} s, PostgreSQL {full_publish['serving_seconds']} s")
    added = int(n_articles * increment)
    write_landing(data_dir, added, start=date(2026, 1, 1), months=1, seed=99,
                  id_offset=900_000_000, run_suffix="_increment", pool=pool)
    _say(f"added {added:,} articles ({increment:.0%}); incremental dbt build...")
    # the daily build under unchanged rules, as pipeline.dbt_build runs it (no unit tests)
    inc_s, inc_peak, inc_models = _run_dbt_measured(data_dir, *SAME_RULES_BUILD_ARGS)
    _say(f"incremental build: {inc_s:.0f} s ({inc_s / full_s:.1%} of the full build)")
    inc_publish = _publish_measured(data_dir, "bench_incremental")
    _say(f"publish after it: snapshot {inc_publish['snapshot_seconds']} s, PostgreSQL "
         f"{inc_publish['serving_seconds']} s")
    con = duckdb.connect(str(data_dir / "warehouse" / "qysym.duckdb"), read_only=True)
    articles = con.execute("select count(*) from intermediate.int_articles").fetchone()[0]
    pressure = con.execute("select count(distinct article_id) from intermediate.int_article_labels"
                           ).fetchone()[0]
    con.close()
    classify_s = sum(full_models.get(m, 0) for m in CLASSIFICATION_MODELS)
    result = {
        "command": "make bench",
        "articles": n_articles,
        "articles_after_increment": articles,
        "pressure_articles": pressure,
        "landing_gb": round(landing_bytes / 1e9, 2),
        "full_build_seconds": round(full_s, 1),
        "incremental_build_seconds": round(inc_s, 1),
        "incremental_share_of_full": round(inc_s / full_s, 4),
        "classification_seconds": round(classify_s, 1),
        "classification_articles_per_second": round(n_articles / classify_s) if classify_s else None,
        "peak_memory_gib": round(max(full_peak, inc_peak) / 2**30, 2),
        "full_build_models": full_models,
        "incremental_build_models": inc_models,
        # issue 15: the PostgreSQL publish after the incremental build takes no longer than it
        "full_publish": full_publish,
        "incremental_publish": inc_publish,
        "targets": {"full_build_seconds": 900, "incremental_share_of_full": 0.05,
                    "peak_memory_gib": 6},
    }
    result["met"] = {
        "full_build_seconds": full_s <= 900,
        "incremental_share_of_full": inc_s / full_s <= 0.05,
        "peak_memory_gib": max(full_peak, inc_peak) <= 6 * 2**30,
        "all_articles_built": articles == n_articles + added,
    }
    if inc_publish["serving_seconds"] is not None:  # measured only where PostgreSQL answers
        result["met"]["serving_publish_within_incremental_build"] = (
            inc_publish["serving_seconds"] <= inc_s)
    out = settings.data_dir / "bench" / "warehouse.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print()
    for name, value in (
        ("articles", f"{n_articles:,} (+{added:,} incremental); {result['landing_gb']} GB landed"),
        ("full build (dbt build)", f"{result['full_build_seconds']} s (target <= 900 s)"),
        ("incremental build", f"{result['incremental_build_seconds']} s = "
         f"{result['incremental_share_of_full']:.1%} of full (target <= 5%)"),
        ("classification", f"{result['classification_articles_per_second']} articles/s "
         f"(sentences, anchors, hits, labels: {result['classification_seconds']} s)"),
        ("peak memory", f"{result['peak_memory_gib']} GiB (target <= 6 GiB)"),
        ("publish to PostgreSQL", f"{full_publish['serving_seconds']} s full, "
         f"{inc_publish['serving_seconds']} s after the increment (target <= the incremental "
         "build)"),
        ("HTML report", f"{inc_publish['report_seconds']} s, "
         f"{inc_publish['report_bytes'] / 1e6:.1f} MB"),
    ):
        print(f"  {name.ljust(24)}  {value}")
    print(f"\n  all targets met: {all(result['met'].values())}   ({out})", flush=True)
    return result


def _print(result: dict, out: Path) -> None:
    t = result["parse_throughput"]
    rows = [
        ("articles crawled over HTTP", f"{sum(result['landed'].values())} in "
         f"{result['crawl_seconds']} s"),
        ("reparse of the archive", f"{result['reparse']['pages']} pages in "
         f"{result['reparse']['seconds']} s, byte-identical: {result['reparse']['byte_identical']}"),
        ("parse throughput (1 core)", f"{t['pages_per_second_per_core']} pages/s "
         f"(target >= {TARGET_PAGES_PER_SECOND}); mean page {t['mean_page_kb']} KB"),
        ("ratio to bare lxml parse", f"{t['ratio_to_bare_lxml']}x (target <= {TARGET_RATIO}x; "
         f"bare lxml {t['bare_lxml_pages_per_second']} pages/s)"),
        ("bodies >= 0.95 similar", f"{result['bodies_all_layers']['similar_share']:.2%} all layers "
         f"(target 99%), {result['bodies_fallbacks_only']['similar_share']:.2%} fallbacks alone "
         f"(target 90%)"),
    ]
    width = max(len(r[0]) for r in rows)
    print()
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")
    print(f"\n  all targets met: {all(result['met'].values())}   ({out})", flush=True)


def bench_gates(n_articles: int) -> dict:
    """The data-quality gates' cost against the build they guard: landing gate (every batch new),
    dbt build, warehouse gate, on ``n_articles`` synthetic articles (issue: < 10% at 100,000)."""
    import dataclasses

    from qysym import pipeline, quality
    from qysym.synthetic import story_pool, write_landing

    base = settings_module.load()
    data_dir = base.data_dir / "bench" / "gates"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    settings = dataclasses.replace(base, data_dir=data_dir)
    _say(f"writing {n_articles:,} synthetic articles with their crawl reports")
    write_landing(data_dir, n_articles, pool=story_pool(7))
    run = quality.start(settings)
    started = time.perf_counter()
    quality.landing_gate(settings, run, pipeline.landed_batches(settings))
    landing_s = time.perf_counter() - started
    _say(f"landing gate: {landing_s:.1f} s; full dbt build...")
    build_s, _, _ = _run_dbt_measured(data_dir, "--full-refresh")
    _say(f"dbt build: {build_s:.1f} s; warehouse gate...")
    started = time.perf_counter()
    quality.warehouse_gate(settings, run, pipeline.run_results_path(settings))
    quality.record(settings, run)
    warehouse_s = time.perf_counter() - started
    overhead = (landing_s + warehouse_s) / build_s
    result = {
        "command": "make bench",
        "articles": n_articles,
        "batches": len(pipeline.landed_batches(settings)),
        "landing_gate_seconds": round(landing_s, 1),
        "dbt_build_seconds": round(build_s, 1),
        "warehouse_gate_seconds": round(warehouse_s, 1),
        "gates_share_of_build": round(overhead, 4),
        "checks_recorded": len(run.outcomes),
        "quarantined": run.quarantined,
        "targets": {"gates_share_of_build": 0.10},
        "met": {"gates_share_of_build": overhead < 0.10, "nothing_quarantined": not run.quarantined},
    }
    out = base.data_dir / "bench" / "gates.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print()
    print(f"  articles                  {n_articles:,} in {result['batches']} batches")
    print(f"  landing gate              {result['landing_gate_seconds']} s")
    print(f"  dbt build (full)          {result['dbt_build_seconds']} s")
    print(f"  warehouse gate            {result['warehouse_gate_seconds']} s")
    print(f"  gates / build             {overhead:.1%} (target < 10%)")
    print(f"\n  all targets met: {all(result['met'].values())}   ({out})", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qysym.bench", description=__doc__.split("\n")[0])
    parser.add_argument("suite", nargs="?", default="all",
                        choices=("all", "crawl", "warehouse", "gates"))
    parser.add_argument("--articles", type=int, default=None,
                        help="corpus size (default: 10,000 for crawl, 1,000,000 for warehouse, "
                        "100,000 for gates)")
    args = parser.parse_args(argv)
    met = True
    if args.suite in ("all", "crawl"):
        met &= all(bench_crawl(args.articles or 10_000)["met"].values())
    if args.suite in ("all", "warehouse"):
        met &= all(bench_warehouse(args.articles or 1_000_000)["met"].values())
    if args.suite in ("all", "gates"):
        met &= all(bench_gates(args.articles or 100_000)["met"].values())
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
