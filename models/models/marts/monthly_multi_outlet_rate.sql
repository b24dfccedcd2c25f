-- Grain: one row per calendar month (Kazakhstan's clock) of the data range: the share of the
-- events first reported that month that two or more outlets, or two or more edition languages,
-- reported (a selection-bias diagnostic), with its numerator and denominator.
with

months as (

    select * from {{ ref('int_months') }}

),

events as (

    select * from {{ ref('pressure_events') }}

),

month_events as (

    select
        first_month_start as month_start,
        count(*) as events,
        count(*) filter (where is_multi_source) as multi_source_events,
        count(*) filter (where is_multi_outlet) as multi_outlet_events,
        count(*) filter (where is_multi_language) as multi_language_events
    from events
    group by first_month_start

),

final as (

    select
        months.month_start,
        months.month_label,
        coalesce(month_events.multi_source_events, 0) as multi_source_events,
        coalesce(month_events.events, 0) as events,
        coalesce(month_events.multi_source_events, 0) / nullif(month_events.events, 0)
            as multi_source_rate,
        coalesce(month_events.multi_outlet_events, 0) as multi_outlet_events,
        coalesce(month_events.multi_language_events, 0) as multi_language_events,
        months.outlets_with_articles,
        months.total_articles,
        months.has_articles
    from months
    left join month_events
        on months.month_start = month_events.month_start

)

select * from final
