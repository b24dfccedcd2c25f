"""Shared pieces of the page parsers: decoding, text cleaning, dates, JSON-LD, layered fields.

Every outlet module extracts each field with :func:`layered`, which tries the site's own selectors,
then JSON-LD / OpenGraph, then generic extraction (trafilatura), and remembers which layer
answered. The lead goes through :func:`lead_field`, which refuses site boilerplate (an SEO
template around the title) and falls back to the body's first paragraph (layer
``first_paragraph``). :func:`build_article` turns the answers into a contract item
(``qysym.contract``) less ``run_id``, or raises :class:`ParseError` naming the first required
field nobody could supply.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import dateparser
import lxml.etree
from parsel import Selector, SelectorList
from scrapy.utils.sitemap import Sitemap
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from qysym.contract import FIELD_NAMES, LAYERS, OUTLETS, content_hash

logger = logging.getLogger(__name__)

# Sites print Kazakhstan local time without an offset; this zone knows the March 2024 change
# from UTC+6 to UTC+5.
LOCAL_TZ = ZoneInfo("Asia/Almaty")
DATE_LANGUAGES = ["ru", "kk", "en"]
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
_SPACE = re.compile(r"\s+")
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
# Elements whose start separates words even when the markup has no white space there.
_BREAK_TAGS = frozenset(
    {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "blockquote",
     "section", "article", "ul", "ol", "dd", "dt", "hr"}
)
_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# A date and time as pages print them: 11.12.2019, 11:27 / 8 декабря 2020, 14:05 / Вчера 13:02.
_DATE_LIKE = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}\s+[^\W\d_]{3,12}\s+\d{4}\s*[,|]?\s*\d{1,2}:\d{2}\b"
)
# How a complete page ends: its closing tag, then at most white space and comments.
_COMPLETE = re.compile(r"</html\s*>(?:\s|<!--.*?-->)*\Z", re.I | re.S)
# A sitemap or page larger than this after decompression is refused (matches DOWNLOAD_MAXSIZE).
MAX_DECOMPRESSED = 10 * 1024 * 1024


class ParseError(ValueError):
    """A page could not be turned into an article; ``field`` names what was missing."""

    def __init__(self, field: str, message: str | None = None):
        self.field = field
        super().__init__(f"{field}: {message or 'not found by any layer'}")


# --- text ------------------------------------------------------------------------------------


def clean_text(text: str | None) -> str:
    """NFC, every run of white space (nbsp included) collapsed to one space, stripped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "").replace("\ufeff", "")
    return _SPACE.sub(" ", text).strip()


def element_text(sel: Selector | SelectorList) -> str:
    """Visible text of an element (the first, for a list): scripts and styles left out, inline
    markup joined as written, a space where a line break or a block element starts.

    Walks the tree once, without recursion (an XPath union sorts node sets quadratically on
    huge pages, and garbage can nest deeper than Python's recursion limit).
    """
    if isinstance(sel, SelectorList):
        if not sel:
            return ""
        sel = sel[0]
    root = sel.root
    if isinstance(root, str):
        return clean_text(root)
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None  # comments and PIs have no str tag
        if not closing and tag and tag not in _SKIP_TAGS:
            if tag in _BREAK_TAGS:
                parts.append(" ")
            if el.text:
                parts.append(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        if el is not root and el.tail:
            parts.append(el.tail)
    return clean_text("".join(parts))


def has_class(name: str) -> str:
    """XPath predicate body: the element's class attribute contains the token ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def block_texts(
    container: Selector, tags: Iterable[str] = _BLOCK_TAGS, exclude: Iterable[str] = ()
) -> list[str]:
    """Text of the block elements (p, h2-h4, li, blockquote) under ``container``, in order.

    A block that contains another block is skipped (its inner blocks are taken instead), so nested
    markup never yields the same text twice; blocks inside an element with a class in ``exclude``
    are left out.
    """
    tags = tuple(tags)
    blocks = " or ".join(f"self::{t}" for t in tags)
    inner = " or ".join(f"descendant::{t}" for t in tags)
    cond = f"({blocks}) and not({inner})"
    for name in exclude:
        cond += f" and not(ancestor-or-self::*[{has_class(name)}])"
    return [t for t in (element_text(b) for b in container.xpath(f".//*[{cond}]")) if t]


def unique(values: Iterable[str]) -> list[str]:
    """Cleaned, non-empty values in first-seen order, duplicates (ignoring case) dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = clean_text(value)
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


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


# --- dates -----------------------------------------------------------------------------------


def to_utc_iso(value: datetime | None) -> str | None:
    """Aware datetime -> ``2020-12-08T08:05:00+00:00`` (seconds precision)."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def local_date(value: datetime) -> date:
    """The Kazakhstan calendar date of an aware datetime."""
    return value.astimezone(LOCAL_TZ).date()


def parse_machine_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 / W3C datetime (JSON-LD, ``time[datetime]``, sitemap lastmod) -> aware UTC.

    A value without an offset is read as Kazakhstan local time; a bare date as local midnight.
    """
    value = clean_text(value)
    if not value:
        return None
    text = value.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", value) else value
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL_TZ)
    return parsed.astimezone(UTC)


def _dateparser_settings(fetched_at: datetime) -> dict[str, Any]:
    # Relative forms ("Сегодня 13:02", "3 часа назад") are relative to the site's local clock
    # at fetch time, so the base is fetched_at on the Almaty wall clock.
    base = fetched_at.astimezone(LOCAL_TZ).replace(tzinfo=None, microsecond=0)
    return {
        "TIMEZONE": "Asia/Almaty",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "RELATIVE_BASE": base,
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
    }


def _month_numbers() -> dict[str, int]:
    """Month names and their abbreviations in ru, kk and en, from dateparser's own locale data."""
    from dateparser.data.date_translation_data import en, kk, ru

    names = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")
    return {
        variant.casefold(): number
        for module in (ru, kk, en)
        for number, name in enumerate(names, 1)
        for variant in module.info[name]
    }


_MONTHS = _month_numbers()
_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})")
_NAMED_DATE = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})")


def _absolute_datetime(text: str) -> datetime | None:
    """The two absolute forms the sites print, read directly (dateparser reads the same, about
    a hundred times slower): ``11.12.2019, 11:27`` and ``8 декабря 2020, 14:05``."""
    if match := _NUMERIC_DATE.fullmatch(text):
        day, month, year, hour, minute = (int(g) for g in match.groups())
    elif (match := _NAMED_DATE.fullmatch(text)) and match[2].casefold() in _MONTHS:
        day, month = int(match[1]), _MONTHS[match[2].casefold()]
        year, hour, minute = int(match[3]), int(match[4]), int(match[5])
    else:
        return None
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)
    except ValueError:
        return None
    return local.astimezone(UTC) if 1990 <= year <= 2100 else None


def parse_display_datetime(text: str | None, fetched_at: datetime) -> datetime | None:
    """A date as printed on a page (``8 декабря 2020, 14:05``, ``Вчера 13:02``, ``11.12.2019,
    11:27``, ``10 желтоқсан 2024, 13:02``, ``3 часа назад``) in local time -> aware UTC.

    Text without a digit is no date here, a bare day word (``Сегодня``) included: it names a day,
    not a moment, which is too vague for a publication time. Listings, which only need the day,
    read day words with :func:`parse_listing_datetime`.
    """
    text = clean_text(text).replace("|", ",")
    if fast := _absolute_datetime(text.replace(" ,", ",")):
        return fast
    # A bare number is a view counter or a day, never a publication time.
    if not text or not re.search(r"\d", text) or re.fullmatch(r"[\d\s.,:]{1,4}", text):
        return None
    if len(text) > 80:
        return None
    try:
        parsed = dateparser.parse(
            text, languages=DATE_LANGUAGES, settings=_dateparser_settings(fetched_at)
        )
    except Exception:
        # dateparser raises assorted errors (ValueError, OverflowError, KeyError…) on odd
        # strings; for a page, an unreadable date is simply no date from this layer.
        logger.debug("dateparser failed on %r", text, exc_info=True)
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed.astimezone(UTC)


def parse_any_datetime(value: str | None, fetched_at: datetime) -> datetime | None:
    """Machine-readable first, then as displayed text."""
    return parse_machine_datetime(value) or parse_display_datetime(value, fetched_at)


def _day_key(word: str) -> str:
    # Kazakh text on the web often types the Latin "i" for "і" (none of the English words has one).
    return word.casefold().replace("i", "і")


# Day words listings print instead of a date, as days back from the fetch day (ru, kk, en).
_DAY_WORDS = {
    _day_key(word): days_back
    for word, days_back in (
        ("сегодня", 0), ("вчера", 1), ("бүгін", 0), ("кеше", 1), ("today", 0), ("yesterday", 1)
    )
}
# The word alone, with any white space or punctuation (",", "|", "·", an icon) around it.
_DAY_WORD = re.compile(r"[\W_]*([^\W\d_]+)[\W_]*")


def parse_day_word(text: str | None, fetched_at: datetime) -> datetime | None:
    """A bare day word (``Сегодня``, ``вчера,``, ``Бүгін``, ``КЕШЕ``, ``Today``, ``Yesterday``)
    -> the local midnight (Asia/Almaty) that starts that day, as aware UTC; else ``None``.

    The day is counted on the Almaty wall clock at ``fetched_at``: a page fetched at 01:30 on
    11 March local time (19:30 UTC on 10 March) says "Сегодня" about 11 March.

    Why midnight: the listing gives the day and no time, and midnight is the one instant whose
    Kazakhstan calendar date is that day under every rule that consumes it. The crawl window is
    ``since <= local_date(when) <= until`` in whole local days (``OutletSpider.in_window``), and
    Vlast's archive stops paging at the first page whose items all have ``local_date(when) <
    since``; both see exactly the day the listing named, so an item on the ``since`` or the
    ``until`` day is inside the window and one a day outside is outside. Midnight of "today" is
    also never later than the fetch itself. Anything finer (the fetch time, noon) would claim a
    time the page never showed; an article page's own date stays the authority for
    ``published_at``.
    """
    match = _DAY_WORD.fullmatch(clean_text(text))
    days_back = _DAY_WORDS.get(_day_key(match.group(1))) if match else None
    if days_back is None:
        return None
    day = local_date(fetched_at) - timedelta(days=days_back)
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ).astimezone(UTC)


def parse_listing_datetime(text: str | None, fetched_at: datetime) -> datetime | None:
    """A date shown in a listing: :func:`parse_display_datetime`, and a bare day word
    (``Сегодня`` / ``Вчера`` / ``Бүгін`` / ``Кеше`` / ``Today`` / ``Yesterday``) as the local
    midnight that starts that day (see :func:`parse_day_word` for why midnight)."""
    return parse_display_datetime(text, fetched_at) or parse_day_word(text, fetched_at)


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
        """Words that name the site: its host's labels and ``og:site_name`` (``tengrinews``,
        ``kz``, ``kaz``…); in a page description they are branding, not content."""
        host = urlsplit(self.url).hostname or ""
        return frozenset(_words(" ".join(host.split("."))) + _words(self.og("og:site_name")))


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


# --- leads ----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
# Words that carry no news in a page description: calls to action, praise of the page, the site
# and its kind, and the function words that glue them (ru, kk, en). Stems match as prefixes, so
# they are long enough not to swallow unrelated words.
_GENERIC_STEMS = (
    # ru
    "интересн", "полезн", "стать", "читай", "читат", "прочит", "смотрит", "смотрет", "узнай",
    "узнат", "подробн", "новост", "свеж", "последн", "главн", "онлайн", "бесплатн", "сайт",
    "портал", "актуальн", "лучш", "материал", "информаци", "переходи", "подпис", "эксклюзив",
    "ежедневн", "круглосуточн", "казахстан", "издани",
    # kk
    "қызықт", "пайдал", "мақала", "оқыңыз", "оқыңдар", "жаңалық", "соңғы", "толығ", "басты",
    "тегін", "ақпарат", "қазақстан", "жазылыңыз",
    # en
    "interest", "useful", "article", "news", "latest", "online", "detail", "breaking",
    "exclusive", "kazakhstan", "subscrib", "website",
)
_GENERIC_WORDS = frozenset(
    # ru
    "и а в во на о об обо по с со у к ко за из от до для про при без все всё вся весь только "
    "здесь тут сейчас это этот эта же ли или нас наш наша наше наши нашем нашей нашего вас вам вы "
    "мир мира мире лента ленте ленты самые самое самая самых всех страны "
    # kk
    "әрі және мен бен пен да де та те тек барлық бізде біздің осы осында мұнда туралы үшін сіз "
    "сізге әлем әлемдегі ел елдегі "
    # en
    "read reading the a an and or on at in of for to about with from by our your you here now "
    "more full story stories all only top best new site portal world click follow "
    # domains and the like
    "kz ru com org net www"
    .split()
)
# How long a description's remainder may be, in words, and still be a template around the title.
_TEMPLATE_MAX_WORDS = 20
# A first paragraph shorter than this many words (a dateline, a photo credit) is passed over.
_MIN_LEAD_WORDS = 6


def _words(text: str | None) -> list[str]:
    """The words of a text, compared loosely: NFKC, case-folded, ``ё`` as ``е``; quotes,
    punctuation, symbols and white space are separators."""
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("ё", "е")
    return _WORD.findall(text)


def _decorations(text: str) -> int:
    """Pictographs and symbols (✅ ⚡ ➤ ► ★ 🔥 …) in a text: SEO templates sprinkle them."""
    return sum(1 for ch in text if unicodedata.category(ch) in ("So", "Sk"))


def _generic(word: str, site_words: Iterable[str]) -> bool:
    return (
        len(word) == 1
        or word in _GENERIC_WORDS
        or word in site_words
        or word.startswith(_GENERIC_STEMS)
    )


def _without(words: list[str], part: list[str]) -> list[str] | None:
    """``words`` with the first run equal to ``part`` taken out; ``None`` when there is none."""
    n = len(part)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == part:
            return words[:i] + words[i + n:]
    return None


def is_boilerplate_description(
    text: str | None, title: str | None = "", site_words: Iterable[str] = ()
) -> bool:
    """Whether a page description is site boilerplate rather than a lead.

    Compared word by word (case, quotes, punctuation and white space ignored), a description is
    boilerplate when:

    - it has no words (empty, or only emoji and symbols), or it is the title and nothing else;
    - everything in it but the title is generic: calls to action and praise ("Интересная и
      полезная статья … Читайте онлайн", "Read online"), the site's own name (host labels,
      ``og:site_name``) and the words that glue them. This catches SEO templates wrapped around
      the title in any of the three languages, and site-wide texts with no title at all;
    - it is decorated like an SEO template (pictographs such as ✅ ⚡ ➤ ★) and, once the title is
      taken out, what is left is short and mostly generic (a slogan word the lists do not know
      does not rescue it).

    A standfirst that starts with the title's words but goes on with words of its own is kept:
    its remainder is neither empty nor generic. A description repeated word for word across many
    pages of a site is a third sign, but one page cannot see it; the parsers stay per-page so that
    a reparse gives the same answer whatever else is parsed with it.
    """
    words = _words(text)
    if not words:
        return True
    site = frozenset(site_words)
    title_words = _words(title)
    rest = _without(words, title_words) if title_words else None
    has_title = rest is not None
    rest = words if rest is None else rest
    if not rest:
        return True  # the title and nothing else
    generic = sum(_generic(w, site) for w in rest)
    if generic == len(rest):
        return True
    decorations = _decorations(text or "")
    if has_title:
        return (
            decorations >= 1 and len(rest) <= _TEMPLATE_MAX_WORDS and generic >= 0.5 * len(rest)
        )
    return decorations >= 2 and generic >= 0.6 * len(rest)


def first_paragraph(body: str | None, title: str | None = "") -> str:
    """The body's first real paragraph: a repeat of the title is skipped, and so is one shorter
    than a sentence (a dateline, a photo credit) when a longer one follows."""
    title_words = _words(title)
    paragraphs = [
        p for p in (clean_text(p) for p in (body or "").split("\n\n"))
        if p and _words(p) != title_words
    ]
    return next(
        (p for p in paragraphs if len(_words(p)) >= _MIN_LEAD_WORDS),
        paragraphs[0] if paragraphs else "",
    )


def lead_field(
    page: Page, title: str | None, body: str | None, *layers: Layer
) -> tuple[Any, str | None]:
    """The lead: the first answer of ``layers`` that is not boilerplate (see
    :func:`is_boilerplate_description`), else the body's first paragraph under the layer
    ``first_paragraph``; ``(None, None)`` when the body is empty too."""

    def checked(produce: Callable[[], Any]) -> Callable[[], str]:
        def lead() -> str:
            text = clean_text(produce() or "")
            return "" if is_boilerplate_description(text, title, page.site_words) else text

        return lead

    return layered(
        *((name, checked(produce)) for name, produce in layers),
        (FIRST_PARAGRAPH, lambda: first_paragraph(body, title)),
    )


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


# --- sitemaps --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None


def maybe_gunzip(body: bytes) -> bytes:
    """Gunzip a ``.xml.gz`` body (capped at MAX_DECOMPRESSED); plain bodies pass through."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            data = fh.read(MAX_DECOMPRESSED + 1)
    except (OSError, EOFError, zlib.error):
        return b""
    return data if len(data) <= MAX_DECOMPRESSED else b""


def parse_sitemap(body: bytes) -> tuple[str | None, list[SitemapEntry]]:
    """A sitemap or sitemap index -> (``"sitemapindex"``/``"urlset"``/``None``, entries)."""
    body = maybe_gunzip(body)
    if not body.strip():
        return None, []
    try:
        sitemap = Sitemap(body)
        kind = sitemap.type
        entries = [
            SitemapEntry(clean_text(d["loc"]), parse_machine_datetime(d.get("lastmod")))
            for d in sitemap
            if d.get("loc")
        ]
    except (lxml.etree.LxmlError, StopIteration, ValueError):
        return None, []
    if kind not in ("sitemapindex", "urlset"):
        return None, []
    return kind, entries


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
    return build_article(
        outlet=outlet,
        lang=lang,
        url=url,
        native_id=native_id,
        fetched_at=fetched_at,
        parser_version=parser_version,
        fields=parse_fields(page),
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
