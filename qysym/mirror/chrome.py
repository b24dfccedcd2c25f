"""Page chrome: everything a real news page carries around the article itself.

Real article pages weigh 60-200 KB: a header with the section menus and a search form, share
buttons, "related" and "most read" blocks linking to other articles of the edition, a comment
widget placeholder, a footer with copyright and contacts, a cookie notice, an SVG icon sprite,
inline styles and several inline scripts (analytics and ad configuration). This module builds that
chrome (each outlet's site, scrapers/outlets/<slug>/mirror.py, in its own style), so that
generic extraction has something real to throw away.

Everything is deterministic: the large static parts are built once per (outlet, language), the
per-article parts from a generator seeded by the article's URL. No class or element the parsers'
selectors read (design/outlets.md) appears here, and the chrome has no ``<time>`` and no ``<h1>``.
"""

from __future__ import annotations

import json
import random
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


# The words around the article on every site, per language (chrome.yaml beside this module); a
# site's own (brand, menus, legal footer, contacts) are its mirror.yaml (OutletSite.words).
_TABLES = read_table(Path(__file__).with_name("chrome.yaml"))
LABELS = _TABLES["labels"]
SUBTOPICS, SOCIAL = _TABLES["subtopics"], _TABLES["social"]


def lang_labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["ru"])


def pick(mapping: dict, lang: str):
    return mapping.get(lang) or mapping.get("ru") or next(iter(mapping.values()))


def script(code: str, attrs: str = "") -> str:
    code = code.replace("</", "<\\/")
    return f"<script{attrs}>{code}</script>"


# --- the large static parts, built once per outlet and language ------------------------------

_CSS_VALUES = ("0", "4px", "8px 12px", "#1b1b1b", "#f4f4f4", "1.4", "flex", "100%", "1 1 auto", "50%")
_CSS_PROPS = ("margin", "padding", "color", "background", "font-size", "line-height", "border",
              "display", "width", "max-width", "flex", "gap", "border-radius", "opacity")


@lru_cache(maxsize=32)
def style(outlet: str, prefix: str) -> str:
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
def sprite(outlet: str) -> str:
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
def vendor_script(outlet: str, size_class: int) -> str:
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


def page_rng(a: Article) -> random.Random:
    return random.Random(f"chrome:{a.url}")


def share(a: Article, cls: str, lang: str) -> str:
    labels = lang_labels(lang)
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


def datalayer(a: Article, extra: dict) -> str:
    data = {"pageType": "article", "contentId": str(a.number), "section": a.section, "language": a.lang,
            "publishDate": a.published_local.strftime("%Y-%m-%d"), "wordCount": sum(
                len(p.split()) for p in a.story.paragraphs), "headline": a.story.title, **extra}
    return script(
        "window.dataLayer=window.dataLayer||[];window.dataLayer.push("
        + json.dumps(data, ensure_ascii=False) + ");"
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        "j.src='https://stats.example.invalid/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})"
        "(window,document,'script','dataLayer','GTM-QYSYM');"
    )


def counter(name: str, number: int) -> str:
    return script(
        f"var _{name}=_{name}||[];_{name}.push(['trackPageView']);"
        f"_{name}.push(['setSiteId','{number % 97}']);"
        f"(function(){{var g=document.createElement('img');g.src='https://counter.example.invalid/{name}/'+"
        f"{number}+'?r='+encodeURIComponent(document.referrer);}})();"
    )


def head_meta(a: Article, brand: str) -> str:
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


def footer_links(lang: str, cls: str) -> str:
    labels = lang_labels(lang)
    items = "".join(
        f'<li class="{cls}__item"><a class="{cls}__link" href="/{path}/">{labels[key]}</a></li>'
        for key, path in (("about", "about"), ("contacts", "contacts"), ("ads", "advertising"),
                          ("privacy", "privacy"), ("terms", "terms"), ("subscribe", "subscribe"))
    )
    return f'<ul class="{cls}__list">{items}</ul>'


def cookie(lang: str, cls: str) -> str:
    labels = lang_labels(lang)
    return (f'<div class="{cls}" id="cookie-consent" role="dialog" hidden><div class="{cls}__text">'
            f'{labels["cookies"]} <a href="/privacy/">{labels["more_cookies"]}</a></div>'
            f'<button class="{cls}__btn" type="button">{labels["accept"]}</button></div>')


def nav(outlet: str, menus: dict, lang: str, cls: str) -> str:
    """The section menu (``menus``: the site's (label, href) per language), with subtopics."""
    rng = random.Random(f"nav:{outlet}:{lang}")
    topics = SUBTOPICS.get(lang, SUBTOPICS["ru"])
    items = []
    for label, href in menus.get(lang) or menus.get("ru") or ():
        sub = "".join(f'<li class="{cls}__sub-item"><a href="/tag/{escape(t.lower())}/">{escape(t)}</a></li>'
                      for t in rng.sample(topics, 6))
        items.append(f'<li class="{cls}__item"><a class="{cls}__link" href="{href}">{escape(label)}</a>'
                     f'<ul class="{cls}__sub">{sub}</ul></li>')
    return f'<nav class="{cls}" aria-label="main"><ul class="{cls}__list">{"".join(items)}</ul></nav>'


def contacts(site_contacts: tuple[str, str, str], lang: str, cls: str) -> str:
    labels = lang_labels(lang)
    address, phone, mail = site_contacts
    return (f'<address class="{cls}"><span>{labels["address"]}: {escape(address)}</span> '
            f'<span>{labels["phone"]}: <a href="tel:{phone.replace(" ", "")}">{phone}</a></span> '
            f'<span>E-mail: <a href="mailto:{mail}">{mail}</a></span></address>')


def legal(site_legal: dict, lang: str, cls: str) -> str:
    return " ".join(f'<span class="{cls}">{escape(t)}</span>' for t in pick(site_legal, lang))


def img(a: Article, width: int) -> str:
    return f"https://{a.host}/static/img/{a.number % 1000}/{a.number}_w{width}.jpg"
