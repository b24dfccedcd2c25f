"""Shared pieces of the page parsers: decoding, JSON-LD and OpenGraph, the page and its layered
fields, the article item. Text helpers are in :mod:`scrapers.pages.text`, dates in
:mod:`scrapers.pages.dates`, leads in :mod:`scrapers.pages.leads`, sitemaps in
:mod:`scrapers.pages.sitemaps`.

Every outlet module extracts each field with :func:`layered`, which tries the site's own selectors,
then JSON-LD / OpenGraph, then generic extraction (trafilatura), and remembers which layer
answered. The lead goes through :func:`scrapers.pages.leads.lead_field`, which refuses site
boilerplate (an SEO template around the title) and falls back to the body's first paragraph
(layer ``first_paragraph``). :func:`build_article` turns the answers into a contract item
(``qysym.contract``) less ``run_id``, or raises :class:`ParseError` naming the first required
field nobody could supply.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
from parsel import Selector
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from qysym.contract import FIELD_NAMES, LAYERS, OUTLETS, content_hash
from scrapers.pages.dates import parse_display_datetime, parse_machine_datetime, to_utc_iso
from scrapers.pages.text import clean_text, element_text, unique, words_of

logger = logging.getLogger(__name__)

# Fields whose absence makes a page unusable (the contract's required extracted fields).
REQUIRED_FIELDS = ("title", "body", "published_at")
ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "WebPage",
}
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# A date and time as pages print them: 11.12.2019, 11:27 / 8 декабря 2020, 14:05 / Вчера 13:02.
_DATE_LIKE = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}\s+[^\W\d_]{3,12}\s+\d{4}\s*[,|]?\s*\d{1,2}:\d{2}\b"
)
# How a complete page ends: its closing tag, then at most white space and comments.
_COMPLETE = re.compile(r"</html\s*>(?:\s|<!--.*?-->)*\Z", re.I | re.S)


class ParseError(ValueError):
    """A page could not be turned into an article; ``field`` names what was missing."""

    def __init__(self, field: str, message: str | None = None):
        self.field = field
        super().__init__(f"{field}: {message or 'not found by any layer'}")


# --- decoding --------------------------------------------------------------------------------


def decode_html(html: str | bytes, declared_encoding: str | None = None) -> str:
    """Bytes to text, surviving a wrong or missing charset.

    Order: byte-order mark, strict UTF-8 (a non-UTF-8 page almost never decodes as UTF-8 by
    chance), the encoding the HTTP header declared, the one the page's ``<meta>`` declares,
    windows-1251 (the usual legacy Cyrillic charset), and finally UTF-8 with replacement.
    Control characters, lone surrogates and non-characters, which no HTML page may contain and
    lxml refuses in names, are dropped.
    """
    return decode_page(html, declared_encoding)[0]


def decode_page(html: str | bytes, declared_encoding: str | None = None) -> tuple[str, bytes | None]:
    """:func:`decode_html`, plus the cleaned bytes when they are valid UTF-8 (so the HTML parser
    can take them as they are, instead of re-encoding the text)."""
    if isinstance(html, str):
        return _XML_INCOMPATIBLE.sub("", html), None
    bom_encoding, bom = read_bom(html)
    if bom_encoding and bom:  # UTF-16/32 carry zero bytes: decode first, then clean
        text = html[len(bom):].decode(bom_encoding, errors="replace")
        return _XML_INCOMPATIBLE.sub("", text), None
    # C0 controls and DEL never occur inside a multi-byte sequence of the charsets met here, so
    # they can go before decoding (bytes.translate is an order of magnitude faster than a regex).
    cleaned = html.translate(None, _CONTROL_BYTES)
    text, encoding = _decode(cleaned, declared_encoding)
    if "\ufffe" in text or "\uffff" in text:
        return text.replace("\ufffe", "").replace("\uffff", ""), None
    return text, cleaned if encoding == "utf-8" else None


def _decode(html: bytes, declared_encoding: str | None) -> tuple[str, str | None]:
    candidates = ["utf-8", declared_encoding, html_body_declared_encoding(html), "cp1251"]
    for encoding in candidates:
        if not encoding:
            continue
        try:
            return html.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return html.decode("utf-8", errors="replace"), None


def encoding_from_content_type(content_type: str | bytes | None) -> str | None:
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    return http_content_type_encoding(content_type)


# --- JSON-LD and OpenGraph --------------------------------------------------------------------


def _walk_jsonld(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk_jsonld(node["@graph"])


def _types(node: dict) -> set[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def read_jsonld(sel: Selector) -> dict:
    """The page's article object from JSON-LD (``@graph`` and lists searched), or ``{}``.

    Article types win over a bare ``WebPage``; invalid JSON blocks are skipped.
    """
    found: list[dict] = []
    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        found.extend(n for n in _walk_jsonld(data) if _types(n) & ARTICLE_TYPES)
    for node in found:
        if _types(node) - {"WebPage"}:
            return node
    return found[0] if found else {}


def jsonld_text(node: dict, key: str) -> str:
    value = node.get(key)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    return clean_text(value) if isinstance(value, str) else ""


def jsonld_names(node: dict, key: str) -> list[str]:
    """Names from a JSON-LD person/thing field: a string, an object, or a list of either."""
    value = node.get(key)
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str):
            names.append(item)
    return unique(names)


def jsonld_keywords(node: dict) -> list[str]:
    value = node.get("keywords")
    if isinstance(value, str):
        return unique(value.split(","))
    if isinstance(value, list):
        return unique(v for v in value if isinstance(v, str))
    return []


def meta_content(sel: Selector, *, prop: str | None = None, name: str | None = None) -> str:
    """The content of the page's first ``<meta property=prop>`` / ``<meta name=name>``."""
    key = ("property", prop) if prop else ("name", name)
    return _metas(sel).get(key, "")


_META_CACHE: list = [None, {}]  # (root, metas) of the last page asked: one tree walk per page


def _metas(sel: Selector) -> dict[tuple[str, str], str]:
    root = sel.root
    if _META_CACHE[0] is not root:
        metas: dict[tuple[str, str], str] = {}
        # Pages keep their meta tags in <head>: walking only it spares a scan of the whole tree.
        for node in sel.xpath("/html/head/meta[@content]"):
            for attribute in ("property", "name"):
                value = node.attrib.get(attribute)
                if value:
                    metas.setdefault((attribute, value), clean_text(node.attrib["content"]))
        _META_CACHE[0], _META_CACHE[1] = root, metas
    return _META_CACHE[1]


# --- the page and its layers ------------------------------------------------------------------


@dataclass
class Page:
    """One fetched article page, with the lazily computed views every layer reads."""

    url: str
    text: str
    fetched_at: datetime
    utf8: bytes | None = None  # the same page as UTF-8 bytes, when at hand (parsed without copying)
    sel: Selector = field(init=False)

    def __post_init__(self) -> None:
        if self.fetched_at.tzinfo is None:
            raise ValueError("fetched_at must be timezone-aware")
        if self.utf8 and self.utf8.strip():
            self.sel = Selector(body=self.utf8, encoding="utf-8", type="html", huge_tree=True)
        else:
            self.sel = Selector(text=self.text or "<html></html>", type="html", huge_tree=True)

    @cached_property
    def jsonld(self) -> dict:
        return read_jsonld(self.sel)

    @cached_property
    def html_lang(self) -> str | None:
        raw = clean_text(self.sel.xpath("/html/@lang").get()).lower()
        code = re.split(r"[-_]", raw)[0] if raw else ""
        return {"kz": "kk", "kaz": "kk", "rus": "ru", "eng": "en"}.get(code, code) or None

    @cached_property
    def generic(self) -> Any:
        """trafilatura's reading of the page (``Document`` or ``None``); only built when needed."""
        import trafilatura  # imported lazily: it is heavy and only the last layer needs it

        # A page without visible text has nothing to extract (and trafilatura logs errors).
        if self.sel.xpath("boolean(//body//text()[normalize-space()])").get() != "1":
            return None
        try:
            return trafilatura.bare_extraction(
                self.text,
                url=self.url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                favor_precision=True,
            )
        except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError):
            logger.debug("trafilatura failed on %s", self.url, exc_info=True)
            return None

    def generic_title(self) -> str:
        doc = self.generic
        return clean_text(getattr(doc, "title", None) or "") if doc is not None else ""

    def generic_body(self, title: str = "") -> str:
        doc = self.generic
        text = getattr(doc, "text", None) if doc is not None else None
        if not text:
            return ""
        lines = [clean_text(line) for line in text.splitlines()]
        lines = [line for line in lines if line]
        # trafilatura keeps the headline as the first line of the text.
        if lines and title and lines[0] == clean_text(title):
            lines = lines[1:]
        return "\n\n".join(lines)

    def og(self, prop: str) -> str:
        return meta_content(self.sel, prop=prop)

    @cached_property
    def site_words(self) -> frozenset[str]:
        """Words that name the site: its host's labels and ``og:site_name`` (``example``,
        ``kz``, ``kaz``…); in a page description they are branding, not content."""
        host = urlsplit(self.url).hostname or ""
        return frozenset(words_of(" ".join(host.split("."))) + words_of(self.og("og:site_name")))


Layer = tuple[str, Callable[[], Any]]
# The layer of a lead taken from the body's first paragraph (the page had no usable standfirst).
FIRST_PARAGRAPH = "first_paragraph"
# Layers switched off, to measure what the fallbacks alone recover (a markup-drift drill):
# ``QYSYM_DISABLED_LAYERS=selectors`` in the environment (Settings.disabled_layers, read when a
# page is parsed), or :func:`disabled_layers` in-process (which wins while it is active).
_disabled: frozenset[str] | None = None


def _switched_off() -> frozenset[str]:
    if _disabled is not None:
        return _disabled
    from qysym import settings

    return settings.load().disabled_layers


@contextmanager
def disabled_layers(*names: str) -> Iterator[None]:
    """Parse with some extraction layers switched off (``with disabled_layers("selectors"):``)."""
    global _disabled
    unknown = set(names) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown extraction layers: {sorted(unknown)}")
    before, _disabled = _disabled, frozenset(names)
    try:
        yield
    finally:
        _disabled = before


@contextmanager
def _layers_read_once() -> Iterator[None]:
    """While one page is parsed, the switched-off layers as the settings say now: read once per
    page, not once per field (a settings read costs as much as a field's extraction)."""
    global _disabled
    if _disabled is not None:  # disabled_layers() in-process wins
        yield
        return
    from qysym import settings

    _disabled = settings.load().disabled_layers
    try:
        yield
    finally:
        _disabled = None


def layered(*layers: Layer) -> tuple[Any, str | None]:
    """The first non-empty answer among ``(layer_name, producer)`` pairs, and its layer."""
    off = _switched_off()
    for name, produce in layers:
        if name in off:
            continue
        value = produce()
        if value:
            return value, name
    return None, None


def generic_datetime(page: Page) -> datetime | None:
    """Site-independent date: a ``<time datetime>``, else the first ``<time>`` whose text reads
    as a date, else the page's first date-and-time looking text (``11.12.2019, 11:27``)."""
    for node in page.sel.xpath("//time"):
        found = parse_machine_datetime(node.attrib.get("datetime"))
        found = found or parse_display_datetime(element_text(node), page.fetched_at)
        if found:
            return found
    for text in page.sel.xpath("//body//text()[contains(., ':')]").getall()[:400]:
        match = _DATE_LIKE.search(text)
        if match:
            found = parse_display_datetime(match.group(0), page.fetched_at)
            if found:
                return found
    return None


def build_article(
    *,
    outlet: str,
    lang: str,
    url: str,
    native_id: str,
    fetched_at: datetime,
    parser_version: str,
    fields: dict[str, tuple[Any, str | None]],
) -> dict:
    """Assemble the contract item (all fields but ``run_id``, in contract order)."""
    for name in REQUIRED_FIELDS:
        if not fields.get(name, (None, None))[0]:
            raise ParseError(name)
    values = {name: value for name, (value, _) in fields.items()}
    layers = {name: layer for name, (value, layer) in fields.items() if value and layer}
    title, lead, body = values["title"], values.get("lead") or "", values["body"]
    item = {
        "outlet": outlet,
        "lang": lang,
        "url": url,
        "native_id": native_id,
        "title": title,
        "lead": lead,
        "body": body,
        "authors": values.get("authors") or [],
        "section": values.get("section") or None,
        "tags": values.get("tags") or [],
        "published_at": to_utc_iso(values["published_at"]),
        "modified_at": to_utc_iso(values.get("modified_at")),
        "fetched_at": to_utc_iso(fetched_at),
        "content_hash": content_hash(title, lead, body),
        "parser_version": parser_version,
        "layers": layers,
    }
    return {name: item[name] for name in FIELD_NAMES if name in item}


def resolve_lang(edition: str | None, html_lang: str | None, allowed: Iterable[str]) -> str:
    """The edition's language; ``<html lang>`` only fills in when the edition is unknown.

    A disagreement is logged, not trusted: templates are shared across editions and a wrong
    ``lang`` attribute is more likely than a Kazakh article in the Russian edition's URL space.
    """
    allowed = tuple(allowed)
    if edition in allowed:
        if html_lang in allowed and html_lang != edition:
            logger.info("edition %s but <html lang=%s>; keeping the edition", edition, html_lang)
        return edition
    if html_lang in allowed:
        return html_lang
    raise ParseError("lang", f"edition {edition!r} and <html lang={html_lang!r}> not usable")


def parse_article_page(
    *,
    outlet: str,
    parser_version: str,
    url: str,
    html: str | bytes,
    fetched_at: datetime,
    lang_hint: str | None,
    declared_encoding: str | None,
    native_id_from_url: Callable[[str], str | None],
    edition_of: Callable[[str], str | None],
    parse_fields: Callable[[Page], dict],
) -> dict:
    """The steps every outlet's article parser shares: identity from the URL, language from the
    edition (cross-checked with ``<html lang>``), the outlet's own field parsers, the contract.

    A page cut off in transfer (no closing ``</html>``) is refused: its body would land short,
    and a refetch will likely bring the whole page.
    """
    text, utf8 = decode_page(html, declared_encoding)
    if not _COMPLETE.search(text[-4096:]):
        raise ParseError("truncated", "the page ends before </html>")
    page = Page(url, text, fetched_at, utf8)
    native_id = native_id_from_url(url)
    if not native_id:
        raise ParseError("native_id", f"not an article URL: {url}")
    lang = resolve_lang(lang_hint or edition_of(url), page.html_lang, OUTLETS[outlet])
    with _layers_read_once():
        fields = parse_fields(page)
    return build_article(
        outlet=outlet,
        lang=lang,
        url=url,
        native_id=native_id,
        fetched_at=fetched_at,
        parser_version=parser_version,
        fields=fields,
    )


def article_parser(
    *,
    outlet: str,
    parser_version: str,
    native_id_from_url: Callable[[str], str | None],
    edition_of: Callable[[str], str | None],
    parse_fields: Callable[[Page], dict],
) -> Callable[..., dict]:
    """An outlet's ``parse_article(url, html, fetched_at, lang_hint=None, *, declared_encoding)``."""

    def parse_article(
        url: str,
        html: str | bytes,
        fetched_at: datetime,
        lang_hint: str | None = None,
        *,
        declared_encoding: str | None = None,
    ) -> dict:
        """One article page -> contract fields (less ``run_id``); raises :class:`ParseError`."""
        return parse_article_page(
            outlet=outlet,
            parser_version=parser_version,
            url=url,
            html=html,
            fetched_at=fetched_at,
            lang_hint=lang_hint,
            declared_encoding=declared_encoding,
            native_id_from_url=native_id_from_url,
            edition_of=edition_of,
            parse_fields=parse_fields,
        )

    return parse_article

