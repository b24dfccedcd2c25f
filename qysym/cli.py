"""The `qysym` command line: one entry point, one subcommand per job.

Every command prints progress on long work and exits non-zero with a one-line reason on failure.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path

from qysym import settings as settings_module
from qysym.contract import OUTLETS
from qysym.warehouse import QysymError


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def cmd_demo(args: argparse.Namespace) -> None:
    from qysym import demo

    demo.run(settings_module.load())


def cmd_crawl(args: argparse.Namespace) -> None:
    from qysym import pipeline

    today = date.today()
    for option, day in (("--since", args.since), ("--until", args.until)):
        if day and day > today:
            raise QysymError(f"{option} {day} is after today ({today}): nothing can have been "
                             "published then yet")
    until = args.until or today
    since = args.since or (until - timedelta(days=1))
    editions = [e.strip() for e in args.editions.split(",") if e.strip()] if args.editions else None
    result = pipeline.crawl(settings_module.load(), args.outlet, since, until, base_url=args.base_url,
                            refetch=args.refetch, editions=editions)
    print(result.batch)


def cmd_check_live(args: argparse.Namespace) -> None:
    from qysym import live

    editions = [e.strip() for e in args.editions.split(",") if e.strip()] if args.editions else None
    check = live.check_live(settings_module.load(), args.outlet, args.limit, editions, args.base_url)
    print(live.format_check(check))
    if not check.items:
        raise QysymError(f"no {args.outlet} article could be parsed; see the failures above")


def cmd_reparse(args: argparse.Namespace) -> None:
    from qysym import pipeline

    for result in pipeline.reparse(settings_module.load(), args.outlet or None, args.run_id):
        print(result.batch)


def cmd_outlets(args: argparse.Namespace) -> None:
    from scrapers.outlets import outlets

    rows = [{"slug": o.slug, "name": o.name, "editions": dict(o.editions), "crawled": o.crawled,
             "dag_id": o.dag_id if o.crawled else None, "mirror": o.mirror_ref is not None,
             "folder": str(o.folder)} for o in outlets().values()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        editions = ", ".join(f"{lang} {host}" for lang, host in row["editions"].items())
        print(f"{row['slug']:<12} {row['name']}\n{'':<12} editions: {editions}\n{'':<12} "
              f"{row['dag_id'] or 'not crawled'}; folder {row['folder']}")


def cmd_serving_init(args: argparse.Namespace) -> None:
    from qysym import serving

    settings = settings_module.load()
    if not settings.serving_url and args.if_configured:
        print("no serving database configured (QYSYM_SERVING_URL is empty): nothing to prepare")
        return
    if args.create_database and settings.serving_url:
        created = serving.ensure_database(args.admin_url or settings.serving_url)
        print("serving database created" if created else "serving database exists")
    serving.ensure_reader(settings, args.admin_url)
    print(f"role {serving.READER} ready: it may read the schema {serving.SCHEMA} of the serving "
          "database and nothing else")


def cmd_build(args: argparse.Namespace) -> None:
    from qysym import pipeline

    pipeline.build(settings_module.load())


def cmd_retract(args: argparse.Namespace) -> None:
    from qysym import retractions

    settings = settings_module.load()
    ids = list(args.article_id)
    if args.from_file:
        try:
            text = Path(args.from_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise QysymError(f"cannot read {args.from_file}: {exc.strerror}") from None
        ids += [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    entries = retractions.retract(settings, ids, args.reason)
    already = len(set(ids)) - len(entries)
    print(f"retracted {len(entries)} article(s)" + (f" ({already} were retracted before)" if already else "")
          + f", logged in {retractions.log_path(settings)}; the next `qysym build` removes them from "
          "the warehouse and the snapshot (marts.retractions lists them)")


def cmd_check(args: argparse.Namespace) -> None:
    from qysym import pipeline, quality

    settings = settings_module.load()
    # moving batches to quarantine writes: one writer at a time, as for a build
    lock = pipeline.warehouse_lock(settings) if args.quarantine else contextlib.nullcontext()
    which = pipeline.GATES if args.gate == "all" else (args.gate,)
    with lock, quality.recorded(settings) as run:
        blocking = pipeline.gates(settings, run, which, quarantine=args.quarantine, revalidate=True)
    print()
    print(quality.table(run, detail=args.detail))
    print(f"\n{len(run.outcomes)} checks, run {run.run_id}; history: qysym sql \"select * from "
          f"quality.check_results\" (after the next publish); Data Docs: {run.docs_index}")
    if run.quarantined and args.quarantine:
        print(f"{len(run.quarantined)} batch(es) quarantined, left out of the next build: "
              + ", ".join(run.quarantined))
    if blocking:
        raise QysymError(f"{len(blocking)} blocking check(s) failed (first: {blocking[0].check} on "
                         f"{blocking[0].subject})")


def cmd_sql(args: argparse.Namespace) -> None:
    from qysym import warehouse

    result = warehouse.query(settings_module.load(), args.query)
    print(warehouse.format_result(result, args.format))


def cmd_report(args: argparse.Namespace) -> None:
    from qysym import report

    path = report.write(settings_module.load(), check_run=args.check_run)
    print(f"report: {path} (one file, opens offline: file://{path})")


def cmd_classify(args: argparse.Namespace) -> None:
    from qysym import classify

    classify.classify_file(args.input, args.output, settings_module.load())


def cmd_evaluate(args: argparse.Namespace) -> None:
    from qysym import evaluate

    evaluate.evaluate(args.dev_set, mirror=args.mirror, json_path=args.json,
                      settings=settings_module.load(), labelled=args.labelled or (),
                      baseline=args.baseline)


def cmd_mirror(args: argparse.Namespace) -> None:
    import time

    from qysym.mirror.corpus import build_corpus, write_ground_truth
    from qysym.mirror.server import Faults, MirrorServer

    s = settings_module.load()
    corpus = build_corpus(s.mirror_seed, date.fromisoformat(s.mirror_start), s.mirror_days)
    write_ground_truth(corpus, s.mirror_dir)
    faults = Faults(server_error=args.error_rate, timeout=args.timeout_rate,
                    malformed=args.malformed_rate, wrong_charset=args.wrong_charset_rate,
                    drift=args.drift_rate, slow=args.slow_rate, duplicate_urls=args.duplicate_urls)
    server = MirrorServer(corpus, host=args.host, port=args.port, faults=faults)
    url = server.start()
    print(f"sample mirror: {len(corpus.articles)} articles {corpus.start}..{corpus.end} on {url}",
          flush=True)
    print(f"point a crawl at it: qysym crawl {next(iter(OUTLETS))} --since {corpus.start} "
          f"--until {corpus.end} --base-url {url}", flush=True)
    if args.ready_file:
        with open(args.ready_file, "w", encoding="utf-8") as handle:
            handle.write(url + "\n")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


def cmd_stack(args: argparse.Namespace) -> None:
    import time

    from qysym.stack import Backends, LocalAirflow

    settings = settings_module.load()
    home = Path(args.home) if args.home else settings.data_dir / "airflow-celery"
    stack = LocalAirflow(settings, Backends.from_env(args.database), home, base_url=args.base_url,
                         api_port=args.port, throwaway=False)
    with stack:
        stack.wait_for_dags()
        print(f"[qysym] Airflow UI and API: {stack.url} (loopback only); Ctrl-C stops every service "
              f"and keeps the database {args.database}", flush=True)
        while True:
            stack.check_alive()
            time.sleep(5)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qysym",
        description="Measure state pressure on NGOs and civil society in Kazakhstan from news coverage.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("demo", help="the whole pipeline offline against the bundled sample mirror")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("crawl", help="crawl one outlet for a date interval and land one batch")
    p.add_argument("outlet", choices=sorted(OUTLETS))
    p.add_argument("--since", type=_date, help="first publication day (YYYY-MM-DD); default: yesterday")
    p.add_argument("--until", type=_date, help="last publication day (YYYY-MM-DD); default: today")
    p.add_argument("--base-url", help="route requests to this server (e.g. the sample mirror) "
                   "instead of the live sites")
    p.add_argument("--editions", help="comma list of edition languages (default: all of the outlet's)")
    p.add_argument("--refetch", action="store_true",
                   help="fetch article pages again even when the raw archive already holds them")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("check-live", help="fetch a few recent articles from the real site and show "
                       "per-field extraction results (needs internet access)")
    p.add_argument("outlet", choices=sorted(OUTLETS))
    p.add_argument("--limit", type=int, default=5, help="articles to fetch (default 5)")
    p.add_argument("--editions", help="comma list of edition languages (default: all)")
    p.add_argument("--base-url", help="check against this server instead (e.g. the sample mirror)")
    p.set_defaults(func=cmd_check_live)

    p = sub.add_parser("reparse", help="rebuild landed batches from the raw WARC archive, offline")
    p.add_argument("outlet", nargs="*", choices=sorted(OUTLETS), metavar="OUTLET",
                   help="outlets to re-parse (default: all)")
    p.add_argument("--run-id", help="only this crawl run "
                   "(e.g. crawl_20201201_20201231_20261206T101500Z_3fa2)")
    p.set_defaults(func=cmd_reparse)

    p = sub.add_parser("outlets", help="list the registered outlets (scrapers/outlets/ and "
                       "QYSYM_OUTLET_DIRS): editions, hosts, crawl DAG, folder")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_outlets)

    p = sub.add_parser("serving-init", help="create the read-only role qysym_reader of the "
                       "PostgreSQL serving database (QYSYM_SERVING_URL, "
                       "QYSYM_SERVING_READER_PASSWORD)")
    p.add_argument("--admin-url", help="a role that may create roles (default: QYSYM_SERVING_URL)")
    p.add_argument("--create-database", action="store_true",
                   help="create the serving database first when it is missing")
    p.add_argument("--if-configured", action="store_true",
                   help="do nothing (exit 0) when QYSYM_SERVING_URL is empty (compose's init step)")
    p.set_defaults(func=cmd_serving_init)

    p = sub.add_parser("build", help="landing gate, dbt build, publish the snapshot")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("retract", help="remove published articles on purpose, with a reason "
                       "(logged; the only way a build may publish fewer articles)")
    p.add_argument("article_id", nargs="*", help="outlet:native_id, as marts.articles.article_id")
    p.add_argument("--reason", required=True, help="why: kept in the log and in marts.retractions")
    p.add_argument("--from-file", metavar="FILE", help="more ids, one per line")
    p.set_defaults(func=cmd_retract)

    p = sub.add_parser("check", help="run the data-quality gates now and print gate, check, "
                       "expectation, status and observed value")
    p.add_argument("--gate", choices=("landing", "warehouse", "all"), default="all")
    p.add_argument("--quarantine", action="store_true",
                   help="move batches with a blocking failure to quarantine (default: report only)")
    p.add_argument("--detail", action="store_true",
                   help="one line per batch or outlet, not one per expectation")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("sql", help="read-only SQL on the published snapshot")
    p.add_argument("query", help='one SELECT statement, e.g. "select count(*) from articles"')
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_sql)

    p = sub.add_parser("report", help="the HTML report with charts, from the published snapshot "
                       "(every publish writes it too)")
    p.add_argument("--check-run", help="the gate run whose checks it shows (default: the latest)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("classify", help="the warehouse's classification (the dbt models) applied to "
                       "the texts of a JSONL file")
    p.add_argument("--input", type=Path, required=True, metavar="F.jsonl",
                   help='one JSON object a line: {"id", "title", "text", "lang"?, "published_at"?}')
    p.add_argument("--output", type=Path, required=True, metavar="G.jsonl",
                   help='one line per input line, in order: {"id", "is_pressure", "categories", '
                   '"targets", "severity"}')
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("evaluate", help="precision, recall and F1 of the classification on the "
                       "development set's tuning and test halves, labelled real texts and the "
                       "sample mirror's ground truth")
    p.add_argument("--dev-set", type=Path, metavar="PATH",
                   help="hand-labelled JSONL (default: tests/evaluation/dev_set.jsonl), split into "
                   "a tuning and a test half by a fixed hash of each id")
    p.add_argument("--labelled", type=Path, metavar="PATH", action="append",
                   help="another hand-labelled JSONL scored whole against the real-text targets, "
                   "e.g. a blind check of real excerpts (repeatable)")
    p.add_argument("--baseline", action="store_true",
                   help='also print the "any pressure word" baseline on every set')
    p.add_argument("--mirror", action=argparse.BooleanOptionalAction, default=True,
                   help="also score the sample mirror's ground truth (default: yes)")
    p.add_argument("--json", type=Path, metavar="PATH", help="write every figure here as JSON")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("stack", help="run Airflow natively as docker-compose.yml does (PostgreSQL "
                       "metadata, Redis broker, Celery worker), until Ctrl-C")
    p.add_argument("--database", default="qysym_airflow",
                   help="PostgreSQL database for Airflow's metadata, created if missing "
                   "(QYSYM_PG_HOST/PORT/USER/PASSWORD; default: qysym_airflow on 127.0.0.1:5432)")
    p.add_argument("--port", type=int, default=8080, help="api-server port on 127.0.0.1 (default 8080)")
    p.add_argument("--home", help="Airflow home (default: <data dir>/airflow-celery)")
    p.add_argument("--base-url", help="route the crawls to this server (e.g. `qysym mirror`)")
    p.set_defaults(func=cmd_stack)

    p = sub.add_parser("mirror", help="serve the sample mirror on a loopback port")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    p.add_argument("--ready-file", help="write the base URL here once serving")
    p.add_argument("--error-rate", type=float, default=0.0, help="share of article pages answering 503")
    p.add_argument("--timeout-rate", type=float, default=0.0, help="share of article pages that hang")
    p.add_argument("--malformed-rate", type=float, default=0.0, help="share of article pages truncated")
    p.add_argument("--wrong-charset-rate", type=float, default=0.0,
                   help="share of article pages sent in windows-1251 with a wrong or missing charset")
    p.add_argument("--drift-rate", type=float, default=0.0,
                   help="share of article pages whose markup drifted (selector classes renamed)")
    p.add_argument("--slow-rate", type=float, default=0.0,
                   help="share of article pages answered after a delay below the timeout")
    p.add_argument("--duplicate-urls", type=float, default=0.0, metavar="RATE",
                   help="share of articles listed twice (under another URL) in sitemaps and listings")
    p.set_defaults(func=cmd_mirror)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        _log_to_file()
        args.func(args)
        sys.stdout.flush()  # a closed pipe or a full disk shows here, not in Python's exit
    except QysymError as exc:
        print(f"qysym: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qysym: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`qysym sql ... | head`): what it wanted was written
        _drop_stdout()
        return 0
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        where = exc.filename
        if where is None:
            data_dir = settings_module.load().data_dir
            where = data_dir if _nearly_full(data_dir) else None
        if where is None:
            _drop_stdout()
        print(f"qysym: error: the disk is full (writing {where or 'the output'}): "
              "free space, or point QYSYM_DATA_DIR at a disk with room, then rerun",
              file=sys.stderr)
        return 1
    return 0


def _log_to_file() -> None:
    """Libraries' warnings and errors (GX, dbt's adapters) go to <data>/logs/qysym.log, not to
    the terminal: a failure ends in one line there, its tracebacks are in the log. A log that
    cannot be written (a full disk) is dropped, never raised or printed."""
    import logging

    logging.raiseExceptions = False
    data_dir = settings_module.load().data_dir
    if not data_dir.is_dir():
        return  # a command that needs no data directory (classify) does not create one

    class LazyFileHandler(logging.FileHandler):
        def _open(self):  # the log folder is made only when there is something to log
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()

    handler = LazyFileHandler(data_dir / "logs" / "qysym.log", encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)


def _nearly_full(path: Path) -> bool:
    import shutil

    with contextlib.suppress(OSError):
        return shutil.disk_usage(path).free < 8 * 1024 * 1024
    return False


def _drop_stdout() -> None:
    """Send what is still buffered for stdout nowhere, so that Python's exit does not fail on it."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
