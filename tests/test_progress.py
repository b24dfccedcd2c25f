"""The live progress line of a long step: fed by a child's progress records, never by guesswork.

A real child process (a Python script standing in for Scrapy: its records have Scrapy's shape)
runs through qysym.children.run_logged_child; the real Scrapy extension is exercised by the
crawl tests (tests/scrapers/test_crawl.py).
"""

from __future__ import annotations

import io
import json
import sys
import textwrap

from qysym.children import DBT_RECORD, DBT_ROUTINE, SCRAPY_RECORD, SCRAPY_ROUTINE, run_logged_child
from qysym.progress import PREFIX, DbtProgress, ProgressLine

CHILD = textwrap.dedent('''
    import json, sys
    def record(level, text):
        print(f"2026-12-07 10:00:00 [scrapy.core] {level}: {text}", flush=True)
    record("INFO", "Spider opened")
    for done in (0, 2, 5):
        record("INFO", "qysym-progress " + json.dumps(
            {"discovered": 5, "done": done, "parsed": done, "failed": 0, "skipped": 0, "pages": done}))
    record("WARNING", "HTTP 503 from https://example.org/a/1.html")
    print("Traceback (most recent call last):")
    print("  ValueError: a long story")
    record("INFO", "Dumping Scrapy stats:")
    record("ERROR", "a page lost for good")
''')


def run(tmp_path, line: ProgressLine):
    log = tmp_path / "logs" / "child.log"
    with line:
        code = run_logged_child([sys.executable, "-c", CHILD], log, SCRAPY_RECORD, records_only=True,
                                progress=line, quiet=SCRAPY_ROUTINE)
    return code, log.read_text(encoding="utf-8")


def test_a_plain_output_gets_warnings_and_one_summary_and_the_log_gets_everything(tmp_path):
    out = io.StringIO()
    code, log = run(tmp_path, ProgressLine("vlast 2021-01-01..2021-01-02", out=out, live=False))
    shown = out.getvalue()
    assert code == 0
    # what a human needs: the warning, the error, and one closing summary with the counts
    assert "WARNING: HTTP 503" in shown and "ERROR: a page lost for good" in shown
    assert shown.strip().splitlines()[-1].startswith(
        "[qysym] vlast 2021-01-01..2021-01-02: 5/5 articles done · 0 failed, 0 skipped · 5 pages")
    assert "in " in shown.strip().splitlines()[-1]
    # not Scrapy's routine records, not the progress records, not the traceback
    assert "INFO" not in shown and PREFIX not in shown and "Traceback" not in shown
    # the log keeps every line the child wrote
    for text in ("Spider opened", PREFIX, "Traceback", "Dumping Scrapy stats", "a page lost"):
        assert text in log


def test_a_plain_output_is_not_flooded_between_summaries(tmp_path):
    out = io.StringIO()
    line = ProgressLine("tengrinews", out=out, live=False, every=3600)
    run(tmp_path, line)
    summaries = [s for s in out.getvalue().splitlines() if s.startswith("[qysym] tengrinews")]
    assert len(summaries) == 1  # only the closing one within the hour


def test_a_terminal_gets_a_live_bar_with_the_counts(tmp_path):
    out = io.StringIO()
    code, _ = run(tmp_path, ProgressLine("azattyq", out=out, live=True))
    shown = out.getvalue()
    assert code == 0
    assert "azattyq" in shown and "5/5" in shown and "articles" in shown
    assert "WARNING: HTTP 503" in shown and PREFIX not in shown


def test_time_left_comes_from_the_rate_so_far():
    line = ProgressLine("vlast", out=io.StringIO(), live=False)
    line.started -= 10  # ten seconds in
    assert line.feed(PREFIX + json.dumps({"discovered": 30, "done": 10, "failed": 1, "pages": 12}))
    assert line.summary().endswith("1.0/s · about 20 s left")
    assert not line.feed("2026-12-07 10:00:00 [scrapy] INFO: Crawled 3 pages")
    assert not line.feed(PREFIX + "{not json")


DBT_CHILD = textwrap.dedent('''
    def line(text):
        print("\\x1b[0m07:13:49  " + text, flush=True)
    line("Running with dbt=1.11.16")
    line("Found 3 models, 2 data tests")
    line("")
    line("1 of 4 START sql table model staging.outlets ........ [RUN]")
    line("1 of 4 OK created sql table model staging.outlets ........ [\\x1b[32mOK\\x1b[0m in 0.2s]")
    line("2 of 4 START sql incremental model intermediate.int_lexicon_hits ........ [RUN]")
    line("2 of 4 OK created sql incremental model intermediate.int_lexicon_hits ..... [OK in 9s]")
    line("3 of 4 START test not_null_articles_title ........ [RUN]")
    line("3 of 4 FAIL 2 not_null_articles_title ........ [\\x1b[31mFAIL 2\\x1b[0m in 0.1s]")
    line("4 of 4 START test unique_articles_article_id ........ [RUN]")
    line("4 of 4 PASS unique_articles_article_id ........ [PASS in 0.1s]")
    line("Completed successfully")
    line("Done. PASS=3 WARN=0 ERROR=1 SKIP=0 NO-OP=0 TOTAL=4")
''')


def test_dbt_shows_one_progress_line_its_failures_and_its_verdict(tmp_path):
    out = io.StringIO()
    log = tmp_path / "logs" / "dbt" / "output.log"
    with DbtProgress("dbt build", out=out, live=False, every=3600) as line:
        code = run_logged_child([sys.executable, "-c", DBT_CHILD], log, DBT_RECORD, records_only=False,
                                progress=line, quiet=DBT_ROUTINE)
    shown = out.getvalue().splitlines()
    assert code == 0
    # the failing test and dbt's verdict, without colour codes; not the routine or the node lines
    assert any("3 of 4 FAIL 2 not_null_articles_title" in s for s in shown)
    assert any(s.endswith("Done. PASS=3 WARN=0 ERROR=1 SKIP=0 NO-OP=0 TOTAL=4") for s in shown)
    assert not any("\x1b" in s or "Running with dbt" in s or "START" in s or "OK created" in s
                   for s in shown)
    assert shown[-1].startswith("[qysym] dbt build: 4/4 nodes done · 1 failed, 0 warned · "
                                "last started: unique_articles_article_id · in ")
    assert "START sql incremental model intermediate.int_lexicon_hits" in log.read_text()
