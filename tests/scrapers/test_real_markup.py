"""Real markup (issue 12, item 5): boilerplate page descriptions are not leads, and listings that
show only a day word ("Сегодня", "Кеше", "Yesterday") still give that day.

Fixtures are hand-written imitations of the sites' structure, with made-up text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from qysym.contract import LAYERS, content_hash, validate_article
from scrapers.outlets.azattyq import pages as azattyq
from scrapers.outlets.tengrinews import pages as tengrinews
from scrapers.outlets.vlast import pages as vlast
from scrapers.outlets.vlast.spider import VlastSpider
from scrapers.pages.common import FIRST_PARAGRAPH, disabled_layers
from scrapers.pages.dates import (
    local_date,
    parse_day_word,
    parse_display_datetime,
    parse_listing_datetime,
    to_utc_iso,
)
from scrapers.pages.leads import first_paragraph, is_boilerplate_description
from scrapers.pipelines import BatchWriter
from scrapers.spiders.base import listing_clock

# 20:30 UTC on 10 March 2026 is already 01:30 on 11 March in Almaty (UTC+5): the UTC date and
# the local date differ, so "today" must be the 11th and "yesterday" the 10th.
ACROSS_MIDNIGHT = datetime(2026, 3, 10, 20, 30, tzinfo=UTC)
MIDNIGHT_11 = "2026-03-10T19:00:00+00:00"  # 11 March 00:00 in Almaty
MIDNIGHT_10 = "2026-03-09T19:00:00+00:00"  # 10 March 00:00 in Almaty
SEO_FETCHED_AT = datetime(2025, 2, 4, 6, 0, tzinfo=UTC)
SITE = {"tengrinews", "kz"}


# --- 1. boilerplate descriptions --------------------------------------------------------------

TITLE = "Аким Караганды уволил заместителя"


@pytest.mark.parametrize(
    "description",
    [
        # SEO templates wrapped around the title, in the three languages, with decorations.
        f"Интересная и полезная статья ✅ {TITLE} ⚡ Читайте онлайн на Tengrinews.kz",
        f"Полезный материал ➤ «{TITLE.upper()}» ➤ Смотрите подробности на портале",
        f"Қызықты әрі пайдалы мақала ✅ {TITLE} ⚡ Tengrinews.kz сайтында оқыңыз",
        f"★ Interesting and useful article ★ {TITLE} ► Read online at Tengrinews.kz",
        # Undecorated, but nothing besides the title is news.
        f"{TITLE} — читайте последние новости Казахстана на Tengrinews.kz",
        # Decorated, with a slogan word the lists do not know: still mostly generic.
        f"✅ {TITLE} ⚡ Главные новости страны онлайн — быстро",
        # The title alone, in other quotes and case; nothing at all; decorations only.
        f"“{TITLE.lower()}”!",
        "",
        "   ",
        "✅ ⚡ ➤",
        # Site-wide texts without the title.
        "Последние новости Казахстана и мира онлайн",
        "✅ Свежие новости ⚡ Читайте Tengrinews.kz ➤ бесплатно и круглосуточно",
    ],
)
def test_site_boilerplate_around_the_title_is_not_a_lead(description):
    assert is_boilerplate_description(description, TITLE, SITE)


@pytest.mark.parametrize(
    "description",
    [
        # A standfirst that starts with the title's words and goes on with its own.
        f"{TITLE}: тот не согласовал с ним закупку угля для школ и больниц.",
        f"{TITLE}. Решение принято после проверки расходов на ремонт дорог.",
        # One decoration does not make a template when the rest is content.
        f"⚡ {TITLE} после жалоб жителей на отключения тепла",
        # A lead that does not repeat the title at all.
        "Заместитель акима узнал об увольнении из приказа, опубликованного утром.",
        "Жители трёх районов остались без отопления на двое суток.",
    ],
)
def test_a_real_standfirst_is_kept(description):
    assert not is_boilerplate_description(description, TITLE, SITE)


def test_site_words_come_from_the_host_and_og_site_name():
    # "Vlast" is in no word list: the host alone makes it the site's name.
    description = "Фонд сменил адрес. Все новости на Vlast.kz"
    assert is_boilerplate_description(description, "Фонд сменил адрес", {"vlast", "kz"})
    assert not is_boilerplate_description(description, "Фонд сменил адрес", set())


def test_first_paragraph_skips_a_title_repeat_and_a_dateline():
    body = (
        "Аким Караганды уволил заместителя\n\nКАРАГАНДА.\n\n"
        "Заместитель акима узнал об этом утром из приказа."
    )
    assert first_paragraph(body, TITLE) == "Заместитель акима узнал об этом утром из приказа."
    assert first_paragraph("Коротко.", TITLE) == "Коротко."  # nothing longer: the first one
    assert first_paragraph("", TITLE) == ""


SEO_PAGES = [
    # (outlet module, URL, fixture, lead expected from the first paragraph)
    (tengrinews, "https://tengrinews.kz/kazakhstan_news/pavlodar-priyut-530001/",
     "tengrinews_article_seo_ru.html",
     "Волонтеры Павлодара открыли приют, в котором разместятся до ста собак."),
    # Kazakh: the first paragraph is a dateline ("Өскемен."), so the next one.
    (tengrinews, "https://kaz.tengrinews.kz/kazakhstan/oskemen-sayabak-610001/",
     "tengrinews_article_seo_kk.html",
     "Қала тұрғындары жаңа саябақта серуендеп, балалар ойын алаңын тамашалады."),
    (tengrinews, "https://en.tengrinews.kz/kazakhstan_news/almaty-cycling-lane-270001/",
     "tengrinews_article_seo_en.html",
     "The city opened a four-kilometre cycling lane along Abay Avenue on Monday."),
    (vlast, "https://vlast.kz/novosti/71001-fond-smenil-adres.html", "vlast_article_seo.html",
     "Фонд помощи сиротам переехал в новое здание на окраине города после отказа продлить "
     "аренду."),
]


@pytest.mark.parametrize(("module", "url", "fixture", "lead"), SEO_PAGES)
def test_boilerplate_description_falls_back_to_the_first_paragraph(page, module, url, fixture, lead):
    item = module.parse_article(url, page(fixture), SEO_FETCHED_AT)
    assert item["lead"] == lead
    assert item["layers"]["lead"] == FIRST_PARAGRAPH == "first_paragraph"
    assert item["content_hash"] == content_hash(item["title"], lead, item["body"])
    validate_article({**item, "run_id": "test"})  # the contract knows the layer


def test_tengrinews_standfirst_starting_with_the_title_is_kept(page):
    url = "https://tengrinews.kz/kazakhstan_news/kostanay-rynok-530002/"
    item = tengrinews.parse_article(url, page("tengrinews_article_standfirst.html"), SEO_FETCHED_AT)
    assert item["title"] == "В Костанае закрыли рынок"
    assert item["lead"] == (
        "В Костанае закрыли рынок: санитарная служба нашла на складах просроченные продукты и "
        "выписала штраф владельцу."
    )
    assert item["layers"]["lead"] == "jsonld"


def test_vlast_meta_description_that_is_a_real_summary_is_kept(page):
    url = "https://vlast.kz/novosti/69256-pravozashhitnyj-centr-lishili-pomeshhenija.html"
    item = vlast.parse_article(url, page("vlast_article_ru.html"), SEO_FETCHED_AT)
    assert item["lead"] == "Центр получил уведомление о расторжении аренды за месяц до срока."
    assert item["layers"]["lead"] == "jsonld"


def test_azattyq_boilerplate_intro_falls_back_too(page):
    url = "https://www.azattyqasia.org/a/33134603.html"
    html = page("azattyq_article_ru.html").decode()
    intro = "Суд в Павлодаре наложил штраф на общественный фонд за опоздание с отчётом."
    assert intro in html
    html = html.replace(intro, "✅ Фонд «Открытая степь» оштрафовали за отчёт ⚡ Читайте онлайн")
    item = azattyq.parse_article(url, html, SEO_FETCHED_AT)
    assert item["lead"] == "Специализированный административный суд рассмотрел дело фонда в четверг."
    assert item["layers"]["lead"] == "first_paragraph"


def test_the_fallback_layer_can_be_switched_off_like_the_others(page):
    url, fixture = SEO_PAGES[0][1], SEO_PAGES[0][2]
    with disabled_layers("first_paragraph"):
        item = tengrinews.parse_article(url, page(fixture), SEO_FETCHED_AT)
    assert item["lead"] == "" and "lead" not in item["layers"]


def test_crawl_reports_count_the_first_paragraph_layer(tmp_path):
    assert "first_paragraph" in LAYERS
    writer = BatchWriter(tmp_path / "batch.jsonl")
    for n, layer in enumerate(("first_paragraph", "jsonld", "first_paragraph", "selectors")):
        writer.add({"native_id": str(n), "content_hash": str(n), "layers": {"lead": layer}})
    try:
        assert writer.layer_shares()["lead"] == {
            "selectors": 0.25, "jsonld": 0.25, "generic": 0.0, "first_paragraph": 0.5
        }
    finally:
        writer.close()


# --- 2. day words in listings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "midnight"),
    [
        ("Сегодня", MIDNIGHT_11), ("вчера", MIDNIGHT_10), (" СЕГОДНЯ, ", MIDNIGHT_11),
        ("Бүгін", MIDNIGHT_11), ("КЕШЕ", MIDNIGHT_10), ("Бүгiн", MIDNIGHT_11),  # Latin "i"
        ("Today", MIDNIGHT_11), ("yesterday,", MIDNIGHT_10), ("  TODAY  ", MIDNIGHT_11),
        ("· Вчера |", MIDNIGHT_10),
    ],
)
def test_a_bare_day_word_is_that_days_local_midnight(shown, midnight):
    assert to_utc_iso(parse_day_word(shown, ACROSS_MIDNIGHT)) == midnight
    assert to_utc_iso(parse_listing_datetime(shown, ACROSS_MIDNIGHT)) == midnight
    # An article page's date still needs a time: a day word alone is no publication time.
    assert parse_display_datetime(shown, ACROSS_MIDNIGHT) is None


@pytest.mark.parametrize("junk", ["", None, "Позавчера", "Сегодня утром", "Новости", "Сегодняшний"])
def test_other_words_are_not_day_words(junk):
    assert parse_day_word(junk, ACROSS_MIDNIGHT) is None


def test_day_words_follow_the_clock_change_of_march_2024():
    # 1 March 2024 00:30 in Almaty was already UTC+5 (19:30 UTC on 29 February).
    fetched = datetime(2024, 2, 29, 19, 30, tzinfo=UTC)
    assert to_utc_iso(parse_day_word("Сегодня", fetched)) == "2024-02-29T19:00:00+00:00"
    # 29 February itself was still UTC+6.
    assert to_utc_iso(parse_day_word("Вчера", fetched)) == "2024-02-28T18:00:00+00:00"


def test_a_listing_with_the_time_still_gives_the_time():
    assert to_utc_iso(parse_listing_datetime("Сегодня | 00:40", ACROSS_MIDNIGHT)) == (
        "2026-03-10T19:40:00+00:00"
    )


@pytest.mark.parametrize(
    ("host", "fixture", "expected"),
    [
        ("tengrinews.kz", "tengrinews_listing_days_ru.html", [
            ("/kazakhstan_news/novyiy-skver-v-taraze-530101/", MIDNIGHT_11),  # " Сегодня "
            ("/kazakhstan_news/avtobusy-v-aktau-530102/", "2026-03-10T19:40:00+00:00"),
            ("/world_news/vybory-v-soseddney-strane-530050/", MIDNIGHT_10),  # icon + "ВЧЕРА,"
        ]),
        ("kaz.tengrinews.kz", "tengrinews_listing_days_kk.html", [
            ("/kazakhstan/taraz-sayabak-610101/", MIDNIGHT_11),  # "Бүгін"
            ("/kazakhstan/aktau-avtobus-610050/", MIDNIGHT_10),  # "кеше"
            ("/world/saylau-610040/", MIDNIGHT_11),  # "Бүгiн", typed with a Latin "i"
        ]),
        ("en.tengrinews.kz", "tengrinews_listing_days_en.html", [
            ("/kazakhstan_news/taraz-square-270101/", MIDNIGHT_11),  # "TODAY"
            ("/kazakhstan_news/aktau-buses-270090/", MIDNIGHT_10),  # "Yesterday,"
        ]),
    ],
)
def test_tengrinews_listing_day_words_in_every_edition(page, host, fixture, expected):
    pairs = tengrinews.parse_listing(f"https://{host}/news/", page(fixture), ACROSS_MIDNIGHT)
    assert [(url, to_utc_iso(when)) for url, when in pairs] == [
        (f"https://{host}{path}", utc) for path, utc in expected
    ]
    # The UTC date of the fetch is the 10th; the listing's "today" is Almaty's 11th.
    assert local_date(pairs[0][1]) == date(2026, 3, 11)


def test_azattyq_listing_day_word():
    html = (
        '<html><body><div class="media-block"><div class="media-block__content">'
        '<a href="/a/33200001.html">Жаңалық</a><span class="date">Кеше</span></div></div>'
        "</body></html>"
    )
    pairs = azattyq.parse_listing("https://www.azattyq.org/z/330", html, ACROSS_MIDNIGHT)
    assert [(url, to_utc_iso(when)) for url, when in pairs] == [
        ("https://www.azattyq.org/a/33200001.html", MIDNIGHT_10)
    ]


def test_vlast_archive_day_words(page):
    pairs, last = vlast.parse_archive(
        "https://vlast.kz/novosti/?archive=1", page("vlast_archive_days.html"), ACROSS_MIDNIGHT
    )
    assert last == 3
    assert [(url.rsplit("/", 1)[1], to_utc_iso(when)) for url, when in pairs] == [
        ("72010-sud-otlozhil-zasedanie.html", MIDNIGHT_11),
        ("72005-akimat-otvetil-zhitelyam.html", MIDNIGHT_10),
    ]


# --- the crawl window at its edges, for day-word listings -------------------------------------


def archive_response(page, fixture: str, n: int, **kwargs) -> HtmlResponse:
    url = vlast.archive_url("novosti", n)
    request = Request(url, meta=kwargs.pop("meta", {}))
    return HtmlResponse(url, body=page(fixture), encoding="utf-8", request=request, **kwargs)


def crawl_archive(since: str, until: str, response: HtmlResponse, n: int):
    crawler = get_crawler(VlastSpider)
    spider = VlastSpider.from_crawler(crawler, since=since, until=until, editions="ru")
    requests = list(spider.parse_archive(response, "novosti", n, None, "ru"))
    articles = [r.url.rsplit("/", 1)[1] for r in requests if r.callback == spider.parse_article]
    pages = [r.url for r in requests if r.callback == spider.parse_archive]
    stats = crawler.stats.get_stats()
    return articles, pages, stats.get("qysym/skipped/out_of_window", 0)


@pytest.mark.parametrize(
    ("since", "until", "queued", "out", "next_page"),
    [
        # The window is the local day the fetch falls on (11 March), not the UTC day (10th):
        # "Сегодня" is in on its since/until edge, "Вчера" is a day before since, and paging goes
        # on because not every item is older.
        ("2026-03-11", "2026-03-11", ["72010-sud-otlozhil-zasedanie.html"], 1, True),
        # Window ending the day before: "Сегодня" is a day after until, "Вчера" on until.
        ("2026-03-09", "2026-03-10", ["72005-akimat-otvetil-zhitelyam.html"], 1, True),
        # Both days inside.
        ("2026-03-10", "2026-03-11",
         ["72010-sud-otlozhil-zasedanie.html", "72005-akimat-otvetil-zhitelyam.html"], 0, True),
    ],
)
def test_day_word_items_sit_on_the_right_side_of_the_window_edges(
    page, since, until, queued, out, next_page
):
    response = archive_response(page, "vlast_archive_days.html", 1,
                                meta={"qysym_fetched_at": ACROSS_MIDNIGHT})
    articles, pages, skipped = crawl_archive(since, until, response, 1)
    assert articles == queued
    assert skipped == out
    assert bool(pages) is next_page


def test_archive_paging_stops_when_every_day_word_item_is_before_since(page):
    response = archive_response(page, "vlast_archive_days_older.html", 2,
                                meta={"qysym_fetched_at": ACROSS_MIDNIGHT})
    articles, pages, skipped = crawl_archive("2026-03-11", "2026-03-11", response, 2)
    assert (articles, pages, skipped) == ([], [], 2)


def test_a_cached_listing_counts_day_words_from_when_it_was_fetched(page):
    # The HTTP cache answered at 00:05 on 11 March with a copy the site sent at 23:55 on the
    # 10th (18:55 UTC): its "Сегодня" is the 10th.
    response = archive_response(
        page, "vlast_archive_days.html", 1, flags=["cached"],
        headers={"Date": "Tue, 10 Mar 2026 18:55:00 GMT"},
    )
    assert listing_clock(response) == datetime(2026, 3, 10, 18, 55, tzinfo=UTC)
    articles, _, _ = crawl_archive("2026-03-10", "2026-03-10", response, 1)
    assert articles == ["72010-sud-otlozhil-zasedanie.html"]
    # Without the flag the page is fresh: the clock is now (a recent instant, not the header).
    fresh = archive_response(page, "vlast_archive_days.html", 1,
                             headers={"Date": "Tue, 10 Mar 2026 18:55:00 GMT"})
    assert abs((listing_clock(fresh) - datetime.now(UTC)).total_seconds()) < 60
