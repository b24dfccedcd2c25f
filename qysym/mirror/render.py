"""HTML, XML and text as each outlet's real site serves it (structure per design/outlets.md).

Written from the public description of the sites, never from the spiders' code: the mirror is the
ground truth the parsers are judged against.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
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

TENGRI_BOILERPLATE = (
    "Наши новости теперь в WhatsApp! Подписывайтесь на канал Tengrinews.kz.",
    "Читайте Tengrinews.kz в Google News!",
)
TENGRI_BOILERPLATE_KK = (
    "Жаңалықтарымыз енді WhatsApp-та! Tengrinews.kz арнасына жазылыңыз.",
    "Tengrinews.kz-ті Google News-тен оқыңыз!",
)
TENGRI_BOILERPLATE_EN = (
    "Our news is now on WhatsApp! Subscribe to the Tengrinews.kz channel.",
    "Read Tengrinews.kz on Google News!",
)
TENGRI_BOILERPLATE_BY_LANG = {"kk": TENGRI_BOILERPLATE_KK, "en": TENGRI_BOILERPLATE_EN}


def human_date(moment: datetime, lang: str, sep: str = ",") -> str:
    """`8 декабря 2020, 14:05` (ru), `8 желтоқсан 2020, 14:05` (kk) or `8 December 2020, 14:05`
    (en), local wall-clock time."""
    months = {"kk": KK_MONTHS, "en": EN_MONTHS}.get(lang, RU_MONTHS)
    return f"{moment.day} {months[moment.month - 1]} {moment.year}{sep} {moment:%H:%M}"


def _paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _page(lang: str, head: str, body_class: str, body: str,
          frame: chrome.Chrome | None = None) -> str:
    if frame is not None:
        head, body = f"{head}\n{frame.head}", f"{frame.before}\n{body}\n{frame.after}"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
        f'<body class="{body_class}">\n{body}\n</body>\n</html>\n'
    )


# Markup drift: the site's templates changed and the class names the parsers' selectors know are
# gone (renamed), so only JSON-LD / OpenGraph / generic extraction still find the fields. Applied
# to the article markup only, never to the JSON-LD or the chrome.
DRIFT = {
    "azattyq": (
        ('<h1 class="pg-title">', '<h1 class="article-headline">'),
        ('<div class="publishing-details">', '<div class="article-meta">'),
        ('<time pubdate="pubdate" datetime=', '<time datetime='),
        ('<div class="intro">', '<div class="article-lead">'),
        ('<div id="article-content" class="content-floated-wrap"><div class="wsw">',
         '<div id="article-body" class="content-wrap"><div class="article-text">'),
    ),
    "vlast": (
        ('<li class="has-title">', '<li class="item-headline">'),
        ('<ul class="meta item-expand-meta">', '<ul class="item-info">'),
        ('<div class="default-item-in js-editor"><div class="font-edit">',
         '<div class="item-body"><div class="item-text">'),
    ),
    "tengrinews": (
        ('<h1 class="head-single">', '<h1 class="news-headline">'),
        ('<div class="date-time">', '<div class="news-date">'),
        ('<div class="content_main_text_tags">', '<div class="news-tags">'),
        ('<div class="content_main_text">', '<div class="news-text">'),
        ('<h1 class="tn-content-title">', '<h1 class="tn-headline">'),
        ('<ul class="tn-data-list">', '<ul class="tn-meta">'),
        ('<div class="tn-news-text">', '<div class="tn-text">'),
    ),
}


def drifted(outlet: str, markup: str) -> str:
    for old, new in DRIFT.get(outlet, ()):
        markup = markup.replace(old, new)
    return markup


_SCRIPT = re.compile(r"(<script[^>]*>)(.*?)(</script>)", re.S)


def to_windows_1251(page: str) -> bytes:
    """The page encoded in windows-1251, as a legacy server would send it. Characters the code
    page lacks (the Kazakh letters әғқңөұүһі) become numeric references in markup and ``\\uXXXX``
    escapes inside scripts (valid JSON and JavaScript), so the page still reads the same."""
    def escape_script(m: re.Match) -> str:
        code = "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in m[2])
        return m[1] + code + m[3]

    return _SCRIPT.sub(escape_script, page).encode("cp1251", errors="xmlcharrefreplace")


def _jsonld(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


# --- Radio Azattyq (Pangea CMS) ---------------------------------------------------------------

def azattyq_article(a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                    drift: bool = False) -> str:
    """An article page; ``related``: other articles of the edition for the page's own blocks;
    ``drift``: the markup after a template change (see :data:`DRIFT`)."""
    s = a.story
    authors = [{"@type": "Person", "name": n} for n in s.authors]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": a.published_utc.strftime("%Y-%m-%d %H:%M:%SZ"),
        "dateModified": (a.modified_utc or a.published_utc).strftime("%Y-%m-%d %H:%M:%SZ"),
        "articleSection": a.section,
        "author": authors[0] if len(authors) == 1 else authors,
        "mainEntityOfPage": a.url,
    }
    head = "\n".join((
        f"<title>{escape(s.title)}</title>",
        f'<link rel="canonical" href="{a.url}">',
        '<link rel="sitemap" href="/sitemap.xml">',
        f'<meta name="keywords" content="{escape(", ".join(s.tags))}">',
        f'<meta property="og:title" content="{escape(s.title)}">',
        f'<meta property="og:image" content="https://gdb.rferl.org/{a.number}_w1200.jpg">',
        _jsonld(ld),
    ))
    body_paras = list(s.paragraphs)
    embed = '<div class="wsw__embed"><p>No media source currently available</p></div>'
    middle = len(body_paras) // 2
    wsw = _paragraphs(body_paras[:middle]) + "\n" + embed + "\n" + _paragraphs(body_paras[middle:])
    byline = "".join(f'<a class="links__item-link" href="/author/{i}">{escape(n)}</a>'
                     for i, n in enumerate(s.authors))
    body = f"""<div class="container">
<h1 class="pg-title">{escape(s.title)}</h1>
<div class="publishing-details">
<div class="authors">{byline}</div>
<span class="date"><time pubdate="pubdate" datetime="{a.published_utc:%Y-%m-%dT%H:%M:%S}Z">\
{human_date(a.published_local, a.lang)}</time></span>
</div>
<div class="intro"><p>{escape(s.lead)}</p></div>
<div id="article-content" class="content-floated-wrap"><div class="wsw">
{wsw}
</div></div>
</div>"""
    if drift:
        body = drifted("azattyq", body)
    return _page(a.lang, head, "pg-article", body, chrome.azattyq(a, related))


def azattyq_zone(articles: list[Article], lang: str, zone: int, page: int, pages: int,
                 hrefs: dict[str, str] | None = None) -> str:
    """A zone page; ``hrefs`` maps an article URL to the link shown instead of its path."""
    hrefs = hrefs or {}
    items = "\n".join(
        f'<li><div class="media-block" data-article-id="{a.number}">'
        f'<div class="media-block__content"><a href="{hrefs.get(a.url, a.path)}">'
        f'<h4 class="media-block__title">{escape(a.story.title)}</h4></a>'
        f'<p class="perex">{escape(a.story.lead)}</p>'
        f'<span class="date">{human_date(a.published_local, a.lang)}</span></div></div></li>'
        for a in articles
    )
    more = f'<a class="btn link-showMore" href="/z/{zone}?p={page + 1}">...</a>' if page + 1 < pages else ""
    return _page(lang, "<title>Новости</title>", "pg-section", f'<ul id="items">{items}</ul>{more}')


# --- Vlast.kz ---------------------------------------------------------------------------------

def vlast_article(a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                  drift: bool = False) -> str:
    s = a.story
    head = "\n".join((
        f"<title>{escape(s.title)} - Vlast.kz</title>",
        f'<meta name="description" content="{escape(s.lead)}">',
    ))
    body = f"""<div class="default-item">
<ul class="default-item-head"><li class="has-title"><h1>{escape(s.title)}</h1></li></ul>
<ul class="meta item-expand-meta">
<li><time class="news-date">{a.published_local:%d.%m.%Y, %H:%M}</time></li>
<li><span class="icon--view-gray"></span><span>{1000 + a.number % 9000}</span></li>
</ul>
<div class="default-item-in js-editor"><div class="font-edit">
{_paragraphs(s.paragraphs)}
</div></div>
</div>"""
    if drift:
        # The new template also gives the date a machine-readable attribute.
        body = drifted("vlast", body).replace(
            '<time class="news-date">',
            f'<time class="item-date" datetime="{a.published_local:%Y-%m-%dT%H:%M}">')
    return _page(a.lang, head, "page-item", body, chrome.vlast(a, related))


def vlast_archive(section: str, articles: list[Article], page: int, last: int, lang: str) -> str:
    prefix = f"/{section}/" if page == 1 else f"/{section}/{page}/"
    head = "\n".join((
        f"<title>Архив {section} - Vlast.kz</title>",
        f'<link rel="canonical" href="https://vlast.kz{prefix}?archive=1">',
        f'<link rel="last" href="/{section}/{last}/?archive=1">',
    ))
    items = "\n".join(
        f'<div class="news-inline-item media"><div class="media-body">'
        f'<a class="news-inline-item-title" href="{a.path}">{escape(a.story.title)}</a>'
        f'<time datetime="{a.published_local.isoformat()}">{a.published_local:%d.%m.%Y, %H:%M}</time>'
        f"</div></div>"
        for a in articles
    )
    nav = f'<div class="last-inline"><a href="/{section}/{last}/?archive=1">{last}</a></div>'
    return _page(lang, head, "page-archive", f'<div class="news-list">{items}</div>{nav}')


# --- Tengrinews.kz ----------------------------------------------------------------------------

# Tengrinews moved to its current template at the start of 2021; older articles keep the old one.
TENGRI_NEW_LAYOUT_FROM = date(2021, 1, 1)
TODAY = {"ru": "Сегодня", "kk": "Бүгін", "en": "Today"}
YESTERDAY = {"ru": "Вчера", "kk": "Кеше", "en": "Yesterday"}


def tengri_old_layout(a: Article) -> bool:
    return a.published_local.date() < TENGRI_NEW_LAYOUT_FROM


def tengri_shown_date(a: Article, today: date | None, sep: str = ",") -> str:
    """The date as Tengrinews prints it: ``Сегодня 13:02`` / ``Вчера 13:02`` (kk ``Бүгін`` /
    ``Кеше``) for the site's local today and yesterday, else ``10 декабря 2024, 13:02``."""
    local = a.published_local
    if today is not None and local.date() == today:
        return f"{TODAY.get(a.lang, TODAY['ru'])} {local:%H:%M}"
    if today is not None and local.date() == today - timedelta(days=1):
        return f"{YESTERDAY.get(a.lang, YESTERDAY['ru'])} {local:%H:%M}"
    return human_date(local, a.lang, sep)


def tengrinews_article(a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                       drift: bool = False) -> str:
    """An article page in the current template, or the 2019-2020 one for older articles;
    ``today`` is the server's local date (relative dates)."""
    if tengri_old_layout(a):
        return _tengrinews_old(a, related, today=today, drift=drift)
    s = a.story
    boiler = TENGRI_BOILERPLATE_BY_LANG.get(a.lang, TENGRI_BOILERPLATE)
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": s.title,
                "description": s.lead,
                "articleBody": "\n".join(s.paragraphs),
                "datePublished": a.published_local.isoformat(),
                **({"dateModified": a.modified_local.isoformat()} if a.modified_local else {}),
                "articleSection": a.section,
                "mainEntityOfPage": a.url,
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Tengrinews", "item": f"https://{a.host}/"},
                    {"@type": "ListItem", "position": 2, "name": a.section, "item": f"https://{a.host}/{a.section}/"},
                ],
            },
        ],
    }
    head = "\n".join((
        f"<title>{escape(s.title)}: {a.section} - Tengrinews.kz</title>",
        f'<meta name="description" content="{escape(s.lead)}">',
        f'<meta property="og:title" content="{escape(s.title)}">',
        f'<link rel="canonical" href="{a.url}">',
        _jsonld(ld),
    ))
    tags = "".join(f'<a href="/tag/{escape(t)}/">{escape(t)}</a>' for t in s.tags)
    body = f"""<div class="content_main">
<h1 class="head-single">{escape(s.title)}</h1>
<div class="date-time">{tengri_shown_date(a, today)}</div>
<div class="content_main_text">
{_paragraphs(s.paragraphs)}
<p>{escape(boiler[0])}</p>
<p>{escape(boiler[1])}</p>
<div class="content_main_text_tags">{tags}</div>
</div>
</div>"""
    if drift:
        body = drifted("tengrinews", body)
    return _page(a.lang, head, "page-news", body, chrome.tengrinews(a, related))


def _tengrinews_old(a: Article, related: Sequence[Article], *, today: date | None,
                    drift: bool) -> str:
    """The 2019-2020 template: ``h1.tn-content-title``, ``ul.tn-data-list time``,
    ``div.tn-news-text p``; a plain NewsArticle in JSON-LD (no article body)."""
    s = a.story
    boiler = TENGRI_BOILERPLATE_BY_LANG.get(a.lang, TENGRI_BOILERPLATE)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": s.lead,
        "keywords": ", ".join(s.tags),
        "datePublished": a.published_local.isoformat(),
        **({"dateModified": a.modified_local.isoformat()} if a.modified_local else {}),
        "mainEntityOfPage": a.url,
    }
    head = "\n".join((
        f"<title>{escape(s.title)} - Tengrinews.kz</title>",
        f'<meta name="description" content="{escape(s.lead)}">',
        f'<meta property="og:title" content="{escape(s.title)}">',
        f'<link rel="canonical" href="{a.url}">',
        _jsonld(ld),
    ))
    tags = "".join(f'<a class="tn-tag" href="/tag/{escape(t)}/">{escape(t)}</a>' for t in s.tags)
    body = f"""<div class="tn-article-wrap">
<h1 class="tn-content-title">{escape(s.title)}</h1>
<ul class="tn-data-list"><li><time>{tengri_shown_date(a, today, " |")}</time></li>\
<li><span class="tn-icon-eye"></span><span>{500 + a.number % 20000}</span></li></ul>
<div class="tn-news-text">
{_paragraphs(s.paragraphs)}
<p>{escape(boiler[1])}</p>
</div>
<div class="tn-tags-list">{tags}</div>
</div>"""
    if drift:
        body = drifted("tengrinews", body)
    return _page(a.lang, head, "tn-page-news", body, chrome.tengrinews(a, related, old=True))


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
