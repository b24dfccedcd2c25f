-- Warehouse gate, suite warehouse_coverage_weeks: one row per outlet and complete week.
select
    outlet,
    cast(week_start as varchar) as week_start,
    articles,
    trailing_mean,
    volume_ratio
from marts.coverage_weeks
order by outlet, week_start
