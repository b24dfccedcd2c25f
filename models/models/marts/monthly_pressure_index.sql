-- Grain: one row per calendar month (Kazakhstan's clock) of the data range: events first reported
-- that month and the severity-weighted index (sum of events x severity), beside the month's
-- pressure articles and all its articles (the denominator).
with

months as (

    select * from {{ ref('int_months') }}

),

events as (

    select * from {{ ref('pressure_events') }}

),

articles as (

    select * from {{ ref('articles') }}

),

month_events as (

    select
        first_month_start as month_start,
        count(*) as events,
        sum(severity) as severity_index,
        count(distinct category) as categories_with_events
    from events
    group by first_month_start

),

month_pressure as (

    select
        cast(date_trunc('month', published_date) as date) as month_start,
        count(*) as pressure_articles
    from articles
    where is_pressure
    group by cast(date_trunc('month', published_date) as date)

),

final as (

    select
        months.month_start,
        months.month_label,
        coalesce(month_events.events, 0) as events,
        coalesce(month_events.severity_index, 0) as severity_index,
        coalesce(month_events.categories_with_events, 0) as categories_with_events,
        coalesce(month_pressure.pressure_articles, 0) as pressure_articles,
        months.total_articles,
        months.outlets_with_articles,
        months.has_articles
    from months
    left join month_events
        on months.month_start = month_events.month_start
    left join month_pressure
        on months.month_start = month_pressure.month_start

)

select * from final
