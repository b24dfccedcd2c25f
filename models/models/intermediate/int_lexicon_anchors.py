"""Grain: one row per lexicon pattern and gazetteer alias: the literals any match must contain.

int_lexicon_hits tests a pattern only on sentences holding one of its anchors (a plain
alternation of literals, far cheaper than the pattern), so the work shrinks and the hits stay
exactly the same. The anchors are derived from the patterns themselves by qysym.regex_anchors
(property-tested: every string a pattern matches contains one), never written by hand. A null
anchor_regex means the pattern is tested on every sentence.
"""

import pandas as pd

from qysym.regex_anchors import anchor_regex


def model(dbt, session):
    dbt.config(materialized="table")
    rows = []
    for row in dbt.ref("lexicon").df().itertuples():
        rows.append((row.pattern_id, anchor_regex(row.pattern)))
    for row in dbt.ref("targets").df().itertuples():
        rows.append((f"target:{row.target_id}:{row.lang}", anchor_regex(row.alias_pattern)))
    return pd.DataFrame(rows, columns=["pattern_id", "anchor_regex"])
