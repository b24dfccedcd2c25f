"""Vlast.kz page parser: both editions, every field, and the archive listing."""

from __future__ import annotations

import pytest

from qysym.contract import content_hash, validate_article
from scrapers.outlets.vlast import pages as vlast
from tests.scrapers.conftest import FETCHED_AT

RU_URL = "https://vlast.kz/novosti/69256-pravozashhitnyj-centr-lishili-pomeshhenija.html"
KK_URL = "https://vlast.kz/vlast-qazaqsha/70001-ukimettik-emes-uiymdar.html"


def test_russian_article_every_field(page):
    item = vlast.parse_article(RU_URL, page("vlast_article_ru.html"), FETCHED_AT)
    title = "Правозащитный центр лишили помещения"
    body = (
        "Акимат города сообщил правозащитному центру о расторжении договора аренды.\n\n"
        "В центре говорят, что за десять лет не получили ни одного замечания.\n\n"
        "Юрист центра назвал решение давлением на организацию."
    )
    assert item == {
        "outlet": "vlast",
        "lang": "ru",
        "url": RU_URL,
        "native_id": "69256",
        "title": title,
        "lead": "Центр получил уведомление о расторжении аренды за месяц до срока.",
        "body": body,
        "authors": [],
        "section": "novosti",
        "tags": [],
        # "11.12.2019, 11:27" local, UTC+6 then.
        "published_at": "2019-12-11T05:27:00+00:00",
        "modified_at": None,
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(
            title, "Центр получил уведомление о расторжении аренды за месяц до срока.", body
        ),
        "parser_version": vlast.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "jsonld",
            "body": "selectors",
            "section": "selectors",
            "published_at": "selectors",
        },
    }
    validate_article({**item, "run_id": "test"})


def test_kazakh_article_every_field(page):
    item = vlast.parse_article(KK_URL, page("vlast_article_kk.html"), FETCHED_AT)
    title = "Үкіметтік емес ұйымдар туралы заң жобасы талқыланды"
    body = (
        "Мәжілісте үкіметтік емес ұйымдардың есептілігі туралы заң жобасы талқыланды.\n\n"
        "Ұйымдар өкілдері жаңа талаптар тым күрделі екенін айтты."
    )
    lead = body.split("\n\n")[0]  # no standfirst on the page: the first paragraph
    assert item == {
        "outlet": "vlast",
        "lang": "kk",
        "url": KK_URL,
        "native_id": "70001",
        "title": title,
        "lead": lead,
        "body": body,
        "authors": [],
        "section": "vlast-qazaqsha",
        "tags": [],
        # "05.03.2024, 09:40" local, UTC+5 since 1 March 2024.
        "published_at": "2024-03-05T04:40:00+00:00",
        "modified_at": None,
        "fetched_at": "2024-12-11T06:00:00+00:00",
        "content_hash": content_hash(title, lead, body),
        "parser_version": vlast.PARSER_VERSION,
        "layers": {
            "title": "selectors",
            "lead": "first_paragraph",
            "body": "selectors",
            "section": "selectors",
            "published_at": "selectors",
        },
    }


def test_plain_h1_when_the_title_list_item_is_missing(page):
    html = page("vlast_article_ru.html").decode().replace('class="has-title"', "")
    item = vlast.parse_article(RU_URL, html, FETCHED_AT)
    assert item["title"] == "Правозащитный центр лишили помещения"
    assert item["layers"]["title"] == "selectors"


def test_archive_page(page):
    pairs, last = vlast.parse_archive(
        "https://vlast.kz/novosti/?archive=1", page("vlast_archive.html"), FETCHED_AT
    )
    assert last == 57
    assert [(url, when.isoformat()) for url, when in pairs] == [
        (RU_URL, "2019-12-11T05:27:00+00:00"),
        ("https://vlast.kz/politika/69250-drugoj-material.html", "2019-12-10T12:00:00+00:00"),
        # No datetime attribute: the displayed date.
        ("https://vlast.kz/novosti/staraja_novost_bez_nomera.html", "2019-12-09T03:15:00+00:00"),
    ]


def test_archive_urls():
    assert vlast.archive_url("novosti") == "https://vlast.kz/novosti/?archive=1"
    assert vlast.archive_url("novosti", 7) == "https://vlast.kz/novosti/7/?archive=1"


@pytest.mark.parametrize(
    ("url", "native_id", "edition"),
    [
        (RU_URL, "69256", "ru"),
        (KK_URL, "70001", "kk"),
        ("https://vlast.kz/english/51234-some-story.html", "51234", "en"),
        ("https://vlast.kz/novosti/staraja_novost_bez_nomera.html", "staraja_novost_bez_nomera",
         "ru"),
        ("https://vlast.kz/novosti/", None, None),
        ("https://vlast.kz/novosti/2/?archive=1", None, None),
    ],
)
def test_urls(url, native_id, edition):
    assert vlast.native_id_from_url(url) == native_id
    assert vlast.edition_of(url) == edition
