"""The HTML report, as a reader meets it: written by the demo's publish, opened from a file in real
headless Chromium (Debian's package, driven by Playwright) with the network cut off. Every chart
has data points, the console stays clean, Russian and Kazakh text is on the page, every spike link
lands on its articles, and a screenshot is kept in ``test-output/`` for a person to look at."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_qysym

pytestmark = pytest.mark.slow
OUTPUT = ROOT / "test-output"
CHARTS = {"chart-weekly", "chart-outlets", "chart-targets", "chart-ratios"}
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")


@pytest.fixture(scope="module")
def report(demo) -> Path:
    path = demo["data"] / "reports" / "report.html"
    assert path.is_file(), "the demo's publish wrote no report"
    return path


class _External(HTMLParser):
    """Every resource the page would fetch: script/img/iframe src, stylesheet links."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source") and attrs.get("src"):
            self.found.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.found.append(attrs["href"])


def test_the_run_summary_links_the_report_and_it_loads_nothing_from_elsewhere(demo, report):
    assert f"Report:    {report}" in demo["first"].stdout
    html = report.read_text(encoding="utf-8")
    parser = _External()
    parser.feed(html)
    assert parser.found == []
    # (Plotly's bundle names its CDN in strings it never fetches here: the browser test below
    # records every request the page makes)
    assert html.count("Plotly.newPlot") == len(CHARTS)


def test_qysym_report_rewrites_it_and_names_the_gate_run(demo, report):
    before = report.stat().st_mtime_ns
    out = run_qysym(demo["env"], "report").stdout
    assert str(report) in out and report.stat().st_mtime_ns > before
    latest = run_qysym(demo["env"], "sql", "select max(check_run) from quality.check_results",
                       "--format", "csv").stdout.splitlines()[1]
    assert f"Gate run <code>{latest}</code>" in report.read_text(encoding="utf-8")
    wrong = run_qysym(demo["env"], "report", "--check-run", "check_none", check=False)
    assert wrong.returncode == 0 and "No gate run is recorded" in report.read_text(encoding="utf-8")
    run_qysym(demo["env"], "report")


def test_without_a_snapshot_it_says_what_to_run(tmp_path):
    import os

    proc = run_qysym(dict(os.environ, QYSYM_DATA_DIR=str(tmp_path)), "report", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "run `qysym demo` or `qysym build`" in proc.stderr


@pytest.fixture(scope="module")
def opened(report):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is needed for this test: `make test` installs it (as root), " \
                     "or run: apt-get install chromium fonts-dejavu-core"
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        context = browser.new_context(offline=True, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        requests, console, errors = [], [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: console.append((m.type, m.text)))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri(), wait_until="load")
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4")
        charts = page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => ({
            id: gd.id,
            points: gd.data.reduce((n, t) => n + (t.x ? t.x.length : 0), 0),
            drawn: gd.querySelectorAll('.point, .js-line').length}))""")
        text = page.inner_text("body")
        links = page.evaluate("""() => Array.from(document.querySelectorAll('a[href^="#week-"]'))
            .map(a => a.getAttribute('href').slice(1))""")
        missing = [i for i in links if not page.query_selector(f"[id='{i}']")]
        page.screenshot(path=str(OUTPUT / "report.png"), full_page=True)
        # a click on a bar of the weekly chart, then on a spike's number, goes to its articles
        clicked = []
        for target in (page.locator("#chart-weekly .bars .point path").first,
                       page.locator("#chart-weekly .annotation-text", has_text="#1")):
            page.evaluate("() => { history.replaceState(null, '', ' '); window.scrollTo(0, 0); }")
            target.click(force=True)
            page.wait_for_function("() => location.hash !== ''", timeout=5000)
            clicked.append((page.evaluate("() => location.hash"), page.evaluate("() => window.scrollY")))
        browser.close()
    return {"requests": requests, "console": console, "errors": errors, "charts": charts,
            "text": text, "links": links, "missing": missing, "clicked": clicked}


def test_it_opens_offline_from_a_file_with_a_clean_console(opened):
    assert opened["errors"] == []
    assert [m for m in opened["console"] if m[0] in ("error", "warning")] == []
    assert opened["requests"] and all(u.startswith("file://") for u in opened["requests"]), opened["requests"]


def test_every_chart_shows_data_points(opened):
    assert {c["id"] for c in opened["charts"]} == CHARTS
    for chart in opened["charts"]:
        assert chart["points"] > 0 and chart["drawn"] > 0, chart


def test_russian_and_kazakh_text_renders_and_spike_links_land(opened):
    text = opened["text"]
    assert "Weekly pressure index by category" in text and "Data quality" in text
    assert re.search("[а-яё]{4,}", text) and KAZAKH_LETTERS.search(text)
    assert "\ufffd" not in text  # no replacement characters: the file's encoding was read right
    assert opened["links"] and opened["missing"] == []
    (bar, bar_scroll), (number, number_scroll) = opened["clicked"]
    assert bar.removeprefix("#") in opened["links"] and bar_scroll > 0
    assert number == f"#{opened['links'][0]}" and number_scroll > 0
    assert (OUTPUT / "report.png").stat().st_size > 50_000


def _data(**overrides) -> dict:
    """The datasets of a small published snapshot, as qysym.report.load returns them."""
    from datetime import date, datetime

    week = date(2021, 1, 4)
    data = {
        "overview": [{"articles": 3, "pressure_articles": 1, "outlets": 1, "outlet_slugs": ["vlast"],
                      "first_day": week, "last_day": date(2021, 1, 8)}],
        "weekly_index": [{"week_start": week, "category": "fiscal", "label_en": "Tax inspections",
                          "events": 1, "severity_index": 1, "total_articles": 3}],
        "vote_windows": [], "coverage_gaps": [], "top_targets": [], "ratios": [],
        "outlet_volume": [{"outlet": "vlast", "week_start": week, "total_articles": 3,
                           "pressure_articles": 1}],
        "spikes": [{"week_start": week, "week_index": 1, "week_events": 1, "categories": ["fiscal"],
                    "targets": [], "event_ids": ["e1"], "article_id": "vlast:1", "outlet": "vlast",
                    "lang": "kk", "published_at": datetime(2021, 1, 5, 9), "title": "Қоғамдық бірлестік <b>",
                    "url": "https://vlast.kz/novosti/1-x.html", "evidence_sentence": "Салық тексеруі."}],
        "quality": [],
    }
    return data | overrides


def test_a_snapshot_without_votes_or_named_targets_says_so_instead_of_empty_charts(tmp_path):
    from datetime import UTC, datetime

    from qysym.report.render import render

    html = render(_data(), datetime(2026, 1, 1, tzinfo=UTC), tmp_path / "serving.duckdb")
    assert html.count("Plotly.newPlot") == 2  # the weekly index and the outlets; no empty charts
    assert "No event names a specific target" in html
    assert "No vote window falls within the published data" in html
    assert "No gate run is recorded in this snapshot" in html
    # article text is escaped, not markup; the Kazakh title is kept as it is
    assert "Қоғамдық бірлестік &lt;b&gt;" in html and 'lang="kk"' in html


def test_a_week_beyond_the_listed_spikes_keeps_its_articles_countable(tmp_path):
    from datetime import UTC, datetime

    from qysym.report import ARTICLES_PER_SPIKE
    from qysym.report.render import render

    one = _data()["spikes"][0]
    many = [one | {"article_id": f"vlast:{i}"} for i in range(ARTICLES_PER_SPIKE + 5)]
    html = render(_data(spikes=many), datetime(2026, 1, 1, tzinfo=UTC), tmp_path / "s.duckdb")
    assert html.count("<code>vlast:") == ARTICLES_PER_SPIKE
    assert "and 5 more: <code>qysym sql" in html


def test_vote_windows_are_shaded_and_coverage_gaps_marked_on_the_weekly_index():
    from datetime import date

    from qysym.report.render import weekly_index_figure

    week = date(2021, 1, 4)
    data = _data(
        weekly_index=[{"week_start": w, "category": "fiscal", "label_en": "Tax inspections",
                       "events": 1, "severity_index": 1, "total_articles": 3}
                      for w in (date(2020, 12, 28), week, date(2021, 1, 11))],
        coverage_gaps=[{"week_start": week, "outlet": "vlast", "gap_days": 2, "articles": 1}],
        vote_windows=[{"vote_id": "v", "vote_name": "Mazhilis", "vote_date": date(2021, 1, 10),
                       "pre_election_first_day": date(2020, 10, 12),
                       "pre_election_last_day": date(2021, 1, 9),
                       "campaign_first_day": date(2020, 10, 21),
                       "campaign_last_day": date(2021, 1, 9)},
                      {"vote_id": "far", "vote_name": "Later", "vote_date": date(2022, 6, 5),
                       "pre_election_first_day": date(2022, 3, 7),
                       "pre_election_last_day": date(2022, 6, 4),
                       "campaign_first_day": date(2022, 5, 6),
                       "campaign_last_day": date(2022, 6, 4)}])
    fig = weekly_index_figure(data)
    gap = next(t for t in fig.data if t.name == "coverage gap")
    assert list(gap.customdata[0]) == ["2021-01-04", "vlast (2 gap day(s))"]
    rects = [s for s in fig.layout.shapes if s.type == "rect"]
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    # both windows of the vote in range, clipped to the data; nothing of the later vote
    assert len(rects) == 2 and len(lines) == 1 and str(lines[0].x0) == "2021-01-10"
    assert all(str(r.x0) >= "2020-12-24" for r in rects)
    assert [a.text for a in fig.layout.annotations if "Mazhilis" in str(a.text)]
    assert not [a for a in fig.layout.annotations if "Later" in str(a.text)]
