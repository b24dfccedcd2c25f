"""Tengrinews.kz: article pages (current and 2019-2021 layouts), listings and sitemap entries.

Editions by host: ``tengrinews.kz`` (ru), ``kaz.tengrinews.kz`` (kk), ``en.tengrinews.kz`` (en),
each with its own id sequence, so the native id is ``"<lang>:<id>"``. Article URLs are
``/<section>/<slug>-<id>/``.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from scrapers.pages.common import (
    Page,
    article_parser,
    decode_html,
    generic_datetime,
    jsonld_keywords,
    jsonld_names,
    jsonld_text,
    layered,
    meta_content,
)
from scrapers.pages.dates import (
    parse_any_datetime,
    parse_display_datetime,
    parse_listing_datetime,
    parse_machine_datetime,
)
from scrapers.pages.leads import lead_field
from scrapers.pages.sitemaps import SitemapEntry
from scrapers.pages.text import clean_text, element_text, unique

OUTLET = "tengrinews"
PARSER_VERSION = "tengrinews/1.1.0"
ALLOWED_DOMAINS = ("tengrinews.kz",)
EDITION_BY_HOST = {
    "tengrinews.kz": "ru",
    "www.tengrinews.kz": "ru",
    "kaz.tengrinews.kz": "kk",
    "en.tengrinews.kz": "en",
}
SITEMAPS = {
    "ru": "https://tengrinews.kz/sitemap-index.xml",
    "kk": "https://tengrinews.kz/kk-sitemap-index.xml",
    "en": "https://tengrinews.kz/en-sitemap-index.xml",
}
_ARTICLE_PATH = re.compile(r"^/(?P<section>[a-z0-9_]+)/(?:[^/]*-)?(?P<id>\d+)/?$")

# Lines that are always boilerplate wherever they stand in the body.
_BOILERPLATE = re.compile(
    r"google news|^(подписаться|подпишитесь|жазылу|жазылыңыз|subscribe)[.!]?$"
    r"|^наши новости теперь в whatsapp|^(біздің )?жаңалықтар(ымыз)? енді whatsapp"
    r"|^our news is now on whatsapp",
    re.I,
)
# Closing paragraphs are calls to follow the outlet somewhere: a call word AND a platform, so a
# news paragraph about a TV channel or a signing ceremony is never taken for one.
_FOLLOW = re.compile(
    r"подписыва|подпиш|подписаться|жазылыңыз|жазылу|subscribe|читайте|оқыңыз|follow", re.I
)
_PLATFORM = re.compile(
    r"tengrinews|tengri|telegram|телеграм|whatsapp|instagram|инстаграм|facebook|youtube|tiktok"
    r"|дзен|google news",
    re.I,
)
_CLOSING_MAX_CHARS = 400


def edition_of(url: str) -> str | None:
    return EDITION_BY_HOST.get((urlsplit(url).hostname or "").lower())


def _well_formed(url: str) -> bool:
    """One scheme, a Tengrinews host: ``https://tengrinews.kzhttps://tengrisport.kz/…`` is not."""
    parts = urlsplit(url)
    return (
        url.count("://") == 1 and parts.scheme in ("http", "https") and edition_of(url) is not None
    )


def _match(url: str) -> re.Match | None:
    if not _well_formed(url):
        return None
    parts = urlsplit(url)
    return _ARTICLE_PATH.match(parts.path)


def native_id_from_url(url: str, lang: str | None = None) -> str | None:
    """``https://kaz.tengrinews.kz/world_news/some-slug-421337/`` -> ``"kk:421337"``."""
    match = _match(url)
    if not match:
        return None
    return f"{lang or edition_of(url)}:{match.group('id')}"


def section_from_url(url: str) -> str | None:
    match = _match(url)
    return match.group("section") if match else None


def _is_closing(paragraph: str) -> bool:
    return bool(
        _BOILERPLATE.search(paragraph)
        or (len(paragraph) <= _CLOSING_MAX_CHARS and _FOLLOW.search(paragraph)
            and _PLATFORM.search(paragraph))
    )


def strip_boilerplate(paragraphs: list[str]) -> list[str]:
    kept = [p for p in paragraphs if p]
    while kept and _is_closing(kept[-1]):  # trailing calls to follow the outlet
        kept.pop()
    return [p for p in kept if not _BOILERPLATE.search(p)]


# --- fields ----------------------------------------------------------------------------------


def _parse_title(page: Page):
    return layered(
        ("selectors", lambda: element_text(page.sel.css("h1.head-single, h1.tn-content-title"))),
        ("jsonld", lambda: jsonld_text(page.jsonld, "headline") or page.og("og:title")),
        ("generic", page.generic_title),
    )


def _body_paragraphs(page: Page) -> list[str]:
    """Current layout: the ``p`` of ``div.content_main_text`` up to the tag block; else the older
    layout's ``div.tn-news-text p``."""
    container = page.sel.css("div.content_main_text")
    if container:
        paragraphs = []
        # One walk in document order, stopping at the tag block (an XPath `preceding::` test
        # per paragraph would be quadratic on long pages).
        for el in container[0].root.iter():
            classes = (el.get("class") or "").split() if isinstance(el.tag, str) else []
            if "content_main_text_tags" in classes:
                break
            if el.tag == "p":
                paragraphs.append(element_text(Selector(root=el)))
        if paragraphs:
            return paragraphs
    return [element_text(p) for p in page.sel.css("div.tn-news-text p")]


def _parse_body(page: Page, title: str):
    def jsonld() -> str:
        text = page.jsonld.get("articleBody")
        if not isinstance(text, str):
            return ""
        return "\n\n".join(strip_boilerplate([clean_text(line) for line in text.splitlines()]))

    return layered(
        ("selectors", lambda: "\n\n".join(strip_boilerplate(_body_paragraphs(page)))),
        ("jsonld", jsonld),
        ("generic", lambda: "\n\n".join(strip_boilerplate(page.generic_body(title).split("\n\n")))),
    )


def _parse_authors(page: Page):
    return layered(
        ("jsonld", lambda: jsonld_names(page.jsonld, "author")),
        ("generic", lambda: unique(meta_content(page.sel, name="author").split(","))),
    )


def _parse_section(page: Page):
    # The URL's section slug is stable across both layouts; JSON-LD only when the URL has none.
    return layered(
        ("selectors", lambda: section_from_url(page.url)),
        ("jsonld", lambda: jsonld_text(page.jsonld, "articleSection")),
    )


def _parse_tags(page: Page):
    return layered(
        ("selectors", lambda: unique(page.sel.css(".content_main_text_tags a").xpath(
            "normalize-space(.)").getall())),
        ("jsonld", lambda: jsonld_keywords(page.jsonld)),
    )


def _parse_published_at(page: Page):
    def selectors() -> datetime | None:
        shown = page.sel.css("div.date-time")
        if shown:
            return parse_display_datetime(element_text(shown[0]), page.fetched_at)
        items = page.sel.css("ol.date-time li")
        if items:
            return parse_display_datetime(element_text(items[-1]), page.fetched_at)
        for node in page.sel.css("ul.tn-data-list time"):
            found = parse_any_datetime(node.attrib.get("datetime"), page.fetched_at)
            found = found or parse_display_datetime(element_text(node), page.fetched_at)
            if found:
                return found
        return None

    return layered(
        (
            "jsonld",
            lambda: parse_machine_datetime(jsonld_text(page.jsonld, "datePublished"))
            or parse_machine_datetime(page.og("article:published_time")),
        ),
        ("selectors", selectors),
        ("generic", lambda: generic_datetime(page)),
    )


def _parse_modified_at(page: Page):
    return layered(
        (
            "jsonld",
            lambda: parse_machine_datetime(jsonld_text(page.jsonld, "dateModified"))
            or parse_machine_datetime(page.og("article:modified_time")),
        ),
    )


def _parse_lead(page: Page, title: str, body: str):
    # No standfirst element in the body: the NewsArticle's description, else the meta description.
    # Both are often an SEO template around the title ("… ✅ <title> ⚡ Читайте онлайн …"), which
    # lead_field refuses; the body's first paragraph stands in then.
    return lead_field(
        page,
        title,
        body,
        ("jsonld", lambda: jsonld_text(page.jsonld, "description")),
        ("jsonld", lambda: meta_content(page.sel, name="description")),
    )


def _parse_fields(page: Page) -> dict:
    title = _parse_title(page)
    body = _parse_body(page, title[0] or "")
    return {
        "title": title,
        "lead": _parse_lead(page, title[0] or "", body[0] or ""),
        "body": body,
        "authors": _parse_authors(page),
        "section": _parse_section(page),
        "tags": _parse_tags(page),
        "published_at": _parse_published_at(page),
        "modified_at": _parse_modified_at(page),
    }


parse_article = article_parser(
    outlet=OUTLET,
    parser_version=PARSER_VERSION,
    native_id_from_url=native_id_from_url,
    edition_of=edition_of,
    parse_fields=_parse_fields,
)


# --- discovery -------------------------------------------------------------------------------


def news_sitemaps(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    """Child sitemaps of an index worth following: ``…sitemap-news…`` on a Tengrinews host."""
    return [e for e in entries if "sitemap-news" in e.loc and _well_formed(e.loc)]


def article_entries(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    """Sitemap entries that are article pages; malformed and sub-brand URLs are dropped."""
    return [e for e in entries if native_id_from_url(e.loc)]


def parse_listing(
    url: str, html: str | bytes, fetched_at: datetime
) -> list[tuple[str, datetime | None]]:
    """A section listing (``/<section>/page/<n>/``) -> (article URL, date shown) pairs.

    The date is ``10 декабря 2024, 13:02``, ``Сегодня | 12:59``, or a bare ``Сегодня`` /
    ``Вчера`` (``Бүгін`` / ``Кеше``, ``Today`` / ``Yesterday``), which gives that day's local
    midnight (:func:`~scrapers.pages.dates.parse_listing_datetime`).
    """
    sel = Selector(text=decode_html(html) or "<html></html>", type="html")
    found: list[tuple[str, datetime | None]] = []
    for item in sel.css("div.content_main_item"):
        href = item.css("span.content_main_item_title a::attr(href)").get()
        if not href or not native_id_from_url(urljoin(url, href)):
            continue
        shown = element_text(item.css("div.content_main_item_meta span"))
        found.append((urljoin(url, href), parse_listing_datetime(shown, fetched_at)))
    return found
