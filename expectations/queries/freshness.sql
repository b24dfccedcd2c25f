-- Warehouse gate, suite warehouse_freshness: one row per outlet, the hours since its last fetch
-- at $now (bound by the gate).
select
    outlet,
    max(last_seen_at) as last_fetched_at,
    date_diff('second', max(last_seen_at), $now::timestamptz) / 3600.0 as age_hours
from intermediate.int_article_versions
group by outlet
order by outlet
