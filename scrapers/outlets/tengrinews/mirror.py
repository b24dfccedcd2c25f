"""Tengrinews.kz's site in the sample mirror: a host per edition, sitemap indexes of monthly news
sitemaps on the main host (with the malformed sub-brand entries the real ones carry), an RSS feed,
article pages under ``/<section>/<slug>-<id>/`` in the current template or, before 2021, the old one;
recent dates printed as "Сегодня"/"Вчера" from the server's clock.

Written from the public description of the site (design/outlets.md), never from this outlet's
parsers: the mirror is the ground truth they are judged against (qysym.mirror.sites).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from qysym.mirror import chrome, render
from qysym.mirror.sites import MirrorEdition, OutletSite, Reply, months_between

if TYPE_CHECKING:
    from qysym.mirror.corpus import Article
    from qysym.mirror.server import MirrorSite


# Sitemap indexes on the main host: file-name prefix -> edition.
SITEMAP_PREFIXES = {"": "ru", "kk-": "kk", "en-": "en"}
# The lines every article ends with, per edition.
BOILERPLATE = (
    "Наши новости теперь в WhatsApp! Подписывайтесь на канал Tengrinews.kz.",
    "Читайте Tengrinews.kz в Google News!",
)
BOILERPLATE_KK = (
    "Жаңалықтарымыз енді WhatsApp-та! Tengrinews.kz арнасына жазылыңыз.",
    "Tengrinews.kz-ті Google News-тен оқыңыз!",
)
BOILERPLATE_EN = (
    "Our news is now on WhatsApp! Subscribe to the Tengrinews.kz channel.",
    "Read Tengrinews.kz on Google News!",
)
BOILERPLATE_BY_LANG = {"kk": BOILERPLATE_KK, "en": BOILERPLATE_EN}


class Site(OutletSite):
    editions = (
        MirrorEdition("ru", (2, 4), 420_000, ("kazakhstan_news", "news")),
        MirrorEdition("kk", (1, 2), 120_000, ("kazakhstan_news", "news")),
        MirrorEdition("en", (1, 2), 20_000, ("kazakhstan_news", "news")),
    )
    # Tengrinews marks up no authors (design/outlets.md).
    shows_authors = False
    drift = (
        ('<h1 class="head-single">', '<h1 class="news-headline">'),
        ('<div class="date-time">', '<div class="news-date">'),
        ('<div class="content_main_text_tags">', '<div class="news-tags">'),
        ('<div class="content_main_text">', '<div class="news-text">'),
        ('<h1 class="tn-content-title">', '<h1 class="tn-headline">'),
        ('<ul class="tn-data-list">', '<ul class="tn-meta">'),
        ('<div class="tn-news-text">', '<div class="tn-text">'),
    )

    def path(self, number: int, section: str, slug: str) -> str:
        return f"/{section}/{slug}-{number}/"

    def aliases(self, a: Article) -> list[str]:
        """Sitemaps list an entry twice, or under an older, shorter slug."""
        if a.number % 2:
            short = a.slug[:24].rstrip("-") or "news"
            return [f"https://{a.host}/{a.section}/{short}-{a.number}/"]
        return [a.url]

    def route(self, mirror: MirrorSite, host: str, path: str, query: dict) -> Reply:
        lang = next((lang for lang, h in self.outlet.editions.items() if h == host), None)
        main = self.host("ru")
        if lang is None:
            return Reply(404)
        if path == "/robots.txt":
            maps = tuple(f"/{p}sitemap-index.xml" for p in SITEMAP_PREFIXES) if lang == "ru" else ()
            return Reply(200, render.robots(host, maps).encode(), "text/plain")
        if host == main and (m := re.fullmatch(r"/(kk-|en-)?sitemap-index\.xml", path)):
            prefix = m[1] or ""
            edition = SITEMAP_PREFIXES[prefix]
            children = [(f"/sitemaps/{prefix}sitemap-news-{y}-{mo:02d}.xml",
                         mirror.lastmod(self.slug, edition, (y, mo)))
                        for y, mo in months_between(mirror.corpus.start, mirror.corpus.end)]
            return Reply(200, render.sitemap_index(f"https://{main}", children).encode(),
                         "application/xml")
        if host == main and (
            m := re.fullmatch(r"/sitemaps/(kk-|en-)?sitemap-news-(\d{4})-(\d{2})\.xml", path)
        ):
            edition = SITEMAP_PREFIXES[m[1] or ""]
            month = (int(m[2]), int(m[3]))
            items = mirror.month(self.slug, edition, month)
            # The real index carries malformed entries for sub-brands; crawlers must skip them.
            broken = (f"https://{main}https://tengrisport.kz/football/match-{month[1]}/",)
            return Reply(200, render.urlset(items, broken, mirror.aliases(items)).encode(),
                         "application/xml")
        if path == "/news.rss":
            items = mirror.edition(self.slug, lang)[:30]
            return Reply(200, render.rss("Tengrinews", f"https://{host}/", items).encode(),
                         "application/rss+xml")
        if m := re.fullmatch(r"/([a-z_]+)/[^/]*-(\d+)/", path):
            article = mirror.article_at(host, int(m[2]))
            return mirror.article_reply(article, self.render_article) if article else Reply(404)
        return Reply(404)

    def render_article(self, a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                       drift: bool = False) -> str:
        return article_page(self, a, related, today=today, drift=drift)


# --- pages ------------------------------------------------------------------------------------

# Tengrinews moved to its current template at the start of 2021; older articles keep the old one.
NEW_LAYOUT_FROM = date(2021, 1, 1)
TODAY = {"ru": "Сегодня", "kk": "Бүгін", "en": "Today"}
YESTERDAY = {"ru": "Вчера", "kk": "Кеше", "en": "Yesterday"}


def old_layout(a: Article) -> bool:
    return a.published_local.date() < NEW_LAYOUT_FROM


def shown_date(a: Article, today: date | None, sep: str = ",") -> str:
    """The date as Tengrinews prints it: ``Сегодня 13:02`` / ``Вчера 13:02`` (kk ``Бүгін`` /
    ``Кеше``) for the site's local today and yesterday, else ``10 декабря 2024, 13:02``."""
    local = a.published_local
    if today is not None and local.date() == today:
        return f"{TODAY.get(a.lang, TODAY['ru'])} {local:%H:%M}"
    if today is not None and local.date() == today - timedelta(days=1):
        return f"{YESTERDAY.get(a.lang, YESTERDAY['ru'])} {local:%H:%M}"
    return render.human_date(local, a.lang, sep)


def article_page(site: Site, a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                 drift: bool = False) -> str:
    """An article page in the current template, or the 2019-2020 one for older articles;
    ``today`` is the server's local date (relative dates)."""
    if old_layout(a):
        return _old_article_page(site, a, related, today=today, drift=drift)
    s = a.story
    boiler = BOILERPLATE_BY_LANG.get(a.lang, BOILERPLATE)
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
        render.jsonld(ld),
    ))
    tags = "".join(f'<a href="/tag/{escape(t)}/">{escape(t)}</a>' for t in s.tags)
    body = f"""<div class="content_main">
<h1 class="head-single">{escape(s.title)}</h1>
<div class="date-time">{shown_date(a, today)}</div>
<div class="content_main_text">
{render.paragraphs(s.paragraphs)}
<p>{escape(boiler[0])}</p>
<p>{escape(boiler[1])}</p>
<div class="content_main_text_tags">{tags}</div>
</div>
</div>"""
    if drift:
        body = site.drifted(body)
    return render.page(a.lang, head, "page-news", body, frame(site, a, related))


def _old_article_page(site: Site, a: Article, related: Sequence[Article], *, today: date | None,
                    drift: bool) -> str:
    """The 2019-2020 template: ``h1.tn-content-title``, ``ul.tn-data-list time``,
    ``div.tn-news-text p``; a plain NewsArticle in JSON-LD (no article body)."""
    s = a.story
    boiler = BOILERPLATE_BY_LANG.get(a.lang, BOILERPLATE)
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
        render.jsonld(ld),
    ))
    tags = "".join(f'<a class="tn-tag" href="/tag/{escape(t)}/">{escape(t)}</a>' for t in s.tags)
    body = f"""<div class="tn-article-wrap">
<h1 class="tn-content-title">{escape(s.title)}</h1>
<ul class="tn-data-list"><li><time>{shown_date(a, today, " |")}</time></li>\
<li><span class="tn-icon-eye"></span><span>{500 + a.number % 20000}</span></li></ul>
<div class="tn-news-text">
{render.paragraphs(s.paragraphs)}
<p>{escape(boiler[1])}</p>
</div>
<div class="tn-tags-list">{tags}</div>
</div>"""
    if drift:
        body = site.drifted(body)
    return render.page(a.lang, head, "tn-page-news", body, frame(site, a, related, old=True))


def frame(site: Site, a: Article, related: Sequence[Article], old: bool = False) -> chrome.Chrome:
    """``old``: the 2019-2021 template (``tn-`` class names) instead of the current one."""
    lang, labels, rng = a.lang, chrome.lang_labels(a.lang), chrome.page_rng(a)
    p = "tn-" if old else "main-"
    head = "\n".join((
        chrome.head_meta(a, "Tengrinews.kz"),
        chrome.style(f"{site.slug}-old" if old else site.slug, p),
        chrome.datalayer(a, {"platform": "tengri", "template": "2019" if old else "2021"}),
        chrome.counter("tengri", a.number),
    ))
    editions = "".join(f'<a class="{p}lang-link" href="https://{h}/">{n}</a>'
                       for h, n in (("tengrinews.kz", "Рус"), ("kaz.tengrinews.kz", "Қаз"),
                                    ("en.tengrinews.kz", "Eng")))
    rates = "".join(f'<span class="{p}rate"><b>{c}</b> {v}</span>'
                    for c, v in (("USD", f"{420 + a.number % 40}.{a.number % 100:02d}"),
                                 ("EUR", f"{500 + a.number % 45}.{a.number % 97:02d}"),
                                 ("RUB", f"5.{a.number % 90 + 10}")))
    before = f"""{chrome.sprite(site.slug)}
<div class="{p}header-wrap"><header class="{p}header">
<div class="{p}header-top">{editions}<span class="{p}weather">{labels["weather"]}: \
{rng.randint(-25, 35)}°</span>\
<span class="{p}rates">{labels["rates"]}: {rates}</span></div>
<a class="{p}logo" href="/"><img src="https://{a.host}/static/img/logo.svg" alt="Tengrinews.kz"></a>
<form class="{p}search" action="/search/" method="get"><input class="{p}search-input" type="text" \
name="text" placeholder="{labels["search_hint"]}"><button class="{p}search-btn" type="submit">\
{labels["search"]}</button></form>
{chrome.nav(site.slug, site.words["menus"], lang, p + "menu")}
</header></div>
<div class="{p}container"><div class="{p}banner" id="tn-banner-top" data-place="top"></div>"""
    latest = "".join(
        f'<div class="{p}sidebar-item"><span class="{p}sidebar-item-time">{r.published_local:%H:%M}</span>'
        f'<a class="{p}sidebar-item-title" href="{r.path}">{escape(r.story.title)}</a></div>'
        for r in related[:rng.randint(8, 12)]
    )
    also = "".join(
        f'<div class="{p}read-also-item"><a href="{r.path}"><img src="{chrome.img(r, 320)}" alt="">'
        f'<span class="{p}read-also-title">{escape(r.story.title)}</span></a></div>'
        for r in related[4:4 + rng.randint(3, 5)]
    )
    after = f"""{chrome.share(a, p + "share", lang)}
<div class="{p}read-also"><div class="{p}block-title">{labels["also"]}</div>{also}</div>
<div class="{p}comments" id="tn-comments" data-id="{a.number}" data-type="news">\
<div class="{p}block-title">{labels["comments"]}</div>\
<div class="{p}comments-loader">{labels["comments_wait"]}</div></div>
<aside class="{p}sidebar"><div class="{p}block-title">{labels["latest"]}</div>{latest}</aside>
</div>
<footer class="{p}footer">
{chrome.nav(site.slug, site.words["menus"], lang, p + "footer-menu")}
{chrome.footer_links(lang, p + "footer-links")}
{chrome.contacts(site.words["contacts"], lang, p + "footer-contacts")}
<div class="{p}footer-legal">{chrome.legal(site.words["legal"], lang, p + "footer-legal-line")}</div>
</footer>
{chrome.cookie(lang, p + "cookie")}
{chrome.script(chrome.vendor_script(site.slug, rng.randrange(8)))}
{chrome.script("fetch('https://counter.tengrinews.kz/inc/tengrinews_" + lang + "/news/" + str(a.number)
         + "').catch(function(){});")}"""
    return chrome.Chrome(head, before, after)
