"""What every site of the sample mirror renders alike: the page frame, dates in words, JSON-LD,
sitemaps, feeds, robots.txt, a legacy charset. Each outlet's own pages are in its mirror module
(scrapers/outlets/<slug>/mirror.py, qysym.mirror.sites).

Written from the public description of the sites, never from the spiders' code: the mirror is the
ground truth the parsers are judged against.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from qysym.mirror import chrome
from qysym.mirror.corpus import Article

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")
KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

def human_date(moment: datetime, lang: str, sep: str = ",") -> str:
    """`8 декабря 2020, 14:05` (ru), `8 желтоқсан 2020, 14:05` (kk) or `8 December 2020, 14:05`
    (en), local wall-clock time."""
    months = {"kk": KK_MONTHS, "en": EN_MONTHS}.get(lang, RU_MONTHS)
    return f"{moment.day} {months[moment.month - 1]} {moment.year}{sep} {moment:%H:%M}"


def paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def page(lang: str, head: str, body_class: str, body: str,
          frame: chrome.Chrome | None = None) -> str:
    if frame is not None:
        head, body = f"{head}\n{frame.head}", f"{frame.before}\n{body}\n{frame.after}"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
        f'<body class="{body_class}">\n{body}\n</body>\n</html>\n'
    )


_SCRIPT = re.compile(r"(<script[^>]*>)(.*?)(</script>)", re.S)


def to_windows_1251(page: str) -> bytes:
    """The page encoded in windows-1251, as a legacy server would send it. Characters the code
    page lacks (the Kazakh letters әғқңөұүһі) become numeric references in markup and ``\\uXXXX``
    escapes inside scripts (valid JSON and JavaScript), so the page still reads the same."""
    def escape_script(m: re.Match) -> str:
        code = "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in m[2])
        return m[1] + code + m[3]

    return _SCRIPT.sub(escape_script, page).encode("cp1251", errors="xmlcharrefreplace")


def jsonld(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


# --- feeds, sitemaps, robots ------------------------------------------------------------------

def sitemap_index(base: str, children: list[tuple[str, date]]) -> str:
    rows = "\n".join(
        f"<sitemap><loc>{xml_escape(base + path)}</loc><lastmod>{when.isoformat()}</lastmod></sitemap>"
        for path, when in children
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}\n</sitemapindex>\n'
    )


def urlset(articles: list[Article], extra_locs: tuple[str, ...] = (),
           aliases: dict[str, list[str]] | None = None) -> str:
    """Article entries with lastmod; ``aliases`` (article URL -> more locations) lists an article
    again right after itself, as sitemaps with duplicate entries do."""
    aliases = aliases or {}
    rows = []
    for a in articles:
        lastmod = (a.modified_utc or a.published_utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        for loc in (a.url, *aliases.get(a.url, ())):
            rows.append(f"<url><loc>{xml_escape(loc)}</loc><lastmod>{lastmod}</lastmod></url>")
    rows += [f"<url><loc>{xml_escape(loc)}</loc></url>" for loc in extra_locs]
    body = "\n".join(rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}\n</urlset>\n'
    )


def rss(title: str, link: str, articles: list[Article]) -> str:
    items = "\n".join(
        f"<item><title>{xml_escape(a.story.title)}</title><link>{xml_escape(a.url)}</link>"
        f"<guid>{xml_escape(a.url)}</guid>"
        f"<pubDate>{a.published_utc.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        f"<description>{xml_escape(a.story.lead)}</description></item>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{xml_escape(title)}</title><link>{xml_escape(link)}</link>\n{items}\n</channel></rss>\n"
    )


def robots(host: str, sitemaps: tuple[str, ...]) -> str:
    lines = ["User-agent: *", "Disallow: /search", "Disallow: /s?", ""]
    lines += [f"Sitemap: https://{host}{path}" for path in sitemaps]
    return "\n".join(lines) + "\n"
