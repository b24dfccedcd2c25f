-- Acceptance question (c): how many distinct events, not articles, were first reported from
-- October 2020 to January 2021 (Kazakhstan's clock), per category, zeros included; the articles
-- column shows how much re-reporting the deduplication removed.
with

categories as (

    select * from {{ ref('category_summary') }}

),

events as (

    select * from {{ ref('pressure_events') }}
    where first_reported_date between date '2020-10-01' and date '2021-01-31'

),

per_category as (

    select
        category,
        count(*) as events,
        sum(n_articles) as articles,
        count(*) filter (where is_multi_source) as multi_source_events,
        sum(severity) as severity_index
    from events
    group by category

),

final as (

    select
        categories.category,
        categories.severity,
        coalesce(per_category.events, 0) as events,
        coalesce(per_category.articles, 0) as articles,
        coalesce(per_category.multi_source_events, 0) as multi_source_events,
        coalesce(per_category.severity_index, 0) as severity_index
    from categories
    left join per_category
        on categories.category = per_category.category

)

select * from final
order by category
