"""Shared parser pieces: dates across the March 2024 clock change, relative dates, decoding."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrapers.pages.common import ParseError, decode_html, read_jsonld, resolve_lang
from scrapers.pages.dates import parse_display_datetime, parse_machine_datetime, to_utc_iso
from scrapers.pages.sitemaps import parse_sitemap
from tests.scrapers.conftest import FETCHED_AT


def iso(value: datetime | None) -> str | None:
    return to_utc_iso(value)


@pytest.mark.parametrize(
    ("shown", "utc"),
    [
        # Kazakhstan ran on UTC+6 until 1 March 2024 00:00, when clocks went back to 23:00 on
        # 29 February (UTC+5); 23:00-23:59 that evening is ambiguous, so it is not tested here.
        ("29.02.2024, 22:30", "2024-02-29T16:30:00+00:00"),
        ("01.03.2024, 11:27", "2024-03-01T06:27:00+00:00"),
        ("8 декабря 2020, 14:05", "2020-12-08T08:05:00+00:00"),
        ("10 декабря 2024, 13:02", "2024-12-10T08:02:00+00:00"),
        ("27 марта 2024 | 20:10", "2024-03-27T15:10:00+00:00"),
        ("10 желтоқсан 2024, 13:02", "2024-12-10T08:02:00+00:00"),
        ("25 ақпан 2024, 10:00", "2024-02-25T04:00:00+00:00"),
        ("11.12.2019, 11:27", "2019-12-11T05:27:00+00:00"),
    ],
)
def test_displayed_local_times_across_the_clock_change(shown, utc):
    assert iso(parse_display_datetime(shown, FETCHED_AT)) == utc


@pytest.mark.parametrize(
    ("shown", "utc"),
    [
        # FETCHED_AT is 2024-12-11 11:00 on the Almaty clock.
        ("Сегодня 13:02", "2024-12-11T08:02:00+00:00"),
        ("Вчера 13:02", "2024-12-10T08:02:00+00:00"),
        ("Бүгін 09:15", "2024-12-11T04:15:00+00:00"),
        ("Кеше 13:02", "2024-12-10T08:02:00+00:00"),
        ("3 часа назад", "2024-12-11T03:00:00+00:00"),
        ("15 минут назад", "2024-12-11T05:45:00+00:00"),
    ],
)
def test_relative_dates_count_from_the_fetch_time(shown, utc):
    assert iso(parse_display_datetime(shown, FETCHED_AT)) == utc


def test_relative_dates_use_the_local_calendar_day():
    # 21:00 UTC on 10 December is already 11 December 02:00 in Almaty: "today" is the 11th.
    late = datetime(2024, 12, 10, 21, 0, tzinfo=UTC)
    assert iso(parse_display_datetime("Сегодня 01:30", late)) == "2024-12-10T20:30:00+00:00"
    # Before the change the same instant was 03:00 local (UTC+6).
    early = datetime(2023, 12, 10, 21, 0, tzinfo=UTC)
    assert iso(parse_display_datetime("Вчера 13:02", early)) == "2023-12-10T07:02:00+00:00"


@pytest.mark.parametrize("junk", ["", "   ", "5", "12", "просмотров", "x" * 200, None])
def test_junk_is_not_a_date(junk):
    assert parse_display_datetime(junk, FETCHED_AT) is None


@pytest.mark.parametrize(
    ("value", "utc"),
    [
        ("2021-09-01 16:45:29Z", "2021-09-01T16:45:29+00:00"),
        ("2024-12-10T13:02:00+05:00", "2024-12-10T08:02:00+00:00"),
        ("2024-12-10T13:02:00+0500", "2024-12-10T08:02:00+00:00"),
        # Without an offset: local time, with the rules of that date.
        ("2024-02-29T12:00:00", "2024-02-29T06:00:00+00:00"),
        ("2024-03-01T12:00:00", "2024-03-01T07:00:00+00:00"),
        ("2020-12-07", "2020-12-06T18:00:00+00:00"),
        ("not a date", None),
        ("0001-01-01T00:00:00Z", None),
    ],
)
def test_machine_readable_datetimes(value, utc):
    assert iso(parse_machine_datetime(value)) == utc


def test_decoding_survives_wrong_and_missing_charsets():
    text = "<html><head><meta charset='utf-8'></head><body><p>Фонд «Степь»</p></body></html>"
    assert decode_html(text.encode("cp1251")) == text  # meta lies, no header
    assert decode_html(text.encode("utf-8"), "cp1251") == text  # header lies
    assert decode_html(text.encode("cp1251"), "windows-1251") == text
    assert decode_html(b"\xef\xbb\xbf" + text.encode("utf-8")) == text  # BOM
    assert decode_html(text.encode("utf-16")) == text
    assert decode_html(text) == text


def test_json_ld_reader_finds_the_article_in_graphs_lists_and_broken_blocks():
    from parsel import Selector

    html = """<script type="application/ld+json">{broken</script>
    <script type="application/ld+json">[{"@type": "Organization", "name": "x"},
      {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "page"},
       {"@type": ["NewsArticle"], "headline": "Заголовок"}]}]</script>"""
    assert read_jsonld(Selector(text=html))["headline"] == "Заголовок"
    assert read_jsonld(Selector(text="<p>none</p>")) == {}


def test_language_comes_from_the_edition_and_html_lang_only_fills_in():
    assert resolve_lang("ru", "kk", ("ru", "kk")) == "ru"
    assert resolve_lang(None, "kk", ("ru", "kk")) == "kk"
    with pytest.raises(ParseError) as error:
        resolve_lang(None, "de", ("ru", "kk"))
    assert error.value.field == "lang"


@pytest.mark.parametrize(
    "body", [b"", b"<html>not xml", b"\x1f\x8b broken gzip", b"<rss><channel/></rss>"]
)
def test_garbage_is_not_a_sitemap(body):
    assert parse_sitemap(body) == (None, [])


def test_gzipped_sitemap():
    import gzip

    xml = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           b"<url><loc>https://vlast.kz/novosti/1-a.html</loc></url></urlset>")
    kind, entries = parse_sitemap(gzip.compress(xml))
    assert kind == "urlset" and entries[0].loc == "https://vlast.kz/novosti/1-a.html"


def test_switched_off_layers_are_read_from_the_settings_when_a_page_is_parsed(monkeypatch):
    """QYSYM_DISABLED_LAYERS is read at use (once per page, not once per field, nor at import):
    set after the parsers were imported, it takes effect on the next page, and unset, it is gone."""
    from scrapers.outlets.vlast import pages as vlast
    from tests.scrapers.conftest import outlet_page

    url = "https://vlast.kz/novosti/69256-pravozashhitnyj-centr-lishili-pomeshhenija.html"
    html = outlet_page("vlast_article_ru.html")
    assert "selectors" in vlast.parse_article(url, html, FETCHED_AT)["layers"].values()
    monkeypatch.setenv("QYSYM_DISABLED_LAYERS", "selectors")
    layers = vlast.parse_article(url, html, FETCHED_AT)["layers"]
    assert "selectors" not in layers.values() and layers["body"]
    monkeypatch.delenv("QYSYM_DISABLED_LAYERS")
    assert "selectors" in vlast.parse_article(url, html, FETCHED_AT)["layers"].values()
