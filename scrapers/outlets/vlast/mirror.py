"""Vlast.kz's site in the sample mirror: one host, an edition per section, archive pages per
section (``/<section>/<n>/?archive=1``, ``<link rel="last">``), article pages under
``/<section>/<id>-<slug>.html``; no sitemap, no feed.

Written from the public description of the site (design/outlets.md), never from this outlet's
parsers: the mirror is the ground truth they are judged against (qysym.mirror.sites).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from qysym.mirror import chrome, render
from qysym.mirror.sites import MirrorEdition, OutletSite, Reply

if TYPE_CHECKING:
    from qysym.mirror.corpus import Article
    from qysym.mirror.server import MirrorSite

PAGE_SIZE = 20


class Site(OutletSite):
    # The ru and kk sections share one id counter; English counts its own from far above it
    # (about 30 ids a day from 42 000), so (outlet, native_id) stays unique for decades of corpus.
    editions = (
        MirrorEdition("ru", (2, 3), 42_000, ("novosti", "politika", "obsshestvo")),
        MirrorEdition("kk", (1, 1), 42_000, ("vlast-qazaqsha",)),
        MirrorEdition("en", (1, 1), 500_000, ("english",)),
    )
    shared_counter = ("ru", "kk")
    # Vlast shows no tags and marks up no authors (design/outlets.md).
    shows_authors = False
    shows_tags = False
    drift = (
        ('<li class="has-title">', '<li class="item-headline">'),
        ('<ul class="meta item-expand-meta">', '<ul class="item-info">'),
        ('<div class="default-item-in js-editor"><div class="font-edit">',
         '<div class="item-body"><div class="item-text">'),
    )

    def path(self, number: int, section: str, slug: str) -> str:
        return f"/{section}/{number}-{slug}.html"

    def section_lang(self, section: str) -> str:
        """The edition a section belongs to (else Russian)."""
        return next((e.lang for e in self.editions if section in e.sections and e.lang != "ru"), "ru")

    def route(self, mirror: MirrorSite, host: str, path: str, query: dict) -> Reply:
        if path == "/robots.txt":
            return Reply(200, render.robots(host, ()).encode(), "text/plain")
        if m := re.fullmatch(r"/([a-z-]+)/(\d+)-[^/]*\.html", path):
            article = mirror.article_at(host, int(m[2]))
            if article and article.section == m[1]:
                return mirror.article_reply(article, self.render_article)
            return Reply(404)
        if m := re.fullmatch(r"/([a-z-]+)/(?:(\d+)/)?", path):
            section, page = m[1], int(m[2] or 1)
            lang = self.section_lang(section)
            items = [a for a in mirror.edition(self.slug, lang) if a.section == section]
            if not items:
                return Reply(404)
            last = max(1, -(-len(items) // PAGE_SIZE))
            if page > last:
                return Reply(404)
            chunk = items[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            return Reply(200, archive(section, chunk, page, last, lang).encode())
        return Reply(404)

    def render_article(self, a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                       drift: bool = False) -> str:
        return article_page(self, a, related, drift=drift)


# --- pages ------------------------------------------------------------------------------------

def article_page(site: Site, a: Article, related: Sequence[Article] = (), *, drift: bool = False) -> str:
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
{render.paragraphs(s.paragraphs)}
</div></div>
</div>"""
    if drift:
        # The new template also gives the date a machine-readable attribute.
        body = site.drifted(body).replace(
            '<time class="news-date">',
            f'<time class="item-date" datetime="{a.published_local:%Y-%m-%dT%H:%M}">')
    return render.page(a.lang, head, "page-item", body, frame(site, a, related))


def archive(section: str, articles: list[Article], page: int, last: int, lang: str) -> str:
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
    return render.page(lang, head, "page-archive", f'<div class="news-list">{items}</div>{nav}')


def frame(site: Site, a: Article, related: Sequence[Article]) -> chrome.Chrome:
    lang, labels, rng = a.lang, chrome.lang_labels(a.lang), chrome.page_rng(a)
    head = "\n".join((
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="https://vlast.kz/favicon.ico">',
        '<link rel="stylesheet" href="https://vlast.kz/static/css/app.min.css?v=4.2.17">',
        chrome.style(site.slug, "v-"),
        chrome.datalayer(a, {"platform": "vlast"}),
        chrome.counter("ya", a.number),
    ))
    latest = "".join(
        f'<div class="sidebar-news-item">'
        f'<span class="sidebar-news-item-time">{r.published_local:%H:%M}</span>'
        f'<a class="sidebar-news-item-title" href="{r.path}">{escape(r.story.title)}</a></div>'
        for r in related[:rng.randint(6, 10)]
    )
    social = "".join(f'<a class="header-social-link" href="https://{n}.com/vlastkz">'
                     f'<svg><use href="#ic-{n}"></use></svg></a>'
                     for n in ("facebook", "telegram", "instagram", "youtube"))
    before = f"""{chrome.sprite(site.slug)}
<header class="header">
<div class="header-top"><div class="container"><a class="header-logo" href="/">\
<img src="https://vlast.kz/static/img/logo.svg" alt="Vlast.kz"></a>
<div class="header-social">{social}</div>
<form class="header-search" action="/search/" method="get"><input class="header-search-input" name="query" \
type="search" placeholder="{labels["search"]}"><button class="header-search-btn" type="submit">\
{labels["search"]}</button></form>
</div></div>
{chrome.nav(site.slug, site.words["menus"], "ru", "header-nav")}
</header>
<div class="container page-wrap"><div class="row"><div class="col-md-8 main-col">"""
    similar = "".join(
        f'<div class="similar-news-item"><a class="similar-news-item-img" href="{r.path}">'
        f'<img src="{chrome.img(r, 360)}" alt=""></a><a class="similar-news-item-title" href="{r.path}">'
        f"{escape(r.story.title)}</a></div>"
        for r in related[3:3 + rng.randint(3, 6)]
    )
    after = f"""{chrome.share(a, "share-block", lang)}
<div class="similar-news"><div class="block-title">{labels["also"]}</div>{similar}</div>
<div class="comments-wrap"><div class="block-title">{labels["comments"]}</div><div id="disqus_thread" \
data-identifier="vlast-{a.number}"></div><noscript>{labels["comments_js"]}</noscript></div>
</div>
<div class="col-md-4 sidebar"><div class="sidebar-block"><div class="block-title">{labels["latest"]}</div>\
{latest}</div><div class="sidebar-banner" id="ad-sidebar" data-zone="vlast-{a.section}"></div></div>
</div></div>
<footer class="footer"><div class="container">
{chrome.nav(site.slug, site.words["menus"], "ru", "footer-nav")}
{chrome.footer_links(lang, "footer-links")}
{chrome.contacts(site.words["contacts"], lang, "footer-contacts")}
<div class="footer-copy">{chrome.legal(site.words["legal"], lang, "footer-copy-line")}</div>
</div></footer>
{chrome.cookie(lang, "cookie-bar")}
{chrome.script(chrome.vendor_script(site.slug, rng.randrange(8)))}
{chrome.script("var disqus_config=function(){this.page.url='" + a.url + "';this.page.identifier='vlast-"
         + str(a.number) + "';};")}"""
    return chrome.Chrome(head, before, after)
