"""Radio Azattyq page parser: both editions, every field, and each fallback layer."""

from __future__ import annotations

import re

import pytest

from qysym.contract import content_hash, validate_article
from scrapers.outlets.azattyq import pages as azattyq
from scrapers.pages.common import ParseError
from scrapers.pages.sitemaps import parse_sitemap
from tests.scrapers.conftest import FETCHED_AT

RU_URL = "https://www.azattyqasia.org/a/33134603.html"
KK_URL = "https://www.azattyq.org/a/qogamdyq-birlestik/31000001.html"
RU_BODY = (
    "Специализированный административный суд рассмотрел дело фонда в четверг.\n\n"
    "Что говорят в фонде\n\n"
    "Руководитель фонда сказала, что отчёт был отправлен вовремя.\n\n"
    "Штраф составил 50 МРП.\n\n"
    "Фонд намерен обжаловать решение."
)


def test_russian_article_every_field(page):
    item = azattyq.parse_article(RU_URL, page("azattyq_article_ru.html"), FETCHED_AT)
    title = "Фонд «Открытая степь» оштрафовали за отчёт"
    lead = "Суд в Павлодаре наложил штраф на общественный фонд за опоздание с отчётом."
    assert item == {
        "outlet": "azattyq",
        "lang": "ru",
        "url": RU_URL,
        "native_id": "33134603",
        "title": title,
        "lead": lead,
        "body": RU_BODY,
        "authors": ["Айгерим Тестова", "Данияр Примеров"],
        "section": "Казахстан",
        "tags": ["НКО", "Павлодар", "штрафы", "некоммерческие организации"],
        # JSON-LD's UTC time wins over the displayed "8 декабря 2020, 14:05" (UTC+6 then).
        "published_at": "2020-12-08T08:05:00+00:00",
        "modified_at": "2020-12-09T10:30:15+00:00",
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(title, lead, RU_BODY),
        "parser_version": azattyq.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "selectors",
            "body": "selectors",
            "authors": "jsonld",
            "section": "jsonld",
            "tags": "selectors",
            "published_at": "jsonld",
            "modified_at": "jsonld",
        },
    }
    validate_article({**item, "run_id": "test"})


def test_kazakh_article_every_field(page):
    item = azattyq.parse_article(KK_URL, page("azattyq_article_kk.html"), FETCHED_AT)
    title = "Қоғамдық бірлестік тексеріс туралы хабарлады"
    body = (
        "Ақтөбедегі қоғамдық бірлестік салық органдарының жоспардан тыс тексерісі басталғанын "
        "айтты.\n\nБірлестік мүшелері тексеріс олардың жобаларына кедергі келтіреді деп санайды."
    )
    lead = body.split("\n\n")[0]  # no standfirst on the page: the first paragraph
    assert item == {
        "outlet": "azattyq",
        "lang": "kk",
        "url": KK_URL,
        "native_id": "31000001",
        "title": title,
        "lead": lead,
        "body": body,
        "authors": ["Ерлан Сынақов"],
        "section": None,
        "tags": ["Азаматтық қоғам", "Тексеріс"],
        # No JSON-LD: the displayed local time, before March 2024, so UTC+6.
        "published_at": "2024-02-25T04:00:00+00:00",
        "modified_at": None,
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(title, lead, body),
        "parser_version": azattyq.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "first_paragraph",
            "body": "selectors",
            "authors": "generic",
            "tags": "selectors",
            "published_at": "selectors",
        },
    }


def test_title_and_body_fall_back_to_json_ld(page):
    html = page("azattyq_article_ru.html").decode()
    html = html.replace('class="pg-title"', "").replace('id="article-content"', "")
    item = azattyq.parse_article(RU_URL, html, FETCHED_AT)
    assert item["title"] == "Фонд «Открытая степь» оштрафовали за отчёт (json-ld)"
    assert item["body"].startswith("Этот текст из JSON-LD")
    assert item["layers"]["title"] == item["layers"]["body"] == "jsonld"


def test_generic_layer_when_no_markup_is_known():
    paragraph = "Общественный фонд из Актобе сообщил о проверке, которая длится уже месяц. "
    html = (
        "<html lang='ru'><head><title>Фонд сообщил о проверке</title></head><body><article>"
        "<h1>Фонд сообщил о проверке</h1>"
        + "".join(f"<p>{paragraph * 3}{n}</p>" for n in range(4))
        + "<time datetime='2024-12-10T09:00:00+05:00'>10 декабря</time></article></body></html>"
    )
    item = azattyq.parse_article(RU_URL, html, FETCHED_AT)
    assert item["layers"] == {
        "title": "generic", "lead": "first_paragraph", "body": "generic", "published_at": "generic"
    }
    assert item["title"] == "Фонд сообщил о проверке"
    assert item["body"].startswith("Общественный фонд из Актобе")
    assert "Фонд сообщил о проверке" not in item["body"]
    assert item["published_at"] == "2024-12-10T04:00:00+00:00"


def test_a_page_without_a_date_is_a_parse_error_naming_the_field(page):
    html = page("azattyq_article_kk.html").decode().replace("25 ақпан 2024, 10:00", "")
    with pytest.raises(ParseError) as error:
        azattyq.parse_article(KK_URL, html, FETCHED_AT)
    assert error.value.field == "published_at"


@pytest.mark.parametrize(
    ("url", "native_id", "edition"),
    [
        ("https://www.azattyqasia.org/a/33134603.html", "33134603", "ru"),
        ("https://rus.azattyq.org/a/some-slug/33134603.html", "33134603", "ru"),
        ("https://www.azattyq.org/content/article/24000001.html", "24000001", "kk"),
        ("https://www.azattyq.org/z/360", None, "kk"),
        ("https://www.azattyq.org/a/33134603.html?x=1", "33134603", "kk"),
        ("https://example.org/a/33134603.html", None, None),
    ],
)
def test_urls(url, native_id, edition):
    assert azattyq.native_id_from_url(url) == native_id
    assert azattyq.edition_of(url) == edition


def test_sitemap_index_and_child(page):
    kind, children = parse_sitemap(page("azattyq_sitemap_index.xml"))
    assert kind == "sitemapindex"
    assert [(c.loc, c.lastmod and c.lastmod.isoformat()) for c in children] == [
        ("https://www.azattyqasia.org/sitemap_1.xml", "2020-12-09T10:30:15+00:00"),
        ("https://www.azattyqasia.org/sitemap_2.xml", "2020-11-30T23:00:00+00:00"),
        ("https://www.azattyqasia.org/sitemap_3.xml", None),
    ]
    kind, entries = parse_sitemap(page("azattyq_sitemap_child.xml"))
    assert kind == "urlset"
    articles = azattyq.article_entries(entries)
    assert [(e.loc.rsplit("/", 1)[1], e.lastmod.isoformat()) for e in articles] == [
        ("33134603.html", "2020-12-09T10:30:15+00:00"),
        ("33134604.html", "2020-12-08T19:30:00+00:00"),
        # A bare date is local midnight (UTC+6 in 2020).
        ("30000001.html", "2020-12-06T18:00:00+00:00"),
        ("33000001.html", "2020-11-02T10:00:00+00:00"),
    ]


def test_zone_listing(page):
    pairs = azattyq.parse_listing(
        "https://www.azattyqasia.org/z/360", page("azattyq_listing.html"), FETCHED_AT
    )
    assert [(url, when.isoformat()) for url, when in pairs] == [
        # "3 часа назад" at 11:00 Almaty time.
        ("https://www.azattyqasia.org/a/33134603.html", "2024-12-11T03:00:00+00:00"),
        ("https://www.azattyqasia.org/a/slug-here/33134500.html", "2020-12-08T08:05:00+00:00"),
    ]


def test_no_media_placeholder_and_scripts_never_reach_the_body(page):
    item = azattyq.parse_article(RU_URL, page("azattyq_article_ru.html"), FETCHED_AT)
    assert not re.search("No media source|tracking", item["body"])
