"""Kazakh in the Latin alphabet, read as Cyrillic so the Kazakh lexicon can match it.

Real coverage writes Kazakh in Latin letters too (the 2018 and 2021 official alphabets, the
2017 apostrophe version, and informal spellings such as ``Qazaqstan``, ``belsendi``). The
classifier's Kazakh patterns are written in Cyrillic, so a Kazakh text whose letters are Latin is
transliterated before matching. The warehouse calls :func:`to_cyrillic` as the DuckDB function
``kazakh_latin_to_cyrillic`` (registered by ``qysym.dbt_plugin``); ``qysym classify`` uses
:func:`looks_kazakh_latin` to tell such a text from English.

Which alphabet a text uses is read off its letters: ä ğ ñ ö ş ū ü belong to 2021, á ǵ ń ó ú ý to
2018, letters followed by an apostrophe (a' g' n' ...) to 2017; a text with none of them is read as
informal Latin (sh, ch, zh, q). The official alphabets merge some Cyrillic letters (х and һ are
both ``h``; і and и are both ``i`` in 2021), so those come back as the more frequent one (х, і).
"""

from __future__ import annotations

import re
import unicodedata

# Latin -> Cyrillic, per alphabet; digraphs are listed and applied before single letters.
_COMMON = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "v": "в", "z": "з", "c": "ц", "x": "кс", "w": "у", "sh": "ш", "ch": "ч",
}
ALPHABETS: dict[str, dict[str, str]] = {
    # Decree of 2021: ä ğ ı(і) i(и, й) ñ ö ş ū(ұ) ü(ү) y(ы) u(у), one letter each.
    "2021": {**_COMMON, "ä": "ә", "ğ": "ғ", "ı": "і", "i": "и", "ñ": "ң", "ö": "ө", "ş": "ш",
             "ç": "ч", "u": "у", "ū": "ұ", "ü": "ү", "y": "ы", "ia": "я", "iu": "ю", "ŋ": "ң", "ǧ": "ғ"},
    # Decree of 2018: acute accents; i(і) ı(и, й) u(ұ) ú(ү) y(ы) ý(у), sh and ch.
    "2018": {**_COMMON, "á": "ә", "ǵ": "ғ", "i": "і", "ı": "и", "ń": "ң", "ó": "ө", "u": "ұ",
             "ú": "ү", "y": "ы", "ý": "у"},
    # Decree of 2017: apostrophes; i(і) i'(и, й) u(ұ) u'(ү) y(ы) y'(у) s'(ш) c'(ч).
    "2017": {**_COMMON, "a'": "ә", "g'": "ғ", "i": "і", "i'": "и", "n'": "ң", "o'": "ө",
             "u": "ұ", "u'": "ү", "y": "ы", "y'": "у", "s'": "ш", "c'": "ч"},
    # Turkish-style spelling seen in real coverage: w for ұ, ı for ы, i for і, y for й.
    "turkic": {**_COMMON, "ä": "ә", "ğ": "ғ", "ǧ": "ғ", "ı": "ы", "i": "і", "ñ": "ң", "ŋ": "ң",
               "ö": "ө", "ş": "ш", "ç": "ч", "u": "у", "w": "ұ", "ū": "ұ", "ü": "ү", "y": "й"},
    # No diacritics at all: the usual informal spelling (lossy: ұ ү у are all u).
    "informal": {**_COMMON, "i": "і", "y": "ы", "u": "у", "zh": "ж", "gh": "ғ", "kh": "х"},
}
# The letter each alphabet uses for both и and й: й after a vowel, и elsewhere.
_JOT = {"2021": "i", "2018": "ı", "2017": "i'"}
_VOWELS = "aäeıioöuūüyáóúý"
# Cyrillic -> Latin (2021), for tests and for showing a text in Latin; lossy where the
# alphabet merges letters (х and һ are h; и and й are i).
TO_LATIN_2021 = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
_MARKS = {
    "2021": set("äğñöşūüçŋǧ"),
    "2018": set("áǵńóúý"),
}
_APOSTROPHE_LETTER = re.compile(r"[agnouysci]['’ʼ]", re.I)
_LATIN = re.compile(r"[a-zäğñöşūüáǵńóúýıç]", re.I)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Frequent Kazakh words as they are spelled in the Latin alphabets (and informally).
_KAZAKH_WORDS = frozenset(
    "jäne jane jáne men üşin ushin úshin bolyp boiynşa boıynsha boiynsha turaly degen dep "
    "biyl bıyl osy bul būl búl olar onyñ onyń onyng keiin keıin keyin qazaqstan qazaqstandyq "
    "bilik bılık sot belsendi belsendı azamat azamattar ūstaldy ustaldy jyl jyly äli áli eken "
    "edi bar joq qarsy emes degen sailau saılaý"
    .split()
)


def alphabet_of(text: str) -> str:
    """The Latin alphabet a Kazakh text is written in: 2021, 2018, 2017 or informal."""
    letters = set(text.lower())
    scores = {name: len(letters & marks) for name, marks in _MARKS.items()}
    best = max(scores, key=lambda name: scores[name])
    if best == "2021" and scores[best] and re.search(r"[a-zıäğñöşü]w[a-zıäğñöşü]|^w|\sw", text.lower()):
        # 2021 letters, but w for ұ and ı for ы: the Turkish-style spelling
        return "turkic"
    if scores[best]:
        return best
    if _APOSTROPHE_LETTER.search(text):
        return "2017"
    return "informal"


def _upper(letters: str, alphabet: str) -> str:
    """Capitals as each alphabet writes them: in 2021 ı (і) is capital I and i (и) capital İ;
    elsewhere I is the capital of i."""
    if alphabet == "2021":
        return "".join({"ı": "I", "i": "İ"}.get(c, c.upper()) for c in letters)
    return "".join("I" if c in "iı" else c.upper() for c in letters)


def _case_table(alphabet: str) -> dict[str, str]:
    """Every spelling of every key (lower, Capitalised, UPPER) -> its Cyrillic, cased alike."""
    table: dict[str, str] = {}
    items = sorted(ALPHABETS[alphabet].items(), key=lambda kv: kv[0] not in "iı")
    for latin, cyr in items:
        upper = _upper(latin, alphabet)
        table[latin] = cyr
        table.setdefault(upper[0] + latin[1:], cyr[0].upper() + cyr[1:])
        table.setdefault(upper, cyr.upper())
    return table


_TABLES = {name: _case_table(name) for name in ALPHABETS}
_PATTERNS = {name: re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
             for name, table in _TABLES.items()}


def to_cyrillic(text: str | None, alphabet: str | None = None) -> str | None:
    """Kazakh Latin -> Cyrillic; letters outside the alphabet (and Cyrillic) are left as they
    are, and the case of each letter is kept."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)
    name = alphabet or alphabet_of(text)
    table = _TABLES[name]
    if jot := _JOT.get(name):
        # и and й share one letter: й after a vowel (үйіне, сайлау), и elsewhere (билік)
        vowels = _VOWELS + _upper(_VOWELS, name)
        # (not the i of ia / iu, which 2021 writes for я / ю)
        text = re.sub(f"(?<=[{vowels}]){re.escape(jot)}(?![aAuU])", "й", text)
        text = re.sub(f"(?<=[{vowels}]){re.escape(_upper(jot, name))}(?![aAuU])", "Й", text)
    return _PATTERNS[name].sub(lambda match: table[match.group(0)], text)


def to_latin(text: str) -> str:
    """Kazakh Cyrillic -> the 2021 Latin alphabet (letter by letter, case kept)."""
    out = []
    for char in text:
        latin = TO_LATIN_2021.get(char.lower())
        if latin is None:
            out.append(char)
        elif char.isupper() and latin:
            out.append(_upper(latin[0], "2021") + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def looks_kazakh_latin(text: str) -> bool:
    """True for a text written in Latin letters that reads as Kazakh rather than English: hardly
    any Cyrillic (real Latin-alphabet pages slip in a Cyrillic і now and then), and Kazakh-only
    letters or frequent Kazakh words are a noticeable share."""
    latin = _LATIN.findall(text)
    if len(latin) < 20 or len(_CYRILLIC.findall(text)) * 10 > len(latin):
        return False
    lowered = text.lower()
    marks = sum(1 for c in lowered if c in "äğñöşūüáǵńóúýı")
    words = re.findall(r"[^\W\d_]+", lowered)
    kazakh_words = sum(1 for w in words if w in _KAZAKH_WORDS)
    q_words = sum(1 for w in words if "q" in w and "qu" not in w)
    return marks >= 0.02 * len(latin) or kazakh_words >= max(2, 0.06 * len(words)) or (
        q_words >= max(2, 0.05 * len(words)))
