-- Warehouse gate, suite warehouse_indicator_events: a week's events of a category beside its
-- articles and its reports (article x target memberships of the events model).
with reports as (
    select
        week_start,
        category,
        count(*) as reports
    from intermediate.int_events
    group by week_start, category
)

select
    weekly_events.category || ':' || weekly_events.week_start as row_key,
    weekly_events.events,
    weekly_events.total_articles,
    coalesce(reports.reports, 0) as reports
from marts.weekly_events
left join reports using (week_start, category)
