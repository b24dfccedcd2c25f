"""Radio Azattyq's site in the sample mirror (Pangea CMS): sitemaps per month, zone listings, an
RSS feed, article pages under ``/a/<id>.html``; the Russian edition's old host redirects to the new.

Written from the public description of the site (design/outlets.md), never from this outlet's
parsers: the mirror is the ground truth they are judged against (qysym.mirror.sites).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING, ClassVar

from qysym.mirror import chrome, render
from qysym.mirror.sites import MirrorEdition, OutletSite, Reply, months_between

if TYPE_CHECKING:
    from qysym.mirror.corpus import Article
    from qysym.mirror.server import MirrorSite

PAGE_SIZE = 20


class Site(OutletSite):
    # Ids are unique across RFE/RL, so both editions count from one counter.
    editions = (
        MirrorEdition("ru", (2, 3), 30_900_000, ("kazakhstan",)),
        MirrorEdition("kk", (1, 3), 30_900_000, ("qazaqstan",)),
    )
    shared_counter = ("ru", "kk")
    # The Russian edition moved to Azattyq Asia in 2026.
    redirect_hosts: ClassVar[dict[str, str]] = {"rus.azattyq.org": "www.azattyqasia.org"}
    # Markup drift: the template's class names renamed (only JSON-LD and generic extraction hold).
    drift = (
        ('<h1 class="pg-title">', '<h1 class="article-headline">'),
        ('<div class="publishing-details">', '<div class="article-meta">'),
        ('<time pubdate="pubdate" datetime=', '<time datetime='),
        ('<div class="intro">', '<div class="article-lead">'),
        ('<div id="article-content" class="content-floated-wrap"><div class="wsw">',
         '<div id="article-body" class="content-wrap"><div class="article-text">'),
    )

    def path(self, number: int, section: str, slug: str) -> str:
        return f"/a/{number}.html"

    def aliases(self, a: Article) -> list[str]:
        """Sitemaps add the slug form (and sometimes the old ``/content/article/`` one)."""
        extra = [f"https://{a.host}/a/{a.slug}/{a.number}.html"]
        if a.number % 3 == 0:
            extra.append(f"https://{a.host}/content/article/{a.number}.html")
        return extra

    def lang_of(self, host: str) -> str | None:
        return next((lang for lang, h in self.outlet.editions.items() if h == host), None)

    def route(self, mirror: MirrorSite, host: str, path: str, query: dict) -> Reply:
        lang = self.lang_of(host)
        if lang is None:
            return Reply(404)
        if path == "/robots.txt":
            return Reply(200, render.robots(host, ("/sitemap.xml",)).encode(), "text/plain")
        if path == "/sitemap.xml":
            children = [(f"/sitemaps/sitemap-{y}-{m:02d}.xml", mirror.lastmod(self.slug, lang, (y, m)))
                        for y, m in months_between(mirror.corpus.start, mirror.corpus.end)]
            return Reply(200, render.sitemap_index(f"https://{host}", children).encode(),
                         "application/xml")
        if m := re.fullmatch(r"/sitemaps/sitemap-(\d{4})-(\d{2})\.xml", path):
            month = (int(m[1]), int(m[2]))
            items = mirror.month(self.slug, lang, month)
            return Reply(200, render.urlset(items, aliases=mirror.aliases(items)).encode(),
                         "application/xml")
        if m := re.fullmatch(r"/(?:a/(?:[^/]+/)?|content/article/)(\d+)\.html", path):
            article = mirror.article_at(host, int(m[1]))
            return mirror.article_reply(article, self.render_article) if article else Reply(404)
        if m := re.fullmatch(r"/z/(\d+)", path):
            items = mirror.edition(self.slug, lang)
            page = int(query.get("p", ["0"])[0] or 0)
            pages = max(1, -(-len(items) // PAGE_SIZE))
            chunk = items[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            hrefs = {a.url: f"/a/{a.slug}/{a.number}.html" for a in chunk if mirror.duplicated(a)}
            html = zone(chunk, lang, int(m[1]), page, pages, hrefs)
            return Reply(200, html.encode())
        if path.startswith("/api/"):
            items = mirror.edition(self.slug, lang)[:30]
            return Reply(200, render.rss("Azattyq", f"https://{host}/", items).encode(),
                         "application/rss+xml")
        return Reply(404)

    def render_article(self, a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                       drift: bool = False) -> str:
        return article_page(self, a, related, drift=drift)


# --- pages ------------------------------------------------------------------------------------

def article_page(site: Site, a: Article, related: Sequence[Article] = (), *, drift: bool = False) -> str:
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
        render.jsonld(ld),
    ))
    body_paras = list(s.paragraphs)
    embed = '<div class="wsw__embed"><p>No media source currently available</p></div>'
    middle = len(body_paras) // 2
    wsw = "\n".join((render.paragraphs(body_paras[:middle]), embed, render.paragraphs(body_paras[middle:])))
    byline = "".join(f'<a class="links__item-link" href="/author/{i}">{escape(n)}</a>'
                     for i, n in enumerate(s.authors))
    body = f"""<div class="container">
<h1 class="pg-title">{escape(s.title)}</h1>
<div class="publishing-details">
<div class="authors">{byline}</div>
<span class="date"><time pubdate="pubdate" datetime="{a.published_utc:%Y-%m-%dT%H:%M:%S}Z">\
{render.human_date(a.published_local, a.lang)}</time></span>
</div>
<div class="intro"><p>{escape(s.lead)}</p></div>
<div id="article-content" class="content-floated-wrap"><div class="wsw">
{wsw}
</div></div>
</div>"""
    if drift:
        body = site.drifted(body)
    return render.page(a.lang, head, "pg-article", body, frame(site, a, related))


def zone(articles: list[Article], lang: str, zone: int, page: int, pages: int,
                 hrefs: dict[str, str] | None = None) -> str:
    """A zone page; ``hrefs`` maps an article URL to the link shown instead of its path."""
    hrefs = hrefs or {}
    items = "\n".join(
        f'<li><div class="media-block" data-article-id="{a.number}">'
        f'<div class="media-block__content"><a href="{hrefs.get(a.url, a.path)}">'
        f'<h4 class="media-block__title">{escape(a.story.title)}</h4></a>'
        f'<p class="perex">{escape(a.story.lead)}</p>'
        f'<span class="date">{render.human_date(a.published_local, a.lang)}</span></div></div></li>'
        for a in articles
    )
    more = f'<a class="btn link-showMore" href="/z/{zone}?p={page + 1}">...</a>' if page + 1 < pages else ""
    return render.page(lang, "<title>Новости</title>", "pg-section", f'<ul id="items">{items}</ul>{more}')


def frame(site: Site, a: Article, related: Sequence[Article]) -> chrome.Chrome:
    lang, labels, rng = a.lang, chrome.lang_labels(a.lang), chrome.page_rng(a)
    brand = chrome.pick(site.words["brand"], lang)
    other = "https://www.azattyq.org/" if lang != "kk" else "https://www.azattyqasia.org/"
    org = {"@context": "https://schema.org", "@type": "Organization", "name": brand,
           "url": f"https://{a.host}/", "logo": {"@type": "ImageObject",
                                                   "url": f"https://{a.host}/Content/responsive/img/logo.png"}}
    head = "\n".join((
        chrome.head_meta(a, brand),
        chrome.style(site.slug, ""),
        chrome.script(json.dumps(org, ensure_ascii=False), ' type="application/ld+json"'),
        chrome.datalayer(a, {"platform": "pangea", "byline": ", ".join(a.story.authors)}),
    ))
    popular = "".join(
        f'<li class="media-block-wrap"><div class="media-block media-block--io">'
        f'<a class="img-wrap" href="{r.path}">'
        f'<img src="{chrome.img(r, 250)}" alt=""></a><div class="media-block__content"><a href="{r.path}" '
        f'title="{escape(r.story.title)}"><span class="media-block__title">{escape(r.story.title)}</span></a>'
        f"</div></div></li>"
        for r in related[6:11]
    )
    ticker = "".join(f'<li class="ticker__item"><a href="{r.path}">{escape(r.story.title)}</a></li>'
                     for r in related[:4])
    before = f"""{chrome.sprite(site.slug)}
<div class="skip"><a href="#content">{labels["top"]}</a></div>
<header class="hdr">
<div class="hdr-20__inner"><div class="logo"><a class="logo__link" href="/" title="{escape(brand)}">\
<img class="logo__img" src="https://{a.host}/Content/responsive/img/logo.svg" alt="{escape(brand)}"></a></div>
<div class="lang-switch"><span class="lang-switch__label">{labels["lang"]}</span>\
<a href="{other}">Қазақша / Русский</a></div>
<form class="search" action="/s" method="get" role="search"><label class="search__label" for="k">\
{labels["search_hint"]}</label><input class="search__input" id="k" name="k" type="text" \
placeholder="{labels["search"]}"><button class="search__btn" type="submit">\
<svg class="search__icon"><use href="#ic-search"></use></svg></button></form>
</div>
{chrome.nav(site.slug, site.words["menus"], lang, "menu")}
<div class="ticker"><ul class="ticker__list">{ticker}</ul></div>
</header>
<main id="content" class="content-offset">
<div class="banner banner--top" id="ad-top" data-slot="/azattyq/{a.section}/top"></div>
{chrome.share(a, "share", lang)}"""
    more = "".join(
        f'<li class="media-block-wrap"><div class="media-block" data-article-id="{r.number}">'
        f'<a class="img-wrap" href="{r.path}">'
        f'<img src="{chrome.img(r, 400)}" alt="{escape(r.story.title)}"></a>'
        f'<div class="media-block__content"><a href="{r.path}"><span class="media-block__title">'
        f"{escape(r.story.title)}</span></a></div></div></li>"
        for r in related[:rng.randint(3, 6)]
    )
    after = f"""{chrome.share(a, "share share--bottom", lang)}
<div class="comments" id="comments"><div class="comments__title">{labels["comments"]}</div>\
<div class="comments__widget" data-widget="livefyre" data-article="{a.number}">\
{labels["comments_wait"]}</div>\
<noscript>{labels["comments_js"]}</noscript></div>
<section class="media-block-wrap related"><div class="section-head"><span class="section-head__title">\
{labels["related"]}</span></div><ul class="row related__list">{more}</ul></section>
<aside class="sidebar popular"><div class="section-head"><span class="section-head__title">\
{labels["popular"]}</span></div><ol class="popular__list">{popular}</ol></aside>
</main>
<footer class="footer"><div class="footer__inner">
<div class="footer__logo"><a href="/">{escape(brand)}</a></div>
{chrome.nav(site.slug, site.words["menus"], lang, "footer-menu")}
{chrome.footer_links(lang, "footer-links")}
{chrome.contacts(site.words["contacts"], lang, "footer__contacts")}
<div class="footer__legal">{chrome.legal(site.words["legal"], lang, "footer__legal-line")}</div>
</div></footer>
{chrome.cookie(lang, "cookie-notice")}
{chrome.script(chrome.vendor_script(site.slug, rng.randrange(8)))}
{chrome.counter("pangea", a.number)}
{chrome.script("window.addEventListener('load',function(){var c=document.getElementById('cookie-consent');"
         "if(c&&!localStorage.getItem('consent'))c.hidden=false;});")}"""
    return chrome.Chrome(head, before, after)
