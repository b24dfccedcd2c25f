"""Realistic Russian, Kazakh and English news stories with ground-truth labels, for the sample
mirror.

``make_story(rng, lang, kind, when)`` writes one article: neutral news, a *hard negative* (words a
keyword classifier would flag, such as a traffic fine, a detained thief or blood pressure, but no
pressure on civil society), or a pressure story of one category from design/indicators.md. All
randomness comes from ``rng``, so a seed reproduces a corpus exactly.

How it works: stories are assembled from template tables, grouped below by category and language,
whose ``{slots}`` are filled from a per-story context: places, dates, amounts, state bodies, the
vote in play and the civic target. Russian slots come in six case forms (``{T}``, ``{T_gen}``,
``{T_dat}``, ``{T_acc}``, ``{T_ins}``, ``{T_prep}``), Kazakh ones with case suffixes chosen by
vowel harmony (``{T_gen}``, ``{T_dat}``, ``{T_acc}``, ``{T_loc}``, ``{T_abl}``), English ones in
a single form with pronouns ``{he}``/``{his}``/``{him}`` ("it"/"its"/"it" for an organisation);
``{x_cap}`` capitalises any slot. Russian past tenses agree with the target through ``{g}`` (full name) and
``{gs}`` (short name): "", "а" or "о".

Labels come from the template and the target that were drawn, never from the generated text.
``topic`` is the rubric a story would run under (``society``, ``politics``, ``law``...); it does
not give the label away. All organisations, people and events marked fictional are invented;
real organisations appear only as targets, never with invented quotes from named real people.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from qysym.contract import category_codes

CATEGORIES = category_codes()
KINDS = ("neutral", "hard_negative", *CATEGORIES)
LANGS = ("ru", "kk", "en")
TARGET_KINDS = ("ngo", "activist", "journalist_media", "movement_party", "observer")


@dataclass
class Story:
    lang: str                 # "ru", "kk" or "en"
    kind: str                 # one of KINDS: what was asked for
    title: str
    lead: str                 # one or two sentences
    paragraphs: list[str]     # 3-8 paragraphs of body text
    is_pressure: bool
    categories: list[str]     # ground-truth category codes, primary first; [] if not pressure
    targets: list[str]        # real target ids, then one "kind:<kind>" per kind involved
    topic: str                # rubric slug
    tags: list[str]           # 2-5 tags in the story's language
    authors: list[str]        # 0-2 invented author names


# ---------------------------------------------------------------------------------------------
# Slot filling


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


def _d(text: str, since: str = "", until: str = "") -> _Dated:
    return _Dated(text, since, until)


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
# People (all invented)

_RU_MALE = ("Ерлан", "Нурлан", "Марат", "Арман", "Асхат", "Данияр", "Серик", "Бауыржан", "Ержан",
            "Тимур", "Руслан", "Максат", "Айдос", "Жанболат", "Канат", "Талгат", "Азамат", "Олжас",
            "Дархан", "Санжар", "Галым", "Берик", "Олег", "Виктор", "Вадим", "Роман", "Денис")
_RU_FEMALE = ("Гульнара", "Динара", "Жанна", "Мадина", "Айнура", "Дана", "Камила", "Индира",
              "Алма", "Зарина", "Назира", "Анара", "Алия", "Айгерим", "Салтанат", "Асель",
              "Елена", "Ольга", "Марина", "Светлана")
_RU_SURNAMES = ("Касымов", "Ахметов", "Жумабаев", "Нурпеисов", "Есенов", "Байжанов", "Тулегенов",
                "Абдрахманов", "Омаров", "Мухамеджанов", "Искаков", "Садыков", "Калиев",
                "Жаксылыков", "Смагулов", "Утегенов", "Рахимов", "Оспанов", "Султанов", "Муратов",
                "Козлов", "Морозов", "Белов", "Соколов", "Сейткалиев", "Бекмуханов")
_RU_PATRONYMS = ("Сапар", "Ержан", "Толеу", "Кайрат", "Болат", "Мурат")
_KK_MALE = ("Ерлан", "Нұрлан", "Марат", "Арман", "Асхат", "Данияр", "Серік", "Бауыржан", "Ержан",
            "Тимур", "Руслан", "Мақсат", "Айдос", "Жанболат", "Қанат", "Талғат", "Азамат", "Олжас",
            "Дархан", "Санжар", "Ғалым", "Берік")
_KK_FEMALE = ("Гүлнара", "Динара", "Жанна", "Мадина", "Айнұр", "Дана", "Камила", "Индира", "Алма",
              "Зарина", "Назира", "Анар", "Әлия", "Айгерім", "Салтанат", "Әсел", "Меруерт", "Сәуле")
# Surnames whose root has back vowels, so case suffixes are unambiguous (Қасымовқа, Жұмабаеваға).
_KK_SURNAMES = ("Қасымов", "Жұмабаев", "Байжанов", "Омаров", "Садықов", "Жақсылықов", "Смағұлов",
                "Рахымов", "Оспанов", "Сұлтанов", "Мұратов", "Нұрланов", "Тұрсынов", "Қайратов",
                "Ысқақов", "Жанұзақов", "Бақытов", "Сапаров", "Абдуллаев", "Тоқтаров", "Шалабаев")
_KK_PATRONYMS = ("Сапар", "Ержан", "Төлеу", "Қайрат", "Болат", "Мұрат")


class _Person(NamedTuple):
    first: str
    last: str
    female: bool


def _person(rng: random.Random, lang: str, female: bool | None = None) -> _Person:
    if female is None:
        female = rng.random() < 0.45
    if lang == "ru":
        first = rng.choice(_RU_FEMALE if female else _RU_MALE)
        if rng.random() < 0.12:
            return _Person(first, rng.choice(_RU_PATRONYMS) + ("кызы" if female else "улы"), female)
        return _Person(first, rng.choice(_RU_SURNAMES) + ("а" if female else ""), female)
    if lang == "en":
        first = rng.choice(_EN_FEMALE if female else _EN_MALE)
        if rng.random() < 0.12:
            return _Person(first, rng.choice(_EN_PATRONYMS) + ("kyzy" if female else "uly"), female)
        return _Person(first, rng.choice(_EN_SURNAMES) + ("a" if female else ""), female)
    first = rng.choice(_KK_FEMALE if female else _KK_MALE)
    if rng.random() < 0.12:
        return _Person(first, rng.choice(_KK_PATRONYMS) + ("қызы" if female else "ұлы"), female)
    return _Person(first, rng.choice(_KK_SURNAMES) + ("а" if female else ""), female)


def _name(p: _Person) -> str:
    return f"{p.first} {p.last}"


# Role words: Russian (masculine, feminine); Kazakh (bare, after a genitive owner).
_RU_ROLES = {
    "activist": ("активист", "активистка"),
    "civic": ("гражданский активист", "гражданская активистка"),
    "hrd": ("правозащитник", "правозащитница"), "blogger": ("блогер", "блогер"),
    "journalist": ("журналист", "журналистка"),
    "freelance": ("независимый журналист", "независимая журналистка"),
    "correspondent": ("корреспондент", "корреспондент"), "observer": ("наблюдатель", "наблюдатель"),
    "indep_observer": ("независимый наблюдатель", "независимый наблюдатель"),
    "member": ("член", "член"), "supporter": ("сторонник", "сторонница"),
    "director": ("директор", "директор"), "head": ("руководитель", "руководитель"),
    "lawyer": ("юрист", "юрист"), "chair": ("председатель", "председатель"),
    "editor": ("главный редактор", "главный редактор"), "leader": ("лидер", "лидер"),
    "coordinator": ("координатор", "координатор"), "advocate": ("адвокат", "адвокат"),
    "rep": ("представитель", "представитель"),
}
_KK_ROLES = {
    "activist": ("белсенді", "белсендісі"), "civic": ("азаматтық белсенді", "белсендісі"),
    "hrd": ("құқық қорғаушы", "құқық қорғаушысы"), "blogger": ("блогер", "блогері"),
    "journalist": ("журналист", "журналисі"), "freelance": ("тәуелсіз журналист", "журналисі"),
    "correspondent": ("тілші", "тілшісі"), "observer": ("бақылаушы", "бақылаушысы"),
    "indep_observer": ("тәуелсіз бақылаушы", "бақылаушысы"), "member": ("мүше", "мүшесі"),
    "supporter": ("жақтаушы", "жақтаушысы"), "director": ("директор", "директоры"),
    "head": ("басшы", "басшысы"), "lawyer": ("заңгер", "заңгері"), "chair": ("төраға", "төрағасы"),
    "editor": ("бас редактор", "бас редакторы"), "leader": ("көшбасшы", "көшбасшысы"),
    "coordinator": ("үйлестіруші", "үйлестірушісі"), "advocate": ("адвокат", "адвокаты"),
    "rep": ("өкіл", "өкілі"),
}


def _ru_person(p: _Person, role: str, affil: str = "") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Six case forms of "role [affiliation] First Last", and of the surname alone."""
    gender = "f" if p.female else "m"
    roles = _ru_np(_RU_ROLES[role][p.female], gender, animate=True)
    first = _ru_word(p.first, gender, animate=True, name="first")
    last = _ru_word(p.last, gender, animate=True, name="last")
    affil = f" {affil}" if affil else ""
    full = tuple(f"{roles[i]}{affil} {first[i]} {last[i]}" for i in range(6))
    return full, last


def _kk_person(p: _Person, role: str, affil_gen: str = "") -> str:
    bare, owned = _KK_ROLES[role]
    return f"{affil_gen} {owned} {_name(p)}" if affil_gen else f"{bare} {_name(p)}"


def _ru_pronouns(gender: str, prefix: str = "") -> dict[str, str]:
    forms = {"m": ("он", "его", "ему", "ним", "него"), "f": ("она", "её", "ей", "ней", "неё"),
             "n": ("оно", "его", "ему", "ним", "него")}[gender]
    keys = ("he", "his", "him_dat", "him_i", "him_p")
    return {prefix + k: v for k, v in zip(keys, forms, strict=True)}


_G_END = {"m": "", "f": "а", "n": "о"}   # сообщил{g}: сообщил, сообщила, сообщило
_G_SYA = {"m": "ся", "f": "ась", "n": "ось"}  # пожаловал{g_sya}: пожаловался, пожаловалась


# ---------------------------------------------------------------------------------------------
# Civic targets: the real ones from design/indicators.md and invented ones (tid "")


class _Org(NamedTuple):
    tid: str
    kind: str
    roles: tuple[str, ...]
    ru: tuple[str, ...]        # full name, six cases
    ru_g: str
    ru_short: tuple[str, ...]  # short name, six cases
    ru_gs: str
    kk: str                    # full name; its last word is possessive (қоры, бюросы, радиосы)
    kk_short: str
    kk_short_poss: bool


def _org(tid: str, kind: str, roles: str, ru: tuple[str, str, str], ru_short: tuple[str, str, str],
         kk: str, kk_short: str, kk_short_poss: bool = False) -> _Org:
    return _Org(tid, kind, tuple(roles.split()), _ru_np(ru[0], ru[1], ru[2]), ru[1],
                _ru_np(ru_short[0], ru_short[1], ru_short[2]), ru_short[1], kk, kk_short,
                kk_short_poss)


_NGO, _MEDIA, _PARTY = "ngo", "journalist_media", "movement_party"

_ORGS = (
    _org("kibhr", _NGO, "ngo",
         ("Казахстанское международное бюро", "n", " по правам человека и соблюдению законности"),
         ("КМБПЧ", "n", ""), "Қазақстан халықаралық адам құқықтары бюросы", "бюро"),
    _org("erkindik_kanaty", _NGO, "ngo obsorg",
         ("общественное объединение", "n", " «Еркіндік қанаты»"),
         ("объединение", "n", " «Еркіндік қанаты»"),
         "«Еркіндік қанаты» қоғамдық бірлестігі", "бірлестік"),
    _org("echo", _NGO, "ngo obsorg", ("общественный фонд", "m", " «Эхо»"), ("фонд", "m", " «Эхо»"),
         "«Эхо» қоғамдық қоры", "қор"),
    _org("ili", _NGO, "ngo", ("Международная правовая инициатива", "f", ""), ("МПИ", "f", ""),
         "«Халықаралық құқықтық бастама» қоғамдық қоры", "қор"),
    _org("legal_media_center", _NGO, "ngo",
         ("Правовой медиа-центр", "m", " (Legal Media Center)"), ("Правовой медиа-центр", "m", ""),
         "Legal Media Center қоғамдық қоры", "қор"),
    _org("medianet", _NGO, "ngo", ("Международный центр", "m", " журналистики MediaNet"),
         ("", "m", "MediaNet"), "MediaNet халықаралық журналистика орталығы", "орталық"),
    _org("factcheck_kz", _MEDIA, "media site", ("проект", "m", " Factcheck.kz"),
         ("", "m", "Factcheck.kz"), "Factcheck.kz басылымы", "басылым"),
    _org("demoscope", _NGO, "ngo pollster",
         ("бюро", "n", " оперативного мониторинга общественного мнения «Демоскоп»"),
         ("бюро", "n", " «Демоскоп»"), "«Демоскоп» қоғамдық пікірді жедел бақылау бюросы", "бюро"),
    _org("adil_soz", _NGO, "ngo", ("Международный фонд", "m", " защиты свободы слова «Адил соз»"),
         ("фонд", "m", " «Адил соз»"), "«Әділ сөз» халықаралық сөз бостандығын қорғау қоры", "қор"),
    _org("oyan_qazaqstan", _PARTY, "movement", ("движение", "n", " «Оян, Қазақстан»"),
         ("", "n", "«Оян, Қазақстан»"), "«Оян, Қазақстан» қозғалысы", "қозғалыс"),
    _org("ar_rukh_khak", _NGO, "ngo", ("общественный фонд", "m", " Ar.Rukh.Khak"),
         ("фонд", "m", " Ar.Rukh.Khak"), "Ar.Rukh.Khak қоғамдық қоры", "қор"),
    _org("hr_alliance", _NGO, "ngo", ("Альянс", "m", " правозащитников за фундаментальные права"),
         ("Альянс", "m", ""), "Іргелі құқықтар үшін құқық қорғаушылар альянсы", "альянс"),
    _org("dvk", _PARTY, "banned",
         ("движение", "n", " «Демократический выбор Казахстана» (ДВК)"), ("движение", "n", " ДВК"),
         "«Қазақстанның демократиялық таңдауы» (ҚДТ) қозғалысы", "ҚДТ қозғалысы", True),
    _org("koshe", _PARTY, "banned", ("движение", "n", " «Көше партиясы» («Уличная партия»)"),
         ("«Уличная партия»", "f", ""), "«Көше партиясы» қозғалысы", "қозғалыс"),
    _org("democratic_party", _PARTY, "party movement",
         ("Демократическая партия", "f", " Казахстана"),
         ("Демпартия", "f", ""), "Қазақстанның Демократиялық партиясы", "партия"),
    _org("alga", _PARTY, "party", ("партия", "f", " «Алга, Казахстан»"), ("партия", "f", " «Алга»"),
         "«Алға, Қазақстан» партиясы", "партия"),
    _org("azattyq_media", _MEDIA, "media site foreign_media", ("", "n", "Радио Азаттык"),
         ("Азаттык", "m", ""), "Азаттық радиосы", "Азаттық"),
    _org("vlast_media", _MEDIA, "media site", ("издание", "n", " Vlast.kz"), ("", "m", "Vlast.kz"),
         "Vlast.kz басылымы", "басылым"),
    _org("orda_kz", _MEDIA, "media site", ("интернет-издание", "n", " Orda.kz"),
         ("", "m", "Orda.kz"), "Orda.kz басылымы", "басылым"),
    _org("exclusive_kz", _MEDIA, "media site", ("журнал", "m", " Exclusive.kz"),
         ("", "m", "Exclusive.kz"), "Exclusive.kz журналы", "журнал"),
    # Invented organisations
    _org("", _NGO, "ngo newngo", ("общественный фонд", "m", " «Тең құқық»"),
         ("фонд", "m", " «Тең құқық»"), "«Тең құқық» қоғамдық қоры", "қор"),
    _org("", _NGO, "ngo newngo", ("общественное объединение", "n", " «Ашық дауыс»"),
         ("объединение", "n", " «Ашық дауыс»"), "«Ашық дауыс» қоғамдық бірлестігі", "бірлестік"),
    _org("", _NGO, "ngo newngo", ("правозащитный центр", "m", " «Қорған»"),
         ("центр", "m", " «Қорған»"), "«Қорған» құқық қорғау орталығы", "орталық"),
    _org("", _NGO, "ngo newngo", ("фонд", "m", " поддержки сельских инициатив «Ауыл үні»"),
         ("фонд", "m", " «Ауыл үні»"), "«Ауыл үні» ауылдық бастамаларды қолдау қоры", "қор"),
    _org("", _NGO, "ngo newngo", ("экологическое общество", "n", " «Жасыл Ертіс»"),
         ("общество", "n", " «Жасыл Ертіс»"), "«Жасыл Ертіс» экологиялық қоғамы", "қоғам"),
    _org("", _NGO, "ngo newngo obsorg",
         ("ассоциация", "f", " независимых наблюдателей «Адал сайлау»"),
         ("ассоциация", "f", " «Адал сайлау»"), "«Адал сайлау» тәуелсіз бақылаушылар қауымдастығы",
         "қауымдастық"),
    _org("", _NGO, "ngo pollster", ("исследовательский центр", "m", " «Қоғам пікірі»"),
         ("центр", "m", " «Қоғам пікірі»"), "«Қоғам пікірі» зерттеу орталығы", "орталық"),
    _org("", _NGO, "ngo newngo obsorg", ("общественное объединение", "n", " «Сайлаушы құқығы»"),
         ("объединение", "n", " «Сайлаушы құқығы»"), "«Сайлаушы құқығы» қоғамдық бірлестігі",
         "бірлестік"),
    _org("", _NGO, "ngo pollster", ("аналитическая группа", "f", " «Дерек»"),
         ("группа", "f", " «Дерек»"), "«Дерек» талдау тобы", "топ"),
    _org("", _MEDIA, "media site", ("газета", "f", " «Степной вестник»"),
         ("«Степной вестник»", "m", ""), "«Дала хабаршысы» газеті", "газет"),
    _org("", _MEDIA, "media site", ("интернет-издание", "n", " «Алаң»"),
         ("издание", "n", " «Алаң»"), "«Алаң» интернет-басылымы", "басылым"),
    _org("", _MEDIA, "media", ("YouTube-канал", "m", " «Жаңа толқын»"),
         ("канал", "m", " «Жаңа толқын»"), "«Жаңа толқын» YouTube-арнасы", "арна"),
    _org("", _MEDIA, "media site", ("газета", "f", " «Курьер Прииртышья»"),
         ("«Курьер", "m", " Прииртышья»"), "«Ертіс курьері» газеті", "газет"),
    _org("", _PARTY, "party", ("партия", "f", " «Халық үні»"), ("партия", "f", " «Халық үні»"),
         "«Халық үні» партиясы", "партия"),
    _org("", _PARTY, "movement", ("молодёжное движение", "n", " «Азат жастар»"),
         ("движение", "n", " «Азат жастар»"), "«Азат жастар» жастар қозғалысы", "қозғалыс"),
)
REAL_TARGETS = tuple(o.tid for o in _ORGS if o.tid)
_ORG_ROLES = ("ngo", "newngo", "obsorg", "pollster", "media", "site", "foreign_media", "party",
              "movement", "banned")
_ORGS_BY_ROLE = {role: tuple(o for o in _ORGS if role in o.roles) for role in _ORG_ROLES}
_PERSON_ROLES = ("activist", "journalist", "observer", "supporter")


# ---------------------------------------------------------------------------------------------
# Places and dates

# ru: nominative, genitive, dative, prepositional, region genitive, region dative; kk: name, region
_CAPITALS = {
    "Астана": ("Астана", "Астаны", "Астане", "Астане", "города Астаны", "городу Астане",
               "Астана", "Астана қаласы"),
    "Нур-Султан": ("Нур-Султан", "Нур-Султана", "Нур-Султану", "Нур-Султане", "города Нур-Султана",
                   "городу Нур-Султану", "Нұр-Сұлтан", "Нұр-Сұлтан қаласы"),
}
_CITIES = (
    ("Алматы", "Алматы", "Алматы", "Алматы", "города Алматы", "городу Алматы", "Алматы",
     "Алматы қаласы"),
    ("@capital",),
    ("Шымкент", "Шымкента", "Шымкенту", "Шымкенте", "города Шымкента", "городу Шымкенту",
     "Шымкент", "Шымкент қаласы"),
    ("Караганда", "Караганды", "Караганде", "Караганде", "Карагандинской области",
     "Карагандинской области", "Қарағанды", "Қарағанды облысы"),
    ("Уральск", "Уральска", "Уральску", "Уральске", "Западно-Казахстанской области",
     "Западно-Казахстанской области", "Орал", "Батыс Қазақстан облысы"),
    ("Актобе", "Актобе", "Актобе", "Актобе", "Актюбинской области", "Актюбинской области",
     "Ақтөбе", "Ақтөбе облысы"),
    ("Павлодар", "Павлодара", "Павлодару", "Павлодаре", "Павлодарской области",
     "Павлодарской области", "Павлодар", "Павлодар облысы"),
    ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорску", "Усть-Каменогорске",
     "Восточно-Казахстанской области", "Восточно-Казахстанской области", "Өскемен",
     "Шығыс Қазақстан облысы"),
    ("Атырау", "Атырау", "Атырау", "Атырау", "Атырауской области", "Атырауской области", "Атырау",
     "Атырау облысы"),
    ("Актау", "Актау", "Актау", "Актау", "Мангистауской области", "Мангистауской области", "Ақтау",
     "Маңғыстау облысы"),
    ("Костанай", "Костаная", "Костанаю", "Костанае", "Костанайской области", "Костанайской области",
     "Қостанай", "Қостанай облысы"),
    ("Тараз", "Тараза", "Таразу", "Таразе", "Жамбылской области", "Жамбылской области", "Тараз",
     "Жамбыл облысы"),
    ("Кызылорда", "Кызылорды", "Кызылорде", "Кызылорде", "Кызылординской области",
     "Кызылординской области", "Қызылорда", "Қызылорда облысы"),
    ("Жанаозен", "Жанаозена", "Жанаозену", "Жанаозене", "Мангистауской области",
     "Мангистауской области", "Жаңаөзен", "Маңғыстау облысы"),
    ("Петропавловск", "Петропавловска", "Петропавловску", "Петропавловске",
     "Северо-Казахстанской области", "Северо-Казахстанской области", "Петропавл",
     "Солтүстік Қазақстан облысы"),
    ("Семей", "Семея", "Семею", "Семее", "@abai", "@abai", "Семей", "@abai"),
    ("Талдыкорган", "Талдыкоргана", "Талдыкоргану", "Талдыкоргане", "@zhetisu", "@zhetisu",
     "Талдықорған", "@zhetisu"),
)
_CITY_WEIGHTS = (3, 3, 2) + (1,) * (len(_CITIES) - 3)
# Regions created on 8 June 2022: (before ru, before kk, after ru, after kk)
_NEW_REGIONS = {
    "@abai": ("Восточно-Казахстанской области", "Шығыс Қазақстан облысы", "области Абай",
              "Абай облысы"),
    "@zhetisu": ("Алматинской области", "Алматы облысы", "области Жетісу", "Жетісу облысы"),
}


def _capital(when: date) -> str:
    return "Нур-Султан" if date(2019, 3, 23) <= when < date(2022, 9, 17) else "Астана"


def _city(rng: random.Random, when: date) -> tuple[str, ...]:
    row = rng.choices(_CITIES, weights=_CITY_WEIGHTS)[0]
    if row[0] == "@capital":
        return _CAPITALS[_capital(when)]
    if row[4] in _NEW_REGIONS:
        before_ru, before_kk, after_ru, after_kk = _NEW_REGIONS[row[4]]
        new = when >= date(2022, 6, 8)
        ru, kk = (after_ru, after_kk) if new else (before_ru, before_kk)
        return (*row[:4], ru, ru, row[6], kk)
    return row


_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")
_RU_MONTHS_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь")
_SUBJECTS = {"ru": ("математика", "физика", "химия", "информатика", "биология"),
             "kk": ("математика", "физика", "химия", "информатика", "биология"),
             "en": ("mathematics", "physics", "chemistry", "computer science", "biology")}
_KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
              "қыркүйек", "қазан", "қараша", "желтоқсан")


def _ru_date(d: date, when: date) -> str:
    text = f"{d.day} {_RU_MONTHS[d.month - 1]}"
    return text if d.year == when.year else f"{text} {d.year} года"


def _kk_date(d: date, when: date) -> str:
    text = f"{d.day} {_KK_MONTHS[d.month - 1]}"
    return text if d.year == when.year else f"{d.year} жылғы {text}"


# Monthly calculation index (МРП / АЕК), tenge, by year
_MRP = {2018: 2405, 2019: 2525, 2020: 2778, 2021: 2917, 2022: 3063, 2023: 3450, 2024: 3692,
        2025: 3932, 2026: 4325}
# Rough yearly levels: tenge per US dollar, per euro, per rouble; Brent, USD per barrel
_MARKETS = {2018: (345, 405, 5.5, 71), 2019: (382, 428, 5.9, 64), 2020: (413, 472, 5.7, 42),
            2021: (426, 504, 5.8, 71), 2022: (460, 485, 6.8, 99), 2023: (456, 493, 5.3, 82),
            2024: (470, 508, 5.2, 80), 2025: (510, 560, 6.1, 68), 2026: (505, 570, 6.3, 65)}


def _by_year(table: dict, year: int):
    return table[min(max(year, min(table)), max(table))]


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _dec(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value).replace("-", "−")


# (low, high) daytime temperature by month, a rough Kazakhstan average
_TEMPS = ((-10, 0), (-8, 3), (-2, 10), (8, 19), (14, 25), (20, 31), (24, 35), (22, 33),
          (14, 25), (5, 15), (-4, 6), (-9, 1))
_RU_PRECIP = {"winter": ("снег", "небольшой снег", "гололёд и позёмка", "туман"),
              "spring": ("дождь", "мокрый снег", "дождь с грозой", "туман по утрам"),
              "summer": ("кратковременный дождь", "гроза", "сильный ветер и пыльная буря",
                         "жара без осадков"),
              "autumn": ("дождь", "туман", "мокрый снег", "заморозки по ночам")}
_KK_PRECIP = {"winter": ("қар", "аздап қар", "көктайғақ пен борасын", "тұман"),
              "spring": ("жаңбыр", "қар аралас жаңбыр", "найзағайлы жаңбыр", "таңертең тұман"),
              "summer": ("қысқа мерзімді жаңбыр", "найзағай", "қатты жел мен шаң дауылы",
                         "жауын-шашынсыз ыстық"),
              "autumn": ("жаңбыр", "тұман", "қар аралас жаңбыр", "түнде үсік")}
_SEASONS = ("winter",) * 2 + ("spring",) * 3 + ("summer",) * 3 + ("autumn",) * 3 + ("winter",)

_FOOTBALL = {"ru": ("«Кайрат»", "«Астана»", "«Тобол»", "«Ордабасы»", "«Актобе»", "«Шахтёр»",
                    "«Кайсар»", "«Жетысу»", "«Атырау»", "«Кызылжар»"),
             "kk": ("«Қайрат»", "«Астана»", "«Тобыл»", "«Ордабасы»", "«Ақтөбе»", "«Шахтер»",
                    "«Қайсар»", "«Жетісу»", "«Атырау»", "«Қызылжар»"),
             "en": ("Kairat", "Astana", "Tobol", "Ordabasy", "Aktobe", "Shakhter", "Kaisar",
                    "Zhetysu", "Atyrau", "Kyzylzhar")}
# eGov services, as their names appear on the portal
_SERVICES = {"ru": ("Регистрация по месту жительства", "Получение справки о несудимости",
                    "Постановка в очередь в детский сад", "Замена водительского удостоверения",
                    "Регистрация индивидуального предпринимателя",
                    "Выписка из реестра недвижимости", "Назначение пособия по уходу за ребёнком"),
             "kk": ("Тұрғылықты жері бойынша тіркеу", "Соттылығы жоқ екені туралы анықтама",
                    "Балабақшаға кезекке қою", "Жүргізуші куәлігін ауыстыру",
                    "Жеке кәсіпкерді тіркеу", "Жылжымайтын мүлік тізілімінен үзінді",
                    "Бала күтімі бойынша жәрдемақы тағайындау"),
             "en": ("Registration at the place of residence", "Certificate of no criminal record",
                    "Queueing for a kindergarten place", "Replacing a driving licence",
                    "Registering as a sole proprietor", "Extract from the property register",
                    "Childcare allowance")}
_HOCKEY = ("«Авангард»", "«Металлург»", "«Ак Барс»", "«Трактор»", "«Салават Юлаев»", "«Сибирь»",
           "«Автомобилист»", "«Торпедо»")

# Theme of a rally and of a critical post: ru (dative, genitive) / (prepositional);
# kk (phrase, possessive?)
_RU_RALLY = (("росту тарифов на коммунальные услуги", "роста тарифов на коммунальные услуги"),
             ("защите городского сквера от застройки", "защиты городского сквера от застройки"),
             ("освобождению политических заключённых", "освобождения политических заключённых"),
             ("проблемам обманутых дольщиков", "проблем обманутых дольщиков"),
             ("загрязнению воздуха в городе", "загрязнения воздуха в городе"),
             ("задержкам социальных выплат", "задержек социальных выплат"),
             ("поддержке независимых СМИ", "поддержки независимых СМИ"))
_KK_RALLY = (("коммуналдық тарифтердің өсуі", True), ("қала саябағын құрылыстан қорғау", False),
             ("саяси тұтқындарды босату талабы", True), ("алданған үлескерлердің мәселесі", True),
             ("қаладағы ауаның ластануы", True), ("әлеуметтік төлемдердің кешігуі", True),
             ("тәуелсіз БАҚ-ты қолдау", False))
_RU_POST = ("нехватке лекарств в районной больнице", "злоупотреблениях при распределении жилья",
            "задержках зарплат медиков", "загрязнении реки промышленными отходами",
            "сносе частных домов под застройку", "состоянии дорог в пригороде",
            "закупках местного акимата")
_KK_POST = (("аудандық ауруханадағы дәрі тапшылығы", True),
            ("баспана бөлудегі заң бұзушылықтар", False),
            ("дәрігерлердің жалақысының кешігуі", True),
            ("өзеннің өндіріс қалдықтарымен ластануы", True),
            ("жеке үйлердің құрылыс үшін бұзылуы", True),
            ("қала маңындағы жолдардың жай-күйі", True),
            ("жергілікті әкімдіктің мемлекеттік сатып алулары", True))
# Foreign countries for election news abroad: ru (prepositional, genitive); kk name
_RU_COUNTRIES = (("Монголии", "Монголии"), ("Кыргызстане", "Кыргызстана"),
                 ("Узбекистане", "Узбекистана"), ("Турции", "Турции"), ("Польше", "Польши"),
                 ("Германии", "Германии"), ("Молдове", "Молдовы"))
_KK_COUNTRIES = ("Моңғолия", "Қырғызстан", "Өзбекстан", "Түркия", "Польша", "Германия",
                 "Молдова")
_RU_ABROAD = ("Стамбул", "Тбилиси", "Бишкек", "Варшаву", "Вильнюс", "Ташкент", "Франкфурт")
_KK_ABROAD = ("Стамбұлға", "Тбилисиге", "Бішкекке", "Варшаваға", "Вильнюске", "Ташкентке",
              "Франкфуртқа")


# ---------------------------------------------------------------------------------------------
# Votes (design/indicators.md calendar; the indirect Senate vote is left out)


class _Vote(NamedTuple):
    day: date | None
    called: date
    ru: tuple[str, ...]
    kk: str
    kk_poss: bool
    ru_when: str = ""   # for a vote without a fixed day: "в августе"
    kk_when: str = ""   # and its month in Kazakh: "тамыз" (slots add the case: "тамызда")


def _ru_vybory(adjectives: str, tail: str) -> tuple[str, ...]:
    """Six case forms of "<plural adjectives> выборы<tail>"."""
    ends = {"ые": ("ые", "ых", "ым", "ые", "ыми", "ых"),
            "ие": ("ие", "их", "им", "ие", "ими", "их")}
    nouns = ("выборы", "выборов", "выборам", "выборы", "выборами", "выборах")
    words = [(w[:-2], ends[w[-2:]]) for w in adjectives.split()]
    return tuple(" ".join([stem + e[i] for stem, e in words] + [nouns[i]]) + tail
                 for i in range(6))


_VOTES = (
    _Vote(date(2019, 6, 9), date(2019, 4, 9), _ru_vybory("внеочередные президентские", ""),
          "кезектен тыс Президент сайлауы", True),
    _Vote(date(2021, 1, 10), date(2020, 10, 21), _ru_vybory("", " в Мажилис и маслихаты"),
          "Мәжіліс пен мәслихаттар депутаттарының сайлауы", True),
    _Vote(date(2022, 6, 5), date(2022, 5, 6),
          _ru_np("республиканский референдум", "m", " по поправкам в Конституцию"),
          "Конституцияға түзетулер жөніндегі республикалық референдум", False),
    _Vote(date(2022, 11, 20), date(2022, 9, 1), _ru_vybory("внеочередные президентские", ""),
          "кезектен тыс Президент сайлауы", True),
    _Vote(date(2023, 3, 19), date(2023, 1, 19),
          _ru_vybory("внеочередные", " в Мажилис и маслихаты"),
          "Мәжіліс пен мәслихаттарға кезектен тыс сайлау", False),
    _Vote(date(2024, 10, 6), date(2024, 9, 2), _ru_np("референдум", "m", " по строительству АЭС"),
          "атом электр станциясын салу жөніндегі референдум", False),
    _Vote(date(2026, 3, 15), date(2026, 2, 11), _ru_np("референдум", "m", " по новой Конституции"),
          "жаңа Конституция жөніндегі референдум", False),
    _Vote(None, date(2026, 3, 16), _ru_vybory("", " в Курултай"), "Құрылтай сайлауы", True,
          "в августе", "тамыз"),
)
_KURULTAI_MONTH = date(2026, 8, 1)
_BY_ELECTION = (_ru_vybory("дополнительные", " в маслихат"), "мәслихатқа қосымша сайлау", False)
_RURAL_AKIMS = (_ru_vybory("", " акимов сельских округов"), "ауылдық округ әкімдерінің сайлауы",
                True)


class _InPlay(NamedTuple):
    """The vote a story refers to, and whether it is before ("pre") or after ("post") it."""

    phase: str
    ru: tuple[str, ...]
    kk: str
    kk_poss: bool
    day: date | None
    ru_when: str
    kk_when: str


def _vote(rng: random.Random, when: date) -> _InPlay:
    """The campaign around ``when`` (design/indicators.md calendar); outside any campaign window,
    a local by-election or rural akim election, as happen all year round."""
    for v in _VOTES:
        if v.day is None:
            if v.called <= when < _KURULTAI_MONTH:
                return _InPlay("pre", v.ru, v.kk, v.kk_poss, None, v.ru_when, v.kk_when)
            continue
        if v.called <= when < v.day:
            return _InPlay("pre", v.ru, v.kk, v.kk_poss, v.day, "", "")
        if v.day <= when <= v.day + timedelta(days=10):
            return _InPlay("post", v.ru, v.kk, v.kk_poss, v.day, "", "")
    rural = when >= date(2021, 7, 25) and rng.random() < 0.5
    ru, kk, poss = _RURAL_AKIMS if rural else _BY_ELECTION
    if rng.random() < 0.5:
        return _InPlay("pre", ru, kk, poss, when + timedelta(days=rng.randint(5, 30)), "", "")
    return _InPlay("post", ru, kk, poss, when - timedelta(days=rng.randint(0, 2)), "", "")


# ---------------------------------------------------------------------------------------------
# Template tables: shapes


class _Tpl(NamedTuple):
    """One way of telling a pressure story: coherent titles, leads and opening paragraphs."""

    roles: tuple[str, ...]   # target roles it can be told about (see _ORG_ROLES, _PERSON_ROLES)
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple              # paragraphs, all used in order (str or _Dated)
    extra: tuple[str, ...]   # secondary categories
    also: tuple[str, ...]    # further target kinds involved
    phase: str               # election stories: "pre" or "post" vote, "" for either
    since: str
    until: str
    resp: tuple              # the state's response when the category's generic ones do not fit
    q: tuple                 # the target's own quotes when the category's generic ones do not fit


def _t(roles: str, titles, leads, body, extra: str = "", also: str = "", phase: str = "",
       since: str = "", until: str = "", resp: tuple = (), q: tuple = ()) -> _Tpl:
    return _Tpl(tuple(roles.split()), tuple(titles), tuple(leads), tuple(body),
                tuple(extra.split()), tuple(also.split()), phase, since, until, resp, q)


class _Bank(NamedTuple):
    """Everything for one category in one language."""

    templates: tuple[_Tpl, ...]
    q_org: tuple = ()    # quotes from the target organisation ("we")
    q_self: tuple = ()   # quotes from the target person ("I")
    q_adv: tuple = ()    # quotes from the target person's lawyer
    resp: tuple = ()     # the state body's response
    bg: tuple = ()       # background paragraphs


class _News(NamedTuple):
    """A neutral or hard-negative story type."""

    topic: str
    tags: tuple[str, ...]
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    first: tuple          # opening paragraphs (one is used)
    more: tuple           # further paragraphs (several are used, in table order)
    months: tuple[int, ...]  # publication months it fits; () for any
    phase: str            # "pre" or "post" the vote in play, "" for either
    since: str
    until: str


def _n(topic: str, tags: str, titles, leads, first, more, months: str = "", phase: str = "",
       since: str = "", until: str = "") -> _News:
    return _News(topic, tuple(tags.split("|")), tuple(titles), tuple(leads), tuple(first),
                 tuple(more), tuple(int(m) for m in months.split()), phase, since, until)


# ---------------------------------------------------------------------------------------------
# Russian pressure stories

_RU_FISCAL = _Bank(
    templates=(
        _t("ngo media",
           ("Налоговики направили уведомление {T_dat}",
            "{T_cap} получил{g} уведомление о нарушениях от органов госдоходов",
            "В {city_prep} налоговая служба предъявила претензии {T_dat}"),
           ("{on_day_cap} {T} сообщил{g}, что получил{g} уведомление от {dgd_gen}: ведомство "
            "считает, что в отчётности указаны недостоверные сведения.",),
           ("Уведомление датировано {past_date}. Налоговые инспекторы утверждают, что в отчёте о "
            "поступлении средств из иностранных источников неверно указаны суммы и назначение "
            "платежей. {Ts_cap} обязан{gs} устранить нарушения в течение {n_days_fix} рабочих "
            "дней, иначе материалы могут передать в суд по статье {art_fiscal} КоАП.",
            "В {Ts_prep} настаивают, что все отчёты сдавались вовремя и в установленной форме, а "
            "расхождение, по их мнению, связано с курсовой разницей при конвертации грантовых "
            "средств.")),
        _t("ngo media",
           ("Суд оштрафовал {T_acc} на {fine_kzt} тенге",
            "{T_cap} оштрафован{g} из-за претензий налоговиков",
            "Штраф в {fine_mrp} МРП: суд в {city_prep} наказал {T_acc}"),
           ("Специализированный административный суд {city_gen} наложил на {T_acc} штраф в "
            "размере {fine_mrp} МРП. Поводом стали претензии налоговой службы к отчётности.",
            "Штраф в {fine_mrp} месячных расчётных показателей назначен {T_dat} по итогам "
            "налоговой проверки, сообщил{spk_a} {spk}."),
           ("Административный протокол на {Ts_acc} составили сотрудники {dgd_gen}. По их данным, "
            "сведения о полученных грантах и их расходовании были поданы с нарушением сроков. "
            "Сумма штрафа составляет {fine_kzt} тенге, решение может быть обжаловано в течение "
            "десяти дней.",
            "Юристы {Ts_gen} уже готовят апелляционную жалобу. Они указывают, что налоговая служба "
            "не дала возможности исправить документы до составления протокола.")),
        _t("ngo",
           ("Работу {T_gen} приостановили на три месяца",
            "«Нам запретили работать»: деятельность {T_gen} приостановлена",
            "Суд в {city_prep} приостановил деятельность {T_gen}"),
           ("Суд {city_gen} по иску органов госдоходов приостановил деятельность {T_gen} на три "
            "месяца. Организации вменяют повторное нарушение требований к отчётности.",),
           ("На время приостановления {Ts} не вправе проводить мероприятия, пользоваться "
            "банковскими счетами и получать гранты. По словам сотрудников, под угрозой оказались "
            "текущие проекты, в том числе бесплатные юридические консультации для жителей "
            "{city_gen}.",
            "Повторным нарушением суд посчитал то, что организация не исправила сведения после "
            "первого уведомления {dgd_gen}, направленного {past_date}.")),
        _t("ngo media",
           ("В {T_prep} началась внеплановая налоговая проверка",
            "«Запросили документы за пять лет»: налоговики пришли с проверкой в {T_acc}",
            "Налоговая проверка в {city_prep}: под неё попал{g} {T}"),
           ("Сотрудники {dgd_gen} начали внеплановую проверку {T_gen}. Там её связывают с "
            "недавними публичными заявлениями своих сотрудников.",),
           ("Инспекторы запросили договоры, банковские выписки и отчёты за несколько лет, а также "
            "списки участников мероприятий. На подготовку документов дали {n_days_fix} дней. По "
            "данным {Ts_gen}, за последние два года это уже третья проверка; предыдущие не "
            "выявили серьёзных нарушений.",)),
        _t("ngo",
           ("Претензии от налоговиков получили не менее {n_ngos} НКО",
            "Органы госдоходов разослали уведомления сразу нескольким НКО, среди них {T}",
            "Волна налоговых уведомлений: под претензии попал{g} {T}"),
           ("Не менее {n_ngos} некоммерческих организаций за последние дни получили уведомления о "
            "нарушениях от налоговой службы. Среди них {T}.",),
           ("Почти все претензии касаются сведений о средствах, полученных от иностранных доноров. "
            "Уведомления приходят из разных регионов, но формулировки в них, по словам юристов, "
            "совпадают почти дословно.",
            "Правозащитники призвали {mior_acc} и Комитет государственных доходов разъяснить, чем "
            "вызвана массовая рассылка, и приостановить производство по делам до проверки.")),
        _t("ngo media",
           ("В органах госдоходов объяснили претензии к {T_dat}",
            "Налоговая служба: нарушения у {T_gen} выявлены в ходе камерального контроля"),
           ("В {dgd_prep} заявили, что претензии к {T_dat} не связаны с деятельностью "
            "организации, а выявлены автоматически в ходе камерального контроля.",),
           ("Как пояснили в ведомстве, система сопоставила данные банков и отчёты некоммерческих "
            "организаций и обнаружила расхождения. {Ts_cap}, по версии налоговиков, указал{gs} "
            "неверные суммы в нескольких разделах отчёта за {year} год.",
            "В самой организации с этим не согласны и считают претензии частью давления на "
            "независимые структуры. По закону за повторное нарушение грозит приостановление "
            "деятельности на срок до трёх месяцев.")),
        _t("ngo",
           ("Налоговики отменили штраф, наложенный на {T_acc}",
            "Штраф для {T_gen} отменён после протестов правозащитников"),
           ("Органы госдоходов отозвали претензии к {T_dat}: постановление о штрафе отменено, "
            "сообщили в организации.",),
           ("Штраф в размере {fine_mrp} МРП был наложен {past_date} за «недостоверные сведения» в "
            "отчёте. После этого {n_ngos} НКО и правозащитники выступили с совместным заявлением, "
            "назвав санкции давлением на гражданское общество.",
            "Несмотря на отмену, в {Ts_prep} говорят, что несколько недель работы были потеряны: "
            "банковские операции приостанавливались, а партнёры откладывали проекты.")),
        _t("ngo media",
           ("Счета {T_gen} заблокированы по требованию налоговиков",
            "{T_cap} лишен{g} доступа к банковским счетам"),
           ("Органы госдоходов ограничили расходные операции по счетам {T_gen}. Об этом там "
            "узнали, когда банк отказался проводить зарплатную ведомость.",),
           ("Распоряжение о приостановлении операций вынес {dgd}. Основанием стала неуплата "
            "штрафа в {fine_kzt} тенге, который {Ts} оспаривает в суде. Пока спор не рассмотрен, "
            "сотрудники не могут получить зарплату, а арендодатель уже направил претензию.",)),
    ),
    q_org=(
        "Мы сдаём отчётность с момента регистрации и ни разу не получали замечаний. Совпадение "
        "по времени с нашей правозащитной работой трудно считать случайным",
        "Претензии носят формальный характер, но последствия для небольшой организации очень "
        "серьёзные: штраф сопоставим с нашим месячным бюджетом",
        "Мы готовы показать каждый документ. Но когда проверки приходят одна за другой, работать "
        "становится невозможно",
        "Нас фактически наказывают за то, что мы получаем гранты, хотя закон этого не запрещает",
        "Мы будем отстаивать свою позицию, в том числе в суде, и просим коллег не молчать",
    ),
    resp=(
        "В {dgd_prep} заявили, что проверка проводится в плановом порядке и «не связана с "
        "характером деятельности организации».",
        "В Комитете государственных доходов Минфина {pub_dat} сообщили, что уведомления "
        "направляются всем налогоплательщикам, у которых выявлены расхождения, и что организации "
        "могут исправить сведения без штрафа в установленный срок.",
        "Редакция направила запрос в {dgd_acc}. На момент публикации ответ не получен.",
        "Официальный представитель {dgd_gen} отказался от комментариев, сославшись на налоговую "
        "тайну.",
    ),
    bg=(
        _d("Осенью 2020 года уведомления о нарушениях получили десятки некоммерческих организаций, "
           "а в январе 2021-го часть из них оштрафовали и приостановили. В начале февраля 2021 "
           "года санкции были отменены после критики внутри страны и за рубежом.", "2021-02-05"),
        _d("С осени 2020 года уведомления о нарушениях получили десятки некоммерческих "
           "организаций по всей стране; правозащитники называют происходящее самой масштабной "
           "волной претензий к НКО за последние годы.", "2020-10-15", "2021-02-05"),
        "С 2016 года НКО обязаны сообщать налоговым органам о получении денег и имущества из "
        "иностранных источников и об их расходовании. Правозащитники называют эти требования "
        "избыточными и указывают, что за ошибки в отчётах грозит штраф или приостановление "
        "деятельности.",
        "Статья 460-1 Кодекса об административных правонарушениях предусматривает штраф за "
        "нарушение порядка представления сведений о получении иностранных средств, а при "
        "повторном нарушении — приостановление деятельности на три месяца.",
        "Международные организации не раз призывали Казахстан пересмотреть требования к "
        "отчётности НКО, считая их инструментом давления на независимые организации.",
    ),
)

_RU_REGISTRATION = _Bank(
    templates=(
        _t("newngo",
           ("Департамент юстиции вернул документы {T_dat}",
            "{T_dat} снова не удалось зарегистрироваться в {city_prep}",
            "Регистрация {T_gen} сорвалась в {nth_prep} раз",
            "Регистрирующий орган в {city_prep} вновь нашёл ошибки в документах {T_gen}"),
           ("{justice_cap} вернул учредителям {T_gen} пакет документов на регистрацию. Это уже "
            "{nth} попытка получить официальный статус.",),
           ("Регистрирующий орган усмотрел несоответствия в уставе: по мнению чиновников, цели "
            "организации сформулированы «слишком широко», а в протоколе учредительного собрания "
            "неверно указан адрес. Учредители называют замечания надуманными и говорят, что "
            "устав составлен по типовой форме.",
            "Без регистрации организация не может открыть банковский счёт, заключать договоры и "
            "участвовать в грантовых конкурсах. Учредители намерены обжаловать отказ в суде.")),
        _t("newngo",
           ("«Придираются к запятым»: учредители {T_gen} рассказали об отказе в регистрации",
            "Учредители {T_gen} не могут зарегистрировать организацию {n_months} месяцев",
            "{n_months} месяцев без регистрации: {T} не может получить статус в {city_prep}"),
           ("{spk_cap} рассказал{spk_a}, что регистрирующий орган уже несколько раз возвращал "
            "документы, каждый раз находя новые замечания.",),
           ("По словам {again_spk_gen}, в первый раз чиновников не устроило название, во второй — "
            "состав учредителей, а в последний раз документы вернули из-за формулировки о "
            "«защите прав граждан в отношениях с государственными органами». Последний отказ "
            "{justice} направил {past_date}.",)),
        _t("ngo",
           ("Прокуратура потребовала ликвидировать {T_acc}",
            "Суд в {city_prep} рассмотрит иск о ликвидации {T_gen}",
            "Иск о ликвидации {T_gen} поступил в суд {city_gen}",
            "Ликвидация {T_gen}: суд назначил заседание на {future_date}"),
           ("Прокуратура {region_gen} обратилась в суд с иском о ликвидации {T_gen}. Заседание "
            "назначено на {future_date}.",),
           ("В иске говорится, что организация якобы ведёт деятельность, не предусмотренную "
            "уставом, и не устранила нарушения, выявленные при проверке. В {Ts_prep} считают, что "
            "реальная причина — публикации о нарушениях прав человека.",
            "Если суд удовлетворит иск, организацию исключат из реестра юридических лиц, а её "
            "имущество направят на погашение долгов.")),
        _t("ngo",
           ("{T_cap} не может пройти перерегистрацию",
            "Перерегистрация {T_gen} затянулась из-за претензий юстиции",
            "Смена адреса обернулась для {T_gen} {n_months}-месячной перерегистрацией"),
           ("{T_cap} уже {n_months} месяцев не может пройти перерегистрацию после смены "
            "юридического адреса: {justice} раз за разом находит ошибки в документах.",),
           ("Без перерегистрации организация формально продолжает работать, но не может обновить "
            "данные в банке и подать заявки на гранты. Юристы называют это «регистрационной "
            "ловушкой»: каждая новая подача означает новые сроки рассмотрения.",)),
        _t("party",
           ("Инициаторам {T_gen} не дали провести учредительный съезд в {city_prep}",
            "Учредительный съезд {T_gen} в {city_prep} сорван: залы отказываются от аренды",
            "Съезд {T_gen} не состоялся: в {city_prep} отказали уже три площадки"),
           ("Инициативная группа {T_gen} не смогла провести учредительный съезд в {city_prep}: "
            "три площадки подряд отказались от договора аренды в последний момент.",),
           ("По словам организаторов, владельцы залов ссылались на «технические причины» и "
            "ремонт, однако отказались объяснить это письменно. Без съезда партия не может подать "
            "документы в Министерство юстиции.",
            _d("По действующему закону для регистрации партии необходимо не менее 5 тысяч членов "
               "и филиалы во всех регионах. Прежде порог составлял 20 тысяч.", "2023-01-01"),
            _d("По действующему закону для регистрации партии необходимо собрать не менее 20 "
               "тысяч членов и открыть филиалы во всех регионах.", "", "2023-01-01"))),
        _t("party",
           ("Минюст отказал в регистрации {T_dat}: ответ пришёл {date}",
            "{nth_cap} попытка зарегистрировать {T_acc} закончилась отказом",
            "{nth_cap} заявка {T_gen} на регистрацию отклонена"),
           ("Министерство юстиции отказало в регистрации {T_dat}. В ведомстве указали на "
            "недостоверность сведений в списках членов партии.",),
           ("Чиновники утверждают, что часть людей из списков не подтвердила членство при "
            "проверке. Инициаторы партии говорят, что на их сторонников оказывали давление по "
            "месту работы, вынуждая отозвать подписи.",
            "Это уже не первая попытка зарегистрировать партию: предыдущие заявки также были "
            "отклонены по формальным основаниям.")),
        _t("party",
           ("Участие в незарегистрированной {T_prep} обернулось штрафами для {n_few} активистов",
            "В {city_prep} оштрафовали сторонников {T_gen}"),
           ("Суд {city_gen} оштрафовал {n_few} сторонников {T_gen} за участие в деятельности "
            "незарегистрированного объединения.",),
           ("Поводом стало собрание инициативной группы в частной квартире, на котором обсуждали "
            "подготовку к учредительному съезду. Полиция расценила встречу как деятельность "
            "незарегистрированной организации, запрещённую статьёй 489 КоАП. Каждому назначен "
            "штраф в {fine_mrp} МРП.",), also="activist"),
    ),
    q_org=(
        "Мы выполнили все требования закона, но каждый раз получаем новые замечания. Это не "
        "ошибка чиновников, а целенаправленная политика",
        "Нам говорят, что документы оформлены неправильно, но отказываются объяснить, как именно "
        "их нужно оформить",
        "Мы продолжим работать и будем добиваться регистрации всеми законными способами",
        "Право на объединение гарантировано Конституцией, а на практике его приходится выбивать "
        "через суды",
        "Регистрирующий орган превратился в фильтр, через который проходят только лояльные "
        "организации",
    ),
    resp=(
        "В Министерстве юстиции заявили, что решения о регистрации принимаются «строго в "
        "соответствии с законодательством», и предложили учредителям устранить замечания и "
        "подать документы повторно.",
        "В {justice_prep} {pub_dat} пояснили, что отказ не лишает заявителей права на повторное "
        "обращение.",
        "Запрос в Министерство юстиции остался без ответа.",
    ),
    bg=(
        "Правозащитники давно указывают на разрешительный характер регистрации общественных "
        "объединений и партий: формально отказ возможен только по закрытому перечню оснований, "
        "но на практике он трактуется широко.",
        "Независимые политологи отмечают, что за последние два десятилетия в Казахстане не "
        "удалось зарегистрировать ни одну оппозиционную партию, критически настроенную к власти.",
        "Деятельность от имени незарегистрированного объединения наказывается штрафом по статье "
        "489 КоАП, а повторное нарушение может повлечь административный арест.",
    ),
)

_RU_FOREIGN_FUNDING = _Bank(
    templates=(
        _t("ngo media",
           ("{T_cap} включен{g} в реестр получателей иностранных денег",
            "В реестр получателей денег из-за рубежа попал{g} {T}",
            "Реестр КГД: {T} среди получателей денег из-за рубежа",
            "{T_cap} узнал{g} о попадании в реестр иностранного финансирования {date}"),
           ("Имя {T_gen} появилось в опубликованном Комитетом государственных доходов реестре "
            "лиц, получающих деньги и имущество из иностранных источников.",
            "{on_day_cap} в {T_prep} узнали, что организация значится в реестре лиц, получающих "
            "деньги и имущество из иностранных источников.",),
           ("Реестр размещён на сайте КГД; в нём указаны наименования получателей, но не суммы и "
            "не цели финансирования. В {Ts_prep} говорят, что не получали никаких "
            "предварительных уведомлений о включении в список.",
            "Правозащитники опасаются, что сам факт попадания в реестр используется для "
            "стигматизации: в соцсетях список уже называют «перечнем иноагентов»."),
           since="2023-09-20"),
        _t("ngo media",
           ("«Это клеймо»: в {T_prep} прокомментировали попадание в список получателей "
            "иностранных средств",
            "После публикации реестра партнёры начали отказываться от работы с {T_ins}"),
           ("Спустя несколько дней после публикации реестра получателей иностранных средств у "
            "{T_gen} начались проблемы с арендой и партнёрскими проектами.",
            "Через несколько дней после публикации реестра партнёры в {city_prep} начали "
            "отказываться от совместной работы с {T_ins}.",),
           ("По словам сотрудников, арендодатель в {city_prep} потребовал досрочно расторгнуть "
            "договор, а два местных партнёра отказались от совместных мероприятий, опасаясь "
            "«политических последствий». Формально реестр не предусматривает никаких санкций.",),
           since="2023-09-25"),
        _t("ngo media activist",
           ("Депутат назвал {T_acc} «иностранным агентом»",
            "В мажилисе заговорили об «иноагентах» и упомянули {T_acc}",
            "«Иностранный агент»: в мажилисе раскритиковали {T_acc}"),
           ("Депутат мажилиса во время обсуждения поправок о некоммерческих организациях "
            "предложил ввести статус «иностранного агента» для получателей зарубежных грантов, "
            "приведя в пример {T_acc}.",),
           ("По словам парламентария, организации и активисты, получающие деньги из-за рубежа, "
            "«продвигают чужую повестку» и должны открыто маркировать свои публикации. "
            "Законопроекта пока нет, но инициатива вызвала широкую дискуссию.",),
           extra="smear"),
        _t("ngo",
           ("Поправки о зарубежном финансировании НКО: в {T_prep} ждут новых проверок",
            "Отчётность об иностранных грантах хотят ужесточить, {T} против",
            "Поправки о зарубежных грантах внесены в мажилис: {T} ждёт проверок"),
           ("В парламент внесены поправки, ужесточающие отчётность о средствах из иностранных "
            "источников. В {T_prep} считают, что под удар попадут организации, которые критикуют "
            "государственные органы.",
            "{on_day_cap} {T} выступил{g} с заявлением против внесённых в парламент поправок об "
            "отчётности по иностранным грантам.",),
           ("Документ предполагает ежеквартальную отчётность, расширение перечня сведений и "
            "публикацию данных о получателях. За нарушения предлагается приостанавливать "
            "деятельность без предварительного уведомления.",)),
        _t("media",
           ("{mior_cap} потребовало от {T_gen} раскрыть зарубежных доноров",
            "У {T_gen} запросили сведения об иностранном финансировании",
            "{T_dat} дали {n_days_fix} дней на раскрытие зарубежных доноров"),
           ("Из {mior_gen} в {T_acc} поступило письмо с требованием раскрыть источники "
            "иностранного финансирования.",
            "{mior_cap} дало {T_dat} {n_days_fix} дней, чтобы раскрыть источники иностранного "
            "финансирования.",),
           ("В письме просят предоставить договоры с донорами и сведения о тематике "
            "профинансированных материалов. Редакция считает требование вмешательством в "
            "редакционную политику и намерена ответить только в рамках закона.",)),
        _t("ngo",
           ("{T_dat} отказали в госгранте из-за «зарубежных денег»",
            "Заявку {T_gen} на госгрант отклонили из-за иностранных доноров",
            "В {city_prep} {T_dat} отказали в госгранте из-за иностранных доноров"),
           ("Оператор государственных грантов отклонил заявку {T_gen}, сославшись на то, что "
            "организация получает средства от иностранных доноров.",
            "{on_day_cap} {T} получил{g} отказ оператора государственных грантов: причиной назван "
            "зарубежный донор.",),
           ("Формально правила конкурса не запрещают участие таких организаций. Однако, как "
            "рассказали в {Ts_prep}, в устном разговоре им посоветовали «сначала отказаться от "
            "зарубежных партнёров».",)),
        _t("activist",
           ("{T_cap} обнаружил{g} себя в реестре иностранного финансирования",
            "В реестре получателей иностранных денег оказал{g_sya} {T}"),
           ("{T_cap} узнал{g} о включении в реестр получателей иностранных средств из "
            "социальных сетей.",),
           ("По {his} словам, единственным «иностранным источником» был гонорар за участие в "
            "международной конференции. {he_cap} не понимает, по каким критериям составлялся "
            "список, и опасается, что теперь к {him_dat} будут относиться как к «агенту».",),
           since="2023-09-20"),
        _t("ngo media",
           ("Банк задержал перевод зарубежного гранта {T_dat}",
            "Грант для {T_gen} застрял в банке на {n_weeks} недели"),
           ("Банк приостановил зачисление гранта от международного фонда на счёт {T_gen}, "
            "запросив дополнительные документы по линии финансового мониторинга.",
            "Один из банков {city_gen} уже {n_weeks} недели не зачисляет на счёт {T_gen} грант "
            "международного фонда.",),
           ("Такие проверки, по словам юристов, участились после того, как власти заговорили о "
            "«прозрачности иностранного финансирования». Перевод задержан уже на {n_weeks} "
            "недели, из-за чего сотрудники остались без зарплаты.",)),
    ),
    q_org=(
        "Мы никогда не скрывали наших доноров: все отчёты публикуются на сайте. Разговоры о "
        "«прозрачности» нужны не для прозрачности, а чтобы нас заклеймить",
        "Международные гранты — нормальная практика для некоммерческого сектора во всём мире. "
        "Государственных денег на правозащитную работу у нас просто нет",
        "Когда нас называют получателями «иностранных денег», люди начинают бояться приходить на "
        "наши мероприятия",
        "Риторика об «иностранных агентах» опасна: в соседних странах она закончилась законами, "
        "которые фактически уничтожили независимые организации",
    ),
    q_self=(
        "Я никогда не получал{g} зарплату от иностранных организаций. Такие ярлыки создают у "
        "людей впечатление, что я чей-то агент",
        "Я узнал{g} об этом от знакомых. Никто не потрудился спросить меня, откуда у меня деньги "
        "и есть ли они вообще",
    ),
    resp=(
        _d("В Комитете государственных доходов заявили, что реестр ведётся в соответствии с "
           "Налоговым кодексом и «не несёт негативных последствий» для включённых в него лиц.",
           "2023-09-20"),
        "В {mior_prep} подчеркнули, что государство не планирует вводить понятие «иностранный "
        "агент», а требования к отчётности направлены на обеспечение прозрачности.",
        "Официальных комментариев от государственных органов на момент публикации не поступило.",
    ),
    bg=(
        _d("Реестр лиц, получающих деньги и имущество из иностранных источников, Комитет "
           "государственных доходов опубликовал в сентябре 2023 года. В нём оказались сотни "
           "организаций и частных лиц, в том числе правозащитные и медийные.", "2023-09-21"),
        "В Казахстане нет закона об «иностранных агентах», однако в выступлениях депутатов и "
        "провластных блогеров этот термин звучит всё чаще.",
        "Требование отчитываться о получении средств из иностранных источников действует с 2016 "
        "года. Правозащитники считают его избыточным, поскольку гранты и так проходят банковский "
        "и налоговый контроль.",
        "Примеры соседних стран, где законы об иностранных агентах привели к закрытию десятков "
        "организаций, вызывают опасения у казахстанских НКО.",
    ),
)

_RU_STATION_RESP = (
    "Председатель участковой комиссии в разговоре с журналистами заявил, что наблюдатели «мешали "
    "работе комиссии».",
    "В избирательной комиссии {city_gen} пояснили, что наблюдатель нарушил порядок на участке, и "
    "сослались на Конституционный закон о выборах.",
)

_RU_POLL_RESP = (
    "В ЦИК пояснили, что требования к организациям, проводящим опросы, едины для всех и "
    "закреплены в законе.",
    "Редакция направила запрос в ЦИК, но ответа пока не получила.",
)

_RU_POLL_Q = (
    "Запреты на опросы лишают людей информации, а исследователей — возможности работать",
    "Мы публикуем методологию каждого исследования. Требования к нам меняются быстрее, чем мы "
    "успеваем их выполнять",
)

_RU_NOT_ADMITTED_Q = (
    "Все документы у меня были в порядке. Ответ «мест нет» — это не причина, которую знает закон",
    "Мне так и не объяснили, какое правило я нарушил{g}. У меня были все документы",
)

_RU_ELECTION = _Bank(
    templates=(
        _t("observer",
           ("Наблюдателя удалили с избирательного участка №{station} в {city_prep}",
            "{T_cap} заявил{g}, что {his} выгнали с участка во время подсчёта голосов"),
           ("{T_cap} был{g} удален{g} с избирательного участка №{station} в {city_prep} в день "
            "голосования на {vote_prep}.",),
           ("По словам наблюдателя, председатель участковой комиссии потребовал покинуть помещение "
            "после того, как {he} начал{g} снимать на телефон процесс подсчёта голосов. Члены "
            "комиссии сочли это «вмешательством в работу» и вызвали полицию.",),
           phase="post", resp=_RU_STATION_RESP),
        _t("observer",
           ("Наблюдателей не пустили на участки в {city_prep}",
            "«Сказали, что мест нет»: наблюдателей не допустили на участок №{station}",
            "{T_cap}: меня не пустили на участок №{station}"),
           ("{on_day_cap} несколько наблюдателей, в том числе {T}, не смогли попасть на "
            "избирательные участки в {city_prep}: члены комиссий ссылались на ошибки в "
            "направлениях.",),
           ("Наблюдателям объясняли, что направления оформлены не по форме, что на участке «уже "
            "достаточно наблюдателей» или что помещение слишком маленькое. Закон не устанавливает "
            "ограничений на число наблюдателей от разных организаций.",),
           phase="post", resp=_RU_STATION_RESP, q=_RU_NOT_ADMITTED_Q),
        _t("obsorg",
           ("{T_cap} зафиксировал{g} {n_many} нарушений прав наблюдателей",
            "Наблюдатели от {T_gen} сообщают о массовых ограничениях на участках",
            "Наблюдатели {T_gen} сообщили о нарушениях на {vote_prep} в {city_prep}"),
           ("По итогам дня голосования на {vote_prep} {T} сообщил{g} о {n_many} случаях, когда "
            "наблюдателям мешали работать.",
            "Наблюдатели {T_gen} зафиксировали в {city_prep} и других городах {n_many} нарушений "
            "в день голосования.",),
           ("Чаще всего наблюдателям запрещали фотографировать протоколы, не подпускали к столам "
            "во время подсчёта и удаляли с участков по решению комиссии. В ряде случаев, в том "
            "числе в {city_prep}, к наблюдателям вызывали полицию.",),
           phase="post", also="observer"),
        _t("observer",
           ("В {city_prep} задержали наблюдателя, снимавшего подсчёт голосов",
            "Наблюдатель с участка №{station} оказался в полиции"),
           ("{T_cap} был{g} доставлен{g} в отдел полиции прямо с избирательного участка "
            "№{station}, где {he} фиксировал{g} ход подсчёта голосов.",),
           ("В полиции на наблюдателя составили протокол о мелком хулиганстве. Коллеги считают, "
            "что задержание связано с попыткой получить копию итогового протокола.",),
           phase="post", extra="detention", resp=_RU_STATION_RESP),
        _t("obsorg",
           ("ЦИК оставил без рассмотрения жалобы наблюдателей {T_gen}",
            "Жалобы наблюдателей от {T_gen} отклонены",
            "ЦИК отклонил {n_few} жалоб наблюдателей после голосования на {vote_prep}"),
           ("Центральная избирательная комиссия не стала рассматривать по существу {n_few} жалоб "
            "наблюдателей от {T_gen}, поданных после голосования.",
            "{n_few} жалоб наблюдателей {T_gen}, поданных после голосования на {vote_prep}, ЦИК "
            "по существу рассматривать не стал.",),
           ("Наблюдатели указывали, что их удаляли с участков, не выдавали копии протоколов и не "
            "позволяли видеть бюллетени при подсчёте. В ЦИК ответили, что жалобы поданы с "
            "нарушением сроков.",),
           phase="post", also="observer"),
        _t("obsorg",
           ("{T_dat} отказали в аккредитации наблюдателей",
            "Наблюдатели от {T_gen} не получили аккредитацию к {vote_dat}",
            "Избирком {city_gen} не аккредитовал наблюдателей {T_gen}"),
           ("Избирательная комиссия {city_gen} отказала {T_dat} в аккредитации наблюдателей на "
            "{vote_acc}. Голосование пройдёт {vote_date}.",
            "Наблюдатели {T_gen} не смогут работать на {vote_prep}: избирком {city_gen} отказал в "
            "аккредитации.",),
           ("Комиссия сочла, что устав организации не предусматривает наблюдение за выборами. "
            "Юристы {Ts_gen} указывают, что закон позволяет направлять наблюдателей любому "
            "общественному объединению.",),
           phase="pre", also="observer"),
        _t("pollster",
           ("{T_dat} запретили публиковать результаты опроса перед {vote_ins}",
            "ЦИК вынес предупреждение {T_dat} за публикацию опроса перед {vote_ins}",
            "Опрос {T_gen} о настроениях в {city_prep} признан нарушением закона о выборах"),
           ("Центральная избирательная комиссия вынесла предупреждение {T_dat} за публикацию "
            "результатов опроса общественного мнения накануне голосования.",
            "{T_cap} получил{g} предупреждение ЦИК за публикацию опроса, проведённого в "
            "{city_prep}.",),
           ("По закону публиковать результаты опросов, связанных с выборами, могут только "
            "организации, аккредитованные при ЦИК, а в последние пять дней перед голосованием — "
            "никто. В {Ts_prep} настаивают, что исследование касалось не выборов, а социального "
            "самочувствия граждан.",),
           phase="pre", resp=_RU_POLL_RESP, q=_RU_POLL_Q),
        _t("pollster",
           ("{T_cap} не получил{g} аккредитацию для экзит-пола на {vote_prep}",
            "Независимого экзит-пола на {vote_prep} не будет: {T_dat} отказали",
            "{T_cap} остал{g_sya} без аккредитации на экзит-пол: голосование {vote_date}"),
           ("{T_cap} не получил{g} аккредитации для проведения экзит-пола на {vote_prep}. "
            "Голосование пройдёт {vote_date}.",
            "Голосование пройдёт {vote_date}, но экзит-пол {T_gen} проводить не разрешено: "
            "аккредитации нет.",),
           ("В ЦИК сослались на несоответствие требованиям к опыту проведения общенациональных "
            "исследований. В {Ts_prep} отмечают, что провели десятки опросов и публиковали "
            "методологию, и считают отказ способом оставить только «удобных» исследователей.",),
           phase="pre", resp=_RU_POLL_RESP, q=_RU_POLL_Q),
        _t("obsorg",
           ("Полиция пришла на тренинг для наблюдателей {T_gen} в {city_prep}",
            "Обучение наблюдателей в {city_prep} прервали полицейские",
            "Слушателей семинара {T_gen} в {city_prep} переписала полиция"),
           ("Семинар для наблюдателей, которых {T} готовит к {vote_dat}, прервали сотрудники "
            "полиции, потребовавшие показать документы участников.",
            "{on_day_cap} в {city_prep} полицейские прервали семинар для наблюдателей, который "
            "проводил{g} {T}.",),
           ("Полицейские переписали паспортные данные участников и спросили, кто финансирует "
            "обучение. Через день несколько слушателей сообщили организаторам, что отказываются от "
            "участия в наблюдении.",),
           phase="pre", extra="intimidation", also="observer"),
        _t("obsorg",
           ("{T_cap} раскритиковал{g} новые правила для наблюдателей на {vote_prep}",
            "Права наблюдателей на {vote_prep} урезаны, заявляют в {T_prep}",
            "Наблюдатели {T_gen} в {city_prep} жалуются на новые правила"),
           ("{T_cap} заявил{g}, что новые правила работы избирательных комиссий ограничивают права "
            "наблюдателей на {vote_prep}.",
            "{on_day_cap} {T} выступил{g} с заявлением о новых правилах, ограничивающих права "
            "наблюдателей.",),
           ("Речь идёт о запрете фото- и видеосъёмки на участке без согласия комиссии и о "
            "требовании заранее уведомлять о направлении наблюдателей. По мнению экспертов, это "
            "сужает возможности общественного контроля.",),
           also="observer"),
    ),
    q_org=(
        "Наблюдение — это законное право граждан. Когда наблюдателей не пускают к протоколам, у "
        "общества не остаётся способов проверить итоги",
        "Мы направили наблюдателей на {n_many} участков. Почти везде им так или иначе мешали "
        "работать",
        "Мы соблюдаем все требования закона и будем обжаловать каждое нарушение",
    ),
    q_self=(
        "Я просто хотел{g} видеть, как считают голоса, как и положено наблюдателю. Никаких правил "
        "я не нарушал{g}",
        "Мне так и не объяснили, какое правило я нарушил{g}. У меня были все документы",
    ),
    q_adv=(
        "Закон прямо гарантирует наблюдателю доступ на участок и к протоколам. Ни одного "
        "законного основания для таких действий не было",
    ),
    resp=(
        "В ЦИК заявили, что все обращения наблюдателей будут рассмотрены, а факты нарушений, если "
        "они подтвердятся, получат правовую оценку.",
        "В избирательной комиссии {city_gen} пояснили, что действовали в рамках Конституционного "
        "закона о выборах.",
        "Редакция направила запрос в ЦИК, но ответа пока не получила.",
    ),
    bg=(
        "По закону наблюдатель вправе присутствовать на участке с момента его открытия до "
        "подписания итогового протокола, знакомиться со списками избирателей и получать копию "
        "протокола.",
        "Независимые наблюдатели и на предыдущих выборах сообщали об удалении с участков и "
        "запретах на фото- и видеосъёмку. ЦИК, как правило, отвечает, что нарушения не повлияли "
        "на итоги.",
        "Публикация результатов опросов в последние пять дней перед голосованием в Казахстане "
        "запрещена, а проводить их в период выборов вправе лишь аккредитованные организации.",
    ),
)

_RU_POLICE_RESP = (
    "В {police_prep} заявили, что сотрудники действовали в рамках закона, и призвали граждан не "
    "участвовать в несанкционированных акциях.",
    "В полиции {city_gen} сообщили, что участников заранее предупредили о незаконности акции.",
)

_RU_ASSEMBLY = _Bank(
    templates=(
        _t("activist movement ngo",
           ("Акимат {city_gen} не согласовал митинг, заявленный {T_ins}",
            "{T_dat} отказали в проведении митинга в {city_prep}",
            "Акимат {city_gen} отказал {T_dat} в митинге {future_date}"),
           ("{akimat_cap} отказал {T_dat} в проведении мирного митинга, запланированного на "
            "{future_date}. Акция должна была быть посвящена {rally_dat}.",),
           ("В ответе акимата говорится, что на эту дату в специально отведённом месте уже "
            "запланировано другое мероприятие. Организаторы указывают, что получают подобные "
            "ответы не впервые: за последний год им отказывали {n_small} раза.",)),
        _t("activist movement",
           ("В {city_prep} разогнали несогласованный митинг",
            "Полиция пресекла акцию, организованную {T_ins} в {city_prep}"),
           ("{on_day_cap} полиция в {city_prep} пресекла акцию, организованную {T_ins}. По данным "
            "очевидцев, задержаны не менее {n_det} человек.",),
           ("Участники собрались на площади у здания акимата с плакатами, посвящёнными "
            "{rally_dat}. Через несколько минут к ним подошли полицейские и потребовали "
            "разойтись, сославшись на отсутствие согласования. Тех, кто отказался, посадили в "
            "автобусы.",),
           extra="detention", also="activist", resp=_RU_POLICE_RESP),
        _t("activist movement ngo",
           ("Прокуратура предостерегла {T_acc} от проведения митинга",
            "Организаторов акции в {city_prep} предупредили об ответственности",
            "{T_dat} пригрозили ответственностью за митинг {future_date}"),
           ("Прокуратура {region_gen} вынесла {T_dat} официальное предостережение о "
            "недопустимости проведения несогласованного митинга {future_date}.",),
           ("В документе говорится, что организаторам грозит ответственность по статье 488 КоАП, "
            "предусматривающей штраф или административный арест. Организаторы заявили, что "
            "рассчитывали на согласование, поскольку подали уведомление в срок.",)),
        _t("activist",
           ("Одиночный пикет у здания акимата {city_gen} закончился протоколом",
            "На {T_acc} составили протокол за одиночный пикет"),
           ("{T_cap} провел{g} одиночный пикет у здания {akimat_gen}, после чего полицейские "
            "составили на {him_p} административный протокол.",),
           ("{Ts_cap} держал{gs} плакат, посвящённый {rally_dat}. По закону даже одиночный пикет "
            "требует уведомления акимата, однако правозащитники считают такие ограничения "
            "несоразмерными.",)),
        _t("activist movement ngo",
           ("Митинг разрешили провести только на окраине {city_gen}",
            "Акимат предложил {T_dat} перенести акцию в «специально отведённое место»"),
           ("{akimat_cap} согласился допустить акцию {T_gen} только в специально отведённом месте "
            "на окраине города, вдали от центра.",),
           ("Организаторы называют это фактическим отказом: площадка, по их словам, находится в "
            "промышленной зоне, куда сложно добраться общественным транспортом.",
            _d("Закон о мирных собраниях, принятый в 2020 году, сохранил практику специально "
               "отведённых мест, хотя власти обещали отказаться от неё.", "2020-06-01"))),
        _t("activist movement",
           ("Организаторов митинга в {city_prep} оштрафовали",
            "Суд в {city_prep} наказал {T_acc} за «нарушение порядка проведения собрания»"),
           ("Административный суд {city_gen} назначил {T_dat} штраф в {fine_mrp} МРП по статье "
            "488 КоАП за организацию акции, которая прошла {past_date}.",),
           ("Акция проходила мирно, участники требовали обратить внимание властей на проблему "
            "{rally_gen}. Полиция не вмешивалась, но через несколько дней организаторов вызвали "
            "в отдел и составили протоколы.",)),
        _t("activist movement ngo",
           ("Площадь в центре {city_gen} оцепили перед заявленной акцией",
            "Собрание, которое готовил{g} {T}, не состоялось: площадь перекрыли"),
           ("Сотрудники полиции оцепили площадь, на которой {T} планировал{g} провести мирное "
            "собрание, и не пропускали туда прохожих.",),
           ("Утром у места сбора дежурили автобусы и полицейские машины. Тех, кто пытался пройти, "
            "просили показать документы и объяснить цель визита. Само собрание, посвящённое "
            "{rally_dat}, так и не состоялось.",), resp=_RU_POLICE_RESP),
    ),
    q_org=(
        "Мы подали уведомление в срок и выполнили все требования закона. Всё остальное — просто "
        "способ не дать людям высказаться",
        "Закон называется законом о мирных собраниях, но на практике он работает как закон о "
        "запрете собраний",
        "Мы будем обжаловать действия властей и снова подадим заявку",
    ),
    q_self=(
        "Я уведомил{g} акимат заранее, как требует закон. Всё, что было дальше, — попытка не дать "
        "людям высказаться",
        "Люди хотят, чтобы их услышали. Если площадь закрыта, остаются только социальные сети",
        "Я не собираюсь отказываться от своего права на мирное собрание",
    ),
    q_adv=(
        "Мирное собрание не требует разрешения — закон предусматривает уведомительный порядок. "
        "Запреты и наказания за мирные акции не соответствуют Конституции",
    ),
    resp=(
        "В {akimat_prep} пояснили, что заявление рассмотрено в установленные сроки и «в "
        "соответствии с законом о порядке организации и проведения мирных собраний».",
        "Редакция направила запрос в {akimat_acc}, но ответа пока не получила.",
        "Представитель акимата отказался комментировать ситуацию, сославшись на то, что решение "
        "уже направлено заявителю.",
    ),
    bg=(
        _d("Закон о мирных собраниях, принятый в 2020 году, заменил разрешительный порядок "
           "уведомительным, но правозащитники указывают, что акиматы по-прежнему могут отказать "
           "под разными предлогами.", "2020-06-01"),
        "Правозащитники фиксируют, что акиматы крупных городов отказывают в проведении "
        "большинства митингов, заявленных критически настроенными активистами.",
        "Участие в несогласованных акциях наказывается по статье 488 КоАП: предусмотрены "
        "предупреждение, штраф или административный арест.",
        _d("После январских событий 2022 года власти обещали упростить проведение мирных "
           "собраний, однако количество отказов, по данным мониторинга, заметно не уменьшилось.",
           "2022-03-01"),
    ),
)

_RU_DETENTION = _Bank(
    templates=(
        _t("activist journalist",
           ("В {city_prep} задержали {T_acc}", "{T_cap} задержан{g} у своего дома"),
           ("{on_day_cap} в {city_prep} полицейские задержали {T_acc}. Об этом сообщили {his} "
            "близкие.",),
           ("Задержание произошло утром у подъезда дома. Сотрудники в гражданской одежде не "
            "представились и не объяснили причину, а затем доставили {Ts_acc} в отдел полиции. "
            "Адвоката к {him_dat} пустили только через несколько часов.",)),
        _t("activist journalist",
           ("{T_cap} арестован{g} на {n_days_arrest} суток",
            "Суд в {city_prep} отправил {T_acc} под административный арест"),
           ("Суд {city_gen} назначил {T_dat} {n_days_arrest} суток административного ареста.",),
           ("Поводом стал пост в социальных сетях с призывом выйти на мирную акцию: суд расценил "
            "его как организацию несогласованного собрания по статье 488 КоАП. Защита просила "
            "ограничиться предупреждением, указывая, что акция так и не состоялась.",)),
        _t("movement",
           ("Задержаны активисты {T_gen}", "В {city_prep} полиция задержала участников {T_gen}"),
           ("{on_day_cap} в {city_prep} задержаны {n_small} участника {T_gen}, сообщили их "
            "соратники.",),
           ("Активистов задержали по пути на встречу с жителями района. Им вменяют участие в "
            "несанкционированном собрании, хотя, по словам соратников, никакой акции не "
            "планировалось.",),
           also="activist"),
        _t("journalist",
           ("{T_cap} задержан{g} во время работы",
            "Журналиста, снимавшего акцию в {city_prep}, доставили в полицию"),
           ("{T_cap} был{g} задержан{g} полицией, когда снимал{g} акцию протеста в {city_prep}.",),
           ("{Ts_cap} предъявил{gs} редакционное удостоверение, но полицейские заявили, что "
            "«разберутся в отделе». Через {n_hours} часа {Ts_acc} отпустили без составления "
            "протокола, но записи с камеры, по словам журналистов, были удалены.",),
           extra="media_pressure"),
        _t("activist",
           ("{T_cap} задержан{g} накануне заявленной акции",
            "Превентивное задержание: в {city_prep} задержали {T_acc}"),
           ("За день до запланированного митинга в {city_prep} полиция задержала {T_acc} — {he} "
            "значится среди организаторов акции.",),
           ("Правозащитники называют такую практику «превентивными задержаниями»: активистов "
            "доставляют в отделы полиции или арестовывают на несколько суток, чтобы не допустить "
            "их участия в протестах.",),
           extra="assembly"),
        _t("activist journalist",
           ("{T_cap} освобожден{g} после {n_days_arrest} суток ареста",
            "Спецприёмник {city_gen} покинул{g} {T}"),
           ("{T_cap} освобожден{g} из спецприёмника {city_gen}, где отбывал{g} административный "
            "арест.",),
           ("{Ts_cap} был{gs} задержан{gs} {past_date} и на следующий день арестован{gs} за "
            "участие в несогласованной акции. После освобождения {Ts} рассказал{gs}, что в "
            "спецприёмнике не разрешали звонить родственникам и адвокату.",)),
        _t("activist",
           ("{T_cap} доставлен{g} в полицию после публикации в соцсетях",
            "Видеообращение с критикой акимата закончилось для {T_gen} визитом в полицию"),
           ("{T_cap} доставлен{g} в отдел полиции {city_gen} после видеообращения, в котором "
            "критиковал{g} местные власти.",),
           ("В полиции {Ts_dat} сообщили, что проверяют публикацию на предмет «призывов к участию "
            "в несанкционированном мероприятии». Через несколько часов {Ts_acc} отпустили, взяв "
            "объяснительную.",)),
    ),
    q_org=(
        "Наших товарищей задерживают каждый раз, когда мы пытаемся выйти на улицу. Это не борьба "
        "с правонарушениями, а запугивание",
        "Мы требуем немедленно освободить задержанных и прекратить преследование за мирную "
        "гражданскую позицию",
    ),
    q_self=(
        "Меня задержали без всякого объяснения. В отделе несколько часов не давали позвонить "
        "адвокату",
        "Я ничего не нарушал{g} и не призывал{g} к насилию. Всё, что я делал{g}, — открыто "
        "высказывал{g} своё мнение",
        "Это давление, чтобы я замолчал{g}. Но я продолжу заниматься тем, чем занимаюсь",
    ),
    q_adv=(
        "{client_cap} задержан{g} с грубыми нарушениями процедуры: протокол составлен задним "
        "числом, а свидетели — сотрудники полиции",
        "Мы обжалуем постановление. Арест за мирное выражение мнения противоречит "
        "международным обязательствам Казахстана",
    ),
    resp=(
        "В {police_prep} подтвердили задержание и сообщили, что по факту проводится проверка.",
        "В полиции {city_gen} сообщили, что задержание произведено «в соответствии с законом», не "
        "уточнив его причины.",
        "В департаменте полиции от комментариев отказались.",
    ),
    bg=(
        "Административный арест за участие в несогласованных собраниях остаётся одной из самых "
        "распространённых мер в отношении гражданских активистов в Казахстане.",
        "Правозащитники указывают, что задержания активистов часто происходят накануне памятных "
        "дат и заявленных акций, а суды почти всегда встают на сторону полиции.",
        "Статья 488 КоАП о нарушении законодательства о мирных собраниях предусматривает "
        "наказание вплоть до административного ареста. Её чаще всего применяют к активистам.",
    ),
)

_RU_CRIMINAL = _Bank(
    templates=(
        _t("activist journalist",
           ("На {T_acc} завели уголовное дело о распространении ложной информации",
            "{T_cap} стал{g} фигурантом дела по статье 274 УК"),
           ("Полиция {city_gen} возбудила уголовное дело по статье 274 УК («Распространение "
            "заведомо ложной информации») в отношении {T_gen}.",),
           ("Поводом стала публикация в социальных сетях о {post_prep}. Следствие считает, что "
            "сведения не соответствуют действительности и «создали угрозу нарушения "
            "общественного порядка». Максимальное наказание по этой статье — до семи лет "
            "лишения свободы.",)),
        _t("supporter",
           ("Против {T_gen} возбуждено дело об участии в запрещённой организации",
            "{T_cap} обвиняется в участии в деятельности запрещённой организации"),
           ("В отношении {T_gen} возбуждено уголовное дело по статье 405 УК. Следствие считает, "
            "что {he} участвовал{g} в деятельности {A_gen}.",),
           ("Суд признал эту структуру экстремистской и запретил её в Казахстане. "
            "Доказательствами, "
            "по данным защиты, служат репосты видеороликов и участие в чатах в мессенджерах. Суд "
            "избрал меру пресечения в виде домашнего ареста на два месяца.",)),
        _t("activist journalist supporter",
           ("В квартире {T_gen} прошёл обыск", "Силовики провели обыск у {T_gen} в {city_prep}"),
           ("{on_day_cap} сотрудники полиции провели обыск в квартире {T_gen} в {city_prep} и "
            "изъяли телефоны и ноутбук.",),
           ("Обыск проводился в рамках уголовного дела, подробности которого не раскрываются. "
            "Родственники рассказали, что следственные действия длились несколько часов, а "
            "следователи интересовались перепиской с другими активистами.",)),
        _t("activist supporter",
           ("{T_cap} приговорен{g} к {years} годам ограничения свободы",
            "Суд в {city_prep} вынес приговор {T_dat}"),
           ("{court_cap} приговорил {T_acc} к {years} годам ограничения свободы по уголовному "
            "делу, которое правозащитники считают политически мотивированным.",),
           ("Кроме того, {Ts_dat} на {ban_years} года запрещено заниматься общественной "
            "деятельностью. Правозащитники внесли {Ts_acc} в список политических заключённых, "
            "защита намерена обжаловать приговор.",)),
        _t("ngo media",
           ("В офисе {T_gen} провели обыск по уголовному делу",
            "Следователи изъяли документы и компьютеры в {T_prep}"),
           ("Сотрудники финансовой полиции провели обыск в офисе {T_gen} в {city_prep}. Изъяты "
            "документы и компьютеры.",),
           ("По данным организации, обыск связан с уголовным делом о якобы нецелевом "
            "использовании средств. Руководство {Ts_gen} заявляет, что все расходы подтверждены "
            "отчётами для доноров, а изъятие техники фактически остановило работу.",)),
        _t("activist journalist",
           ("{T_cap} помещен{g} под домашний арест",
            "Суд в {city_prep} отправил {T_acc} под домашний арест на два месяца"),
           ("Следственный суд {city_gen} санкционировал домашний арест {T_gen} по делу о "
            "распространении заведомо ложной информации.",),
           ("Следствие просило отправить {Ts_acc} в следственный изолятор, однако суд ограничился "
            "домашним арестом. {he_cap} не может пользоваться интернетом и общаться с кем-либо, "
            "кроме близких родственников.",)),
        _t("activist journalist",
           ("{T_cap} стал{g} подозреваемым по делу о разжигании розни",
            "Уголовное дело по статье 174 УК возбуждено против {T_gen}"),
           ("{T_cap} признан{g} подозреваемым по статье 174 УК («Возбуждение социальной, "
            "национальной, родовой, расовой, сословной или религиозной розни»).",),
           ("Поводом послужили видеоролики, в которых {Ts} критиковал{gs} местных чиновников. "
            "Правозащитники неоднократно указывали, что понятие «социальная рознь» размыто и "
            "позволяет преследовать за критику власти.",)),
    ),
    q_org=(
        "Мы готовы представить любые документы. Уголовное дело выглядит как попытка "
        "парализовать работу организации",
        "Изъятие компьютеров фактически остановило нашу работу. Это и есть главная цель",
    ),
    q_self=(
        "Я говорил{g} только о том, что видел{g} своими глазами. Если это преступление, пусть суд "
        "это докажет",
        "Меня преследуют за слова, а не за поступки",
        "Я не собираюсь признавать вину в том, чего не совершал{g}",
    ),
    q_adv=(
        "Обвинение строится на лингвистической экспертизе, проведённой с нарушениями. Мы будем "
        "настаивать на повторной экспертизе",
        "Мы считаем дело политически мотивированным и будем обжаловать каждое процессуальное "
        "решение",
        "{client_cap} не совершал{g} никакого преступления: в деле нет ни одного доказательства, "
        "кроме публикаций в соцсетях",
    ),
    resp=(
        "В пресс-службе полиции {city_gen} подтвердили возбуждение уголовного дела, сославшись на "
        "тайну следствия.",
        "В прокуратуре {region_gen} заявили, что дело расследуется «в строгом соответствии с "
        "законом» и не связано с общественной деятельностью фигуранта.",
        "Следственные органы от комментариев отказались.",
    ),
    bg=(
        "Статья 274 Уголовного кодекса о распространении заведомо ложной информации "
        "неоднократно применялась против активистов и журналистов. Международные организации "
        "призывают Казахстан отменить её или сузить формулировки.",
        "Статья 405 УК об участии в деятельности запрещённой организации применяется в основном "
        "к сторонникам движений, признанных экстремистскими.",
        "Правозащитники ведут список лиц, которых считают политическими заключёнными; в нём — "
        "активисты, журналисты и сторонники запрещённых движений.",
    ),
)

_RU_SHUTDOWN_RESP = (
    "Операторы связи объяснили перебои «техническими работами» и перегрузкой сети.",
    _d("В Министерстве цифрового развития сообщили, что не получали жалоб на работу интернета в "
       "указанный период.", "2019-06-20"),
)

_RU_SITE_Q = (
    "Наши читатели пишут, что могут открыть сайт только через VPN. Мы продолжим работать и в этих "
    "условиях",
    "Блокировка сайта без решения суда и без объяснений — это цензура, как бы её ни называли",
    "Мы не получили ни одного официального уведомления. Никто не сказал, какой именно материал не "
    "понравился",
)

_RU_SHUTDOWN_Q = (
    "Отключение связи во время акции — способ лишить людей возможности рассказать о происходящем",
    "Люди пришли высказаться мирно, а их лишили даже возможности позвонить родным",
)

_RU_INTERNET = _Bank(
    templates=(
        _t("site ngo",
           ("Сайт {T_gen} недоступен в Казахстане",
            "Доступ к сайту {T_gen} ограничен без объяснения причин",
            "С {date} в Казахстане не открывается сайт {T_gen}"),
           ("С {date} пользователи в Казахстане не могут открыть сайт {T_gen} без VPN. Об этом "
            "сообщили представители {Ts_gen}.",
            "Сайт {T_gen} перестал открываться у казахстанских пользователей {date}; в {Ts_prep} "
            "говорят, что не получали никаких уведомлений.",),
           ("Проверка через нескольких провайдеров показала, что сайт не открывается у абонентов "
            "крупнейших операторов связи, тогда как из-за рубежа он доступен. Никаких "
            "уведомлений о блокировке {Ts} не получал{gs}.",), q=_RU_SITE_Q),
        _t("media",
           ("{mior_cap} ограничило доступ к публикации {T_gen}",
            "{T_dat} предписали удалить материал о {post_prep}"),
           ("По предписанию {mior_gen} ограничен доступ к материалу {T_gen} о {post_prep}. "
            "Редакция получила требование удалить публикацию.",),
           ("В предписании говорится, что материал содержит «информацию, распространение которой "
            "запрещено законом». Какой именно закон нарушен, не уточняется. В редакции заявили, "
            "что не будут удалять статью и обжалуют решение.",)),
        _t("movement activist",
           ("Во время акции в {city_prep} перестали работать мессенджеры",
            "Мобильный интернет в центре {city_gen} отключали во время митинга {date}"),
           ("Во время акции, заявленной {T_ins}, в центре {city_gen} пропал мобильный интернет, а "
            "мессенджеры и социальные сети работали с перебоями.",),
           ("Перебои начались примерно за полчаса до начала акции и продолжались около трёх "
            "часов. Журналисты не могли передавать фото и видео с места событий. Операторы связи "
            "ссылаются на «технические работы».",),
           also="journalist_media", resp=_RU_SHUTDOWN_RESP, q=_RU_SHUTDOWN_Q),
        _t("activist journalist",
           ("Блог {T_gen} заблокирован по решению суда",
            "Суд в {city_prep} признал запрещёнными материалы блога {T_gen}"),
           ("Суд {city_gen} по иску прокуратуры признал запрещёнными материалы блога {T_gen}, "
            "после чего доступ к нему был ограничен.",),
           ("В иске говорится, что в публикациях содержатся «призывы к нарушению общественного "
            "порядка». Автора блога о заседании не уведомили: {he} узнал{g} о решении, когда сайт "
            "перестал открываться.",)),
        _t("media",
           ("Видео {T_gen} скрыли от зрителей из Казахстана по запросу властей",
            "По требованию казахстанского ведомства ограничен доступ к ролику {T_gen}",
            "Ролик {T_gen} о {post_prep} недоступен в Казахстане"),
           ("Видеохостинг ограничил доступ из Казахстана к ролику {T_gen} после обращения "
            "казахстанского ведомства.",
            "По запросу {mior_gen} видеохостинг скрыл от зрителей из Казахстана ролик {T_gen} о "
            "{post_prep}.",),
           ("В уведомлении платформы говорится, что запрос поступил от {mior_gen} со ссылкой на "
            "местное законодательство. В ролике рассказывалось о {post_prep}.",)),
        _t("movement activist",
           ("Интернет в {city_prep} отключили на несколько часов",
            "В день акции в {city_prep} пропала связь",
            "В день акции {T_gen} в {city_prep} отключили интернет"),
           ("В {city_prep} на несколько часов был отключён мобильный и проводной интернет. Это "
            "произошло в день, когда {T} планировал{g} провести акцию.",),
           ("Пользователи сообщали о невозможности открыть любые сайты. Власти официально не "
            "объясняли причины отключения. Правозащитники напоминают, что полное отключение связи "
            "лишает людей доступа к информации и возможности сообщить о нарушениях.",),
           resp=_RU_SHUTDOWN_RESP, q=_RU_SHUTDOWN_Q),
        _t("site",
           ("Власти заблокировали зеркала сайта {T_gen}",
            "После основного сайта {T_gen} перестали открываться и его зеркала",
            "Зеркала сайта {T_gen} недоступны с {date}"),
           ("Через несколько дней после блокировки основного сайта {T_gen} в Казахстане перестали "
            "открываться и его зеркала.",
            "{on_day_cap} в Казахстане перестали открываться зеркала сайта {T_gen}, "
            "заблокированного ранее.",),
           ("Читателям приходится использовать VPN и мобильные приложения. В {Ts_prep} отмечают, "
            "что посещаемость из Казахстана за неделю снизилась почти вдвое.",), q=_RU_SITE_Q),
    ),
    q_org=(
        "Мы не получили ни одного официального уведомления. Никто не сказал, что именно не "
        "понравилось",
        "Ограничивать доступ к информации без решения суда и без объяснений — это цензура, как бы "
        "её ни называли",
    ),
    q_self=(
        "Я узнал{g} о блокировке от подписчиков. Никакого решения суда мне не показывали",
        "Блокировка — это признание того, что на мои вопросы нечего ответить",
    ),
    resp=(
        "В {mior_prep} заявили, что ограничение доступа произведено «в соответствии с законом о "
        "связи» по требованию уполномоченного органа.",
        "Редакция направила запрос в {mior_acc}, ответ пока не получен.",
    ),
    bg=(
        _d("Казахстан неоднократно ограничивал доступ к социальным сетям и новостным сайтам во "
           "время протестов и выборов. В январе 2022 года интернет был отключён по всей стране на "
           "несколько дней.", "2022-01-15"),
        "Закон о связи позволяет приостанавливать работу сетей и средств связи в случаях, когда "
        "они используются «в преступных целях», без решения суда. Правозащитники считают эту "
        "норму слишком широкой.",
        "Для обхода блокировок казахстанские пользователи всё чаще используют VPN-сервисы.",
    ),
)

_RU_MVD_RESP = (
    "В пресс-службе МВД заявили, что сотрудники полиции действовали в рамках закона, а журналисты "
    "могут обжаловать их действия в установленном порядке.",
    "В {police_prep} сообщили, что проводят проверку по обращению журналистов.",
)

_RU_ACCREDITATION_Q = (
    "Отказ в аккредитации без объяснения причин противоречит закону о средствах массовой "
    "информации",
    "Нам не объяснили ни одной причины. Это попытка выбирать, какие журналисты будут задавать "
    "вопросы",
)

_RU_RAID_Q = (
    "Изъятая техника — это наши архивы и источники. Мы требуем вернуть её немедленно",
    "Это попытка наказать редакцию за неудобные публикации. Мы будем защищать своих журналистов",
)

_RU_ON_DUTY_Q = (
    "Я выполнял{g} свою работу и показывал{g} удостоверение. Меня просто не захотели слушать",
    "Если журналиста можно не пустить на открытое заседание, то о какой открытости судов можно "
    "говорить",
)

_RU_LAWSUIT_Q = (
    "Я не собираюсь удалять материал: в нём нет ни слова неправды",
    "Мы проверили каждый факт в публикации и готовы доказать это в суде",
)

_RU_MEDIA = _Bank(
    templates=(
        _t("foreign_media",
           ("МИД отказал в аккредитации {n_small} журналистам {T_gen}",
            "Ещё {n_small} сотрудника {T_gen} остались без аккредитации в {city_prep}",
            "МИД не продлил аккредитацию {n_small} журналистам {T_gen}",
            "Журналисты {T_gen} в {city_prep} остались без аккредитации МИД"),
           ("Министерство иностранных дел отказало в аккредитации {n_small} сотрудникам {T_gen}, "
            "не объяснив причин.",
            "{on_day_cap} стало известно, что МИД не продлил аккредитацию {n_small} журналистам "
            "{T_gen}.",),
           ("Без аккредитации журналисты зарубежного СМИ не могут официально работать в "
            "Казахстане. В редакции говорят, что документы были поданы вовремя и в полном "
            "объёме, а отказы приходят без мотивировки.",), q=_RU_ACCREDITATION_Q),
        _t("media journalist",
           ("{T_dat} отказали в аккредитации в мажилисе",
            "Пресс-служба мажилиса не аккредитовала {T_acc}",
            "«Квота исчерпана»: {T_dat} отказали в аккредитации в мажилисе"),
           ("Пресс-служба мажилиса отказала в аккредитации {T_dat}, сославшись на «превышение "
            "квоты» для СМИ.",),
           ("Без аккредитации журналисты не могут присутствовать на пленарных заседаниях и "
            "брифингах. Ранее {Ts} публиковал{gs} критические материалы о работе депутатов.",),
           q=_RU_ACCREDITATION_Q),
        _t("journalist",
           ("{T_dat} не дали снимать в здании суда в {city_prep}",
            "Журналиста не пустили на открытое заседание суда в {city_prep}"),
           ("{T_cap} сообщил{g}, что {his} не пустили на открытое судебное заседание в "
            "{city_prep} и потребовали удалить видеозапись из коридора суда.",),
           ("Судебный пристав заявил, что съёмка в здании запрещена, хотя процесс был объявлен "
            "открытым. {Ts_cap} намерен{gs} обжаловать действия пристава и обратиться в "
            "прокуратуру.",), q=_RU_ON_DUTY_Q),
        _t("media",
           ("В редакции {T_gen} прошли следственные действия",
            "Полиция изъяла технику в редакции {T_gen} {date}",
            "В {city_prep} полиция пришла в редакцию {T_gen}"),
           ("{on_day_cap} сотрудники полиции пришли в редакцию {T_gen} в {city_prep} и изъяли "
            "компьютеры и жёсткие диски.",),
           ("Следователи сообщили, что действия проводятся в рамках проверки по заявлению о "
            "клевете. Журналисты говорят, что изъятие техники фактически парализовало выпуск "
            "новостей.",), resp=_RU_MVD_RESP, q=_RU_RAID_Q),
        _t("media journalist",
           ("Чиновник потребовал от {T_gen} {claim} млн тенге за публикацию",
            "Иск о защите чести: аким района {city_gen} судится с {T_ins}"),
           ("Аким одного из районов {city_gen} подал иск о защите чести и достоинства к {T_dat} "
            "после публикации о {post_prep}.",),
           ("Истец требует опровергнуть материал и выплатить {claim} млн тенге морального вреда. "
            "Правозащитники называют такие иски способом давления на редакции: даже проигранное "
            "дело может разорить небольшое издание.",), q=_RU_LAWSUIT_Q),
        _t("journalist",
           ("У {T_gen} изъяли телефон после съёмки у акимата",
            "Полицейские забрали телефон у журналиста в {city_prep}"),
           ("Полицейские изъяли мобильный телефон у {T_gen} во время съёмки у здания "
            "{akimat_gen}.",),
           ("Телефон вернули только через {n_small} дня, предварительно, по словам {Ts_gen}, "
            "просмотрев фотографии и переписку. Статья 158 УК предусматривает ответственность за "
            "воспрепятствование законной профессиональной деятельности журналиста.",),
           resp=_RU_MVD_RESP, q=_RU_ON_DUTY_Q),
        _t("media",
           ("Корреспондента {T_gen} не пустили на брифинг в акимате",
            "{T_cap} пожаловал{g_sya} на недопуск журналиста к брифингу",
            "Акимат {city_gen} не пустил корреспондента {T_gen} на брифинг"),
           ("Корреспондента {T_gen} не допустили на брифинг в {akimat_prep}, хотя редакция "
            "заранее направила заявку.",),
           ("Сотрудник пресс-службы заявил, что «список участников уже утверждён». При этом, по "
            "данным редакции, на брифинг пропустили представителей других, лояльных акимату "
            "СМИ.",)),
    ),
    q_org=(
        "Мы продолжаем работать и выполнять свой профессиональный долг, несмотря ни на что",
        "Это попытка наказать редакцию за неудобные публикации. Мы будем защищать своих "
        "журналистов",
    ),
    q_self=(
        "Я буду и дальше заниматься журналистикой, что бы ни происходило",
        "Работа журналиста — задавать вопросы. Похоже, именно это кому-то и не нравится",
    ),
    resp=(
        "В {mior_prep} пообещали разобраться в ситуации и напомнили о недопустимости "
        "воспрепятствования работе журналистов.",
        "Представители ведомства на запрос редакции не ответили.",
    ),
    bg=(
        "Мониторинговые организации ежегодно фиксируют десятки случаев воспрепятствования работе "
        "журналистов в Казахстане: их не пускают на мероприятия, задерживают на акциях, "
        "отказывают в информации.",
        _d("Новый закон о масс-медиа, вступивший в силу в 2024 году, изменил правила "
           "аккредитации журналистов, в том числе представителей иностранных СМИ.", "2024-07-01"),
        "Статья 158 Уголовного кодекса предусматривает ответственность за воспрепятствование "
        "законной профессиональной деятельности журналиста, однако дела по ней возбуждаются "
        "редко.",
    ),
)

_RU_SMEAR = _Bank(
    templates=(
        _t("ngo media activist journalist",
           ("Госканал обвинил {T_acc} в работе «на иностранные гранты»",
            "В эфире телеканала {T_acc} назвали «деструктивной силой»"),
           ("Государственный телеканал показал сюжет, в котором {T} представлен{g} как часть "
            "сети, якобы «подрывающей стабильность» на иностранные деньги.",),
           ("Авторы сюжета не обратились к героям за комментарием. В кадре использованы "
            "фрагменты выступлений и фотографии из социальных сетей, сопровождаемые словами о "
            "«грантоедах» и «цветных революциях».",)),
        _t("ngo activist",
           ("Анонимные Telegram-каналы развернули кампанию против {T_gen}",
            "Против {T_gen} запустили серию порочащих публикаций"),
           ("В течение недели в анонимных Telegram-каналах вышло более {n_people} публикаций, в "
            "которых {T} обвиняется в «работе на зарубежных кураторов».",),
           ("Исследователи цифровых медиа считают, что кампания носит скоординированный "
            "характер: одни и те же тексты распространяются десятками аккаунтов, созданных в "
            "последние месяцы.",)),
        _t("ngo activist media",
           ("Депутат назвал {T_acc} «пятой колонной»",
            "С трибуны мажилиса прозвучали обвинения в адрес {T_gen}"),
           ("Выступая в мажилисе, один из депутатов обвинил {T_acc} в продвижении «чуждых "
            "ценностей» и призвал проверить источники финансирования.",),
           ("По словам парламентария, подобные организации и активисты «работают против "
            "национальных интересов». Коллеги по фракции его поддержали, но на вопросы "
            "журналистов о конкретных фактах депутат отвечать отказался.",)),
        _t("ngo activist",
           ("«Грантоеды»: провластные блогеры атаковали {T_acc}",
            "Блогеры назвали {T_acc} «агентами влияния»"),
           ("Несколько популярных блогеров, известных лояльностью к власти, опубликовали ролики, "
            "в которых называют {T_acc} «грантоедами» и «агентами влияния».",),
           ("В роликах используются фотографии и сведения о личной жизни. После публикаций в "
            "адрес {T_gen} в комментариях стали поступать оскорбления и угрозы.",),
           extra="foreign_funding"),
        _t("activist journalist",
           ("Против {T_gen} распространяют поддельное видео",
            "Смонтированный ролик с {T_ins} разошёлся по соцсетям"),
           ("В социальных сетях распространяется смонтированное видео, в котором {T} якобы "
            "призывает к беспорядкам. {Ts_cap} называет ролик фальшивкой.",),
           ("Специалисты по проверке фактов обнаружили в видео признаки монтажа: фрагменты взяты "
            "из разных выступлений, записанных в разные годы. Ролик распространялся в основном "
            "анонимными аккаунтами.",)),
        _t("ngo media",
           ("{mior_cap} упомянуло {T_acc} в докладе о «деструктивных» организациях",
            "{T_cap} попал{g} в список организаций, «формирующих негативный образ страны»"),
           ("В докладе, представленном на заседании общественного совета при {mior_prep}, {T} "
            "упоминается среди организаций, которые «формируют негативный образ страны».",),
           ("Доклад не содержит конкретных обвинений в нарушении закона. Тем не менее, по словам "
            "представителей {Ts_gen}, после его публикации несколько государственных партнёров "
            "отказались от совместных проектов.",)),
        _t("activist journalist media",
           ("Провластный сайт обвинил {T_acc} в связях с «зарубежными спонсорами»",
            "«Расследование» без доказательств: {T_acc} обвинили в работе на беглых "
            "оппозиционеров"),
           ("Провластный новостной сайт опубликовал материал, в котором {T} обвиняется в связях с "
            "«зарубежными спонсорами» и беглыми оппозиционерами.",),
           ("Статья не подписана, а в качестве доказательств приводятся скриншоты переписки, "
            "происхождение которых не раскрывается. {Ts_cap} намерен{gs} подать иск о защите "
            "чести и достоинства.",)),
    ),
    q_org=(
        "Нас называют «грантоедами», но не приводят ни одного факта. Это попытка заставить людей "
        "бояться нас",
        "Такие кампании не случайны: они всегда начинаются перед важными политическими событиями",
        "Мы открыты: наши отчёты и источники финансирования опубликованы на сайте",
    ),
    q_self=(
        "Меня пытаются выставить врагом собственной страны только за то, что я задаю неудобные "
        "вопросы",
        "После этих публикаций мне стали писать с угрозами. Я сохраняю все сообщения и передам их "
        "в полицию",
        "Я не собираюсь оправдываться за ложь. Пусть авторы докажут свои обвинения в суде",
    ),
    resp=(
        "Авторы публикаций на запросы журналистов не ответили.",
        "В {mior_prep} заявили, что государство не вмешивается в редакционную политику СМИ и "
        "блогеров.",
        "Опрошенные журналистами юристы отмечают, что доказать заказной характер подобных "
        "кампаний крайне сложно.",
    ),
    bg=(
        "Ярлыки «грантоеды», «пятая колонна» и «агенты влияния» регулярно появляются в "
        "провластных медиа и социальных сетях, когда речь заходит о независимых НКО и "
        "активистах.",
        "Исследователи отмечают, что кампании по дискредитации часто предшествуют "
        "административному или уголовному преследованию.",
    ),
)

_RU_SUMMONS_Q = (
    "Я не знаю, в каком статусе меня допрашивали. Мне не дали даже копию протокола",
    "Мне прямо дали понять, что если я продолжу, будут последствия. Но я не делаю ничего "
    "незаконного",
)

_RU_RELATIVES_Q = (
    "Самое неприятное — когда начинают давить на родных. Это удар ниже пояса",
    "Я не делаю ничего незаконного и не собираюсь прятаться",
)

_RU_INTIMIDATION = _Bank(
    templates=(
        _t("activist journalist",
           ("{T_cap} вызван{g} в КНБ", "КНБ вызвал {T_acc} на допрос"),
           ("{T_cap} получил{g} повестку в {dknb_acc}. Причину вызова в документе не указали.",),
           ("На допросе, который длился около {n_hours} часов, {Ts_acc} расспрашивали о знакомых "
            "активистах, поездках за границу и источниках дохода. Статус {Ts_gen} в деле так и "
            "не разъяснили.",), q=_RU_SUMMONS_Q),
        _t("activist journalist",
           ("С {T_ins} провели «профилактическую беседу»",
            "Полиция пришла к {T_dat} «на беседу» накануне акции"),
           ("Участковый инспектор и сотрудник в штатском пришли домой к {T_dat} и провели с "
            "{him_i} «профилактическую беседу» о недопустимости участия в несанкционированных "
            "акциях.",),
           ("По словам {Ts_gen}, полицейские попросили подписать бумагу о том, что {he} "
            "«предупрежден{g} об ответственности». Похожие визиты, по данным правозащитников, "
            "получили и другие активисты {city_gen}.",),
           resp=("В полиции заявили, что профилактические беседы проводятся «в целях "
                 "предупреждения "
                 "правонарушений» и не являются мерой давления.",)),
        _t("activist journalist",
           ("{T_dat} запретили выезд из Казахстана",
            "{T_acc_cap} не выпустили из страны в аэропорту {city_gen}"),
           ("Пограничники в аэропорту {city_gen} не пропустили {T_acc} на рейс в {abroad}, "
            "сообщив о временном ограничении на выезд.",),
           ("Ограничение, как выяснилось, было наложено в рамках исполнительного производства по "
            "давно оплаченному штрафу. {Ts_cap} считает, что поводом стала поездка на "
            "международную конференцию по правам человека.",)),
        _t("activist journalist",
           ("{T_cap} заявил{g} о слежке", "За {T_ins} следят неизвестные, заявляет {he}"),
           ("{T_cap} заявил{g}, что уже несколько недель за {him_i} следят люди в гражданской "
            "одежде.",),
           ("По словам {Ts_gen}, одна и та же машина без номеров дежурит у дома, а на встречи с "
            "источниками приходят незнакомые люди и фотографируют участников. Обращение в "
            "полицию пока результата не дало.",)),
        _t("ngo",
           ("Родственников сотрудников {T_gen} вызывают «на беседы»",
            "В {T_prep} жалуются на давление на родных сотрудников"),
           ("Сотрудники {T_gen} сообщают, что их родственников вызывают в акимат и полицию и "
            "просят «повлиять» на них.",),
           ("Родителям одной из сотрудниц, по её словам, посоветовали убедить дочь уволиться, "
            "иначе «будут проблемы» на работе у брата. В организации считают это попыткой "
            "запугать коллектив.",)),
        _t("activist journalist",
           ("{T_dat} угрожают после публикации о {post_prep}",
            "После публикации о {post_prep} {T} получает угрозы"),
           ("{T_cap} сообщил{g} о телефонных угрозах после публикации о {post_prep}.",),
           ("Звонившие не представлялись и советовали «не лезть не в своё дело». {Ts_cap} "
            "подал{gs} заявление в полицию, однако, по {his} словам, проверка идёт формально, а "
            "через несколько дней {him_p} вызвали на «беседу» в акимат.",)),
        _t("activist",
           ("Родственников {T_gen} в Казахстане посетили сотрудники спецслужб",
            "Давление через родных: к семье {T_gen} пришли из КНБ"),
           ("{T_cap} сообщил{g}, что {his} родственников в {city_prep} посетили сотрудники КНБ "
            "после {his} выступлений в социальных сетях.",),
           ("{Ts_cap} уже несколько лет живёт за рубежом и критикует власти Казахстана в своих "
            "видео. Родственникам, по {his} словам, предложили «повлиять» на {Ts_acc} и намекнули "
            "на возможные проблемы на работе.",), q=_RU_RELATIVES_Q),
    ),
    q_org=(
        "Мы фиксируем каждый такой случай. Запугивание сотрудников и их семей — это давление на "
        "всю организацию",
        "Люди начинают бояться. Некоторые волонтёры уже отказались с нами работать",
    ),
    q_self=(
        "Мне прямо дали понять, что если я продолжу, будут последствия. Но я не делаю ничего "
        "незаконного",
        "Я не делаю ничего незаконного и не собираюсь прятаться",
    ),
    q_adv=(
        "{client_cap} не обязан{g} отчитываться перед кем-либо о своих взглядах и встречах. Мы "
        "направили жалобу в прокуратуру",
    ),
    resp=(
        "В {dknb_prep} не стали комментировать ситуацию.",
        "В полиции от комментариев отказались.",
        "В пресс-службе КНБ запрос редакции оставили без ответа.",
    ),
    bg=(
        "Правозащитники называют «профилактические беседы», вызовы в спецслужбы и запреты на "
        "выезд «мягкими» формами давления: они не требуют суда, но заставляют людей отказываться "
        "от активности.",
        "По данным правозащитных организаций, давление на родственников активистов, в том числе "
        "живущих за рубежом, стало распространённой практикой.",
    ),
)

_RU_GENERAL = (
    "Правозащитники отмечают, что давление на некоммерческие организации и независимых "
    "активистов обычно усиливается перед выборами и в дни общественно значимых событий.",
    "Власти Казахстана неоднократно заявляли о приверженности диалогу с гражданским обществом. "
    "Однако международные правозащитные организации указывают на сохраняющиеся ограничения "
    "свобод объединений, собраний и слова.",
    "В Казахстане зарегистрированы десятки тысяч некоммерческих организаций, однако лишь "
    "небольшая часть из них занимается правозащитной деятельностью и мониторингом работы "
    "государственных органов.",
    "Международные партнёры Казахстана, в том числе ОБСЕ и Евросоюз, неоднократно призывали "
    "власти обеспечить благоприятные условия для работы гражданского общества.",
    "Ситуацию со свободой слова и объединений в Казахстане регулярно критикуют международные "
    "правозащитные организации.",
)


# ---------------------------------------------------------------------------------------------
# Kazakh pressure stories

_KK_FISCAL = _Bank(
    templates=(
        _t("ngo media",
           ("Салықшылар {T_dat} хабарлама жіберді",
            "{T} мемлекеттік кірістер органынан ескерту алды",
            "{city_loc} салық қызметі {T_dat} талап қойды"),
           ("{on_day_cap} {T} {dgd_abl} хабарлама алғанын мәлімдеді. Ведомство есептілікте анық "
            "емес мәліметтер көрсетілген деп санайды.",),
           ("Хабарлама {past_date_loc} жіберілген. Онда шетелдік көздерден түскен қаражат туралы "
            "есепте сомалар мен төлем мақсаты қате көрсетілгені айтылған. {Ts_cap} {n_days_fix} "
            "жұмыс күні ішінде кемшіліктерді түзетуге міндетті, әйтпесе материалдар ӘҚБтК-нің "
            "{art_fiscal}-бабы бойынша сотқа жолдануы мүмкін.",
            "{Ts_gen} өкілдері есептердің уақтылы тапсырылғанын айтады. Олардың пікірінше, "
            "айырмашылық гранттық қаражатты айырбастау кезіндегі бағам өзгерісіне байланысты "
            "туындаған.")),
        _t("ngo media",
           ("Сот {T_dat} {fine_kzt} теңге айыппұл салды",
            "{T} салықшылардың талабымен айыппұл төлеуге міндеттелді",
            "{fine_mrp} АЕК айыппұл: {city_loc} сот {T_dat} жаза тағайындады"),
           ("{admcourt_cap} {T_dat} {fine_mrp} АЕК көлемінде айыппұл салды. Оған салық "
            "органдарының есептілікке қатысты талаптары себеп болған.",
            "Салық тексерісінің қорытындысы бойынша {T_dat} {fine_mrp} айлық есептік көрсеткіш "
            "көлемінде айыппұл салынды, деп хабарлады {spk}."),
           ("{Ts_dat} қатысты әкімшілік хаттаманы {dgd_gen} қызметкерлері толтырған. Олардың "
            "дерегінше, алынған гранттар мен олардың жұмсалуы туралы мәліметтер мерзімінен кеш "
            "тапсырылған. Айыппұл сомасы – {fine_kzt} теңге, шешімге он күн ішінде шағымдануға "
            "болады.",
            "{Ts_gen} заңгерлері апелляциялық шағым дайындап жатыр. Олар салық қызметі хаттама "
            "толтырмас бұрын құжаттарды түзетуге мүмкіндік бермегенін айтады.")),
        _t("ngo",
           ("{T_gen} қызметі үш айға тоқтатылды",
            "«Бізге жұмыс істеуге тыйым салды»: {T_gen} қызметі тоқтатылды",
            "{city_loc} сот {T_gen} қызметін тоқтата тұрды"),
           ("{court_cap} мемлекеттік кірістер органдарының талабы бойынша {T_gen} қызметін үш айға "
            "тоқтата тұрды. Ұйымға есептілік тәртібін қайталап бұзды деген айып тағылған.",),
           ("Қызметі тоқтатылған мерзімде {Ts} іс-шара өткізе алмайды, банк шоттарын пайдалана "
            "алмайды және грант ала алмайды. Қызметкерлердің айтуынша, ағымдағы жобалар, соның "
            "ішінде {city_gen} тұрғындарына тегін заң кеңестерін беру қауіп астында қалды.",
            "Сот ұйымның {dgd_gen} {past_date_loc} жіберген алғашқы хабарламасынан кейін "
            "мәліметтерді түзетпегенін қайталама бұзушылық деп есептеді.")),
        _t("ngo media",
           ("{T_loc} жоспардан тыс салық тексерісі басталды",
            "«Бес жылдың құжатын сұрады»: салықшылар {T_acc} тексеріп жатыр",
            "{city_locadj} салық тексерісі: {T} тексеріске ілікті"),
           ("{dgd_gen} қызметкерлері {T_gen} қызметіне жоспардан тыс тексеру бастады. Ұйым "
            "өкілдері мұны жақында жасалған көпшілік мәлімдемелермен байланыстырады.",),
           ("Тексерушілер соңғы бірнеше жылдағы шарттарды, банк көшірмелерін, есептерді және "
            "іс-шараларға қатысушылардың тізімін талап еткен. Құжаттарды дайындауға {n_days_fix} "
            "күн берілген. {Ts_gen} дерегінше, соңғы екі жылда бұл – үшінші тексеріс, алдыңғылары "
            "елеулі бұзушылық анықтамаған.",)),
        _t("ngo",
           ("Кемінде {n_ngos} ҮЕҰ салықшылардан хабарлама алды",
            "Мемлекеттік кірістер органдары бірнеше ҮЕҰ-ға талап қойды, олардың арасында {T} бар",
            "Салық хабарламаларының толқыны: {T} талапқа ілікті"),
           ("Соңғы күндері кемінде {n_ngos} коммерциялық емес ұйым салық органдарынан бұзушылық "
            "туралы хабарлама алды. Олардың қатарында – {T}.",),
           ("Талаптардың басым бөлігі шетелдік донорлардан алынған қаражат туралы мәліметтерге "
            "қатысты. Хабарламалар әр өңірден келіп жатыр, бірақ заңгерлердің айтуынша, "
            "олардағы тұжырымдар бір-біріне сөзбе-сөз ұқсайды.",
            "Құқық қорғаушылар {mior} мен Мемлекеттік кірістер комитетін жаппай хабарлама "
            "жіберудің себебін түсіндіруге және тексеру аяқталғанша істерді тоқтата тұруға "
            "шақырды.")),
        _t("ngo media",
           ("Мемлекеттік кірістер органы {T_dat} қойылған талаптарды түсіндірді",
            "Салық қызметі: {T_gen} есебіндегі қателер камералдық бақылау кезінде анықталды"),
           ("{dgd_cap} {T_dat} қойылған талаптар ұйымның қызмет бағытына байланысты емес, "
            "камералдық бақылау барысында автоматты түрде анықталғанын мәлімдеді.",),
           ("Ведомство түсіндіргендей, жүйе банк деректері мен коммерциялық емес ұйымдардың "
            "есептерін салыстырып, сәйкессіздіктерді тапқан. Салықшылардың нұсқасы бойынша, "
            "{Ts} {year} жылғы есептің бірнеше бөлімінде сомаларды қате көрсеткен.",
            "Ал ұйымның өзі бұл пікірмен келіспейді және талаптарды тәуелсіз құрылымдарға "
            "қысымның бір бөлігі деп санайды. Заң бойынша қайталап бұзғаны үшін қызметті үш айға "
            "дейін тоқтата тұру қаупі бар.")),
        _t("ngo",
           ("Салықшылар {T_dat} салынған айыппұлды жойды",
            "Құқық қорғаушылардың наразылығынан кейін {T_gen} айыппұлы алынып тасталды"),
           ("Мемлекеттік кірістер органдары {T_dat} қойған талаптарын кері қайтарып алды: айыппұл "
            "туралы қаулының күші жойылды.",),
           ("{fine_mrp} АЕК көлеміндегі айыппұл {past_date_loc} есептегі «анық емес мәліметтер» "
            "үшін салынған еді. Осыдан кейін {n_ngos} ҮЕҰ мен құқық қорғаушылар бірлескен "
            "мәлімдеме жасап, санкцияларды азаматтық қоғамға қысым деп атады.",
            "Айыппұл жойылғанымен, {Ts_gen} өкілдері бірнеше апталық жұмыс зая кеткенін айтады: "
            "банк операциялары тоқтап, серіктестер жобаларды кейінге қалдырған.")),
        _t("ngo media",
           ("Салықшылардың талабымен {T_gen} шоттарындағы операциялар тоқтатылды",
            "{T} банк шоттарына қол жеткізе алмай отыр"),
           ("Мемлекеттік кірістер органдары {T_gen} шоттары бойынша шығыс операцияларын "
            "тоқтатты. Бұл туралы банк жалақы ведомосын өткізуден бас тартқанда белгілі болды.",),
           ("Операцияларды тоқтата тұру туралы өкімді {dgd} шығарған. Оған {Ts} сотта дауласып "
            "жатқан {fine_kzt} теңге айыппұлдың төленбеуі негіз болған. Дау шешілгенше "
            "қызметкерлер жалақы ала алмайды, ал жалға беруші наразылық хат жолдап үлгерді.",)),
    ),
    q_org=(
        "Біз тіркелген күннен бері есеп тапсырып келеміз және бірде-бір ескерту алған емеспіз. "
        "Мұның құқық қорғау жұмысымызбен тұспа-тұс келуі кездейсоқ емес сияқты",
        "Талаптар формалды, бірақ шағын ұйым үшін салдары өте ауыр: айыппұл біздің бір айлық "
        "бюджетімізбен шамалас",
        "Әр құжатты көрсетуге дайынбыз. Бірақ тексерістер бірінен соң бірі келгенде жұмыс істеу "
        "мүмкін емес",
        "Бізді грант алғанымыз үшін жазалап отыр, ал заң бұған тыйым салмайды",
        "Өз ұстанымымызды, қажет болса, сотта қорғаймыз және әріптестерімізді үндемей қалмауға "
        "шақырамыз",
    ),
    resp=(
        "{dgd_cap} тексеріс жоспарлы түрде жүргізіліп жатқанын және «ұйымның қызмет сипатына "
        "байланысты емес» екенін мәлімдеді.",
        "Қаржы министрлігінің Мемлекеттік кірістер комитеті {pub_dat} хабарламалар сәйкессіздік "
        "анықталған барлық салық төлеушілерге жіберілетінін, ұйымдар белгіленген мерзімде "
        "мәліметтерді айыппұлсыз түзете алатынын айтты.",
        "Редакция {dgd_dat} сауал жіберді. Жарияланым дайындалған сәтте жауап келген жоқ.",
        "{dgd_gen} ресми өкілі салық құпиясына сілтеп, пікір білдіруден бас тартты.",
    ),
    bg=(
        _d("2020 жылдың күзінде ондаған коммерциялық емес ұйым бұзушылық туралы хабарлама алып, "
           "2021 жылдың қаңтарында олардың бір бөлігіне айыппұл салынды, қызметі тоқтатылды. "
           "2021 жылғы ақпанның басында ел ішіндегі және шетелдегі сындардан кейін бұл "
           "санкциялардың күші жойылды.", "2021-02-05"),
        _d("2020 жылдың күзінен бері ел бойынша ондаған коммерциялық емес ұйым бұзушылық туралы "
           "хабарлама алды; құқық қорғаушылар мұны соңғы жылдардағы ҮЕҰ-ға қойылған талаптардың "
           "ең ауқымды толқыны деп атайды.", "2020-10-15", "2021-02-05"),
        "2016 жылдан бастап ҮЕҰ-лар шетелдік көздерден ақша мен мүлік алғаны және оны жұмсағаны "
        "туралы салық органдарына хабарлауға міндетті. Құқық қорғаушылар бұл талаптарды артық деп "
        "санайды, өйткені есептегі қате үшін айыппұл немесе қызметті тоқтата тұру қаупі бар.",
        "ӘҚБтК-нің 460-1-бабы шетелдік қаражат алу туралы мәліметтерді ұсыну тәртібін бұзғаны "
        "үшін айыппұл, ал қайталанған жағдайда қызметті үш айға тоқтата тұруды көздейді.",
        "Халықаралық ұйымдар Қазақстанды ҮЕҰ есептілігіне қойылатын талаптарды қайта қарауға "
        "бірнеше рет шақырған, оларды тәуелсіз ұйымдарға қысым жасау құралы деп санайды.",
    ),
)

_KK_REGISTRATION = _Bank(
    templates=(
        _t("newngo",
           ("Әділет департаменті {T_dat} құжаттарды қайтарып берді",
            "{T} {city_loc} тағы да тіркеле алмады",
            "{T_gen} тіркелу әрекеті {nth} рет сәтсіз аяқталды",
            "{justice_cap} {T_gen} құжаттарын {nth} рет қайтарды"),
           ("{justice_cap} {T_gen} құрылтайшыларына тіркеуге берілген құжаттар топтамасын "
            "қайтарды. Бұл – ұйымның ресми мәртебе алуға жасаған {nth} әрекеті.",),
           ("Тіркеуші орган жарғыдан сәйкессіздіктер тапқан: шенеуніктердің пікірінше, ұйымның "
            "мақсаттары «тым кең» тұжырымдалған, ал құрылтай жиналысының хаттамасында мекенжай "
            "қате көрсетілген. Құрылтайшылар бұл ескертулерді ойдан шығарылған деп атап, жарғы "
            "үлгілік нысан бойынша жасалғанын айтады.",
            "Тіркелмейінше ұйым банктен шот аша алмайды, шарт жасай алмайды және гранттық "
            "конкурстарға қатыса алмайды. Құрылтайшылар бас тартуға сотқа шағымданбақ.")),
        _t("newngo",
           ("«Үтірге дейін шұқшияды»: {T_gen} құрылтайшылары тіркеуден бас тарту туралы айтты",
            "{T_gen} құрылтайшылары {n_months} айдан бері ұйымды тіркей алмай жүр",
            "{n_months} ай тіркеусіз: {T} {city_loc} мәртебе ала алмай жүр",
            "{T_gen} құжаттары {city_loc} тағы қайтарылды"),
           ("{spk_cap} тіркеуші органның құжаттарды бірнеше рет қайтарғанын, әр жолы жаңа "
            "ескерту тауып отырғанын айтты.",),
           ("{again_spk_gen} айтуынша, алғашқы жолы шенеуніктерге ұйымның атауы ұнамаған, екінші "
            "жолы құрылтайшылар құрамына ескерту жасалған, ал соңғы рет құжаттар «азаматтардың "
            "мемлекеттік органдармен қарым-қатынасындағы құқықтарын қорғау» деген тұжырым үшін "
            "қайтарылған. Соңғы бас тарту хатын {justice} {past_date_loc} жіберген.",)),
        _t("ngo",
           ("Прокуратура {T_acc} таратуды талап етті",
            "{city_loc} сот {T_gen} таратылуы туралы талап арызды қарайды",
            "{prosecutor_cap} {T_acc} таратуды сұрап сотқа жүгінді",
            "{T_gen} таратылуы: сот отырысы {future_date_loc} өтеді"),
           ("{prosecutor_cap} {T_acc} тарату туралы талап арызбен сотқа жүгінді. Сот отырысы "
            "{future_date_loc} өтеді.",),
           ("Талап арызда ұйым жарғыда көзделмеген қызметпен айналысады және тексеру кезінде "
            "анықталған бұзушылықтарды жоймаған делінген. {Ts_gen} өкілдері мұның нақты себебі – "
            "адам құқықтарының бұзылуы туралы жарияланымдар деп санайды.",
            "Егер сот талапты қанағаттандырса, ұйым заңды тұлғалар тізілімінен шығарылып, мүлкі "
            "қарызды өтеуге жіберіледі.")),
        _t("ngo",
           ("{T} қайта тіркеуден өте алмай жүр",
            "Әділет органдарының талабынан {T_gen} қайта тіркелуі созылып кетті",
            "Мекенжай ауыстыру {T_dat} {n_months} айлық әуреге айналды"),
           ("{T} заңды мекенжайын ауыстырғаннан кейін {n_months} айдан бері қайта тіркеуден өте "
            "алмай келеді: {justice} құжаттардан әр жолы қате табады.",),
           ("Қайта тіркелмей ұйым формалды түрде жұмысын жалғастырғанымен, банктегі деректерін "
            "жаңарта алмайды және грантқа өтінім бере алмайды. Заңгерлер мұны «тіркеу тұзағы» деп "
            "атайды: әр жаңа өтінім қарау мерзімін қайтадан бастайды.",)),
        _t("party",
           ("{T_gen} бастамашыларына {city_loc} құрылтай съезін өткізуге мүмкіндік берілмеді",
            "{city_loc} {T_gen} құрылтай съезі өтпей қалды: залдар жалға беруден бас тартуда"),
           ("{T_gen} бастамашыл тобы {city_loc} құрылтай съезін өткізе алмады: үш алаң қатарынан "
            "соңғы сәтте жалға беру шартынан бас тартты.",),
           ("Ұйымдастырушылардың айтуынша, зал иелері «техникалық себептер» мен жөндеу "
            "жұмыстарын сылтау еткен, бірақ оны жазбаша түсіндіруден бас тартқан. Съезд "
            "өтпейінше партия Әділет министрлігіне құжат тапсыра алмайды.",
            _d("Қолданыстағы заң бойынша партияны тіркеу үшін кемінде 5 мың мүше және барлық "
               "өңірде филиал қажет. Бұрын бұл шек 20 мың болған.", "2023-01-01"),
            _d("Қолданыстағы заң бойынша партияны тіркеу үшін кемінде 20 мың мүше жинап, барлық "
               "өңірде филиал ашу қажет.", "", "2023-01-01"))),
        _t("party",
           ("Әділет министрлігі {date_loc} {T_acc} тіркеуден бас тартты",
            "{T_acc} тіркеудің {nth} әрекеті сәтсіз аяқталды",
            "{T_gen} тіркеуге берген {nth} өтінімі қабылданбады",
            "{city_loc} {T_gen} бастамашылары Әділет министрлігінің шешіміне шағымданбақ"),
           ("Әділет министрлігі {T_acc} тіркеуден бас тартты. Ведомство партия мүшелерінің "
            "тізіміндегі мәліметтер анық емес деп көрсетті.",),
           ("Шенеуніктердің айтуынша, тізімдегі адамдардың бір бөлігі тексеру кезінде мүшелігін "
            "растамаған. Партия бастамашылары жақтастарына жұмыс орнында қысым көрсетіліп, "
            "қолдарын кері қайтарып алуға мәжбүрленгенін айтады.",
            "Бұл партияны тіркеудің алғашқы әрекеті емес: бұрынғы өтінімдер де формалды "
            "себептермен қабылданбаған.")),
        _t("party",
           ("Тіркелмеген {T_gen} {n_few} жақтасына айыппұл салынды",
            "{city_loc} {T_gen} жақтастары айыппұл арқалады"),
           ("{admcourt_cap} тіркелмеген бірлестіктің қызметіне қатысқаны үшін {T_gen} {n_few} "
            "жақтасына айыппұл салды.",),
           ("Оған бастамашыл топтың жеке пәтерде өткізген жиналысы себеп болған: онда құрылтай "
            "съезіне дайындық талқыланған. Полиция бұл кездесуді ӘҚБтК-нің 489-бабымен тыйым "
            "салынған тіркелмеген ұйымның қызметі деп бағалады. Әрқайсысына {fine_mrp} АЕК "
            "көлемінде айыппұл салынды.",), also="activist"),
    ),
    q_org=(
        "Біз заңның барлық талабын орындадық, бірақ әр жолы жаңа ескерту аламыз. Бұл "
        "шенеуніктердің қатесі емес, мақсатты саясат",
        "Бізге құжаттар дұрыс толтырылмаған дейді, бірақ қалай толтыру керегін түсіндіруден бас "
        "тартады",
        "Біз жұмысымызды жалғастырамыз және заңды жолдардың бәрімен тіркелуге қол жеткіземіз",
        "Бірлесу құқығына Конституция кепілдік береді, ал іс жүзінде оны сот арқылы дәлелдеуге "
        "тура келеді",
    ),
    resp=(
        "Әділет министрлігі тіркеу туралы шешімдер «заңнамаға қатаң сәйкес» қабылданатынын "
        "мәлімдеп, құрылтайшыларға ескертулерді жойып, құжаттарды қайта тапсыруды ұсынды.",
        "{justice_cap} {pub_dat} бас тарту өтініш берушілерді қайта жүгіну құқығынан "
        "айырмайтынын түсіндірді.",
        "Әділет министрлігіне жіберілген сауал жауапсыз қалды.",
    ),
    bg=(
        "Құқық қорғаушылар қоғамдық бірлестіктер мен партияларды тіркеудің іс жүзінде рұқсат "
        "беру сипатында екенін бұрыннан айтып келеді: формалды түрде бас тарту тек жабық "
        "тізімдегі негіздер бойынша мүмкін, бірақ бұл негіздер кең түсіндіріледі.",
        "Тәуелсіз саясаттанушылар соңғы жиырма жылда Қазақстанда билікті сынайтын бірде-бір "
        "оппозициялық партия тіркелмегенін атап өтеді.",
        "Тіркелмеген бірлестік атынан қызмет ету ӘҚБтК-нің 489-бабы бойынша айыппұлмен "
        "жазаланады, ал қайталанған жағдайда әкімшілік қамаққа алынуы мүмкін.",
    ),
)

_KK_FOREIGN_FUNDING = _Bank(
    templates=(
        _t("ngo media",
           ("{T} шетелден қаржы алатындар тізіліміне енгізілді",
            "Шетелден ақша алатындар тізілімінде {T} бар",
            "МКК тізілімі: {T} шетелден ақша алатындардың қатарында",
            "{T} {date_loc} шетелдік қаржыландыру тізілімінен табылды"),
           ("Мемлекеттік кірістер комитеті жариялаған шетелдік көздерден ақша және мүлік алатын "
            "тұлғалар тізілімінде {T} аталған.",
            "{on_day_cap} {T_gen} өкілдері ұйымның шетелдік көздерден ақша және мүлік алатын "
            "тұлғалар тізілімінде тұрғанын білді.",),
           ("Тізілім Мемлекеттік кірістер комитетінің сайтында жарияланған; онда алушылардың "
            "атауы көрсетілген, бірақ сомасы мен қаржыландыру мақсаты жоқ. {Ts_gen} өкілдерінің "
            "айтуынша, тізімге енгізілгені туралы алдын ала ешқандай хабарлама алмаған.",
            "Құқық қорғаушылар тізімге ілігудің өзі стигматизацияға пайдаланылатынынан "
            "қауіптенеді: әлеуметтік желілерде тізімді «шетелдік агенттер тізімі» деп атап "
            "жатыр."),
           since="2023-09-20"),
        _t("ngo media",
           ("«Бұл – таңба»: {T} өкілдері шетелдік қаржы тізіліміне ілінгеніне пікір білдірді",
            "Тізілім жарияланғаннан кейін серіктестер {T_abl} бас тарта бастады"),
           ("Шетелдік қаржы алушылар тізілімі жарияланғаннан кейін бірнеше күн өтпей-ақ {T_gen} "
            "жалға алу мен серіктестік жобаларда қиындықтары басталды.",
            "Тізілім жарияланғаннан кейін {city_locadj} серіктестер {T_abl} бірлескен жұмыстан "
            "бас тарта бастады.",),
           ("Қызметкерлердің айтуынша, {city_locadj} жалға беруші шартты мерзімінен бұрын бұзуды "
            "талап еткен, ал екі жергілікті серіктес «саяси салдардан» қауіптеніп, бірлескен "
            "іс-шаралардан бас тартқан. Формалды түрде тізілім ешқандай санкция көздемейді.",),
           since="2023-09-25"),
        _t("ngo media activist",
           ("Депутат {T_acc} «шетелдік агент» деп атады",
            "Мәжілісте «шетелдік агенттер» туралы сөз болып, {T} аталды",
            "«Шетелдік агент»: Мәжілісте {T_acc} сынға алды"),
           ("Мәжіліс депутаты коммерциялық емес ұйымдарға қатысты түзетулерді талқылау кезінде "
            "шетелдік грант алушыларға «шетелдік агент» мәртебесін беруді ұсынып, мысал ретінде "
            "{T_acc} келтірді.",),
           ("Депутаттың айтуынша, шетелден ақша алатын ұйымдар мен белсенділер «бөтен күн "
            "тәртібін ілгерілетеді» және өз жарияланымдарын ашық белгілеуге тиіс. Әзірге заң "
            "жобасы жоқ, бірақ бастама кең талқылауға себеп болды.",),
           extra="smear"),
        _t("ngo",
           ("ҮЕҰ-ның шетелдік қаржысы туралы түзетулер: {T} жаңа тексерістер күтеді",
            "Шетелдік гранттар бойынша есептілікті күшейту ұсынылды, {T} қарсы"),
           ("Парламентке шетелдік көздерден түскен қаражат туралы есептілікті күшейтетін "
            "түзетулер енгізілді. {T_gen} өкілдерінің пікірінше, бұл мемлекеттік органдарды "
            "сынайтын ұйымдарға соққы болады.",
            "{T} парламентке енгізілген шетелдік гранттар бойынша есептілік туралы түзетулерді "
            "сынап, {on_day} мәлімдеме жасады.",),
           ("Құжат тоқсан сайынғы есептілікті, мәліметтер тізбесін кеңейтуді және алушылар "
            "туралы деректерді жариялауды көздейді. Бұзушылық үшін алдын ала ескертусіз қызметті "
            "тоқтата тұру ұсынылып отыр.",)),
        _t("media",
           ("{mior_cap} {T_abl} шетелдік донорларын ашуды талап етті",
            "{T_abl} {n_days_fix} күн ішінде шетелдік қаржыландыру туралы мәлімет сұралды",
            "{T_dat} шетелдік донорларын ашу үшін {n_days_fix} күн берілді"),
           ("{mior_abl} {T_dat} шетелдік қаржыландыру көздерін ашуды талап еткен хат келді.",
            "{mior_cap} {T_dat} шетелдік қаржыландыру көздерін ашу үшін {n_days_fix} күн берді.",),
           ("Хатта донорлармен жасалған шарттарды және қаржыландырылған материалдардың тақырыбы "
            "туралы мәліметтерді беру сұралған. Редакция бұл талапты редакциялық саясатқа "
            "араласу деп санайды және тек заң шеңберінде жауап беретінін айтты.",)),
        _t("ngo",
           ("{T_dat} «шетел ақшасы» үшін мемлекеттік грант берілмеді",
            "{T_gen} мемлекеттік грантқа өтінімі шетелдік донорлар себебінен қабылданбады",
            "{city_loc} {T_dat} шетелдік донорлар себебінен мемлекеттік грант берілмеді"),
           ("Мемлекеттік гранттар операторы ұйымның шетелдік донорлардан қаржы алатынын "
            "сылтауратып, {T_gen} өтінімін қабылдамады.",
            "{on_day_cap} {T} мемлекеттік гранттар операторынан бас тарту хатын алды: себебі "
            "ретінде шетелдік донор аталған.",),
           ("Формалды түрде конкурс ережелері мұндай ұйымдардың қатысуына тыйым салмайды. Алайда "
            "{Ts_gen} өкілдерінің айтуынша, ауызша әңгімеде оларға «алдымен шетелдік "
            "серіктестерден бас тартуға» кеңес берілген.",)),
        _t("activist",
           ("{T} өзін шетелдік қаржыландыру тізілімінен тапты",
            "{city_gen} тұрғыны шетелден ақша алатындар тізілімінен өз атын тапты"),
           ("{T} шетелдік қаражат алушылар тізіліміне енгізілгенін әлеуметтік желіден білді.",),
           ("Оның айтуынша, жалғыз «шетелдік көз» – халықаралық конференцияға қатысқаны үшін "
            "алған қаламақысы. {Ts} тізімнің қандай өлшемдермен жасалғанын түсінбейтінін және "
            "енді өзіне «агент» ретінде қарай ма деп алаңдайтынын айтады.",),
           since="2023-09-20"),
        _t("ngo media",
           ("Банк {T_gen} шетелдік грантын аударуды кідіртті",
            "{T_gen} гранты банкте {n_weeks} аптадан бері тұр"),
           ("Банк халықаралық қордан {T_gen} шотына түскен грантты есепке алуды тоқтатып, қаржы "
            "мониторингі бойынша қосымша құжаттар сұрады.",
            "{city_gen} банктерінің бірі {T_gen} шотына түскен грантты есепке алуды {n_weeks} "
            "аптадан бері кідіртіп отыр.",),
           ("Заңгерлердің айтуынша, мұндай тексерістер билік «шетелдік қаржыландырудың "
            "ашықтығы» туралы айта бастағаннан кейін жиілеген. Аударым {n_weeks} аптадан бері "
            "кідіртіліп отыр, соның салдарынан қызметкерлер жалақысыз қалды.",)),
    ),
    q_org=(
        "Біз донорларымызды ешқашан жасырған емеспіз: барлық есептер сайтта жарияланады. "
        "«Ашықтық» туралы әңгіме ашықтық үшін емес, бізге таңба басу үшін керек",
        "Халықаралық гранттар – бүкіл әлемдегі коммерциялық емес сектор үшін қалыпты тәжірибе. "
        "Құқық қорғау жұмысына мемлекеттен ақша жоқ",
        "Бізді «шетел ақшасын алушылар» деп атағанда, адамдар біздің іс-шараларға келуге қорқа "
        "бастайды",
        "Шетелдік агенттер туралы риторика қауіпті: көрші елдерде ол тәуелсіз ұйымдарды іс "
        "жүзінде жойған заңдармен аяқталды",
    ),
    q_self=(
        "Мен шетелдік ұйымдардан ешқашан жалақы алған емеспін. Мұндай жапсырмалар адамдарда менің "
        "біреудің агенті екенім туралы әсер қалдырады",
        "Бұл туралы таныстарымнан білдім. Ақшам қайдан келеді, тіпті ол бар ма деп менен ешкім "
        "сұраған жоқ",
    ),
    resp=(
        _d("Мемлекеттік кірістер комитеті тізілім Салық кодексіне сәйкес жүргізілетінін және оған "
           "енгізілген тұлғалар үшін «ешқандай жағымсыз салдары жоқ» екенін мәлімдеді.",
           "2023-09-20"),
        "{mior_cap} мемлекет «шетелдік агент» ұғымын енгізуді жоспарламайтынын, ал есептілік "
        "талаптары ашықтықты қамтамасыз етуге бағытталғанын атап өтті.",
        "Жарияланым дайындалған сәтте мемлекеттік органдардан ресми түсініктеме түскен жоқ.",
    ),
    bg=(
        _d("Шетелдік көздерден ақша және мүлік алатын тұлғалардың тізілімін Мемлекеттік кірістер "
           "комитеті 2023 жылғы қыркүйекте жариялады. Оған жүздеген ұйым мен жеке тұлға, соның "
           "ішінде құқық қорғау және медиа ұйымдары енді.", "2023-09-21"),
        "Қазақстанда «шетелдік агенттер» туралы заң жоқ, бірақ депутаттар мен билікке жақын "
        "блогерлердің сөздерінде бұл термин жиі естіледі.",
        "Шетелдік көздерден қаражат алғаны туралы есеп беру талабы 2016 жылдан бері қолданылып "
        "келеді. Құқық қорғаушылар оны артық санайды, өйткені гранттар онсыз да банктік және "
        "салықтық бақылаудан өтеді.",
        "Шетелдік агенттер туралы заңдар ондаған ұйымның жабылуына әкелген көрші елдердің "
        "мысалы қазақстандық ҮЕҰ-ларды алаңдатады.",
    ),
)

_KK_STATION_RESP = (
    "Учаскелік комиссия төрағасы журналистерге бақылаушылардың «комиссия жұмысына кедергі "
    "келтіргенін» айтты.",
    "{city} қалалық сайлау комиссиясы бақылаушы учаскедегі тәртіпті бұзды деп, сайлау туралы "
    "конституциялық заңға сілтеме жасады.",
)

_KK_POLL_RESP = (
    "ОСК сауалнама жүргізетін ұйымдарға қойылатын талаптар бәріне бірдей және заңда "
    "бекітілгенін түсіндірді.",
    "Редакция ОСК-ға сауал жіберді, бірақ әзірге жауап алған жоқ.",
)

_KK_POLL_Q = (
    "Сауалнамаға тыйым салу адамдарды ақпараттан, ал зерттеушілерді жұмыс мүмкіндігінен айырады",
    "Біз әр зерттеудің әдістемесін жариялаймыз. Бізге қойылатын талаптар оларды орындап "
    "үлгергенімізден де жылдам өзгереді",
)

_KK_NOT_ADMITTED_Q = (
    "Менің барлық құжатым ретінде болды. «Орын жоқ» деген себепті заң білмейді",
    "Қандай ережені бұзғанымды маған түсіндірмеді. Менде барлық құжат болды",
)

_KK_ELECTION = _Bank(
    templates=(
        _t("observer",
           ("{city_locadj} №{station} сайлау учаскесінен бақылаушыны шығарып жіберді",
            "{T}: дауыс санау кезінде мені учаскеден қуып шықты"),
           ("{vote_loc} дауыс беру күні {T} {city_locadj} №{station} сайлау учаскесінен "
            "шығарылды.",),
           ("Бақылаушының айтуынша, учаскелік комиссия төрағасы {Ts} дауыс санау барысын "
            "телефонға түсіре бастағаннан кейін үй-жайдан шығуды талап еткен. Комиссия мүшелері "
            "мұны «жұмысқа араласу» деп бағалап, полиция шақырған.",),
           phase="post", resp=_KK_STATION_RESP),
        _t("observer",
           ("{city_loc} бақылаушылар учаскелерге кіргізілмеді",
            "«Орын жоқ деді»: бақылаушылар №{station} учаскеге жіберілмеді",
            "{T}: мені №{station} учаскеге кіргізбеді"),
           ("{on_day_cap} {city_locadj} бірнеше бақылаушы, соның ішінде {T}, сайлау "
            "учаскелеріне кіре алмады: комиссия мүшелері жолдамалардағы қателерді сылтауратты.",),
           ("Бақылаушыларға жолдама үлгіге сай рәсімделмегенін, учаскеде «бақылаушы жеткілікті» "
            "екенін немесе бөлме тым тар екенін айтқан. Заң әртүрлі ұйымнан келетін бақылаушылар "
            "санына шектеу қоймайды.",),
           phase="post", resp=_KK_STATION_RESP, q=_KK_NOT_ADMITTED_Q),
        _t("obsorg",
           ("{T} бақылаушылар құқығының {n_many} рет бұзылғанын тіркеді",
            "{T_gen} бақылаушылары учаскелердегі жаппай шектеулер туралы хабарлайды",
            "{T_gen} бақылаушылары {city_loc} {vote_loc} бұзушылықтар болғанын хабарлады"),
           ("{vote_gen} дауыс беру күнінің қорытындысы бойынша {T} бақылаушылардың жұмысына "
            "кедергі келтірілген {n_many} жағдай туралы хабарлады.",
            "{city_locadj} учаскелерде жұмыс істеген {T_gen} бақылаушылары {n_many} бұзушылық "
            "тіркеді.",),
           ("Көбінесе бақылаушыларға хаттаманы суретке түсіруге тыйым салынған, дауыс санау "
            "кезінде үстелге жақындатылмаған және комиссия шешімімен учаскеден шығарылған. "
            "Бірқатар жағдайда, соның ішінде {city_loc}, бақылаушыларға полиция шақырылған.",),
           phase="post", also="observer"),
        _t("observer",
           ("{city_loc} дауыс санауды түсірген бақылаушы ұсталды",
            "№{station} учаскенің бақылаушысы полиция бөлімшесіне жеткізілді"),
           ("{T} дауыс санау барысын бақылап отырған №{station} сайлау учаскесінен тікелей "
            "полиция бөлімшесіне жеткізілді.",),
           ("Полицияда бақылаушыға қатысты ұсақ бұзақылық туралы хаттама толтырылған. "
            "Әріптестері ұстауды қорытынды хаттаманың көшірмесін алуға тырысуымен "
            "байланыстырады.",),
           phase="post", extra="detention", resp=_KK_STATION_RESP),
        _t("obsorg",
           ("ОСК {T_gen} бақылаушыларының шағымдарын қарамады",
            "{T_gen} бақылаушыларының шағымдары қабылданбады",
            "ОСК {vote_abl} кейін бақылаушылардың {n_few} шағымын қабылдамады"),
           ("Орталық сайлау комиссиясы {T_gen} бақылаушылары дауыс беруден кейін берген {n_few} "
            "шағымды мәні бойынша қараудан бас тартты.",
            "{T_gen} бақылаушыларының {vote_abl} кейін берген {n_few} шағымы ОСК-да мәні бойынша "
            "қаралмады.",),
           ("Бақылаушылар учаскелерден шығарылғанын, хаттама көшірмелері берілмегенін және "
            "санау кезінде бюллетеньдерді көруге мүмкіндік болмағанын көрсеткен. ОСК шағымдар "
            "мерзімі өткен соң берілген деп жауап берді.",),
           phase="post", also="observer"),
        _t("obsorg",
           ("{T_dat} бақылаушыларды аккредиттеуден бас тартылды",
            "{T_gen} бақылаушылары {vote_dat} аккредитация ала алмады",
            "{city} қалалық сайлау комиссиясы {T_gen} бақылаушыларын аккредиттемеді"),
           ("{city} қалалық сайлау комиссиясы {vote_dat} бақылаушы жіберу үшін {T_dat} "
            "аккредитация беруден бас тартты. Дауыс беру {vote_date_loc} өтеді.",
            "{T_gen} бақылаушылары {vote_dat} аккредитация ала алмады: {city} қалалық сайлау "
            "комиссиясы бас тартты.",),
           ("Комиссия ұйымның жарғысында сайлауды бақылау көзделмеген деп есептеген. {Ts_gen} "
            "заңгерлері заң бойынша кез келген қоғамдық бірлестік бақылаушы жібере алатынын "
            "айтады.",),
           phase="pre", also="observer"),
        _t("pollster",
           ("{T_dat} {vote_abl} бұрын сауалнама нәтижесін жариялауға тыйым салынды",
            "ОСК {vote_abl} бұрын сауалнама жариялағаны үшін {T_dat} ескерту жасады",
            "{T_gen} {city_loc} жүргізген сауалнамасы сайлау заңын бұзу деп танылды"),
           ("Орталық сайлау комиссиясы дауыс беру қарсаңында қоғамдық пікір сауалнамасының "
            "нәтижесін жариялағаны үшін {T_dat} ескерту жасады.",
            "{T} {city_loc} жүргізген сауалнама нәтижесін жариялағаны үшін ОСК-дан ескерту алды.",),
           ("Заң бойынша сайлауға қатысты сауалнама нәтижесін тек ОСК-да аккредиттелген "
            "ұйымдар жариялай алады, ал дауыс беруге дейінгі соңғы бес күнде ешкімге рұқсат жоқ. "
            "{Ts_gen} өкілдері зерттеу сайлауға емес, азаматтардың әлеуметтік көңіл күйіне "
            "қатысты болғанын айтады.",),
           phase="pre", resp=_KK_POLL_RESP, q=_KK_POLL_Q),
        _t("pollster",
           ("{T} {vote_loc} экзит-пол өткізуге аккредитация алмады",
            "{vote_loc} тәуелсіз экзит-пол болмайды: {T_dat} бас тартылды",
            "{T} экзит-полға аккредитациясыз қалды: дауыс беру {vote_date_loc}"),
           ("{T} {vote_loc} экзит-пол өткізуге аккредитация ала алмады. Дауыс беру "
            "{vote_date_loc} өтеді.",
            "{vote_date_loc} өтетін дауыс беруде {T_gen} экзит-пол жүргізуге аккредитациясы жоқ.",),
           ("ОСК жалпыұлттық зерттеулер жүргізу тәжірибесіне қойылатын талаптарға сәйкес "
            "келмейді деп сылтау айтты. {Ts_gen} өкілдері ондаған сауалнама өткізіп, әдістемесін "
            "жариялағанын айтып, бас тартуды тек «ыңғайлы» зерттеушілерді қалдырудың тәсілі деп "
            "санайды.",),
           phase="pre", resp=_KK_POLL_RESP, q=_KK_POLL_Q),
        _t("obsorg",
           ("{city_loc} {T_gen} бақылаушыларға арналған тренингіне полиция келді",
            "{city_loc} бақылаушыларды оқытуды полиция тоқтатты",
            "{city_loc} полиция {T_gen} семинарына қатысушылардың деректерін жазып алды"),
           ("{T} {vote_dat} дайындап жатқан бақылаушыларға арналған семинарды полиция "
            "қызметкерлері тоқтатып, қатысушылардың құжаттарын көрсетуді талап етті.",
            "{on_day_cap} {city_loc} полицейлер {T} өткізген бақылаушыларға арналған семинарды "
            "тоқтатты.",),
           ("Полицейлер қатысушылардың төлқұжат деректерін жазып алып, оқытуды кім "
            "қаржыландыратынын сұраған. Бір күннен кейін бірнеше тыңдаушы ұйымдастырушыларға "
            "бақылауға қатысудан бас тартатынын хабарлады.",),
           phase="pre", extra="intimidation", also="observer"),
        _t("obsorg",
           ("{T} {vote_loc} бақылаушыларға қойылған жаңа шектеулерді сынады",
            "{vote_loc} бақылаушылардың құқығы тарылды, дейді {T_gen} өкілдері",
            "{city_locadj} {T_gen} бақылаушылары жаңа ережелерге шағымданды"),
           ("{T} сайлау комиссияларының жаңа жұмыс ережелері {vote_loc} бақылаушылардың құқығын "
            "шектейтінін мәлімдеді.",
            "{on_day_cap} {T} бақылаушылардың құқығын шектейтін жаңа ережелер туралы мәлімдеме "
            "жасады.",),
           ("Әңгіме комиссияның келісімінсіз учаскеде фото және бейнетүсірілімге тыйым салу және "
            "бақылаушы жіберу туралы алдын ала хабарлау талабы туралы болып отыр. Сарапшылардың "
            "пікірінше, бұл қоғамдық бақылау мүмкіндігін тарылтады.",),
           also="observer"),
    ),
    q_org=(
        "Бақылау – азаматтардың заңды құқығы. Бақылаушыларды хаттамаға жақындатпаса, қоғамның "
        "қорытындыны тексеруге мүмкіндігі қалмайды",
        "Біз {n_many} учаскеге бақылаушы жібердік. Барлық жерде дерлік оларға қандай да бір "
        "жолмен кедергі жасалды",
        "Біз заңның барлық талабын сақтаймыз және әр бұзушылыққа шағымданамыз",
    ),
    q_self=(
        "Мен бақылаушыға тиісті болғандай, дауыстың қалай саналатынын көргім келді. Ешқандай "
        "ережені бұзған жоқпын",
        "Қандай ережені бұзғанымды маған түсіндірмеді. Менде барлық құжат болды",
    ),
    q_adv=(
        "Заң бақылаушының учаскеге кіруіне және хаттамамен танысуына тікелей кепілдік береді. "
        "Мұндай әрекеттерге бірде-бір заңды негіз болған жоқ",
    ),
    resp=(
        "ОСК бақылаушылардың барлық өтініші қаралатынын, бұзушылық фактілері расталса, құқықтық "
        "баға берілетінін мәлімдеді.",
        "{city} қалалық сайлау комиссиясы сайлау туралы конституциялық заң аясында әрекет "
        "еткенін түсіндірді.",
        "Редакция ОСК-ға сауал жіберді, бірақ әзірге жауап алған жоқ.",
    ),
    bg=(
        "Заң бойынша бақылаушы учаске ашылған сәттен бастап қорытынды хаттамаға қол қойылғанға "
        "дейін болуға, сайлаушылар тізімімен танысуға және хаттаманың көшірмесін алуға құқылы.",
        "Тәуелсіз бақылаушылар бұрынғы сайлауларда да учаскеден шығарылғаны мен фото және "
        "бейнетүсірілімге тыйым салынғаны туралы хабарлаған. ОСК әдетте бұзушылықтар "
        "қорытындыға әсер етпеді деп жауап береді.",
        "Қазақстанда дауыс беруге дейінгі соңғы бес күнде сауалнама нәтижелерін жариялауға "
        "тыйым салынған, ал сайлау кезеңінде оларды тек аккредиттелген ұйымдар өткізе алады.",
    ),
)

_KK_POLICE_RESP = (
    "{police_cap} қызметкерлер заң аясында әрекет еткенін мәлімдеп, азаматтарды рұқсат етілмеген "
    "акцияларға қатыспауға шақырды.",
    "{police_cap} қатысушыларға акцияның заңсыз екені алдын ала ескертілгенін хабарлады.",
)

_KK_ASSEMBLY = _Bank(
    templates=(
        _t("activist movement ngo",
           ("{akimat_cap} {T_dat} митинг өткізуге келісім бермеді",
            "{T_dat} {city_loc} митинг өткізуге рұқсат берілмеді",
            "{T_dat} {future_date_locadj} митингке рұқсат берілмеді"),
           ("{akimat_cap} {T_dat} {future_date_loc} жоспарланған бейбіт митингті өткізуге рұқсат "
            "бермеді. Акция {rally_dat} арналмақ болған.",),
           ("Әкімдіктің жауабында бұл күні арнайы бөлінген орында басқа іс-шара жоспарланғаны "
            "айтылған. Ұйымдастырушылар мұндай жауапты алғаш рет алып отырмағанын айтады: соңғы "
            "бір жылда оларға {n_small} рет бас тартылған.",)),
        _t("activist movement",
           ("{city_loc} келісілмеген митинг таратылды",
            "Полиция {city_loc} {T} ұйымдастырған акцияны тоқтатты",
            "{city_loc} полиция {T} ұйымдастырған акцияны таратты"),
           ("{on_day_cap} {city_locadj} полиция {T} ұйымдастырған акцияны тоқтатты. "
            "Куәгерлердің айтуынша, кемінде {n_det} адам ұсталды.",),
           ("Қатысушылар әкімдік ғимаратының алдындағы алаңға {rally_dat} арналған плакаттармен "
            "жиналған. Бірнеше минуттан соң оларға полицейлер келіп, келісім жоқ екенін айтып, "
            "таралуды талап етті. Бас тартқандарды автобустарға отырғызып әкетті.",),
           extra="detention", also="activist", resp=_KK_POLICE_RESP),
        _t("activist movement ngo",
           ("Прокуратура {T_dat} митинг өткізбеу туралы ескерту жасады",
            "{city_loc} акция ұйымдастырушыларына жауапкершілік туралы ескертілді",
            "{T_dat} {future_date_locadj} митинг үшін жауапкершілік туралы ескертілді"),
           ("{prosecutor_cap} {T_dat} {future_date_loc} келісілмеген митинг өткізуге жол "
            "берілмейтіні туралы ресми ескерту жасады.",),
           ("Құжатта ұйымдастырушылар ӘҚБтК-нің 488-бабы бойынша айыппұлдан бастап әкімшілік "
            "қамаққа дейін жауапқа тартылуы мүмкін екені айтылған. Ұйымдастырушылар хабарламаны "
            "мерзімінде бергендіктен келісім аламыз деп үміттенгенін айтады.",)),
        _t("activist",
           ("{akimat_gen} алдындағы жеке пикет хаттамамен аяқталды",
            "{T_dat} жеке пикет үшін хаттама толтырылды"),
           ("{T} {akimat_gen} ғимараты алдында жеке пикет өткізгеннен кейін полицейлер оған "
            "әкімшілік хаттама толтырды.",),
           ("{Ts} {rally_dat} арналған плакат ұстап тұрған. Заң бойынша жеке пикет те әкімдікке "
            "хабарлауды талап етеді, бірақ құқық қорғаушылар мұндай шектеулерді шамадан тыс деп "
            "санайды.",)),
        _t("activist movement ngo",
           ("Митингті тек {city_gen} шетінде өткізуге рұқсат берілді",
            "Әкімдік {T_dat} акцияны «арнайы бөлінген орынға» көшіруді ұсынды",
            "{city_gen} шетіндегі алаң: {akimat} {T_gen} акциясын орталықтан алыстатты"),
           ("{akimat_cap} {T_gen} акциясын тек қала орталығынан алыс, шеттегі арнайы бөлінген "
            "орында өткізуге келісті.",),
           ("Ұйымдастырушылар мұны іс жүзінде бас тарту деп атайды: олардың айтуынша, алаң "
            "өнеркәсіптік аймақта орналасқан, оған қоғамдық көлікпен жету қиын.",
            _d("2020 жылы қабылданған бейбіт жиналыстар туралы заң билік бас тартамыз деп уәде "
               "бергенімен, арнайы бөлінген орындар тәжірибесін сақтап қалды.", "2020-06-01"))),
        _t("activist movement",
           ("{city_loc} митинг ұйымдастырушыларына айыппұл салынды",
            "{city_loc} сот {T_acc} «жиналыс өткізу тәртібін бұзғаны» үшін жазалады"),
           ("{admcourt_cap} {past_date_loc} өткен акцияны ұйымдастырғаны үшін ӘҚБтК-нің "
            "488-бабы бойынша {T_dat} {fine_mrp} АЕК көлемінде айыппұл салды.",),
           ("Акция бейбіт өтті, қатысушылар билікті {rally} мәселесіне назар аударуға шақырды. "
            "Полиция араласпаған, бірақ бірнеше күннен кейін ұйымдастырушыларды бөлімшеге "
            "шақырып, хаттама толтырған.",)),
        _t("activist movement ngo",
           ("Жарияланған акция алдында {city_gen} орталығындағы алаң қоршалды",
            "{T} дайындаған жиын өтпей қалды: алаң жабылды",
            "{city_loc} {T} жариялаған жиын алдында алаң жабылды"),
           ("Полиция қызметкерлері {T} бейбіт жиын өткізбек болған алаңды қоршап, оған "
            "өткіншілерді жібермеді.",),
           ("Таңертең жиын орнының жанында автобустар мен полиция көліктері тұрды. Өтуге "
            "тырысқандардан құжат көрсетіп, келу мақсатын түсіндіру талап етілді. {rally_dat_cap} "
            "арналған жиын өтпей қалды.",), resp=_KK_POLICE_RESP),
    ),
    q_org=(
        "Біз хабарламаны мерзімінде беріп, заңның барлық талабын орындадық. Қалғаны – адамдарға "
        "пікірін айтқызбаудың тәсілі ғана",
        "Заң бейбіт жиналыстар туралы деп аталады, бірақ іс жүзінде жиналысқа тыйым салу туралы "
        "заң сияқты жұмыс істейді",
        "Биліктің әрекетіне шағымданып, қайтадан өтінім береміз",
    ),
    q_self=(
        "Мен әкімдікке заң талап еткендей алдын ала хабарладым. Одан кейінгінің бәрі – адамдарға "
        "пікірін айтқызбау әрекеті",
        "Адамдар өз дауысының естілгенін қалайды. Алаң жабық болса, тек әлеуметтік желілер қалады",
        "Мен бейбіт жиналысқа құқығымнан бас тартпаймын",
    ),
    q_adv=(
        "Бейбіт жиналыс рұқсатты қажет етпейді – заң хабарлама беру тәртібін көздейді. Бейбіт "
        "акцияға тыйым салу мен ол үшін жазалау Конституцияға қайшы",
    ),
    resp=(
        "{akimat_cap} өтініш белгіленген мерзімде және «бейбіт жиналыстарды ұйымдастыру және "
        "өткізу тәртібі туралы заңға сәйкес» қаралғанын түсіндірді.",
        "Редакция {akimat_dat} сауал жіберді, бірақ әзірге жауап алған жоқ.",
        "Әкімдік өкілі шешім өтініш берушіге жіберілгенін айтып, жағдайға түсініктеме беруден "
        "бас тартты.",
    ),
    bg=(
        _d("2020 жылы қабылданған бейбіт жиналыстар туралы заң рұқсат беру тәртібін хабарлама "
           "тәртібімен алмастырды, бірақ құқық қорғаушылар әкімдіктер әлі де түрлі сылтаумен бас "
           "тарта алатынын айтады.", "2020-06-01"),
        "Құқық қорғаушылардың деректерінше, ірі қалалардың әкімдіктері билікті сынайтын "
        "белсенділер жариялаған митингтердің басым бөлігін өткізуге келісім бермейді.",
        "Келісілмеген акцияларға қатысу ӘҚБтК-нің 488-бабымен жазаланады: ескерту, айыппұл "
        "немесе әкімшілік қамақ қарастырылған.",
        _d("2022 жылғы қаңтар оқиғаларынан кейін билік бейбіт жиналыстарды өткізуді жеңілдетуге "
           "уәде берді, бірақ мониторинг деректері бойынша бас тартулар саны айтарлықтай "
           "азайған жоқ.", "2022-03-01"),
    ),
)

_KK_DETENTION = _Bank(
    templates=(
        _t("activist journalist",
           ("{city_loc} {T} ұсталды", "{T} өз үйінің жанында ұсталды"),
           ("{on_day_cap} {city_locadj} полиция қызметкерлері {T_acc} ұстады. Бұл туралы оның "
            "жақындары хабарлады.",),
           ("Ұстау таңертең үйдің кіреберісінде болған. Азаматтық киімдегі қызметкерлер өздерін "
            "таныстырмай, себебін түсіндірмеген, кейін {Ts_acc} полиция бөлімшесіне алып кеткен. "
            "Адвокатты оған бірнеше сағаттан кейін ғана кіргізген.",)),
        _t("activist journalist",
           ("{T} {n_days_arrest} тәулікке қамалды",
            "{city_loc} сот {T_acc} әкімшілік қамаққа жіберді"),
           ("{admcourt_cap} {T_dat} {n_days_arrest} тәулік әкімшілік қамақ жазасын "
            "тағайындады.",),
           ("Оған әлеуметтік желідегі бейбіт акцияға шығуға шақырған жазба себеп болған: сот "
            "мұны ӘҚБтК-нің 488-бабы бойынша келісілмеген жиналысты ұйымдастыру деп бағалады. "
            "Қорғаушы тарап акция мүлде өтпегенін айтып, ескертумен шектелуді сұраған.",)),
        _t("movement",
           ("{T_gen} белсенділері ұсталды", "{city_loc} полиция {T_gen} қатысушыларын ұстады"),
           ("{on_day_cap} {city_locadj} {T_gen} {n_small} қатысушысы ұсталды, деп хабарлады "
            "олардың пікірлестері.",),
           ("Белсенділер аудан тұрғындарымен кездесуге бара жатқан жолда ұсталған. Оларға "
            "рұқсат етілмеген жиналысқа қатысты деген айып тағылды, бірақ пікірлестерінің "
            "айтуынша, ешқандай акция жоспарланбаған.",),
           also="activist"),
        _t("journalist",
           ("{T} жұмыс кезінде ұсталды",
            "{city_loc} акцияны түсірген журналист полицияға жеткізілді"),
           ("{T} {city_locadj} наразылық акциясын түсіріп жүрген кезде полиция тарапынан "
            "ұсталды.",),
           ("{Ts} редакция куәлігін көрсеткенімен, полицейлер «бөлімшеде анықтаймыз» деген. "
            "{n_hours} сағаттан кейін журналист хаттамасыз босатылды, бірақ әріптестерінің "
            "айтуынша, камерадағы жазбалар өшірілген.",),
           extra="media_pressure"),
        _t("activist",
           ("Жарияланған акция қарсаңында {T} ұсталды",
            "Алдын ала ұстау: {city_loc} {T} ұсталды"),
           ("{city_locadj} жоспарланған митингке бір күн қалғанда полиция акцияны "
            "ұйымдастырушылардың бірі саналатын {T_acc} ұстады.",),
           ("Құқық қорғаушылар мұндай тәжірибені «алдын ала ұстау» деп атайды: белсенділерді "
            "наразылыққа қатыстырмау үшін полиция бөлімшесіне апарады немесе бірнеше тәулікке "
            "қамайды.",),
           extra="assembly"),
        _t("activist journalist",
           ("{T} {n_days_arrest} тәулік қамақтан кейін босатылды",
            "{T} {city_gen} арнаулы қабылдау орнынан шықты"),
           ("{T} әкімшілік қамақ жазасын өтеген {city_gen} арнаулы қабылдау орнынан "
            "босатылды.",),
           ("{Ts} {past_date_loc} ұсталып, келесі күні келісілмеген акцияға қатысқаны үшін "
            "қамауға алынған. Босап шыққаннан кейін {Ts} арнаулы қабылдау орнында туыстарына және "
            "адвокатқа хабарласуға рұқсат берілмегенін айтты.",)),
        _t("activist",
           ("{T} әлеуметтік желідегі жазбасынан кейін полицияға жеткізілді",
            "Әкімдікті сынаған бейнеүндеуден кейін {T} полицияға шақырылды"),
           ("{T} жергілікті билікті сынаған бейнеүндеуінен кейін {city_gen} полиция бөлімшесіне "
            "жеткізілді.",),
           ("Полицияда {Ts_dat} жазбаның «рұқсат етілмеген іс-шараға қатысуға шақыру» бар-жоғы "
            "тексерілетінін айтқан. Бірнеше сағаттан кейін {Ts_acc} түсініктеме жаздырып алып, "
            "босатқан.",)),
    ),
    q_org=(
        "Көшеге шығуға тырысқан сайын серіктерімізді ұстайды. Бұл құқық бұзушылықпен күрес емес, "
        "қорқыту",
        "Ұсталғандарды дереу босатуды және бейбіт азаматтық ұстаным үшін қудалауды тоқтатуды "
        "талап етеміз",
    ),
    q_self=(
        "Мені ешқандай түсіндірмесіз ұстады. Бөлімшеде бірнеше сағат адвокатқа хабарласуға "
        "мүмкіндік бермеді",
        "Мен ештеңе бұзған жоқпын және зорлық-зомбылыққа шақырған жоқпын. Мен тек өз пікірімді "
        "ашық айттым",
        "Бұл – мені үндемеуге мәжбүрлеу үшін жасалған қысым. Бірақ мен ісімді жалғастыра беремін",
    ),
    q_adv=(
        "{client_cap} рәсімді өрескел бұза отырып ұсталды: хаттама кейінгі күнмен толтырылған, "
        "ал куәгерлер – полиция қызметкерлері",
        "Қаулыға шағымданамыз. Пікірін бейбіт білдіргені үшін қамау Қазақстанның халықаралық "
        "міндеттемелеріне қайшы",
    ),
    resp=(
        "{police_cap} ұстауды растап, дерек бойынша тексеріс жүргізіліп жатқанын хабарлады.",
        "{police_cap} ұстау «заңға сәйкес» жүргізілгенін айтып, оның себебін нақтыламады.",
        "Полиция департаменті түсініктеме беруден бас тартты.",
    ),
    bg=(
        "Келісілмеген жиналыстарға қатысқаны үшін әкімшілік қамақ Қазақстанда азаматтық "
        "белсенділерге қолданылатын ең кең таралған шаралардың бірі болып қала береді.",
        "Құқық қорғаушылардың айтуынша, белсенділер көбіне есте қаларлық күндер мен жарияланған "
        "акциялар қарсаңында ұсталады, ал соттар әдетте полицияның жағында болады.",
        "Бейбіт жиналыстар туралы заңнаманы бұзу жөніндегі ӘҚБтК-нің 488-бабы әкімшілік қамаққа "
        "дейін жаза көздейді. Ол көбіне белсенділерге қолданылады.",
    ),
)

_KK_CRIMINAL = _Bank(
    templates=(
        _t("activist journalist",
           ("{T_dat} қатысты жалған ақпарат тарату бойынша қылмыстық іс қозғалды",
            "{T} ҚК-нің 274-бабы бойынша күдікті деп танылды"),
           ("{police_cap} {T_dat} қатысты ҚК-нің 274-бабы («Көрінеу жалған ақпарат тарату») "
            "бойынша қылмыстық іс қозғады.",),
           ("Оған әлеуметтік желідегі {post} туралы жазба себеп болған. Тергеу мәліметтер "
            "шындыққа сәйкес келмейді және «қоғамдық тәртіпті бұзу қаупін тудырды» деп санайды. "
            "Бұл бап бойынша ең ауыр жаза – жеті жылға дейін бас бостандығынан айыру.",)),
        _t("supporter",
           ("{T_dat} қатысты тыйым салынған ұйымға қатысу бойынша іс қозғалды",
            "{T} тыйым салынған ұйымның қызметіне қатысты деп айыпталуда"),
           ("{T_dat} қатысты ҚК-нің 405-бабы бойынша қылмыстық іс қозғалды. Тергеу оны {A_gen} "
            "қызметіне қатысты деп санайды.",),
           ("Сот бұл құрылымды экстремистік деп танып, Қазақстанда оған тыйым салған. Қорғаушы "
            "тараптың мәліметінше, дәлел ретінде бейнежазбаларды бөлісу және мессенджерлердегі "
            "чаттарға қатысу келтірілген. Сот бұлтартпау шарасы ретінде екі айға үйқамақ "
            "таңдады.",)),
        _t("activist journalist supporter",
           ("{T_gen} пәтерінде тінту жүргізілді",
            "{city_loc} күштік құрылымдар {T_gen} үйін тінтті"),
           ("{on_day_cap} полиция қызметкерлері {city_locadj} {T_gen} пәтерінде тінту жүргізіп, "
            "телефондары мен ноутбугін алып кетті.",),
           ("Тінту мән-жайы жария етілмеген қылмыстық іс аясында жүргізілген. Туыстарының "
            "айтуынша, тергеу әрекеттері бірнеше сағатқа созылған, ал тергеушілер басқа "
            "белсенділермен хат алмасуына қызығушылық танытқан.",)),
        _t("activist supporter",
           ("{T} {years} жылға бас бостандығын шектеуге сотталды",
            "{city_loc} сот {T_dat} үкім шығарды"),
           ("{court_cap} құқық қорғаушылар саяси астары бар деп санайтын қылмыстық іс бойынша "
            "{T_acc} {years} жылға бас бостандығын шектеуге соттады.",),
           ("Сонымен қатар {Ts_dat} {ban_years} жыл бойы қоғамдық қызметпен айналысуға тыйым "
            "салынды. Құқық қорғаушылар {Ts_acc} саяси тұтқындар тізіміне енгізді, қорғаушы "
            "тарап үкімге шағымданбақ.",)),
        _t("ngo media",
           ("{T_gen} кеңсесінде қылмыстық іс бойынша тінту жүргізілді",
            "Тергеушілер {T_abl} құжаттар мен компьютерлерді алып кетті"),
           ("Тергеушілер {city_locadj} {T_gen} кеңсесінде тінту жүргізді. Құжаттар мен "
            "компьютерлер алынды.",),
           ("Ұйымның мәліметінше, тінту қаражатты мақсатсыз пайдаланды деген қылмыстық іске "
            "байланысты. {Ts_gen} басшылығы барлық шығыс донорларға берілген есептермен "
            "расталғанын айтады, ал техниканың алынуы жұмысты іс жүзінде тоқтатып тастады.",)),
        _t("activist journalist",
           ("{T} үйқамаққа алынды", "{city_loc} сот {T_acc} екі айға үйқамаққа жіберді"),
           ("{court_cap} көрінеу жалған ақпарат тарату ісі бойынша {T_acc} үйқамаққа алуға "
            "санкция берді.",),
           ("Тергеу {Ts_acc} тергеу изоляторына жіберуді сұраған, бірақ сот үйқамақпен шектелді. "
            "Ол интернетті пайдалана алмайды және жақын туыстарынан басқа ешкіммен сөйлесе "
            "алмайды.",)),
        _t("activist journalist",
           ("{T} араздық қоздыру ісі бойынша күдікті болды",
            "{T_dat} қатысты ҚК-нің 174-бабы бойынша қылмыстық іс қозғалды"),
           ("{T} ҚК-нің 174-бабы («Әлеуметтік, ұлттық, рулық, нәсілдік, тектік-топтық немесе "
            "діни араздықты қоздыру») бойынша күдікті деп танылды.",),
           ("Оған {Ts} жергілікті шенеуніктерді сынаған бейнероликтер себеп болған. Құқық "
            "қорғаушылар «әлеуметтік араздық» ұғымы бұлыңғыр және билікті сынағаны үшін "
            "қудалауға мүмкіндік беретінін бірнеше рет айтқан.",)),
    ),
    q_org=(
        "Біз кез келген құжатты ұсынуға дайынбыз. Қылмыстық іс ұйымның жұмысын тоқтатуға "
        "жасалған әрекет сияқты көрінеді",
        "Компьютерлердің алынуы жұмысымызды іс жүзінде тоқтатты. Басты мақсат та осы",
    ),
    q_self=(
        "Мен тек өз көзіммен көргенімді айттым. Егер бұл қылмыс болса, оны сот дәлелдесін",
        "Мені іс-әрекетім үшін емес, сөзім үшін қудалап отыр",
        "Жасамаған ісім үшін кінәмді мойындамаймын",
    ),
    q_adv=(
        "Айыптау заң бұзылып жүргізілген лингвистикалық сараптамаға негізделген. Біз қайта "
        "сараптама жүргізуді талап етеміз",
        "Бұл істі саяси астары бар деп санаймыз және әрбір іс жүргізу шешіміне шағымданамыз",
        "{client_cap} ешқандай қылмыс жасаған жоқ: істе әлеуметтік желідегі жазбалардан басқа "
        "бірде-бір дәлел жоқ",
    ),
    resp=(
        "{police_cap} баспасөз қызметі қылмыстық істің қозғалғанын растап, тергеу құпиясына "
        "сілтеме жасады.",
        "{prosecutor_cap} іс «заңға қатаң сәйкес» тергеліп жатқанын және оның қоғамдық "
        "қызметпен байланысы жоқ екенін мәлімдеді.",
        "Тергеу органдары түсініктеме беруден бас тартты.",
    ),
    bg=(
        "Қылмыстық кодекстің көрінеу жалған ақпарат тарату туралы 274-бабы белсенділер мен "
        "журналистерге қарсы бірнеше рет қолданылған. Халықаралық ұйымдар Қазақстанды бұл бапты "
        "алып тастауға немесе тұжырымын тарылтуға шақырады.",
        "Тыйым салынған ұйымның қызметіне қатысу туралы ҚК-нің 405-бабы негізінен экстремистік "
        "деп танылған қозғалыстардың жақтастарына қолданылады.",
        "Құқық қорғаушылар саяси тұтқын деп санайтын адамдардың тізімін жүргізеді; онда "
        "белсенділер, журналистер және тыйым салынған қозғалыстардың жақтастары бар.",
    ),
)

_KK_SHUTDOWN_RESP = (
    "Байланыс операторлары іркілістерді «техникалық жұмыстармен» және желінің шамадан тыс "
    "жүктелуімен түсіндірді.",
    _d("Цифрлық даму министрлігі көрсетілген кезеңде интернет жұмысына қатысты шағым "
       "түспегенін хабарлады.", "2019-06-20"),
)

_KK_SITE_Q = (
    "Оқырмандарымыз сайтты тек VPN арқылы аша алатынын жазып жатыр. Біз бұл жағдайда да "
    "жұмысымызды жалғастырамыз",
    "Сот шешімінсіз және түсіндірмесіз сайтты бұғаттау – қалай атасаңыз да, цензура",
    "Бірде-бір ресми хабарлама алған жоқпыз. Қай материал ұнамағанын ешкім айтпады",
)

_KK_SHUTDOWN_Q = (
    "Акция кезінде байланысты өшіру – адамдарды болып жатқан оқиға туралы айту мүмкіндігінен "
    "айыру тәсілі",
    "Адамдар пікірін бейбіт айтуға келген еді, ал оларды туыстарына қоңырау шалу мүмкіндігінен де "
    "айырды",
)

_KK_INTERNET = _Bank(
    templates=(
        _t("site ngo",
           ("{T_gen} сайты Қазақстанда ашылмай тұр",
            "{T_gen} сайтына қолжетімділік себебі түсіндірілмей шектелді",
            "{date_abl} бастап {T_gen} сайты Қазақстанда ашылмайды"),
           ("{date_abl} бастап Қазақстандағы пайдаланушылар {T_gen} сайтын VPN-сіз аша алмай "
            "отыр. Бұл туралы {Ts_gen} өкілдері хабарлады.",
            "{date_loc} {T_gen} сайты қазақстандық пайдаланушыларда ашылмай қалды; {Ts_gen} "
            "өкілдері ешқандай хабарлама алмағанын айтады.",),
           ("Бірнеше провайдер арқылы тексергенде сайт ірі байланыс операторларының "
            "абоненттерінде ашылмайтыны, ал шетелден қолжетімді екені анықталды. {Ts_cap} "
            "бұғаттау туралы ешқандай хабарлама алмаған.",), q=_KK_SITE_Q),
        _t("media",
           ("{mior_cap} {T_gen} жарияланымына қолжетімділікті шектеді",
            "{T_dat} {post} туралы материалды өшіру талап етілді"),
           ("{mior_gen} нұсқамасы бойынша {T_gen} {post} туралы материалына қолжетімділік "
            "шектелді. Редакция жарияланымды өшіру туралы талап алды.",),
           ("Нұсқамада материалда «таратуға заңмен тыйым салынған ақпарат» бар делінген. Қандай "
            "заң бұзылғаны нақтыланбаған. Редакция мақаланы өшірмейтінін және шешімге "
            "шағымданатынын мәлімдеді.",)),
        _t("movement activist",
           ("{city_loc} акция кезінде мессенджерлер жұмысын тоқтатты",
            "{date_loc} митинг кезінде {city_gen} орталығында мобильді интернет өшірілді"),
           ("{T} жариялаған акция кезінде {city_gen} орталығында мобильді интернет жоғалып, "
            "мессенджерлер мен әлеуметтік желілер іркіліспен жұмыс істеді.",),
           ("Іркілістер акция басталардан жарты сағаттай бұрын басталып, үш сағатқа жуық "
            "созылды. Журналистер оқиға орнынан фото мен бейнежазба жібере алмады. Байланыс "
            "операторлары «техникалық жұмыстарды» сылтауратады.",),
           also="journalist_media", resp=_KK_SHUTDOWN_RESP, q=_KK_SHUTDOWN_Q),
        _t("activist journalist",
           ("Сот шешімімен {T_gen} блогы бұғатталды",
            "{city_loc} сот {T_gen} блогындағы материалдарды тыйым салынған деп таныды"),
           ("{court_cap} прокуратураның талабы бойынша {T_gen} блогындағы материалдарды тыйым "
            "салынған деп таныды, содан кейін оған қолжетімділік шектелді.",),
           ("Талап арызда жарияланымдарда «қоғамдық тәртіпті бұзуға шақыру» бар делінген. Блог "
            "авторына сот отырысы туралы хабарланбаған: {Ts} шешім туралы сайт ашылмай қалғанда "
            "білген.",)),
        _t("media",
           ("Билік сұрауы бойынша {T_gen} бейнесі Қазақстандағы көрермендерден жасырылды",
            "Қазақстандық ведомствоның талабымен {T_gen} роликіне қолжетімділік шектелді",
            "{T_gen} {post} туралы роликі Қазақстанда қолжетімсіз"),
           ("Бейнехостинг қазақстандық ведомствоның өтінішінен кейін {T_gen} роликіне "
            "Қазақстаннан кіруді шектеді.",
            "{mior_gen} сұрауы бойынша бейнехостинг {T_gen} {post} туралы роликін Қазақстандағы "
            "көрермендерден жасырды.",),
           ("Платформаның хабарламасында сұрау жергілікті заңнамаға сілтеме жасай отырып, "
            "{mior_abl} түскені айтылған. Роликте {post} туралы айтылған.",)),
        _t("movement activist",
           ("{city_loc} интернет бірнеше сағатқа өшірілді",
            "{city_loc} акция күні байланыс жоғалды",
            "{T} акция жоспарлаған күні {city_loc} интернет өшірілді"),
           ("{city_loc} мобильді және сымды интернет бірнеше сағатқа өшірілді. Бұл {T} акция "
            "өткізуді жоспарлаған күні болды.",),
           ("Пайдаланушылар ешбір сайтты аша алмағанын хабарлады. Билік өшірудің себебін ресми "
            "түрде түсіндірмеді. Құқық қорғаушылар байланысты толық өшіру адамдарды ақпараттан "
            "және бұзушылықтар туралы хабарлау мүмкіндігінен айыратынын еске салады.",),
           resp=_KK_SHUTDOWN_RESP, q=_KK_SHUTDOWN_Q),
        _t("site",
           ("Билік {T_gen} сайтының айна нұсқаларын бұғаттады",
            "Негізгі сайттан кейін {T_gen} айна сайттары да ашылмай қалды",
            "{date_abl} бастап {T_gen} айна сайттары да ашылмайды"),
           ("{T_gen} негізгі сайты бұғатталғаннан кейін бірнеше күн өткен соң Қазақстанда оның "
            "айна нұсқалары да ашылмай қалды.",
            "{on_day_cap} Қазақстанда бұрын бұғатталған {T_gen} сайтының айна нұсқалары да "
            "ашылмай қалды.",),
           ("Оқырмандар VPN мен мобильді қосымшаларды пайдалануға мәжбүр. {Ts_gen} өкілдері бір "
            "апта ішінде Қазақстаннан келетін оқырман саны екі есеге жуық азайғанын айтады.",),
           q=_KK_SITE_Q),
    ),
    q_org=(
        "Бірде-бір ресми хабарлама алған жоқпыз. Не ұнамағанын ешкім айтпады",
        "Сот шешімінсіз және түсіндірмесіз ақпаратқа қолжетімділікті шектеу – қалай атасаңыз да, "
        "цензура",
    ),
    q_self=(
        "Бұғаттау туралы жазылушыларымнан білдім. Маған ешқандай сот шешімін көрсеткен жоқ",
        "Бұғаттау – менің сұрақтарыма жауап берерлік ештеңе жоқ екенін мойындау",
    ),
    resp=(
        "{mior_cap} қолжетімділік уәкілетті органның талабы бойынша «байланыс туралы заңға "
        "сәйкес» шектелгенін мәлімдеді.",
        "Редакция {mior_dat} сауал жіберді, жауап әлі келген жоқ.",
    ),
    bg=(
        _d("Қазақстан наразылықтар мен сайлау кезінде әлеуметтік желілер мен жаңалық "
           "сайттарына қолжетімділікті бірнеше рет шектеген. 2022 жылғы қаңтарда интернет "
           "бүкіл елде бірнеше күнге өшірілді.", "2022-01-15"),
        "Байланыс туралы заң желілер мен байланыс құралдары «қылмыстық мақсатта» пайдаланылған "
        "жағдайда олардың жұмысын сот шешімінсіз тоқтата тұруға мүмкіндік береді. Құқық "
        "қорғаушылар бұл норманы тым кең деп санайды.",
        "Бұғаттауды айналып өту үшін қазақстандық пайдаланушылар VPN қызметтерін жиі "
        "қолданады.",
    ),
)

_KK_MVD_RESP = (
    "ІІМ баспасөз қызметі полиция қызметкерлері заң аясында әрекет еткенін, ал журналистер "
    "олардың әрекетіне белгіленген тәртіппен шағымдана алатынын мәлімдеді.",
    "{police_cap} журналистердің өтініші бойынша тексеріс жүргізіп жатқанын хабарлады.",
)

_KK_ACCREDITATION_Q = (
    "Себебін түсіндірмей аккредитациядан бас тарту бұқаралық ақпарат құралдары туралы заңға қайшы",
    "Бізге бірде-бір себеп айтылмады. Бұл сұрақты қай журналистер қоятынын таңдау әрекеті",
)

_KK_RAID_Q = (
    "Алынған техника – біздің мұрағатымыз бен дереккөздеріміз. Оны дереу қайтаруды талап етеміз",
    "Бұл – редакцияны ыңғайсыз жарияланымдары үшін жазалау әрекеті. Біз журналистерімізді "
    "қорғаймыз",
)

_KK_ON_DUTY_Q = (
    "Мен өз жұмысымды атқарып, куәлігімді көрсеттім. Мені жай ғана тыңдағысы келмеді",
    "Журналистті ашық сот отырысына кіргізбеуге болатын болса, соттардың ашықтығы туралы қандай "
    "әңгіме болуы мүмкін",
)

_KK_LAWSUIT_Q = (
    "Материалды өшірмеймін: онда бірде-бір жалған сөз жоқ",
    "Жарияланымдағы әр фактіні тексердік және оны сотта дәлелдеуге дайынбыз",
)

_KK_MEDIA = _Bank(
    templates=(
        _t("foreign_media",
           ("СІМ {T_gen} {n_small} журналисіне аккредитация беруден бас тартты",
            "{T_gen} {city_locadj} тағы {n_small} қызметкері аккредитациясыз қалды",
            "СІМ {T_gen} {n_small} журналисінің аккредитациясын ұзартпады"),
           ("Сыртқы істер министрлігі {T_gen} {n_small} қызметкеріне себебін түсіндірмей "
            "аккредитация беруден бас тартты.",
            "{on_day_cap} СІМ {T_gen} {n_small} журналисінің аккредитациясын ұзартпағаны белгілі "
            "болды.",),
           ("Аккредитациясыз шетелдік БАҚ журналистері Қазақстанда ресми түрде жұмыс істей "
            "алмайды. Редакцияның айтуынша, құжаттар уақтылы және толық көлемде тапсырылған, ал "
            "бас тарту себептерсіз келеді.",), q=_KK_ACCREDITATION_Q),
        _t("media journalist",
           ("{T_dat} Мәжілістен аккредитация берілмеді",
            "Мәжілістің баспасөз қызметі {T_acc} аккредиттемеді",
            "«Квота таусылды»: {T_dat} Мәжілістен аккредитация берілмеді"),
           ("Мәжілістің баспасөз қызметі БАҚ үшін «квота асып кеткенін» сылтауратып, {T_dat} "
            "аккредитация беруден бас тартты.",),
           ("Аккредитациясыз журналистер пленарлық отырыстар мен брифингтерге қатыса алмайды. "
            "Бұған дейін {Ts} депутаттардың жұмысы туралы сыни материалдар жариялаған.",),
           q=_KK_ACCREDITATION_Q),
        _t("journalist",
           ("{T_dat} {city_locadj} сот ғимаратында түсірілім жасауға рұқсат берілмеді",
            "Журналист {city_locadj} ашық сот отырысына кіргізілмеді"),
           ("{T} өзін {city_locadj} ашық сот отырысына кіргізбегенін және сот дәлізінде "
            "түсірілген бейнежазбаны өшіруді талап еткенін хабарлады.",),
           ("Сот приставы ғимаратта түсірілім жасауға тыйым салынғанын айтқан, алайда процесс "
            "ашық деп жарияланған. {Ts} пристав әрекетіне шағымданып, прокуратураға "
            "жүгінбек.",), q=_KK_ON_DUTY_Q),
        _t("media",
           ("{T_gen} редакциясында тергеу әрекеттері жүргізілді",
            "Полиция {T_gen} редакциясынан техниканы алып кетті",
            "{city_loc} полиция {T_gen} редакциясына келді"),
           ("{on_day_cap} полиция қызметкерлері {city_locadj} {T_gen} редакциясына келіп, "
            "компьютерлер мен қатты дискілерді алып кетті.",),
           ("Тергеушілер әрекеттер жала жабу туралы арыз бойынша тексеріс аясында жүргізіліп "
            "жатқанын хабарлады. Журналистер техниканың алынуы жаңалықтар шығаруды іс жүзінде "
            "тоқтатып тастағанын айтады.",), resp=_KK_MVD_RESP, q=_KK_RAID_Q),
        _t("media journalist",
           ("Шенеунік жарияланым үшін {T_abl} {claim} млн теңге талап етті",
            "Ар-намысты қорғау туралы талап: аудан әкімі {T_gen} үстінен сотқа жүгінді"),
           ("{city_gen} аудандарының бірінің әкімі {post} туралы жарияланымнан кейін {T_dat} "
            "қарсы ар-намыс пен абыройды қорғау туралы талап арыз берді.",),
           ("Талапкер материалды теріске шығаруды және {claim} млн теңге моральдық зиянды "
            "өтеуді талап етеді. Құқық қорғаушылар мұндай талаптарды редакцияларға қысым жасау "
            "тәсілі деп атайды: тіпті ұтылған іс шағын басылымды күйзелтуі мүмкін.",),
           q=_KK_LAWSUIT_Q),
        _t("journalist",
           ("Әкімдік алдында түсірілім жасаған {T_gen} телефоны алынды",
            "{city_loc} полицейлер журналистің телефонын тартып алды",
            "{city_loc} {T_gen} телефоны {n_small} күннен кейін ғана қайтарылды"),
           ("Полицейлер {akimat_gen} ғимараты алдында түсірілім жасап жатқан {T_gen} ұялы "
            "телефонын алып қойды.",),
           ("Телефон тек {n_small} күннен кейін қайтарылды, {Ts_gen} айтуынша, бұған дейін "
            "фотосуреттері мен хат алмасуы қаралған. ҚК-нің 158-бабы журналистің заңды кәсіби "
            "қызметіне кедергі келтіргені үшін жауапкершілік көздейді.",),
           resp=_KK_MVD_RESP, q=_KK_ON_DUTY_Q),
        _t("media",
           ("{T_gen} тілшісі {city_gen} әкімдігіндегі брифингке кіргізілмеді",
            "{T} журналисінің {date_locadj} брифингке жіберілмегеніне шағымданды",
            "{akimat_cap} {T_gen} тілшісін брифингке кіргізбеді"),
           ("Редакция алдын ала өтінім жібергенімен, {T_gen} тілшісі {akimat_gen} брифингіне "
            "жіберілмеді.",),
           ("Баспасөз қызметінің қызметкері «қатысушылар тізімі бекітіліп қойғанын» айтқан. Ал "
            "редакцияның мәліметінше, брифингке әкімдікке адал басқа БАҚ өкілдері "
            "кіргізілген.",)),
    ),
    q_org=(
        "Біз не болса да жұмысымызды жалғастырып, кәсіби борышымызды орындай береміз",
        "Бұл – редакцияны ыңғайсыз жарияланымдары үшін жазалау әрекеті. Біз журналистерімізді "
        "қорғаймыз",
    ),
    q_self=(
        "Не болса да журналистикамен айналыса беремін",
        "Журналистің жұмысы – сұрақ қою. Біреуге дәл осы ұнамайтын сияқты",
    ),
    resp=(
        "{mior_cap} жағдайды анықтауға уәде беріп, журналистердің жұмысына кедергі келтіруге жол "
        "берілмейтінін еске салды.",
        "Ведомство өкілдері редакцияның сауалына жауап бермеді.",
    ),
    bg=(
        "Мониторинг ұйымдары Қазақстанда жыл сайын журналистердің жұмысына кедергі келтірудің "
        "ондаған жағдайын тіркейді: оларды іс-шараларға кіргізбейді, акцияларда ұстайды, "
        "ақпарат беруден бас тартады.",
        _d("2024 жылы күшіне енген масс-медиа туралы жаңа заң журналистерді, соның ішінде "
           "шетелдік БАҚ өкілдерін аккредиттеу ережелерін өзгертті.", "2024-07-01"),
        "Қылмыстық кодекстің 158-бабы журналистің заңды кәсіби қызметіне кедергі келтіргені үшін "
        "жауапкершілік көздейді, бірақ ол бойынша істер сирек қозғалады.",
    ),
)

_KK_SMEAR = _Bank(
    templates=(
        _t("ngo media activist journalist",
           ("Мемлекеттік арна {T_acc} «шетелдік гранттарға жұмыс істейді» деп айыптады",
            "Телеарна эфирінде {T_acc} «деструктивті күш» деп атады"),
           ("Мемлекеттік телеарна {T} шетел ақшасына «тұрақтылықты шайқалтатын» желінің бөлігі "
            "ретінде көрсетілген сюжет көрсетті.",),
           ("Сюжет авторлары кейіпкерлерден пікір сұрамаған. Кадрда сөйлеген сөздерінің "
            "үзінділері мен әлеуметтік желілерден алынған фотосуреттер «грантқорлар» және "
            "«түрлі-түсті революциялар» туралы сөздермен қатар берілген.",)),
        _t("ngo activist",
           ("Анонимді Telegram-арналар {T_dat} қарсы науқан бастады",
            "{T_gen} беделін түсіретін жарияланымдар легі басталды"),
           ("Бір апта ішінде анонимді Telegram-арналарда {T} «шетелдік кураторларға жұмыс "
            "істейді» деп айыптаған кемінде {n_people} жарияланым шықты.",),
           ("Цифрлық медиа зерттеушілері науқанды үйлестірілген деп санайды: бір мәтіндер соңғы "
            "айларда ашылған ондаған аккаунт арқылы таратылады.",)),
        _t("ngo activist media",
           ("Депутат {T_acc} «бесінші колонна» деп атады",
            "Мәжіліс мінберінен {T_gen} атына айыптаулар айтылды"),
           ("Мәжілісте сөйлеген депутаттардың бірі {T_acc} «жат құндылықтарды» насихаттады деп "
            "айыптап, қаржыландыру көздерін тексеруге шақырды.",),
           ("Депутаттың айтуынша, мұндай ұйымдар мен белсенділер «ұлттық мүддеге қарсы жұмыс "
            "істейді». Фракциядағы әріптестері оны қолдады, бірақ журналистердің нақты фактілер "
            "туралы сұрақтарына депутат жауап беруден бас тартты.",)),
        _t("ngo activist",
           ("«Грантқорлар»: билікке жақын блогерлер {T_dat} шабуыл жасады",
            "Блогерлер {T_acc} «ықпал агенттері» деп атады"),
           ("Билікке адалдығымен танымал бірнеше блогер {T_acc} «грантқорлар» және «ықпал "
            "агенттері» деп атаған бейнероликтер жариялады.",),
           ("Роликтерде фотосуреттер мен жеке өмір туралы мәліметтер пайдаланылған. "
            "Жарияланымдардан кейін пікірлерде {T_dat} қатысты қорлаулар мен қоқан-лоқылар түсе "
            "бастады.",),
           extra="foreign_funding"),
        _t("activist journalist",
           ("{T_dat} қарсы жалған бейнежазба таратылуда",
            "{T} бейнеленген монтаждалған ролик әлеуметтік желілерде тарады"),
           ("Әлеуметтік желілерде {T} тәртіпсіздікке шақырады делінген монтаждалған бейнежазба "
            "таралуда. {Ts} роликті жалған деп атайды.",),
           ("Фактчекерлер бейнеден монтаж белгілерін тапқан: үзінділер әр жылдары жазылған түрлі "
            "сөйлеген сөздерден алынған. Ролик негізінен анонимді аккаунттар арқылы "
            "таратылған.",)),
        _t("ngo media",
           ("{mior_cap} «деструктивті» ұйымдар туралы баяндамада {T_acc} атады",
            "{T} «елдің жағымсыз бейнесін қалыптастыратын» ұйымдар тізіміне енді"),
           ("{mior_gen} жанындағы қоғамдық кеңестің отырысында ұсынылған баяндамада {T} «елдің "
            "жағымсыз бейнесін қалыптастыратын» ұйымдардың қатарында аталған.",),
           ("Баяндамада заң бұзу туралы нақты айыптаулар жоқ. Соған қарамастан, {Ts_gen} "
            "өкілдерінің айтуынша, ол жарияланғаннан кейін бірнеше мемлекеттік серіктес бірлескен "
            "жобалардан бас тартқан.",)),
        _t("activist journalist media",
           ("Билікке жақын сайт {T_acc} «шетелдік демеушілермен» байланысы бар деп айыптады",
            "Дәлелсіз «тергеу»: {T_acc} қашқын оппозиционерлерге жұмыс істейді деп айыптады"),
           ("Билікке жақын жаңалықтар сайты {T} «шетелдік демеушілермен» және қашқын "
            "оппозиционерлермен байланысты деп айыптаған материал жариялады.",),
           ("Мақалаға ешкім қол қоймаған, ал дәлел ретінде шыққан жері белгісіз хат алмасудың "
            "скриншоттары келтірілген. {Ts_cap} ар-намыс пен абыройды қорғау туралы сотқа талап "
            "арыз бермек.",)),
    ),
    q_org=(
        "Бізді «грантқорлар» деп атайды, бірақ бірде-бір факт келтірмейді. Бұл – адамдарды "
        "бізден қорқыту әрекеті",
        "Мұндай науқандар кездейсоқ емес: олар әрдайым маңызды саяси оқиғалар алдында басталады",
        "Біз ашықпыз: есептеріміз бен қаржыландыру көздеріміз сайтта жарияланған",
    ),
    q_self=(
        "Мені тек ыңғайсыз сұрақ қойғаным үшін өз елімнің жауы етіп көрсетуге тырысады",
        "Осы жарияланымдардан кейін маған қоқан-лоқы жаза бастады. Барлық хабарламаны сақтап, "
        "полицияға беремін",
        "Өтірік үшін ақталмаймын. Авторлар айыптауларын сотта дәлелдесін",
    ),
    resp=(
        "Жарияланым авторлары журналистердің сауалына жауап бермеді.",
        "{mior_cap} мемлекет БАҚ пен блогерлердің редакциялық саясатына араласпайтынын "
        "мәлімдеді.",
        "Журналистер сұхбаттасқан заңгерлер мұндай науқандардың тапсырыспен жасалғанын дәлелдеу "
        "өте қиын екенін айтады.",
    ),
    bg=(
        "«Грантқорлар», «бесінші колонна» және «ықпал агенттері» деген жапсырмалар тәуелсіз ҮЕҰ "
        "мен белсенділер туралы сөз болғанда билікке жақын медиа мен әлеуметтік желілерде үнемі "
        "пайда болады.",
        "Зерттеушілер беделін түсіру науқандары көбіне әкімшілік немесе қылмыстық қудалаудың "
        "алдында жүретінін атап өтеді.",
    ),
)

_KK_SUMMONS_Q = (
    "Мені қандай мәртебеде жауапқа алғанын білмеймін. Маған тіпті хаттаманың көшірмесін бермеді",
    "Маған жалғастыра берсем, салдары болатынын тура түсіндірді. Бірақ мен заңсыз ештеңе істеп "
    "жүрген жоқпын",
)

_KK_RELATIVES_Q = (
    "Ең жаманы – туыстарыма қысым көрсете бастағаны. Бұл – белден төмен соққы",
    "Мен заңсыз ештеңе істеп жүрген жоқпын және жасырынбаймын",
)

_KK_INTIMIDATION = _Bank(
    templates=(
        _t("activist journalist",
           ("{T} ҰҚК-ға шақырылды", "ҰҚК {T_acc} жауапқа шақырды"),
           ("{T} {dknb_dat} шақыру қағазын алды. Құжатта шақыру себебі көрсетілмеген.",),
           ("Шамамен {n_hours} сағатқа созылған жауап алу кезінде {Ts_abl} таныс белсенділер, "
            "шетелге сапарлары және табыс көздері туралы сұраған. {Ts_gen} істегі мәртебесі "
            "түсіндірілмеген.",), q=_KK_SUMMONS_Q),
        _t("activist journalist",
           ("Полиция {T_gen} үйіне «профилактикалық әңгімеге» келді",
            "Акция қарсаңында полиция {T_gen} үйіне «әңгімелесуге» келді"),
           ("Учаскелік инспектор мен азаматтық киімдегі қызметкер {T_gen} үйіне келіп, рұқсат "
            "етілмеген акцияларға қатысуға жол берілмейтіні туралы «профилактикалық әңгіме» "
            "өткізді.",),
           ("{Ts_gen} айтуынша, полицейлер одан «жауапкершілік туралы ескертілгені» туралы "
            "қағазға қол қоюды сұраған. Құқық қорғаушылардың дерегінше, {city_gen} басқа "
            "белсенділеріне де осындай сапарлар болған.",),
           resp=("Полиция профилактикалық әңгімелер «құқық бұзушылықтың алдын алу "
                 "мақсатында» "
                 "өткізілетінін және қысым шарасы емес екенін мәлімдеді.",)),
        _t("activist journalist",
           ("{T_dat} Қазақстаннан шығуға тыйым салынды",
            "{city_gen} әуежайында {T_acc} елден шығармады"),
           ("{city_gen} әуежайындағы шекарашылар шетелге шығуға уақытша шектеу бар екенін айтып, "
            "{T_acc} {abroad} ұшатын рейске өткізбеді.",),
           ("Кейін белгілі болғандай, шектеу әлдеқашан төленген айыппұл бойынша атқарушылық іс "
            "жүргізу аясында салынған. {Ts} оған адам құқықтары жөніндегі халықаралық "
            "конференцияға сапары себеп болды деп санайды.",)),
        _t("activist journalist",
           ("{T} аңдуға ұшырағанын мәлімдеді", "Белгісіз адамдар {T_gen} соңына түскен"),
           ("{T} бірнеше аптадан бері азаматтық киімдегі адамдар өзін аңдып жүргенін "
            "мәлімдеді.",),
           ("{Ts_gen} айтуынша, үйінің жанында нөмірсіз бір көлік тұрады, ал дереккөздерімен "
            "кездесулерге бейтаныс адамдар келіп, қатысушыларды суретке түсіреді. Полицияға "
            "жүгіну әзірге нәтиже берген жоқ.",)),
        _t("ngo",
           ("{T_gen} қызметкерлерінің туыстарын «әңгімеге» шақырып жатыр",
            "{T} қызметкерлердің туыстарына қысым жасалып жатқанына шағымданды"),
           ("{T_gen} қызметкерлері туыстарын әкімдік пен полицияға шақырып, оларға «ықпал "
            "етуді» сұрайтынын хабарлады.",),
           ("Қызметкерлердің бірінің айтуынша, оның ата-анасына қызын жұмыстан шығуға көндіру "
            "ұсынылған, әйтпесе ағасының жұмысында «проблемалар болады» деген. Ұйым мұны ұжымды "
            "қорқыту әрекеті деп санайды.",)),
        _t("activist journalist",
           ("{post_cap} туралы жарияланымнан кейін {T_dat} қоқан-лоқы көрсетілуде",
            "{T} телефон арқылы қорқытылғанын хабарлады"),
           ("{T} {post} туралы жарияланымнан кейін телефон арқылы қоқан-лоқы алғанын "
            "хабарлады.",),
           ("Қоңырау шалғандар өздерін таныстырмай, «өз ісіңмен айналыс» деп кеңес берген. {Ts} "
            "полицияға арыз жазған, бірақ оның айтуынша, тексеріс формалды жүріп жатыр, ал "
            "бірнеше күннен кейін оны әкімдікке «әңгімеге» шақырған.",)),
        _t("activist",
           ("ҰҚК қызметкерлері {T_gen} Қазақстандағы туыстарына барды",
            "Туыстары арқылы қысым: {T_gen} отбасына ҰҚК-дан келді"),
           ("{T} әлеуметтік желілердегі сөздерінен кейін {city_locadj} туыстарына ҰҚК "
            "қызметкерлері барғанын хабарлады.",),
           ("{Ts} бірнеше жылдан бері шетелде тұрып, бейнежазбаларында Қазақстан билігін "
            "сынайды. Оның айтуынша, туыстарына {Ts_dat} «ықпал етуді» ұсынып, жұмыстарында "
            "проблемалар болуы мүмкін екенін меңзеген.",), q=_KK_RELATIVES_Q),
    ),
    q_org=(
        "Біз әр осындай жағдайды тіркеп отырмыз. Қызметкерлер мен олардың отбасыларын қорқыту – "
        "бүкіл ұйымға қысым",
        "Адамдар қорқа бастады. Кейбір еріктілер бізбен жұмыс істеуден бас тартты",
    ),
    q_self=(
        "Маған жалғастыра берсем, салдары болатынын тура түсіндірді. Бірақ мен заңсыз ештеңе "
        "істеп жүрген жоқпын",
        "Мен заңсыз ештеңе істеп жүрген жоқпын және жасырынбаймын",
    ),
    q_adv=(
        "{client_cap} өз көзқарасы мен кездесулері туралы ешкімге есеп беруге міндетті емес. Біз "
        "прокуратураға шағым жібердік",
    ),
    resp=(
        "{dknb_cap} жағдайға түсініктеме бермеді.",
        "Полиция түсініктеме беруден бас тартты.",
        "ҰҚК баспасөз қызметі редакцияның сауалын жауапсыз қалдырды.",
    ),
    bg=(
        "Құқық қорғаушылар «профилактикалық әңгімелерді», арнаулы қызметтерге шақыруды және "
        "шетелге шығуға тыйым салуды қысымның «жұмсақ» түрлері деп атайды: олар сотты қажет "
        "етпейді, бірақ адамдарды белсенділіктен бас тартуға мәжбүрлейді.",
        "Құқық қорғау ұйымдарының деректерінше, белсенділердің, соның ішінде шетелде "
        "тұратындардың туыстарына қысым көрсету кең таралған тәжірибеге айналды.",
    ),
)

_KK_GENERAL = (
    "Құқық қорғаушылар коммерциялық емес ұйымдар мен тәуелсіз белсенділерге қысым әдетте сайлау "
    "алдында және қоғамдық маңызы бар оқиғалар кезінде күшейетінін атап өтеді.",
    "Қазақстан билігі азаматтық қоғаммен диалогқа адал екенін бірнеше рет мәлімдеген. Алайда "
    "халықаралық құқық қорғау ұйымдары бірлесу, жиналыс және сөз бостандығына қатысты шектеулер "
    "сақталып отырғанын айтады.",
    "Қазақстанда ондаған мың коммерциялық емес ұйым тіркелген, бірақ олардың аз ғана бөлігі "
    "құқық қорғау қызметімен және мемлекеттік органдардың жұмысын бақылаумен айналысады.",
    "Қазақстанның халықаралық серіктестері, соның ішінде ЕҚЫҰ мен Еуропалық одақ, билікті "
    "азаматтық қоғамның жұмысы үшін қолайлы жағдай жасауға бірнеше рет шақырған.",
    "Қазақстандағы сөз және бірлесу бостандығының жағдайын халықаралық құқық қорғау ұйымдары "
    "үнемі сынайды.",
)


# ---------------------------------------------------------------------------------------------
# Russian neutral news

_RU_NEUTRAL = (
    _n("economy", "тенге|курс валют|KASE",
       ("Тенге {tenge_move} на торгах KASE: доллар стоит {usd}",
        "Курс доллара на бирже составил {usd} тенге",
        "Средневзвешенный курс доллара — {usd} тенге"),
       ("По итогам утренней сессии на Казахстанской фондовой бирже средневзвешенный курс доллара "
        "составил {usd} тенге.",
        "Национальная валюта {tenge_move} к доллару на {usd_delta} тенге по итогам торгов на "
        "KASE."),
       ("По итогам торгов {date} средневзвешенный курс доллара США на Казахстанской фондовой "
        "бирже составил {usd} тенге. Объём торгов превысил {n2} млн долларов.",
        "Тенге {tenge_move} к доллару на {usd_delta} тенге: по итогам основной сессии на KASE "
        "средневзвешенный курс составил {usd} тенге за доллар."),
       ("Курс евро в обменных пунктах {city_gen} колеблется в районе {eur} тенге, российский "
        "рубль продают по {rub} тенге.",
        "Аналитики связывают динамику курса с ценами на нефть и налоговым периодом: в конце "
        "месяца экспортёры продают валюту для уплаты налогов.",
        "Национальный банк напоминает, что придерживается режима свободно плавающего курса и "
        "проводит интервенции только для сглаживания резких колебаний.",
        "В обменниках разница между курсом покупки и продажи доллара составляет в среднем два-три "
        "тенге. Эксперты советуют не совершать крупных валютных операций в расчёте на "
        "краткосрочные колебания.",
        "Официальный курс на следующий день Нацбанк рассчитает по итогам сегодняшних торгов.")),
    _n("economy", "нефть|Brent|экономика",
       ("Нефть марки Brent {brent_move} до {brent} долларов за баррель",
        "Цены на нефть: Brent торгуется у отметки {brent} долларов"),
       ("Стоимость эталонной нефти марки Brent {brent_move} на {brent_delta}% и составляет "
        "{brent} долларов за баррель.",),
       ("Фьючерсы на нефть марки Brent на лондонской бирже ICE {brent_move} на {brent_delta}%, "
        "до {brent} долларов за баррель. Участники рынка следят за решениями стран ОПЕК+ и "
        "данными о запасах в США.",),
       ("Казахстан как участник соглашения ОПЕК+ обязался соблюдать квоту на добычу, однако в "
        "отдельные месяцы превышал её из-за роста производства на крупных месторождениях.",
        "Нефть остаётся главной статьёй казахстанского экспорта: на неё приходится более "
        "половины поступлений от внешней торговли.",
        "Основной объём казахстанской нефти экспортируется по трубопроводу Каспийского "
        "трубопроводного консорциума через порт Новороссийск.",
        "Аналитики ожидают, что в ближайшие недели цены будут колебаться в узком диапазоне, пока "
        "не прояснится ситуация со спросом в Китае.",
        "Доходы от продажи нефти формируют значительную часть Национального фонда, из которого "
        "финансируются трансферты в республиканский бюджет.")),
    _n("economy", "нефть|добыча|Минэнерго",
       ("Казахстан в прошлом месяце добыл {oil_mt} млн тонн нефти",
        "Добыча нефти в Казахстане составила {oil_mt} млн тонн за месяц"),
       ("Добыча нефти и газового конденсата в Казахстане в прошлом месяце составила {oil_mt} млн "
        "тонн, сообщили в Министерстве энергетики.",),
       ("По данным Министерства энергетики, в прошлом месяце в Казахстане добыто {oil_mt} млн "
        "тонн нефти и газового конденсата. Основной объём обеспечили Тенгиз, Кашаган и "
        "Карачаганак.",),
       ("На Тенгизе продолжаются работы по проекту будущего расширения, который должен увеличить "
        "добычу на месторождении.",
        "Большая часть добытой нефти ушла на экспорт, остальное направлено на три крупных "
        "нефтеперерабатывающих завода страны.",
        "В Минэнерго отмечают, что плановые ремонты на месторождениях проводятся по графику и не "
        "повлияли на годовой прогноз.",
        "Цены на бензин на внутреннем рынке, по данным ведомства, остаются стабильными.")),
    _n("weather", "погода|Казгидромет|прогноз",
       ("Синоптики рассказали о погоде в {city_prep} на ближайшие дни",
        "Прогноз погоды: в {city_prep} ожидается {precip}",
        "Казгидромет: днём {t_day}, ночью {t_night}"),
       ("В ближайшие три дня в {city_prep} ожидается {precip}, температура воздуха днём составит "
        "{t_day} градусов, сообщили в Казгидромете.",),
       ("По данным Казгидромета, в {city_prep} днём ожидается {t_day} градусов, ночью "
        "{t_night}. Ветер юго-западный, {wind} м/с, местами {precip}.",
        "Синоптики предупреждают: на большей части территории Казахстана сохранится "
        "неустойчивая погода. В {city_prep} — {precip}, температура воздуха днём {t_day}."),
       ("В горных и предгорных районах юга и юго-востока возможны порывы ветра до {wind} метров "
        "в секунду. Водителей просят быть внимательнее на трассах.",
        "В северных и центральных регионах ожидается переменная облачность без существенных "
        "осадков, в западных областях — усиление ветра.",
        "В ДЧС рекомендуют жителям следить за штормовыми предупреждениями и без необходимости не "
        "выезжать на загородные трассы в непогоду.",
        "К концу недели синоптики обещают постепенную стабилизацию погоды.",
        "Метеорологи напоминают, что прогноз уточняется ежедневно, а актуальные штормовые "
        "предупреждения публикуются на сайте Казгидромета.")),
    _n("sport", "футбол|Премьер-лига|спорт",
       ("Матч {f_win} — {f_lose} завершился со счётом {f_ws}:{f_ls}",
        "Футбол: команда {f_win} победила со счётом {f_ws}:{f_ls}"),
       ("В очередном туре казахстанской Премьер-лиги команда {f_win} победила команду {f_lose} "
        "со счётом {f_ws}:{f_ls}.",),
       ("Встреча прошла при {n3} зрителях. Команда {f_win} открыла счёт уже в первом тайме и "
        "сумела удержать преимущество до финального свистка. Итоговый счёт — {f_ws}:{f_ls}.",),
       ("Главный тренер победителей после игры отметил, что команда выполнила установку и "
        "сохранила концентрацию до конца встречи.",
        "У проигравших были шансы отыграться, однако они не реализовали несколько моментов у "
        "ворот соперника.",
        "После этого тура в турнирной таблице сохраняется плотная борьба за места, дающие право "
        "выступить в еврокубках.",
        "Следующий тур пройдёт на следующей неделе. Билеты на матчи продаются онлайн.",
        "Лучшим игроком встречи признан полузащитник победителей, отметившийся голом и "
        "результативной передачей."),
       months="3 4 5 6 7 8 9 10 11"),
    _n("sport", "хоккей|КХЛ|Барыс",
       ("КХЛ: {h_win} сильнее — {h_ws}:{h_ls}",
        "«Барыс» — {h_opp}: победа команды {h_win} со счётом {h_ws}:{h_ls}"),
       ("В регулярном чемпионате КХЛ встреча с участием «Барыса» завершилась со счётом "
        "{h_ws}:{h_ls} в пользу команды {h_win}.",),
       ("Игра получилась напряжённой: команды обменялись голами в первом периоде, а исход "
        "встречи решился в третьем. Итог — {h_ws}:{h_ls} в пользу команды {h_win}.",),
       ("Вратарь победителей отразил большинство бросков и стал одним из героев матча.",
        "«Барыс» продолжает борьбу за место в зоне плей-офф Восточной конференции.",
        "Следующую игру столичная команда проведёт через два дня.",
        "Посещаемость домашних матчей «Барыса» в этом сезоне выросла, сообщили в клубе.",
        "Главный тренер казахстанского клуба после игры отметил, что команде нужно "
        "прибавить в реализации большинства."),
       months="1 2 3 9 10 11 12"),
    _n("sport", "бокс|спорт|сборная",
       ("Казахстанский боксёр {ath} вышел в финал международного турнира",
        "{ath_cap} пробился в финал турнира по боксу"),
       ("Казахстанский боксёр {ath} одержал победу в полуфинале международного турнира и "
        "поборется за золото.",),
       ("В полуфинальном поединке {ath} победил соперника единогласным решением судей. Финал "
        "состоится через два дня.",),
       ("Сборная Казахстана по боксу традиционно считается одной из сильнейших в мире.",
        "Всего на турнире выступают {n_few} казахстанских спортсменов, часть из них уже обеспечила "
        "себе медали.",
        "Турнир является этапом подготовки к крупным международным стартам сезона.",
        "Главный тренер сборной отметил хорошую функциональную готовность боксёров."),
       ),
    _n("culture", "культура|выставки|искусство",
       ("В {city_prep} открылась выставка: более {n2} работ казахстанских художников",
        "Новая выставка в {city_prep}: живопись, графика и скульптура"),
       ("В {city_prep} открылась выставка, на которой представлены работы казахстанских "
        "художников разных поколений.",),
       ("Экспозиция разместилась в залах музея изобразительного искусства. В неё вошли живопись, "
        "графика и скульптура, в том числе работы из фондов музея, которые ранее не "
        "выставлялись.",),
       ("Организаторы рассчитывают, что проект привлечёт школьников и студентов: для них "
        "предусмотрены бесплатные экскурсии и мастер-классы.",
        "Выставка продлится до {future_date}. Вход для пенсионеров и детей бесплатный.",
        "По словам кураторов, на подготовку экспозиции ушло больше года.",
        "Проект реализуется при поддержке местного управления культуры.")),
    _n("culture", "культура|театр|премьера",
       ("Театр в {city_prep} представил премьеру {date}",
        "Премьера сезона: драмтеатр {city_gen} показал новый спектакль"),
       ("Зрители увидели новую постановку по мотивам произведений классиков казахской "
        "литературы.",),
       ("Премьера спектакля состоялась на большой сцене драматического театра. Постановку "
        "подготовила молодая команда режиссёров, а в главных ролях заняты артисты труппы разных "
        "поколений.",),
       ("По словам организаторов, билеты на первые показы были раскуплены за несколько дней.",
        "Спектакль идёт на казахском языке с синхронным переводом на русский.",
        "В следующем месяце театр отправится с постановкой на гастроли по областным центрам.",
        "Театральные критики отметили сценографию и музыкальное оформление спектакля.")),
    _n("transport", "транспорт|авиация|аэропорт",
       ("Из {city_gen} запустят прямой авиарейс в {abroad}",
        "Новый международный рейс откроется в аэропорту {city_gen}"),
       ("Авиакомпания откроет прямой рейс из {city_gen} в {abroad}: полёты будут выполняться "
        "{n_small} раза в неделю.",),
       ("Первый рейс запланирован на {future_date}. Перевозчик будет использовать самолёты "
        "Airbus A320neo, стоимость билетов в одну сторону начинается от {n4} тенге.",),
       ("В прошлом году пассажиропоток аэропорта вырос на {pct}%, говорится в сообщении.",
        "В компании отмечают, что при высоком спросе количество рейсов может быть увеличено.",
        "Билеты уже доступны на сайте перевозчика и в мобильном приложении.",
        "В аэропорту продолжается реконструкция терминала, которую планируют завершить в "
        "следующем году.")),
    _n("transport", "транспорт|автобусы|город",
       ("С {future_date} в {city_prep} изменятся маршруты общественного транспорта",
        "Автобусные маршруты в {city_prep} продлят до новых микрорайонов"),
       ("С {future_date} в {city_prep} изменятся схемы движения нескольких автобусных "
        "маршрутов.",),
       ("Изменения связаны с ремонтом дорог и открытием новых жилых комплексов. В городском "
        "управлении пассажирского транспорта обещают, что интервалы движения не увеличатся.",),
       ("Жителей просят заранее уточнять расписание в мобильных приложениях и на остановках.",
        "В городе продолжается обновление автобусного парка: в этом году закуплено {n2} новых "
        "автобусов, работающих на газе и электричестве.",
        "Оплатить проезд можно транспортной картой, банковской картой или через QR-код.",
        "Пассажиры могут оставить отзывы о работе маршрутов в городском колл-центре.")),
    _n("health", "здравоохранение|медицина|поликлиники",
       ("В {city_prep} открылась новая поликлиника",
        "Новая поликлиника на {n3} посещений в смену открылась в {city_prep}"),
       ("В {city_prep} открылась поликлиника, рассчитанная на {n3} посещений в смену.",),
       ("Новое медицинское учреждение будет обслуживать жителей нескольких микрорайонов. Здесь "
        "работают кабинеты узких специалистов, лаборатория и дневной стационар.",),
       ("Прикрепиться к поликлинике можно через портал электронного правительства или при "
        "личном обращении в регистратуру.",
        "В управлении здравоохранения отмечают, что в регионе продолжается модернизация "
        "первичной медико-санитарной помощи.",
        "В поликлинике будет работать кабинет телемедицины для консультаций с ведущими "
        "клиниками страны.",
        "В прошлом году в регионе открылось {n_small} новых медицинских объекта, ещё несколько "
        "строится.")),
    _n("health", "здравоохранение|вакцинация|грипп",
       ("Минздрав напомнил о сезонной вакцинации: в {city_prep} открыты прививочные пункты",
        "Врачи призвали жителей {city_gen} привиться от гриппа до начала сезона"),
       ("В Министерстве здравоохранения напомнили, что прививку от гриппа рекомендуется сделать "
        "до начала сезонного подъёма заболеваемости.",),
       ("Вакцина доступна бесплатно для групп риска: детей, беременных, пожилых людей и "
        "медицинских работников. Остальные могут привиться платно в частных клиниках.",),
       ("Врачи призывают при первых симптомах простуды не заниматься самолечением и обращаться "
        "к терапевту.",
        "По данным санитарных врачей, заболеваемость ОРВИ в регионе пока не превышает "
        "эпидемического порога.",
        "В школах и детских садах усилен утренний фильтр.",
        "Иммунитет после вакцинации формируется примерно через две недели."),
       months="9 10 11"),
    _n("education", "образование|школы|строительство",
       ("В {city_prep} построят {n_small} новые школы",
        "Новые школы на {n3} мест откроются в {city_prep}"),
       ("До конца года в {city_prep} планируют ввести в эксплуатацию {n_small} новые школы на "
        "{n3} ученических мест.",),
       ("Строительство ведётся в рамках национального проекта по ликвидации аварийных и "
        "трёхсменных школ. В новых зданиях предусмотрены лаборатории, спортивные залы и "
        "библиотеки.",),
       ("В управлении образования отмечают, что рост числа учеников связан с притоком населения "
        "в новые микрорайоны.",
        "Родителей просят заранее подать заявления на зачисление через портал электронного "
        "правительства.",
        "В следующем учебном году в регионе планируют открыть кружки робототехники и "
        "программирования.",
        "Подрядчики обещают сдать объекты до начала учебного года.")),
    _n("education", "образование|олимпиады|школьники",
       ("Школьники из {city_gen} стали призёрами международной олимпиады",
        "Казахстанские школьники завоевали {n_small} медали на олимпиаде по {subject_dat}"),
       ("Команда школьников из {city_gen} завоевала {n_small} медали на международной олимпиаде "
        "по {subject_dat}.",),
       ("Ребята соревновались с ровесниками из десятков стран. Подготовку к олимпиаде они вели "
        "под руководством учителей специализированной школы.",),
       ("Победители олимпиад получают дополнительные баллы при поступлении в вузы и право на "
        "образовательный грант.",
        "В Министерстве просвещения поздравили участников и их наставников.",
        "В следующем году команда планирует выступить ещё на нескольких международных "
        "турнирах.")),
    _n("tech", "технологии|eGov|цифровизация",
       ("Услуга «{service}» стала доступна онлайн",
        "С {future_date} на портале eGov станут доступны новые услуги"),
       ("Ещё {n_small} государственные услуги стали доступны онлайн через портал электронного "
        "правительства.",),
       ("В Министерстве цифрового развития пояснили, что теперь заявки можно подать через портал "
        "или мобильное приложение, подтвердив личность с помощью электронной цифровой подписи "
        "или биометрии.",),
       ("По данным ведомства, в прошлом году через портал было оказано более {n2} млн услуг.",
        "Эксперты отмечают, что спрос на цифровые сервисы в регионах растёт быстрее, чем в "
        "крупных городах.",
        "Для пожилых людей в ЦОНах работают консультанты, которые помогают пользоваться "
        "порталом.")),
    _n("tech", "технологии|стартапы|инвестиции",
       ("Казахстанский стартап привлёк {mln} млн тенге инвестиций",
        "ИТ-компания из {city_gen} получила {mln} млн тенге на выход на новые рынки"),
       ("Казахстанская ИТ-компания, разрабатывающая сервис для малого бизнеса, привлекла "
        "инвестиции в размере {mln} млн тенге.",),
       ("Средства пойдут на развитие продукта и выход на рынки соседних стран. Компания "
        "является резидентом технопарка Astana Hub.",),
       ("Основатели стартапа рассчитывают увеличить штат разработчиков вдвое до конца года.",
        "Сервисом уже пользуются несколько тысяч предпринимателей.",
        "Инвесторы отмечают рост интереса к казахстанским технологическим компаниям.")),
    _n("world", "в мире|продовольствие|ФАО",
       ("Мировые цены на продовольствие изменились за месяц на {pct}% — ФАО",
        "ФАО: индекс цен на продовольствие изменился на {pct}%"),
       ("Индекс продовольственных цен Продовольственной и сельскохозяйственной организации ООН "
        "за месяц изменился на {pct}%.",),
       ("Больше всего изменились цены на растительные масла и сахар, тогда как зерно и "
        "молочная продукция остались почти на прежнем уровне.",),
       ("Эксперты ФАО связывают динамику с прогнозами урожая в крупнейших странах-экспортёрах.",
        "Казахстан входит в число крупных экспортёров пшеницы и муки в регионе.",
        "Следующий доклад организации выйдет в начале следующего месяца.")),
    _n("city", "город|благоустройство|акимат",
       ("В {city_prep} благоустроят {n_few} парков и скверов",
        "Акимат {city_gen} рассказал о планах по благоустройству"),
       ("В этом году в {city_prep} планируют благоустроить {n_few} парков и скверов, сообщили "
        "в акимате.",),
       ("Работы включают замену освещения, укладку плитки, установку скамеек и детских "
        "площадок. На благоустройство из местного бюджета выделено {bln} млн тенге.",),
       ("Жители могут предложить свои идеи по благоустройству дворов через городскую платформу "
        "обращений.",
        "В акимате обещают, что работы будут завершены до наступления холодов.",
        "Отдельное внимание уделят доступности среды для людей с инвалидностью.",
        "По данным акимата, в прошлом году в городе высадили более {n2} тыс. деревьев.")),
    _n("city", "город|дороги|ремонт",
       ("В {city_prep} завершили ремонт улиц в центре: на работы ушло {bln} млн тенге",
        "Ремонт дорог в {city_prep}: какие улицы откроют для движения"),
       ("Подрядчики завершили капитальный ремонт нескольких улиц в центральной части "
        "{city_gen}.",),
       ("Там заменили инженерные сети, обновили тротуары и установили новые светофоры. "
        "Движение по отремонтированным участкам восстановлено.",),
       ("На ремонтные работы в этом году выделено {bln} млн тенге.",
        "Гарантийный срок на выполненные работы составляет пять лет.",
        "Жителей просят сообщать о дефектах покрытия в городскую службу обращений.",
        "Следующим этапом станет ремонт дорог в пригородных посёлках.")),
    _n("agriculture", "сельское хозяйство|посевная|аграрии",
       ("Посевная кампания: на {date} засеяно более {n_few} млн гектаров",
        "Аграрии приступили к весеннему севу"),
       ("Весенне-полевые работы в Казахстане идут по графику: засеяно более {n_few} млн "
        "гектаров, сообщили в Министерстве сельского хозяйства.",),
       ("Основная часть посевов приходится на пшеницу, также аграрии сеют ячмень, масличные и "
        "кормовые культуры. Для проведения посевной выделены льготные кредиты и субсидии.",),
       ("Фермеры отмечают, что запасы влаги в почве после зимы в большинстве регионов "
        "достаточные.",
        "Стоимость дизельного топлива для аграриев на время посевной зафиксирована.",
        "Завершить сев в северных областях планируют к началу июня."),
       months="4 5 6"),
    _n("agriculture", "сельское хозяйство|уборочная|зерно",
       ("Уборочная: на {date} намолочено более {n_few} млн тонн зерна",
        "Аграрии северных регионов убирают урожай: сводка на {date}"),
       ("В Казахстане продолжается уборочная кампания: намолочено более {n_few} млн тонн зерна "
        "при средней урожайности {n1} центнеров с гектара.",),
       ("Больше всего зерна собрано в Костанайской, Акмолинской и Северо-Казахстанской "
        "областях. Погода пока позволяет вести уборку без серьёзных перерывов.",),
       ("Часть урожая планируется направить на экспорт в страны Центральной Азии и Китай.",
        "Аграрии жалуются на рост стоимости запчастей и топлива.",
        "Минсельхоз прогнозирует, что урожай позволит полностью обеспечить внутренние "
        "потребности."),
       months="8 9 10"),
    _n("economy", "экономика|инфляция|цены",
       ("Годовая инфляция в Казахстане по итогам {prev_month_gen} — {inflation}%",
        "Инфляция в Казахстане: цены за год выросли на {inflation}%"),
       ("Годовая инфляция в Казахстане по итогам {prev_month_gen} составила {inflation}%, "
        "сообщили в органах статистики.",),
       ("Продовольственные товары за год подорожали на {pct2}%, непродовольственные — на "
        "{pct}%, платные услуги — на {pct3}%.",),
       ("Сильнее всего за месяц выросли цены на овощи, сахар и лекарства.",
        "Национальный банк ожидает замедления инфляции, однако предупреждает о рисках, "
        "связанных с ростом тарифов и бюджетными расходами.",
        "Экономисты отмечают, что инфляционные ожидания населения остаются высокими.")),
    _n("economy", "экономика|ВВП|статистика",
       ("ВВП Казахстана за {gdp_period} {gdp_move} на {gdp}%",
        "Экономика Казахстана за {gdp_period}: ВВП {gdp_move} на {gdp}%"),
       ("По предварительной оценке, ВВП Казахстана за {gdp_period} {gdp_move} на {gdp}%.",),
       ("Наибольшее влияние на динамику оказали строительство, торговля, транспорт и связь. В "
        "горнодобывающей промышленности изменения были скромнее.",),
       ("Инвестиции в основной капитал за тот же период выросли на {pct}%.",
        "Международные финансовые институты оценивают перспективы экономики Казахстана "
        "сдержанно-позитивно.",
        "Правительство рассчитывает на рост обрабатывающей промышленности и "
        "несырьевого экспорта.")),
)

# ---------------------------------------------------------------------------------------------
# Russian hard negatives: the vocabulary of pressure, but no pressure on civil society

_RU_HARD = (
    _n("transport", "ПДД|штрафы|дороги",
       ("Камеры в {city_prep} зафиксировали более {n2} тыс. нарушений скоростного режима",
        "Штраф за превышение скорости: полиция {city_gen} напомнила водителям о суммах"),
       ("С начала года камеры видеофиксации в {city_prep} зарегистрировали более {n2} тыс. "
        "случаев превышения скорости, сообщили в полиции.",
        "Полицейские напомнили водителям о штрафах за превышение скорости и проезд на красный "
        "свет."),
       ("Штраф за превышение скорости более чем на 20 километров в час составляет от 5 до 20 "
        "МРП в зависимости от нарушения. При оплате в течение семи дней действует скидка.",),
       ("Постановления о штрафах приходят владельцам автомобилей через портал электронного "
        "правительства и SMS.",
        "В полиции отмечают, что после установки камер число аварий на опасных участках "
        "снизилось на {pct}%.",
        "Самыми частыми нарушениями остаются превышение скорости, непристёгнутый ремень и "
        "разговор по телефону за рулём.",
        "Водителей, которые не оплачивают штрафы, могут ограничить в выезде из страны до "
        "погашения задолженности.")),
    _n("incidents", "ДТП|полиция|дороги",
       ("В {city_prep} водителя оштрафовали за выезд на встречную полосу",
        "Лишён прав: в {city_prep} водитель внедорожника объезжал пробку по встречной"),
       ("Полицейские {city_gen} привлекли к ответственности водителя, выехавшего на встречную "
        "полосу, чтобы объехать пробку.",),
       ("Нарушение зафиксировала камера на одном из перекрёстков. Водителя задержали через "
        "несколько минут, на него составлен протокол, суд лишил его водительских прав.",),
       ("В полиции напоминают, что выезд на встречную полосу — одна из главных причин "
        "смертельных аварий.",
        "Видео с нарушением было опубликовано в социальных сетях, после чего полиция нашла "
        "водителя.",
        "За повторное нарушение грозит административный арест.")),
    _n("incidents", "криминал|кражи|полиция",
       ("В {city_prep} задержали подозреваемых в серии квартирных краж: ущерб превышает {n1} "
        "млн тенге",
        "Полиция задержала квартирных воров в {city_prep}"),
       ("Сотрудники полиции {city_gen} задержали двоих подозреваемых в серии квартирных краж. "
        "Ущерб превышает {n1} млн тенге.",),
       ("По данным полиции, злоумышленники проникали в квартиры днём, когда хозяева были на "
        "работе. Их вычислили по записям камер видеонаблюдения. Возбуждено уголовное дело, "
        "подозреваемые помещены в изолятор временного содержания.",),
       ("Часть похищенного имущества уже возвращена владельцам.",
        "В ходе обыска по месту жительства подозреваемых изъяты ювелирные украшения и бытовая "
        "техника.",
        "Полицейские советуют жителям устанавливать дополнительные замки и не оставлять ключи в "
        "почтовых ящиках.",
        "Санкция статьи предусматривает до пяти лет лишения свободы.")),
    _n("incidents", "криминал|наркотики|полиция",
       ("В {city_prep} задержаны сбытчики синтетических наркотиков",
        "В {city_prep} ликвидировали нарколабораторию"),
       ("Полицейские {city_gen} задержали {n_small} подозреваемых в сбыте синтетических "
        "наркотиков.",),
       ("У задержанных изъято более {n_few} килограммов синтетических веществ. По данным "
        "полиции, они распространяли наркотики через тайники и рекламировали их в "
        "мессенджерах.",),
       ("Сайты и каналы, через которые продавались наркотики, заблокированы по представлению "
        "полиции.",
        "Возбуждено уголовное дело по статье о незаконном обороте наркотиков. Задержанным "
        "грозит до 15 лет лишения свободы.",
        "Суд санкционировал арест подозреваемых на два месяца.",
        "Полиция просит сообщать о надписях с рекламой наркотиков на стенах домов.")),
    _n("incidents", "мошенничество|полиция|банки",
       ("Телефонные мошенники выманили у пенсионера {n1} млн тенге",
        "Полиция {city_gen} предупреждает о новой схеме мошенничества"),
       ("Жительница {city_gen} лишилась {n1} млн тенге, поверив звонившим, которые представились "
        "сотрудниками банка.",),
       ("Злоумышленники убедили потерпевшую продиктовать коды из SMS и оформили на неё несколько "
        "онлайн-кредитов. Возбуждено уголовное дело, ведутся розыскные мероприятия.",),
       ("Полиция напоминает: сотрудники банков никогда не запрашивают коды подтверждения.",
        "По данным МВД, с начала года зарегистрировано более {n3} фактов интернет-мошенничества.",
        "В школах и на предприятиях полицейские проводят профилактические беседы о способах "
        "защиты от мошенников.",
        "Счета, на которые переводились деньги, заблокированы.")),
    _n("health", "здоровье|давление|кардиология",
       ("Жара {t_day}: кардиологи рассказали, как уберечь сосуды и не допустить скачков давления",
        "Врачи рассказали, как снизить давление без лекарств"),
       ("Кардиологи предупреждают: в жаркие дни у людей с гипертонией чаще случаются скачки "
        "давления.",),
       ("По словам врачей, при повышении температуры сосуды расширяются, и давление может резко "
        "снижаться, а затем подниматься. Людям с хроническими заболеваниями сердца советуют не "
        "выходить на улицу в самые жаркие часы и пить больше воды.",),
       ("Снизить давление помогают умеренная физическая активность, отказ от курения и "
        "ограничение соли.",
        "В поликлиниках можно бесплатно пройти скрининг на болезни системы кровообращения.",
        "При давлении выше 180/110, сильной головной боли и слабости в руке нужно немедленно "
        "вызывать скорую помощь.",
        "Врачи напоминают, что препараты от давления нельзя отменять самостоятельно."),
       months="5 6 7 8 9"),
    _n("health", "здоровье|гипертония|медицина",
       ("Гипертония молодеет: в {city_prep} высокое давление всё чаще выявляют у молодых",
        "Каждый третий взрослый страдает от повышенного давления — врачи"),
       ("По данным медиков, повышенное артериальное давление регистрируется у каждого третьего "
        "взрослого жителя страны.",),
       ("Гипертония долгое время может протекать без симптомов. Врачи рекомендуют регулярно "
        "измерять давление, особенно после 40 лет, и проходить профилактические осмотры.",
        "Перепады атмосферного давления и смена погоды сильнее всего сказываются на людях с "
        "гипертонией, говорят врачи."),
       ("Снизить риски помогают правильное питание, сон и отказ от курения.",
        "В поликлиниках работают школы здоровья для пациентов с гипертонией.",
        "Лекарства для лечения гипертонии входят в перечень бесплатного амбулаторного "
        "обеспечения.",
        "Врачи советуют держать дома тонометр и записывать показатели.")),
    _n("economy", "тенге|курс|валюта",
       ("Тенге под давлением: доллар подорожал до {usd}",
        "Что давит на тенге: аналитики назвали причины ослабления",
        "Давление на тенге усилилось вслед за нефтью"),
       ("Национальная валюта продолжает испытывать давление: по итогам торгов доллар подорожал "
        "до {usd} тенге.",),
       ("Аналитики объясняют ослабление тенге снижением цен на нефть, оттоком капитала с "
        "развивающихся рынков и сезонным ростом спроса на валюту со стороны импортёров.",
        "Давление на тенге усилилось после ослабления рубля: российская валюта стоит {rub} "
        "тенге."),
       ("Национальный банк провёл интервенции, продав часть валюты из резервов, чтобы сгладить "
        "колебания.",
        "Экономисты считают, что в среднесрочной перспективе курс будет определяться ценами на "
        "нефть и денежно-кредитной политикой.",
        "В обменных пунктах {city_gen} доллар продают по {usd} тенге, евро — по {eur} тенге.",
        "Банкиры отмечают, что паники на рынке нет, а спрос населения на валюту остаётся "
        "умеренным.")),
    _n("tech", "онлайн-казино|интернет|блокировки",
       ("В Казахстане заблокировали более {n2} тыс. сайтов онлайн-казино",
        "С начала года ограничен доступ к {n2} тыс. сайтов нелегальных букмекеров"),
       ("С начала года в Казахстане ограничен доступ к более чем {n2} тыс. интернет-ресурсов, "
        "рекламировавших онлайн-казино и нелегальные букмекерские конторы.",),
       ("Ограничение доступа производится по представлению уполномоченных органов. Большинство "
        "заблокированных ресурсов — зеркала одних и тех же сайтов, которые регулярно меняют "
        "адреса.",),
       ("Азартные игры в интернете разрешены только через лицензированных букмекеров, "
        "подключённых к единому учётному центру.",
        "Специалисты отмечают, что нелегальные казино активно рекламируются через блогеров и "
        "мессенджеры.",
        "Граждан предупреждают, что переводы на счета нелегальных казино могут быть "
        "заблокированы банками.",
        "Родителям советуют установить фильтры контента на устройствах детей.")),
    _n("tech", "пиратство|интернет|кино",
       ("Суд {city_gen} заблокировал пиратские онлайн-кинотеатры",
        "Доступ к пиратским сайтам с фильмами ограничен по иску правообладателей {date}"),
       ("Правообладатели добились блокировки нескольких пиратских онлайн-кинотеатров, незаконно "
        "показывавших фильмы и сериалы.",),
       ("Решение принял суд {city_gen} по иску правообладателей. Доступ к сайтам из Казахстана "
        "ограничен, их владельцы не явились на заседание.",),
       ("Легальные онлайн-кинотеатры отмечают рост числа подписчиков.",
        "Эксперты считают, что без изменения привычек зрителей блокировки дают лишь временный "
        "эффект.",
        "Зеркала заблокированных ресурсов также будут ограничены.")),
    _n("world", "Россия|иноагенты|в мире",
       ("Минюст России {date} пополнил реестр «иностранных агентов»",
        "В России ещё {n_small} человека признаны «иноагентами»"),
       ("Министерство юстиции России внесло в реестр «иностранных агентов» ещё нескольких "
        "журналистов и общественных деятелей.",),
       ("Российское ведомство регулярно обновляет реестр по пятницам. Внесённые в него лица "
        "обязаны маркировать свои материалы и отчитываться о расходах.",),
       ("Критики закона в России называют его инструментом давления на независимые СМИ и "
        "некоммерческие организации.",
        "Международные правозащитные организации призывают Россию отменить законодательство "
        "об иностранных агентах.",
        "Статус иноагента в России затрудняет трудоустройство и участие в выборах.")),
    _n("world", "Грузия|законы|в мире",
       ("В Грузии продолжаются споры вокруг закона об «иностранном влиянии»",
        "Парламент Грузии обсуждает закон о прозрачности иностранного влияния"),
       ("В Тбилиси продолжаются протесты против законопроекта о прозрачности иностранного "
        "влияния.",),
       ("Документ обязывает организации, получающие более 20% финансирования из-за рубежа, "
        "регистрироваться как организации, «преследующие интересы иностранной силы». "
        "Противники сравнивают его с российским законом об иноагентах.",),
       ("Евросоюз предупредил, что принятие закона может осложнить евроинтеграцию Грузии.",
        "Правящая партия настаивает, что закон нужен для прозрачности финансирования НКО.",
        "Протестующие собрались у здания парламента, полиция применила водомёты."),
       since="2023-03-01"),
    _n("world", "Кыргызстан|НКО|в мире",
       ("В Кыргызстане НКО обязали регистрироваться как «иностранные представители»",
        "Кыргызстан ввёл статус «иностранного представителя» для НКО"),
       ("В Кыргызстане некоммерческие организации, получающие финансирование из-за рубежа, "
        "обязаны регистрироваться как «иностранные представители».",),
       ("Поправки в закон о некоммерческих организациях подписал президент Кыргызстана. "
        "Организации из нового реестра подлежат дополнительным проверкам.",),
       ("Несколько международных организаций заявили о сворачивании программ в стране.",
        "Власти Кыргызстана утверждают, что закон направлен на обеспечение прозрачности.",
        "Правозащитники опасаются сокращения гражданского пространства в республике."),
       since="2024-04-10"),
    _n("society", "НКО|благотворительность|волонтёры",
       ("Общественный фонд в {city_prep} собрал {n1} млн тенге на лечение детей",
        "Благотворительный марафон НКО в {city_prep} завершился"),
       ("Общественный фонд в {city_prep} провёл благотворительный марафон и собрал {n1} млн "
        "тенге на лечение детей.",),
       ("Марафон длился три дня. Деньги перечисляли жители, предприниматели и сотрудники местных "
        "компаний; все поступления публикуются в отчётах фонда.",),
       ("Организаторы благодарят всех, кто присоединился к акции, и приглашают новых "
        "волонтёров.",
        "В фонде отмечают, что число людей, готовых помогать безвозмездно, растёт с каждым "
        "годом.",
        "Следующую акцию планируют провести перед новогодними праздниками.",
        "Представители акимата поблагодарили организаторов за помощь семьям.")),
    _n("society", "волонтёры|НКО|социальная помощь",
       ("Волонтёры {city_gen} собрали продуктовые наборы для {n2} семей",
        "НКО и волонтёры помогли нуждающимся семьям в {city_prep}"),
       ("Некоммерческие организации и волонтёры {city_gen} присоединились к акции помощи "
        "нуждающимся семьям.",),
       ("Волонтёры собрали и доставили продуктовые наборы семьям с детьми, пенсионерам и людям "
        "с инвалидностью. Адреса получателей предоставили районные социальные службы.",),
       ("Проект реализуется в рамках государственного социального заказа, который ежегодно "
        "получают сотни НКО по всей стране.",
        "Общественное объединение, координировавшее акцию, планирует сделать её ежемесячной.",
        "Присоединиться к волонтёрам можно через сайт организаторов.")),
    _n("economy", "налоги|бизнес|ДГД",
       ("Налоговики в {city_prep} проверяют, выдают ли кафе и магазины чеки",
        "Рейды ДГД: выявлено более {n2} нарушений при работе с кассами"),
       ("{dgd_cap} начал проверку предприятий общепита и торговли на соблюдение порядка "
        "применения контрольно-кассовых машин.",),
       ("В ходе рейдов инспекторы проверяют, выдают ли продавцы чеки покупателям. С начала года "
        "выявлено более {n2} нарушений, на предпринимателей наложены штрафы на общую сумму {n1} "
        "млн тенге.",),
       ("Налоговая проверка малого бизнеса проводится на основе системы управления рисками: "
        "чаще проверяют тех, у кого выявлены расхождения в отчётах.",
        "Предприниматели могут проверить свои обязательства в кабинете налогоплательщика.",
        "Часть нарушителей получила уведомления об устранении нарушений без штрафа.",
        "В ДГД отмечают, что благодаря онлайн-кассам поступления в бюджет от малого бизнеса "
        "выросли.")),
    _n("economy", "налоги|декларации|бизнес",
       ("Предпринимателям {city_gen} напомнили о сроках сдачи налоговой отчётности",
        "Налоговая служба напомнила о сдаче отчётности до {future_date}"),
       ("В {dgd_prep} напомнили индивидуальным предпринимателям о сроках сдачи деклараций.",),
       ("Декларации необходимо сдать до установленного срока через кабинет налогоплательщика. "
        "За несвоевременную сдачу предусмотрено предупреждение, а при повторном нарушении — "
        "штраф и приостановление операций по счетам.",),
       ("В ведомстве отмечают, что большинство предпринимателей сдаёт отчётность онлайн.",
        "Консультации по заполнению деклараций проводятся в центрах приёма налоговой "
        "отчётности.",
        "Уведомления о задолженности направляются через электронное правительство.")),
    _n("world", "выборы|в мире",
       ("В {country_prep} прошли парламентские выборы",
        "Избирательная комиссия {country_gen} объявила предварительные итоги"),
       ("Избирательная комиссия {country_gen} объявила предварительные итоги голосования: явка "
        "составила {turnout}%.",),
       ("Голосование прошло без серьёзных инцидентов, сообщили местные власти. За ходом выборов "
        "наблюдали международные наблюдатели, в том числе миссия ОБСЕ.",),
       ("Окончательные итоги будут объявлены в течение двух недель.",
        "По предварительным данным, правящая партия сохраняет большинство в парламенте.",
        "Международные наблюдатели представят предварительное заключение на пресс-конференции.",
        "Казахстан поздравил партнёров с проведением выборов, сообщили в МИД.")),
    _n("politics", "выборы|ЦИК|наблюдатели",
       ("ЦИК аккредитовал наблюдателей от {n_small} международных организаций",
        "ЦИК утвердил текст бюллетеня на {vote_acc}"),
       ("Центральная избирательная комиссия аккредитовала наблюдателей от {n_small} "
        "международных организаций на {vote_acc}.",),
       ("На заседании ЦИК также утвердили форму и текст избирательного бюллетеня. Голосование "
        "пройдёт {vote_date}; избирательные участки будут открыты с 7 до 20 часов.",),
       ("Наблюдатели от политических партий и общественных объединений могут присутствовать на "
        "участках в день голосования при наличии направления.",
        "ЦИК напоминает, что проверить свой участок можно на сайте комиссии или через eGov.",
        "Печать бюллетеней начнётся после утверждения окончательного списка кандидатов.",
        "Для избирателей с инвалидностью на участках предусмотрены пандусы и трафаретные "
        "бюллетени."),
       phase="pre"),
    _n("politics", "выборы|ЦИК|явка",
       ("ЦИК подвёл предварительные итоги голосования на {vote_prep}",
        "Явка на {vote_prep} составила {turnout}%"),
       ("Центральная избирательная комиссия подвела предварительные итоги голосования на "
        "{vote_prep}: явка составила {turnout}%.",),
       ("Голосование прошло {vote_date}. По данным ЦИК, на участках работали наблюдатели от "
        "партий, общественных объединений и международных организаций.",),
       ("Окончательные итоги будут утверждены в течение установленного законом срока.",
        "Члены комиссии отметили, что обращения граждан, поступившие в день голосования, "
        "рассмотрены.",
        "Результаты голосования по каждому участку публикуются на сайте ЦИК."),
       phase="post"),
    _n("law", "коррупция|Антикор|суд",
       ("Антикор задержал чиновника акимата {city_gen} при получении взятки",
        "Чиновника в {city_prep} задержали с поличным"),
       ("Сотрудники антикоррупционной службы задержали руководителя одного из отделов акимата "
        "{city_gen} при получении взятки в размере {n1} млн тенге.",),
       ("По данным ведомства, чиновник требовал деньги у предпринимателя за согласование "
        "документов. Возбуждено уголовное дело, подозреваемый водворён в изолятор временного "
        "содержания.",),
       ("В ходе обысков изъяты документы и крупные суммы наличных.",
        "Антикоррупционная служба призывает граждан сообщать о фактах вымогательства по "
        "телефону доверия.",
        "С начала года за коррупционные правонарушения осуждено более {n2} должностных лиц.",
        "Подозреваемый отстранён от должности на время расследования.")),
    _n("law", "КНБ|контрабанда|таможня",
       ("КНБ задержал {n_few} сотрудников таможни по подозрению в контрабанде",
        "Схема пропуска грузов без досмотра раскрыта на границе"),
       ("Комитет национальной безопасности задержал группу сотрудников таможенного поста, "
        "подозреваемых в пропуске контрабандных грузов через границу.",),
       ("По данным КНБ, участники схемы за вознаграждение пропускали грузы без досмотра. "
        "Возбуждено уголовное дело, в отношении подозреваемых избрана мера пресечения в виде "
        "ареста.",),
       ("В ходе обысков изъяты наличные деньги и документы.",
        "Расследование продолжается, устанавливаются другие участники схемы.",
        "Таможенная служба заявила, что окажет следствию полное содействие.")),
    _n("society", "праздники|город|память",
       ("В {city_prep} прошёл торжественный митинг ко Дню Победы",
        "Митинг у Вечного огня: в {city_prep} почтили память павших"),
       ("У мемориала в {city_prep} состоялся торжественный митинг, посвящённый годовщине "
        "Победы.",),
       ("В мероприятии приняли участие ветераны тыла, представители акимата, школьники и "
        "военнослужащие. Участники возложили цветы к Вечному огню и почтили память погибших "
        "минутой молчания.",),
       ("После митинга для горожан организовали концерт и полевую кухню.",
        "Движение транспорта в центре города было временно ограничено, сообщили в полиции.",
        "Вечером в парках прошли праздничные мероприятия."),
       months="5"),
    _n("society", "полиция|школьники|безопасность",
       ("Полицейские {city_gen} провели профилактические беседы со школьниками",
        "Ювенальная полиция {city_gen} рассказала детям о безопасности"),
       ("Сотрудники ювенальной полиции {city_gen} провели профилактические беседы с учениками о "
        "безопасности на дорогах и в интернете.",),
       ("Полицейские рассказали детям о правилах дорожного движения и о том, как не стать "
        "жертвой мошенников в социальных сетях.",),
       ("Акция пройдёт во всех школах города до конца месяца.",
        "Родителям напомнили о комендантском часе для несовершеннолетних.",
        "В полиции отмечают, что профилактика помогает снизить число правонарушений среди "
        "подростков.")),
)


# ---------------------------------------------------------------------------------------------
# Kazakh neutral news

_KK_NEUTRAL = (
    _n("economy", "теңге|валюта бағамы|KASE",
       ("Теңге KASE саудасында {tenge_move}: доллар {usd} теңге тұр",
        "Биржадағы доллар бағамы {usd} теңге болды",
        "Доллардың орташа өлшенген бағамы – {usd} теңге"),
       ("Қазақстан қор биржасындағы таңғы сауда қорытындысы бойынша доллардың орташа өлшенген "
        "бағамы {usd} теңге болды.",
        "KASE-дегі сауда қорытындысы бойынша ұлттық валюта долларға қатысты {usd_delta} теңгеге "
        "{tenge_move}."),
       ("{date_loc} өткен сауда қорытындысы бойынша Қазақстан қор биржасында АҚШ долларының "
        "орташа өлшенген бағамы {usd} теңгені құрады. Сауда көлемі {n2} млн доллардан асты.",
        "Теңге долларға қатысты {usd_delta} теңгеге {tenge_move}: KASE-дегі негізгі сессия "
        "қорытындысы бойынша орташа өлшенген бағам бір доллар үшін {usd} теңге болды."),
       ("{city_gen} айырбастау пункттерінде еуро шамамен {eur} теңге, ресей рублі {rub} теңге "
        "тұр.",
        "Сарапшылар бағам динамикасын мұнай бағасымен және салық кезеңімен байланыстырады: ай "
        "соңында экспорттаушылар салық төлеу үшін валюта сатады.",
        "Ұлттық банк еркін өзгермелі бағам режимін ұстанатынын және интервенцияларды тек күрт "
        "ауытқуларды бәсеңдету үшін жүргізетінін еске салады.",
        "Айырбастау пункттерінде доллардың сатып алу және сату бағамы арасындағы айырма орта "
        "есеппен екі-үш теңге. Сарапшылар қысқа мерзімді ауытқуларға сеніп, ірі валюта "
        "операцияларын жасамауға кеңес береді.",
        "Ұлттық банк келесі күнге арналған ресми бағамды бүгінгі сауда қорытындысы бойынша "
        "есептейді.")),
    _n("economy", "мұнай|Brent|экономика",
       ("Brent маркалы мұнай бір баррель үшін {brent} долларға дейін {brent_move}",
        "Мұнай бағасы: Brent {brent} доллар деңгейінде саудалануда"),
       ("Brent маркалы эталондық мұнайдың бағасы {brent_delta}%-ға {brent_move} және бір баррель "
        "үшін {brent} долларды құрады.",),
       ("Лондонның ICE биржасында Brent маркалы мұнай фьючерстері {brent_delta}%-ға "
        "{brent_move}, бір баррельдің бағасы {brent} доллар болды. Нарық қатысушылары ОПЕК+ "
        "елдерінің шешімдерін және АҚШ-тағы қорлар туралы деректерді бақылап отыр.",),
       ("Қазақстан ОПЕК+ келісіміне қатысушы ретінде өндіру квотасын сақтауға міндеттенген, "
        "бірақ кейбір айларда ірі кен орындарындағы өндірістің өсуіне байланысты оны асырып "
        "жіберген.",
        "Мұнай Қазақстан экспортының негізгі бабы болып қала береді: сыртқы саудадан түсетін "
        "түсімнің жартысынан астамы соның үлесінде.",
        "Қазақстан мұнайының негізгі көлемі Каспий құбыр консорциумының құбыры арқылы "
        "Новороссийск портына экспортталады.",
        "Сарапшылар алдағы апталарда бағалар Қытайдағы сұраныс мәселесі анықталғанша тар "
        "ауқымда құбылады деп күтеді.",
        "Мұнай сатудан түсетін табыс Ұлттық қордың едәуір бөлігін құрайды, республикалық "
        "бюджетке трансферттер сол қордан қаржыландырылады.")),
    _n("economy", "мұнай|өндіру|Энергетика министрлігі",
       ("Қазақстан өткен айда {oil_mt} млн тонна мұнай өндірді",
        "Қазақстанда бір айда {oil_mt} млн тонна мұнай өндірілді"),
       ("Энергетика министрлігінің мәліметінше, өткен айда Қазақстанда мұнай мен газ "
        "конденсатын өндіру {oil_mt} млн тоннаны құрады.",),
       ("Энергетика министрлігінің деректері бойынша, өткен айда елде {oil_mt} млн тонна мұнай "
        "мен газ конденсаты өндірілді. Негізгі көлемді Теңіз, Қашаған және Қарашығанақ кен "
        "орындары қамтамасыз етті.",),
       ("Теңізде кен орнындағы өндірісті арттыруға тиіс болашақ кеңейту жобасы бойынша жұмыс "
        "жалғасып жатыр.",
        "Өндірілген мұнайдың басым бөлігі экспортқа жіберілді, қалғаны еліміздегі үш ірі мұнай "
        "өңдеу зауытына жөнелтілді.",
        "Министрлік кен орындарындағы жоспарлы жөндеу жұмыстары кестеге сай жүргізіліп, жылдық "
        "болжамға әсер етпегенін атап өтті.",
        "Ведомство дерегінше, ішкі нарықтағы бензин бағасы тұрақты күйде қалып отыр.")),
    _n("weather", "ауа райы|Қазгидромет|болжам",
       ("Синоптиктер {city_gen} алдағы күндердегі ауа райы туралы айтты",
        "Ауа райы болжамы: {city_loc} {precip} күтіледі",
        "Қазгидромет: күндіз {t_day}, түнде {t_night}"),
       ("Алдағы үш күнде {city_loc} {precip} күтіледі, күндізгі ауа температурасы {t_day} "
        "градус болады, деп хабарлады Қазгидромет.",),
       ("Қазгидромет мәліметінше, {city_loc} күндіз {t_day}, түнде {t_night} градус күтіледі. "
        "Оңтүстік-батыстан соғатын желдің жылдамдығы секундына {wind} метр, кей жерлерде "
        "{precip} болады.",
        "Синоптиктер ескертеді: Қазақстанның басым бөлігінде ауа райы тұрақсыз болып қалады. "
        "{city_cap} қаласында {precip} күтіледі, күндізгі температура {t_day} градус."),
       ("Оңтүстік және оңтүстік-шығыстың таулы және тау бөктеріндегі аудандарында желдің екпіні "
        "секундына {wind} метрге дейін жетуі мүмкін. Жүргізушілерден жолда сақ болу сұралады.",
        "Солтүстік және орталық өңірлерде айтарлықтай жауын-шашынсыз бұлтты ауа райы, батыс "
        "облыстарда жел күшейеді деп күтілуде.",
        "Төтенше жағдайлар департаменті тұрғындарға дауыл туралы ескертулерді қадағалап, "
        "қолайсыз ауа райында қала сыртындағы жолдарға қажетсіз шықпауды ұсынады.",
        "Апта соңына қарай синоптиктер ауа райының біртіндеп тұрақталатынын болжайды.",
        "Метеорологтар болжам күн сайын нақтыланатынын, ал өзекті дауыл ескертулері "
        "Қазгидромет сайтында жарияланатынын еске салады.")),
    _n("sport", "футбол|Премьер-лига|спорт",
       ("{f_win} мен {f_lose} арасындағы матч {f_ws}:{f_ls} есебімен аяқталды",
        "Футбол: {f_win} командасы {f_ws}:{f_ls} есебімен жеңді"),
       ("Қазақстан Премьер-лигасының кезекті турында {f_win} командасы {f_lose} командасын "
        "{f_ws}:{f_ls} есебімен жеңді.",),
       ("Кездесуді {n3} көрермен тамашалады. {f_win} командасы алғашқы таймда-ақ есеп ашып, "
        "артықшылығын финалдық ысқырыққа дейін сақтап қалды. Қорытынды есеп – {f_ws}:{f_ls}.",),
       ("Жеңімпаздардың бас бапкері ойыннан кейін команда тапсырманы орындап, кездесудің соңына "
        "дейін шоғырлануын сақтағанын атап өтті.",
        "Жеңілген команданың есепті теңестіруге мүмкіндігі болды, бірақ қарсылас қақпасы "
        "алдындағы бірнеше сәтті пайдалана алмады.",
        "Осы турдан кейін турнир кестесінде еурокубоктарға жолдама беретін орындар үшін тартыс "
        "қызу күйінде қалып отыр.",
        "Келесі тур келесі аптада өтеді. Матчтарға билеттер онлайн сатылады.",
        "Жеңімпаздардың гол соғып, нәтижелі пас берген жартылай қорғаушысы кездесудің үздік "
        "ойыншысы атанды."),
       months="3 4 5 6 7 8 9 10 11"),
    _n("sport", "хоккей|КХЛ|Барыс",
       ("КХЛ: {h_win} мықты болды – {h_ws}:{h_ls}",
        "«Барыс» – {h_opp}: {h_win} командасы {h_ws}:{h_ls} есебімен жеңді"),
       ("КХЛ тұрақты чемпионатында «Барыс» қатысқан кездесу {h_win} командасының пайдасына "
        "{h_ws}:{h_ls} есебімен аяқталды.",),
       ("Ойын шиеленісті өтті: командалар бірінші кезеңде гол алмасып, кездесудің тағдыры "
        "үшінші кезеңде шешілді. Қорытынды – {h_win} командасының пайдасына {h_ws}:{h_ls}.",),
       ("Жеңімпаздардың қақпашысы лақтырыстардың басым бөлігін қайтарып, матчтың басты "
        "кейіпкерлерінің біріне айналды.",
        "«Барыс» Шығыс конференциясының плей-офф аймағындағы орын үшін күресті жалғастыруда.",
        "Елордалық команда келесі ойынын екі күннен кейін өткізеді.",
        "Клубтың хабарлауынша, осы маусымда үй матчтарына келетін көрермен саны артқан."),
       months="1 2 3 9 10 11 12"),
    _n("sport", "бокс|спорт|құрама",
       ("Қазақстандық боксшы {ath} халықаралық турнирдің финалына шықты",
        "{ath} бокстан турнир финалына жол тартты"),
       ("Қазақстандық боксшы {ath} халықаралық турнирдің жартылай финалында жеңіске жетіп, "
        "алтын медаль үшін таласады.",),
       ("Жартылай финалдық жекпе-жекте {ath} қарсыласын төрешілердің бірауызды шешімімен жеңді. "
        "Финал екі күннен кейін өтеді.",),
       ("Қазақстанның бокс құрамасы дәстүрлі түрде әлемдегі ең мықтылардың бірі саналады.",
        "Турнирде барлығы {n_few} қазақстандық спортшы өнер көрсетіп жатыр, олардың бір бөлігі "
        "медальді қамтамасыз етіп қойды.",
        "Турнир маусымның ірі халықаралық жарыстарына дайындық кезеңі болып табылады.",
        "Құраманың бас бапкері боксшылардың функционалдық дайындығы жақсы екенін атап өтті.")),
    _n("culture", "мәдениет|көрме|өнер",
       ("{future_date_dat} дейін жалғасатын көрме: {city_loc} қазақстандық суретшілердің "
        "туындылары қойылды",
        "{city_locadj} жаңа көрме: кескіндеме, графика және мүсін"),
       ("{city_loc} әр буын қазақстандық суретшілерінің туындылары қойылған көрме ашылды.",),
       ("Экспозиция бейнелеу өнері музейінің залдарында орналасқан. Оған кескіндеме, графика "
        "және мүсін, соның ішінде бұған дейін көрмеге қойылмаған музей қорындағы жұмыстар "
        "енген.",),
       ("Ұйымдастырушылар жоба оқушылар мен студенттерді тартады деп үміттенеді: олар үшін "
        "тегін экскурсиялар мен шеберлік сабақтары қарастырылған.",
        "Көрме {future_date_dat} дейін жалғасады. Зейнеткерлер мен балалар үшін кіру тегін.",
        "Кураторлардың айтуынша, экспозицияны дайындауға бір жылдан астам уақыт кеткен.",
        "Жоба жергілікті мәдениет басқармасының қолдауымен жүзеге асырылуда.")),
    _n("culture", "мәдениет|театр|премьера",
       ("{city_cap} театры {date_loc} премьера ұсынды",
        "Маусым премьерасы: {city_gen} драма театры жаңа қойылым көрсетті"),
       ("Көрермендер қазақ әдебиеті классиктерінің шығармалары желісімен қойылған жаңа "
        "спектакльді тамашалады.",),
       ("Спектакльдің премьерасы драма театрының үлкен сахнасында өтті. Қойылымды жас "
        "режиссерлер тобы дайындаған, ал басты рөлдерде труппаның әр буын әртістері ойнайды.",),
       ("Ұйымдастырушылардың айтуынша, алғашқы қойылымдарға билеттер бірнеше күнде сатылып "
        "кеткен.",
        "Спектакль қазақ тілінде орыс тіліне ілеспе аудармамен жүреді.",
        "Келесі айда театр қойылыммен облыс орталықтарына гастрольге шығады.",
        "Театр сыншылары спектакльдің сценографиясы мен музыкалық безендірілуін атап өтті.")),
    _n("transport", "көлік|авиация|әуежай",
       ("{city_abl} {abroad} тікелей әуе рейсі ашылады",
        "{city_gen} әуежайында жаңа халықаралық рейс ашылады"),
       ("Әуе компаниясы {city_abl} {abroad} тікелей рейс ашады: ұшақтар аптасына {n_small} рет "
        "ұшады.",),
       ("Алғашқы рейс {future_date_loc} жоспарланған. Тасымалдаушы Airbus A320neo ұшақтарын "
        "пайдаланады, бір бағытқа билет құны {n4} теңгеден басталады.",),
       ("Өткен жылы әуежайдың жолаушылар ағыны {pct}%-ға өскен, делінген хабарламада.",
        "Компанияда сұраныс жоғары болса, рейстер саны көбеюі мүмкін екені айтылды.",
        "Билеттер тасымалдаушының сайтында және мобильді қосымшасында қолжетімді.",
        "Әуежайда терминалды қайта жаңарту жұмыстары жалғасып жатыр.")),
    _n("transport", "көлік|автобус|қала",
       ("{future_date_abl} бастап {city_loc} қоғамдық көлік бағыттары өзгереді",
        "{city_locadj} автобус бағыттары жаңа шағын аудандарға дейін ұзартылады"),
       ("{future_date_abl} бастап {city_loc} бірнеше автобус бағытының қозғалыс сызбасы "
        "өзгереді.",),
       ("Өзгерістер жол жөндеу жұмыстарына және жаңа тұрғын үй кешендерінің ашылуына "
        "байланысты. Қалалық жолаушылар көлігі басқармасы қозғалыс аралығы ұлғаймайтынына уәде "
        "береді.",),
       ("Тұрғындардан кестені мобильді қосымшалар мен аялдамалардан алдын ала нақтылау "
        "сұралады.",
        "Қалада автобус паркі жаңартылып жатыр: биыл газ және электр қуатымен жүретін {n2} жаңа "
        "автобус сатып алынды.",
        "Жол ақысын көлік картасымен, банк картасымен немесе QR-код арқылы төлеуге болады.",
        "Жолаушылар бағыттардың жұмысы туралы пікірлерін қалалық байланыс орталығына қалдыра "
        "алады.")),
    _n("health", "денсаулық сақтау|медицина|емхана",
       ("{city_loc} жаңа емхана ашылды",
        "{city_loc} бір ауысымда {n3} адам қабылдайтын жаңа емхана ашылды"),
       ("{city_loc} бір ауысымда {n3} келушіге арналған емхана ашылды.",),
       ("Жаңа медициналық мекеме бірнеше шағын ауданның тұрғындарына қызмет көрсетеді. Мұнда "
        "тар бейінді мамандардың кабинеттері, зертхана және күндізгі стационар жұмыс "
        "істейді.",),
       ("Емханаға электрондық үкімет порталы арқылы немесе тіркеу бөліміне жеке келіп "
        "бекітілуге болады.",
        "Денсаулық сақтау басқармасы өңірде алғашқы медициналық-санитарлық көмекті жаңғырту "
        "жалғасып жатқанын атап өтті.",
        "Емханада елдің жетекші клиникаларымен кеңесуге арналған телемедицина кабинеті жұмыс "
        "істейді.",
        "Өткен жылы өңірде {n_small} жаңа медициналық нысан ашылды, тағы бірнешеуі салынып "
        "жатыр.")),
    _n("health", "денсаулық сақтау|вакцинация|тұмау",
       ("Тұмауға қарсы маусымдық екпе: {city_loc} екпе пункттері ашылды",
        "Дәрігерлер {city_gen} тұрғындарын маусым басталғанша тұмауға қарсы екпе алуға шақырды"),
       ("Денсаулық сақтау министрлігі тұмауға қарсы екпені аурушаңдықтың маусымдық өсуі "
        "басталғанға дейін алған жөн екенін еске салды.",),
       ("Вакцина қауіп тобындағыларға – балаларға, жүкті әйелдерге, егде жастағы адамдарға және "
        "медицина қызметкерлеріне тегін беріледі. Қалғандары жеке клиникаларда ақылы түрде "
        "екпе ала алады.",),
       ("Дәрігерлер суық тию белгілері пайда болғанда өз бетімен емделмей, терапевтке жүгінуге "
        "шақырады.",
        "Санитарлық дәрігерлердің деректерінше, өңірде ЖРВИ-мен сырқаттану әзірге эпидемиялық "
        "шектен аспайды.",
        "Мектептер мен балабақшаларда таңғы сүзгі күшейтілді.",
        "Екпеден кейін иммунитет шамамен екі аптада қалыптасады."),
       months="9 10 11"),
    _n("education", "білім беру|мектеп|құрылыс",
       ("{city_loc} {n_small} жаңа мектеп салынады",
        "{city_loc} {n3} орындық жаңа мектептер ашылады"),
       ("Жыл соңына дейін {city_loc} {n3} оқушы орнына арналған {n_small} жаңа мектепті "
        "пайдалануға беру жоспарланып отыр.",),
       ("Құрылыс апатты және үш ауысымды мектептер мәселесін шешу жөніндегі ұлттық жоба аясында "
        "жүргізілуде. Жаңа ғимараттарда зертханалар, спорт залдары және кітапханалар "
        "қарастырылған.",),
       ("Білім басқармасы оқушылар санының өсуі жаңа шағын аудандарға халықтың көптеп "
        "қоныстануына байланысты екенін атап өтті.",
        "Ата-аналардан балаларды мектепке қабылдау туралы өтінішті электрондық үкімет порталы "
        "арқылы алдын ала беру сұралады.",
        "Келесі оқу жылында өңірде робототехника және бағдарламалау үйірмелерін ашу "
        "жоспарланған.",
        "Мердігерлер нысандарды оқу жылы басталғанша тапсыруға уәде береді.")),
    _n("education", "білім беру|олимпиада|оқушылар",
       ("{city_gen} оқушылары халықаралық олимпиаданың жүлдегері атанды",
        "Қазақстандық оқушылар {subject_abl} олимпиадада {n_small} медаль жеңіп алды"),
       ("{city_gen} оқушылар командасы {subject_abl} халықаралық олимпиадада {n_small} медаль "
        "жеңіп алды.",),
       ("Балалар ондаған елдің құрдастарымен бақ сынасты. Олимпиадаға олар мамандандырылған "
        "мектептің мұғалімдерінің жетекшілігімен дайындалған.",),
       ("Олимпиада жеңімпаздары жоғары оқу орындарына түскенде қосымша балл және білім беру "
        "грантына құқық алады.",
        "Оқу-ағарту министрлігі қатысушылар мен олардың тәлімгерлерін құттықтады.",
        "Келесі жылы команда тағы бірнеше халықаралық турнирге қатысуды жоспарлап отыр.")),
    _n("tech", "технология|eGov|цифрландыру",
       ("«{service}» қызметі онлайн қолжетімді болды",
        "{future_date_abl} бастап eGov порталында жаңа қызметтер қолжетімді болады"),
       ("Тағы {n_small} мемлекеттік қызмет электрондық үкімет порталы арқылы онлайн қолжетімді "
        "болды.",),
       ("Цифрлық даму министрлігі енді өтінімді портал немесе мобильді қосымша арқылы беруге, "
        "жеке басты электрондық цифрлық қолтаңбамен не биометрия арқылы растауға болатынын "
        "түсіндірді.",),
       ("Ведомство дерегінше, өткен жылы портал арқылы {n2} миллионнан астам қызмет "
        "көрсетілген.",
        "Сарапшылар өңірлерде цифрлық сервистерге сұраныс ірі қалаларға қарағанда жылдамырақ "
        "өсіп жатқанын атап өтеді.",
        "Егде жастағы адамдарға ХҚКО-ларда порталды пайдалануға көмектесетін кеңесшілер жұмыс "
        "істейді.")),
    _n("tech", "технология|стартап|инвестиция",
       ("Қазақстандық стартап {mln} млн теңге инвестиция тартты",
        "{city_gen} IT-компаниясы жаңа нарықтарға шығу үшін {mln} млн теңге алды"),
       ("Шағын бизнеске арналған сервис әзірлейтін қазақстандық IT-компания {mln} млн теңге "
        "көлемінде инвестиция тартты.",),
       ("Қаражат өнімді дамытуға және көрші елдердің нарықтарына шығуға жұмсалады. Компания "
        "Astana Hub технопаркінің резиденті болып табылады.",),
       ("Стартап негізін қалаушылар жыл соңына дейін әзірлеушілер штатын екі есе көбейтуді "
        "көздеп отыр.",
        "Сервисті бірнеше мың кәсіпкер пайдаланып жүр.",
        "Инвесторлар қазақстандық технологиялық компанияларға қызығушылық артып келе жатқанын "
        "атап өтеді.")),
    _n("world", "әлем|азық-түлік|ФАО",
       ("Әлемдік азық-түлік бағасы бір айда {pct}%-ға өзгерді – ФАО",
        "ФАО: азық-түлік бағасының индексі {pct}%-ға өзгерді"),
       ("БҰҰ-ның Азық-түлік және ауыл шаруашылығы ұйымының азық-түлік бағасы индексі бір айда "
        "{pct}%-ға өзгерді.",),
       ("Өсімдік майы мен қант бағасы ең көп өзгерді, ал астық пен сүт өнімдері бұрынғы "
        "деңгейде дерлік қалды.",),
       ("ФАО сарапшылары динамиканы ірі экспорттаушы елдердегі өнім болжамымен байланыстырады.",
        "Қазақстан өңірдегі бидай мен ұнның ірі экспорттаушыларының бірі.",
        "Ұйымның келесі баяндамасы келесі айдың басында жарияланады.")),
    _n("city", "қала|абаттандыру|әкімдік",
       ("{city_loc} {n_few} саябақ пен гүлзар абаттандырылады",
        "{akimat_cap} абаттандыру жоспарымен бөлісті"),
       ("Биыл {city_loc} {n_few} саябақ пен гүлзарды абаттандыру жоспарланып отыр, деп "
        "хабарлады әкімдік.",),
       ("Жұмыстар жарықтандыруды ауыстыруды, тақтатас төсеуді, орындықтар мен балалар "
        "алаңдарын орнатуды қамтиды. Абаттандыруға жергілікті бюджеттен {bln} млн теңге "
        "бөлінген.",),
       ("Тұрғындар аулаларды абаттандыру жөніндегі ұсыныстарын қалалық өтініштер платформасы "
        "арқылы жібере алады.",
        "Әкімдік жұмыстар суық түскенге дейін аяқталатынына уәде береді.",
        "Мүмкіндігі шектеулі жандар үшін ортаның қолжетімділігіне ерекше назар аударылады.",
        "Әкімдік дерегінше, өткен жылы қалада {n2} мыңнан астам ағаш отырғызылған.")),
    _n("city", "қала|жол|жөндеу",
       ("{city_loc} орталықтағы көшелерді жөндеу аяқталды: жұмысқа {bln} млн теңге жұмсалды",
        "{city_loc} жол жөндеу: қай көшелер қозғалысқа ашылады"),
       ("Мердігерлер {city_gen} орталық бөлігіндегі бірнеше көшеге күрделі жөндеу жүргізуді "
        "аяқтады.",),
       ("Онда инженерлік желілер ауыстырылып, жаяу жүргінші жолдары жаңартылды және жаңа "
        "бағдаршамдар орнатылды. Жөнделген учаскелерде қозғалыс қалпына келтірілді.",),
       ("Биыл жөндеу жұмыстарына {bln} млн теңге бөлінген.",
        "Орындалған жұмыстарға кепілдік мерзімі бес жыл.",
        "Тұрғындардан жабын ақаулары туралы қалалық өтініштер қызметіне хабарлау сұралады.",
        "Келесі кезеңде қала маңындағы кенттердің жолдары жөнделеді.")),
    _n("agriculture", "ауыл шаруашылығы|егіс|диқандар",
       ("Егіс науқаны: {date_dat} дейін {n_few} млн гектардан астам жерге егін егілді",
        "Диқандар көктемгі егіске кірісті"),
       ("Қазақстанда көктемгі егіс жұмыстары кесте бойынша жүріп жатыр: {n_few} млн гектардан "
        "астам жерге егін егілді, деп хабарлады Ауыл шаруашылығы министрлігі.",),
       ("Егістің негізгі бөлігі бидайға тиесілі, сондай-ақ диқандар арпа, майлы және мал "
        "азықтық дақылдар егуде. Егіс жүргізу үшін жеңілдетілген несиелер мен субсидиялар "
        "бөлінген.",),
       ("Фермерлер қыстан кейін топырақтағы ылғал қоры көп өңірде жеткілікті екенін айтады.",
        "Егіс кезінде диқандар үшін дизель отынының бағасы тұрақтандырылды.",
        "Солтүстік облыстарда егісті маусым айының басына қарай аяқтау жоспарланған."),
       months="4 5 6"),
    _n("agriculture", "ауыл шаруашылығы|егін жинау|астық",
       ("Астық жинау: {date_dat} дейін {n_few} млн тоннадан астам астық бастырылды",
        "Солтүстік өңірлердің диқандары егін жинап жатыр: {date_locadj} мәлімет"),
       ("Қазақстанда астық жинау науқаны жалғасуда: гектарынан орта есеппен {n1} центнерден "
        "өнім алынып, {n_few} млн тоннадан астам астық бастырылды.",),
       ("Ең көп астық Қостанай, Ақмола және Солтүстік Қазақстан облыстарында жиналды. Ауа райы "
        "әзірге егін жинауды үлкен үзіліссіз жүргізуге мүмкіндік беріп отыр.",),
       ("Өнімнің бір бөлігін Орталық Азия елдері мен Қытайға экспорттау жоспарланып отыр.",
        "Диқандар қосалқы бөлшектер мен жанармай құнының өскеніне шағымданады.",
        "Ауыл шаруашылығы министрлігі өнім ішкі қажеттілікті толық қамтамасыз етеді деп "
        "болжайды."),
       months="8 9 10"),
    _n("economy", "экономика|инфляция|баға",
       ("{prev_month_cap} айының қорытындысы: Қазақстандағы жылдық инфляция {inflation}%",
        "Қазақстандағы инфляция: бағалар бір жылда {inflation}%-ға өсті"),
       ("{prev_month_cap} айының қорытындысы бойынша Қазақстандағы жылдық инфляция {inflation}% "
        "болды, деп хабарлады статистика органдары.",),
       ("Бір жылда азық-түлік тауарлары {pct2}%-ға, азық-түлікке жатпайтын тауарлар {pct}%-ға, "
        "ақылы қызметтер {pct3}%-ға қымбаттады.",),
       ("Бір айда көкөніс, қант және дәрі-дәрмек бағасы ең көп өсті.",
        "Ұлттық банк инфляцияның баяулауын күтеді, бірақ тарифтердің өсуі мен бюджет "
        "шығыстарына байланысты тәуекелдер туралы ескертеді.",
        "Экономистер халықтың инфляциялық күтулері жоғары күйінде қалып отырғанын атап өтеді.")),
    _n("economy", "экономика|ЖІӨ|статистика",
       ("Қазақстанның ЖІӨ-сі {gdp_period} {gdp}%-ға {gdp_move}",
        "Қазақстан экономикасы: {gdp_period} ЖІӨ {gdp}%-ға {gdp_move}"),
       ("Алдын ала бағалау бойынша, Қазақстанның ЖІӨ-сі {gdp_period} {gdp}%-ға {gdp_move}.",),
       ("Динамикаға құрылыс, сауда, көлік және байланыс салалары ең көп әсер етті. Тау-кен "
        "өнеркәсібіндегі өзгерістер бәсеңдеу болды.",),
       ("Сол кезеңде негізгі капиталға салынған инвестициялар {pct}%-ға өсті.",
        "Халықаралық қаржы институттары Қазақстан экономикасының болашағын ұстамды-оң "
        "бағалайды.",
        "Үкімет өңдеу өнеркәсібі мен шикізаттық емес экспорттың өсуіне үміт артады.")),
)

# ---------------------------------------------------------------------------------------------
# Kazakh hard negatives

_KK_HARD = (
    _n("transport", "ЖЖЕ|айыппұл|жол",
       ("{city_loc} камералар жылдамдықты асырудың {n2} мыңнан астам дерегін тіркеді",
        "Жылдамдықты асырғаны үшін айыппұл: {city_gen} полициясы сомаларды еске салды"),
       ("Жыл басынан бері {city_loc} бейнебақылау камералары жылдамдықты асырудың {n2} мыңнан "
        "астам жағдайын тіркеді, деп хабарлады полиция.",
        "Полицейлер жүргізушілерге жылдамдықты асырғаны және бағдаршамның қызыл түсіне өткені "
        "үшін салынатын айыппұл туралы еске салды."),
       ("Жылдамдықты сағатына 20 шақырымнан асыру бұзушылыққа байланысты 5-тен 20 АЕК-ке дейін "
        "айыппұлмен жазаланады. Жеті күн ішінде төлесе, жеңілдік қарастырылған.",),
       ("Айыппұл туралы қаулылар көлік иелеріне электрондық үкімет порталы және SMS арқылы "
        "келеді.",
        "Полицияның айтуынша, камералар орнатылғаннан кейін қауіпті учаскелердегі жол апаты "
        "саны {pct}%-ға азайған.",
        "Ең жиі кездесетін бұзушылықтар – жылдамдықты асыру, қауіпсіздік белдігін тақпау және "
        "рульде телефонмен сөйлесу.",
        "Айыппұлын төлемеген жүргізушілерге берешек өтелгенше елден шығуға шектеу қойылуы "
        "мүмкін.")),
    _n("incidents", "жол апаты|полиция|жол",
       ("{city_loc} қарсы жолаққа шыққан жүргізушіге айыппұл салынды",
        "Құқығынан айырылды: {city_loc} джип жүргізушісі кептелісті қарсы жолақпен айналып "
        "өтпек болды"),
       ("{city_gen} полицейлері кептелісті айналып өту үшін қарсы жолаққа шыққан жүргізушіні "
        "жауапкершілікке тартты.",),
       ("Бұзушылықты қиылыстардың біріндегі камера тіркеген. Жүргізуші бірнеше минуттан кейін "
        "ұсталып, оған хаттама толтырылды, сот оны жүргізуші куәлігінен айырды.",),
       ("Полиция қарсы жолаққа шығу – өліммен аяқталатын жол апаттарының басты себептерінің "
        "бірі екенін еске салады.",
        "Бұзушылық туралы бейне әлеуметтік желілерде жарияланған, содан кейін полиция "
        "жүргізушіні тапты.",
        "Қайталап бұзғаны үшін әкімшілік қамақ қаупі бар.")),
    _n("incidents", "қылмыс|ұрлық|полиция",
       ("{city_loc} пәтер ұрлығына күдіктілер ұсталды: шығын {n1} млн теңгеден асады",
        "Полиция {city_loc} пәтер ұрыларын ұстады"),
       ("{city_gen} полиция қызметкерлері пәтер ұрлықтары сериясына күдікті екі адамды ұстады. "
        "Шығын {n1} млн теңгеден асады.",),
       ("Полицияның мәліметінше, қаскөйлер үй иелері жұмыста болған күндізгі уақытта "
        "пәтерлерге кірген. Оларды бейнебақылау камераларының жазбалары арқылы анықтаған. "
        "Қылмыстық іс қозғалып, күдіктілер уақытша ұстау изоляторына қамалды.",),
       ("Ұрланған мүліктің бір бөлігі иелеріне қайтарылды.",
        "Күдіктілердің тұрғылықты жерінде жүргізілген тінту кезінде зергерлік бұйымдар мен "
        "тұрмыстық техника алынды.",
        "Полицейлер тұрғындарға қосымша құлып орнатуға және кілтті пошта жәшігінде қалдырмауға "
        "кеңес береді.",
        "Баптың санкциясы бес жылға дейін бас бостандығынан айыруды көздейді.")),
    _n("incidents", "қылмыс|есірткі|полиция",
       ("{city_loc} синтетикалық есірткі сатушылар ұсталды",
        "{city_loc} есірткі зертханасы жойылды"),
       ("{city_gen} полицейлері синтетикалық есірткі сатты деген күдікпен {n_small} адамды "
        "ұстады.",),
       ("Ұсталғандардан {n_few} келіден астам синтетикалық зат алынды. Полицияның айтуынша, "
        "олар есірткіні жасырын орындар арқылы таратып, мессенджерлерде жарнамалаған.",),
       ("Есірткі сатылған сайттар мен арналар полицияның ұсынымы бойынша бұғатталды.",
        "Есірткінің заңсыз айналымы туралы бап бойынша қылмыстық іс қозғалды. Ұсталғандарға 15 "
        "жылға дейін бас бостандығынан айыру қаупі төніп тұр.",
        "Сот күдіктілерді екі айға қамауға алуға санкция берді.",
        "Полиция үй қабырғаларындағы есірткі жарнамасы туралы хабарлауды сұрайды.")),
    _n("incidents", "алаяқтық|полиция|банк",
       ("Телефон алаяқтары зейнеткерден {n1} млн теңге алдап алды",
        "{city_gen} полициясы алаяқтықтың жаңа сызбасы туралы ескертеді"),
       ("{city_gen} тұрғыны банк қызметкеріміз деп таныстырған адамдарға сеніп, {n1} млн "
        "теңгесінен айырылды.",),
       ("Қаскөйлер жәбірленушіні SMS-тегі кодтарды айтуға көндіріп, оның атына бірнеше "
        "онлайн-несие рәсімдеген. Қылмыстық іс қозғалып, іздестіру шаралары жүргізілуде.",),
       ("Полиция еске салады: банк қызметкерлері ешқашан растау кодтарын сұрамайды.",
        "ІІМ дерегінше, жыл басынан бері интернет-алаяқтықтың {n3} дерегі тіркелген.",
        "Мектептер мен кәсіпорындарда полицейлер алаяқтардан қорғану жолдары туралы "
        "профилактикалық әңгімелер өткізуде.",
        "Ақша аударылған шоттар бұғатталды.")),
    _n("health", "денсаулық|қан қысымы|кардиология",
       ("Аптап ыстық {t_day}: кардиологтар тамырды қалай сақтау керегін айтты",
        "Дәрігерлер қан қысымын дәрісіз қалай төмендетуге болатынын айтты"),
       ("Кардиологтар ескертеді: ыстық күндері гипертониясы бар адамдарда қан қысымы жиі "
        "құбылады.",),
       ("Дәрігерлердің айтуынша, ауа температурасы көтерілгенде қан тамырлары кеңейіп, қысым "
        "күрт төмендеп, кейін қайта көтерілуі мүмкін. Жүрегі созылмалы аурулары бар адамдарға "
        "күннің ең ыстық сағаттарында көшеге шықпау және көбірек су ішу ұсынылады.",),
       ("Қысымды төмендетуге қалыпты дене белсенділігі, темекіден бас тарту және тұзды азайту "
        "көмектеседі.",
        "Емханаларда қан айналымы жүйесі ауруларына тегін скринингтен өтуге болады.",
        "Қысым 180/110-нан жоғары болса, қатты бас ауырса және қол әлсіресе, дереу жедел жәрдем "
        "шақыру керек.",
        "Дәрігерлер қысымға қарсы дәрілерді өз бетімен тоқтатуға болмайтынын еске салады."),
       months="5 6 7 8 9"),
    _n("health", "денсаулық|гипертония|медицина",
       ("Гипертония жасарып барады: {city_loc} жоғары қан қысымы жастарда жиі анықталуда",
        "Әр үшінші ересек адам жоғары қан қысымынан зардап шегеді – дәрігерлер"),
       ("Дәрігерлердің деректерінше, артериялық қысымның жоғарылауы елдегі әр үшінші ересек "
        "тұрғында тіркеледі.",),
       ("Гипертония ұзақ уақыт белгісіз өтуі мүмкін. Дәрігерлер қысымды, әсіресе 40 жастан "
        "кейін, үнемі өлшеп, профилактикалық тексерулерден өтуге кеңес береді.",
        "Атмосфералық қысымның құбылуы мен ауа райының өзгеруі гипертониясы бар адамдарға "
        "қатты әсер етеді, дейді дәрігерлер."),
       ("Дұрыс тамақтану, ұйқы және темекіден бас тарту қауіпті азайтады.",
        "Емханаларда гипертониясы бар пациенттерге арналған денсаулық мектептері жұмыс "
        "істейді.",
        "Гипертонияны емдеуге арналған дәрілер тегін амбулаториялық дәрі-дәрмекпен қамтамасыз "
        "ету тізбесіне енген.",
        "Дәрігерлер үйде тонометр ұстап, көрсеткіштерді жазып отыруға кеңес береді.")),
    _n("economy", "теңге|бағам|валюта",
       ("Теңге қысымда: доллар {usd} теңгеге дейін қымбаттады",
        "Теңгеге не қысым жасап тұр: сарапшылар әлсіреу себептерін атады",
        "Мұнайдың арзандауымен теңгеге қысым күшейді"),
       ("Ұлттық валюта қысымды сезінуді жалғастыруда: сауда қорытындысы бойынша доллар {usd} "
        "теңгеге дейін қымбаттады.",),
       ("Сарапшылар теңгенің әлсіреуін мұнай бағасының төмендеуімен, дамушы нарықтардан "
        "капиталдың кетуімен және импорттаушылар тарапынан валютаға маусымдық сұраныстың "
        "өсуімен түсіндіреді.",
        "Рубльдің әлсіреуінен кейін теңгеге қысым күшейді: ресей валютасы {rub} теңге тұр."),
       ("Ұлттық банк ауытқуларды бәсеңдету үшін резервтен валютаның бір бөлігін сатып, "
        "интервенция жүргізді.",
        "Экономистер орта мерзімді перспективада бағамды мұнай бағасы мен ақша-несие саясаты "
        "айқындайды деп санайды.",
        "{city_gen} айырбастау пункттерінде доллар {usd} теңгеден, еуро {eur} теңгеден "
        "сатылуда.",
        "Банкирлер нарықта дүрбелең жоқ екенін, ал халықтың валютаға сұранысы қалыпты екенін "
        "атап өтеді.")),
    _n("tech", "онлайн-казино|интернет|бұғаттау",
       ("Қазақстанда онлайн-казиноның {n2} мыңнан астам сайты бұғатталды",
        "Жыл басынан бері заңсыз букмекерлердің {n2} мың сайтына қолжетімділік шектелді"),
       ("Жыл басынан бері Қазақстанда онлайн-казино мен заңсыз букмекерлік кеңселерді "
        "жарнамалаған {n2} мыңнан астам интернет-ресурсқа қолжетімділік шектелді.",),
       ("Қолжетімділік уәкілетті органдардың ұсынымы бойынша шектеледі. Бұғатталған "
        "ресурстардың көбі мекенжайын үнемі ауыстырып отыратын бір сайттардың айна "
        "нұсқалары.",),
       ("Интернеттегі құмар ойындарына тек бірыңғай есепке алу орталығына қосылған лицензиясы "
        "бар букмекерлер арқылы рұқсат етіледі.",
        "Мамандар заңсыз казинолар блогерлер мен мессенджерлер арқылы белсенді жарнамаланатынын "
        "атап өтеді.",
        "Азаматтарға заңсыз казино шоттарына аударымдарды банктер бұғаттауы мүмкін екені "
        "ескертіледі.",
        "Ата-аналарға балалардың құрылғыларына контент сүзгілерін орнату ұсынылады.")),
    _n("tech", "қарақшылық|интернет|кино",
       ("{city_gen} соты пираттық онлайн-кинотеатрларды бұғаттады",
        "Құқық иелерінің талабымен пираттық сайттарға қолжетімділік шектелді"),
       ("Құқық иелері фильмдер мен сериалдарды заңсыз көрсеткен бірнеше пираттық "
        "онлайн-кинотеатрды бұғаттауға қол жеткізді.",),
       ("Шешімді құқық иелерінің талап арызы бойынша {court} қабылдады. Сайттарға Қазақстаннан "
        "кіру шектелді, олардың иелері сот отырысына келмеген.",),
       ("Заңды онлайн-кинотеатрлар жазылушылар санының өскенін атап өтеді.",
        "Сарапшылар көрермендердің әдеті өзгермейінше, бұғаттау уақытша ғана нәтиже береді деп "
        "санайды.",
        "Бұғатталған ресурстардың айна нұсқалары да шектеледі.")),
    _n("world", "Ресей|шетелдік агенттер|әлем",
       ("Ресей Әділет министрлігі {date_loc} «шетелдік агенттер» тізілімін толықтырды",
        "Ресейде тағы {n_small} адам «шетелдік агент» деп танылды"),
       ("Ресей Әділет министрлігі «шетелдік агенттер» тізіліміне тағы бірнеше журналист пен "
        "қоғам қайраткерін енгізді.",),
       ("Ресей ведомствосы тізілімді жұма сайын жаңартып отырады. Оған енгізілгендер өз "
        "материалдарын белгілеуге және шығыстары туралы есеп беруге міндетті.",),
       ("Ресейдегі заңды сынаушылар оны тәуелсіз БАҚ пен коммерциялық емес ұйымдарға қысым "
        "жасау құралы деп атайды.",
        "Халықаралық құқық қорғау ұйымдары Ресейді шетелдік агенттер туралы заңнаманы жоюға "
        "шақырады.",
        "Ресейде шетелдік агент мәртебесі жұмысқа орналасуды және сайлауға қатысуды "
        "қиындатады.")),
    _n("world", "Грузия|заң|әлем",
       ("Грузияда «шетелдік ықпал» туралы заң төңірегіндегі дау жалғасуда",
        "Грузия парламенті шетелдік ықпалдың ашықтығы туралы заңды талқылауда"),
       ("Тбилисиде шетелдік ықпалдың ашықтығы туралы заң жобасына қарсы наразылықтар "
        "жалғасып жатыр.",),
       ("Құжат қаржысының 20 пайызынан астамын шетелден алатын ұйымдарды «шетелдік күштің "
        "мүддесін көздейтін ұйымдар» ретінде тіркелуге міндеттейді. Қарсыластар оны Ресейдің "
        "шетелдік агенттер туралы заңымен салыстырады.",),
       ("Еуроодақ заңның қабылдануы Грузияның еуроинтеграциясын қиындатуы мүмкін екенін "
        "ескертті.",
        "Билеуші партия заң ҮЕҰ қаржыландыруының ашықтығы үшін қажет деп есептейді.",
        "Наразылық білдірушілер парламент ғимаратының алдына жиналды, полиция су шашқыш "
        "қолданды."),
       since="2023-03-01"),
    _n("world", "Қырғызстан|ҮЕҰ|әлем",
       ("Қырғызстанда ҮЕҰ-ларды «шетелдік өкілдер» ретінде тіркелуге міндеттеді",
        "Қырғызстан ҮЕҰ үшін «шетелдік өкіл» мәртебесін енгізді"),
       ("Қырғызстанда шетелден қаржы алатын коммерциялық емес ұйымдар «шетелдік өкілдер» "
        "ретінде тіркелуге міндетті.",),
       ("Коммерциялық емес ұйымдар туралы заңға түзетулерге Қырғызстан президенті қол қойды. "
        "Жаңа тізілімдегі ұйымдар қосымша тексерістерге жатады.",),
       ("Бірнеше халықаралық ұйым елдегі бағдарламаларын қысқартатынын мәлімдеді.",
        "Қырғызстан билігі заң ашықтықты қамтамасыз етуге бағытталған деп мәлімдейді.",
        "Құқық қорғаушылар республикада азаматтық кеңістіктің тарылуынан қауіптенеді."),
       since="2024-04-10"),
    _n("society", "ҮЕҰ|қайырымдылық|еріктілер",
       ("{city_loc} қоғамдық қор балаларды емдеуге {n1} млн теңге жинады",
        "{city_locadj} қоғамдық қордың қайырымдылық марафоны аяқталды"),
       ("{city_locadj} қоғамдық қор қайырымдылық марафонын өткізіп, балаларды емдеуге {n1} млн "
        "теңге жинады.",),
       ("Марафон үш күнге созылды. Ақшаны тұрғындар, кәсіпкерлер және жергілікті "
        "компаниялардың қызметкерлері аударды; барлық түсім қордың есептерінде "
        "жарияланады.",),
       ("Ұйымдастырушылар акцияға қосылғандардың бәріне алғыс айтып, жаңа еріктілерді "
        "шақырады.",
        "Қордың айтуынша, өтеусіз көмектесуге дайын адамдар саны жыл сайын артып келеді.",
        "Келесі акцияны жаңа жыл мерекесі алдында өткізу жоспарланған.",
        "Әкімдік өкілдері ұйымдастырушыларға отбасыларға көмектескені үшін алғыс айтты.")),
    _n("society", "еріктілер|ҮЕҰ|әлеуметтік көмек",
       ("{city_gen} еріктілері {n2} отбасына азық-түлік себетін жинады",
        "ҮЕҰ мен еріктілер {city_loc} мұқтаж отбасыларға көмектесті"),
       ("{city_gen} коммерциялық емес ұйымдары мен еріктілері мұқтаж отбасыларға көмек көрсету "
        "акциясына қосылды.",),
       ("Еріктілер балалы отбасыларға, зейнеткерлерге және мүмкіндігі шектеулі жандарға "
        "азық-түлік себеттерін жинап, жеткізіп берді. Алушылардың мекенжайларын аудандық "
        "әлеуметтік қызметтер ұсынды.",),
       ("Жоба жыл сайын ел бойынша жүздеген ҮЕҰ алатын мемлекеттік әлеуметтік тапсырыс аясында "
        "жүзеге асырылуда.",
        "Акцияны үйлестірген қоғамдық бірлестік оны ай сайын өткізуді жоспарлап отыр.",
        "Еріктілерге ұйымдастырушылардың сайты арқылы қосылуға болады.")),
    _n("economy", "салық|бизнес|МКД",
       ("{city_loc} салықшылар кафелер мен дүкендердің чек беретінін тексеруде",
        "МКД рейдтері: кассамен жұмыста {n2} бұзушылық анықталды"),
       ("{dgd_cap} қоғамдық тамақтану және сауда кәсіпорындарының бақылау-касса машиналарын "
        "қолдану тәртібін сақтауын тексеруді бастады.",),
       ("Рейдтер барысында инспекторлар сатушылардың сатып алушыларға чек беретінін тексереді. "
        "Жыл басынан бері {n2} бұзушылық анықталып, кәсіпкерлерге жалпы сомасы {n1} млн теңге "
        "айыппұл салынды.",),
       ("Шағын бизнесті салықтық тексеру тәуекелдерді басқару жүйесі негізінде жүргізіледі: "
        "есептерінде сәйкессіздік анықталғандар жиірек тексеріледі.",
        "Кәсіпкерлер өз міндеттемелерін салық төлеушінің кабинетінде тексере алады.",
        "Бұзушылардың бір бөлігі айыппұлсыз бұзушылықтарды жою туралы хабарлама алды.",
        "МКД онлайн-кассалардың арқасында шағын бизнестен бюджетке түсетін түсімдер өскенін "
        "атап өтеді.")),
    _n("economy", "салық|декларация|бизнес",
       ("{city_gen} кәсіпкерлеріне салық есептілігін тапсыру мерзімі еске салынды",
        "Салық қызметі есептілікті {future_date_dat} дейін тапсыруды еске салды"),
       ("{dgd_cap} жеке кәсіпкерлерге декларация тапсыру мерзімін еске салды.",),
       ("Декларацияларды белгіленген мерзімге дейін салық төлеушінің кабинеті арқылы тапсыру "
        "қажет. Уақтылы тапсырмағаны үшін ескерту, ал қайталанған жағдайда айыппұл және шоттар "
        "бойынша операцияларды тоқтата тұру қарастырылған.",),
       ("Ведомство кәсіпкерлердің басым бөлігі есептілікті онлайн тапсыратынын атап өтеді.",
        "Декларацияны толтыру бойынша кеңестер салық есептілігін қабылдау орталықтарында "
        "беріледі.",
        "Берешек туралы хабарламалар электрондық үкімет арқылы жіберіледі.")),
    _n("world", "сайлау|әлем",
       ("{country_loc} парламент сайлауы өтті",
        "{country_gen} сайлау комиссиясы алдын ала қорытындыны жариялады"),
       ("{country_gen} сайлау комиссиясы дауыс берудің алдын ала қорытындысын жариялады: "
        "сайлаушылардың {turnout} пайызы қатысты.",),
       ("Дауыс беру елеулі оқиғаларсыз өтті, деп хабарлады жергілікті билік. Сайлау барысын "
        "халықаралық бақылаушылар, соның ішінде ЕҚЫҰ миссиясы бақылады.",),
       ("Түпкілікті қорытынды екі апта ішінде жарияланады.",
        "Алдын ала деректер бойынша, билеуші партия парламенттегі көпшілікті сақтап қалды.",
        "Халықаралық бақылаушылар алдын ала қорытындыны баспасөз мәслихатында ұсынады.",
        "Қазақстан серіктестерін сайлаудың өтуімен құттықтады, деп хабарлады СІМ.")),
    _n("politics", "сайлау|ОСК|бақылаушылар",
       ("ОСК {n_small} халықаралық ұйымның бақылаушыларын аккредиттеді",
        "ОСК {vote_gen} бюллетенінің мәтінін бекітті"),
       ("Орталық сайлау комиссиясы {vote_dat} {n_small} халықаралық ұйымның бақылаушыларын "
        "аккредиттеді.",),
       ("ОСК отырысында сайлау бюллетенінің нысаны мен мәтіні де бекітілді. Дауыс беру "
        "{vote_date_loc} өтеді; сайлау учаскелері сағат 7-ден 20-ға дейін ашық болады.",),
       ("Саяси партиялар мен қоғамдық бірлестіктердің бақылаушылары жолдамасы болған жағдайда "
        "дауыс беру күні учаскелерде бола алады.",
        "ОСК өз учаскеңізді комиссия сайтынан немесе eGov арқылы тексеруге болатынын еске "
        "салады.",
        "Бюллетеньдерді басып шығару кандидаттардың түпкілікті тізімі бекітілгеннен кейін "
        "басталады.",
        "Мүмкіндігі шектеулі сайлаушылар үшін учаскелерде пандустар мен трафаретті "
        "бюллетеньдер қарастырылған."),
       phase="pre"),
    _n("politics", "сайлау|ОСК|сайлаушылар белсенділігі",
       ("ОСК {vote_gen} алдын ала қорытындысын шығарды",
        "{vote_loc} сайлаушылардың {turnout} пайызы дауыс берді"),
       ("Орталық сайлау комиссиясы {vote_gen} алдын ала қорытындысын шығарды: сайлаушылардың "
        "{turnout} пайызы дауыс берген.",),
       ("Дауыс беру {vote_date_loc} өтті. ОСК дерегінше, учаскелерде партиялардың, қоғамдық "
        "бірлестіктердің және халықаралық ұйымдардың бақылаушылары жұмыс істеді.",),
       ("Түпкілікті қорытынды заңда белгіленген мерзімде бекітіледі.",
        "Комиссия мүшелері дауыс беру күні түскен азаматтардың өтініштері қаралғанын атап "
        "өтті.",
        "Әр учаске бойынша дауыс беру нәтижелері ОСК сайтында жарияланады."),
       phase="post"),
    _n("law", "сыбайлас жемқорлық|Антикор|сот",
       ("Антикор {city_gen} әкімдігінің шенеунігін пара алу үстінде ұстады",
        "{city_loc} шенеунік қолма-қол ұсталды"),
       ("Сыбайлас жемқорлыққа қарсы қызмет қызметкерлері {city_gen} әкімдігі бөлімдерінің "
        "бірінің басшысын {n1} млн теңге пара алу кезінде ұстады.",),
       ("Ведомство дерегінше, шенеунік кәсіпкерден құжаттарды келісу үшін ақша талап еткен. "
        "Қылмыстық іс қозғалып, күдікті уақытша ұстау изоляторына қамалды.",),
       ("Тінту кезінде құжаттар мен ірі сомадағы қолма-қол ақша алынды.",
        "Сыбайлас жемқорлыққа қарсы қызмет азаматтарды пара талап ету фактілері туралы сенім "
        "телефоны арқылы хабарлауға шақырады.",
        "Жыл басынан бері сыбайлас жемқорлық құқық бұзушылықтары үшін {n2} лауазымды тұлға "
        "сотталды.",
        "Тергеу кезінде күдікті қызметінен шеттетілді.")),
    _n("law", "ҰҚК|контрабанда|кеден",
       ("ҰҚК контрабанда күдігімен {n_few} кеден қызметкерін ұстады",
        "Шекарада жүктерді тексерусіз өткізу схемасы әшкереленді"),
       ("Ұлттық қауіпсіздік комитеті шекарадан контрабандалық жүктерді өткізді деген күдікпен "
        "кеден бекетінің бір топ қызметкерін ұстады.",),
       ("ҰҚК мәліметінше, схемаға қатысушылар сыйақы үшін жүктерді тексерусіз өткізген. "
        "Қылмыстық іс қозғалып, күдіктілерге бұлтартпау шарасы ретінде қамауға алу "
        "таңдалды.",),
       ("Тінту кезінде қолма-қол ақша мен құжаттар алынды.",
        "Тергеу жалғасуда, схеманың басқа қатысушылары анықталуда.",
        "Кеден қызметі тергеуге толық жәрдем көрсететінін мәлімдеді.")),
    _n("society", "мерекелер|қала|еске алу",
       ("{city_loc} Жеңіс күніне орай салтанатты митинг өтті",
        "Мәңгілік алау басындағы митинг: {city_loc} қаза тапқандар еске алынды"),
       ("{city_locadj} мемориал алдында Жеңіс мерекесіне арналған салтанатты митинг өтті.",),
       ("Іс-шараға тыл ардагерлері, әкімдік өкілдері, оқушылар мен әскери қызметшілер қатысты. "
        "Қатысушылар Мәңгілік алауға гүл шоқтарын қойып, қаза тапқандарды бір минут "
        "үнсіздікпен еске алды.",),
       ("Митингтен кейін қала тұрғындары үшін концерт пен дала асханасы ұйымдастырылды.",
        "Қала орталығында көлік қозғалысы уақытша шектелді, деп хабарлады полиция.",
        "Кешке саябақтарда мерекелік іс-шаралар өтті."),
       months="5"),
    _n("society", "полиция|оқушылар|қауіпсіздік",
       ("{city_gen} полицейлері оқушылармен профилактикалық әңгімелер өткізді",
        "{city_gen} ювеналдық полициясы балаларға қауіпсіздік туралы айтты"),
       ("{city_gen} ювеналдық полиция қызметкерлері оқушылармен жолдағы және интернеттегі "
        "қауіпсіздік туралы профилактикалық әңгімелер өткізді.",),
       ("Полицейлер балаларға жол жүрісі қағидалары және әлеуметтік желілерде алаяқтардың "
        "құрбанына айналмау жолдары туралы айтып берді.",),
       ("Акция ай соңына дейін қаланың барлық мектебінде өтеді.",
        "Ата-аналарға кәмелетке толмағандарға арналған коменданттық сағат туралы еске салынды.",
        "Полиция профилактика жасөспірімдер арасындағы құқық бұзушылық санын азайтуға "
        "көмектесетінін атап өтеді.")),
)

# ---------------------------------------------------------------------------------------------
# Registries

# ---------------------------------------------------------------------------------------------
# English edition: people, organisations, places and votes (English has no cases: one form each)

_EN_MALE = ("Yerlan", "Nurlan", "Marat", "Arman", "Askhat", "Daniyar", "Serik", "Baurzhan",
            "Yerzhan", "Timur", "Ruslan", "Maksat", "Aidos", "Zhanbolat", "Kanat", "Talgat",
            "Azamat", "Olzhas", "Darkhan", "Sanzhar", "Galym", "Berik", "Oleg", "Viktor")
_EN_FEMALE = ("Gulnara", "Dinara", "Zhanna", "Madina", "Ainura", "Dana", "Kamila", "Indira",
              "Alma", "Zarina", "Nazira", "Anara", "Aliya", "Aigerim", "Saltanat", "Assel",
              "Yelena", "Olga", "Marina", "Saule")
_EN_SURNAMES = ("Kassymov", "Akhmetov", "Zhumabayev", "Nurpeisov", "Yessenov", "Baizhanov",
                "Tulegenov", "Abdrakhmanov", "Omarov", "Mukhamedzhanov", "Iskakov", "Sadykov",
                "Kaliyev", "Zhaksylykov", "Smagulov", "Utegenov", "Rakhimov", "Ospanov",
                "Sultanov", "Muratov", "Kozlov", "Belov", "Seitkaliyev", "Bekmukhanov")
_EN_PATRONYMS = ("Sapar", "Yerzhan", "Toleu", "Kairat", "Bolat", "Murat")

_EN_ROLES = {
    "activist": "activist", "civic": "civic activist", "hrd": "human rights defender",
    "blogger": "blogger", "journalist": "journalist", "freelance": "freelance journalist",
    "correspondent": "correspondent", "observer": "observer",
    "indep_observer": "independent observer", "member": "member", "supporter": "supporter",
    "director": "director", "head": "head", "lawyer": "lawyer", "chair": "chair",
    "editor": "editor-in-chief", "leader": "leader", "coordinator": "coordinator",
    "advocate": "lawyer", "rep": "representative",
}

# English names of the organisations in _ORGS, in the same order: (full name, short name).
# The short name reads in running text ("Echo", "the Steppe Herald"); without a leading "the"
# it also stands before a role ("Steppe Herald journalist ...").
_EN_ORG_NAMES = (
    ("the Kazakhstan International Bureau for Human Rights and Rule of Law", "KIBHR"),
    ("the Erkindik Kanaty public association", "Erkindik Kanaty"),
    ("the Echo public foundation", "Echo"),
    ("the International Legal Initiative foundation", "ILI"),
    ("the Legal Media Center", "the Legal Media Center"),
    ("the MediaNet International Centre for Journalism", "MediaNet"),
    ("the Factcheck.kz project", "Factcheck.kz"),
    ("the Demoscope public opinion monitoring bureau", "Demoscope"),
    ("the Adil Soz International Foundation for Freedom of Speech", "Adil Soz"),
    ("the Oyan, Qazaqstan movement", "Oyan, Qazaqstan"),
    ("the Ar.Rukh.Khak public foundation", "Ar.Rukh.Khak"),
    ("the Human Rights Alliance for Fundamental Rights", "the Human Rights Alliance"),
    ("the Democratic Choice of Kazakhstan (DVK) movement", "DVK"),
    ("the Köshe partiyasy (Street Party) movement", "Köshe partiyasy"),
    ("the Democratic Party of Kazakhstan", "the Democratic Party"),
    ("the Alga, Kazakhstan party", "Alga"),
    ("Radio Azattyq", "Azattyq"),
    ("the news site Vlast.kz", "Vlast.kz"),
    ("the news site Orda.kz", "Orda.kz"),
    ("Exclusive.kz magazine", "Exclusive.kz"),
    ("the Ten Quqyq (Equal Rights) public foundation", "Ten Quqyq"),
    ("the Ashyq Dauys (Open Voice) public association", "Ashyq Dauys"),
    ("the Qorgan human rights centre", "Qorgan"),
    ("the Auyl Uni rural initiatives foundation", "Auyl Uni"),
    ("the Zhasyl Ertis environmental society", "Zhasyl Ertis"),
    ("the Adal Sailau association of independent observers", "Adal Sailau"),
    ("the Qogam Pikiri research centre", "Qogam Pikiri"),
    ("the Sailaushy Quqygy (Voters' Rights) public association", "Sailaushy Quqygy"),
    ("the Derek analytical group", "Derek"),
    ("the Steppe Herald newspaper", "the Steppe Herald"),
    ("the online outlet Alan", "Alan"),
    ("the Zhana Tolqyn YouTube channel", "Zhana Tolqyn"),
    ("the Irtysh Courier newspaper", "the Irtysh Courier"),
    ("the Khalyq Uni party", "Khalyq Uni"),
    ("the Azat Zhastar youth movement", "Azat Zhastar"),
)
_EN_ORGS = dict(zip(_ORGS, _EN_ORG_NAMES, strict=True))

# Cities by their Russian name (the first field of a _CITIES row), regions by their Kazakh name.
_EN_CITIES = {
    "Алматы": "Almaty", "Астана": "Astana", "Нур-Султан": "Nur-Sultan", "Шымкент": "Shymkent",
    "Караганда": "Karaganda", "Уральск": "Uralsk", "Актобе": "Aktobe", "Павлодар": "Pavlodar",
    "Усть-Каменогорск": "Ust-Kamenogorsk", "Атырау": "Atyrau", "Актау": "Aktau",
    "Костанай": "Kostanay", "Тараз": "Taraz", "Кызылорда": "Kyzylorda", "Жанаозен": "Zhanaozen",
    "Петропавловск": "Petropavlovsk", "Семей": "Semey", "Талдыкорган": "Taldykorgan",
}
_EN_REGIONS = {
    "Алматы қаласы": "Almaty", "Астана қаласы": "Astana", "Нұр-Сұлтан қаласы": "Nur-Sultan",
    "Шымкент қаласы": "Shymkent", "Қарағанды облысы": "Karaganda Region",
    "Батыс Қазақстан облысы": "West Kazakhstan Region", "Ақтөбе облысы": "Aktobe Region",
    "Павлодар облысы": "Pavlodar Region", "Шығыс Қазақстан облысы": "East Kazakhstan Region",
    "Атырау облысы": "Atyrau Region", "Маңғыстау облысы": "Mangystau Region",
    "Қостанай облысы": "Kostanay Region", "Жамбыл облысы": "Zhambyl Region",
    "Қызылорда облысы": "Kyzylorda Region", "Солтүстік Қазақстан облысы": "North Kazakhstan Region",
    "Абай облысы": "Abai Region", "Алматы облысы": "Almaty Region", "Жетісу облысы": "Zhetysu Region",
}
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
# Votes by their Kazakh name (_VOTES, _BY_ELECTION, _RURAL_AKIMS)
_EN_VOTES = {
    "кезектен тыс Президент сайлауы": "the snap presidential election",
    "Мәжіліс пен мәслихаттар депутаттарының сайлауы": "the Mazhilis and maslikhat elections",
    "Конституцияға түзетулер жөніндегі республикалық референдум":
        "the referendum on constitutional amendments",
    "Мәжіліс пен мәслихаттарға кезектен тыс сайлау": "the snap Mazhilis and maslikhat elections",
    "атом электр станциясын салу жөніндегі референдум":
        "the referendum on building a nuclear power plant",
    "жаңа Конституция жөніндегі референдум": "the referendum on a new Constitution",
    "Құрылтай сайлауы": "the Kurultai elections",
    "мәслихатқа қосымша сайлау": "a maslikhat by-election",
    "ауылдық округ әкімдерінің сайлауы": "the elections of rural district akims",
}
_EN_HOCKEY = {"«Барыс»": "Barys", "«Авангард»": "Avangard", "«Металлург»": "Metallurg",
              "«Ак Барс»": "Ak Bars", "«Трактор»": "Traktor", "«Салават Юлаев»": "Salavat Yulaev",
              "«Сибирь»": "Sibir", "«Автомобилист»": "Avtomobilist", "«Торпедо»": "Torpedo"}
_EN_PRECIP = {"winter": ("snow", "light snow", "black ice and drifting snow", "fog"),
              "spring": ("rain", "sleet", "rain with thunderstorms", "morning fog"),
              "summer": ("short showers", "thunderstorms", "strong wind and dust storms",
                         "dry heat"),
              "autumn": ("rain", "fog", "sleet", "night frosts")}
_EN_RALLY = ("rising utility tariffs", "saving a city park from development",
             "the release of political prisoners", "defrauded homebuyers",
             "air pollution in the city", "delays in social payments",
             "support for independent media")
_EN_POST = ("medicine shortages at the district hospital", "abuses in the allocation of housing",
            "late salaries for doctors", "industrial waste in the river",
            "the demolition of private houses for new construction",
            "the state of suburban roads", "the local akimat's procurement")
_EN_COUNTRIES = ("Mongolia", "Kyrgyzstan", "Uzbekistan", "Turkey", "Poland", "Germany", "Moldova")
_EN_ABROAD = ("Istanbul", "Tbilisi", "Bishkek", "Warsaw", "Vilnius", "Tashkent", "Frankfurt")
_EN_MIOR = (("the Ministry of Religious Affairs and Civil Society", ""),
            ("the Ministry of Information and Social Development", "2019-02-18"),
            ("the Ministry of Culture and Information", "2023-09-01"))


def _en_date(d: date, when: date) -> str:
    text = f"{d.day} {_EN_MONTHS[d.month - 1]}"
    return text if d.year == when.year else f"{text} {d.year}"


def _en_money(amount: int) -> str:
    return f"{amount:,}"


def _en_dec(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


# ---------------------------------------------------------------------------------------------
# English pressure stories. Slots: {T} the target in full ("the Echo public foundation",
# "activist Yerlan Kassymov"), {Ts} its short name or surname, {A} the organisation behind it,
# {he}/{his}/{him} its pronouns ("it"/"its"/"it" for organisations), {spk} the speaker.

_EN_FISCAL = _Bank(
    templates=(
        _t("ngo media",
           ("Tax authorities accuse {T} of misreporting foreign funds",
            "{T_cap} gets a tax notice over {his} reports on foreign grants",
            "Tax officials in {city} find ‘inaccurate information’ in reports by {T}"),
           ("{dgd_cap} has sent {T} a notice alleging inaccurate information in {his} reports "
            "on money received from abroad.",),
           ("The notice gives the organisation {n_days_fix} days to correct its reports. If the "
            "tax officials are not satisfied, it faces a fine of {fine_mrp} monthly calculation "
            "indices (MCI), or {fine_kzt} tenge, under article 460-1 of the Administrative Code.",
            "Staff at {Ts} say the figures in the report match their bank statements and that "
            "the discrepancy the tax office found is a matter of rounding between two forms.")),
        _t("ngo",
           ("Court suspends the work of {T} for three months",
            "{T_cap} ordered to halt {his} work for three months",
            "A court in {city} suspends {T} over reporting violations"),
           ("A court in {city} has suspended the activities of {T} for three months at the "
            "request of the state revenue authorities, citing a repeated reporting violation.",),
           ("While the suspension lasts, the organisation may not hold events, use its bank "
            "accounts or receive grants. Its staff say that ongoing projects, including free "
            "legal consultations for residents of {city}, are now at risk.",
            "The court treated as a repeat violation the organisation's failure to correct its "
            "reports after the first notice from {dgd}, sent on {past_date}.")),
        _t("ngo media",
           ("Tax inspectors begin an unscheduled audit of {T}",
            "‘Five years of documents’: tax inspectors come to {T}",
            "Unscheduled tax audit in {city} targets {T}",
            "Tax inspectors in {city} ask {T} for five years of documents"),
           ("Officers of {dgd} have started an unscheduled audit of {T}, which links the "
            "inspection to recent public statements by its staff.",),
           ("The inspectors asked for contracts, bank statements and reports for several years, "
            "as well as lists of people who attended the organisation's events, and gave it "
            "{n_days_fix} days to prepare the documents. {Ts_cap} says this is the third audit "
            "in two years; the previous two found no serious violations.",)),
        _t("ngo",
           ("At least {n_ngos} NGOs receive tax notices, {T} among them",
            "Wave of tax notices reaches {T}",
            "State revenue bodies send notices to {n_ngos} NGOs, including {T}"),
           ("At least {n_ngos} non-governmental organisations, among them {T}, have received "
            "notices of violations from the tax service in recent days.",),
           ("Almost all the claims concern information on funds received from foreign donors. "
            "The notices come from different regions, but lawyers say their wording is almost "
            "identical.",
            "Human rights defenders have called on {mior} and the State Revenue Committee to "
            "explain the mass mailing and to suspend the proceedings until the claims are "
            "checked.")),
        _t("ngo media",
           ("Tax office explains its claims against {T}",
            "State revenue department: violations at {T} found by automated checks",
            "Tax officials in {city} say claims against {T} are ‘automatic’"),
           ("According to {dgd}, the claims against {T} have nothing to do with the "
            "organisation's work and were flagged automatically during a desk audit.",),
           ("The department said its system compared bank data with the organisation's reports "
            "and found discrepancies in several sections of the report for {year}.",
            "{Ts_cap} disagrees and sees the claims as part of a wider pressure campaign against "
            "independent organisations. A repeated violation can lead to a suspension of up to "
            "three months.")),
        _t("ngo",
           ("Tax authorities cancel the fine imposed on {T}",
            "Fine against {T} withdrawn after protests by rights groups",
            "Tax office in {city} drops the {fine_mrp} MCI fine against {T}"),
           ("The state revenue authorities have withdrawn their claims against {T} and cancelled "
            "the fine, the organisation said.",),
           ("The fine of {fine_mrp} MCI had been imposed on {past_date} for ‘inaccurate "
            "information’ in a report. After that, {n_ngos} NGOs and human rights defenders "
            "issued a joint statement calling the penalties pressure on civil society.",
            "Despite the cancellation, {Ts} says several weeks of work were lost: bank "
            "transactions were frozen and partners postponed joint projects.")),
        _t("ngo media",
           ("Bank accounts of {T} frozen at the request of tax officials",
            "{T_cap} loses access to {his} bank accounts"),
           ("The tax authorities have blocked outgoing payments from the accounts of {T}, which "
            "learned of it when the bank refused to process its payroll.",),
           ("The order was issued by {dgd} over an unpaid fine of {fine_kzt} tenge that {Ts} is "
            "challenging in court. Until the dispute is settled, staff cannot be paid, and the "
            "landlord has already sent a formal complaint about the rent.",)),
    ),
    q_org=(
        "We have filed our reports since the day we were registered and never had a single "
        "complaint. The timing, right after our human rights work, is hard to call a coincidence",
        "The claims are formal, but the consequences for a small organisation are serious: the "
        "fine is comparable to our monthly budget",
        "We are ready to show every document. But when inspections come one after another, it "
        "becomes impossible to work",
        "In effect we are being punished for receiving grants, although the law does not forbid it",
        "We will defend our position, including in court, and we ask our colleagues not to stay "
        "silent",
    ),
    resp=(
        "{dgd_cap} said the audit was routine and ‘unrelated to the nature of the "
        "organisation's activities’.",
        "The State Revenue Committee of the Finance Ministry {told} that notices go to every "
        "taxpayer whose reports show discrepancies, and that organisations can correct them "
        "without a fine within the set deadline.",
        "Our newsroom sent a request to {dgd}. No reply had been received at the time of "
        "publication.",
        "A spokesperson for {dgd} declined to comment, citing tax secrecy.",
    ),
    bg=(
        _d("In the autumn of 2020 dozens of non-profit organisations received notices of "
           "violations, and in January 2021 some of them were fined and suspended. The penalties "
           "were cancelled in early February 2021 after criticism at home and abroad.",
           "2021-02-05"),
        _d("Since the autumn of 2020, dozens of non-profit organisations across the country have "
           "received notices of violations; human rights defenders call it the largest wave of "
           "claims against NGOs in years.", "2020-10-15", "2021-02-05"),
        "Since 2016 NGOs in Kazakhstan have had to report to the tax authorities on money and "
        "property received from foreign sources and on how it is spent. Rights groups call the "
        "rules excessive and point out that mistakes in the reports can lead to fines or a "
        "suspension of activities.",
        "Article 460-1 of the Code of Administrative Offences provides for a fine for breaking "
        "the rules on reporting foreign funds, and for a three-month suspension for a repeated "
        "violation.",
        "International organisations have repeatedly urged Kazakhstan to revise its reporting "
        "requirements for NGOs, which they see as a tool for pressure on independent groups.",
    ),
)

_EN_REGISTRATION = _Bank(
    templates=(
        _t("newngo",
           ("Justice department returns registration documents to {T}",
            "{T_cap} again fails to register in {city}",
            "Registration of {T} falls through for the {nth} time"),
           ("{justice_cap} has returned the registration documents of {T} to its founders. It "
            "was their {nth} attempt to obtain official status.",),
           ("The registration authority found inconsistencies in the charter: in the officials' "
            "view, the organisation's aims are worded ‘too broadly’, and the minutes of the "
            "founding meeting give the wrong address. The founders call the objections "
            "far-fetched and say the charter follows a standard template.",
            "Without registration the organisation cannot open a bank account, sign contracts "
            "or apply for grants. The founders intend to challenge the refusal in court.")),
        _t("newngo",
           ("‘They pick on every comma’: founders of {T} describe a registration refusal",
            "Founders of {T} unable to register for {n_months} months",
            "{n_months} months without registration for {T} in {city}"),
           ("{spk_cap} says the registration authority has returned the documents several "
            "times, each time with new objections.",),
           ("According to {again_spk}, officials first objected to the name, then to the list "
            "of founders, and most recently to a clause on ‘protecting citizens' rights in "
            "dealings with state bodies’. {justice_cap} sent its latest refusal on "
            "{past_date}.",)),
        _t("ngo",
           ("Prosecutors seek the liquidation of {T}",
            "Court in {city} to hear a lawsuit to liquidate {T}",
            "Liquidation case against {T}: hearing set for {future_date}"),
           ("The {region} prosecutor's office has filed a lawsuit to liquidate {T}. The hearing "
            "is scheduled for {future_date}.",),
           ("The lawsuit claims the organisation carries out activities not provided for in its "
            "charter and has not corrected violations found during an inspection. {Ts_cap} "
            "believes the real reason is its reports on human rights violations.",
            "If the court grants the claim, the organisation will be struck off the register of "
            "legal entities and its property used to pay its debts.")),
        _t("ngo",
           ("{T_cap} cannot complete re-registration",
            "Re-registration of {T} stalls over justice department objections",
            "A change of address turns into {n_months} months of paperwork for {T}"),
           ("For {n_months} months {T} has been unable to re-register after changing its legal "
            "address: {justice} keeps finding errors in the documents.",),
           ("Formally the organisation can keep working, but it cannot update its details with "
            "the bank or apply for grants. Lawyers call it a ‘registration trap’: each new "
            "submission restarts the review period.",)),
        _t("party",
           ("Initiators of {T} prevented from holding a founding congress in {city}",
            "Founding congress of {T} in {city} disrupted as venues cancel",
            "{T_cap} fails to hold {his} congress: three venues in {city} say no"),
           ("The initiative group of {T} was unable to hold its founding congress in {city}: "
            "three venues in a row cancelled their rental agreements at the last moment.",),
           ("According to the organisers, the venue owners cited ‘technical reasons’ and "
            "renovation works but refused to put this in writing. Without a congress the party "
            "cannot submit its documents to the Ministry of Justice.",
            _d("Under the current law, a party needs at least 5,000 members and branches in "
               "every region to register. The threshold used to be 20,000.", "2023-01-01"),
            _d("Under the current law, a party needs at least 20,000 members and branches in "
               "every region to register.", "", "2023-01-01"))),
        _t("party",
           ("Ministry of Justice refuses to register {T}",
            "{nth_cap} attempt to register {T} ends in refusal",
            "Registration application of {T} rejected on {date}"),
           ("The Ministry of Justice has refused to register {T}, citing inaccurate information "
            "in the party's membership lists.",),
           ("Officials say some of the people on the lists did not confirm their membership "
            "when checked. The party's initiators say their supporters were pressured at work to "
            "withdraw their signatures.",
            "It is not the first attempt to register the party: earlier applications were also "
            "rejected on formal grounds.")),
        _t("party",
           ("Supporters of {T} fined in {city} for unregistered activity",
            "{n_few} activists fined for backing {T}"),
           ("A court in {city} has fined {n_few} supporters of {T} for taking part in the "
            "activities of an unregistered association.",),
           ("The case arose from a meeting of the initiative group in a private flat, where "
            "preparations for the founding congress were discussed. Police treated the meeting "
            "as the work of an unregistered organisation, banned by article 489 of the "
            "Administrative Code. Each participant was fined {fine_mrp} MCI.",), also="activist"),
    ),
    q_org=(
        "We have met every requirement of the law, but each time we get new objections. This is "
        "not a mistake by officials but a deliberate policy",
        "We are told the documents are drawn up incorrectly, but nobody will explain how they "
        "should be drawn up",
        "We will keep working and will seek registration by every legal means",
        "Freedom of association is guaranteed by the Constitution, but in practice it has to be "
        "won in court",
        "The registration authority has become a filter that only loyal organisations get "
        "through",
    ),
    resp=(
        "The Ministry of Justice said registration decisions are taken ‘strictly in accordance "
        "with the law’ and invited the founders to correct the errors and apply again.",
        "{justice_cap} {told} that a refusal does not deprive applicants of the right to apply "
        "again.",
        "A request to the Ministry of Justice went unanswered.",
    ),
    bg=(
        "Human rights defenders have long criticised the permit-based registration of public "
        "associations and parties: formally a refusal is possible only on a closed list of "
        "grounds, but in practice the grounds are read broadly.",
        "Independent political scientists note that over the past two decades no opposition "
        "party critical of the authorities has managed to register in Kazakhstan.",
        "Acting on behalf of an unregistered association is punishable by a fine under article "
        "489 of the Administrative Code, and a repeat offence can lead to administrative arrest.",
    ),
)

_EN_FOREIGN_FUNDING = _Bank(
    templates=(
        _t("ngo media",
           ("{T_cap} added to the register of recipients of foreign money",
            "State revenue register lists {T} among recipients of foreign funds",
            "{T_cap} finds {him}self on the foreign funding register"),
           ("The name of {T} has appeared in the register of people and organisations receiving "
            "money and property from foreign sources, published by the State Revenue "
            "Committee.",
            "{T_cap}, based in {city}, learned {on_day} that it is listed in the register of "
            "recipients of money and property from foreign sources.",),
           ("The register, posted on the committee's website, names recipients but gives "
            "neither amounts nor purposes. {Ts_cap} says it received no notice before being "
            "listed.",
            "Human rights defenders fear that being on the list is used to stigmatise: on social "
            "media it is already being called a ‘list of foreign agents’."),
           since="2023-09-20"),
        _t("ngo media",
           ("‘It is a stigma’: {T} on being listed as a recipient of foreign funds",
            "Partners turn away from {T} after the foreign funding register is published"),
           ("Days after the register of foreign funding recipients was published, {T} began to "
            "have trouble with its lease and joint projects in {city}.",),
           ("According to staff, the landlord in {city} demanded early termination of the lease, "
            "and two local partners pulled out of joint events, fearing ‘political "
            "consequences’. Formally, the register carries no sanctions.",),
           since="2023-09-25"),
        _t("ngo media activist",
           ("Mazhilis deputy calls {T} a ‘foreign agent’",
            "Talk of ‘foreign agents’ in parliament singles out {T}",
            "‘Foreign agent’: deputy from {city} takes aim at {T}"),
           ("During a debate on amendments on non-profit organisations, a member of the Mazhilis "
            "proposed a ‘foreign agent’ status for recipients of foreign grants and named {T} as "
            "an example.",
            "A Mazhilis deputy elected in {city} has called {T} a ‘foreign agent’ during a "
            "debate on amendments on non-profit organisations.",),
           ("According to the deputy, organisations and activists who receive money from abroad "
            "‘promote someone else's agenda’ and should label their publications openly. There "
            "is no bill yet, but the idea has set off a wide debate.",),
           extra="smear"),
        _t("ngo",
           ("{T_cap} expects new inspections under foreign funding amendments",
            "Reporting on foreign grants to be tightened; {T} objects"),
           ("Amendments tightening reporting on money from foreign sources have been submitted "
            "to parliament, and {T} believes they will hit organisations that criticise state "
            "bodies.",
            "{T_cap} {on_day} came out against amendments on reporting foreign grants, which "
            "were submitted to parliament on {past_date}.",),
           ("The draft provides for quarterly reports, a longer list of required information "
            "and publication of data on recipients. For violations, it proposes suspending an "
            "organisation's activities without prior notice.",)),
        _t("media",
           ("{mior_cap} demands that {T} disclose {his} foreign donors",
            "{T_cap} given {n_days_fix} days to disclose foreign donors",
            "Ministry asks {T} about foreign funding in a letter dated {date}"),
           ("In a letter to {T}, {mior} has demanded that the outlet disclose its sources of "
            "foreign funding.",
            "{mior_cap} has given {T} {n_days_fix} days to disclose its sources of foreign "
            "funding.",),
           ("The letter asks for contracts with donors and details of the topics of the funded "
            "reports. The newsroom sees the demand as interference in its editorial policy and "
            "intends to answer only within the limits of the law.",)),
        _t("ngo",
           ("{T_cap} denied a state grant over ‘foreign money’",
            "State grant application by {T} rejected because of foreign donors"),
           ("The operator of state grants for NGOs has rejected an application by {T}, saying "
            "the organisation receives money from foreign donors.",
            "{T_cap} in {city} has been refused a state grant because it receives money from a "
            "foreign donor.",),
           ("Formally, the rules of the competition do not bar such organisations. But {Ts} "
            "says it was advised in a conversation ‘to give up foreign partners first’.",)),
        _t("activist",
           ("{T_cap} discovers {his} name on the foreign funding register",
            "{T_cap} listed as a recipient of foreign money"),
           ("{T_cap} learned from social media of being included in the register of recipients "
            "of foreign funds.",
            "{T_cap} from {city} has found {his} own name in the register of recipients of "
            "foreign funds.",),
           ("According to {Ts}, the only ‘foreign source’ was a fee for speaking at an "
            "international conference. {he_cap} does not understand how the list was compiled "
            "and fears being treated as an ‘agent’ from now on.",),
           since="2023-09-20"),
        _t("ngo media",
           ("Bank holds up a foreign grant transfer to {T}",
            "Grant for {T} stuck at a bank for {n_weeks} weeks"),
           ("A bank in {city} has withheld a grant from an international foundation to {T} for "
            "{n_weeks} weeks, asking for more documents under financial monitoring rules.",),
           ("Lawyers say such checks have become more frequent since officials began talking "
            "about ‘transparency of foreign funding’. Because of the delay, staff have gone "
            "unpaid.",)),
    ),
    q_org=(
        "We have never hidden our donors: every report is published on our website. The talk of "
        "‘transparency’ is not about transparency but about branding us",
        "International grants are normal practice for the non-profit sector all over the world. "
        "There is simply no state money for human rights work",
        "When we are called recipients of ‘foreign money’, people become afraid to come to our "
        "events",
        "The rhetoric about ‘foreign agents’ is dangerous: in neighbouring countries it ended "
        "with laws that all but destroyed independent organisations",
    ),
    q_self=(
        "I have never received a salary from foreign organisations. Labels like this make "
        "people think I am somebody's agent",
        "I found out from friends. Nobody bothered to ask me where my money comes from, or "
        "whether I have any at all",
    ),
    resp=(
        _d("The State Revenue Committee said the register is kept in line with the Tax Code and "
           "‘has no negative consequences’ for those on it.", "2023-09-20"),
        "{mior_cap} stressed that the state has no plans to introduce the notion of a ‘foreign "
        "agent’ and that the reporting rules are meant to ensure transparency.",
        "State bodies had not commented by the time of publication.",
    ),
    bg=(
        _d("The State Revenue Committee published the register of people receiving money and "
           "property from foreign sources in September 2023. It lists hundreds of organisations "
           "and individuals, including human rights groups and media.", "2023-09-21"),
        "Kazakhstan has no ‘foreign agents’ law, but the term is heard more and more often from "
        "deputies and pro-government bloggers.",
        "The obligation to report money from foreign sources has applied since 2016. Rights "
        "groups consider it excessive, as grants already pass bank and tax controls.",
        "Neighbouring countries, where foreign agent laws led to the closure of dozens of "
        "organisations, are a warning for Kazakhstan's NGOs.",
    ),
)

_EN_STATION_RESP = (
    "The chair of the precinct commission told reporters that the observers had been "
    "‘interfering with the commission's work’.",
    "The {city} election commission said the observer had broken the rules at the polling "
    "station, citing the constitutional law on elections.",
)
_EN_POLL_RESP = (
    "The CEC said the requirements for organisations conducting polls are the same for everyone "
    "and set out in law.",
    "Our newsroom sent a request to the CEC but has not yet received a reply.",
)
_EN_POLL_Q = (
    "Bans on polls deprive people of information and researchers of the chance to work",
    "We publish the methodology of every study. The requirements change faster than we can "
    "meet them",
)
_EN_ELECTION = _Bank(
    templates=(
        _t("observer",
           ("Observer removed from polling station No. {station} in {city}",
            "{T_cap} says {he} was thrown out of a polling station during the count",
            "{T_cap} removed from a polling station in {city}"),
           ("{T_cap} was removed from polling station No. {station} in {city} on the day of "
            "{vote}.",),
           ("According to the observer, the chair of the precinct commission ordered {him} to "
            "leave after {he} began filming the vote count on a phone. Commission members called "
            "it ‘interference’ and called the police.",),
           phase="post", resp=_EN_STATION_RESP),
        _t("observer",
           ("Observers kept out of polling stations in {city}",
            "‘We were told there was no room’: observers not admitted to station No. {station}"),
           ("Several observers, including {T}, were unable to get into polling stations in "
            "{city} {on_day}, as commission members pointed to errors in their referral "
            "letters.",),
           ("Observers were told that their papers were not in the proper form, that the "
            "station ‘already had enough observers’ or that the room was too small. The law "
            "sets no limit on the number of observers from different organisations.",),
           phase="post", resp=_EN_STATION_RESP,
           q=("All my documents were in order. ‘There is no room’ is not a reason the law knows",
              "Nobody explained to me which rule I had broken. I had all the documents")),
        _t("obsorg",
           ("{T_cap} records {n_many} violations of observers' rights",
            "Observers from {T} report restrictions at polling stations in {city}",
            "{n_many} violations in {city} and beyond, say observers from {T}"),
           ("After {vote}, {T} reported {n_many} cases in which observers were "
            "prevented from doing their work.",),
           ("Most often observers were not allowed to photograph the results protocols, were "
            "kept away from the tables during the count or were removed by decision of the "
            "commission. In some cases, including in {city}, police were called.",),
           phase="post", also="observer"),
        _t("observer",
           ("Observer who filmed the vote count detained in {city}",
            "Observer from polling station No. {station} ends up at a police station"),
           ("{T_cap} was taken to a police station straight from polling station No. {station}, "
            "where {he} had been monitoring the vote count.",),
           ("Police drew up a report on petty hooliganism. Colleagues believe the detention was "
            "linked to an attempt to obtain a copy of the final protocol.",),
           phase="post", extra="detention", resp=_EN_STATION_RESP),
        _t("obsorg",
           ("CEC leaves complaints by observers from {T} unexamined",
            "CEC rejects {n_few} observer complaints after {vote}",
            "{n_few} complaints by {T} observers in {city} rejected"),
           ("The Central Election Commission declined to consider on their merits {n_few} "
            "complaints filed by observers from {T} after the vote.",),
           ("The observers said they had been removed from polling stations, denied copies of "
            "the protocols and prevented from seeing the ballots during the count. The CEC "
            "replied that the complaints had been filed too late.",),
           phase="post", also="observer"),
        _t("obsorg",
           ("{T_cap} denied accreditation for {his} observers in {city}",
            "Observers from {T} not accredited for {vote}",
            "{city} election commission refuses to accredit observers from {T}"),
           ("The {city} election commission has refused to accredit observers from {T} for "
            "{vote}, which takes place {vote_on}.",),
           ("The commission decided that the organisation's charter does not provide for "
            "election monitoring. Lawyers for {Ts} point out that the law allows any public "
            "association to send observers.",),
           phase="pre", also="observer"),
        _t("pollster",
           ("{T_cap} barred from publishing a poll ahead of {vote}",
            "CEC warns {T} over a poll published on {date}",
            "Poll by {T} in {city} found to breach election law"),
           ("The Central Election Commission has issued a warning to {T} for publishing the "
            "results of an opinion poll in {city} shortly before the vote.",),
           ("By law, only organisations accredited with the CEC may publish election-related "
            "polls, and nobody may do so in the last five days before the vote. {Ts_cap} "
            "insists the study was about people's social well-being, not the election.",),
           phase="pre", resp=_EN_POLL_RESP, q=_EN_POLL_Q),
        _t("pollster",
           ("{T_cap} refused accreditation for an exit poll in {city}",
            "No independent exit poll for {vote} as {T} is turned down",
            "{T_cap} left without exit poll accreditation ahead of the vote {vote_on}"),
           ("Without accreditation from the election authorities, {T} will not be able to "
            "conduct an exit poll during {vote}, which takes place {vote_on}.",),
           ("The CEC pointed to requirements for experience in nationwide research. {Ts_cap} "
            "notes that it has carried out dozens of surveys and published their methodology, "
            "and sees the refusal as a way of keeping only ‘convenient’ researchers.",),
           phase="pre", resp=_EN_POLL_RESP, q=_EN_POLL_Q),
        _t("obsorg",
           ("Police arrive at a training session for observers from {T} in {city}",
            "Observer training in {city} interrupted by police"),
           ("Police officers interrupted a seminar in {city} at which {T} was preparing "
            "observers for {vote}, and demanded to see the participants' documents.",),
           ("The officers wrote down the participants' passport details and asked who was "
            "paying for the training. A day later several of them told the organisers they "
            "would no longer take part in monitoring.",),
           phase="pre", extra="intimidation", also="observer"),
        _t("obsorg",
           ("{T_cap} criticises new rules for observers at {vote}",
            "Observers' rights curtailed in {city}, says {T}",
            "Observers from {T} in {city} complain about new rules"),
           ("New rules for the work of election commissions restrict the rights of observers "
            "during {vote}, {T} said in a statement.",),
           ("The rules ban photo and video recording at polling stations without the "
            "commission's consent and require advance notice of where observers will be sent. "
            "Experts say this narrows the room for public oversight.",),
           also="observer"),
    ),
    q_org=(
        "Observation is a legal right of citizens. When observers are kept away from the "
        "protocols, society has no way of checking the results",
        "We sent observers to {n_many} polling stations. Almost everywhere they were hindered "
        "in one way or another",
        "We comply with every requirement of the law and will appeal each violation",
    ),
    q_self=(
        "I just wanted to see how the votes were counted, as an observer is entitled to. I did "
        "not break any rules",
        "Nobody explained to me which rule I had broken. I had all the documents",
    ),
    q_adv=(
        "The law directly guarantees an observer access to the polling station and to the "
        "protocols. There were no legal grounds for any of this",
    ),
    resp=(
        "The CEC said every complaint by observers would be examined and any violations, if "
        "confirmed, would be given a legal assessment.",
        "The {city} election commission said it had acted within the constitutional law on "
        "elections.",
        "Our newsroom sent a request to the CEC but has not yet received a reply.",
    ),
    bg=(
        "By law, an observer may be present at a polling station from its opening until the "
        "final protocol is signed, may see the voter lists and may receive a copy of the "
        "protocol.",
        "Independent observers reported removals from polling stations and bans on filming at "
        "previous elections too. The CEC usually replies that the violations did not affect "
        "the results.",
        "Publishing poll results in the last five days before a vote is banned in Kazakhstan, "
        "and during an election campaign only accredited organisations may conduct polls.",
    ),
)

_EN_POLICE_RESP = (
    "{police_cap} said its officers had acted within the law and urged citizens not to take "
    "part in unauthorised events.",
    "Police in {city} said the participants had been warned in advance that the event was "
    "unlawful.",
)
_EN_ASSEMBLY = _Bank(
    templates=(
        _t("activist movement ngo",
           ("{city} akimat refuses to approve a rally planned by {T}",
            "{T_cap} refused permission for a rally in {city}",
            "Akimat turns down a rally by {T} on {future_date}"),
           ("{akimat_cap} has refused to let {T} hold a peaceful rally on {future_date}. The "
            "event was to be about {rally}.",),
           ("The akimat's reply says another event has already been scheduled for that date at "
            "the designated venue. The organisers say it is not the first such answer: they "
            "have been turned down {n_small} times in the past year.",)),
        _t("activist movement",
           ("Unauthorised rally broken up in {city}",
            "Police halt a protest organised by {T} in {city}"),
           ("Police in {city} {on_day} broke up a protest organised by {T}. Witnesses say at "
            "least {n_det} people were detained.",),
           ("Participants gathered on the square in front of the akimat with placards about "
            "{rally}. Within minutes police approached and ordered them to disperse, saying the "
            "event had not been approved. Those who refused were put on buses.",),
           extra="detention", also="activist", resp=_EN_POLICE_RESP),
        _t("activist movement ngo",
           ("Prosecutors warn {T} against holding a rally",
            "Organisers of a protest in {city} warned of liability",
            "{T_cap} threatened with penalties over a rally on {future_date}"),
           ("The {region} prosecutor's office has issued {T} an official warning against "
            "holding an unapproved rally on {future_date}.",),
           ("The document says the organisers face liability under article 488 of the "
            "Administrative Code, which provides for a fine or administrative arrest. The "
            "organisers say they expected approval because they filed their notice on time.",)),
        _t("activist",
           ("One-person picket outside the {city} akimat ends with a police report",
            "{T_cap} charged over a one-person picket"),
           ("{T_cap} held a one-person picket outside the building of {akimat}, after which "
            "police drew up an administrative report against {him}.",),
           ("{Ts_cap} held a placard about {rally}. By law even a one-person picket requires "
            "notifying the akimat, but human rights defenders consider such restrictions "
            "disproportionate.",)),
        _t("activist movement ngo",
           ("Rally allowed only on the outskirts of {city}",
            "Akimat offers {T} a ‘designated place’ far from the centre"),
           ("{akimat_cap} has agreed to let {T} hold {his} event only at a designated venue on "
            "the outskirts of the city.",),
           ("The organisers call this a refusal in all but name: the site, they say, is in an "
            "industrial zone that is hard to reach by public transport.",
            _d("The law on peaceful assemblies adopted in 2020 kept the practice of designated "
               "places, although the authorities had promised to drop it.", "2020-06-01"))),
        _t("activist movement",
           ("Organisers of a rally in {city} fined",
            "Court in {city} punishes {T} for ‘violating the procedure for assemblies’"),
           ("An administrative court in {city} has fined {T} {fine_mrp} MCI under article 488 "
            "of the Administrative Code for organising a protest held on {past_date}.",),
           ("The protest was peaceful; participants spoke out about {rally}. Police did not "
            "intervene at the time, but a few days later the organisers were summoned to the "
            "station and charged.",)),
        _t("activist movement ngo",
           ("Square in central {city} cordoned off before a planned protest",
            "Assembly planned by {T} does not take place as police seal off the square"),
           ("Police cordoned off the square where {T} had planned to hold a peaceful "
            "assembly and kept passers-by away.",),
           ("Buses and police cars were waiting at the site from the morning. Anyone trying to "
            "get through was asked for documents and the purpose of the visit. The assembly, "
            "devoted to {rally}, never took place.",), resp=_EN_POLICE_RESP),
    ),
    q_org=(
        "We filed our notice on time and met every requirement of the law. Everything else is "
        "just a way of stopping people from speaking out",
        "It is called the law on peaceful assemblies, but in practice it works as a law banning "
        "assemblies",
        "We will appeal the authorities' actions and apply again",
    ),
    q_self=(
        "I notified the akimat in advance, as the law requires. What happened next was an "
        "attempt to keep people from speaking out",
        "People want to be heard. If the square is closed, only social media is left",
        "I am not going to give up my right to peaceful assembly",
    ),
    q_adv=(
        "A peaceful assembly does not need permission: the law provides for notification. Bans "
        "and penalties for peaceful protests are contrary to the Constitution",
    ),
    resp=(
        "{akimat_cap} said the application had been considered within the set time and ‘in "
        "accordance with the law on peaceful assemblies’.",
        "Our newsroom sent a request to {akimat} but has not yet received a reply.",
        "An akimat spokesperson declined to comment, saying the decision had already been sent "
        "to the applicant.",
    ),
    bg=(
        _d("The law on peaceful assemblies adopted in 2020 replaced permits with notification, "
           "but rights defenders say akimats can still refuse on various pretexts.",
           "2020-06-01"),
        "Human rights monitors find that the akimats of large cities refuse most rallies "
        "announced by critical activists.",
        "Taking part in unapproved protests is punished under article 488 of the Administrative "
        "Code with a warning, a fine or administrative arrest.",
        _d("After the January events of 2022 the authorities promised to make peaceful "
           "assemblies easier, but monitors say the number of refusals has not noticeably "
           "fallen.", "2022-03-01"),
    ),
)

_EN_DETENTION = _Bank(
    templates=(
        _t("activist journalist",
           ("{T_cap} detained in {city}", "{T_cap} detained outside {his} home"),
           ("Police in {city} detained {T} {on_day}, {his} relatives said.",),
           ("The detention took place in the morning outside the entrance to the building. "
            "Officers in plain clothes did not introduce themselves and did not explain the "
            "reason. Relatives found out where {Ts} had been taken only hours later.",)),
        _t("activist journalist",
           ("{T_cap} sentenced to {n_days_arrest} days of administrative arrest",
            "Court in {city} jails {T} for {n_days_arrest} days"),
           ("A court in {city} has sentenced {T} to {n_days_arrest} days of administrative "
            "arrest for a post on social media.",),
           ("The court found that the post, in which {Ts} criticised {post}, amounted to a call "
            "to take part in an unauthorised assembly. The defence says the text contained no "
            "such call.",)),
        _t("movement",
           ("Supporters of {T} detained in {city}",
            "{n_det} members of {T} taken to police stations"),
           ("Police in {city} detained {n_det} supporters of {T} who had gathered for a meeting "
            "in a café.",),
           ("The detainees were taken to several police stations and released after several "
            "hours; reports under article 488 of the Administrative Code were drawn up against "
            "some of them.",), also="activist"),
        _t("journalist",
           ("{T_cap} detained while covering a protest",
            "Journalist detained on the job in {city}"),
           ("{T_cap} was detained in {city} while covering a protest, even though {he} was "
            "wearing a press vest and showed {his} press card.",),
           ("Police said the journalist was detained ‘by mistake’ and released after {n_hours} "
            "hours, but the footage on {his} phone had been deleted.",),
           extra="media_pressure"),
        _t("activist",
           ("{T_cap} detained on the eve of a planned protest",
            "Organiser of a rally in {city} detained the day before"),
           ("{T_cap}, who had planned a peaceful protest about {rally}, was detained in {city} "
            "the day before the event.",),
           ("Police said {Ts} was wanted over an earlier administrative case. Fellow activists "
            "believe the aim was to prevent the protest from taking place.",),
           extra="assembly"),
        _t("activist journalist",
           ("{T_cap} released after {n_days_arrest} days in a detention centre",
            "{T_cap} walks free after serving administrative arrest"),
           ("{T_cap} has been released after serving {n_days_arrest} days of administrative "
            "arrest in {city}.",),
           ("{Ts_cap} was arrested after taking part in a protest about {rally}. Rights "
            "defenders considered the arrest disproportionate and called for it to be "
            "reviewed.",)),
        _t("activist",
           ("{T_cap} detained at the airport on return from {abroad}",
            "Police meet {T} at the airport in {city}"),
           ("{T_cap} was detained at the airport on {his} return from {abroad} and taken to a "
            "police station.",),
           ("Police cited an unpaid fine as the reason for the detention. {Ts_cap} says {he} "
            "was not aware of any fine and links the detention to {his} trip to a human rights "
            "conference.",)),
    ),
    q_self=(
        "They grabbed me without any explanation. I am convinced it is because of my posts",
        "I will not stop speaking about problems in my city",
        "Nobody showed me any documents, and I was not allowed to call a lawyer",
    ),
    q_adv=(
        "{client_cap} was detained without legal grounds. We will appeal the court's decision",
        "The detention was carried out in gross violation of procedure: {client} was not told "
        "the reason and was denied a lawyer for several hours",
    ),
    q_org=(
        "We demand the immediate release of our colleagues and an end to the persecution",
        "Detentions like this are meant to intimidate everyone who dares to speak out",
    ),
    resp=(
        "{police_cap} said the detention was carried out ‘in line with the law’.",
        "The police press service said the detainees were suspected of an administrative "
        "offence.",
        "Police did not answer our questions by the time of publication.",
    ),
    bg=(
        "Article 488 of the Administrative Code, on violating the procedure for peaceful "
        "assemblies, is most often used against activists and provides for up to 20 days of "
        "arrest.",
        "Human rights defenders note that activists are often detained before planned protests "
        "and on significant dates, and released once the event has passed.",
        "Detentions of activists regularly draw criticism from international human rights "
        "organisations.",
    ),
)

_EN_CRIMINAL = _Bank(
    templates=(
        _t("activist journalist",
           ("Criminal case opened against {T} over ‘false information’",
            "{T_cap} charged with spreading knowingly false information"),
           ("Police in {city} have opened a criminal case against {T} under article 274 of the "
            "Criminal Code, on spreading knowingly false information.",),
           ("The case concerns a post about {post}. Investigators consider the information in it "
            "untrue; {Ts} says every fact was backed by documents. The offence carries up to "
            "{years} years in prison.",)),
        _t("supporter",
           ("{T_cap} charged with taking part in a banned organisation",
            "Criminal case in {city}: {T} accused of involvement with {A}"),
           ("{T_cap} has been charged under article 405 of the Criminal Code with taking part "
            "in the activities of {A}, which is banned as extremist.",),
           ("The prosecution relies on reposts and comments on social media. The defence says "
            "that sharing publications is not participation in an organisation.",)),
        _t("activist journalist supporter",
           ("Court in {city} sentences {T} to {years} years of restricted freedom",
            "Verdict for {T}: {years} years of restricted freedom"),
           ("A court in {city} has sentenced {T} to {years} years of restricted freedom, with a "
            "ban on public activity for {ban_years} years.",),
           ("Under restricted freedom, {Ts} may not leave {his} town without permission from the "
            "probation service and must report there regularly. The defence will appeal.",)),
        _t("activist supporter",
           ("{T_cap} placed under house arrest",
            "Court in {city} orders house arrest for {T}"),
           ("A court in {city} has placed {T} under house arrest for two months in a criminal "
            "case opened on {past_date}.",),
           ("Under house arrest, {Ts} may not leave home, use the internet or talk to anyone but "
            "close relatives. Rights defenders consider the measure excessive for an accusation "
            "based on social media posts.",)),
        _t("ngo media",
           ("Police search the office of {T}",
            "Investigators seize equipment at {T}"),
           ("Investigators have searched the office of {T} in {city} as part of a criminal case. "
            "Computers and documents were seized.",),
           ("Staff say they were shown a court order but not told which case the search was "
            "part of. The seized equipment held data on the organisation's current work.",)),
        _t("activist journalist",
           ("Charges of ‘inciting discord’ brought against {T}",
            "{T_cap} accused under article 174"),
           ("{T_cap} has been charged under article 174 of the Criminal Code with inciting "
            "social discord over publications on social media.",),
           ("The indictment cites a linguistic expert report that found ‘negative assessments’ "
            "of a social group in the posts. The defence has asked for an independent review, "
            "saying the previous one was done with violations.",)),
        _t("activist journalist",
           ("Court upholds the sentence against {T}",
            "Appeal rejected: the sentence against {T} stands"),
           ("The appeals board of the {region} court has left unchanged the sentence against "
            "{T}, convicted under article 274 of the Criminal Code.",),
           ("The defence argued that the posts were opinions, not statements of fact, and that "
            "the expert report had been drawn up by an unqualified specialist. The court did "
            "not accept these arguments.",)),
    ),
    q_self=(
        "I wrote about what everybody in the city can see. If that is a crime, then any critical "
        "post can be called one",
        "I do not admit guilt. I have done nothing but use my right to freedom of speech",
    ),
    q_adv=(
        "The case is built on expert reports that do not stand up to scrutiny. We will prove "
        "{client}'s innocence in court",
        "This is prosecution for an opinion. Not a single piece of evidence points to a crime",
    ),
    q_org=(
        "The criminal case is an attempt to punish us for our work and to scare others",
        "We consider the search unlawful and will challenge it",
    ),
    resp=(
        "{police_cap} said the investigation is being carried out in accordance with the "
        "Criminal Procedure Code and declined to give details.",
        "The prosecutor's office said the evidence collected was enough to send the case to "
        "court.",
        "Investigators did not comment, citing the secrecy of the pre-trial investigation.",
    ),
    bg=(
        "Article 274 of the Criminal Code, on spreading knowingly false information, is often "
        "used against activists and bloggers; human rights defenders call for it to be "
        "abolished.",
        "Democratic Choice of Kazakhstan (DVK) and Köshe partiyasy were banned as extremist by "
        "court decisions in 2018 and 2020; taking part in their activities is punishable under "
        "article 405 of the Criminal Code.",
        "Human rights organisations keep lists of people they consider political prisoners in "
        "Kazakhstan; most are convicted under articles 174, 274 and 405 of the Criminal Code.",
    ),
)

_EN_SHUTDOWN_RESP = (
    "The Ministry of Digital Development said the restrictions were linked to ‘technical "
    "work’ and denied any deliberate blocking.",
    "Mobile operators said they had received instructions from the authorised bodies but gave "
    "no details.",
)
_EN_INTERNET = _Bank(
    templates=(
        _t("site ngo",
           ("Website of {T} blocked in Kazakhstan",
            "Access to {T} restricted at the request of the ministry",
            "Website of {T} inaccessible since {date}"),
           ("The website of {T} is no longer accessible in Kazakhstan without a VPN. The block "
            "was imposed {on_day} at the request of {mior}.",),
           ("{Ts_cap} says it was not informed of the decision and learned about it from "
            "readers. It has asked the ministry which materials were found unlawful.",)),
        _t("media",
           ("Publication by {T} blocked over an article about {post}",
            "Prosecutors order {T} to remove an article",
            "{city} prosecutors threaten to block {T}"),
           ("Prosecutors have ordered {T} to remove an article about {post}, threatening to "
            "block the site otherwise.",),
           ("The editors say the article was based on documents and comments from officials. "
            "Lawyers note that the order does not say which parts of the text are considered "
            "unlawful.",)),
        _t("movement activist",
           ("Mobile internet cut in {city} during a protest",
            "Internet outages in {city} coincide with a rally"),
           ("Users in {city} reported mobile internet outages during a protest supported by "
            "{T}.",),
           ("Messengers and social networks stopped working for {n_hours} hours, making it "
            "impossible to stream the protest live. Monitoring services recorded a sharp drop "
            "in traffic in the region.",),
           also="journalist_media", resp=_EN_SHUTDOWN_RESP),
        _t("activist journalist",
           ("Social media account of {T} blocked in Kazakhstan",
            "{T_cap} loses access to {his} channel after a ‘request from the authorities’",
            "Channel of {T} with {n2} thousand followers restricted"),
           ("The channel of {T}, followed by about {n2} thousand people, has been restricted "
            "for users in Kazakhstan following a request from the authorities.",),
           ("The platform's notice said only that the content violated local law. {Ts_cap} "
            "says the channel published investigations into {post}.",)),
        _t("media",
           ("Website of {T} down for {n_hours} hours after a cyberattack",
            "{T_cap} reports a DDoS attack after an investigation is published",
            "DDoS attack on {T} follows a report about {post}"),
           ("The website of {T} was unavailable for {n_hours} hours after a massive DDoS attack "
            "that began shortly after an investigation into {post} was published.",),
           ("The editors have reported the attack to the police. The outlet says it has faced "
            "similar attacks before, each time after critical publications.",)),
        _t("movement activist",
           ("Telegram channel of {T} blocked in Kazakhstan",
            "Access to the channel of {T} restricted at the request of prosecutors",
            "{T_cap}: our Telegram channel has been blocked since {date}"),
           ("Access to the Telegram channel of {T} has been restricted in Kazakhstan at the "
            "request of prosecutors, who consider its posts calls for unrest.",),
           ("The channel's administrators say it only reported on protests and published "
            "statements by activists. Subscribers now need a VPN to read it.",)),
        _t("site",
           ("{T_cap} recognised as an ‘unreliable source’",
            "Court orders {T} to be blocked for ‘false information’",
            "Court in {city} orders the blocking of {T}"),
           ("A court in {city} has ordered the website of {T} to be blocked for spreading "
            "‘false information’.",),
           ("The decision was made at a hearing that the outlet's representatives were not "
            "invited to. {Ts_cap} will appeal and has published instructions for readers on how "
            "to reach the site.",)),
    ),
    q_org=(
        "Blocking is the easiest way to silence a critical voice without having to explain "
        "anything",
        "We publish nothing that is not backed by documents. We were never told what exactly "
        "was considered unlawful",
        "Readers will find us anyway, but every block costs us audience and money",
    ),
    q_self=(
        "I learned about the block from my followers. Nobody asked me anything",
        "I write about problems everyone can see. Blocking the channel will not make them go "
        "away",
    ),
    resp=(
        "{mior_cap} said access is restricted only on the basis of court decisions or "
        "prosecutors' orders, in line with the law on communications.",
        "The ministry did not answer our questions by the time of publication.",
    ),
    bg=(
        "Under the law on communications, access to websites can be restricted out of court at "
        "the request of prosecutors; the outlets concerned often learn of it after the fact.",
        "In January 2022 Kazakhstan was cut off from the internet for several days, and "
        "international organisations have since called on the authorities to give up "
        "shutdowns.",
        "Internet freedom monitors count Kazakhstan among the countries where the internet is "
        "‘not free’, citing blocks of independent media and regional shutdowns during "
        "protests.",
    ),
)

_EN_MEDIA = _Bank(
    templates=(
        _t("foreign_media",
           ("Foreign Ministry refuses to accredit journalists of {T}",
            "Correspondents of {T} left without accreditation",
            "{n_small} journalists of {T} in {city} denied accreditation"),
           ("The Foreign Ministry has refused to accredit {n_small} journalists of {T}, citing "
            "the law on mass media.",),
           ("Without accreditation, correspondents of foreign media may not work in Kazakhstan "
            "legally. The newsroom says it has received no explanation of the reasons.",)),
        _t("media journalist",
           ("Police come to the newsroom of {T}",
            "Newsroom of {T} in {city} visited by police",
            "Police question staff of {T} about an article on {post}"),
           ("Police officers came to the newsroom of {T} in {city} and questioned the staff "
            "about a recent publication.",),
           ("The officers asked who wrote the article about {post} and where the information "
            "came from. The journalists refused to name their sources, citing the law on mass "
            "media.",)),
        _t("journalist",
           ("{T_cap} prevented from working at a court hearing",
            "{T_cap} removed from a courtroom in {city}"),
           ("{T_cap} was removed from a courtroom in {city} during an open hearing, although "
            "{he} had shown {his} press card.",),
           ("The bailiffs said the judge had banned recording, although the hearing was public. "
            "The Adil Soz foundation recorded the incident as obstruction of a journalist's "
            "lawful work.",)),
        _t("media",
           ("Official sues {T} for {claim} million tenge",
            "Honour and dignity lawsuit filed against {T}",
            "{city} akimat official takes {T} to court"),
           ("An official of {akimat} has filed a lawsuit against {T} seeking {claim} million "
            "tenge in moral damages over an article about {post}.",),
           ("The outlet stands by its article and says the claim is meant to bankrupt the "
            "newsroom. Media lawyers note that such lawsuits are often used as a form of "
            "pressure.",)),
        _t("media journalist",
           ("Phones of {T} staff seized during questioning",
            "Journalists of {T} questioned as witnesses",
            "Investigators in {city} seize phones of {T} journalists"),
           ("Investigators in {city} questioned journalists of {T} as witnesses and seized "
            "their phones.",),
           ("The newsroom says the phones contained contacts of sources and unpublished "
            "material. Lawyers consider the seizure a violation of the confidentiality of "
            "sources.",)),
        _t("journalist",
           ("{T_cap} attacked while on assignment in {city}",
            "Journalist assaulted in {city}"),
           ("{T_cap} was attacked in {city} while filming a report about {post}.",),
           ("The attackers tried to take {his} camera and threatened {him}. The journalist has "
            "filed a complaint with the police, asking for the case to be treated as "
            "obstruction of professional activity.",)),
        _t("media",
           ("{T_cap} denied accreditation to parliament",
            "Journalists of {T} barred from the government press pool",
            "Accreditation of {T} not renewed after reports on deputies"),
           ("Journalists of {T} will not be able to cover the work of parliament: the "
            "outlet's accreditation was not renewed.",),
           ("The press service said the outlet had ‘violated the rules of accreditation’ but "
            "did not say which. The editors link the decision to critical publications about "
            "deputies.",)),
    ),
    q_org=(
        "Our journalists were doing their job. Pressure on the newsroom is pressure on readers' "
        "right to know",
        "We will not disclose our sources. The law protects the confidentiality of information",
        "We see this as an attempt to intimidate the newsroom, and we will keep working",
    ),
    q_self=(
        "I was just doing my job. Journalists must be able to work without fear",
        "I had all the documents, and the hearing was open. There was no reason to remove me",
    ),
    resp=(
        "{police_cap} said the officers had acted within their powers.",
        "{mior_cap} said it respects freedom of speech and that journalists' rights are "
        "protected by law.",
        "The authorities did not comment on the situation.",
    ),
    bg=(
        "Media freedom organisations rank Kazakhstan low in their press freedom indices, citing "
        "lawsuits against journalists, blocks and obstruction of reporting.",
        "The Adil Soz foundation records dozens of cases every year in which journalists are "
        "prevented from working, denied information or threatened.",
        "Article 158 of the Criminal Code punishes obstruction of a journalist's lawful "
        "professional activity, but it is rarely applied.",
    ),
)

_EN_SMEAR = _Bank(
    templates=(
        _t("ngo media activist journalist",
           ("Pro-government channels accuse {T} of working for foreign interests",
            "Smear campaign targets {T}"),
           ("Several pro-government Telegram channels and a TV talk show have accused {T} of "
            "‘working for foreign interests’.",),
           ("The publications, almost identical in wording, call {T} part of a ‘fifth column’ "
            "and claim, without evidence, that {he} seeks to destabilise the country. {Ts_cap} "
            "calls this a coordinated campaign.",)),
        _t("ngo activist",
           ("TV report brands {T} a ‘grant-eater’",
            "State TV report on ‘grant-eaters’ names {T}"),
           ("A state TV channel has aired a report on ‘grant-eaters’, mentioning {T} among "
            "those who supposedly live on foreign grants.",),
           ("The report contains no comments from the people it criticises. Rights defenders "
            "say such reports prepare the ground for new restrictions on civil society.",)),
        _t("ngo activist media",
           ("Deputy accuses {T} of ‘alien values’",
            "{T_cap} targeted in a speech in parliament"),
           ("A member of parliament has accused {T} of promoting ‘alien values’ and "
            "‘destructive ideas’ among young people.",),
           ("The deputy gave no examples. The speech was widely reposted by pro-government "
            "bloggers.",)),
        _t("ngo activist",
           ("Anonymous leaflets in {city} call {T} an ‘agent of influence’",
            "Leaflets against {T} appear in {city}"),
           ("Anonymous leaflets have appeared in {city} describing {T} as an ‘agent of influence’ "
            "paid from abroad.",),
           ("The leaflets give addresses and phone numbers. {Ts_cap} has filed a complaint with "
            "the police, but no one has yet been identified.",),
           extra="foreign_funding"),
        _t("activist journalist",
           ("Fake accounts spread fabricated claims about {T}",
            "Bot campaign targets {T} on social media"),
           ("Dozens of newly created accounts have been spreading fabricated claims about "
            "{T} on social media.",),
           ("The posts accuse {Ts} of ‘betraying the country’ and use photos of {his} family. "
            "Researchers who studied the accounts found signs of coordinated behaviour.",)),
        _t("ngo media",
           ("Official calls {T} ‘a destructive force’",
            "Akimat official attacks {T} at a public meeting"),
           ("An official of {akimat} has called {T} ‘a destructive force’ at a public meeting "
            "with residents.",),
           ("The official said residents should not cooperate with the organisation because it "
            "‘works against the state’. {Ts_cap} has demanded a public apology.",)),
        _t("activist journalist media",
           ("Article accusing {T} of plotting a ‘colour revolution’ published",
            "Pro-government outlet claims {T} prepares a ‘colour revolution’"),
           ("A pro-government outlet has published an article claiming that {T} is preparing a "
            "‘colour revolution’ on instructions from abroad.",),
           ("The article cites anonymous ‘experts’ and provides no evidence. {Ts_cap} is "
            "considering a lawsuit for the protection of honour and dignity.",)),
    ),
    q_org=(
        "These accusations are absurd. But they are repeated so often that some people start to "
        "believe them",
        "We have worked openly for years. Labels like ‘fifth column’ are meant to make people "
        "afraid of us",
        "Smear campaigns usually come before new restrictions. We are worried",
    ),
    q_self=(
        "Nobody has asked me a single question. They just hang labels",
        "My family is now receiving threats because of these publications",
    ),
    resp=(
        "{mior_cap} said it does not coordinate publications by private media and bloggers.",
        "The authors of the publications could not be reached for comment.",
    ),
    bg=(
        "Words such as ‘grant-eaters’, ‘agents of influence’ and ‘fifth column’ regularly appear "
        "in pro-government media and speeches by officials.",
        "Human rights defenders note that discrediting campaigns often come before legislative "
        "initiatives that restrict NGOs.",
        "International organisations have called on Kazakhstan to stop stigmatising human "
        "rights defenders and independent organisations.",
    ),
)

_EN_INTIMIDATION = _Bank(
    templates=(
        _t("activist journalist",
           ("{T_cap} summoned for questioning by the KNB",
            "KNB summons {T} for a ‘conversation’"),
           ("{T_cap} has been summoned for questioning at {dknb}.",),
           ("The summons does not say in which case or in what capacity {Ts} is to be "
            "questioned. {his_cap} lawyer believes the summons is linked to recent posts about "
            "{post}.",)),
        _t("activist journalist",
           ("‘Preventive talk’: police visit {T} at home",
            "Police hold a ‘preventive talk’ with {T} in {city}"),
           ("Police officers came to the home of {T} in {city} to hold a ‘preventive talk’ "
            "ahead of {future_date}.",),
           ("The officers warned {Ts} against taking part in unauthorised events and asked "
            "about {his} plans. Relatives were present and were also questioned.",
            "Human rights defenders say such visits have become routine before significant "
            "dates and are meant to intimidate.")),
        _t("activist journalist",
           ("{T_cap} says {he} is under surveillance",
            "{T_cap} reports being followed in {city}"),
           ("{T_cap} says that for {n_weeks} weeks {he} has been followed by people in plain "
            "clothes in {city}.",),
           ("According to {Ts}, the same cars park outside {his} home, and strangers take "
            "photos of {him} at meetings. {he_cap} has filed a complaint with the prosecutor's "
            "office.",)),
        _t("activist journalist",
           ("{T_cap} banned from leaving Kazakhstan",
            "{T_cap} stopped at the border on the way to {abroad}"),
           ("{T_cap} was stopped at the border on the way to {abroad} and told there was a "
            "ban on leaving the country.",),
           ("Officials could not explain on what grounds the ban had been imposed. {Ts_cap} "
            "was travelling to a conference and links the ban to {his} public activity.",)),
        _t("ngo",
           ("Staff of {T} summoned to the KNB",
            "Employees of {T} questioned about their foreign partners"),
           ("Several employees of {T} have been summoned to {dknb} and questioned about the "
            "organisation's foreign partners.",),
           ("The officers asked about grants, trips abroad and contacts with diplomats. "
            "{Ts_cap} says no criminal case has been opened and the conversations were held "
            "‘without a record’.",)),
        _t("activist journalist",
           ("Relatives of {T} pressured at work",
            "Family of {T} asked to ‘influence’ {him}"),
           ("Relatives of {T} say their employers have asked them to ‘influence’ {him} and get "
            "{him} to stop public activity.",),
           ("According to the family, the requests came after conversations between their "
            "managers and ‘people from the authorities’. One relative was told a contract might "
            "not be renewed.",)),
        _t("activist",
           ("{T_cap} receives threats after a video about {post}",
            "Threats against {T} after a post about {post}"),
           ("{T_cap} has received threats after publishing a video about {post}.",),
           ("Anonymous callers warned {Ts} that ‘it would end badly’ if the video were not "
            "removed. The police have accepted a complaint but have not opened a case.",)),
    ),
    q_self=(
        "I have nothing to hide, but I will not let them force me to be silent",
        "They want me to be afraid. I am afraid, but I will keep going",
        "I do not know what they want from me. Nobody explains anything",
    ),
    q_adv=(
        "{client_cap} is being pressured without any legal grounds. Summonses without a case "
        "number are a tool of intimidation",
    ),
    q_org=(
        "Our staff are questioned about things that have nothing to do with any crime. This is "
        "an attempt to frighten the team",
    ),
    resp=(
        "The KNB did not comment, saying it does not disclose information about its work.",
        "{police_cap} said preventive talks are part of the police's routine work.",
        "The authorities did not respond to our request.",
    ),
    bg=(
        "Human rights defenders report that summonses to the security services and ‘preventive "
        "talks’ are widely used against activists, especially before elections and protests.",
        "Travel bans and pressure on relatives are among the methods of intimidation recorded "
        "by monitors in recent years.",
        "International organisations have expressed concern about the intimidation of human "
        "rights defenders and journalists in Kazakhstan.",
    ),
)

_EN_GENERAL = (
    "Human rights defenders note that pressure on non-profit organisations and independent "
    "activists usually increases before elections and around significant public events.",
    "The Kazakh authorities have repeatedly said they are committed to dialogue with civil "
    "society. International human rights organisations, however, point to continuing "
    "restrictions on freedom of association, assembly and expression.",
    "Tens of thousands of non-profit organisations are registered in Kazakhstan, but only a "
    "small share of them work on human rights or monitor the work of state bodies.",
    "Kazakhstan's international partners, including the OSCE and the European Union, have "
    "repeatedly called on the authorities to ensure a favourable environment for civil "
    "society.",
    "International rights groups regularly criticise the state of freedom of speech and "
    "association in Kazakhstan.",
)

# ---------------------------------------------------------------------------------------------
# English neutral news and hard negatives

_EN_NEUTRAL = (
    _n("economy", "tenge|exchange rate|KASE",
       ("Tenge {tenge_move} on KASE: the dollar trades at {usd}",
        "Dollar exchange rate at {usd} tenge on the stock exchange",
        "Weighted average dollar rate at {usd} tenge"),
       ("The weighted average dollar rate on the Kazakhstan Stock Exchange stood at {usd} tenge "
        "after the morning session.",
        "The national currency {tenge_move} by {usd_delta} tenge against the dollar at the "
        "close of trading on KASE."),
       ("After trading on {date}, the weighted average US dollar rate on the Kazakhstan Stock "
        "Exchange was {usd} tenge. Trading volume exceeded {n2} million dollars.",
        "The tenge {tenge_move} by {usd_delta} tenge against the dollar: after the main session "
        "on KASE the weighted average rate was {usd} tenge per dollar."),
       ("Exchange offices in {city} sell the euro at around {eur} tenge and the Russian rouble "
        "at {rub} tenge.",
        "Analysts link the movement to oil prices and the tax period: at the end of the month "
        "exporters sell foreign currency to pay their taxes.",
        "The National Bank says it keeps a free-floating exchange rate and intervenes only to "
        "smooth out sharp swings.",
        "The spread between buying and selling rates in exchange offices averages two to three "
        "tenge. Experts advise against large currency deals in the hope of short-term gains.",
        "The National Bank will set the official rate for the next day based on today's "
        "trading.")),
    _n("economy", "oil|Brent|economy",
       ("Brent crude {brent_move} to {brent} dollars a barrel",
        "Oil prices: Brent trades near {brent} dollars"),
       ("The price of Brent crude {brent_move} by {brent_delta}% to {brent} dollars a barrel.",),
       ("Brent futures on London's ICE exchange {brent_move} by {brent_delta}% to {brent} "
        "dollars a barrel. Market participants are watching OPEC+ decisions and data on US "
        "stockpiles.",),
       ("As a party to the OPEC+ agreement, Kazakhstan has committed to a production quota, but "
        "in some months it has exceeded it as output at large fields grew.",
        "Oil remains Kazakhstan's main export, accounting for more than half of its foreign "
        "trade earnings.",
        "Most Kazakh oil is exported through the Caspian Pipeline Consortium to the port of "
        "Novorossiysk.",
        "Analysts expect prices to move in a narrow range in the coming weeks until the "
        "picture of demand in China becomes clearer.",
        "Oil revenues make up a large part of the National Fund, which finances transfers to "
        "the national budget.")),
    _n("economy", "economy|inflation|prices",
       ("Annual inflation in Kazakhstan at {inflation}%",
        "Prices in Kazakhstan rose {inflation}% in a year, statistics bureau says"),
       ("Annual inflation in Kazakhstan stood at {inflation}% at the end of {prev_month}, the "
        "Bureau of National Statistics reported.",),
       ("According to the Bureau of National Statistics, consumer prices in Kazakhstan rose by "
        "{inflation}% over the past twelve months. Food prices rose faster than non-food "
        "goods.",),
       ("Services, including utilities and transport, also became more expensive.",
        "The largest increases were recorded for vegetables, sugar and cereals.",
        "The National Bank expects inflation to slow gradually towards its target.",
        "Prices rose fastest in the western regions and slowest in the north of the country.",
        "The government has extended measures to stabilise prices for socially important "
        "food products.")),
    _n("weather", "weather|Kazhydromet|forecast",
       ("Forecasters on the weather in {city} for the coming days",
        "Weather forecast: {precip} expected in {city}",
        "Kazhydromet: {t_day} degrees in the daytime"),
       ("Forecasters expect {precip} in {city} over the next three days, with daytime "
        "temperatures of {t_day} degrees, Kazhydromet said.",),
       ("According to Kazhydromet, daytime temperatures in {city} will be {t_day} degrees, "
        "with {t_night} at night. A south-westerly wind of {wind} metres per second is "
        "expected, with {precip} in places.",
        "Forecasters warn that unsettled weather will persist over most of Kazakhstan. In "
        "{city}, {precip} is expected, with daytime temperatures of {t_day} degrees."),
       ("In the mountains and foothills of the south and south-east, gusts of up to {wind} "
        "metres per second are possible. Drivers are asked to take care on the roads.",
        "In the northern and central regions, variable cloud without significant "
        "precipitation is expected; in the western regions the wind will strengthen.",
        "The emergencies department advises residents to follow storm warnings and avoid "
        "travelling on country roads in bad weather unless necessary.",
        "Forecasters expect the weather to settle gradually by the end of the week.")),
    _n("sport", "football|Premier League|sport",
       ("{f_win} beat {f_lose} {f_ws}-{f_ls}",
        "Football: {f_win} win {f_ws}-{f_ls} against {f_lose}"),
       ("In the latest round of the Kazakhstan Premier League, {f_win} beat {f_lose} "
        "{f_ws}-{f_ls}.",),
       ("The match was watched by {n3} spectators. {f_win} opened the scoring in the first "
        "half and held on to their lead until the final whistle. The final score was "
        "{f_ws}-{f_ls}.",),
       ("The winners' head coach said after the game that the team had followed the plan and "
        "stayed focused until the end.",
        "The losing side had chances to equalise but failed to convert several opportunities "
        "in front of goal.",
        "After this round, the fight for the places that lead to European competition remains "
        "tight.",
        "The next round will be played next week. Tickets are on sale online.",
        "A midfielder from the winning side was named player of the match after scoring a goal "
        "and providing an assist."),
       months="3 4 5 6 7 8 9 10 11"),
    _n("sport", "hockey|KHL|Barys",
       ("KHL: {h_win} beat {h_lose} {h_ws}-{h_ls}",
        "Barys and {h_opp}: {h_win} win {h_ws}-{h_ls}"),
       ("A regular-season KHL game involving Astana's Barys ended {h_ws}-{h_ls} in favour of "
        "{h_win}.",),
       ("{h_win} beat {h_lose} {h_ws}-{h_ls} in a regular-season game of the Kontinental Hockey "
        "League. The decisive goal came in the third period.",),
       ("Barys is the only Kazakh club in the KHL.",
        "The teams exchanged chances throughout the game, and the goalkeepers made several "
        "important saves.",
        "Both coaches praised their players' commitment at the post-match press conference.",
        "The arena in Astana was almost full.",
        "Barys will play its next game away from home later this week."),
       months="1 2 3 9 10 11 12"),
    _n("culture", "culture|theatre|premiere",
       ("Theatre in {city} presents a new production",
        "Premiere at the {city} drama theatre"),
       ("The drama theatre in {city} has presented a new production based on a classic of "
        "Kazakh literature.",),
       ("The premiere at the {city} drama theatre sold out: the new production is based on a "
        "classic of Kazakh literature and was staged by a young director.",),
       ("The production features both experienced actors and recent graduates of the theatre "
        "academy.",
        "The set design combines traditional motifs with modern stage technology.",
        "The play is performed in Kazakh with simultaneous translation into Russian.",
        "The next performances are scheduled for the end of the month.",
        "Critics praised the music, written especially for the production.")),
    _n("culture", "culture|exhibitions|art",
       ("Exhibition of contemporary art opens in {city}",
        "Works by {n1} artists on show in {city}"),
       ("An exhibition of contemporary art featuring works by {n1} artists from different "
        "regions of Kazakhstan has opened in {city}.",),
       ("A new exhibition in {city} brings together paintings, photographs and installations "
        "by {n1} artists. The organisers say its theme is the memory of the steppe.",),
       ("The exhibition will run until {future_date}.",
        "Guided tours are offered in Kazakh, Russian and English.",
        "Some of the works will later be shown in Astana and Almaty.",
        "Admission for students and pensioners is free on weekdays.",
        "The organisers also plan workshops for children.")),
    _n("transport", "transport|aviation|airport",
       ("New direct flight from {city} to {abroad}",
        "Airline launches flights between {city} and {abroad}"),
       ("A new direct flight between {city} and {abroad} will begin on {future_date}, the "
        "airline said.",),
       ("Flights from {city} to {abroad} will operate {n_small} times a week. Tickets are "
        "already on sale on the airline's website.",),
       ("The flight time is about {n_hours} hours.",
        "The civil aviation committee says the number of international routes has grown "
        "steadily in recent years.",
        "Passengers travelling with children are advised to book in advance.",
        "The airport in {city} has recently expanded its international terminal.",
        "Fares depend on the season and the time of booking.")),
    _n("transport", "transport|buses|city",
       ("{n1} new buses go into service in {city}",
        "{city} renews its bus fleet"),
       ("{n1} new buses running on natural gas have gone into service on city routes in "
        "{city}.",),
       ("The city's bus fleet has been expanded with {n1} new low-floor buses. They are "
        "equipped with air conditioning, USB sockets and ramps for wheelchair users.",),
       ("The buses will run on the busiest routes.",
        "Fares can be paid by transport card or bank card.",
        "The akimat plans to replace all old buses within three years.",
        "Passengers can track buses in real time in a mobile app.",
        "Drivers have been trained to operate the new vehicles.")),
    _n("health", "healthcare|vaccination|flu",
       ("Flu vaccination campaign begins in {city}",
        "Free flu jabs available at clinics in {city}"),
       ("Clinics in {city} have begun vaccinating residents against seasonal flu.",),
       ("Vaccination against seasonal flu has started in {city}. Free jabs are offered to "
        "children, pregnant women, older people and people with chronic diseases.",),
       ("Doctors recommend getting vaccinated before the peak of the season.",
        "The vaccine protects against the strains expected this season.",
        "Residents not in risk groups can get vaccinated at their own expense.",
        "Last season about {n2} thousand people were vaccinated in the region.",
        "Appointments can be made through the clinic's call centre."),
       months="9 10 11 12"),
    _n("health", "healthcare|clinics|medicine",
       ("New clinic opens in {city}",
        "Residents of a new district in {city} get a clinic"),
       ("A new clinic designed for {n3} visits a day has opened in {city}.",),
       ("The new clinic in {city} will serve residents of several new housing estates. It has "
        "a laboratory, a day hospital and a children's department.",),
       ("The clinic employs more than {n2} doctors and nurses.",
        "Residents can attach to the clinic through the eGov portal.",
        "The building was constructed under a public-private partnership.",
        "Until now, residents of the district had to travel to another part of the city to "
        "see a doctor.",
        "Modern diagnostic equipment has been installed, including an MRI scanner.")),
    _n("education", "education|schools|construction",
       ("New school for {n3} pupils opens in {city}",
        "{city} gets a new school"),
       ("A new school for {n3} pupils has opened in {city}, easing the shortage of places in "
        "the city's fast-growing districts.",),
       ("The new school in {city} has science laboratories, a sports hall and a library. "
        "Classes will be held in Kazakh and Russian.",),
       ("The school was built as part of a national programme to reduce overcrowding.",
        "More than {n1} teachers have been hired.",
        "The school will work in one shift.",
        "Parents can enrol their children through the eGov portal.",
        "Two more schools are due to open in the city next year.")),
    _n("education", "education|olympiads|pupils",
       ("Pupils from {city} win medals at an international olympiad",
        "Kazakh pupils bring home medals in {subject}"),
       ("Schoolchildren from {city} have won medals at an international olympiad in "
        "{subject}.",),
       ("The Kazakh team won several medals at an international olympiad in {subject}. Among "
        "the winners are pupils from {city}.",),
       ("The team prepared for the olympiad at training camps for several months.",
        "Winners of international olympiads can enter Kazakh universities on state grants.",
        "The Ministry of Education congratulated the pupils and their teachers.",
        "More than {n1} countries took part in the competition.",
        "Next year the country hopes to send a larger team.")),
    _n("tech", "technology|eGov|digitalisation",
       ("Service ‘{service}’ now available online",
        "eGov adds the service ‘{service}’ to its mobile app"),
       ("The service ‘{service}’ is now available on the eGov portal and in its mobile app.",),
       ("The service ‘{service}’ can now be obtained online, without visiting a public service "
        "centre. It takes a few minutes and requires a digital signature or a one-time "
        "password.",),
       ("More than {n2} thousand people used the service in person last year.",
        "The Ministry of Digital Development plans to move most public services online.",
        "Users can rate the quality of each service in the app.",
        "Public service centres will continue to accept applications in person.",
        "The number of active users of the eGov app keeps growing.")),
    _n("world", "elections|world",
       ("Parliamentary elections held in {country}",
        "{country}'s election commission announces preliminary results"),
       ("{country} has held parliamentary elections; turnout was {turnout}%, according to "
        "the election commission.",),
       ("Voters in {country} elected a new parliament. According to preliminary data from the "
        "election commission, turnout was {turnout}%.",),
       ("International observers will present their conclusions in the coming days.",
        "The final results will be announced within a week.",
        "Several parties are expected to enter parliament.",
        "Citizens of {country} living in Kazakhstan were able to vote at their embassy.",
        "Kazakhstan's Foreign Ministry said it hopes to continue close cooperation.")),
    _n("city", "city|roads|repairs",
       ("Road repairs begin on {n1} streets in {city}",
        "{city} akimat announces road repair season"),
       ("Repairs of {n1} streets have begun in {city}, the akimat said.",),
       ("The {city} akimat has started this year's road repairs: {n1} streets will get new "
        "asphalt, pavements and lighting.",),
       ("Work will be done mostly at night to reduce traffic jams.",
        "The contractors have a warranty obligation for the quality of the roads.",
        "Residents can report problems with roads through the city's call centre.",
        "The works are financed from the local budget.",
        "Traffic on some sections will be restricted temporarily.")),
    _n("city", "city|parks|akimat",
       ("New park opens in {city}",
        "{city} residents get a new public park"),
       ("A new public park with playgrounds, sports grounds and cycle paths has opened in "
        "{city}.",),
       ("A new park covering {n1} hectares has opened in {city}. More than {n3} trees and "
        "shrubs have been planted.",),
       ("The park has free Wi-Fi and public toilets.",
        "Residents took part in discussing the park's design.",
        "Cafés and bicycle rental points will open in the park in summer.",
        "The akimat plans to create two more parks next year.",
        "The park is open around the clock.")),
    _n("agriculture", "agriculture|harvest|grain",
       ("Harvest in full swing in {city}'s farming districts",
        "Farmers in the region have threshed {n1} million tonnes of grain"),
       ("Farmers have harvested grain from more than half of the sown area, the agriculture "
        "ministry said.",),
       ("The harvest is in full swing across Kazakhstan's grain-growing regions. Farmers have "
        "threshed about {n1} million tonnes of grain so far.",),
       ("The average yield is higher than last year.",
        "Dry weather has helped farmers in the northern regions.",
        "Grain prices on the domestic market remain stable.",
        "Part of the harvest will go to export to Central Asia and China.",
        "The ministry has provided subsidised fuel for the harvest."),
       months="8 9 10"),
    _n("politics", "elections|CEC|turnout",
       ("CEC announces preliminary results of {vote}",
        "Turnout in {vote} at {turnout}%"),
       ("The Central Election Commission has announced the preliminary results of {vote}; "
        "turnout was {turnout}%.",),
       ("According to the CEC, turnout in {vote} was {turnout}%. The final results will be "
        "announced after all protocols are processed.",),
       ("Polling stations were open from 7:00 to 20:00 local time.",
        "Turnout was highest in the rural areas.",
        "The CEC said no serious violations were recorded.",
        "Citizens abroad voted at polling stations at embassies and consulates.",
        "The final results must be announced within ten days."),
       phase="post"),
    _n("politics", "elections|CEC|candidates",
       ("CEC registers candidates for {vote}",
        "Campaigning begins ahead of {vote}"),
       ("The Central Election Commission has completed the registration of candidates for "
        "{vote}, which takes place {vote_on}.",),
       ("The CEC has registered the candidates for {vote}. Campaigning officially began "
        "after registration closed.",),
       ("Candidates may hold meetings with voters and publish campaign materials.",
        "Campaigning must stop the day before the vote.",
        "The CEC has published the list of polling stations on its website.",
        "Voters can check their polling station online.",
        "The state will pay for candidates' televised debates."),
       phase="pre"),
)

_EN_HARD = (
    _n("transport", "traffic rules|fines|roads",
       ("Cameras in {city} record more than {n2} thousand speeding offences",
        "Speeding fines: {city} police remind drivers of the amounts"),
       ("Since the start of the year, traffic cameras in {city} have recorded more than {n2} "
        "thousand speeding offences, the police said.",
        "Police have reminded drivers of the fines for speeding and running red lights."),
       ("The fine for exceeding the speed limit by more than 20 kilometres an hour ranges "
        "from 5 to 20 MCI depending on the offence. A discount applies if the fine is paid "
        "within seven days.",),
       ("Notices of fines reach car owners through the eGov portal and by text message.",
        "Police say the number of accidents on dangerous sections has fallen by {pct}% since "
        "the cameras were installed.",
        "The most common offences remain speeding, not wearing a seat belt and using a phone "
        "while driving.",
        "Drivers who do not pay their fines can be banned from leaving the country until the "
        "debt is paid.")),
    _n("incidents", "crime|theft|police",
       ("Suspected burglars detained in {city}: damage exceeds {n1} million tenge",
        "Police detain flat burglars in {city}"),
       ("Police in {city} have detained two people suspected of a series of burglaries. The "
        "damage exceeds {n1} million tenge.",),
       ("According to police, the suspects broke into flats during the day while the owners "
        "were at work. They were identified from CCTV footage. A criminal case has been "
        "opened, and the suspects are in a temporary detention centre.",),
       ("Some of the stolen property has already been returned to its owners.",
        "Jewellery and household appliances were seized during a search of the suspects' "
        "homes.",
        "Police advise residents to fit extra locks and not to leave keys in mailboxes.",
        "The offence carries up to five years in prison.")),
    _n("incidents", "crime|drugs|police",
       ("Synthetic drug dealers detained in {city}",
        "Drug lab shut down in {city}"),
       ("Police in {city} have detained {n_small} people suspected of selling synthetic "
        "drugs.",),
       ("More than {n_few} kilograms of synthetic substances were seized. Police say the "
        "suspects sold the drugs through hidden drops and advertised them in messengers.",),
       ("The websites and channels used to sell the drugs have been blocked at the request of "
        "the police.",
        "A criminal case has been opened for drug trafficking. The suspects face long prison "
        "terms.",
        "Police urge parents to pay attention to what their children do online.",
        "Since the start of the year, dozens of drug-selling sites have been blocked in the "
        "region.")),
    _n("incidents", "fraud|police|banks",
       ("Phone scammers trick a pensioner out of {n1} million tenge",
        "{city} police warn of a new fraud scheme"),
       ("Police in {city} are investigating a case in which phone scammers posing as bank "
        "employees tricked a pensioner out of {n1} million tenge.",),
       ("The caller said the victim's account had been hacked and persuaded the pensioner to "
        "transfer savings to a ‘safe account’. A criminal case for fraud has been opened.",),
       ("The bank blocked part of the money, but most of it had already been withdrawn.",
        "Police remind residents that bank employees never ask for codes from text messages.",
        "Several suspects were detained in a similar case last month.",
        "The number of online fraud cases in the region has grown over the year.")),
    _n("health", "health|blood pressure|cardiology",
       ("Heat in {city}: cardiologists explain how to protect the heart and avoid pressure "
        "spikes",
        "Doctors explain how to lower blood pressure without medication"),
       ("Cardiologists in {city} advise people with high blood pressure to avoid the sun in "
        "the middle of the day and drink more water.",),
       ("In hot weather, blood pressure can fluctuate sharply, especially in older people, "
        "doctors say. They recommend measuring pressure regularly and not stopping prescribed "
        "treatment.",),
       ("High blood pressure is one of the main risk factors for heart attacks and strokes.",
        "Doctors recommend less salt, more vegetables and regular walks.",
        "Free blood pressure checks are available at clinics.",
        "People with hypertension should always carry their medicines.",
        "Ambulance crews in the city have received more calls during the heat."),
       months="6 7 8"),
    _n("health", "health|hypertension|medicine",
       ("Hypertension getting younger: high blood pressure increasingly found in young people "
        "in {city}",
        "One in three adults has high blood pressure, doctors say"),
       ("Doctors in {city} say high blood pressure is increasingly diagnosed in people under "
        "forty.",),
       ("According to doctors, the main causes of high blood pressure among young people are "
        "stress, lack of exercise and an unhealthy diet.",),
       ("Many people do not know they have high blood pressure until complications arise.",
        "Screening for hypertension is part of the annual check-up.",
        "Doctors advise measuring blood pressure at least once a year.",
        "Treatment of hypertension is included in the free medical care package.")),
    _n("economy", "tenge|exchange rate|currency",
       ("Tenge under pressure: the dollar rises to {usd}",
        "What is putting pressure on the tenge: analysts explain"),
       ("The tenge weakened against the dollar on KASE: the weighted average rate reached "
        "{usd} tenge.",),
       ("The national currency came under pressure after oil prices fell and demand for "
        "foreign currency grew. The weighted average rate reached {usd} tenge.",),
       ("Analysts say the pressure on the tenge is temporary.",
        "Importers traditionally buy currency at the beginning of the month.",
        "The National Bank did not intervene in the market.",
        "The rouble also weakened against the dollar.")),
    _n("tech", "online casinos|internet|blocking",
       ("More than {n2} thousand online casino sites blocked in Kazakhstan",
        "Access to {n2} thousand illegal betting sites restricted this year"),
       ("Access to more than {n2} thousand online casino and illegal betting sites has been "
        "blocked in Kazakhstan since the start of the year.",),
       ("The sites were blocked at the request of the financial monitoring agency. Online "
        "casinos are banned in Kazakhstan, and their owners often use mirror sites to get "
        "around blocks.",),
       ("Advertising of online casinos on social media is also being blocked.",
        "The agency says many gambling sites are linked to fraud and money laundering.",
        "Users are advised not to transfer money to unknown sites.",
        "Banks have been asked to block payments to illegal casinos.")),
    _n("world", "Georgia|laws|world",
       ("Debate continues in Georgia over the ‘foreign influence’ law",
        "Georgian parliament debates a bill on foreign agents"),
       ("In Georgia, debate continues over a law requiring organisations funded from abroad "
        "to register as ‘agents of foreign influence’.",),
       ("Georgia's parliament is considering a bill under which organisations and media "
        "receiving more than a fifth of their funding from abroad would have to register as "
        "‘agents of foreign influence’. Opponents have held large protests in Tbilisi.",),
       ("The European Union has said the law is incompatible with Georgia's EU aspirations.",
        "The ruling party says the law is needed for transparency.",
        "Many NGOs in Georgia say they will refuse to register.",
        "Observers compare the bill with the Russian law on foreign agents.")),
    _n("world", "Kyrgyzstan|NGOs|world",
       ("Kyrgyzstan requires NGOs to register as ‘foreign representatives’",
        "New status of ‘foreign representative’ for NGOs in Kyrgyzstan"),
       ("Kyrgyzstan has adopted a law requiring non-governmental organisations funded from "
        "abroad and engaged in ‘political activities’ to register as ‘foreign "
        "representatives’.",),
       ("Under the new law in Kyrgyzstan, NGOs funded from abroad must register with the "
        "justice ministry and submit additional reports. Several organisations have already "
        "announced they are closing.",),
       ("Human rights groups have criticised the law.",
        "The Kyrgyz authorities say the law is about transparency.",
        "The law applies only to organisations registered in Kyrgyzstan.",
        "Experts are watching how the law will be applied in practice.")),
    _n("society", "NGOs|charity|volunteers",
       ("Public foundation in {city} raises {n1} million tenge for children's treatment",
        "Charity marathon by an NGO in {city} comes to an end"),
       ("A charitable public foundation in {city} has raised {n1} million tenge for the "
        "treatment of children with serious illnesses.",),
       ("The charity marathon organised by a local NGO in {city} lasted a month. Residents, "
        "businesses and volunteers took part.",),
       ("The money will pay for operations and rehabilitation abroad.",
        "The foundation publishes reports on how the money is spent.",
        "Volunteers held concerts and fairs in support of the campaign.",
        "The NGO thanked everyone who took part.")),
    _n("economy", "taxes|business|state revenue",
       ("Tax inspectors in {city} check whether cafés and shops issue receipts",
        "State revenue raids reveal more than {n2} violations at cash registers"),
       ("Tax inspectors in {city} have checked more than {n2} cafés and shops to see whether "
        "they issue receipts.",),
       ("The state revenue department in {city} says most of the violations involved "
        "businesses failing to issue receipts or not using online cash registers. The "
        "businesses were fined.",),
       ("Buyers can check a receipt through a mobile app.",
        "The fine for not issuing a receipt depends on the size of the business.",
        "The tax authorities plan further inspections.",
        "Businesses that break the rules repeatedly can have their work suspended.")),
    _n("politics", "elections|CEC|observers",
       ("CEC accredits observers from {n_small} international organisations",
        "International observers accredited for {vote}"),
       ("The Central Election Commission has accredited observers from {n_small} international "
        "organisations for {vote}.",),
       ("The CEC says international observers will monitor {vote} in all regions. They will "
        "have access to polling stations and protocols.",),
       ("Observers from political parties and public associations are also being accredited.",
        "The CEC has set up a call centre for voters.",
        "Observers will publish their reports after the vote.",
        "Foreign journalists can also receive accreditation."),
       phase="pre"),
    _n("law", "corruption|Anti-Corruption Agency|court",
       ("Official of the {city} akimat detained while taking a bribe",
        "Official caught red-handed in {city}"),
       ("The Anti-Corruption Agency has detained an official of the {city} akimat while "
        "receiving a bribe of {n1} million tenge.",),
       ("According to the agency, the official demanded money for issuing a land permit. A "
        "criminal case has been opened, and the suspect has been placed in custody.",),
       ("The head of the akimat has ordered an internal review.",
        "The agency urges citizens to report corruption.",
        "The official has been suspended from work.",
        "Bribery carries a long prison sentence and a lifelong ban on public service.")),
    _n("law", "KNB|smuggling|customs",
       ("KNB detains {n_few} customs officers on suspicion of smuggling",
        "Scheme to let goods through without inspection uncovered at the border"),
       ("The National Security Committee (KNB) has detained {n_few} customs officers suspected "
        "of letting goods across the border without inspection.",),
       ("According to the KNB, the customs officers took money for waving lorries through "
        "without inspection. A criminal case has been opened.",),
       ("The smuggled goods included cigarettes and electronics.",
        "The suspects have been placed in custody.",
        "The State Revenue Committee has ordered an internal investigation.",
        "The KNB says the investigation is continuing.")),
    _n("society", "police|schoolchildren|safety",
       ("Police in {city} hold preventive talks with schoolchildren",
        "Juvenile police tell pupils in {city} about safety"),
       ("Juvenile police officers in {city} have held preventive talks with schoolchildren "
        "about road safety and online fraud.",),
       ("Police officers visited schools in {city} and held preventive talks with pupils about "
        "road safety, cyberbullying and fraud on the internet.",),
       ("The talks are part of a campaign that runs until the end of the school year.",
        "Parents were also invited to the meetings.",
        "Pupils received leaflets with emergency numbers.",
        "The police plan similar meetings in colleges.")),
)

_EN_TOPIC_EXTRA = {
    "economy": (
        "Economists note that the figures depend on external factors, above all commodity "
        "prices, and on domestic demand supported by growing lending.",
        "Detailed statistics will be published in the monthly review on the agency's website.",
        "Market participants are waiting for the National Bank's next base rate decision.",
        "Analysts at commercial banks have left their forecasts for the year largely unchanged.",
        "Foreign trade and industrial output data will be published at the end of the month.",
        "The government's forecast assumes moderate growth this year, supported by higher oil "
        "output and investment in infrastructure and manufacturing.",
    ),
    "weather": (
        "Residents are asked to take the forecast into account when planning trips out of town.",
        "According to forecasters, the average temperature of the month is close to the norm.",
        "The akimat's emergency services have switched to an enhanced regime.",
        "Farmers are advised to take the forecast into account in their field work.",
        "A detailed forecast by region is available on the Kazhydromet website.",
        "Emergency services remind residents not to leave children unattended near water and to "
        "keep phones charged in case of storm warnings.",
    ),
    "sport": (
        "The game was broadcast on a sports channel and online.",
        "Fans supported the players throughout the match.",
        "The federation promised to analyse the performance before the next competitions.",
        "Sports experts note that the level of competition has risen this season.",
        "The sports ministry congratulated the athletes on their result.",
        "The national federation is already preparing for the next international tournament, "
        "where Kazakhstan hopes to improve its result from last season.",
    ),
    "culture": (
        "The regional culture department says interest in theatres and museums is growing.",
        "Some of the events will be streamed online.",
        "The organisers thanked the sponsors and volunteers who helped prepare the event.",
        "Admission to some events is free; tickets for others can be bought online.",
        "The organisers plan to make the project an annual event.",
        "In recent years regional theatres and museums have received more state funding, and many "
        "have renovated their buildings and updated their programmes.",
        "Local cultural figures say such events help young people discover the history and "
        "traditions of their region.",
    ),
    "transport": (
        "Passengers can get up-to-date timetable information from the carrier's call centre.",
        "Demand for domestic travel grew noticeably last year.",
        "Investment in transport infrastructure remains a priority of the local budget.",
        "Passengers with children and people with disabilities can request assistance.",
        "Transport experts say new routes must go hand in hand with better infrastructure.",
        "The transport ministry expects passenger numbers to keep growing, especially on routes "
        "between regional centres and the two largest cities.",
    ),
    "health": (
        "Appointments can be made through a mobile app or by phone.",
        "Doctors remind residents of the importance of annual check-ups.",
        "The region continues to recruit young specialists for rural hospitals.",
        "Care within the guaranteed volume is provided free of charge.",
        "Hospitals in the region continue to receive modern equipment.",
        "The regional health department says waiting times for specialist appointments have "
        "fallen, although rural residents still have to travel far for some services.",
        "Doctors urge residents not to postpone visits to a clinic when symptoms first appear and "
        "not to treat themselves without a prescription.",
    ),
    "education": (
        "The education department promises to solve the shortage of school places in the "
        "coming years.",
        "Parents can get advice on enrolment at district education offices.",
        "Teachers say competitions and olympiads raise children's interest in learning.",
        "Pupils and parents can follow progress in an electronic school diary.",
        "Teachers are taking courses in new teaching methods.",
        "According to the education ministry, the number of schoolchildren in the country keeps "
        "rising, and new schools are needed above all in the largest cities.",
        "Parents' councils say they would like more extracurricular activities and sports clubs "
        "for children after lessons.",
    ),
    "tech": (
        "Cybersecurity specialists advise using two-factor authentication.",
        "Industry estimates put the growth of Kazakhstan's IT services market in double digits.",
        "More details are available on the ministry's website.",
        "Experts say digital public services cut queues and reduce corruption risks.",
        "Users can report problems with the services to the support team.",
        "Analysts say demand for online services grew sharply after the pandemic, and most "
        "residents of large cities now use them every month.",
    ),
    "world": (
        "Kazakhstan's Foreign Ministry said it is following developments closely.",
        "Experts believe the events will have consequences for other countries in the region.",
        "The events are widely covered by international media.",
        "Analysts do not rule out that the situation may change in the coming weeks.",
        "Kazakh experts see a limited impact on the region's economy.",
        "Kazakhstan maintains diplomatic relations with all the countries of the region and "
        "regularly calls for disputes to be settled through dialogue.",
        "Trade between Kazakhstan and its neighbours has grown in recent years, so events abroad "
        "are closely followed by Kazakh businesses.",
    ),
    "city": (
        "The akimat reminds residents that requests are accepted through the 109 call centre.",
        "Public hearings on the project were held in the spring.",
        "Residents can follow the works on an interactive map on the akimat's website.",
        "The quality of the works will be checked by the public council and technical "
        "supervision.",
        "Traffic and pedestrians may be temporarily restricted during the works.",
        "City officials say the programme of improvements will continue next year, with new "
        "courtyards, playgrounds and lighting in several districts.",
        "Residents have long asked the akimat to pay more attention to the outlying districts, "
        "where roads and public spaces are in worse condition.",
    ),
    "agriculture": (
        "Farmers hope for state support to renew their machinery.",
        "The ministry has increased preferential lending for field work this year.",
        "Farms increasingly use digital services to keep track of their harvest.",
        "The veterinary service continues scheduled vaccination of livestock.",
        "Producers can apply for subsidies through the eGov portal.",
        "Agriculture accounts for a modest share of Kazakhstan's economy but employs a large part "
        "of the rural population, especially in the north and south.",
        "Farmers say rising prices for fuel, fertiliser and spare parts remain their main concern "
        "for the coming season.",
    ),
    "incidents": (
        "Police ask witnesses with more information to call 102.",
        "The circumstances are being investigated.",
        "Police remind residents of basic safety precautions.",
        "The court will decide on the punishment.",
        "Fewer such offences have been recorded in the region this year than last year.",
        "Police say residents can report offences anonymously through the mobile app of the "
        "Ministry of Internal Affairs or by calling the duty unit.",
        "In recent years police have installed more cameras in courtyards and on streets, which "
        "helps to identify suspects faster.",
    ),
    "society": (
        "Participants say interest in such events is growing.",
        "Information about upcoming events is published on social media.",
        "Similar events are held in the city regularly.",
        "The akimat said the work would continue.",
        "The next meetings are planned for the coming weeks.",
        "Local volunteers say more and more young people are taking part in such initiatives, and "
        "that businesses have become more willing to help.",
        "The akimat says it supports civic initiatives and plans to hold similar events in other "
        "districts of the city.",
    ),
    "law": (
        "The investigation is continuing, and the involvement of other people is being checked.",
        "The final decision will be made by the court.",
        "The names of the suspects are not disclosed in the interests of the investigation.",
        "The pre-trial investigation may take several months.",
        "The agency says more than half of the damage in corruption cases has been recovered "
        "this year.",
        "The Anti-Corruption Agency says the number of corruption offences registered in the "
        "country has fallen in recent years, while more cases reach court.",
        "Lawyers note that suspects are presumed innocent until a court finds otherwise, and that "
        "the investigation may still change the charges.",
    ),
    "politics": (
        "The CEC publishes information on the campaign on its website.",
        "Political scientists note that voter interest differs between regions.",
        "Election commissions are working as normal.",
        "Voters can put questions to the CEC hotline.",
        "Explanations of the voting procedure are published in Kazakh, Russian and English.",
        "Political scientists say turnout in local elections is usually lower than in national "
        "votes and depends heavily on the region.",
        "The CEC reminds voters that they can vote at their place of stay by obtaining an "
        "absentee certificate in advance.",
    ),
}


_BANKS = {
    "ru": {"fiscal": _RU_FISCAL, "registration": _RU_REGISTRATION,
           "foreign_funding": _RU_FOREIGN_FUNDING, "election_process": _RU_ELECTION,
           "assembly": _RU_ASSEMBLY, "detention": _RU_DETENTION, "criminal_case": _RU_CRIMINAL,
           "internet_control": _RU_INTERNET, "media_pressure": _RU_MEDIA, "smear": _RU_SMEAR,
           "intimidation": _RU_INTIMIDATION},
    "kk": {"fiscal": _KK_FISCAL, "registration": _KK_REGISTRATION,
           "foreign_funding": _KK_FOREIGN_FUNDING, "election_process": _KK_ELECTION,
           "assembly": _KK_ASSEMBLY, "detention": _KK_DETENTION, "criminal_case": _KK_CRIMINAL,
           "internet_control": _KK_INTERNET, "media_pressure": _KK_MEDIA, "smear": _KK_SMEAR,
           "intimidation": _KK_INTIMIDATION},
    "en": {"fiscal": _EN_FISCAL, "registration": _EN_REGISTRATION,
           "foreign_funding": _EN_FOREIGN_FUNDING, "election_process": _EN_ELECTION,
           "assembly": _EN_ASSEMBLY, "detention": _EN_DETENTION, "criminal_case": _EN_CRIMINAL,
           "internet_control": _EN_INTERNET, "media_pressure": _EN_MEDIA, "smear": _EN_SMEAR,
           "intimidation": _EN_INTIMIDATION},
}
_GENERAL = {"ru": _RU_GENERAL, "kk": _KK_GENERAL, "en": _EN_GENERAL}
_NEUTRAL = {"ru": _RU_NEUTRAL, "kk": _KK_NEUTRAL, "en": _EN_NEUTRAL}
_HARD_NEGATIVE = {"ru": _RU_HARD, "kk": _KK_HARD, "en": _EN_HARD}
# The rubric a pressure story runs under: the same slugs neutral news use, so it is no label.
_PRESSURE_TOPICS = {
    "fiscal": "society", "registration": "politics", "foreign_funding": "politics",
    "election_process": "politics", "assembly": "society", "detention": "society",
    "criminal_case": "law", "internet_control": "tech", "media_pressure": "media",
    "smear": "politics", "intimidation": "society",
}
_PRESSURE_TAGS = {
    "ru": {"fiscal": ("НКО", "налоги", "гражданское общество"),
           "registration": ("регистрация", "НКО", "партии"),
           "foreign_funding": ("иностранное финансирование", "НКО", "гранты"),
           "election_process": ("выборы", "наблюдатели", "ЦИК"),
           "assembly": ("митинги", "мирные собрания", "акимат"),
           "detention": ("задержания", "активисты", "полиция"),
           "criminal_case": ("уголовное дело", "суд", "свобода слова"),
           "internet_control": ("блокировки", "интернет", "свобода слова"),
           "media_pressure": ("СМИ", "журналисты", "свобода слова"),
           "smear": ("пропаганда", "НКО", "активисты"),
           "intimidation": ("КНБ", "активисты", "права человека")},
    "kk": {"fiscal": ("ҮЕҰ", "салық", "азаматтық қоғам"),
           "registration": ("тіркеу", "ҮЕҰ", "партия"),
           "foreign_funding": ("шетелдік қаржыландыру", "ҮЕҰ", "грант"),
           "election_process": ("сайлау", "бақылаушылар", "ОСК"),
           "assembly": ("митинг", "бейбіт жиын", "әкімдік"),
           "detention": ("ұстау", "белсенділер", "полиция"),
           "criminal_case": ("қылмыстық іс", "сот", "сөз бостандығы"),
           "internet_control": ("бұғаттау", "интернет", "сөз бостандығы"),
           "media_pressure": ("БАҚ", "журналистер", "сөз бостандығы"),
           "smear": ("үгіт-насихат", "ҮЕҰ", "белсенділер"),
           "intimidation": ("ҰҚК", "белсенділер", "адам құқықтары")},
    "en": {"fiscal": ("NGOs", "taxes", "civil society"),
           "registration": ("registration", "NGOs", "political parties"),
           "foreign_funding": ("foreign funding", "NGOs", "grants"),
           "election_process": ("elections", "observers", "CEC"),
           "assembly": ("rallies", "peaceful assembly", "akimat"),
           "detention": ("detentions", "activists", "police"),
           "criminal_case": ("criminal case", "courts", "freedom of speech"),
           "internet_control": ("blocking", "internet", "freedom of speech"),
           "media_pressure": ("media", "journalists", "freedom of speech"),
           "smear": ("propaganda", "NGOs", "activists"),
           "intimidation": ("KNB", "activists", "human rights")},
}


# ---------------------------------------------------------------------------------------------
# Closing paragraphs that fit any story of a rubric (neutral news and hard negatives)

_RU_TOPIC_EXTRA = {
    "economy": (
        "Экономисты отмечают, что на динамику показателей влияют как внешние факторы, прежде "
        "всего цены на сырьё, так и внутренний спрос, который поддерживается ростом кредитования.",
        "Подробная статистика будет опубликована в ежемесячном обзоре, который ведомство "
        "размещает на своём сайте.",
        "Участники рынка ждут следующего заседания Национального банка по базовой ставке, "
        "которое может скорректировать их ожидания.",
        "Правительство в ближайшее время рассмотрит меры по поддержке деловой активности, в том "
        "числе упрощение доступа малого бизнеса к кредитам.",
        "Аналитики банков второго уровня в целом сохраняют прогнозы на текущий год без изменений.",
        "Данные о внешней торговле и промышленном производстве за тот же период будут "
        "опубликованы в конце месяца.",
    ),
    "weather": (
        "Жителей просят учитывать прогноз при планировании поездок за город и одеваться по "
        "погоде.",
        "По данным синоптиков, средняя температура месяца пока близка к климатической норме.",
        "Дежурные службы акимата переведены на усиленный режим работы.",
        "Осадки и ветер могут осложнить движение на трассах республиканского значения; дорожные "
        "службы готовы к работе в усиленном режиме.",
        "Аграриев просят учитывать прогноз при проведении полевых работ.",
        "Подробный прогноз по регионам опубликован на сайте и в мобильном приложении "
        "Казгидромета.",
    ),
    "sport": (
        "Трансляцию соревнований можно было посмотреть на спортивном телеканале и в интернете.",
        "Болельщики поддерживали спортсменов на протяжении всей встречи.",
        "В федерации пообещали подробно проанализировать выступление и сделать выводы перед "
        "следующими стартами.",
        "Спортивные эксперты отмечают, что уровень соревнований в этом сезоне заметно вырос.",
        "В ближайшие недели спортсменов ждёт плотный календарь стартов и учебно-тренировочные "
        "сборы.",
        "Профильное министерство поздравило спортсменов с результатом.",
    ),
    "culture": (
        "В управлении культуры отмечают, что интерес к театрам и музеям в регионе растёт: "
        "посещаемость за год заметно увеличилась.",
        "Часть мероприятий будет доступна в онлайн-трансляции.",
        "Организаторы благодарят спонсоров и волонтёров, которые помогли в подготовке.",
        "Вход на часть мероприятий свободный, билеты на остальные можно приобрести онлайн.",
        "Организаторы планируют сделать проект ежегодным и расширить его географию.",
        "Местные жители и туристы уже оставили много положительных отзывов в социальных сетях.",
    ),
    "transport": (
        "Актуальную информацию о расписании пассажиры могут получить в колл-центре "
        "перевозчика.",
        "Транспортные эксперты считают, что развитие маршрутной сети должно сопровождаться "
        "обновлением инфраструктуры.",
        "В прошлом году спрос на поездки внутри страны заметно вырос.",
        "В компании напоминают о правилах провоза багажа и рекомендуют приезжать заранее.",
        "Инвестиции в транспортную инфраструктуру остаются одним из приоритетов местного бюджета.",
        "Пассажиры с детьми и люди с инвалидностью могут воспользоваться услугами сопровождения.",
    ),
    "health": (
        "Записаться на приём к врачу можно через мобильное приложение или по телефону "
        "регистратуры.",
        "Медики напоминают о важности ежегодных профилактических осмотров.",
        "В регионе продолжается набор молодых специалистов в сельские больницы.",
        "Медицинская помощь в рамках гарантированного объёма оказывается бесплатно.",
        "Пациенты могут оставить отзыв о работе медучреждения через портал электронного "
        "правительства.",
        "В регионе продолжается оснащение больниц современным оборудованием.",
    ),
    "education": (
        "В управлении образования обещают, что вопрос нехватки ученических мест будет решён в "
        "ближайшие годы.",
        "Родители могут получить консультацию по вопросам зачисления в районных отделах "
        "образования.",
        "Педагоги отмечают, что участие в конкурсах и олимпиадах повышает интерес детей к учёбе.",
        "В этом году в школах региона учится больше детей, чем когда-либо прежде.",
        "Учителя проходят курсы повышения квалификации по новым методикам преподавания.",
        "Школьники и родители могут следить за успеваемостью через электронный дневник.",
    ),
    "tech": (
        "Специалисты по кибербезопасности советуют не передавать свои данные третьим лицам и "
        "использовать двухфакторную аутентификацию.",
        "По оценкам отрасли, рынок ИТ-услуг в Казахстане растёт двузначными темпами.",
        "Подробности можно узнать на официальном сайте ведомства.",
        "Эксперты считают, что цифровизация госуслуг сокращает очереди и снижает коррупционные "
        "риски.",
        "Компании отрасли испытывают нехватку квалифицированных программистов.",
        "Пользователи могут сообщить о сбоях в работе сервисов через службу поддержки.",
    ),
    "world": (
        "Казахстанская сторона внимательно следит за развитием событий, сообщили в МИД.",
        "Эксперты считают, что события будут иметь последствия и для других стран региона.",
        "Происходящее широко освещают мировые СМИ.",
        "Ситуацию прокомментировали представители нескольких международных организаций.",
        "Аналитики не исключают, что в ближайшие недели ситуация может измениться.",
        "Казахстанские эксперты оценивают возможное влияние происходящего на экономику региона "
        "как ограниченное.",
    ),
    "city": (
        "В акимате напоминают, что обращения жителей принимаются через единый колл-центр 109.",
        "Общественные слушания по проекту прошли весной, жители высказали свои пожелания.",
        "Работы финансируются из местного бюджета.",
        "Горожане могут следить за ходом работ на интерактивной карте на сайте акимата.",
        "На время работ движение транспорта и пешеходов может быть временно ограничено.",
        "Качество работ проверят представители общественного совета и технического надзора.",
    ),
    "agriculture": (
        "Аграрии надеются на поддержку государства в обновлении парка сельхозтехники.",
        "По данным министерства, в этом году увеличен объём льготного кредитования "
        "весенне-полевых и уборочных работ.",
        "Фермерские хозяйства всё активнее используют цифровые сервисы для учёта урожая.",
        "Цены на зерно на внутреннем рынке остаются стабильными.",
        "Ветеринарная служба продолжает плановую вакцинацию скота.",
        "Сельхозпроизводители могут подать заявки на субсидии через портал электронного "
        "правительства.",
    ),
    "incidents": (
        "Полиция просит очевидцев, располагающих дополнительной информацией, обратиться по "
        "номеру 102.",
        "Обстоятельства происшествия выясняются, расследование продолжается.",
        "Подобные случаи, по данным полиции, чаще всего фиксируются в крупных городах.",
        "Полицейские напоминают о необходимости соблюдать меры предосторожности.",
        "Решение о мере наказания примет суд.",
        "С начала года в регионе зарегистрировано меньше подобных правонарушений, чем годом "
        "ранее.",
    ),
    "society": (
        "По словам участников, интерес к таким встречам растёт.",
        "Информация о ближайших мероприятиях публикуется в социальных сетях.",
        "Подобные мероприятия в городе проводятся регулярно.",
        "В акимате отметили, что эта работа будет продолжена.",
        "Следующие встречи запланированы на ближайшие недели.",
        "Участники поделились впечатлениями в социальных сетях.",
    ),
    "law": (
        "Расследование продолжается, устанавливается причастность других лиц.",
        "Окончательное решение по делу примет суд.",
        "Ведомство призывает граждан сообщать о фактах коррупции.",
        "Имена подозреваемых не раскрываются в интересах следствия.",
        "По данным ведомства, с начала года по коррупционным делам возмещено более половины "
        "ущерба.",
        "Досудебное расследование может продлиться несколько месяцев.",
    ),
    "politics": (
        "Информацию о ходе избирательной кампании ЦИК публикует на своём сайте.",
        "Политологи отмечают, что интерес избирателей к голосованию в регионах различается.",
        "Избирательные комиссии работают в штатном режиме.",
        "Наблюдатели от партий и общественных объединений получают направления в установленном "
        "порядке.",
        "Избиратели могут задать вопросы на горячую линию ЦИК.",
        "Разъяснения по порядку голосования размещены на сайте ЦИК на казахском и русском языках.",
    ),
}
_KK_TOPIC_EXTRA = {
    "economy": (
        "Экономистер көрсеткіштердің динамикасына сыртқы факторлар, ең алдымен шикізат бағасы, "
        "сондай-ақ несие берудің өсуімен қолдау тапқан ішкі сұраныс әсер ететінін атап өтеді.",
        "Толық статистика ведомство өз сайтында жариялайтын айлық шолуда беріледі.",
        "Нарық қатысушылары Ұлттық банктің базалық мөлшерлеме жөніндегі келесі отырысын "
        "күтуде.",
        "Үкімет жақын арада іскерлік белсенділікті қолдау шараларын, соның ішінде шағын бизнестің "
        "несиеге қолжетімділігін жеңілдетуді қарастырады.",
        "Екінші деңгейлі банктердің талдаушылары ағымдағы жылға арналған болжамдарын жалпы "
        "өзгеріссіз қалдыруда.",
        "Сол кезеңдегі сыртқы сауда мен өнеркәсіп өндірісі туралы деректер ай соңында "
        "жарияланады.",
    ),
    "weather": (
        "Тұрғындардан қала сыртына сапар жоспарлағанда болжамды ескеріп, ауа райына сай киінуді "
        "сұрайды.",
        "Синоптиктердің дерегінше, айдың орташа температурасы әзірге климаттық нормаға жақын.",
        "Әкімдіктің кезекші қызметтері күшейтілген режимге көшірілді.",
        "Жауын-шашын мен жел республикалық маңызы бар трассалардағы қозғалысты қиындатуы мүмкін; "
        "жол қызметтері күшейтілген режимде жұмыс істеуге дайын.",
        "Диқандардан дала жұмыстарын жүргізгенде болжамды ескеру сұралады.",
        "Өңірлер бойынша толық болжам Қазгидромет сайтында және мобильді қосымшасында "
        "жарияланған.",
    ),
    "sport": (
        "Жарысты спорт телеарнасы мен интернеттен тікелей көруге болатын еді.",
        "Жанкүйерлер спортшыларды кездесу бойы қолдап отырды.",
        "Федерация өнер көрсетуді мұқият талдап, келесі жарыстар алдында қорытынды жасайтынын "
        "айтты.",
        "Спорт сарапшылары осы маусымда жарыс деңгейі айтарлықтай өскенін атап өтеді.",
        "Алдағы апталарда спортшыларды тығыз жарыс кестесі мен оқу-жаттығу жиындары күтіп тұр.",
        "Бейінді министрлік спортшыларды нәтижесімен құттықтады.",
    ),
    "culture": (
        "Мәдениет басқармасы өңірде театрлар мен музейлерге қызығушылық артып келе жатқанын "
        "атап өтеді.",
        "Іс-шаралардың бір бөлігін онлайн көруге болады.",
        "Ұйымдастырушылар дайындыққа көмектескен демеушілер мен еріктілерге алғыс айтады.",
        "Іс-шаралардың бір бөлігіне кіру тегін, қалғандарына билетті онлайн сатып алуға болады.",
        "Ұйымдастырушылар жобаны жыл сайын өткізіп, оның географиясын кеңейтуді жоспарлап отыр.",
        "Жергілікті тұрғындар мен туристер әлеуметтік желілерде көптеген жылы пікір қалдырды.",
    ),
    "transport": (
        "Жолаушылар кесте туралы өзекті ақпаратты тасымалдаушының байланыс орталығынан біле "
        "алады.",
        "Көлік сарапшылары бағыттар желісін дамыту инфрақұрылымды жаңартумен қатар жүруі керек "
        "деп санайды.",
        "Өткен жылы ел ішіндегі сапарларға сұраныс айтарлықтай өсті.",
        "Компания жүк тасымалдау ережелерін еске салып, ертерек келуге кеңес береді.",
        "Көлік инфрақұрылымына салынатын инвестициялар жергілікті бюджеттің басым бағыттарының "
        "бірі болып қала береді.",
        "Балалы жолаушылар мен мүмкіндігі шектеулі жандар алып жүру қызметін пайдалана алады.",
    ),
    "health": (
        "Дәрігердің қабылдауына мобильді қосымша арқылы немесе тіркеу бөлімінің телефоны арқылы "
        "жазылуға болады.",
        "Медиктер жыл сайынғы профилактикалық тексерулердің маңыздылығын еске салады.",
        "Өңірде ауылдық ауруханаларға жас мамандарды тарту жалғасып жатыр.",
        "Тегін медициналық көмектің кепілдік берілген көлемі аясындағы көмек ақысыз көрсетіледі.",
        "Пациенттер медициналық мекеменің жұмысы туралы пікірін электрондық үкімет порталы арқылы "
        "қалдыра алады.",
        "Өңірде ауруханаларды заманауи жабдықпен жарақтандыру жалғасып жатыр.",
    ),
    "education": (
        "Білім басқармасы оқушы орындарының тапшылығы мәселесі алдағы жылдары шешілетініне уәде "
        "береді.",
        "Ата-аналар қабылдау мәселелері бойынша аудандық білім бөлімдерінен кеңес ала алады.",
        "Педагогтар байқаулар мен олимпиадаларға қатысу балалардың оқуға деген қызығушылығын "
        "арттыратынын айтады.",
        "Биыл өңір мектептерінде бұрын-соңды болмаған көп оқушы білім алуда.",
        "Мұғалімдер оқытудың жаңа әдістемелері бойынша біліктілікті арттыру курстарынан өтуде.",
        "Оқушылар мен ата-аналар үлгерімді электрондық күнделік арқылы қадағалай алады.",
    ),
    "tech": (
        "Киберқауіпсіздік мамандары өз деректерін бөгде адамдарға бермеуге және екі факторлы "
        "аутентификацияны қолдануға кеңес береді.",
        "Сала бағалауы бойынша Қазақстандағы IT-қызметтер нарығы екі таңбалы қарқынмен өсіп "
        "келеді.",
        "Толығырақ ақпаратты ведомствоның ресми сайтынан білуге болады.",
        "Сарапшылар мемлекеттік қызметтерді цифрландыру кезекті азайтып, сыбайлас жемқорлық "
        "тәуекелін төмендетеді деп санайды.",
        "Сала компаниялары білікті бағдарламашылардың тапшылығын сезінуде.",
        "Пайдаланушылар сервистердің жұмысындағы ақаулар туралы қолдау қызметіне хабарлай алады.",
    ),
    "world": (
        "Қазақстан тарапы оқиғалардың дамуын мұқият бақылап отыр, деп хабарлады СІМ.",
        "Сарапшылар бұл оқиғалар өңірдің басқа елдеріне де әсер етеді деп санайды.",
        "Болып жатқан оқиғаларды әлемдік БАҚ кеңінен жариялап жатыр.",
        "Жағдайға бірнеше халықаралық ұйымның өкілдері пікір білдірді.",
        "Талдаушылар алдағы апталарда жағдай өзгеруі мүмкін екенін жоққа шығармайды.",
        "Қазақстандық сарапшылар болып жатқан оқиғалардың өңір экономикасына ықтимал әсерін "
        "шектеулі деп бағалайды.",
    ),
    "city": (
        "Әкімдік тұрғындардың өтініштері 109 бірыңғай байланыс орталығы арқылы қабылданатынын "
        "еске салады.",
        "Жоба бойынша қоғамдық тыңдаулар көктемде өтіп, тұрғындар өз тілектерін айтты.",
        "Жұмыстар жергілікті бюджет есебінен қаржыландырылады.",
        "Қала тұрғындары жұмыс барысын әкімдік сайтындағы интерактивті картадан бақылай алады.",
        "Жұмыс кезінде көлік пен жаяу жүргіншілер қозғалысы уақытша шектелуі мүмкін.",
        "Жұмыс сапасын қоғамдық кеңес пен техникалық қадағалау өкілдері тексереді.",
    ),
    "agriculture": (
        "Диқандар ауыл шаруашылығы техникасының паркін жаңартуда мемлекеттің қолдауына үміт "
        "артады.",
        "Министрлік дерегінше, биыл егіс және егін жинау жұмыстарын жеңілдетілген "
        "несиелендіру көлемі ұлғайтылды.",
        "Фермер қожалықтары өнімді есепке алу үшін цифрлық сервистерді белсенді пайдалана "
        "бастады.",
        "Ішкі нарықтағы астық бағасы тұрақты күйде қалып отыр.",
        "Ветеринария қызметі малды жоспарлы вакцинациялауды жалғастыруда.",
        "Ауыл шаруашылығы тауарын өндірушілер субсидияға өтінімді электрондық үкімет порталы "
        "арқылы бере алады.",
    ),
    "incidents": (
        "Полиция қосымша ақпараты бар куәгерлерден 102 нөміріне хабарласуды сұрайды.",
        "Оқиғаның мән-жайы анықталуда, тергеу жалғасуда.",
        "Полицияның дерегінше, мұндай жағдайлар көбіне ірі қалаларда тіркеледі.",
        "Полицейлер сақтық шараларын сақтау қажеттігін еске салады.",
        "Жаза мөлшері туралы шешімді сот қабылдайды.",
        "Жыл басынан бері өңірде мұндай құқық бұзушылықтар өткен жылмен салыстырғанда азырақ "
        "тіркелген.",
    ),
    "society": (
        "Қатысушылардың айтуынша, мұндай кездесулерге қызығушылық артып келеді.",
        "Алдағы іс-шаралар туралы ақпарат әлеуметтік желілерде жарияланады.",
        "Мұндай іс-шаралар қалада тұрақты түрде өткізіледі.",
        "Әкімдік бұл жұмыс жалғасатынын атап өтті.",
        "Келесі кездесулер алдағы апталарға жоспарланған.",
        "Қатысушылар әсерлерімен әлеуметтік желілерде бөлісті.",
    ),
    "law": (
        "Тергеу жалғасуда, басқа тұлғалардың қатыстылығы анықталуда.",
        "Іс бойынша түпкілікті шешімді сот қабылдайды.",
        "Ведомство азаматтарды сыбайлас жемқорлық фактілері туралы хабарлауға шақырады.",
        "Тергеу мүддесі үшін күдіктілердің есімдері жарияланбайды.",
        "Ведомство дерегінше, жыл басынан бері сыбайлас жемқорлық істері бойынша шығынның "
        "жартысынан көбі өтелген.",
        "Сотқа дейінгі тергеу бірнеше айға созылуы мүмкін.",
    ),
    "politics": (
        "ОСК сайлау науқанының барысы туралы ақпаратты өз сайтында жариялайды.",
        "Саясаттанушылар өңірлерде сайлаушылардың дауыс беруге қызығушылығы әртүрлі екенін атап "
        "өтеді.",
        "Сайлау комиссиялары қалыпты режимде жұмыс істеп жатыр.",
        "Партиялар мен қоғамдық бірлестіктердің бақылаушылары жолдамаларды белгіленген тәртіппен "
        "алады.",
        "Сайлаушылар сұрақтарын ОСК-ның жедел желісіне қоя алады.",
        "Дауыс беру тәртібі туралы түсіндірмелер ОСК сайтында қазақ және орыс тілдерінде "
        "орналастырылған.",
    ),
}
_TOPIC_EXTRA = {"ru": _RU_TOPIC_EXTRA, "kk": _KK_TOPIC_EXTRA, "en": _EN_TOPIC_EXTRA}


# ---------------------------------------------------------------------------------------------
# Generation

_MIN_BODY, _MAX_BODY = 600, 2500
_MACRO = {2018: (6.0, 4.1), 2019: (5.4, 4.5), 2020: (7.5, -2.5), 2021: (8.4, 4.3),
          2022: (20.3, 3.2), 2023: (9.8, 5.1), 2024: (8.6, 4.8), 2025: (12.0, 6.0),
          2026: (11.0, 5.0)}  # inflation, GDP growth, per cent
_RU_MIOR = ((" по делам религий и гражданского общества", ""),
            (" информации и общественного развития", "2019-02-18"),
            (" культуры и информации", "2023-09-01"))
_KK_MIOR = (("Дін істері және азаматтық қоғам министрлігі", ""),
            ("Ақпарат және қоғамдық даму министрлігі", "2019-02-18"),
            ("Мәдениет және ақпарат министрлігі", "2023-09-01"))


def _current(table, when: date) -> str:
    return [text for text, since in table if when.isoformat() >= since][-1]


def _en_context(rng: random.Random, when: date, city: tuple[str, ...], capital: tuple[str, ...],
                event: date, past: date, future: date, vote: _InPlay, season: str, up: bool,
                athlete: _Person, official: _Person, hockey: list[str]) -> dict[str, str]:
    """The English slots of :func:`_context` (English needs one form of each)."""
    town, region = _EN_CITIES[city[0]], _EN_REGIONS[city[7]]
    days_ago = (when - event).days
    if vote.day:
        vote_on = f"on {_en_date(vote.day, when)}"
    else:
        vote_on = f"in {_EN_MONTHS[_KK_MONTHS.index(vote.kk_when)]}"
    h_win, h_lose = (_EN_HOCKEY[team] for team in hockey)
    prev = (when.month - 2) % 12
    return {
        "city": town, "region": region, "capital": _EN_CITIES[capital[0]],
        "on_day": ("today", "yesterday")[days_ago] if days_ago < 2
        else f"on {_en_date(event, when)}",
        "date": _en_date(event, when), "past_date": _en_date(past, when),
        "future_date": _en_date(future, when),
        "dgd": f"the State Revenue Department for {region}",
        "police": f"the {region} police department",
        "akimat": f"the {town} akimat",
        "justice": f"the {region} Justice Department",
        "admcourt": f"a specialised administrative court in {town}",
        "court": f"a district court in {town}",
        "prosecutor": f"the {region} prosecutor's office",
        "mior": _current(_EN_MIOR, when),
        "dknb": f"the National Security Committee (KNB) department for {region}",
        "vote": _EN_VOTES[vote.kk], "vote_on": vote_on,
        "nth": rng.choice(("second", "third", "fourth")),
        "country": rng.choice(_EN_COUNTRIES), "abroad": rng.choice(_EN_ABROAD),
        "told": rng.choice(("told reporters", "told our newsroom", "told journalists")),
        "precip": rng.choice(_EN_PRECIP[season]),
        "tenge_move": "strengthened" if up else "weakened",
        "brent_move": "rose" if rng.random() < 0.5 else "fell",
        "rally": rng.choice(_EN_RALLY), "post": rng.choice(_EN_POST),
        "ath": _name(athlete), "off": _name(official),
        "h_win": h_win, "h_lose": h_lose, "h_opp": h_lose if h_win == "Barys" else h_win,
        "prev_month": _EN_MONTHS[prev],
        "gdp_period": ("last year" if when.month == 1 else "in January" if when.month == 2
                       else f"in January–{_EN_MONTHS[prev]}"),
        "subject": rng.choice(_SUBJECTS["en"]),
    }


def _context(rng: random.Random, lang: str, when: date) -> _Slots:
    """Everything a template may refer to except the target: places, dates, numbers, bodies."""
    s = _Slots()
    city = _city(rng, when)
    capital = _CAPITALS[_capital(when)]
    event = when - timedelta(days=rng.choice((0, 1, 1, 2, 3)))
    past = when - timedelta(days=rng.randint(12, 75))
    future = when + timedelta(days=rng.randint(5, 30))
    vote = _vote(rng, when)
    mrp = _by_year(_MRP, when.year)
    fine_mrp = rng.choice((20, 25, 30, 50, 100, 150, 200))
    usd, eur, rub, brent = _by_year(_MARKETS, when.year)
    inflation, gdp = _by_year(_MACRO, when.year)
    wobble = 1 + rng.uniform(-0.025, 0.025)
    low, high = _TEMPS[when.month - 1]
    day_low = rng.randint(low, high - 4)
    day_high = day_low + rng.randint(2, 6)
    night = day_low - rng.randint(6, 12)
    season = _SEASONS[when.month - 1]
    f_win, f_lose = rng.sample(_FOOTBALL[lang], 2)
    f_ws = rng.randint(1, 4)
    hockey = ["«Барыс»", rng.choice(_HOCKEY)]
    rng.shuffle(hockey)
    h_ws = rng.randint(2, 6)
    # English numbers: 1,250 and 3.5; Russian and Kazakh: 1 250 and 3,5.
    money, dec = (_en_money, _en_dec) if lang == "en" else (_money, _dec)
    to = " to " if lang == "en" else "…"
    s.update(
        phase=vote.phase, year=str(when.year), n_small=str(rng.randint(2, 4)),
        # Counts before Russian nouns are drawn so that one noun form fits: 2-4, 5-20, or tens.
        n_few=str(rng.randint(5, 9)), n_det=str(rng.randint(5, 20)),
        n_people=str(10 * rng.randint(2, 9)), n_many=str(10 * rng.randint(5, 40)),
        n_ngos=str(rng.randint(5, 20)), n_days_fix=str(rng.choice((5, 10, 15, 30))),
        n_days_arrest=str(rng.choice((3, 5, 7, 10, 15, 20))), n_months=str(rng.randint(5, 11)),
        n_weeks=str(rng.randint(2, 4)), n_hours=str(rng.randint(2, 4)),
        station=str(rng.randint(1, 999)), years=str(rng.randint(2, 7)),
        ban_years=str(rng.randint(2, 4)), claim=str(rng.randint(5, 50)),
        n1=str(rng.randint(5, 20)), n2=str(10 * rng.randint(2, 20)),
        n3=money(10 * rng.randint(20, 500)), n4=money(100 * rng.randint(50, 900)),
        pct=dec(rng.uniform(0.5, 15), 1), pct2=dec(rng.uniform(0.5, 30), 1),
        pct3=dec(rng.uniform(0.5, 20), 1), turnout=dec(rng.uniform(38, 78), 1),
        bln=str(rng.randint(10, 900)),
        mln=str(rng.randint(2, 900)), mrp=money(mrp), fine_mrp=str(fine_mrp),
        fine_kzt=money(fine_mrp * mrp), art_fiscal=rng.choice(("460-1", "489")),
        usd=dec(usd * wobble), usd_delta=dec(rng.uniform(0.1, 3.5)),
        eur=dec(eur * wobble * (1 + rng.uniform(-0.01, 0.01))),
        rub=dec(rub * (1 + rng.uniform(-0.03, 0.03))),
        brent=dec(brent * (1 + rng.uniform(-0.08, 0.08)), 1),
        brent_delta=dec(rng.uniform(0.2, 3), 1),
        oil_mt=dec(rng.uniform(6.8, 8.2), 1),
        inflation=dec(max(inflation + rng.uniform(-0.6, 0.6), 0.5), 1),
        gdp=dec(abs(gdp) + rng.uniform(-0.4, 0.4), 1),
        t_day=f"{_signed(day_low)}{to}{_signed(day_high)}",
        t_night=f"{_signed(night - 3)}{to}{_signed(night)}", wind=str(rng.randint(3, 18)),
        f_win=f_win, f_lose=f_lose, f_ws=str(f_ws), f_ls=str(rng.randint(0, f_ws - 1)),
        h_win=hockey[0], h_lose=hockey[1], h_ws=str(h_ws), h_ls=str(rng.randint(0, h_ws - 1)),
        h_opp=hockey[1] if hockey[0] == "«Барыс»" else hockey[0],
        service=rng.choice(_SERVICES[lang]),
        gdp_move={"ru": ("вырос" if gdp > 0 else "снизился"),
                  "kk": ("өсті" if gdp > 0 else "төмендеді"),
                  "en": ("grew" if gdp > 0 else "shrank")}[lang],
    )
    athlete = _person(rng, lang, female=False)
    official = _person(rng, lang)
    up = rng.random() < 0.5
    if lang == "ru":
        s.update(city=city[0], city_gen=city[1], city_dat=city[2], city_prep=city[3],
                 region_gen=city[4], region_dat=city[5], capital=capital[0],
                 capital_gen=capital[1], capital_dat=capital[2], capital_prep=capital[3])
        days_ago = (when - event).days
        s["on_day"] = ("сегодня", "вчера")[days_ago] if days_ago < 2 else _ru_date(event, when)
        s.update(date=_ru_date(event, when), past_date=_ru_date(past, when),
                 future_date=_ru_date(future, when))
        s.update(_ru_slots("dgd", _ru_np("департамент", "m",
                                         f" государственных доходов по {city[5]}")))
        s.update(_ru_slots("police", _ru_np("департамент", "m", f" полиции {city[4]}")))
        s.update(_ru_slots("akimat", _ru_np("акимат", "m", f" {city[1]}")))
        s.update(_ru_slots("justice", _ru_np("департамент", "m", f" юстиции {city[4]}")))
        s.update(_ru_slots("admcourt", _ru_np("специализированный административный суд", "m",
                                              f" {city[1]}")))
        s.update(_ru_slots("court", _ru_np("районный суд", "m", f" {city[1]}")))
        s.update(_ru_slots("prosecutor", _ru_np("прокуратура", "f", f" {city[4]}")))
        s.update(_ru_slots("mior", _ru_np("Министерство", "n", _current(_RU_MIOR, when))))
        s.update(_ru_slots("dknb", _ru_np("департамент", "m", f" КНБ по {city[5]}")))
        s.update(_ru_slots("vote", vote.ru))
        s["vote_date"] = _ru_date(vote.day, when) if vote.day else vote.ru_when
        nth = rng.choice((("вторая", "второй"), ("третья", "третий"), ("четвёртая", "четвёртый")))
        country = rng.choice(_RU_COUNTRIES)
        s.update(nth=nth[0], nth_prep=nth[1], country_prep=country[0], country_gen=country[1])
        s.update(abroad=rng.choice(_RU_ABROAD),
                 pub_dat=rng.choice(("нашему изданию", "редакции", "журналистам")),
                 precip=rng.choice(_RU_PRECIP[season]),
                 tenge_move="укрепился" if up else "ослаб",
                 brent_move="подорожала" if rng.random() < 0.5 else "подешевела")
        rally = rng.choice(_RU_RALLY)
        s.update(rally_dat=rally[0], rally_gen=rally[1], post_prep=rng.choice(_RU_POST))
        gender = "f" if athlete.female else "m"
        s.update(_ru_slots("ath", tuple(
            f"{a} {b}" for a, b in zip(_ru_word(athlete.first, gender, True, "first"),
                                       _ru_word(athlete.last, gender, True, "last"),
                                       strict=True))))
        gender = "f" if official.female else "m"
        s.update(_ru_slots("off", tuple(
            f"{a} {b}" for a, b in zip(_ru_word(official.first, gender, True, "first"),
                                       _ru_word(official.last, gender, True, "last"),
                                       strict=True))))
        s["off_a"] = _G_END[gender]
        prev = (when.month - 2) % 12
        s["prev_month_gen"] = _RU_MONTHS[prev]
        s["gdp_period"] = ("прошлый год" if when.month == 1 else "январь" if when.month == 2
                           else f"январь–{_RU_MONTHS_NOM[prev]}")
        s.update(_ru_slots("subject", _ru_np(rng.choice(_SUBJECTS["ru"]), "f")))
    elif lang == "en":
        s.update(_en_context(rng, when, city, capital, event, past, future, vote, season, up,
                             athlete, official, hockey))
    else:
        s.update(_kk_slots("city", city[6]))
        s.update(_kk_slots("region", city[7], poss=True))
        s.update(_kk_slots("capital", capital[6]))
        days_ago = (when - event).days
        s["on_day"] = ("бүгін", "кеше")[days_ago] if days_ago < 2 else _kk(_kk_date(event, when),
                                                                            "_loc")
        s.update(_kk_slots("date", _kk_date(event, when)))
        s.update(_kk_slots("past_date", _kk_date(past, when)))
        s.update(_kk_slots("future_date", _kk_date(future, when)))
        region = city[7]
        bodies = {
            "dgd": f"{region} бойынша Мемлекеттік кірістер департаменті",
            "police": f"{region} полиция департаменті",
            "akimat": f"{city[6]} қаласының әкімдігі",
            "justice": f"{region} әділет департаменті",
            "admcourt": f"{city[6]} қаласының мамандандырылған әкімшілік соты",
            "court": f"{city[6]} қаласының аудандық соты",
            "prosecutor": f"{region} прокуратурасы",
            "mior": _current(_KK_MIOR, when),
            "dknb": f"ҰҚК-нің {region} бойынша департаменті",
        }
        for prefix, phrase in bodies.items():
            s.update(_kk_slots(prefix, phrase, poss=True))
        s.update(_kk_slots("vote", vote.kk, vote.kk_poss))
        s.update(_kk_slots("vote_date", _kk_date(vote.day, when) if vote.day else vote.kk_when))
        country = rng.choice(_KK_COUNTRIES)
        s.update(_kk_slots("country", country))
        s.update(nth=rng.choice(("екінші", "үшінші", "төртінші")), abroad=rng.choice(_KK_ABROAD),
                 pub_dat=rng.choice(("редакцияға", "тілшімізге", "журналистерге")),
                 precip=rng.choice(_KK_PRECIP[season]),
                 tenge_move="нығайды" if up else "әлсіреді",
                 brent_move="қымбаттады" if rng.random() < 0.5 else "арзандады")
        rally, poss = rng.choice(_KK_RALLY)
        s.update(_kk_slots("rally", rally, poss))
        post, poss = rng.choice(_KK_POST)
        s.update(_kk_slots("post", post, poss))
        s.update(_kk_slots("ath", _name(athlete), _kk_poss_word(athlete.last)))
        s.update(_kk_slots("off", _name(official), _kk_poss_word(official.last)))
        prev = (when.month - 2) % 12
        s["prev_month"] = _KK_MONTHS[prev]
        s["gdp_period"] = ("өткен жылы" if when.month == 1 else "қаңтарда" if when.month == 2
                           else f"қаңтар–{_kk(_KK_MONTHS[prev], '_loc')}")
        s.update(_kk_slots("subject", rng.choice(_SUBJECTS["kk"])))
    return s


class _Target(NamedTuple):
    slots: dict[str, str]
    ids: list[str]
    kinds: list[str]
    person: bool
    self_spk: dict[str, str]   # speaker slots when the person target speaks
    other_spk: dict[str, str]  # the organisation's spokesperson, or the person's lawyer


def _ru_speaker(forms: tuple[str, ...], end: str, short: tuple[str, ...] = ()) -> dict[str, str]:
    """Speaker slots; ``again_*`` is how the speaker is named once already introduced."""
    return {**_ru_slots("spk", forms), "spk_a": end, **_ru_slots("again_spk", short or forms)}


def _kk_speaker(phrase: str, poss: bool, short: str = "") -> dict[str, str]:
    return {**_kk_slots("spk", phrase, poss), **_kk_slots("again_spk", short or phrase, poss)}


def _en_speaker(phrase: str, short: str = "") -> dict[str, str]:
    return {"spk": phrase, "again_spk": short or phrase}


def _org_speaker(rng: random.Random, lang: str, org: _Org) -> dict[str, str]:
    """Real organisations speak through an unnamed representative; invented ones by name."""
    if org.kind == _MEDIA:
        roles = ("editor", "director")
    elif org.kind == _PARTY:
        roles = ("leader", "coordinator", "member")
    else:
        roles = ("director", "head", "lawyer", "chair", "coordinator")
    if org.tid:
        role = rng.choice(("rep", "lawyer") if org.kind == _NGO else ("rep",))
        if lang == "ru":
            forms = _ru_np(_RU_ROLES[role][0], "m", animate=True)
            return _ru_speaker(tuple(f"{f} {org.ru_short[1]}" for f in forms), "")
        if lang == "en":
            short = _EN_ORGS[org][1]
            return _en_speaker(f"a representative of {short}" if role == "rep"
                               else f"a lawyer for {short}")
        return _kk_speaker(f"{_kk(org.kk, '_gen', True)} {_KK_ROLES[role][1]}", True)
    p = _person(rng, lang)
    role = rng.choice(roles)
    if lang == "ru":
        full, last = _ru_person(p, role, org.ru_short[1])
        return _ru_speaker(full, _G_END["f" if p.female else "m"], last)
    if lang == "en":
        attr = _EN_ORGS[org][1].removeprefix("the ")
        return _en_speaker(f"{attr} {_EN_ROLES[role]} {_name(p)}", p.last)
    return _kk_speaker(_kk_person(p, role, _kk(org.kk, "_gen", True)), _kk_poss_word(p.last),
                       p.last)


def _target(rng: random.Random, lang: str, role: str) -> _Target:
    if role not in _PERSON_ROLES:
        org = rng.choice(_ORGS_BY_ROLE[role])
        ids = [org.tid] if org.tid else []
        if lang == "ru":
            slots = {**_ru_slots("T", org.ru), **_ru_slots("Ts", org.ru_short),
                     **_ru_slots("A", org.ru), "g": _G_END[org.ru_g], "gs": _G_END[org.ru_gs],
                     "g_sya": _G_SYA[org.ru_g],
                     **_ru_pronouns(org.ru_g), "client": "", "client_acc": ""}
        elif lang == "en":
            full, short = _EN_ORGS[org]
            # Th: how a headline names the target (an organisation by its short name)
            slots = {"T": full, "Ts": short, "Th": short, "A": full, "he": "it", "his": "its",
                     "him": "it", "client": ""}
        else:
            slots = {**_kk_slots("T", org.kk, True), **_kk_slots("A", org.kk, True),
                     **_kk_slots("Ts", org.kk_short, org.kk_short_poss),
                     "client": "", "client_acc": "", "client_dat": ""}
        spk = _org_speaker(rng, lang, org)
        slots.update(spk)
        return _Target(slots, ids, [org.kind], False, spk, spk)

    p = _person(rng, lang)
    affil: _Org | None = None
    if role == "activist":
        kind = "activist"
        if rng.random() < 0.3:
            affil = rng.choice(_ORGS_BY_ROLE["movement"])
            word = rng.choice(("activist", "member"))
        else:
            word = rng.choice(("activist", "civic", "hrd", "blogger"))
    elif role == "journalist":
        kind = _MEDIA
        if rng.random() < 0.6:
            affil = rng.choice(_ORGS_BY_ROLE["media"])
            word = rng.choice(("journalist", "correspondent"))
        else:
            word = rng.choice(("journalist", "freelance"))
    elif role == "observer":
        kind = "observer"
        if rng.random() < 0.5:
            affil = rng.choice(_ORGS_BY_ROLE["obsorg"])
            word = "observer"
        else:
            word = rng.choice(("observer", "indep_observer"))
    else:  # supporter of a banned movement
        kind = "activist"
        affil = rng.choice(_ORGS_BY_ROLE["banned"])
        word = rng.choice(("supporter", "activist"))
    ids = [affil.tid] if affil and affil.tid else []
    kinds = [kind] + ([affil.kind] if affil and affil.kind != kind else [])
    lawyer = _person(rng, lang)
    if lang == "ru":
        gender = "f" if p.female else "m"
        if affil is None:
            affil_text = ""
        elif word in ("member", "observer"):
            affil_text = ("от " if word == "observer" else "") + affil.ru[1]
        else:
            affil_text = affil.ru_short[1]
        full, last = _ru_person(p, word, affil_text)
        slots = {**_ru_slots("T", full), **_ru_slots("Ts", last),
                 **_ru_slots("A", affil.ru if affil else full), "g": _G_END[gender],
                 "gs": _G_END[gender], "g_sya": _G_SYA[gender], **_ru_pronouns(gender),
                 "client": "моя подзащитная" if p.female else "мой подзащитный",
                 "client_acc": "мою подзащитную" if p.female else "моего подзащитного"}
        self_spk = _ru_speaker(last, _G_END[gender])
        adv, adv_last = _ru_person(lawyer, "advocate")
        other = _ru_speaker(adv, _G_END["f" if lawyer.female else "m"], adv_last)
    elif lang == "en":
        role_name = f"{_EN_ROLES[word]} {_name(p)}"
        if affil is not None:
            role_name = f"{_EN_ORGS[affil][1].removeprefix('the ')} {role_name}"
        he, his, him = ("she", "her", "her") if p.female else ("he", "his", "him")
        slots = {"T": role_name, "Ts": p.last, "Th": role_name,
                 "A": _EN_ORGS[affil][0] if affil else role_name,
                 "he": he, "his": his, "him": him, "client": "my client"}
        self_spk = _en_speaker(p.last)
        other = _en_speaker(f"lawyer {_name(lawyer)}", lawyer.last)
    else:
        # the short name where it is itself a full name ("ҚДТ қозғалысы"), else the full one
        owner = (affil.kk_short if affil.kk_short_poss else affil.kk) if affil else ""
        affil_gen = _kk(owner, "_gen", True) if affil else ""
        phrase = _kk_person(p, word, affil_gen)
        poss = _kk_poss_word(p.last)
        slots = {**_kk_slots("T", phrase, poss), **_kk_slots("Ts", p.last, poss),
                 **(_kk_slots("A", affil.kk, True) if affil else _kk_slots("A", phrase, poss)),
                 "client": "клиентім", "client_acc": "клиентімді", "client_dat": "клиентіме"}
        self_spk = _kk_speaker(p.last, poss)
        other = _kk_speaker(_kk_person(lawyer, "advocate"), _kk_poss_word(lawyer.last),
                            lawyer.last)
    slots.update(self_spk)
    return _Target(slots, ids, kinds, True, self_spk, other)


_RU_FRAMES = (
    "«{q}», — сказал{spk_a} {spk}.",
    "«{q}», — заявил{spk_a} {pub_dat} {spk}.",
    "{spk_cap} в разговоре с журналистами подчеркнул{spk_a}: «{q}».",
    "«{q}», — рассказал{spk_a} {spk}.",
    "{spk_cap} прокомментировал{spk_a} ситуацию так: «{q}».",
    "«{q}», — написал{spk_a} {spk} в социальных сетях.",
)
_KK_FRAMES = (
    "«{q}», – деді {spk}.",
    "«{q}», – дейді {spk}.",
    "{spk_cap} {pub_dat} былай деді: «{q}».",
    "«{q}», – деп мәлімдеді {spk}.",
    "{spk_cap} әлеуметтік желідегі парақшасында: «{q}», – деп жазды.",
    "{spk_cap} журналистерге берген түсініктемесінде: «{q}», – деді.",
)
_EN_FRAMES = (
    "“{q},” said {spk}.",
    "“{q},” {spk} {told}.",
    "{spk_cap} told reporters: “{q}.”",
    "“{q},” {spk} said in a statement.",
    "{spk_cap} commented: “{q}.”",
    "“{q},” {spk} wrote on social media.",
)
_FRAMES = {"ru": _RU_FRAMES, "kk": _KK_FRAMES, "en": _EN_FRAMES}


def _quote(rng: random.Random, lang: str, bank: _Bank, tpl: _Tpl, target: _Target,
           slots: _Slots, when: date, again: bool) -> str | None:
    """A quote paragraph; ``again`` if the template already introduced the spokesperson."""
    if target.person:
        choices = [(pool, spk) for pool, spk in ((tpl.q or bank.q_self, target.self_spk),
                                                 (bank.q_adv, target.other_spk)) if pool]
    else:
        pool = tpl.q or bank.q_org
        choices = [(pool, target.other_spk)] if pool else []
    if not choices:
        return None
    pool, spk = rng.choice(choices)
    quotes = _pool(pool, when)
    if not quotes:
        return None
    slots.update(spk)
    if again:
        slots.update({k[len("again_"):]: v for k, v in spk.items() if k.startswith("again_")})
    frame = rng.choice(_FRAMES[lang])
    return _fill(frame.replace("{q}", rng.choice(quotes)), slots)


def _fit(rng: random.Random, paragraphs: list[str], spare: list[str]) -> list[str]:
    """Add spare paragraphs until the body is long enough, then trim it to the bounds."""
    spare = [p for p in spare if p not in paragraphs]
    rng.shuffle(spare)
    while spare and (len(paragraphs) < 3 or sum(map(len, paragraphs)) < _MIN_BODY):
        paragraphs.append(spare.pop())
    while len(paragraphs) > 3 and (len(paragraphs) > 8 or sum(map(len, paragraphs)) > _MAX_BODY):
        paragraphs.pop()
    return paragraphs


def _authors(rng: random.Random, lang: str) -> list[str]:
    names = [_name(_person(rng, lang)) for _ in range(rng.choice((0, 1, 1, 1, 2)))]
    return list(dict.fromkeys(names))  # a byline never names one person twice


def _tags(rng: random.Random, pool, city: str) -> list[str]:
    tags = rng.sample(pool, min(len(pool), rng.randint(2, 3)))
    if rng.random() < 0.6 and city not in tags:
        tags.append(city)
    return tags


def _tpl_ok(t: _Tpl, when: date, phase: str) -> bool:
    iso = when.isoformat()
    return ((not t.since or iso >= t.since) and (not t.until or iso < t.until)
            and (not t.phase or t.phase == phase))


def _pressure_story(rng: random.Random, lang: str, kind: str, when: date, s: _Slots) -> Story:
    bank = _BANKS[lang][kind]
    tpl = rng.choice([t for t in bank.templates if _tpl_ok(t, when, s["phase"])])
    target = _target(rng, lang, rng.choice(tpl.roles))
    s.update(target.slots)
    title = _fill(rng.choice(tpl.titles), _Slots(s, T=s["Th"]) if "Th" in s else s)
    lead = _fill(rng.choice(tpl.leads), s)
    paragraphs = [_fill(p, s) for p in _pool(tpl.body, when)]
    tail = []
    introduced = any("{spk" in _text(t) for t in tpl.leads + tpl.body)
    quote = _quote(rng, lang, bank, tpl, target, s, when, introduced)
    if quote and rng.random() < 0.85:
        tail.append(quote)
    responses = _pool(tpl.resp or bank.resp, when)
    if responses and rng.random() < 0.8:
        tail.append(_fill(rng.choice(responses), s))
    if rng.random() < 0.3:
        tail.reverse()
    background = [_fill(p, s) for p in _pool(bank.bg, when)]
    general = [_fill(p, s) for p in _pool(_GENERAL[lang], when)]
    rng.shuffle(background)
    paragraphs += tail + background[: rng.choice((1, 2, 2, 3))]
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(general))
    paragraphs = _fit(rng, paragraphs, background + general)
    kinds = list(dict.fromkeys(target.kinds + list(tpl.also)))
    return Story(
        lang=lang, kind=kind, title=title, lead=lead, paragraphs=paragraphs, is_pressure=True,
        categories=list(dict.fromkeys((kind, *tpl.extra))),
        targets=target.ids + [f"kind:{k}" for k in kinds], topic=_PRESSURE_TOPICS[kind],
        tags=_tags(rng, _PRESSURE_TAGS[lang][kind], s["city"]), authors=_authors(rng, lang),
    )


def _group(rng: random.Random, first: str, items: list[str]) -> list[str]:
    """Wire copy: short sentences run together into paragraphs of a few hundred characters."""
    target = max(120, min(rng.choice((180, 240, 320)), sum(map(len, items)) // 2))
    paragraphs, current = [first], ""
    for item in items:
        current = f"{current} {item}" if current else item
        if len(current) >= target:
            paragraphs.append(current)
            current = ""
    if current and len(paragraphs) >= 3 and len(current) < 100:
        paragraphs[-1] += " " + current
    elif current:
        paragraphs.append(current)
    return paragraphs


def _news_story(rng: random.Random, lang: str, kind: str, when: date, s: _Slots,
                table: tuple[_News, ...]) -> Story:
    iso = when.isoformat()
    news = rng.choice([n for n in table if (not n.months or when.month in n.months)
                       and (not n.phase or n.phase == s["phase"])
                       and (not n.since or iso >= n.since) and (not n.until or iso < n.until)])
    title = _fill(rng.choice(news.titles), s)
    lead = _fill(rng.choice(news.leads), s)
    first = _fill(rng.choice(_pool(news.first, when)), s)
    more = [_fill(p, s) for p in _pool(news.more, when)]
    extra = [_fill(p, s) for p in _TOPIC_EXTRA[lang][news.topic]]
    chosen = sorted(rng.sample(range(len(more)), min(len(more), rng.randint(3, 5))))
    items = [more[i] for i in chosen] + rng.sample(extra, rng.randint(1, 3))
    spare = [p for p in more + extra if p not in items]
    rng.shuffle(spare)
    while spare and len(first) + sum(map(len, items)) + len(items) < _MIN_BODY + 40:
        items.append(spare.pop())
    return Story(
        lang=lang, kind=kind, title=title, lead=lead, paragraphs=_group(rng, first, items),
        is_pressure=False, categories=[], targets=[], topic=news.topic,
        tags=_tags(rng, news.tags, s["city"]), authors=_authors(rng, lang),
    )


def make_story(rng: random.Random, lang: str, kind: str, when: date) -> Story:
    """One story in ``lang`` of ``kind``, published on ``when``; deterministic given ``rng``."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGS}")
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    slots = _context(rng, lang, when)
    if kind == "neutral":
        return _news_story(rng, lang, kind, when, slots, _NEUTRAL[lang])
    if kind == "hard_negative":
        return _news_story(rng, lang, kind, when, slots, _HARD_NEGATIVE[lang])
    return _pressure_story(rng, lang, kind, when, slots)
