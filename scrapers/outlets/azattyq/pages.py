"""Radio Azattyq (RFE/RL Pangea CMS): article pages, listings and sitemap entries.

Editions by host: ``rus.azattyq.org`` (now redirecting to ``www.azattyqasia.org``) is Russian,
``www.azattyq.org`` is Kazakh. Article URLs are ``/a/<id>.html``, ``/a/<slug>/<id>.html`` or the
legacy ``/content/article/<id>.html``; the numeric id (unique across RFE/RL) is the native id.
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
from scrapers.pages.text import block_texts, element_text, unique

OUTLET = "azattyq"
PARSER_VERSION = "azattyq/1.1.0"
ALLOWED_DOMAINS = ("azattyq.org", "azattyqasia.org")
EDITION_BY_HOST = {
    "rus.azattyq.org": "ru",
    "www.azattyqasia.org": "ru",
    "azattyqasia.org": "ru",
    "www.azattyq.org": "kk",
    "azattyq.org": "kk",
}
SITEMAPS = {
    "ru": "https://rus.azattyq.org/sitemap.xml",
    "kk": "https://www.azattyq.org/sitemap.xml",
}
_ARTICLE_PATH = re.compile(r"^/(?:a/(?:[^/]+/)?|content/article/)(\d+)\.html$")
# Pangea prints this where a video/audio player could not be embedded.
_NO_MEDIA = re.compile(r"No media source currently available", re.I)


def edition_of(url: str) -> str | None:
    return EDITION_BY_HOST.get((urlsplit(url).hostname or "").lower())


def native_id_from_url(url: str) -> str | None:
    """``https://www.azattyqasia.org/a/33134603.html`` -> ``"33134603"``; None if not an article."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in EDITION_BY_HOST:
        return None
    match = _ARTICLE_PATH.match(parts.path)
    return match.group(1) if match else None


# --- fields ----------------------------------------------------------------------------------


def _parse_title(page: Page):
    return layered(
        ("selectors", lambda: element_text(page.sel.css("h1.pg-title"))),
        ("jsonld", lambda: jsonld_text(page.jsonld, "headline") or page.og("og:title")),
        ("generic", page.generic_title),
    )


def _parse_lead(page: Page, title: str, body: str):
    # Only the page's own standfirst: og:description is often a teaser written for social media.
    # Without one (or with boilerplate in its place), the body's first paragraph (lead_field).
    intro = ("selectors", lambda: element_text(page.sel.css(".intro")))
    return lead_field(page, title, body, intro)


def _parse_body(page: Page, title: str):
    def selectors() -> str:
        paragraphs = []
        for container in page.sel.css("#article-content .wsw"):
            paragraphs += block_texts(container, exclude=("wsw__embed", "intro"))
        return "\n\n".join(p for p in paragraphs if not _NO_MEDIA.search(p))

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
        (
            "jsonld",
            lambda: jsonld_text(page.jsonld, "articleSection") or page.og("article:section"),
        ),
    )


def _parse_tags(page: Page):
    return layered(
        ("selectors", lambda: unique(meta_content(page.sel, name="keywords").split(","))),
        ("jsonld", lambda: jsonld_keywords(page.jsonld)),
    )


def _parse_published_at(page: Page):
    # JSON-LD carries UTC; the displayed date is local time, so it only comes second.
    def selectors() -> datetime | None:
        for node in page.sel.css("time[pubdate], .publishing-details time"):
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


def article_entries(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    """The sitemap entries that are article pages of a known edition."""
    return [e for e in entries if native_id_from_url(e.loc)]


def parse_listing(
    url: str, html: str | bytes, fetched_at: datetime
) -> list[tuple[str, datetime | None]]:
    """A zone page (``/z/<zoneId>?p=<n>``) -> (article URL, date shown) pairs, page order.

    ``time[datetime]`` first, else the shown ``.date`` text, where a bare day word gives that
    day's local midnight (:func:`~scrapers.pages.dates.parse_listing_datetime`).
    """
    sel = Selector(text=decode_html(html) or "<html></html>", type="html")
    found: list[tuple[str, datetime | None]] = []
    for block in sel.css(".media-block"):
        hrefs = block.css(".media-block__content a::attr(href), a::attr(href)").getall()
        link = next((urljoin(url, h) for h in hrefs if native_id_from_url(urljoin(url, h))), None)
        if not link:
            continue
        stamp = block.css("time::attr(datetime)").get()
        shown = element_text(block.css(".date"))
        found.append((link, parse_any_datetime(stamp, fetched_at) or parse_listing_datetime(
            shown, fetched_at
        )))
    return found
