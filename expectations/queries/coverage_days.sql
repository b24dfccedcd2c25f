-- Warehouse gate, suite warehouse_coverage_days: one row per outlet and publication day.
select
    outlet,
    cast(published_date as varchar) as day,
    articles,
    usual_articles,
    share_of_usual
from marts.coverage_days
order by outlet, published_date
