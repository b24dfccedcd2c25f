"""Is a Russian action match a measure the state took? Read with pymorphy3's morphology.

A lexicon action ("избили", "отказались", "задержаний") is evidence of pressure on a civic
target only when the measure was taken, and taken by the state (or someone unidentified). Blind
checks kept finding real reports where word sequences cannot tell:

- the civic people are the ones acting ("митингующие отказались зайти в акимат", "журналистка
  отказалась от аккредитации"), or a private party is ("студенты и декан избили журналистов",
  "подрядчик отобрал камеру");
- the measure did not happen ("никаких задержаний не было", "полиция не задерживала участников").

The grammar can: the subject of an active verb is the nominative word before it in its clause,
agreeing with it in number; a measure verb right after "не", or a measure noun after "никаких" /
"без" or before "не было" / "нет", is denied.

:func:`measure_veto` returns why the match is no evidence, or None:

- ``civic:<lemma>`` / ``private:<lemma>``: the finite active verb of the match has, as subject, a
  word the ``measure_words`` seed lists as ``civic`` or ``private``. A ``victim_verb`` ("получили
  штраф", "не смогли согласовать": the civic subject is the one hit), a passive ("задержаны"), or
  a subject that is a state body, a pronoun, "неизвестные" or any unlisted word leave it be.
- ``negated:<lemma>``: the match's measure word, listed as ``negatable``, is denied as above.

Only a listed word vetoes: the rule can remove a hit, never add one. The dbt plugin registers it
as the SQL function ``measure_veto(sentence, matched_text)``; int_lexicon_hits keeps the reason
beside the hit and int_article_labels leaves such hits out. The word lists are a seed, so an edit
to them is a seed edit (and triggers the full rebuild of model_fingerprint).
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

SEED = Path(__file__).resolve().parent.parent / "models" / "seeds" / "measure_words.csv"

# A token: a word (letters, digits, inner hyphens) or one punctuation mark.
TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
# Where a clause ends, looking left from the verb: the subject is not found past these.
CLAUSE_MARKS = frozenset(",;:()?!.\"«»—-–")
CLAUSE_WORDS = frozenset({"что", "чтобы", "который", "которая", "которое", "которые", "которых",
                          "которым", "которого", "если", "когда", "где", "как", "пока", "после",
                          "хотя", "но", "а", "однако", "ли"})
NOUN_LIKE = frozenset({"NOUN", "NPRO", "ADJF", "PRTF"})
OBJECT_PRONOUNS = frozenset({"их", "его", "ее", "её", "них", "нее", "неё", "него", "им", "ему", "ей"})
# Denial around a measure: "не" (also "не был", "не стала") before a verb; "никаких", "без" before
# a noun, "не было", "не последовало", "нет" after it.
DENIED_BEFORE_NOUN = frozenset({"без", "никаких", "никакого", "никакой", "никакому", "ни"})
DENIAL_AFTER_NOUN = frozenset({"быть", "последовать", "поступить", "зафиксировать", "выявить",
                               "применяться", "применять", "случиться", "происходить"})
NEGATION_BRIDGE = frozenset({"быть", "стать"})
DENIAL_CUE = re.compile(r"(?:^|[^\w])(?:не|без|нет|ни|никак\w*)(?:[^\w]|$)", re.IGNORECASE)


class Word(NamedTuple):
    lemma: str  # normal form of the best parse
    pos: str | None  # its part of speech
    nominative: frozenset[tuple[str, str | None]]  # (normal form, number) of nominative parses
    only_nominative: bool  # every noun-like parse is nominative (a subject, not a modifier)
    finite_verb: str | None  # normal form when the best parse is a finite active verb
    verb_number: str | None  # sing or plur of that verb
    modifier: bool  # the best parse is a nominative adjective or participle ("бастующие")


def _plain(lemma: str) -> str:
    """ё as е: the models match normalised text, where ё is е."""
    return lemma.replace("ё", "е")


@cache
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def word(token: str) -> Word:
    parses = analyzer().parse(token)
    nominative = frozenset((_plain(p.normal_form), p.tag.number) for p in parses
                           if p.tag.POS in NOUN_LIKE and p.tag.case == "nomn")
    cases = {p.tag.case for p in parses if p.tag.POS in NOUN_LIKE}
    best = parses[0]
    finite = best.tag.POS == "VERB" and best.tag.voice != "pssv"
    return Word(_plain(best.normal_form), best.tag.POS, nominative,
                bool(nominative) and cases == {"nomn"},
                _plain(best.normal_form) if finite else None, best.tag.number if finite else None,
                best.tag.POS in ("ADJF", "PRTF") and best.tag.case == "nomn")


@cache
def roles(path: Path = SEED) -> dict[str, str]:
    """lemma -> role (civic, private, victim_verb, negatable) for Russian, from the seed."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {_plain(row["lemma"]): row["role"] for row in csv.DictReader(handle)
                if row["lang"] == "ru"}


def measure_veto(sentence: str | None, matched: str | None) -> str | None:
    """Why the match is no evidence of a state measure (``civic:``, ``private:``, ``negated:``
    and a lemma), or None.

    Called on every Russian action hit (hundreds of thousands in a big build), so the cheap
    questions come first: a match with neither a negatable word nor a finite verb stands; a
    denial is looked for only in a sentence with a denial word; a subject only when a listed
    civic or private word form stands before the verb."""
    if not sentence or not matched:
        return None
    start = sentence.find(matched)
    if start < 0:
        return None
    table = roles()
    # the match's words, whole (a pattern may start or stop inside a word)
    left, right = start, start + len(matched)
    while left > 0 and sentence[left - 1].isalnum():
        left -= 1
    while right < len(sentence) and sentence[right].isalnum():
        right += 1
    inside = TOKEN.findall(sentence[left:right])
    found = [word(token) if token[0].isalpha() else None for token in inside]
    negatable = [i for i, w in enumerate(found) if w is not None and table.get(w.lemma) == "negatable"]
    verb_at = next((i for i, w in enumerate(found) if w is not None and w.finite_verb is not None),
                   None)
    if not negatable and verb_at is None:
        return None
    before = TOKEN.findall(sentence[:left])
    if negatable and DENIAL_CUE.search(sentence):
        words = before + inside + TOKEN.findall(sentence[right:])
        for i in negatable:
            if _denied(words, len(before) + i, found[i]):
                return f"negated:{found[i].lemma}"
    if verb_at is None:
        return None
    verb = found[verb_at]
    if table.get(verb.finite_verb) == "victim_verb":
        return None
    if verb_at == len(inside) - 1:
        # the verb ends the match: whom it was done to follows ("задержали двоих нападавших")
        hit = _object_role(TOKEN.findall(sentence[right:]), table)
        if hit is not None:
            return hit
    prefix = before + inside[:verb_at]
    if subject_forms().isdisjoint(token.lower() for token in prefix):
        return None
    return _subject_role(prefix, verb.verb_number, table)


def _object_role(after: list[str], table: dict[str, str]) -> str | None:
    """``private_object:<lemma>`` when the first noun-like word after the verb, within a few words
    of its clause and past numerals ("двоих", "3"), is one the seed lists as private: the state
    acted against attackers, hooligans or a driver, not a civic target. None otherwise."""
    for token in after[:4]:
        if token in CLAUSE_MARKS or token in CLAUSE_WORDS:
            return None
        if not token[0].isalpha():
            if token[0].isdigit():
                continue
            return None
        found = word(token)
        if found.pos == "NUMR":
            continue
        if found.pos in NOUN_LIKE:
            return f"private_object:{found.lemma}" if table.get(found.lemma) == "private" else None
        return None
    return None


@cache
def subject_forms() -> frozenset[str]:
    """Every nominative word form of the seed's civic and private lemmas (their participles too:
    "бастующие"), ё as е: without one before the verb, no listed subject can be there."""
    forms = set()
    for lemma, role in roles().items():
        if role not in ("civic", "private"):
            continue
        for parse in analyzer().parse(lemma):
            if _plain(parse.normal_form) != lemma:
                continue
            forms.update(_plain(form.word) for form in parse.lexeme if form.tag.case == "nomn")
    return frozenset(forms)


def _denied(words: list[str], index: int, found: Word) -> bool:
    """Whether the measure word at index is denied ("не задержали", "не был задержан", "не стала
    задерживать"; "никаких задержаний", "без задержаний"; a genitive followed in its clause by
    "не было", "не последовало" or "нет": "задержаний среди активистов не было")."""
    before = [w.lower() for w in words[max(0, index - 2):index]]
    if found.pos in ("VERB", "INFN", "PRTS"):
        if before[-1:] == ["не"]:
            return True
        return (len(before) == 2 and before[0] == "не"
                and word(before[1]).lemma in NEGATION_BRIDGE)
    if found.pos != "NOUN":
        return False
    if any(w in DENIED_BEFORE_NOUN for w in before):
        return True
    if not any(p.tag.case == "gent" for p in analyzer().parse(words[index])):
        return False
    after = []
    for token in words[index + 1:index + 6]:
        if token in CLAUSE_MARKS:
            break
        after.append(token.lower())
    for position, token in enumerate(after):
        if token == "нет" or (token == "не" and position + 1 < len(after)
                              and word(after[position + 1]).lemma in DENIAL_AFTER_NOUN):
            return True
    return False


def _subject_role(before: list[str], number: str | None, table: dict[str, str]) -> str | None:
    """The nearest nominative noun-like word before the verb, within its clause and agreeing with
    it in number ("наблюдательницы" is no subject of "потребовал"; "Студенты и декан" is of
    "избили"), or a listed participle right before it ("бастующие шахтёры"): its role when the
    seed lists it as civic or private; None when it is anything else or there is none. A word that
    may be nominative or another case ("акции" in "участники акции", "Алматы") is passed over
    unless listed. Another finite verb ends the clause, except a predicate joined by "и" with no
    object pronoun between ("подрядчик отобрал телефон и потребовал": one subject; "активисты
    вышли на площадь и их задержали": another)."""
    joined = object_between = False
    for index in range(len(before) - 1, -1, -1):
        token = before[index]
        if token in CLAUSE_MARKS or token in CLAUSE_WORDS:
            return None
        if not token[0].isalpha():
            continue
        if token == "и":
            joined = not object_between
            continue
        if token in OBJECT_PRONOUNS:
            object_between = True
        found = word(token)
        agreeing = sorted(lemma for lemma, noun_number in found.nominative
                          if number is None or noun_number in (number, None))
        for lemma in agreeing + _modifiers(before[:index]):
            role = table.get(lemma)
            if role in ("civic", "private"):
                return f"{role}:{lemma}"
        if agreeing and found.only_nominative:
            return None
        if found.finite_verb is not None and not joined:
            return None
    return None


def _modifiers(before: list[str]) -> list[str]:
    """The normal forms of the nominative adjectives and participles right before a noun."""
    found = []
    for token in reversed(before):
        if not token[0].isalpha():
            break
        modifier = word(token)
        if not modifier.modifier:
            break
        found.extend(sorted(lemma for lemma, _ in modifier.nominative))
    return found
