"""Page chrome: everything a real news page carries around the article itself.

Real article pages weigh 60-200 KB: a header with the section menus and a search form, share
buttons, "related" and "most read" blocks linking to other articles of the edition, a comment
widget placeholder, a footer with copyright and contacts, a cookie notice, an SVG icon sprite,
inline styles and several inline scripts (analytics and ad configuration). This module builds that
chrome in each outlet's style (Pangea CMS for Azattyq, Vlast's own templates, Tengrinews), so that
generic extraction has something real to throw away.

Everything is deterministic: the large static parts are built once per (outlet, language), the
per-article parts from a generator seeded by the article's URL. No class or element the parsers'
selectors read (design/outlets.md) appears here, and the chrome has no ``<time>`` and no ``<h1>``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from qysym.mirror.tables import read_table

if TYPE_CHECKING:
    from qysym.mirror.corpus import Article


@dataclass(frozen=True)
class Chrome:
    head: str = ""    # appended inside <head>
    before: str = ""  # between <body> and the article markup
    after: str = ""   # after the article markup, before </body>


# The words around the article, per language and outlet (chrome.yaml beside this module).
_TABLES = read_table(Path(__file__).with_name("chrome.yaml"))
LABELS = _TABLES["labels"]
# Section menus: (label, href) per outlet and language.
MENUS = {(outlet, lang): items for outlet, langs in _TABLES["menus"].items()
         for lang, items in langs.items()}
SUBTOPICS, SOCIAL, BRAND = _TABLES["subtopics"], _TABLES["social"], _TABLES["brand"]
LEGAL, CONTACTS = _TABLES["legal"], _TABLES["contacts"]


def _labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["ru"])


def _menu(outlet: str, lang: str) -> tuple[tuple[str, str], ...]:
    return MENUS.get((outlet, lang)) or MENUS.get((outlet, "ru")) or ()


def _pick(mapping: dict, lang: str):
    return mapping.get(lang) or mapping.get("ru") or next(iter(mapping.values()))


def _script(code: str, attrs: str = "") -> str:
    code = code.replace("</", "<\\/")
    return f"<script{attrs}>{code}</script>"


# --- the large static parts, built once per outlet and language ------------------------------

_CSS_VALUES = ("0", "4px", "8px 12px", "#1b1b1b", "#f4f4f4", "1.4", "flex", "100%", "1 1 auto", "50%")
_CSS_PROPS = ("margin", "padding", "color", "background", "font-size", "line-height", "border",
              "display", "width", "max-width", "flex", "gap", "border-radius", "opacity")


@lru_cache(maxsize=32)
def _style(outlet: str, prefix: str) -> str:
    """Critical CSS inlined in the head (~12 KB): rules for the template's own class names."""
    rng = random.Random(f"css:{outlet}")
    blocks = ("header", "nav", "menu", "search", "share", "related", "popular", "footer", "cookie",
              "comments", "media", "teaser", "banner", "sidebar", "ticker", "social", "logo", "btn")
    parts = ("", "__item", "__link", "__title", "__img", "--active", "__wrap", "__list", "__icon")
    rules = []
    for block in blocks:
        for part in parts:
            props = ";".join(
                f"{p}:{rng.choice(_CSS_VALUES)}"
                for p in rng.sample(_CSS_PROPS, 4)
            )
            rules.append(f".{prefix}{block}{part}{{{props}}}")
    media = "".join(f"@media (max-width:{w}px){{{''.join(rng.sample(rules, 12))}}}"
                    for w in (1200, 992, 768, 480))
    return f"<style>{''.join(rules)}{media}</style>"


@lru_cache(maxsize=32)
def _sprite(outlet: str) -> str:
    """An inline SVG icon sprite (~15 KB), as Pangea and most news templates carry."""
    rng = random.Random(f"svg:{outlet}")
    names = ("facebook", "telegram", "whatsapp", "twitter", "vk", "ok", "instagram", "youtube",
             "tiktok", "rss", "search", "close", "menu", "arrow-left", "arrow-right", "arrow-up",
             "play", "camera", "comment", "eye", "clock", "mail", "print", "link", "user", "podcast")
    symbols = []
    for name in names:
        path = "M" + " ".join(
            f"{rng.uniform(0, 24):.3f},{rng.uniform(0, 24):.3f}{rng.choice(('L', 'C', 'l', 'c', 'z M'))}"
            for _ in range(rng.randint(25, 45))
        )
        symbols.append(f'<symbol id="ic-{name}" viewBox="0 0 24 24"><path d="{path}0,0z"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">'
            + "".join(symbols) + "</svg>")


_JS_WORDS = ("init", "track", "slot", "render", "queue", "config", "consent", "lazy", "observe",
             "push", "sync", "flush", "beacon", "frame", "size", "target", "bid", "refresh", "view")


@lru_cache(maxsize=64)
def _vendor_script(outlet: str, size_class: int) -> str:
    """A minified-looking vendor bundle inlined in the page (ads, consent, lazy loading): from
    ~8 KB to ~120 KB by ``size_class`` (0-7). Never executed by anything; it only has to be there."""
    rng = random.Random(f"js:{outlet}:{size_class}")
    target = 8_000 + size_class * 16_000
    out: list[str] = ["!function(e,t){\"use strict\";var n={};"]
    size = len(out[0])
    while size < target:
        a, b = rng.sample(_JS_WORDS, 2)
        name = f"_{a}{b.capitalize()}{rng.randint(0, 999)}"
        kind = rng.random()
        if kind < 0.4:
            stmt = (f"function {name}(r,o){{var i=r&&r.length>>{rng.randint(1, 4)},s=o||{{}};"
                    f"for(var c=0;c<i;c++){{s[r[c]]=(c*{rng.randint(3, 97)}+{rng.randint(1, 255)})"
                    f"%{rng.randint(101, 997)}}}"
                    f"return e.{a}?e.{a}(s):s}}")
        elif kind < 0.7:
            sizes = ",".join(f"[{rng.choice((300, 320, 728, 970, 240))},{rng.choice((50, 90, 250, 600))}]"
                             for _ in range(rng.randint(1, 4)))
            stmt = (f"n.{name}={{id:\"{a}-{rng.randint(1000, 9999)}\",sizes:[{sizes}],"
                    f"lazy:{rng.choice(('!0', '!1'))},refresh:{rng.randint(0, 90)}}}")
        else:
            stmt = (f"t.addEventListener(\"{rng.choice(('scroll', 'resize', 'load', 'visibilitychange'))}\","
                    f"function(){{n.{a}&&n.{a}.{b}({rng.randint(0, 5000)})}},{{passive:!0}})")
        out.append(stmt + ";")
        size += len(stmt) + 1
    out.append("e.__cms=n}(window,document);")
    return "".join(out)


# --- per-article parts -------------------------------------------------------------------------


def _rng(a: Article) -> random.Random:
    return random.Random(f"chrome:{a.url}")


def _share(a: Article, cls: str, lang: str) -> str:
    labels = _labels(lang)
    links = "".join(
        f'<li class="{cls}__item"><a class="{cls}__link {cls}__link--{name}" '
        f'href="{escape(href.format(u=a.url))}" target="_blank" rel="noopener" title="{name}">'
        f'<svg class="{cls}__icon"><use href="#ic-{name}"></use></svg></a></li>'
        for name, href in SOCIAL
    )
    extra = (f'<li class="{cls}__item"><button class="{cls}__link {cls}__link--copy" type="button" '
             f'data-url="{a.url}">{labels["copy"]}</button></li>'
             f'<li class="{cls}__item"><a class="{cls}__link" '
             f'href="mailto:?subject={a.number}&amp;body={a.url}">'
             f'{labels["email"]}</a></li>'
             f'<li class="{cls}__item"><a class="{cls}__link" href="javascript:window.print()">'
             f'{labels["print"]}</a></li>')
    return (f'<div class="{cls}"><span class="{cls}__label">{labels["share"]}</span>'
            f'<ul class="{cls}__list">{links}{extra}</ul></div>')


def _datalayer(a: Article, extra: dict) -> str:
    data = {"pageType": "article", "contentId": str(a.number), "section": a.section, "language": a.lang,
            "publishDate": a.published_local.strftime("%Y-%m-%d"), "wordCount": sum(
                len(p.split()) for p in a.story.paragraphs), "headline": a.story.title, **extra}
    return _script(
        "window.dataLayer=window.dataLayer||[];window.dataLayer.push("
        + json.dumps(data, ensure_ascii=False) + ");"
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        "j.src='https://stats.example.invalid/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})"
        "(window,document,'script','dataLayer','GTM-QYSYM');"
    )


def _counter(name: str, number: int) -> str:
    return _script(
        f"var _{name}=_{name}||[];_{name}.push(['trackPageView']);"
        f"_{name}.push(['setSiteId','{number % 97}']);"
        f"(function(){{var g=document.createElement('img');g.src='https://counter.example.invalid/{name}/'+"
        f"{number}+'?r='+encodeURIComponent(document.referrer);}})();"
    )


def _head_meta(a: Article, brand: str) -> str:
    return "\n".join((
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<meta property="og:site_name" content="{escape(brand)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{a.url}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{escape(a.story.title)}">',
        '<link rel="preconnect" href="https://fonts.example.invalid">',
        f'<link rel="icon" href="https://{a.host}/favicon.ico">',
        f'<link rel="alternate" type="application/rss+xml" title="{escape(brand)}" href="https://{a.host}/rss">',
    ))


def _footer_links(lang: str, cls: str) -> str:
    labels = _labels(lang)
    items = "".join(
        f'<li class="{cls}__item"><a class="{cls}__link" href="/{path}/">{labels[key]}</a></li>'
        for key, path in (("about", "about"), ("contacts", "contacts"), ("ads", "advertising"),
                          ("privacy", "privacy"), ("terms", "terms"), ("subscribe", "subscribe"))
    )
    return f'<ul class="{cls}__list">{items}</ul>'


def _cookie(lang: str, cls: str) -> str:
    labels = _labels(lang)
    return (f'<div class="{cls}" id="cookie-consent" role="dialog" hidden><div class="{cls}__text">'
            f'{labels["cookies"]} <a href="/privacy/">{labels["more_cookies"]}</a></div>'
            f'<button class="{cls}__btn" type="button">{labels["accept"]}</button></div>')


def _nav(outlet: str, lang: str, cls: str) -> str:
    rng = random.Random(f"nav:{outlet}:{lang}")
    topics = SUBTOPICS.get(lang, SUBTOPICS["ru"])
    items = []
    for label, href in _menu(outlet, lang):
        sub = "".join(f'<li class="{cls}__sub-item"><a href="/tag/{escape(t.lower())}/">{escape(t)}</a></li>'
                      for t in rng.sample(topics, 6))
        items.append(f'<li class="{cls}__item"><a class="{cls}__link" href="{href}">{escape(label)}</a>'
                     f'<ul class="{cls}__sub">{sub}</ul></li>')
    return f'<nav class="{cls}" aria-label="main"><ul class="{cls}__list">{"".join(items)}</ul></nav>'


def _contacts(outlet: str, lang: str, cls: str) -> str:
    labels = _labels(lang)
    address, phone, mail = CONTACTS[outlet]
    return (f'<address class="{cls}"><span>{labels["address"]}: {escape(address)}</span> '
            f'<span>{labels["phone"]}: <a href="tel:{phone.replace(" ", "")}">{phone}</a></span> '
            f'<span>E-mail: <a href="mailto:{mail}">{mail}</a></span></address>')


def _legal(outlet: str, lang: str, cls: str) -> str:
    return " ".join(f'<span class="{cls}">{escape(t)}</span>' for t in _pick(LEGAL[outlet], lang))


def _img(a: Article, width: int) -> str:
    return f"https://{a.host}/static/img/{a.number % 1000}/{a.number}_w{width}.jpg"


# --- Radio Azattyq (Pangea CMS) ---------------------------------------------------------------


def azattyq(a: Article, related: Sequence[Article]) -> Chrome:
    lang, labels, rng = a.lang, _labels(a.lang), _rng(a)
    brand = _pick(BRAND["azattyq"], lang)
    other = "https://www.azattyq.org/" if lang != "kk" else "https://www.azattyqasia.org/"
    org = {"@context": "https://schema.org", "@type": "Organization", "name": brand,
           "url": f"https://{a.host}/", "logo": {"@type": "ImageObject",
                                                   "url": f"https://{a.host}/Content/responsive/img/logo.png"}}
    head = "\n".join((
        _head_meta(a, brand),
        _style("azattyq", ""),
        _script(json.dumps(org, ensure_ascii=False), ' type="application/ld+json"'),
        _datalayer(a, {"platform": "pangea", "byline": ", ".join(a.story.authors)}),
    ))
    popular = "".join(
        f'<li class="media-block-wrap"><div class="media-block media-block--io">'
        f'<a class="img-wrap" href="{r.path}">'
        f'<img src="{_img(r, 250)}" alt=""></a><div class="media-block__content"><a href="{r.path}" '
        f'title="{escape(r.story.title)}"><span class="media-block__title">{escape(r.story.title)}</span></a>'
        f"</div></div></li>"
        for r in related[6:11]
    )
    ticker = "".join(f'<li class="ticker__item"><a href="{r.path}">{escape(r.story.title)}</a></li>'
                     for r in related[:4])
    before = f"""{_sprite("azattyq")}
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
{_nav("azattyq", lang, "menu")}
<div class="ticker"><ul class="ticker__list">{ticker}</ul></div>
</header>
<main id="content" class="content-offset">
<div class="banner banner--top" id="ad-top" data-slot="/azattyq/{a.section}/top"></div>
{_share(a, "share", lang)}"""
    more = "".join(
        f'<li class="media-block-wrap"><div class="media-block" data-article-id="{r.number}">'
        f'<a class="img-wrap" href="{r.path}"><img src="{_img(r, 400)}" alt="{escape(r.story.title)}"></a>'
        f'<div class="media-block__content"><a href="{r.path}"><span class="media-block__title">'
        f"{escape(r.story.title)}</span></a></div></div></li>"
        for r in related[:rng.randint(3, 6)]
    )
    after = f"""{_share(a, "share share--bottom", lang)}
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
{_nav("azattyq", lang, "footer-menu")}
{_footer_links(lang, "footer-links")}
{_contacts("azattyq", lang, "footer__contacts")}
<div class="footer__legal">{_legal("azattyq", lang, "footer__legal-line")}</div>
</div></footer>
{_cookie(lang, "cookie-notice")}
{_script(_vendor_script("azattyq", rng.randrange(8)))}
{_counter("pangea", a.number)}
{_script("window.addEventListener('load',function(){var c=document.getElementById('cookie-consent');"
         "if(c&&!localStorage.getItem('consent'))c.hidden=false;});")}"""
    return Chrome(head, before, after)


# --- Vlast.kz ----------------------------------------------------------------------------------


def vlast(a: Article, related: Sequence[Article]) -> Chrome:
    lang, labels, rng = a.lang, _labels(a.lang), _rng(a)
    head = "\n".join((
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="https://vlast.kz/favicon.ico">',
        '<link rel="stylesheet" href="https://vlast.kz/static/css/app.min.css?v=4.2.17">',
        _style("vlast", "v-"),
        _datalayer(a, {"platform": "vlast"}),
        _counter("ya", a.number),
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
    before = f"""{_sprite("vlast")}
<header class="header">
<div class="header-top"><div class="container"><a class="header-logo" href="/">\
<img src="https://vlast.kz/static/img/logo.svg" alt="Vlast.kz"></a>
<div class="header-social">{social}</div>
<form class="header-search" action="/search/" method="get"><input class="header-search-input" name="query" \
type="search" placeholder="{labels["search"]}"><button class="header-search-btn" type="submit">\
{labels["search"]}</button></form>
</div></div>
{_nav("vlast", "ru", "header-nav")}
</header>
<div class="container page-wrap"><div class="row"><div class="col-md-8 main-col">"""
    similar = "".join(
        f'<div class="similar-news-item"><a class="similar-news-item-img" href="{r.path}">'
        f'<img src="{_img(r, 360)}" alt=""></a><a class="similar-news-item-title" href="{r.path}">'
        f"{escape(r.story.title)}</a></div>"
        for r in related[3:3 + rng.randint(3, 6)]
    )
    after = f"""{_share(a, "share-block", lang)}
<div class="similar-news"><div class="block-title">{labels["also"]}</div>{similar}</div>
<div class="comments-wrap"><div class="block-title">{labels["comments"]}</div><div id="disqus_thread" \
data-identifier="vlast-{a.number}"></div><noscript>{labels["comments_js"]}</noscript></div>
</div>
<div class="col-md-4 sidebar"><div class="sidebar-block"><div class="block-title">{labels["latest"]}</div>\
{latest}</div><div class="sidebar-banner" id="ad-sidebar" data-zone="vlast-{a.section}"></div></div>
</div></div>
<footer class="footer"><div class="container">
{_nav("vlast", "ru", "footer-nav")}
{_footer_links(lang, "footer-links")}
{_contacts("vlast", lang, "footer-contacts")}
<div class="footer-copy">{_legal("vlast", lang, "footer-copy-line")}</div>
</div></footer>
{_cookie(lang, "cookie-bar")}
{_script(_vendor_script("vlast", rng.randrange(8)))}
{_script("var disqus_config=function(){this.page.url='" + a.url + "';this.page.identifier='vlast-"
         + str(a.number) + "';};")}"""
    return Chrome(head, before, after)


# --- Tengrinews.kz -----------------------------------------------------------------------------


def tengrinews(a: Article, related: Sequence[Article], old: bool = False) -> Chrome:
    """``old``: the 2019-2021 template (``tn-`` class names) instead of the current one."""
    lang, labels, rng = a.lang, _labels(a.lang), _rng(a)
    p = "tn-" if old else "main-"
    head = "\n".join((
        _head_meta(a, "Tengrinews.kz"),
        _style("tengrinews-old" if old else "tengrinews", p),
        _datalayer(a, {"platform": "tengri", "template": "2019" if old else "2021"}),
        _counter("tengri", a.number),
    ))
    editions = "".join(f'<a class="{p}lang-link" href="https://{h}/">{n}</a>'
                       for h, n in (("tengrinews.kz", "Рус"), ("kaz.tengrinews.kz", "Қаз"),
                                    ("en.tengrinews.kz", "Eng")))
    rates = "".join(f'<span class="{p}rate"><b>{c}</b> {v}</span>'
                    for c, v in (("USD", f"{420 + a.number % 40}.{a.number % 100:02d}"),
                                 ("EUR", f"{500 + a.number % 45}.{a.number % 97:02d}"),
                                 ("RUB", f"5.{a.number % 90 + 10}")))
    before = f"""{_sprite("tengrinews")}
<div class="{p}header-wrap"><header class="{p}header">
<div class="{p}header-top">{editions}<span class="{p}weather">{labels["weather"]}: \
{rng.randint(-25, 35)}°</span>\
<span class="{p}rates">{labels["rates"]}: {rates}</span></div>
<a class="{p}logo" href="/"><img src="https://{a.host}/static/img/logo.svg" alt="Tengrinews.kz"></a>
<form class="{p}search" action="/search/" method="get"><input class="{p}search-input" type="text" \
name="text" placeholder="{labels["search_hint"]}"><button class="{p}search-btn" type="submit">\
{labels["search"]}</button></form>
{_nav("tengrinews", lang, p + "menu")}
</header></div>
<div class="{p}container"><div class="{p}banner" id="tn-banner-top" data-place="top"></div>"""
    latest = "".join(
        f'<div class="{p}sidebar-item"><span class="{p}sidebar-item-time">{r.published_local:%H:%M}</span>'
        f'<a class="{p}sidebar-item-title" href="{r.path}">{escape(r.story.title)}</a></div>'
        for r in related[:rng.randint(8, 12)]
    )
    also = "".join(
        f'<div class="{p}read-also-item"><a href="{r.path}"><img src="{_img(r, 320)}" alt="">'
        f'<span class="{p}read-also-title">{escape(r.story.title)}</span></a></div>'
        for r in related[4:4 + rng.randint(3, 5)]
    )
    after = f"""{_share(a, p + "share", lang)}
<div class="{p}read-also"><div class="{p}block-title">{labels["also"]}</div>{also}</div>
<div class="{p}comments" id="tn-comments" data-id="{a.number}" data-type="news">\
<div class="{p}block-title">{labels["comments"]}</div>\
<div class="{p}comments-loader">{labels["comments_wait"]}</div></div>
<aside class="{p}sidebar"><div class="{p}block-title">{labels["latest"]}</div>{latest}</aside>
</div>
<footer class="{p}footer">
{_nav("tengrinews", lang, p + "footer-menu")}
{_footer_links(lang, p + "footer-links")}
{_contacts("tengrinews", lang, p + "footer-contacts")}
<div class="{p}footer-legal">{_legal("tengrinews", lang, p + "footer-legal-line")}</div>
</footer>
{_cookie(lang, p + "cookie")}
{_script(_vendor_script("tengrinews", rng.randrange(8)))}
{_script("fetch('https://counter.tengrinews.kz/inc/tengrinews_" + lang + "/news/" + str(a.number)
         + "').catch(function(){});")}"""
    return Chrome(head, before, after)
