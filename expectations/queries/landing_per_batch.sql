-- Landing gate: per batch, its lines, its malformed lines and the share of fields only a
-- fallback extraction layer found (over the view "checked" of landing_checked.sql).
select
    batch,
    count(*) as lines,
    count(*) filter (where malformed) as malformed_lines,
    coalesce(sum(fallback_fields) / nullif(sum(layer_fields), 0), 0.0) as fallback_share
from checked
group by batch
