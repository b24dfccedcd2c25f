"""People a report introduces by their civic role, so that later sentences naming them only by
surname still name a civic target.

Real reports give a person's role once ("публицист Айжан Сатпаева", "Марат Жыланбаев, белсенді",
"activist Dana Zhaksybek") and tell the measure later by surname alone ("в отношении Сатпаевой
возбудили уголовное дело"). The gazetteer finds the role word, not the measure's sentence, so the
measure had no target: blind check 15's one clear pressure report was missed this way, and checks
7 and 14 lost reports where the role and the measure were further apart than the window.

:func:`named_people` reads one sentence and returns ``<kind>:<stem>`` for each person it names
right next to a civic role word (role then name, or name then a comma, dash or Kazakh "есімді"
and the role): the kind is the target kind of the role (``activist``, ``journalist_media``,
``observer``), the stem is the surname, lower case, ё as е, without its case ending, so that
int_lexicon_hits can find the other sentences of the article naming the same person
("Сатпаевой", "Сатпаеву", "Сатпаеваға"). A capitalised word is taken as a name only when the
morphology dictionary does not know it as a common word, a place or an organisation, unless it
also knows it as a first name or surname ("Абай"), or it has a surname's ending: "журналисты
Западного Казахстана" and "активисты Алматы" name nobody.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from qysym.measures import _plain, analyzer

UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
LOWER = "а-яёәғқңөұүһі"
CYRILLIC_NAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?"
LATIN_NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"

# role word (case-insensitive) -> target kind, per language
ROLES: dict[str, dict[str, str]] = {
    "ru": {
        r"активист\w*|правозащитни\w+|блогер\w*|оппозиционер\w*|общественн\w+ деятел\w+"
        r"|пикетчи\w+|политзаключ\w+|феминист\w*|общественни\w+|ютубер\w*|диссидент\w*"
        r"|оппозиционн\w+ политик\w*|гражданск\w+ активист\w*": "activist",
        r"журналист\w*|публицист\w*|корреспондент\w*|репортер\w*|репортёр\w*|редактор\w*"
        r"|главред\w*|фотокорреспондент\w*|обозревател\w*|колумнист\w*": "journalist_media",
        r"наблюдател\w*": "observer",
        # a leader or member of an opposition, unregistered or banned party or movement, its name
        # in quotes after it ("лидера незарегистрированной оппозиционной партии «Алга» Владимира
        # Козлова": blind check 19)
        r"(?:лидер|председател|сопредседател|член|основател|руководител)\w* (?:\S+ ){0,2}"
        r"(?:оппозиционн|незарегистрированн|запрещенн|запрещённ)\w+ (?:\S+ ){0,2}"
        r"(?:парти|движени|блок)\w*(?:\s+[«\"“][^»\"”]{1,40}[»\"”]|\s+[А-ЯЁA-Z]{2,6}(?=\s))?":
            "movement_party",
    },
    "kk": {
        r"белсенді\w*|құқық қорғаушы\w*|блогер\w*|оппозиционер\w*|қоғам қайраткер\w*"
        r"|активист\w*": "activist",
        r"журналист\w*|тілші\w*|редактор\w*|публицист\w*": "journalist_media",
        r"бақылаушы\w*": "observer",
        r"(?:оппозициялық|тіркелмеген|тыйым салынған) (?:\S+ ){0,2}(?:партия|қозғалыс)\w*"
        r"(?:\s+[«\"“][^»\"”]{1,40}[»\"”])?\s+(?:жетекшісі|төрағасы|мүшесі|лидері|негізін қалаушы)":
            "movement_party",
    },
    "en": {
        r"activists?|human rights defenders?|bloggers?|dissidents?"
        r"|opposition (?:politician|figure|activist|leader)s?": "activist",
        r"journalists?|reporters?|editors?|correspondents?|editor-in-chief|columnists?":
            "journalist_media",
        r"observers?": "observer",
    },
}

# a surname's ending, with a Russian case ending after it: what the stem keeps and drops
SURNAME = re.compile(r"^(.{2,}?(?:ов|ев|ин|ын|ск|цк|улы|ұлы|кызы|қызы|енко|ук|юк))"
                     r"(?:а|у|ым|ом|е|ой|ою|ую|ых|ого|ому|им|ий|ая)?$")
MIN_STEM = 4
# a Kazakh case ending after a surname ("Жыланбаевқа", "Төлеуовты")
KAZAKH_CASE = re.compile(r"(?:ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|дан|ден|тан|тен"
                         r"|нан|нен|мен|бен|пен|да|де|та|те)$")
CASE_ENDING = re.compile(r"(?:ом|ем|ым|им|ой|ей|ою|ую|[аяуюеыио])$")
# words that begin the names of outlets and organisations, not of people
NOT_FIRST_NAMES = frozenset({"радио", "радиостанция", "телеканал", "газета", "агентство", "портал",
                             "сайт", "фонд", "бюро", "центр", "партия", "движение", "союз",
                             "общество", "ассоциация", "институт", "комитет", "служба"})


def _patterns(lang: str) -> list[tuple[re.Pattern[str], list[re.Pattern[str]], str]]:
    """Per role: the role word alone (a sentence without it is skipped: millions of sentences
    reach this function at a million articles) and the patterns of a role beside a name."""
    name = LATIN_NAME if lang == "en" else CYRILLIC_NAME
    names = rf"({name}(?: {name}){{0,2}})"
    built = []
    for roles, kind in ROLES[lang].items():
        role = rf"(?i:(?<![^\W\d_])(?:{roles}))"
        beside = [
            # role then name ("журналистка Айгуль Утепова")
            re.compile(rf"{role}\s+{names}(?![^\W\d_])"),
            # name then the role ("Марат Жыланбаев, белсенді"; "Марат Жыланбаев есімді
            # белсенді") ... also after an aside and as "one of the first activists" ("Серикжан
            # Билаш (по документам — Бияш) — один из первых активистов")
            re.compile(rf"(?<![^\W\d_]){names}(?:\s*\([^()]{{0,40}}\))?"
                       rf"(?:\s*,\s*|\s+[-–—]\s+|\s+есімді\s+)"
                       rf"(?:(?i:один|одна|одним|одной|одного)\s+из\s+)?"
                       rf"(?:(?i:(\w+))\s+)?{role}"),
        ]
        built.append((re.compile(role), beside, kind))
    return built


@cache
def _compiled(lang: str) -> list[tuple[re.Pattern[str], list[re.Pattern[str]], str]]:
    return _patterns(lang) if lang in ROLES else []


@lru_cache(maxsize=100_000)
def _known_common(token: str) -> bool:
    """The dictionary knows the word, and not as a person's name: a common word, place, body."""
    parses = analyzer().parse(token)
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    if any({"Geox", "Orgn"} & p.tag.grammemes for p in parses):
        return True
    return any(len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__
               == "DictionaryAnalyzer" for p in parses)


@lru_cache(maxsize=100_000)
def _not_a_name(token: str) -> bool:
    """A word before the surname that is no first name: a place, a body, an adjective or a word
    that begins the name of an outlet or organisation ("Радио", "Фонд")."""
    if _plain(token.lower()) in NOT_FIRST_NAMES:
        return True
    parses = analyzer().parse(token)
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    return (any({"Geox", "Orgn"} & p.tag.grammemes for p in parses)
            or parses[0].tag.POS in ("ADJF", "PRTF"))


@lru_cache(maxsize=10_000)
def _is_verb(word: str, lang: str) -> bool:
    """A Russian verb between a name and a role word: the role is the report's source."""
    return lang == "ru" and analyzer().parse(word)[0].tag.POS in ("VERB", "INFN", "GRND")


def _stem(surname: str) -> str | None:
    word = _plain(surname.lower())
    match = SURNAME.match(word) or SURNAME.match(KAZAKH_CASE.sub("", word))
    # no surname ending: drop a Russian case ending ("Агадила" -> "агадил"), keep a bare word
    stem = match.group(1) if match else CASE_ENDING.sub("", word)
    return stem if len(stem) >= MIN_STEM and stem.isalpha() else None


def _person(tokens: list[str], lang: str) -> str | None:
    """The surname's stem, or None when the words are not a person's name."""
    surname = tokens[-1]
    if lang != "en":
        surname_ending = SURNAME.match(_plain(surname.lower())) is not None
        if _known_common(surname) and not surname_ending:
            return None
        if len(tokens) == 1 and not surname_ending and not any(
                "Surn" in p.tag.grammemes for p in analyzer().parse(surname)):
            return None  # one capitalised word alone is a name only when it is a surname
        if any(_not_a_name(token) for token in tokens[:-1]):
            return None  # "Западного Казахстана", "Радио Азаттык"
    elif len(tokens) == 1:
        return None
    return _stem(surname)


def named_people(sentence: str | None, lang: str | None) -> list[str]:
    """``<kind>:<stem>`` for each person the sentence names beside a civic role, in order."""
    if not sentence or lang not in ROLES:
        return []
    found: list[str] = []
    for role, beside, kind in _compiled(lang):
        if role.search(sentence) is None:
            continue
        for pattern in beside:
            for match in pattern.finditer(sentence):
                between = match.group(2) if match.re.groups >= 2 else None
                if between and _is_verb(between, lang):
                    continue  # "Александр Малашко, передаёт корреспондент": the source, not a role
                stem = _person(match.group(1).split(" "), lang)
                if stem is not None and f"{kind}:{stem}" not in found:
                    found.append(f"{kind}:{stem}")
    return found
