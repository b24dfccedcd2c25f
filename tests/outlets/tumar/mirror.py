"""Tumar Times's site in the sample mirror: a sitemap index per edition host with monthly
children, article pages under ``/news/<id>-<slug>/``. Written for the test of a fourth outlet,
apart from its parsers (pages.py), as every mirror site is (qysym.mirror.sites)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from qysym.mirror import render
from qysym.mirror.sites import MirrorEdition, OutletSite, Reply, months_between

if TYPE_CHECKING:
    from qysym.mirror.corpus import Article
    from qysym.mirror.server import MirrorSite


class Site(OutletSite):
    editions = (
        MirrorEdition("ru", (1, 2), 1_000, ("news",)),
        MirrorEdition("kk", (1, 1), 1_000, ("news",)),
    )
    shows_authors = False
    shows_tags = False

    def path(self, number: int, section: str, slug: str) -> str:
        return f"/news/{number}-{slug}/"

    def route(self, mirror: MirrorSite, host: str, path: str, query: dict) -> Reply:
        lang = next((lang for lang, h in self.outlet.editions.items() if h == host), None)
        if lang is None:
            return Reply(404)
        if path == "/robots.txt":
            return Reply(200, render.robots(host, ("/sitemap.xml",)).encode(), "text/plain")
        if path == "/sitemap.xml":
            children = [(f"/sitemap-{y}-{m:02d}.xml", mirror.lastmod(self.slug, lang, (y, m)))
                        for y, m in months_between(mirror.corpus.start, mirror.corpus.end)]
            return Reply(200, render.sitemap_index(f"https://{host}", children).encode(),
                         "application/xml")
        if m := re.fullmatch(r"/sitemap-(\d{4})-(\d{2})\.xml", path):
            items = mirror.month(self.slug, lang, (int(m[1]), int(m[2])))
            return Reply(200, render.urlset(items).encode(), "application/xml")
        if m := re.fullmatch(r"/news/(\d+)-[a-z0-9-]*/", path):
            article = mirror.article_at(host, int(m[1]))
            return mirror.article_reply(article, self.render_article) if article else Reply(404)
        return Reply(404)

    def render_article(self, a: Article, related: Sequence[Article] = (), *, today: date | None = None,
                       drift: bool = False) -> str:
        s = a.story
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
              "articleBody": "\n".join(s.paragraphs), "articleSection": a.section,
              "datePublished": a.published_local.isoformat()}
        head = f"<title>{escape(s.title)}</title>\n{render.jsonld(ld)}"
        body = f"""<article class="story">
<h1 class="story-title">{escape(s.title)}</h1>
<p class="story-lead">{escape(s.lead)}</p>
<time class="story-time" datetime="{a.published_local.isoformat()}">\
{render.human_date(a.published_local, a.lang)}</time>
<div class="story-text">
{render.paragraphs(s.paragraphs)}
</div>
</article>"""
        return render.page(a.lang, head, "story-page", body)
