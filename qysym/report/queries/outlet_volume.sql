-- Articles per outlet and week, and how many of them carry a pressure signal.
select
    outlet,
    week_start,
    total_articles,
    pressure_articles
from marts.weekly_outlet_pressure
order by outlet, week_start
