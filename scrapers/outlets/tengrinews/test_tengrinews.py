"""Tengrinews page parser: current layout (both editions), the 2019-2021 layout, discovery."""

from __future__ import annotations

import pytest

from qysym.contract import content_hash, validate_article
from scrapers.outlets.tengrinews import pages as tengrinews
from scrapers.pages.sitemaps import parse_sitemap
from tests.scrapers.conftest import FETCHED_AT

RU_URL = "https://tengrinews.kz/kazakhstan_news/v-karagande-proverili-obedinenie-421337/"
KK_URL = "https://kaz.tengrinews.kz/kazakhstan/shymkentte-eriktiler-uiymy-512001/"
OLD_URL = "https://tengrinews.kz/kazakhstan_news/obedinenie-iz-kostanaya-395000/"


def test_current_layout_russian_every_field(page):
    item = tengrinews.parse_article(RU_URL, page("tengrinews_article_ru.html"), FETCHED_AT)
    title = "В Караганде проверили экологическое объединение"
    # Boilerplate lines, the closing subscription paragraph and everything from the tag block
    # on are gone.
    body = (
        "Прокуратура Карагандинской области провела проверку экологического объединения "
        "«Чистый воздух».\n\n"
        "Представители объединения заявили, что узнали о проверке из письма, пришедшего "
        "накануне.\n\n"
        "По словам юриста, у проверяющих не было оснований для внеплановой проверки."
    )
    lead = body.split("\n\n")[0]  # no standfirst on the page: the first paragraph
    assert item == {
        "outlet": "tengrinews",
        "lang": "ru",
        "url": RU_URL,
        "native_id": "ru:421337",
        "title": title,
        "lead": lead,
        "body": body,
        "authors": [],
        "section": "kazakhstan_news",
        "tags": ["НКО", "Караганда"],
        "published_at": "2024-12-10T08:02:00+00:00",
        "modified_at": "2024-12-10T10:40:00+00:00",
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(title, lead, body),
        "parser_version": tengrinews.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "first_paragraph",
            "body": "selectors",
            "section": "selectors",
            "tags": "selectors",
            "published_at": "jsonld",
            "modified_at": "jsonld",
        },
    }
    validate_article({**item, "run_id": "test"})


def test_current_layout_kazakh_with_a_relative_date(page):
    item = tengrinews.parse_article(KK_URL, page("tengrinews_article_kk.html"), FETCHED_AT)
    title = "Шымкентте волонтерлер ұйымы жабылды"
    body = (
        "Шымкенттегі волонтерлер ұйымы сот шешімімен жұмысын тоқтатты.\n\n"
        "Ұйым басшысы шешімге шағымданатынын мәлімдеді."
    )
    lead = body.split("\n\n")[0]  # no standfirst on the page: the first paragraph
    assert item == {
        "outlet": "tengrinews",
        "lang": "kk",
        "url": KK_URL,
        "native_id": "kk:512001",
        "title": title,
        "lead": lead,
        "body": body,
        "authors": [],
        "section": "kazakhstan",
        "tags": ["Сот"],
        # "Кеше 13:02" (yesterday) seen at 11:00 Almaty time on 2024-12-11.
        "published_at": "2024-12-10T08:02:00+00:00",
        "modified_at": None,
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(title, lead, body),
        "parser_version": tengrinews.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "first_paragraph",
            "body": "selectors",
            "section": "selectors",
            "tags": "selectors",
            "published_at": "selectors",
        },
    }


def test_older_layout_every_field(page):
    item = tengrinews.parse_article(OLD_URL, page("tengrinews_article_old.html"), FETCHED_AT)
    title = "Общественное объединение из Костаная получило предупреждение"
    body = (
        "Управление внутренней политики вынесло предупреждение объединению из Костаная.\n\n"
        "В объединении считают предупреждение необоснованным."
    )
    lead = body.split("\n\n")[0]  # no standfirst on the page: the first paragraph
    assert item == {
        "outlet": "tengrinews",
        "lang": "ru",
        "url": OLD_URL,
        "native_id": "ru:395000",
        "title": title,
        "lead": lead,
        "body": body,
        "authors": [],
        "section": "kazakhstan_news",
        "tags": [],
        # "27 марта 2020 | 20:10", UTC+6 then.
        "published_at": "2020-03-27T14:10:00+00:00",
        "modified_at": None,
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(title, lead, body),
        "parser_version": tengrinews.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "first_paragraph",
            "body": "selectors",
            "section": "selectors",
            "published_at": "selectors",
        },
    }


def test_json_ld_article_body_when_the_text_block_is_missing(page):
    html = page("tengrinews_article_ru.html").decode().replace("content_main_text\"", "x\"")
    item = tengrinews.parse_article(RU_URL, html, FETCHED_AT)
    assert item["body"] == (
        "Прокуратура Карагандинской области провела проверку экологического объединения."
    )
    assert item["layers"]["body"] == "jsonld"


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        (["Текст.", "Подписаться", "Ещё текст."], ["Текст.", "Ещё текст."]),
        (["Текст.", "Ещё текст."], ["Текст.", "Ещё текст."]),
        (["Текст о канале Telegram, который заблокировали.", "Конец."],
         ["Текст о канале Telegram, который заблокировали.", "Конец."]),
        (["Текст.", "Наши новости теперь в WhatsApp! Жмите"], ["Текст."]),
        (["Мәтін.", "Жаңалықтарды Google News арқылы оқыңыз"], ["Мәтін."]),
    ],
)
def test_boilerplate(paragraphs, kept):
    # The last kept paragraph goes only when it reads like a call to subscribe.
    assert tengrinews.strip_boilerplate(paragraphs) == kept


@pytest.mark.parametrize(
    ("url", "native_id"),
    [
        (RU_URL, "ru:421337"),
        (KK_URL, "kk:512001"),
        ("https://en.tengrinews.kz/politics/some-story-2600/", "en:2600"),
        ("https://tengrinews.kzhttps://tengrisport.kz/football/match-12345/", None),
        ("https://tengrisport.kz/football/match-12345/", None),
        ("https://tengrinews.kz/news/", None),
        ("https://tengrinews.kz/news/page/2/", None),
    ],
)
def test_urls(url, native_id):
    assert tengrinews.native_id_from_url(url) == native_id


def test_sitemaps(page):
    kind, children = parse_sitemap(page("tengrinews_sitemap_index.xml"))
    assert kind == "sitemapindex"
    assert [c.loc for c in tengrinews.news_sitemaps(children)] == [
        "https://tengrinews.kz/sitemap-news-2024-12.xml",
        "https://tengrinews.kz/sitemap-news-2024-11.xml",
    ]
    kind, entries = parse_sitemap(page("tengrinews_sitemap_news.xml"))
    assert kind == "urlset"
    assert [(e.loc, e.lastmod.isoformat()) for e in tengrinews.article_entries(entries)] == [
        (RU_URL, "2024-12-10T10:40:00+00:00"),
        ("https://tengrinews.kz/world_news/drugaya-novost-421300/", "2024-12-09T03:00:00+00:00"),
        ("https://tengrinews.kz/events/staraya-novost-420001/", "2024-12-01T03:00:00+00:00"),
    ]


def test_listing(page):
    pairs = tengrinews.parse_listing(
        "https://tengrinews.kz/kazakhstan_news/", page("tengrinews_listing.html"), FETCHED_AT
    )
    assert [(url, when.isoformat()) for url, when in pairs] == [
        (RU_URL, "2024-12-11T08:02:00+00:00"),  # "Сегодня 13:02"
        ("https://tengrinews.kz/world_news/drugaya-novost-421300/", "2024-12-09T03:00:00+00:00"),
    ]
