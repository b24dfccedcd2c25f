-- Acceptance question (b): which NGOs were named as targets of fiscal pressure (tax notices,
-- fines, suspensions) in January 2021, by their names in the gazetteer (seed targets), with the
-- events and articles behind each name.
with

events as (

    select * from {{ ref('pressure_events') }}

),

final as (

    select
        target_id,
        target_name_en,
        target_name_ru,
        count(*) as events,
        sum(n_articles) as articles,
        min(first_reported_date) as first_reported_date,
        max(last_reported_date) as last_reported_date,
        list(distinct status) as statuses
    from events
    where
        category = 'fiscal'
        and target_kind = 'ngo'
        -- reported at some point in January 2021 (Kazakhstan's clock)
        and first_reported_date <= date '2021-01-31'
        and last_reported_date >= date '2021-01-01'
    group by target_id, target_name_en, target_name_ru

)

select * from final
order by target_id
