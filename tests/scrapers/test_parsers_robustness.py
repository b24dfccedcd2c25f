"""Every parse_article, fed garbage, returns a contract-valid item or raises ParseError: nothing
else, whatever the bytes, markup, JSON-LD or declared charset."""

from __future__ import annotations

import json
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qysym.contract import validate_article
from scrapers.outlets.azattyq import pages as azattyq
from scrapers.outlets.tengrinews import pages as tengrinews
from scrapers.outlets.vlast import pages as vlast
from scrapers.pages.common import ParseError
from tests.scrapers.conftest import FETCHED_AT, outlet_page, outlet_page_names

PARSERS = {
    "azattyq": (azattyq.parse_article, "https://www.azattyqasia.org/a/33134603.html"),
    "tengrinews": (tengrinews.parse_article, "https://tengrinews.kz/news/some-news-421337/"),
    "vlast": (vlast.parse_article, "https://vlast.kz/novosti/69256-slug.html"),
}
BODY_OPEN = {
    "azattyq": '<div class="wsw">',
    "tengrinews": '<div class="content_main_text">',
    "vlast": '<div class="font-edit">',
}
FIXTURE_PAGES = outlet_page_names("*_article_*.html")
ENCODINGS = [None, "utf-8", "cp1251", "utf-16", "latin-1", "koi8-r", "x-no-such-charset", ""]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(
            ["@type", "@graph", "headline", "articleBody", "author", "name", "datePublished",
             "dateModified", "articleSection", "keywords", "description"]
        ),
        children,
        max_size=6,
    ),
    max_leaves=20,
)
fragments = st.one_of(
    st.text(max_size=200),
    st.builds(lambda t: f'<h1 class="pg-title">{t}</h1>', st.text(max_size=80)),
    st.builds(lambda t: f'<h1 class="head-single">{t}</h1>', st.text(max_size=80)),
    st.builds(lambda t: f'<li class="has-title"><h1>{t}</h1></li>', st.text(max_size=80)),
    st.builds(lambda t: f'<div class="date-time">{t}</div>', st.text(max_size=40)),
    st.builds(lambda t: f"<time pubdate datetime='{t}'>{t}</time>", st.text(max_size=40)),
    st.builds(
        lambda t: f'<ul class="meta item-expand-meta"><time class="news-date">{t}</time></ul>',
        st.text(max_size=40),
    ),
    st.builds(lambda t: f'<div id="article-content"><div class="wsw"><p>{t}</p>', st.text()),
    st.builds(lambda t: f'<div class="content_main_text"><p>{t}</p>', st.text(max_size=200)),
    st.builds(
        lambda t: f'<div class="default-item-in js-editor"><div class="font-edit"><p>{t}</p>',
        st.text(max_size=200),
    ),
    st.builds(lambda t: f'<meta name="keywords" content="{t}">', st.text(max_size=40)),
    st.builds(lambda t: f"<html lang='{t}'>", st.text(max_size=8)),
    st.builds(
        lambda v: f'<script type="application/ld+json">{json.dumps(v)}</script>', json_values
    ),
    st.sampled_from(["<", ">", "</p>", "<p>", "<!--", "<![CDATA[", "&#0;", "&#xD800;", "\x00",
                     "<?xml version='1.0' encoding='utf-8'?>", "<script>", "</html>"]),
)
markup = st.lists(fragments, max_size=25).map("".join)


def check(outlet: str, html, encoding=None) -> None:
    parse, url = PARSERS[outlet]
    try:
        item = parse(url, html, FETCHED_AT, declared_encoding=encoding)
    except ParseError as error:
        assert error.field in {"native_id", "lang", "title", "body", "published_at", "truncated"}
        return
    validate_article({**item, "run_id": "robustness"})


# A longer hunt: QYSYM_HYPOTHESIS_EXAMPLES=2000 pytest tests/scrapers/test_parsers_robustness.py
robust = settings(
    max_examples=int(os.environ.get("QYSYM_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.parametrize("outlet", sorted(PARSERS))
@robust
@given(data=st.binary(max_size=4000), encoding=st.sampled_from(ENCODINGS))
def test_random_bytes(outlet, data, encoding):
    check(outlet, data, encoding)


@pytest.mark.parametrize("outlet", sorted(PARSERS))
@robust
@given(html=markup)
def test_random_markup_with_real_selectors(outlet, html):
    check(outlet, html)


@pytest.mark.parametrize("outlet", sorted(PARSERS))
@robust
@given(
    name=st.sampled_from(FIXTURE_PAGES),
    cut=st.floats(min_value=0, max_value=1),
    encoding=st.sampled_from(["utf-16", "utf-32", "koi8-r", "utf-8"]),
    declared=st.sampled_from(ENCODINGS),
)
def test_truncated_and_re_encoded_real_pages(outlet, name, cut, encoding, declared):
    text = outlet_page(name).decode("utf-8")
    text = text[: int(len(text) * cut)]
    check(outlet, text.encode(encoding, errors="replace"), declared)


@pytest.mark.parametrize("outlet", sorted(PARSERS))
def test_empty_and_huge_pages(outlet):
    for html in ("", b"", " ", "<html></html>", "\x00" * 100):
        check(outlet, html)
    page = outlet_page(f"{outlet}_article_ru.html").decode("utf-8")
    body = page.index(BODY_OPEN[outlet]) + len(BODY_OPEN[outlet])
    huge = page[:body] + "<p>Абзац текста.</p>" * 150_000 + page[body:]  # ~4 MB of body
    started = time.monotonic()
    check(outlet, huge.encode("utf-8"))
    assert time.monotonic() - started < 30  # linear work: a few seconds
