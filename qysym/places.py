"""Where a Russian sentence is set: a place outside Kazakhstan named after a locative preposition
("в Гомеле", "из Нукуса", "в Оше"), read from pymorphy3's dictionary of geographical names.

Blind checks kept finding reports on Belarus, Kyrgyzstan, Karakalpakstan or Xinjiang that name no
country, only a town: each round added the towns it had met to the lexicon's foreign patterns,
and the next check brought new ones. The morphology dictionary knows some six thousand places
(tag Geox); :func:`foreign_place` returns the normal form of the first one the sentence sets a
scene in ("в", "во", "из", "под", "около", "возле" + a capitalised word) that is not in
Kazakhstan, and None otherwise. What counts as Kazakhstan (its towns, regions and rivers in the
dictionary) or as no country at all (Europe, the Caspian, the Urals) is the seed
``models/seeds/kazakhstan_places.csv``. A word that is also a personal name ("Абай") is no
place. int_lexicon_hits reads it like the lexicon's foreign patterns (a 'foreign' hit,
pattern any.ru.foreign.dictionary_place, the place as its matched text), in every Russian sentence
of an article naming a target: an article naming another country and not Kazakhstan carries no
label, and a sentence naming only another country vetoes its measures.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path

from qysym.measures import _plain, analyzer

SEED = Path(__file__).resolve().parent.parent / "models" / "seeds" / "kazakhstan_places.csv"
SCENE = re.compile(r"(?:^|[\s(«\"])(?:[Вв]о?|[Ии]з|[Пп]од|[Оо]коло|[Вв]озле)\s+"
                   r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
PERSON = frozenset({"Name", "Surn", "Patr"})


@cache
def home() -> frozenset[str]:
    """The normal forms that are Kazakhstan or no country (the seed)."""
    with SEED.open(encoding="utf-8", newline="") as handle:
        return frozenset(_plain(row["lemma"]) for row in csv.DictReader(handle))


@lru_cache(maxsize=100_000)
def _place(token: str) -> str | None:
    """The normal form of a geographical name outside Kazakhstan, else None."""
    # only the dictionary's own words: a guess from a known ending ("Синьцзяне" as a name) is
    # no evidence of a place
    parses = [p for p in analyzer().parse(token) if len(p.methods_stack) == 1
              and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]
    if any(PERSON & p.tag.grammemes for p in parses):
        return None
    for parse in parses:
        if "Geox" in parse.tag.grammemes:
            lemma = _plain(parse.normal_form)
            return None if lemma in home() else lemma
    return None


def foreign_place(sentence: str | None) -> str | None:
    """The first place outside Kazakhstan the sentence is set in, else None."""
    if not sentence:
        return None
    for match in SCENE.finditer(sentence):
        place = _place(match.group(1))
        if place is not None:
            return place
    return None
