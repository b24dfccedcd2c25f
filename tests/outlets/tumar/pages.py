"""Tumar Times page parsers: an article page's fields, and the sitemap entries that are articles.

Article pages live at ``/news/<id>-<slug>/`` on each edition's host; the headline is
``h1.story-title``, the standfirst ``p.story-lead``, the body ``div.story-text p``, the time
``time.story-time[datetime]``; a NewsArticle in JSON-LD repeats them (the fallback layer).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapers.pages.common import (
    Page,
    article_parser,
    jsonld_text,
    layered,
)
from scrapers.pages.dates import parse_machine_datetime
from scrapers.pages.leads import lead_field
from scrapers.pages.sitemaps import SitemapEntry
from scrapers.pages.text import block_texts, element_text

OUTLET = "tumar"
PARSER_VERSION = "tumar/1.0.0"
ALLOWED_DOMAINS = ("tumar.test",)
EDITION_BY_HOST = {"tumar.test": "ru", "kaz.tumar.test": "kk"}
SITEMAPS = {"ru": "https://tumar.test/sitemap.xml", "kk": "https://kaz.tumar.test/sitemap.xml"}
_ARTICLE_PATH = re.compile(r"^/news/(\d+)-[a-z0-9-]*/$")


def edition_of(url: str) -> str | None:
    return EDITION_BY_HOST.get((urlsplit(url).hostname or "").lower())


def native_id_from_url(url: str) -> str | None:
    """``https://kaz.tumar.test/news/1201-slug/`` -> ``"kk-1201"``: the editions count their ids
    apart, so the edition is part of the id."""
    lang = edition_of(url)
    match = _ARTICLE_PATH.match(urlsplit(url).path)
    return f"{lang}-{match.group(1)}" if lang and match else None


def _fields(page: Page) -> dict:
    title = layered(
        ("selectors", lambda: element_text(page.sel.css("h1.story-title"))),
        ("jsonld", lambda: jsonld_text(page.jsonld, "headline")),
    )
    body = layered(
        ("selectors", lambda: "\n\n".join(block_texts(page.sel.css("div.story-text")[0]))
         if page.sel.css("div.story-text") else ""),
        ("jsonld", lambda: jsonld_text(page.jsonld, "articleBody")),
    )
    lead = lead_field(page, title[0] or "", body[0] or "",
                      ("selectors", lambda: element_text(page.sel.css("p.story-lead"))))
    published = layered(
        ("selectors", lambda: parse_machine_datetime(page.sel.css("time.story-time::attr(datetime)").get())),
        ("jsonld", lambda: parse_machine_datetime(jsonld_text(page.jsonld, "datePublished"))),
    )
    return {"title": title, "lead": lead, "body": body, "published_at": published,
            "section": layered(("jsonld", lambda: jsonld_text(page.jsonld, "articleSection"))),
            "modified_at": layered(("jsonld", lambda: parse_machine_datetime(
                jsonld_text(page.jsonld, "dateModified"))))}


parse_article = article_parser(outlet=OUTLET, parser_version=PARSER_VERSION,
                               native_id_from_url=native_id_from_url, edition_of=edition_of,
                               parse_fields=_fields)


def article_entries(entries: list[SitemapEntry]) -> list[SitemapEntry]:
    return [e for e in entries if native_id_from_url(e.loc)]
