"""Grain: one row per registered outlet: slug, name, edition languages and hosts, read from the
outlet registry (scrapers/outlets/, plus QYSYM_OUTLET_DIRS) when the warehouse is built. The
landing source globs every outlet's partitions and the staging model's relationships and the
assert_landed_lines_belong_to_their_outlet test check each line against this table, so adding an
outlet needs no edit here.
"""

import pandas as pd

from scrapers.outlets import outlets


def model(dbt, session):
    dbt.config(materialized="table")
    rows = [(o.slug, o.name, " ".join(o.langs), " ".join(dict.fromkeys(o.editions.values())))
            for o in outlets().values()]
    return pd.DataFrame(rows, columns=["slug", "name", "editions", "hosts"])
