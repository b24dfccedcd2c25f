-- Warehouse gate, suite warehouse_indicator_shares: every share of the indicator marts with its
-- numerator and denominator, keyed by mart and row.
select
    'weekly_pressure' as mart,
    outlet || ':' || lang || ':' || category || ':' || week_start as row_key,
    share,
    total_articles,
    pressure_articles
from marts.weekly_pressure
union all by name
select
    'weekly_outlet_pressure' as mart,
    outlet || ':' || week_start as row_key,
    share,
    total_articles,
    pressure_articles
from marts.weekly_outlet_pressure
union all by name
select
    'weekly_pressure_index' as mart,
    cast(week_start as varchar) as row_key,
    pressure_share as share,
    total_articles,
    pressure_articles
from marts.weekly_pressure_index
