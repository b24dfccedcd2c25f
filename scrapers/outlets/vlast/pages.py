"""Vlast.kz: article pages and the per-section archive listing.

Article URLs are ``https://vlast.kz/<section>/<id>-<slug>.html``; the numeric id is the native id
(articles from about 2013 have an underscore slug and no id: the slug is the id then). The
edition comes from the section: ``vlast-qazaqsha`` is Kazakh, ``english`` English, the rest
Russian.
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
from scrapers.pages.text import element_text, unique

OUTLET = "vlast"
PARSER_VERSION = "vlast/1.1.0"
ALLOWED_DOMAINS = ("vlast.kz",)
BASE_URL = "https://vlast.kz"
SECTION_LANG = {"vlast-qazaqsha": "kk", "english": "en"}
# Sections crawled per edition (the archive pagination is the dependable discovery path).
SECTIONS = {
    "ru": ("novosti", "politika", "obsshestvo"),
    "kk": ("vlast-qazaqsha",),
    "en": ("english",),
}
_ARTICLE_PATH = re.compile(
    r"^/(?P<section>[a-z0-9_-]+)/(?:(?P<id>\d+)-[^/]*|(?P<old>[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+))"
    r"\.html$"
)
_LAST_PAGE = re.compile(r"/(\d+)/?(?:\?|$)")


def _match(url: str) -> re.Match | None:
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in ("vlast.kz", "www.vlast.kz"):
        return None
    return _ARTICLE_PATH.match(parts.path)


def native_id_from_url(url: str) -> str | None:
    """``https://vlast.kz/novosti/69256-some-slug.html`` -> ``"69256"``."""
    match = _match(url)
    if not match:
        return None
    return match.group("id") or match.group("old")


def section_from_url(url: str) -> str | None:
    match = _match(url)
    return match.group("section") if match else None


def edition_of(url: str) -> str | None:
    section = section_from_url(url)
    return SECTION_LANG.get(section, "ru") if section else None


# --- fields ----------------------------------------------------------------------------------


def _parse_title(page: Page):
    def selectors() -> str:
        for query in ("li.has-title h1", "h1"):
            found = page.sel.css(query)
            if found and element_text(found[0]):
                return element_text(found[0])
        return ""

    return layered(
        ("selectors", selectors),
        ("jsonld", lambda: jsonld_text(page.jsonld, "headline") or page.og("og:title")),
        ("generic", page.generic_title),
    )


def _parse_body(page: Page, title: str):
    def selectors() -> str:
        paragraphs = page.sel.css(
            "div.default-item-in.js-editor .font-edit p, div.default-item-in.js-editor.font-edit p"
        )
        return "\n\n".join(t for t in (element_text(p) for p in paragraphs) if t)

    return layered(
        ("selectors", selectors),
        ("jsonld", lambda: jsonld_text(page.jsonld, "articleBody")),
        ("generic", lambda: page.generic_body(title)),
    )


def _parse_authors(page: Page):
    return layered(
        ("jsonld", lambda: jsonld_names(page.jsonld, "author")),
        ("generic", lambda: unique(meta_content(page.sel, name="author").split(","))),
    )


def _parse_section(page: Page):
    return layered(
        ("selectors", lambda: section_from_url(page.url)),
        ("jsonld", lambda: jsonld_text(page.jsonld, "articleSection")),
    )


def _parse_tags(page: Page):
    return layered(("jsonld", lambda: jsonld_keywords(page.jsonld)))


def _parse_published_at(page: Page):
    def selectors() -> datetime | None:
        for node in page.sel.css("ul.meta.item-expand-meta time.news-date"):
            found = parse_display_datetime(element_text(node), page.fetched_at)
            found = found or parse_any_datetime(node.attrib.get("datetime"), page.fetched_at)
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
    # Vlast prints no standfirst in the page body; its summary is the page's meta description,
    # unless that is boilerplate (lead_field), when the body's first paragraph stands in.
    description = ("jsonld", lambda: meta_content(page.sel, name="description"))
    return lead_field(page, title, body, description)


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


# --- discovery: the archive listing ----------------------------------------------------------


def archive_url(section: str, page: int = 1) -> str:
    """``/<section>/?archive=1`` for the first page, ``/<section>/<n>/?archive=1`` after."""
    if page <= 1:
        return f"{BASE_URL}/{section}/?archive=1"
    return f"{BASE_URL}/{section}/{page}/?archive=1"


def parse_archive(
    url: str, html: str | bytes, fetched_at: datetime
) -> tuple[list[tuple[str, datetime | None]], int | None]:
    """An archive page -> ((article URL, date) pairs in page order, last page number or None).

    Items are ``div.news-inline-item.media`` with the link ``.news-inline-item-title`` (the ``a``
    itself or an ``a`` inside it) and ``time[datetime]``; without a usable ``datetime``, the
    ``time``'s text, where a bare day word (``Сегодня``, ``Кеше``, ``Today``…) gives that day's
    local midnight (:func:`~scrapers.pages.dates.parse_listing_datetime`).
    """
    sel = Selector(text=decode_html(html) or "<html></html>", type="html")
    found: list[tuple[str, datetime | None]] = []
    for item in sel.css("div.news-inline-item.media"):
        title = item.css(".news-inline-item-title")
        href = title.attrib.get("href") if title else None
        href = href or title.css("a::attr(href)").get() or item.css("a::attr(href)").get()
        if not href or not native_id_from_url(urljoin(url, href)):
            continue
        time = item.css("time")
        stamp = time.attrib.get("datetime") if time else None
        when = parse_any_datetime(stamp, fetched_at)
        if when is None and time:
            when = parse_listing_datetime(element_text(time[0]), fetched_at)
        found.append((urljoin(url, href), when))
    last = sel.css('link[rel="last"]::attr(href)').get()
    if last is None:
        return found, None
    match = _LAST_PAGE.search(urlsplit(urljoin(url, last)).path + "?")
    # rel=last without a page number is the first page itself.
    return found, int(match.group(1)) if match else 1
