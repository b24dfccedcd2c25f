"""HTML, XML and text as each outlet's real site serves it (structure per design/outlets.md).

Written from the public description of the sites, never from the spiders' code: the mirror is the
ground truth the parsers are judged against.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from qysym.mirror.corpus import Article

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")
KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан")

TENGRI_BOILERPLATE = (
    "Наши новости теперь в WhatsApp! Подписывайтесь на канал Tengrinews.kz.",
    "Читайте Tengrinews.kz в Google News!",
)
TENGRI_BOILERPLATE_KK = (
    "Жаңалықтарымыз енді WhatsApp-та! Tengrinews.kz арнасына жазылыңыз.",
    "Tengrinews.kz-ті Google News-тен оқыңыз!",
)


def human_date(moment: datetime, lang: str, sep: str = ",") -> str:
    """`8 декабря 2020, 14:05` (ru) or `8 желтоқсан 2020, 14:05` (kk), local wall-clock time."""
    months = KK_MONTHS if lang == "kk" else RU_MONTHS
    return f"{moment.day} {months[moment.month - 1]} {moment.year}{sep} {moment:%H:%M}"


def _paragraphs(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _page(lang: str, head: str, body_class: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
        f'<body class="{body_class}">\n{body}\n</body>\n</html>\n'
    )


def _jsonld(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


# --- Radio Azattyq (Pangea CMS) ---------------------------------------------------------------

def azattyq_article(a: Article) -> str:
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
    return _page(a.lang, head, "pg-article", body)


def azattyq_zone(articles: list[Article], lang: str, zone: int, page: int, pages: int) -> str:
    items = "\n".join(
        f'<li><div class="media-block" data-article-id="{a.number}">'
        f'<div class="media-block__content"><a href="{a.path}">'
        f'<h4 class="media-block__title">{escape(a.story.title)}</h4></a>'
        f'<p class="perex">{escape(a.story.lead)}</p>'
        f'<span class="date">{human_date(a.published_local, a.lang)}</span></div></div></li>'
        for a in articles
    )
    more = f'<a class="btn link-showMore" href="/z/{zone}?p={page + 1}">...</a>' if page + 1 < pages else ""
    return _page(lang, "<title>Новости</title>", "pg-section", f'<ul id="items">{items}</ul>{more}')


# --- Vlast.kz ---------------------------------------------------------------------------------

def vlast_article(a: Article) -> str:
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
    return _page(a.lang, head, "page-item", body)


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

def tengrinews_article(a: Article) -> str:
    s = a.story
    boiler = TENGRI_BOILERPLATE_KK if a.lang == "kk" else TENGRI_BOILERPLATE
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": s.title,
                "description": s.lead,
                "articleBody": "\n".join(s.paragraphs),
                "datePublished": a.published_local.isoformat(),
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
<div class="date-time">{human_date(a.published_local, a.lang)}</div>
<div class="content_main_text">
{_paragraphs(s.paragraphs)}
<p>{escape(boiler[0])}</p>
<p>{escape(boiler[1])}</p>
<div class="content_main_text_tags">{tags}</div>
</div>
</div>"""
    return _page(a.lang, head, "page-news", body)


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


def urlset(articles: list[Article], extra_locs: tuple[str, ...] = ()) -> str:
    rows = [
        f"<url><loc>{xml_escape(a.url)}</loc>"
        f"<lastmod>{(a.modified_utc or a.published_utc).strftime('%Y-%m-%dT%H:%M:%SZ')}</lastmod></url>"
        for a in articles
    ]
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
