"""Slot filling and the little Russian and Kazakh grammar the story templates need.

Russian slots come in six case forms (nominative, genitive, dative, accusative, instrumental,
prepositional), Kazakh ones take case suffixes chosen by vowel harmony. Only the patterns the
data files use are covered; tests/mirror/test_stories.py pins them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple


def _cap(text: str) -> str:
    """Capitalise the first letter after leading quotes; text opening with a number stays."""
    for i, ch in enumerate(text):
        if ch.isdigit():
            return text
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


class _Slots(dict):
    """Slot values for one story; ``{name_cap}`` is ``{name}`` with a capital first letter."""

    def __missing__(self, key: str) -> str:
        if key.endswith("_cap"):
            return _cap(self[key[:-4]])
        raise KeyError(key)


class _Dated(NamedTuple):
    """A text usable only when the publication date is in [since, until) (ISO strings)."""

    text: str
    since: str = ""
    until: str = ""


def _usable(entry: str | _Dated, when: date) -> bool:
    if isinstance(entry, _Dated):
        iso = when.isoformat()
        return (not entry.since or iso >= entry.since) and (not entry.until or iso < entry.until)
    return True


def _text(entry: str | _Dated) -> str:
    return entry.text if isinstance(entry, _Dated) else entry


def _pool(entries, when: date) -> list[str]:
    return [_text(e) for e in entries if _usable(e, when)]


_SENTENCE_START = re.compile(r"([.!?][»”]?\s+)(\w)")


def _fill(template: str, slots: _Slots) -> str:
    """Fill the slots; a slot that opens a sentence (``{Ts}`` = "қор") gets its capital letter."""
    text = template.format_map(slots)
    return _cap(_SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text))


# ---------------------------------------------------------------------------------------------
# Russian declension (only the patterns the tables below use)

_RU_CASES = ("", "_gen", "_dat", "_acc", "_ins", "_prep")
_RU_HUSH = "гкхжшчщ"


def _ru_core(core: str, gender: str, animate: bool, name: str) -> tuple[str, ...]:
    """``name`` is "first" or "last" for personal names, "" for common words."""
    w = core
    if not w or w.isupper() or w == "бюро" or w.endswith(("улы", "кызы")):
        return (w,) * 6
    if gender == "f":
        if w.endswith("ая"):
            s = w[:-2]
            return (w, s + "ой", s + "ой", s + "ую", s + "ой", s + "ой")
        if name == "last" and w.endswith(("ова", "ева", "ина", "ына")):
            s = w[:-1]
            return (w, s + "ой", s + "ой", s + "у", s + "ой", s + "ой")
        if w.endswith("ия"):
            s = w[:-1]
            return (w, s + "и", s + "и", s + "ю", s + "ей", s + "и")
        if w.endswith("ница"):
            s = w[:-1]
            return (w, s + "ы", s + "е", s + "у", s + "ей", s + "е")
        if w.endswith("а"):
            s = w[:-1]
            gen = "и" if s[-1] in _RU_HUSH else "ы"
            return (w, s + gen, s + "е", s + "у", s + "ой", s + "е")
        if name:
            return (w,) * 6
        # a masculine noun used for a woman ("директор Гульнара ...") declines as masculine
    if gender == "n":
        if w.endswith("ое"):
            s = w[:-2]
            return (w, s + "ого", s + "ому", w, s + "ым", s + "ом")
        if w.endswith("ие"):
            s = w[:-1]
            return (w, s + "я", s + "ю", w, s + "ем", s + "и")
        if w.endswith("о"):
            s = w[:-1]
            return (w, s + "а", s + "у", w, s + "ом", s + "е")
    if w.endswith(("ый", "ой")) and not name:
        s = w[:-2]
        return (w, s + "ого", s + "ому", s + "ого" if animate else w, s + "ым", s + "ом")
    if w.endswith("ий") and not name:
        s = w[:-2]
        return (w, s + "ого", s + "ому", s + "ого" if animate else w, s + "им", s + "ом")
    if w[-1] in "аоеиуыэюяё" or not w[-1].isalpha():
        return (w,) * 6
    if w.endswith("ь"):
        s = w[:-1]
        return (w, s + "я", s + "ю", s + "я" if animate else w, s + "ем", s + "е")
    ins = "ым" if name == "last" and w.endswith(("ов", "ев", "ин", "ын")) else "ом"
    return (w, w + "а", w + "у", w + "а" if animate else w, w + ins, w + "е")


def _ru_word(word: str, gender: str, animate: bool = False, name: str = "") -> tuple[str, ...]:
    """Six case forms of one word; quotes and brackets around it are kept."""
    start = 0
    while start < len(word) and not word[start].isalpha():
        start += 1
    end = len(word)
    while end > start and not word[end - 1].isalpha():
        end -= 1
    pre, core, post = word[:start], word[start:end], word[end:]
    return tuple(pre + form + post for form in _ru_core(core, gender, animate, name))


def _ru_np(head: str, gender: str, tail: str = "", animate: bool = False) -> tuple[str, ...]:
    """Six case forms of a noun phrase: every word of ``head`` declines, ``tail`` does not."""
    words = [_ru_word(w, gender, animate) for w in head.split()]
    return tuple((" ".join(w[i] for w in words) + tail).strip() for i in range(6))


def _ru_slots(prefix: str, forms: tuple[str, ...]) -> dict[str, str]:
    return {prefix + suffix: form for suffix, form in zip(_RU_CASES, forms, strict=True)}


# ---------------------------------------------------------------------------------------------
# Kazakh case suffixes (vowel harmony and the final sound of the last word)

_KK_CASES = ("", "_gen", "_dat", "_acc", "_loc", "_abl", "_locadj")
_KK_FRONT = "әеіөүэ"
_KK_BACK = "аоұыяё"
_KK_VOWELS = "аәеоөұүыіэяёю"
_KK_SUFFIX = {  # case -> final sound class -> (back, front)
    "_gen": {"v": ("ның", "нің"), "s": ("дың", "дің"), "n": ("ның", "нің"), "t": ("тың", "тің")},
    "_acc": {"v": ("ны", "ні"), "s": ("ды", "ді"), "n": ("ды", "ді"), "t": ("ты", "ті")},
    "_dat": {"v": ("ға", "ге"), "s": ("ға", "ге"), "n": ("ға", "ге"), "t": ("қа", "ке")},
    "_loc": {"v": ("да", "де"), "s": ("да", "де"), "n": ("да", "де"), "t": ("та", "те")},
    "_abl": {"v": ("дан", "ден"), "s": ("дан", "ден"), "n": ("нан", "нен"), "t": ("тан", "тен")},
    "_locadj": {"v": ("дағы", "дегі"), "s": ("дағы", "дегі"), "n": ("дағы", "дегі"),
                "t": ("тағы", "тегі")},
}
_KK_POSS_SUFFIX = {  # after a third-person possessive ending (-ы/-і/-сы/-сі)
    "_gen": ("ның", "нің"), "_acc": ("н", "н"), "_dat": ("на", "не"), "_loc": ("нда", "нде"),
    "_abl": ("нан", "нен"), "_locadj": ("ндағы", "ндегі"),
}


def _kk_front(phrase: str) -> bool:
    word = phrase.lower()
    # Russian-style surname suffixes follow the root's harmony: Жұмабаевқа, Қасымоваға.
    for suffix in ("ова", "ева", "ина", "ов", "ев", "ин"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    for i in range(len(word) - 1, -1, -1):
        ch = word[i]
        if ch in _KK_FRONT or ch == "и":  # министрге, Тбилисиге
            return True
        if ch in _KK_BACK or ch == "ю":
            return False
        # у after a consonant is the vowel u (референдумға); after a vowel a glide (Атырауда)
        if ch == "у" and i > 0 and word[i - 1] not in _KK_VOWELS + "и":
            return False
    return False


def _kk_class(phrase: str) -> str:
    ch = phrase[-1].lower()
    if ch in "лрйуижз":
        return "s"
    if ch in _KK_VOWELS:
        return "v"
    if ch in "мнң":
        return "n"
    return "t"


def _kk(phrase: str, case: str, poss: bool = False) -> str:
    """``phrase`` with the case suffix on its last word; ``poss`` if that word is possessive."""
    if not case:
        return phrase
    front = _kk_front(phrase)
    table = _KK_POSS_SUFFIX[case] if poss else _KK_SUFFIX[case][_kk_class(phrase)]
    return phrase + table[front]


def _kk_slots(prefix: str, phrase: str, poss: bool = False) -> dict[str, str]:
    return {prefix + case: _kk(phrase, case, poss) for case in _KK_CASES}


def _kk_poss_word(phrase: str) -> bool:
    """Whether a name's last word already carries a possessive ending (Сапарұлы, Болатқызы)."""
    return phrase.endswith(("ұлы", "қызы"))


# ---------------------------------------------------------------------------------------------
