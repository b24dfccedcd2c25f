"""Grain: one row per lexicon pattern and gazetteer alias: the literals any match must contain,
and the pattern cut into groups of top-level alternatives, each with its own anchors
(match_groups, a JSON list), that the models test one by one instead of the whole pattern.

int_lexicon_hits tests a pattern only on sentences holding one of its anchors (a plain
alternation of literals, far cheaper than the pattern), so the work shrinks and the hits stay
exactly the same. The anchors are derived from the patterns themselves by qysym.regex_anchors
(property-tested: every string a pattern matches contains one), never written by hand. A null
anchor_regex means the pattern is tested on every sentence. A long alternation is far slower as one RE2
program than as a few shorter ones (qysym.regex_anchors.GROUP_SIZE); a text matches the pattern
exactly when it matches one of its groups.
"""

import json

import pandas as pd

from qysym.regex_anchors import anchor_regex, match_groups


def model(dbt, session):
    dbt.config(materialized="table")
    rows = []
    for row in dbt.ref("lexicon").df().itertuples():
        rows.append((row.pattern_id, anchor_regex(row.pattern), _groups(row.pattern)))
    for row in dbt.ref("targets").df().itertuples():
        rows.append((f"target:{row.target_id}:{row.lang}", anchor_regex(row.alias_pattern),
                     _groups(row.alias_pattern)))
    return pd.DataFrame(rows, columns=["pattern_id", "anchor_regex", "match_groups"])


def _groups(pattern: str) -> str:
    """[{"regex", "anchor"}]: each group with its own anchors (null when it has none)."""
    return json.dumps([{"regex": group, "anchor": anchor_regex(group)}
                       for group in match_groups(pattern)], ensure_ascii=False)
