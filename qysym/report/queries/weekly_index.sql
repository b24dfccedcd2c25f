-- The weekly pressure index by category: events first reported that week x the category's
-- severity, with the week's article count (the coverage denominator: 0 is a gap, not calm).
select
    weekly.week_start,
    weekly.category,
    categories.label_en,
    weekly.events,
    weekly.severity_index,
    weekly.total_articles
from marts.weekly_events as weekly
inner join marts.category_summary as categories
    on weekly.category = categories.category
order by weekly.week_start, categories.severity desc, weekly.category
