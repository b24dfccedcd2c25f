"""A dbt-duckdb plugin (``profiles.yml``: ``plugins: [{module: qysym.dbt_plugin}]``): the Python
functions the models call, registered on every connection dbt opens.

- ``kazakh_latin_to_cyrillic(text)``: :func:`qysym.translit.to_cyrillic`, so a Kazakh sentence
  written in Latin letters meets the Kazakh lexicon, which is written in Cyrillic. The models call
  it only on Kazakh sentences without a Cyrillic letter, a small share of the warehouse.
- ``measure_veto(sentence, matched_text)``: :func:`qysym.measures.measure_veto`, why a Russian
  action match is no evidence of a state measure (a civic or private subject of its verb:
  ``civic:митинговать``; a denial: ``negated:задержание``); int_lexicon_hits calls it on Russian
  action hits only.
- ``foreign_place(sentence)``: :func:`qysym.places.foreign_place`, a place outside Kazakhstan the
  sentence is set in ("в Гомеле"); int_lexicon_hits asks it about the Russian sentences of
  articles naming a target that hold a capitalised word after a locative preposition.
- ``named_people(sentence, lang)``: :func:`qysym.people.named_people`, the people a sentence names
  beside a civic role (``activist:сатпаев``); int_lexicon_hits asks it about the sentences that
  name a civic target, and finds the article's other sentences naming the same surname.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa
from dbt.adapters.duckdb.plugins import BasePlugin

from qysym.measures import measure_veto
from qysym.people import named_people
from qysym.places import foreign_place
from qysym.translit import to_cyrillic


def _to_cyrillic_arrow(texts: pa.Array) -> pa.Array:
    return pa.array([to_cyrillic(text) for text in texts.to_pylist()], type=pa.string())


def _measure_veto_arrow(sentences: pa.Array, matches: pa.Array) -> pa.Array:
    return pa.array([measure_veto(sentence, matched) for sentence, matched
                     in zip(sentences.to_pylist(), matches.to_pylist(), strict=True)], type=pa.string())


def _foreign_place_arrow(sentences: pa.Array) -> pa.Array:
    return pa.array([foreign_place(sentence) for sentence in sentences.to_pylist()], type=pa.string())


def _named_people_arrow(sentences: pa.Array, langs: pa.Array) -> pa.Array:
    return pa.array([named_people(sentence, lang) for sentence, lang
                     in zip(sentences.to_pylist(), langs.to_pylist(), strict=True)],
                    type=pa.list_(pa.string()))


def register(conn: duckdb.DuckDBPyConnection) -> None:
    """Register the functions on one connection (also used by tests on plain DuckDB)."""
    conn.create_function("kazakh_latin_to_cyrillic", _to_cyrillic_arrow, [duckdb.sqltype("VARCHAR")],
                         duckdb.sqltype("VARCHAR"), type="arrow", side_effects=False)
    conn.create_function("measure_veto", _measure_veto_arrow,
                         [duckdb.sqltype("VARCHAR"), duckdb.sqltype("VARCHAR")],
                         duckdb.sqltype("VARCHAR"), type="arrow", side_effects=False,
                         null_handling="special")  # None: the hit stands
    conn.create_function("foreign_place", _foreign_place_arrow, [duckdb.sqltype("VARCHAR")],
                         duckdb.sqltype("VARCHAR"), type="arrow", side_effects=False,
                         null_handling="special")  # None: no place outside Kazakhstan
    conn.create_function("named_people", _named_people_arrow,
                         [duckdb.sqltype("VARCHAR"), duckdb.sqltype("VARCHAR")],
                         duckdb.list_type(duckdb.sqltype("VARCHAR")), type="arrow",
                         side_effects=False, null_handling="special")  # []: nobody named


class Plugin(BasePlugin):
    def configure_connection(self, conn: duckdb.DuckDBPyConnection) -> None:
        register(conn)
