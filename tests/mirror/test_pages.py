"""The mirror's article pages against the parsers and the ground truth: realistic chrome, both
Tengrinews layouts, edited articles, relative dates, and the fault modes (wrong charset, markup
drift, slow answers, duplicate URLs in discovery)."""

from __future__ import annotations

import http.client
import re
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from parsel import Selector

from qysym.cli import build_parser
from qysym.contract import content_hash
from qysym.mirror import corpus as corpus_module
from qysym.mirror import render
from qysym.mirror.corpus import ALMATY, build_corpus
from qysym.mirror.server import WRONG_CHARSET_HEADERS, Faults, MirrorServer, MirrorSite
from scrapers.outlets.azattyq import pages as azattyq
from scrapers.outlets.tengrinews import mirror as tengri_site
from scrapers.outlets.tengrinews import pages as tengrinews
from scrapers.outlets.vlast import pages as vlast
from scrapers.pages.common import encoding_from_content_type
from scrapers.pages.dates import parse_display_datetime

PARSERS = {"azattyq": azattyq, "vlast": vlast, "tengrinews": tengrinews}
FETCHED_AT = datetime(2026, 1, 15, 6, 0, tzinfo=UTC)
CORE = ("title", "lead", "body", "published_at", "lang", "section", "native_id", "url")


def fixed(moment: datetime):
    return lambda: moment


@pytest.fixture(scope="module")
def corpus():
    # Spans New Year 2021: Tengrinews' old layout before it, the current one after.
    return build_corpus(seed=7, start=date(2020, 12, 20), days=30)


@pytest.fixture(scope="module")
def site(corpus):
    return MirrorSite(corpus, clock=fixed(FETCHED_AT))


def parse(site: MirrorSite, article, fetched_at: datetime = FETCHED_AT, path: str | None = None):
    reply = site.route(article.host, path or article.path, {})
    assert reply.status == 200 and reply.article
    return PARSERS[article.outlet].parse_article(
        article.url, reply.body, fetched_at,
        declared_encoding=encoding_from_content_type(reply.content_type),
    )


def mismatches(item: dict, truth: dict, fields=CORE) -> list[str]:
    out = []
    for name in fields:
        got, want = item[name], truth[name]
        if name == "body":
            got, want = " ".join(got.split()), " ".join(want.split())
        if got != want:
            out.append(name)
    return out


def sample(corpus, per_outlet: int) -> list:
    picked = []
    for outlet in PARSERS:
        items = [a for a in corpus.articles if a.outlet == outlet]
        step = max(1, len(items) // per_outlet)
        picked += items[::step][:per_outlet]
    return picked


# --- every page parses to its ground truth ---------------------------------------------------


def test_every_article_page_parses_to_its_ground_truth(corpus, site):
    failures = {}
    for article in corpus.articles:
        item = parse(site, article)
        truth = article.truth()
        wrong = mismatches(item, truth, (*CORE, "tags", "authors"))
        if wrong:
            failures[article.url] = wrong
        assert item["published_at"].endswith(":00+00:00")  # to the minute
    assert not failures, failures


def test_pages_weigh_what_real_news_pages_weigh_and_are_deterministic(corpus, site):
    sizes = [len(site.route(a.host, a.path, {}).body) for a in corpus.articles]
    assert min(sizes) >= 60_000 and max(sizes) <= 200_000
    assert max(sizes) - min(sizes) > 50_000  # not one template padded to one size
    again = MirrorSite(corpus, clock=fixed(FETCHED_AT))
    for article in corpus.articles[::25]:
        assert again.route(article.host, article.path, {}).body == site.route(
            article.host, article.path, {}).body


@pytest.mark.parametrize("outlet", sorted(PARSERS))
def test_article_pages_carry_site_chrome_around_the_article(corpus, site, outlet):
    article = next(a for a in corpus.articles if a.outlet == outlet)
    html = site.route(article.host, article.path, {}).body.decode("utf-8")
    sel = Selector(text=html)
    assert len(sel.css("nav a")) >= 20  # section menus
    assert sel.css("form input[type=text], form input[type=search]")  # a search form
    assert sel.css('a[href*="facebook.com/sharer"], a[href*="t.me/share"]')  # share buttons
    assert sel.css("footer") and "©" in "".join(sel.css("footer ::text").getall())
    assert sel.css("#cookie-consent")
    inline = [s for s in sel.css("script:not([src])") if s.xpath("string()").get().strip()]
    assert len(inline) >= 3
    # "related"/"most read"/"latest" blocks link to other articles of the same edition.
    paths = {a.path for a in corpus.articles if (a.outlet, a.lang) == (article.outlet, article.lang)}
    linked = {h for h in sel.css("a::attr(href)").getall() if h in paths} - {article.path}
    assert len(linked) >= 5
    # The chrome never brings a heading or a <time> of its own.
    assert len(sel.css("h1")) == 1 and len(sel.css("time")) <= 1


# --- Tengrinews: two layouts ---------------------------------------------------------------------


def test_the_default_corpus_has_both_tengrinews_layouts():
    corpus = build_corpus(seed=20210110, start=date(2020, 9, 1), days=182)
    site = MirrorSite(corpus, clock=fixed(FETCHED_AT))
    tengri = [a for a in corpus.articles if a.outlet == "tengrinews"]
    old = [a for a in tengri if tengri_site.old_layout(a)]
    assert 0.2 < len(old) / len(tengri) < 0.9
    for lang in ("ru", "kk"):
        for want_old in (True, False):
            article = next(a for a in tengri if a.lang == lang and tengri_site.old_layout(a) == want_old)
            html = site.route(article.host, article.path, {}).body.decode("utf-8")
            if want_old:
                assert 'h1 class="tn-content-title"' in html and 'class="tn-news-text"' in html
                assert "head-single" not in html and "content_main_text" not in html
            else:
                assert 'h1 class="head-single"' in html and "tn-content-title" not in html
            item = parse(site, article)
            assert not mismatches(item, article.truth())
            assert item["layers"]["title"] == item["layers"]["body"] == "selectors"


def test_old_layout_date_is_read_from_the_data_list(corpus, site):
    article = next(a for a in corpus.articles
                   if a.outlet == "tengrinews" and tengri_site.old_layout(a))
    sel = Selector(text=site.route(article.host, article.path, {}).body.decode("utf-8"))
    shown = sel.css("ul.tn-data-list time::text").get()
    assert " | " in shown
    assert parse_display_datetime(shown, FETCHED_AT) == article.published_utc


# --- edited articles ----------------------------------------------------------------------------


def test_about_three_percent_of_articles_are_edited():
    corpus = build_corpus(seed=20210110, start=date(2020, 9, 1), days=182)
    edited = [a for a in corpus.articles if a.original is not None]
    assert 0.015 < len(edited) / len(corpus.articles) < 0.05
    assert {a.outlet for a in edited} == set(PARSERS)
    for a in edited:
        truth = a.truth()
        assert a.modified_local > a.published_local
        assert a.modified_local - a.published_local < timedelta(days=5)
        assert truth["versions"] == 2 and truth["modified_at"] == a.modified_utc.isoformat()
        original = truth["original"]
        assert original["title"] == truth["title"] and original["body"] != truth["body"]
        assert original["content_hash"] == content_hash(original["title"], original["lead"],
                                                        original["body"])
        assert truth["content_hash"] == content_hash(truth["title"], truth["lead"], truth["body"])
        assert original["content_hash"] != truth["content_hash"]
    plain = next(a for a in corpus.articles if a.original is None).truth()
    assert plain["versions"] == 1 and plain["original"] is None and plain["modified_at"] is None


def test_edits_leave_the_rest_of_the_corpus_alone(monkeypatch):
    with_edits = build_corpus(seed=5, start=date(2021, 1, 1), days=60)
    monkeypatch.setattr(corpus_module, "EDIT_SHARE", 0.0)
    without = {a.url: a for a in build_corpus(seed=5, start=date(2021, 1, 1), days=60).articles}
    assert len(without) == len(with_edits.articles)
    for article in with_edits.articles:
        plain = without[article.url]
        if article.original is None:
            assert article.truth() == plain.truth()
        else:
            # An update appends to the story; a correction fixes a slip in its first version.
            story = plain.story.paragraphs
            assert story in (article.original.paragraphs, article.story.paragraphs[:len(story)])
            assert article.first_version().truth()["title"] == plain.truth()["title"]


@pytest.fixture(scope="module")
def edited_corpus():
    return build_corpus(seed=11, start=date(2021, 1, 5), days=120)


def test_the_mirror_serves_the_edit_or_the_first_version(edited_corpus):
    corpus = edited_corpus
    final_site = MirrorSite(corpus, clock=fixed(FETCHED_AT))
    first_site = MirrorSite(corpus, edited=False, clock=fixed(FETCHED_AT))
    edited = [a for a in corpus.articles if a.original is not None]
    assert {a.outlet for a in edited} == set(PARSERS)
    for article in edited:
        truth = article.truth()
        final = parse(final_site, article)
        assert not mismatches(final, truth), article.url
        assert final["content_hash"] == truth["content_hash"]
        first = parse(first_site, article)
        assert first["body"] == truth["original"]["body"]
        assert first["content_hash"] == truth["original"]["content_hash"]
        if article.outlet in ("azattyq", "tengrinews"):  # both print dateModified in JSON-LD
            assert final["modified_at"] == truth["modified_at"]
            assert first["modified_at"] in (None, truth["published_at"])


def test_the_switch_can_flip_between_two_crawls_and_the_clock_decides_when_an_edit_shows(edited_corpus):
    article = next(a for a in edited_corpus.articles if a.outlet == "tengrinews" and a.original)
    moment = [article.modified_utc - timedelta(minutes=1)]
    site = MirrorSite(edited_corpus, clock=lambda: moment[0])
    assert parse(site, article)["body"] == article.truth()["original"]["body"]
    moment[0] = article.modified_utc
    assert parse(site, article)["body"] == article.truth()["body"]
    site.edited = False
    assert parse(site, article)["body"] == article.truth()["original"]["body"]


def test_sitemap_lastmod_follows_the_served_version(edited_corpus):
    article = next(a for a in edited_corpus.articles if a.outlet == "azattyq" and a.original)
    child = f"/sitemaps/sitemap-{article.published_local:%Y-%m}.xml"
    stamp = {}
    for edited in (True, False):
        site = MirrorSite(edited_corpus, edited=edited, clock=fixed(FETCHED_AT))
        xml = site.route(article.host, child, {}).body.decode()
        stamp[edited] = re.search(re.escape(article.url) + r"</loc><lastmod>([^<]+)<", xml)[1]
    assert stamp[True] == article.modified_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert stamp[False] == article.published_utc.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- relative dates and a corpus ending now --------------------------------------------------


def test_a_corpus_cut_at_now_has_nothing_from_the_future():
    now = datetime(2021, 2, 10, 15, 30, tzinfo=ALMATY)
    cut = build_corpus(seed=7, start=date(2021, 2, 1), days=10, now=now)
    full = build_corpus(seed=7, start=date(2021, 2, 1), days=10)
    assert cut.articles and all(a.published_local <= now for a in cut.articles)
    assert all(a.modified_local is None or a.modified_local <= now for a in cut.articles)
    kept = {a.native_id for a in cut.articles}
    assert kept == {a.native_id for a in full.articles if a.published_local <= now}
    with pytest.raises(ValueError):
        build_corpus(seed=7, start=date(2021, 2, 1), days=10, now=now.replace(tzinfo=None))


@pytest.mark.parametrize("now", [
    datetime(2024, 5, 20, 23, 40, tzinfo=ALMATY),   # current layout, UTC+5
    datetime(2020, 12, 31, 23, 50, tzinfo=ALMATY),  # old layout, UTC+6
])
def test_tengrinews_prints_today_and_yesterday_and_they_parse_to_the_minute(now):
    corpus = build_corpus(seed=3, start=now.date() - timedelta(days=4), days=5, now=now)
    site = MirrorSite(corpus, clock=fixed(now))
    words = {"ru": ("Сегодня", "Вчера"), "kk": ("Бүгін", "Кеше"), "en": ("Today", "Yesterday")}
    seen = set()
    for article in (a for a in corpus.articles if a.outlet == "tengrinews"):
        html = site.route(article.host, article.path, {}).body.decode("utf-8")
        sel = Selector(text=html)
        shown = (sel.css("div.date-time::text") or sel.css("ul.tn-data-list time::text")).get()
        age = (now.date() - article.published_local.date()).days
        if age <= 1:
            word = words[article.lang][age]
            assert shown == f"{word} {article.published_local:%H:%M}"
            seen.add((article.lang, age))
        else:
            assert not any(w in shown for pair in words.values() for w in pair)
        assert parse_display_datetime(shown, now) == article.published_utc, shown
        # The selector layer on its own (JSON-LD removed) resolves the same minute.
        bare = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
        item = tengrinews.parse_article(article.url, bare, now)
        assert item["published_at"] == article.truth()["published_at"]
        assert item["layers"]["published_at"] == "selectors"
    assert seen == {(lang, age) for lang in words for age in (0, 1)}


def test_cached_pages_never_outlive_their_day():
    now = [datetime(2021, 3, 3, 22, 0, tzinfo=ALMATY)]
    corpus = build_corpus(seed=3, start=date(2021, 3, 1), days=3, now=now[0])
    site = MirrorSite(corpus, clock=lambda: now[0])
    article = next(a for a in corpus.articles if a.outlet == "tengrinews" and a.lang == "ru"
                   and a.published_local.date() == now[0].date())

    def shown() -> str:
        html = site.route(article.host, article.path, {}).body.decode("utf-8")
        return Selector(text=html).css("div.date-time::text").get()

    assert shown().startswith("Сегодня ")
    now[0] += timedelta(hours=3)  # past midnight in Almaty
    assert shown().startswith("Вчера ")
    now[0] += timedelta(days=1)
    assert shown() == render.human_date(article.published_local, "ru")


# --- faults --------------------------------------------------------------------------------------


def test_new_fault_modes_leave_the_old_ones_picking_the_same_urls(corpus):
    old = Faults(server_error=0.1, timeout=0.1, malformed=0.1)
    new = Faults(server_error=0.1, timeout=0.1, malformed=0.1, wrong_charset=0.5, drift=0.5,
                 slow=0.5, duplicate_urls=0.5)
    assert [old.pick(a.url) for a in corpus.articles] == [new.pick(a.url) for a in corpus.articles]
    for name in ("wrong_charset", "drift", "slow", "duplicate_urls"):
        share = sum(new.hit(name, a.url) for a in corpus.articles) / len(corpus.articles)
        assert 0.35 < share < 0.65, name
        assert not any(Faults().hit(name, a.url) for a in corpus.articles)


def test_wrong_charset_pages_are_windows_1251_under_a_misleading_header(corpus):
    site = MirrorSite(corpus, Faults(wrong_charset=1.0), clock=fixed(FETCHED_AT))
    headers = set()
    for article in sample(corpus, 12):
        reply = site.route(article.host, article.path, {})
        headers.add(reply.content_type)
        with pytest.raises(UnicodeDecodeError):
            reply.body.decode("utf-8")
        text = reply.body.decode("cp1251")
        assert '<meta charset="utf-8">' in text
        if article.lang == "kk":
            assert re.search(r"&#(1179|1241|1171|1199|1201|1257|1187|1110|1211);", text)
        item = parse(site, article)
        assert not mismatches(item, article.truth()), article.url
    assert headers == set(WRONG_CHARSET_HEADERS)


def test_drifted_pages_lose_the_site_selectors_but_fallback_layers_still_read_them(corpus):
    site = MirrorSite(corpus, Faults(drift=1.0), clock=fixed(FETCHED_AT))
    selector_classes = ("pg-title", "publishing-details", 'class="wsw"', "has-title", "font-edit",
                        "item-expand-meta", "head-single", 'class="date-time"', "content_main_text",
                        "tn-content-title", "tn-data-list", "tn-news-text")
    articles = sample(corpus, 10)
    good = 0
    for article in articles:
        html = site.route(article.host, article.path, {}).body.decode("utf-8")
        assert not any(c in html for c in selector_classes), article.url
        try:
            item = parse(site, article)
        except ValueError:
            continue
        if mismatches(item, article.truth(), ("title", "body", "published_at", "lang")):
            continue
        good += 1
        layers = item["layers"]
        assert layers["body"] in ("jsonld", "generic")
        assert layers["published_at"] in ("jsonld", "generic")
        if article.outlet != "vlast":  # Vlast's title is still the page's only <h1>
            assert layers["title"] in ("jsonld", "generic")
    assert good >= 0.8 * len(articles)


def test_drift_strikes_the_configured_share_of_articles(corpus):
    site = MirrorSite(corpus, Faults(drift=0.3), clock=fixed(FETCHED_AT))
    articles = [a for a in corpus.articles if a.outlet == "tengrinews"]
    drifted = sum(b"content_main_text" not in site.route(a.host, a.path, {}).body
                  and b"tn-news-text" not in site.route(a.host, a.path, {}).body for a in articles)
    assert 0.15 < drifted / len(articles) < 0.45


def get(base_url: str, host: str, path: str) -> tuple[int, bytes, float]:
    conn = http.client.HTTPConnection(base_url.removeprefix("http://"), timeout=10)
    started = time.monotonic()
    conn.request("GET", path, headers={"Host": host})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body, time.monotonic() - started


def test_slow_pages_answer_after_a_delay_below_the_timeout(corpus):
    article = next(a for a in corpus.articles if a.outlet == "vlast")
    with MirrorServer(corpus, faults=Faults(slow=1.0, slow_seconds=0.4)) as url:
        status, body, took = get(url, "vlast.kz", article.path)
        assert status == 200 and body.endswith(b"</html>\n") and took >= 0.4
        assert get(url, "vlast.kz", "/robots.txt")[2] < 0.4


def _sitemap_locs(site: MirrorSite, host: str, index: str) -> list[str]:
    children = re.findall(r"<loc>https://[^/<]+(/[^<]+)</loc>", site.route(host, index, {}).body.decode())
    locs = []
    for child in children:
        locs += re.findall(r"<loc>([^<]+)</loc>", site.route(host, child, {}).body.decode())
    return locs


def test_duplicate_urls_list_articles_twice_in_discovery(corpus):
    site = MirrorSite(corpus, Faults(duplicate_urls=0.3), clock=fixed(FETCHED_AT))
    clean = MirrorSite(corpus, clock=fixed(FETCHED_AT))
    # Azattyq: /a/<slug>/<id>.html and /content/article/<id>.html beside /a/<id>.html.
    locs = _sitemap_locs(site, "www.azattyqasia.org", "/sitemap.xml")
    truth = {a.native_id for a in corpus.articles if (a.outlet, a.lang) == ("azattyq", "ru")}
    ids = [azattyq.native_id_from_url(u) for u in locs]
    assert set(ids) == truth and len(ids) > len(truth)
    assert any(re.search(r"/a/[a-z0-9-]+/\d+\.html$", u) for u in locs)
    assert any("/content/article/" in u for u in locs)
    assert len(_sitemap_locs(clean, "www.azattyqasia.org", "/sitemap.xml")) == len(truth)
    alias = next(u for u in locs if "/content/article/" in u)
    number = int(azattyq.native_id_from_url(alias))
    article = next(a for a in corpus.articles if a.number == number and a.outlet == "azattyq")
    path = alias.split(article.host, 1)[1]
    assert site.route(article.host, path, {}).body == site.route(article.host, article.path, {}).body
    zone = site.route("www.azattyqasia.org", "/z/360", {}).body.decode()
    assert re.search(r'href="/a/[a-z0-9-]+/\d+\.html"', zone)
    # Tengrinews: the same article twice (verbatim or under a shorter slug).
    locs = _sitemap_locs(site, "tengrinews.kz", "/sitemap-index.xml")
    ids = [tengrinews.native_id_from_url(u) for u in locs if tengrinews.native_id_from_url(u)]
    truth = {a.native_id for a in corpus.articles if (a.outlet, a.lang) == ("tengrinews", "ru")}
    assert set(ids) == truth and len(ids) > len(truth)
    assert len(set(locs)) < len(locs)


def test_the_mirror_command_takes_the_new_fault_flags():
    args = build_parser().parse_args([
        "mirror", "--wrong-charset-rate", "0.1", "--drift-rate", "0.2", "--slow-rate", "0.3",
        "--duplicate-urls", "0.4"])
    assert (args.wrong_charset_rate, args.drift_rate, args.slow_rate, args.duplicate_urls) == (
        0.1, 0.2, 0.3, 0.4)


def test_no_edit_lies_beyond_the_corpus_last_day():
    corpus = build_corpus(seed=20210110, start=date(2020, 9, 1), days=40)
    last = datetime.combine(corpus.end, datetime.max.time(), tzinfo=ALMATY)
    assert all(a.modified_local <= last for a in corpus.articles if a.modified_local)
