"""The lead (standfirst) of a page: a description that is only site boilerplate around the title
("Интересная статья ✅ <title> ⚡ Читайте онлайн") is no lead; the body's first paragraph is
used instead, and the layer says so (``first_paragraph``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from scrapers.pages.common import FIRST_PARAGRAPH, Layer, Page, layered
from scrapers.pages.text import clean_text, words_of

# --- leads ----------------------------------------------------------------------------------

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
    words = words_of(text)
    if not words:
        return True
    site = frozenset(site_words)
    title_words = words_of(title)
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
    title_words = words_of(title)
    paragraphs = [
        p for p in (clean_text(p) for p in (body or "").split("\n\n"))
        if p and words_of(p) != title_words
    ]
    return next(
        (p for p in paragraphs if len(words_of(p)) >= _MIN_LEAD_WORDS),
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


