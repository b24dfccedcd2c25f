"""The English editions in the sample mirror: Vlast's `english` section and en.tengrinews.kz.

Every English article page the mirror serves is parsed with the production parsers
(``scrapers.pages``) and compared with the ground truth: title, body and publication time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from qysym.mirror.corpus import ALMATY, build_corpus
from qysym.mirror.server import MirrorSite
from qysym.mirror.sites import sites
from scrapers.outlets.tengrinews import pages as tengrinews
from scrapers.outlets.vlast import pages as vlast

PARSERS = {"vlast": vlast.parse_article, "tengrinews": tengrinews.parse_article}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def get(site: MirrorSite, url: str):
    parts = urlsplit(url)
    return site.route(parts.hostname, parts.path, parse_qs(parts.query))


@pytest.fixture(scope="module")
def corpus():
    # Tengrinews's older template before 2021, the current one after: both are covered.
    return build_corpus(seed=7, start=date(2020, 12, 20), days=30)


@pytest.fixture(scope="module")
def site(corpus):
    return MirrorSite(corpus)


def english(corpus, outlet: str | None = None):
    return [a for a in corpus.articles if a.lang == "en" and outlet in (None, a.outlet)]


def test_english_editions_exist_with_their_own_ids(corpus):
    assert {(slug, e.lang, site.host(e.lang)) for slug, site in sites().items()
            for e in site.editions if e.lang == "en"} == {
        ("vlast", "en", "vlast.kz"), ("tengrinews", "en", "en.tengrinews.kz")}
    vlast_en, tengri_en = english(corpus, "vlast"), english(corpus, "tengrinews")
    assert 25 <= len(vlast_en) <= 35  # about one a day
    assert 30 <= len(tengri_en) <= 60  # one or two a day
    assert {a.section for a in vlast_en} == {"english"}
    assert all(a.native_id == f"en:{a.number}" for a in tengri_en)
    vlast_ids = {a.native_id for a in corpus.articles if a.outlet == "vlast" and a.lang != "en"}
    assert not vlast_ids & {a.native_id for a in vlast_en}
    assert len({(a.outlet, a.native_id) for a in corpus.articles}) == len(corpus.articles)
    assert len({(a.host, a.number) for a in corpus.articles}) == len(corpus.articles)


def test_english_editions_leave_the_russian_and_kazakh_articles_unchanged(monkeypatch):
    full = build_corpus(seed=11, start=date(2021, 1, 1), days=20)
    for site in sites().values():
        monkeypatch.setattr(site, "editions", tuple(e for e in site.editions if e.lang != "en"))
    without = build_corpus(seed=11, start=date(2021, 1, 1), days=20)
    assert [a.truth() for a in full.articles if a.lang != "en"] == [
        a.truth() for a in without.articles]


def test_english_stories_are_english_and_labelled(corpus):
    for a in english(corpus):
        truth = a.truth()
        assert not CYRILLIC.search(" ".join([truth["title"], truth["lead"], truth["body"],
                                             *truth["tags"], *truth["authors"]])), a.url
        assert re.fullmatch(r"[a-z0-9-]+", a.slug)
        assert truth["categories"] == [] or truth["is_pressure"]
    assert any(a.story.is_pressure for a in english(corpus))


def test_every_english_article_page_parses_to_the_ground_truth(corpus, site):
    fetched_at = datetime(2021, 2, 1, 12, tzinfo=ALMATY)
    layers = set()
    for article in english(corpus):
        reply = get(site, article.url)
        assert reply.status == 200, article.url
        html = reply.body.decode("utf-8")
        assert '<html lang="en">' in html
        served = site.served(article)
        truth = served.truth()
        item = PARSERS[article.outlet](article.url, reply.body, fetched_at)
        assert item["lang"] == "en"
        assert item["native_id"] == article.native_id
        assert item["title"] == truth["title"], article.url
        assert item["body"] == truth["body"], article.url
        assert item["published_at"] == truth["published_at"], article.url
        assert item["section"] == article.section
        layers.add(item["layers"]["body"])
    assert layers == {"selectors"}


def test_tengrinews_english_prints_english_dates(corpus, site):
    new = next(a for a in english(corpus, "tengrinews") if a.published_local.year == 2021)
    html = get(site, new.url).body.decode("utf-8")
    local = new.published_local
    shown = f"{local.day} {local:%B} {local.year}, {local:%H:%M}"
    assert f'<div class="date-time">{shown}</div>' in html
    assert "Read Tengrinews.kz on Google News!" in html  # boilerplate the parser must strip
    vlast_page = get(site, english(corpus, "vlast")[0].url).body.decode("utf-8")
    assert re.search(r'<time class="news-date">\d\d\.\d\d\.\d{4}, \d\d:\d\d</time>', vlast_page)


def test_relative_english_dates_parse_to_the_minute():
    corpus = build_corpus(seed=5, start=date(2024, 12, 8), days=3)
    now = datetime(2024, 12, 10, 23, 30, tzinfo=ALMATY)
    site = MirrorSite(corpus, clock=lambda: now)
    shown = set()
    for article in english(corpus, "tengrinews"):
        html = get(site, article.url).body.decode("utf-8")
        shown.add(re.search(r'<div class="date-time">(\w+)', html)[1])
        item = tengrinews.parse_article(article.url, html, now)
        assert item["published_at"] == site.served(article, now).truth()["published_at"]
    assert {"Today", "Yesterday"} <= shown


def test_english_discovery_lists_every_english_article(corpus, site):
    robots = get(site, "https://tengrinews.kz/robots.txt").body.decode()
    assert "Sitemap: https://tengrinews.kz/en-sitemap-index.xml" in robots
    index = get(site, "https://tengrinews.kz/en-sitemap-index.xml").body.decode()
    children = re.findall(r"<loc>([^<]+)</loc>", index)
    assert children and all("en-sitemap-news" in c for c in children)
    locs = set()
    for child in children:
        locs.update(re.findall(r"<loc>([^<]+)</loc><lastmod>", get(site, child).body.decode()))
    assert locs == {a.url for a in english(corpus, "tengrinews")}
    rss = get(site, "https://en.tengrinews.kz/news.rss").body.decode()
    assert all(link.startswith("https://en.tengrinews.kz/")
               for link in re.findall(r"<link>([^<]+)</link><guid>", rss))

    found, url = [], vlast.archive_url("english")
    first = get(site, url).body
    _, last = vlast.parse_archive(url, first, datetime(2021, 2, 1, tzinfo=ALMATY))
    for page in range(1, last + 1):
        url = vlast.archive_url("english", page)
        items, _ = vlast.parse_archive(url, get(site, url).body, datetime(2021, 2, 1, tzinfo=ALMATY))
        found += [u for u, _ in items]
    assert sorted(found) == sorted(a.url for a in english(corpus, "vlast"))
    assert '<html lang="en">' in first.decode()
    assert get(site, vlast.archive_url("english", last + 1)).status == 404
