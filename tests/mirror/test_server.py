"""The sample mirror over real HTTP: hosts, redirects, sitemaps, archives, faults, ground truth."""

import http.client
import json
import re
from datetime import date

import pytest

from qysym.mirror.corpus import build_corpus, write_ground_truth
from qysym.mirror.server import Faults, MirrorServer


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(seed=7, start=date(2020, 12, 20), days=30)


@pytest.fixture(scope="module")
def mirror(corpus):
    with MirrorServer(corpus) as url:
        yield url


def get(base_url: str, host: str, path: str) -> tuple[int, dict, str]:
    hostport = base_url.removeprefix("http://")
    conn = http.client.HTTPConnection(hostport, timeout=10)
    conn.request("GET", path, headers={"Host": host})
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    headers = {k.lower(): v for k, v in response.getheaders()}
    conn.close()
    return response.status, headers, body


def test_the_corpus_is_deterministic_and_covers_every_edition(corpus):
    again = build_corpus(seed=7, start=date(2020, 12, 20), days=30)
    assert [a.truth() for a in again.articles] == [a.truth() for a in corpus.articles]
    editions = {(a.outlet, a.lang) for a in corpus.articles}
    assert editions == {("azattyq", "ru"), ("azattyq", "kk"), ("vlast", "ru"), ("vlast", "kk"),
                        ("vlast", "en"), ("tengrinews", "ru"), ("tengrinews", "kk"),
                        ("tengrinews", "en")}
    assert len({(a.outlet, a.native_id) for a in corpus.articles}) == len(corpus.articles)
    pressure = [a for a in corpus.articles if a.story.is_pressure]
    assert 0.05 < len(pressure) / len(corpus.articles) < 0.5


def test_ground_truth_is_written_beside_the_corpus_and_never_served(corpus, mirror, tmp_path):
    path = write_ground_truth(corpus, tmp_path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(corpus.articles)
    assert {"is_pressure", "categories", "targets", "published_at", "body"} <= set(rows[0])
    for host in ("vlast.kz", "tengrinews.kz", "www.azattyq.org"):
        assert get(mirror, host, "/ground_truth.jsonl")[0] == 404


def test_the_old_russian_azattyq_host_redirects_to_azattyq_asia(mirror, corpus):
    article = next(a for a in corpus.articles if a.outlet == "azattyq" and a.lang == "ru")
    status, headers, _ = get(mirror, "rus.azattyq.org", article.path)
    assert status == 301
    assert headers["location"] == f"https://www.azattyqasia.org{article.path}"
    status, _, html = get(mirror, "www.azattyqasia.org", article.path)
    assert status == 200 and 'class="pg-article"' in html and 'h1 class="pg-title"' in html


def test_azattyq_slug_and_legacy_urls_reach_the_same_article(mirror, corpus):
    article = next(a for a in corpus.articles if a.outlet == "azattyq" and a.lang == "kk")
    plain = get(mirror, article.host, f"/a/{article.number}.html")[2]
    assert get(mirror, article.host, f"/a/some-slug/{article.number}.html")[2] == plain
    assert get(mirror, article.host, f"/content/article/{article.number}.html")[2] == plain


def test_sitemaps_list_every_article_with_lastmod(mirror, corpus):
    status, _, index = get(mirror, "www.azattyqasia.org", "/sitemap.xml")
    assert status == 200
    children = re.findall(r"<loc>https://www\.azattyqasia\.org(/[^<]+)</loc>", index)
    locs = []
    for child in children:
        locs += re.findall(r"<loc>([^<]+)</loc><lastmod>", get(mirror, "www.azattyqasia.org", child)[2])
    expected = {a.url for a in corpus.articles if a.outlet == "azattyq" and a.lang == "ru"}
    assert set(locs) == expected


def test_tengrinews_sitemap_carries_a_malformed_sub_brand_entry(mirror):
    index = get(mirror, "tengrinews.kz", "/kk-sitemap-index.xml")[2]
    child = re.findall(r"<loc>https://tengrinews\.kz(/[^<]+)</loc>", index)[0]
    body = get(mirror, "tengrinews.kz", child)[2]
    assert "https://kaz.tengrinews.kz/" in body
    assert "https://tengrinews.kzhttps://tengrisport.kz/" in body


def test_vlast_archive_paginates_with_a_last_link(mirror, corpus):
    status, _, first = get(mirror, "vlast.kz", "/novosti/?archive=1")
    assert status == 200
    last = int(re.search(r'<link rel="last" href="/novosti/(\d+)/\?archive=1">', first)[1])
    paths = []
    for page in range(1, last + 1):
        path = "/novosti/?archive=1" if page == 1 else f"/novosti/{page}/?archive=1"
        html = get(mirror, "vlast.kz", path)[2]
        paths += re.findall(r'class="news-inline-item-title" href="([^"]+)"', html)
    expected = {a.path for a in corpus.articles if a.outlet == "vlast" and a.section == "novosti"}
    assert set(paths) == expected and len(paths) == len(expected)
    assert get(mirror, "vlast.kz", f"/novosti/{last + 1}/?archive=1")[0] == 404


def test_robots_txt_per_host(mirror):
    status, _, body = get(mirror, "tengrinews.kz", "/robots.txt")
    assert status == 200 and "Sitemap: https://tengrinews.kz/sitemap-index.xml" in body
    assert "Sitemap: https://tengrinews.kz/en-sitemap-index.xml" in body


def test_english_editions_are_served_over_http(mirror, corpus):
    article = next(a for a in corpus.articles if (a.outlet, a.lang) == ("tengrinews", "en"))
    status, _, html = get(mirror, "en.tengrinews.kz", article.path)
    assert status == 200 and '<html lang="en">' in html
    article = next(a for a in corpus.articles if (a.outlet, a.lang) == ("vlast", "en"))
    status, _, html = get(mirror, "vlast.kz", article.path)
    assert status == 200 and '<html lang="en">' in html and article.path.startswith("/english/")
    status, _, html = get(mirror, "vlast.kz", "/english/?archive=1")
    assert status == 200 and '<link rel="last" href="/english/' in html
    status, _, index = get(mirror, "tengrinews.kz", "/en-sitemap-index.xml")
    assert status == 200 and "/sitemaps/en-sitemap-news-" in index
    status, _, rss = get(mirror, "en.tengrinews.kz", "/news.rss")
    assert status == 200 and "https://en.tengrinews.kz/" in rss


def test_article_pages_carry_the_local_time_across_the_clock_change():
    corpus = build_corpus(seed=3, start=date(2024, 2, 28), days=3)
    before = next(a for a in corpus.articles if a.published_local.date() == date(2024, 2, 28))
    after = next(a for a in corpus.articles if a.published_local.date() == date(2024, 3, 1))
    assert before.published_local.utcoffset().total_seconds() == 6 * 3600
    assert after.published_local.utcoffset().total_seconds() == 5 * 3600


def test_faults_are_injected_on_article_pages_only(corpus):
    faults = Faults(server_error=1.0)
    with MirrorServer(corpus, faults=faults) as url:
        article = next(a for a in corpus.articles if a.outlet == "vlast")
        assert get(url, "vlast.kz", article.path)[0] == 503
        assert get(url, "vlast.kz", "/robots.txt")[0] == 200
    with MirrorServer(corpus, faults=Faults(malformed=1.0)) as url:
        status, _, html = get(url, "vlast.kz", article.path)
        assert status == 200 and "</html>" not in html


def test_unknown_hosts_and_paths_are_404(mirror):
    assert get(mirror, "example.com", "/")[0] == 404
    assert get(mirror, "vlast.kz", "/novosti/1-nope.html")[0] == 404
