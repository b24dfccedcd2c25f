"""A dbt-duckdb plugin (``profiles.yml``: ``plugins: [{module: qysym.dbt_plugin}]``): the Python
functions the models call, registered on every connection dbt opens.

- ``kazakh_latin_to_cyrillic(text)``: :func:`qysym.translit.to_cyrillic`, so a Kazakh sentence
  written in Latin letters meets the Kazakh lexicon, which is written in Cyrillic. The models call
  it only on Kazakh sentences without a Cyrillic letter, a small share of the warehouse.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa
from dbt.adapters.duckdb.plugins import BasePlugin

from qysym.translit import to_cyrillic


def _to_cyrillic_arrow(texts: pa.Array) -> pa.Array:
    return pa.array([to_cyrillic(text) for text in texts.to_pylist()], type=pa.string())


def register(conn: duckdb.DuckDBPyConnection) -> None:
    """Register the functions on one connection (also used by tests on plain DuckDB)."""
    conn.create_function("kazakh_latin_to_cyrillic", _to_cyrillic_arrow, [duckdb.sqltype("VARCHAR")],
                         duckdb.sqltype("VARCHAR"), type="arrow", side_effects=False)


class Plugin(BasePlugin):
    def configure_connection(self, conn: duckdb.DuckDBPyConnection) -> None:
        register(conn)
