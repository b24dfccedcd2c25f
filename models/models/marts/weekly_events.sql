-- Grain: one row per ISO week (Kazakhstan's clock) x category, every week of the data range and
-- every category: the events first reported that week and the severity-weighted index
-- (events x the category's severity), beside the week's article count (the coverage denominator).
with

weeks as (

    select * from {{ ref('int_weeks') }}

),

categories as (

    select * from {{ ref('categories') }}

),

events as (

    select * from {{ ref('pressure_events') }}

),

week_events as (

    select
        first_week_start as week_start,
        category,
        count(*) as events,
        count(*) filter (where is_multi_source) as multi_source_events,
        count(*) filter (where status = 'reversed') as reversed_events
    from events
    group by first_week_start, category

),

final as (

    select
        weeks.week_start,
        weeks.iso_year,
        weeks.iso_week,
        weeks.iso_week_label,
        categories.code as category,
        categories.severity,
        coalesce(week_events.events, 0) as events,
        coalesce(week_events.events, 0) * categories.severity as severity_index,
        coalesce(week_events.multi_source_events, 0) as multi_source_events,
        coalesce(week_events.reversed_events, 0) as reversed_events,
        weeks.total_articles,
        weeks.outlets_with_articles,
        weeks.has_articles
    from weeks
    cross join categories
    left join week_events
        on
            weeks.week_start = week_events.week_start
            and categories.code = week_events.category

)

select * from final
