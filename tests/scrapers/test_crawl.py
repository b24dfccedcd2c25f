"""Real crawls through the real Scrapy engine, routed to a local server by ``QYSYM_BASE_URL``.

Each crawl runs in a subprocess (Twisted's reactor cannot restart). The server answers by the
``Host`` header, so these tests also prove the routing: real URLs in, real URLs out, the real
host on the wire, redirects to absolute real URLs followed, robots.txt obeyed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qysym.contract import FIELD_NAMES, validate_article
from qysym.progress import PREFIX
from tests.scrapers.conftest import outlet_page as fixture
from tests.scrapers.fakesite import FakeSite, Reply

ROOT = Path(__file__).resolve().parents[2]
UA = "qysym-test/1.0 (+test@example.org)"


def crawl(
    outlet: str, site: FakeSite, data_dir: Path, *args: str, settings: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QYSYM_DATA_DIR=str(data_dir),
        QYSYM_USER_AGENT=UA,
        SCRAPY_SETTINGS_MODULE="scrapers.settings",
        PYTHONPATH=str(ROOT),
    )
    env.pop("QYSYM_BASE_URL", None)
    command = [sys.executable, "-m", "scrapy", "crawl", outlet]
    command += ["-s", f"QYSYM_BASE_URL={site.base_url}"]
    command += [part for arg in args for part in ("-a", arg)]
    command += [part for setting in settings for part in ("-s", setting)]
    proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


def landed(data_dir: Path, outlet: str, since: str, run_id: str) -> tuple[list[dict], dict, bytes]:
    """Items, report and bytes of the newest batch whose run id is or starts with ``run_id`` (a
    crawl without ``-a run_id`` gets its own: ``crawl_<since>_<until>_<UTC start>_<tag>``)."""
    folder = data_dir / "landing" / f"outlet={outlet}" / f"date={since}"
    batches = sorted(folder.glob(f"{run_id}*.jsonl"), key=lambda p: p.stat().st_mtime_ns)
    assert batches, sorted(p.name for p in folder.iterdir())
    raw = batches[-1].read_bytes()
    report = json.loads(batches[-1].with_suffix(".report.json").read_text(encoding="utf-8"))
    # every batch has its report, and no run left a temporary file behind
    names = sorted(p.name for p in folder.iterdir())
    assert all(f"{b.stem}.report.json" in names for b in folder.glob("*.jsonl")), names
    assert not [n for n in names if not n.endswith((".jsonl", ".report.json"))], names
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()], report, raw


# --- azattyq: sitemaps, the rus.azattyq.org -> www.azattyqasia.org move, robots.txt ----------

AZ_KK_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://www.azattyq.org/a/qogamdyq-birlestik/31000001.html</loc>
<lastmod>2020-12-08T12:00:00+06:00</lastmod></url>
<url><loc>https://www.azattyq.org/a/31000002.html</loc><lastmod>2020-12-08</lastmod></url>
</urlset>"""


def azattyq_routes() -> dict:
    asia, rus, kk = "www.azattyqasia.org", "rus.azattyq.org", "www.azattyq.org"
    child = fixture("azattyq_sitemap_child.xml").replace(
        b"</urlset>",
        b"<url><loc>https://rus.azattyq.org/a/33134605.html</loc>"
        b"<lastmod>2020-12-08T09:00:00Z</lastmod></url></urlset>",
    )
    return {
        (rus, "/sitemap.xml"): Reply.redirect("https://www.azattyqasia.org/sitemap.xml"),
        (rus, "/a/33134605.html"): Reply.redirect("https://www.azattyqasia.org/a/33134605.html"),
        (asia, "/robots.txt"): Reply(200, b"User-agent: *\nDisallow: /a/shtraf-fondu/\n"),
        (asia, "/sitemap.xml"): Reply.xml(fixture("azattyq_sitemap_index.xml")),
        (asia, "/sitemap_1.xml"): Reply.xml(child),
        # sitemap_2.xml's lastmod is before `since`: it must not be fetched at all.
        (asia, "/sitemap_2.xml"): Reply(500),
        (asia, "/sitemap_3.xml"): Reply(503),
        (asia, "/a/33134603.html"): Reply.html(fixture("azattyq_article_ru.html")),
        # Really windows-1251, as the header says, while the page's <meta> claims UTF-8.
        (asia, "/a/33134605.html"): Reply.html(
            fixture("azattyq_article_ru.html").decode("utf-8"), charset="cp1251"
        ),
        (kk, "/sitemap.xml"): Reply.xml(AZ_KK_SITEMAP),
        # UTF-8 under a header that claims windows-1251.
        (kk, "/a/qogamdyq-birlestik/31000001.html"): Reply(
            200, fixture("azattyq_article_kk.html"), {"Content-Type": "text/html; charset=cp1251"}
        ),
        (kk, "/a/31000002.html"): Reply.html("<html><body><p>пусто</p></body></html>"),
    }


def test_azattyq_crawl_follows_the_move_and_lands_real_urls(tmp_path):
    with FakeSite(azattyq_routes()) as site:
        # Until the Kazakh article's own date: a page published after the window is not landed,
        # whatever the sitemap's lastmod says.
        crawl("azattyq", site, tmp_path, "since=2020-12-08", "until=2024-02-25")
    items, report, _ = landed(tmp_path, "azattyq", "2020-12-08", "crawl_20201208_20240225")

    assert [(i["native_id"], i["url"], i["lang"]) for i in items] == [
        ("31000001", "https://www.azattyq.org/a/qogamdyq-birlestik/31000001.html", "kk"),
        ("33134603", "https://www.azattyqasia.org/a/33134603.html", "ru"),
        ("33134605", "https://www.azattyqasia.org/a/33134605.html", "ru"),
    ]
    for item in items:
        assert list(item) == list(FIELD_NAMES)
        assert re.fullmatch(r"crawl_20201208_20240225_\d{8}T\d{6}Z_[0-9a-f]{4}", item["run_id"])
        validate_article(item)
    # Wrong or legacy charsets still land the same text.
    assert items[0]["title"] == "Қоғамдық бірлестік тексеріс туралы хабарлады"
    assert items[1]["content_hash"] == items[2]["content_hash"]
    assert items[2]["title"] == "Фонд «Открытая степь» оштрафовали за отчёт"

    hosts = {(s.host, s.path) for s in site.seen}
    assert ("rus.azattyq.org", "/sitemap.xml") in hosts  # the real host went out on the wire
    assert ("www.azattyqasia.org", "/sitemap_2.xml") not in hosts  # older than since
    assert ("www.azattyqasia.org", "/a/shtraf-fondu/33134604.html") not in hosts  # robots.txt
    assert ("www.azattyqasia.org", "/robots.txt") in hosts
    assert all(s.user_agent == UA for s in site.seen)

    assert report["status"] == "partial"
    # Every article URL discovery found is accounted for exactly once.
    assert report["counts"] == {
        "discovered": 8, "parsed": 3, "landed": 3, "failed": 1, "discovery_failed": 1,
        "dropped": 0, "skipped": 4,
    }
    assert report["reconciles"] is True
    assert report["failed"] == {"parse/title": 1}
    assert report["failures"] == [
        {"url": "https://www.azattyq.org/a/31000002.html", "native_id": "31000002",
         "reason": "parse/title"},
    ]
    assert report["discovery_failed"] == {"http_503": 1}
    assert report["skipped"] == {"robots": 1, "out_of_window": 2, "malformed_url": 1}
    assert report["discovery_skipped"]["sitemap_before_since"] == 1
    assert report["layers"]["title"] == {
        "selectors": 1.0, "jsonld": 0.0, "generic": 0.0, "first_paragraph": 0.0
    }


# --- tengrinews: news sitemaps per edition, malformed sub-brand entries ------------------------

TN_KK_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://tengrinews.kz/kk-sitemap-news-1.xml</loc></sitemap>
</sitemapindex>"""
TN_KK_NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://kaz.tengrinews.kz/kazakhstan/shymkentte-eriktiler-uiymy-512001/</loc>
<lastmod>2024-12-10T13:02:00+05:00</lastmod></url>
</urlset>"""


def test_tengrinews_crawl_lands_both_editions_and_counts_failures(tmp_path):
    host = "tengrinews.kz"
    news = fixture("tengrinews_sitemap_news.xml").replace(
        b"</urlset>",
        b"<url><loc>https://tengrinews.kz/crime/medlennaya-novost-421310/</loc>"
        b"<lastmod>2024-12-10T10:00:00+05:00</lastmod></url></urlset>",
    )
    routes = {
        (host, "/sitemap-index.xml"): Reply.xml(fixture("tengrinews_sitemap_index.xml")),
        (host, "/sitemap-news-2024-12.xml"): Reply.xml(news),
        (host, "/crime/medlennaya-novost-421310/"): Reply(200, b"<p>late</p>", delay=1.5),
        (host, "/kazakhstan_news/v-karagande-proverili-obedinenie-421337/"): Reply.html(
            fixture("tengrinews_article_ru.html")
        ),
        (host, "/world_news/drugaya-novost-421300/"): Reply(503, b"busy"),
        (host, "/kk-sitemap-index.xml"): Reply.xml(TN_KK_INDEX),
        (host, "/kk-sitemap-news-1.xml"): Reply.xml(TN_KK_NEWS),
        # The fixture says "Кеше 13:02" (yesterday), which a crawl today would read as
        # yesterday; this crawl is of December 2024, so the page carries that date.
        ("kaz.tengrinews.kz", "/kazakhstan/shymkentte-eriktiler-uiymy-512001/"): Reply.html(
            fixture("tengrinews_article_kk.html").replace(
                "Кеше 13:02".encode(), "10 желтоқсан 2024, 13:02".encode())
        ),
    }
    with FakeSite(routes) as site:
        crawl("tengrinews", site, tmp_path, "since=2024-12-09", "until=2024-12-10",
              settings=("DOWNLOAD_TIMEOUT=0.5", "RETRY_TIMES=1"))
    items, report, _ = landed(tmp_path, "tengrinews", "2024-12-09", "crawl_20241209_20241210")

    assert [(i["native_id"], i["lang"], i["section"]) for i in items] == [
        ("kk:512001", "kk", "kazakhstan"),
        ("ru:421337", "ru", "kazakhstan_news"),
    ]
    paths = [s.path for s in site.seen]
    assert "/sitemap-tags.xml" not in paths and "/sitemap-news-2024-11.xml" not in paths
    assert paths.count("/world_news/drugaya-novost-421300/") == 2  # one try and one retry
    assert report["failed"] == {"http_503": 1, "timeout": 1}
    assert report["skipped"]["malformed_url"] == 2  # the tengrisport entry and /news/
    assert report["discovery_skipped"]["sitemap_not_followed"] == 2  # sitemap-tags and the sub-brand index
    assert report["skipped"]["out_of_window"] == 1


# --- vlast: archive pagination, stop at since, a lost page does not end the section -----------

def _archive(items: list[tuple[str, str]], last: int | None = None) -> str:
    rows = "".join(
        f'<div class="news-inline-item media"><a class="news-inline-item-title" href="{href}">'
        f't</a><time datetime="{when}">{when}</time></div>'
        for href, when in items
    )
    head = f'<link rel="last" href="/x/{last}/?archive=1">' if last else ""
    return f"<html><head>{head}</head><body>{rows}</body></html>"


def vlast_routes() -> dict:
    host = "vlast.kz"
    ru_article = fixture("vlast_article_ru.html")
    return {
        (host, "/novosti/?archive=1"): Reply.html(fixture("vlast_archive.html")),
        # Page 2 is lost; page 3 still gets read, and its items are all before since: stop.
        (host, "/novosti/2/?archive=1"): Reply(500),
        (host, "/novosti/3/?archive=1"): Reply.html(
            _archive([("/novosti/69100-a.html", "2019-12-08 10:00")], last=57)
        ),
        (host, "/novosti/69256-pravozashhitnyj-centr-lishili-pomeshhenija.html"): Reply.html(
            ru_article
        ),
        (host, "/politika/69250-drugoj-material.html"): Reply.html(
            ru_article.replace(b"11.12.2019, 11:27", b"10.12.2019, 18:00")
        ),
        (host, "/politika/?archive=1"): Reply(404),
        (host, "/obsshestvo/?archive=1"): Reply.html(_archive([])),
        (host, "/vlast-qazaqsha/?archive=1"): Reply.html(
            _archive([("/vlast-qazaqsha/70001-ukimettik-emes-uiymdar.html", "2019-12-10 09:40"),
                      ("/novosti/69256-pravozashhitnyj-centr-lishili-pomeshhenija.html",
                       "2019-12-11 11:27")])
        ),
        # The page agrees with its listing (a page dated after the window is not landed).
        (host, "/vlast-qazaqsha/70001-ukimettik-emes-uiymdar.html"): Reply.html(
            fixture("vlast_article_kk.html").replace(b"05.03.2024, 09:40", b"10.12.2019, 09:40")
        ),
    }


def test_vlast_crawl_pages_the_archive_and_reruns_are_byte_stable(tmp_path):
    with FakeSite(vlast_routes()) as site:
        proc = crawl("vlast", site, tmp_path, "since=2019-12-10", "until=2019-12-11", "run_id=t1")
    items, report, first = landed(tmp_path, "vlast", "2019-12-10", "t1")
    # the progress records `qysym crawl` draws its live line from: the last one is the report's
    progress = [json.loads(line.split(PREFIX, 1)[1]) for line in proc.stderr.splitlines()
                if PREFIX in line]
    counts = report["counts"]
    assert progress[-1]["discovered"] == counts["discovered"] > 0
    assert progress[-1]["done"] == counts["parsed"] + counts["failed"] + counts["skipped"]

    assert [(i["native_id"], i["lang"], i["published_at"]) for i in items] == [
        ("69250", "ru", "2019-12-10T12:00:00+00:00"),
        ("69256", "ru", "2019-12-11T05:27:00+00:00"),
        ("70001", "kk", "2019-12-10T03:40:00+00:00"),  # UTC+6 then
    ]
    paths = [s.path for s in site.seen]
    assert "/novosti/3/?archive=1" in paths and "/novosti/4/?archive=1" not in paths
    # One lost archive page, and the English section this fake site does not serve.
    assert report["discovery_failed"] == {"http_404": 2, "http_500": 1}
    assert report["skipped"]["duplicate_url"] == 1  # the same article listed in two sections
    assert report["skipped"]["out_of_window"] == 2

    with FakeSite(vlast_routes()) as site:
        crawl("vlast", site, tmp_path, "since=2019-12-10", "until=2019-12-11", "run_id=t1b")
    again, _, second = landed(tmp_path, "vlast", "2019-12-10", "t1b")

    # The rerun answers the articles from the raw archive: not one article page is fetched
    # again, and its batch holds the same lines, fetch times included, under its own run id;
    # the first run's batch is untouched (landing is append-only).
    assert not [s.path for s in site.seen if s.path.endswith(".html")]
    assert len(again) == 3
    assert second == first.replace(b'"run_id": "t1"', b'"run_id": "t1b"')
    assert (tmp_path / "landing" / "outlet=vlast" / "date=2019-12-10" / "t1.jsonl").read_bytes() == first


def test_a_crawl_whose_discovery_fails_lands_nothing_and_touches_no_earlier_run(tmp_path):
    folder = tmp_path / "landing" / "outlet=vlast" / "date=2019-12-10"
    folder.mkdir(parents=True)
    (folder / "t1.jsonl").write_text("previous\n", encoding="utf-8")
    (folder / "t1.report.json").write_text("{}\n", encoding="utf-8")
    with FakeSite({}) as site:
        crawl("vlast", site, tmp_path, "since=2019-12-10", "until=2019-12-11", "run_id=t2")
    assert (folder / "t1.jsonl").read_text(encoding="utf-8") == "previous\n"
    assert (folder / "t1.report.json").read_text(encoding="utf-8") == "{}\n"
    assert not (folder / "t2.jsonl").exists()
    report = json.loads((folder / "t2.report.json").read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["landing_file"] is None
    assert report["discovery_failed"] == {"http_404": 5}  # 3 ru, 1 kk, 1 en section
    assert {f["reason"] for f in report["discovery_failures"]} == {"http_404"}
    assert len(report["discovery_failures"]) == 5


def test_a_run_id_that_already_landed_is_refused_and_nothing_is_overwritten(tmp_path):
    folder = tmp_path / "landing" / "outlet=vlast" / "date=2019-12-10"
    folder.mkdir(parents=True)
    (folder / "t3.jsonl").write_text("previous\n", encoding="utf-8")
    before = sorted((p.name, p.read_bytes()) for p in folder.iterdir())
    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path), SCRAPY_SETTINGS_MODULE="scrapers.settings",
               PYTHONPATH=str(ROOT))
    with FakeSite(vlast_routes()) as site:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "vlast", "-s", f"QYSYM_BASE_URL={site.base_url}",
             "-a", "since=2019-12-10", "-a", "until=2019-12-11", "-a", "run_id=t3"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "run t3 already landed" in proc.stderr
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == before
    assert not [s.path for s in site.seen if s.path.endswith(".html")]  # it fetched nothing


@pytest.mark.parametrize("args", [["since=2020-13-01"], ["editions=fr"], ["run_id=../x"]])
def test_bad_arguments_fail_the_crawl(tmp_path, args):
    env = dict(os.environ, QYSYM_DATA_DIR=str(tmp_path), SCRAPY_SETTINGS_MODULE="scrapers.settings",
               PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "scrapy", "crawl", "vlast", "-s", "QYSYM_BASE_URL=http://127.0.0.1:9"]
    command += [part for arg in args for part in ("-a", arg)]
    proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert not (tmp_path / "landing").exists()


# --- safety: offsite redirects, the size cap, refetch on request ------------------------------

def safety_routes() -> dict:
    host = "tengrinews.kz"
    urls = {
        "ok": "/kazakhstan_news/v-karagande-proverili-obedinenie-421337/",
        "offsite": "/news/ushel-na-drugoj-sajt-421338/",
        "huge": "/news/ogromnaya-stranica-421339/",
    }
    entries = "".join(
        f"<url><loc>https://{host}{path}</loc><lastmod>2024-12-10T13:02:00+05:00</lastmod></url>"
        for path in urls.values()
    )
    index = ("<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap>"
             f"<loc>https://{host}/sitemap-news-1.xml</loc></sitemap></sitemapindex>")
    return {
        (host, "/sitemap-index.xml"): Reply.xml(index),
        (host, "/sitemap-news-1.xml"): Reply.xml(
            f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{entries}</urlset>"),
        (host, urls["ok"]): Reply.html(fixture("tengrinews_article_ru.html")),
        # A redirect away from the outlet's domains is refused, and reported.
        (host, urls["offsite"]): Reply.redirect("https://evil.example/landing/"),
        ("evil.example", "/landing/"): Reply.html(fixture("tengrinews_article_ru.html")),
        # Bigger than the response size cap of this run.
        (host, urls["huge"]): Reply.html(b"<html><body>" + b"<p>x</p>" * 40_000 + b"</body></html>"),
    }


def test_offsite_redirects_and_oversized_pages_are_refused_and_reported(tmp_path):
    with FakeSite(safety_routes()) as site:
        crawl("tengrinews", site, tmp_path, "since=2024-12-09", "until=2024-12-10",
              "editions=ru", settings=("DOWNLOAD_MAXSIZE=100000",))
    items, report, _ = landed(tmp_path, "tengrinews", "2024-12-09", "crawl_20241209_20241210")

    assert [i["native_id"] for i in items] == ["ru:421337"]
    assert ("evil.example", "/landing/") not in {(s.host, s.path) for s in site.seen}
    reasons = {f["native_id"]: f["reason"] for f in report["failures"]}
    assert reasons["ru:421338"] == "offsite_redirect"
    assert reasons["ru:421339"] == "too_large"
    assert report["reconciles"] and report["counts"]["failed"] == 2


def test_archived_pages_are_fetched_again_only_when_asked(tmp_path):
    routes = safety_routes()
    with FakeSite(routes) as site:
        crawl("tengrinews", site, tmp_path, "since=2024-12-09", "until=2024-12-10", "editions=ru")
    ok = "/kazakhstan_news/v-karagande-proverili-obedinenie-421337/"
    with FakeSite(routes) as site:
        crawl("tengrinews", site, tmp_path, "since=2024-12-09", "until=2024-12-10", "editions=ru")
    assert ok not in [s.path for s in site.seen]  # answered from the archive
    with FakeSite(routes) as site:
        crawl("tengrinews", site, tmp_path, "since=2024-12-09", "until=2024-12-10", "editions=ru",
              settings=("QYSYM_REFETCH=1",))
    assert [s.path for s in site.seen].count(ok) == 1
    _, report, _ = landed(tmp_path, "tengrinews", "2024-12-09", "crawl_20241209_20241210")
    assert report["archive"].get("served", 0) == 0
    warcs = sorted((tmp_path / "archive" / "outlet=tengrinews").glob("*.warc.gz"))
    assert len(warcs) == 3  # one file per attempt; none is ever rewritten


def _truncate_the_record_of(data_dir: Path, outlet: str, path_fragment: str) -> Path:
    """Cut the WARC file holding a page's archived response a few bytes into that record."""
    import sqlite3

    folder = data_dir / "archive" / f"outlet={outlet}"
    with sqlite3.connect(folder / "index.sqlite3") as con:
        warc, offset = con.execute("select warc, offset from records where url like ? "
                                   "order by id limit 1", (f"%{path_fragment}%",)).fetchone()
    with (folder / warc).open("r+b") as handle:
        handle.truncate(offset + 20)
    return folder / warc


SAFETY_ARTICLE = "/kazakhstan_news/v-karagande-proverili-obedinenie-421337/"
SAFETY_RUN = ("tengrinews", "2024-12-09", "crawl_20241209_20241210")


def _crawl_safety_day(data_dir: Path) -> tuple[FakeSite, list[dict], bytes]:
    """One Tengrinews crawl of the safety routes: the site (what it was asked), the landed items
    and the batch's bytes."""
    with FakeSite(safety_routes()) as site:
        crawl("tengrinews", site, data_dir, "since=2024-12-09", "until=2024-12-10", "editions=ru")
    items, _, raw = landed(data_dir, *SAFETY_RUN)
    return site, items, raw


def test_an_unreadable_archived_page_is_fetched_again_not_failed(tmp_path):
    _, first, _ = _crawl_safety_day(tmp_path)
    _truncate_the_record_of(tmp_path, "tengrinews", SAFETY_ARTICLE)
    site, items, _ = _crawl_safety_day(tmp_path)
    assert [s.path for s in site.seen].count(SAFETY_ARTICLE) == 1  # fetched again over HTTP
    _, report, _ = landed(tmp_path, *SAFETY_RUN)
    assert report["archive"]["unreadable"] == 1
    assert sorted(i["native_id"] for i in items) == sorted(i["native_id"] for i in first)


def test_reparse_of_a_truncated_archive_says_so_and_keeps_the_batch(tmp_path):
    from qysym.warehouse import QysymError
    from scrapers.reparse import reparse

    _, _, before = _crawl_safety_day(tmp_path)
    warc = _truncate_the_record_of(tmp_path, "tengrinews", SAFETY_ARTICLE)
    with pytest.raises(QysymError) as error:
        reparse(tmp_path, ["tengrinews"])
    message = str(error.value)
    # the cut also takes every record after the page's: all of them are counted
    assert re.match(r"tengrinews run crawl_20241209_20241210_\S+: [1-9] of 3 archived pages cannot be "
                    r"read \(first: ", message), message
    assert f"{warc}: " in message and "--refetch" in message
    _, _, after = landed(tmp_path, *SAFETY_RUN)
    assert after == before, "the landed batch is left as it was"
    assert not list((tmp_path / "landing").rglob("*.spool"))


def test_reparse_never_replaces_a_batch_with_one_that_holds_fewer_articles(tmp_path):
    import sqlite3

    from qysym.warehouse import QysymError
    from scrapers.reparse import reparse

    _, items, before = _crawl_safety_day(tmp_path)
    assert items
    index = tmp_path / "archive" / "outlet=tengrinews" / "index.sqlite3"
    with sqlite3.connect(index) as con:  # the run's page list lost (a damaged index)
        con.execute("delete from pages")
    with pytest.raises(QysymError) as error:
        reparse(tmp_path, ["tengrinews"])
    assert f"the rebuild would lose {len(items)} article(s) its landed batch holds" in str(error.value)
    assert landed(tmp_path, *SAFETY_RUN)[2] == before, "the landed batch is left as it was"
