"""Text out of markup: white space normalised, block elements as paragraphs, words compared
loosely (NFKC, case-folded, ё as е)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from parsel import Selector, SelectorList

_SPACE = re.compile(r"\s+")
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
# Elements whose start separates words even when the markup has no white space there.
_BREAK_TAGS = frozenset(
    {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "blockquote",
     "section", "article", "ul", "ol", "dd", "dt", "hr"}
)

_WORD = re.compile(r"[^\W_]+")


# --- text ------------------------------------------------------------------------------------


def clean_text(text: str | None) -> str:
    """NFC, every run of white space (nbsp included) collapsed to one space, stripped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "").replace("\ufeff", "")
    return _SPACE.sub(" ", text).strip()


def element_text(sel: Selector | SelectorList) -> str:
    """Visible text of an element (the first, for a list): scripts and styles left out, inline
    markup joined as written, a space where a line break or a block element starts.

    Walks the tree once, without recursion (an XPath union sorts node sets quadratically on
    huge pages, and garbage can nest deeper than Python's recursion limit).
    """
    if isinstance(sel, SelectorList):
        if not sel:
            return ""
        sel = sel[0]
    root = sel.root
    if isinstance(root, str):
        return clean_text(root)
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None  # comments and PIs have no str tag
        if not closing and tag and tag not in _SKIP_TAGS:
            if tag in _BREAK_TAGS:
                parts.append(" ")
            if el.text:
                parts.append(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        if el is not root and el.tail:
            parts.append(el.tail)
    return clean_text("".join(parts))


def has_class(name: str) -> str:
    """XPath predicate body: the element's class attribute contains the token ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def block_texts(
    container: Selector, tags: Iterable[str] = _BLOCK_TAGS, exclude: Iterable[str] = ()
) -> list[str]:
    """Text of the block elements (p, h2-h4, li, blockquote) under ``container``, in order.

    A block that contains another block is skipped (its inner blocks are taken instead), so nested
    markup never yields the same text twice; blocks inside an element with a class in ``exclude``
    are left out.
    """
    tags = tuple(tags)
    blocks = " or ".join(f"self::{t}" for t in tags)
    inner = " or ".join(f"descendant::{t}" for t in tags)
    cond = f"({blocks}) and not({inner})"
    for name in exclude:
        cond += f" and not(ancestor-or-self::*[{has_class(name)}])"
    return [t for t in (element_text(b) for b in container.xpath(f".//*[{cond}]")) if t]


def unique(values: Iterable[str]) -> list[str]:
    """Cleaned, non-empty values in first-seen order, duplicates (ignoring case) dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = clean_text(value)
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out



def words_of(text: str | None) -> list[str]:
    """The words of a text, compared loosely: NFKC, case-folded, ``ё`` as ``е``; quotes,
    punctuation, symbols and white space are separators."""
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("ё", "е")
    return _WORD.findall(text)

