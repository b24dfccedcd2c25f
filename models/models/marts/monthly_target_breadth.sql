-- Grain: one row per calendar month (Kazakhstan's clock) of the data range: how many distinct
-- named targets (gazetteer ids, not the generic kind:<kind> words) pressure articles published
-- that month name, which ones, and how many of them are NGOs.
with

months as (

    select * from {{ ref('int_months') }}

),

memberships as (

    select * from {{ ref('int_events') }}

),

targets as (

    select * from {{ ref('targets') }}

),

target_names as (

    select
        target_id,
        any_value(kind) as target_kind,
        any_value(name) filter (where lang = 'en') as target_name_en
    from targets
    group by target_id

),

named as (

    select distinct
        cast(date_trunc('month', memberships.published_date) as date) as month_start,
        memberships.target_id,
        target_names.target_kind,
        target_names.target_name_en
    from memberships
    left join target_names
        on memberships.target_id = target_names.target_id
    where memberships.target_id is not null

),

month_targets as (

    select
        month_start,
        count(*) as named_targets,
        count(*) filter (where target_kind = 'ngo') as ngo_targets,
        list(
            target_id
            order by target_id
        ) as target_ids,
        list(
            target_name_en
            order by target_id
        ) as target_names_en
    from named
    group by month_start

),

month_articles as (

    select
        cast(date_trunc('month', published_date) as date) as month_start,
        count(distinct article_id) as pressure_articles,
        count(distinct article_id) filter (where target_id is not null)
            as articles_naming_a_target
    from memberships
    group by cast(date_trunc('month', published_date) as date)

),

final as (

    select
        months.month_start,
        months.month_label,
        coalesce(month_targets.named_targets, 0) as named_targets,
        coalesce(month_targets.ngo_targets, 0) as ngo_targets,
        coalesce(month_targets.target_ids, []) as target_ids,
        coalesce(month_targets.target_names_en, []) as target_names_en,
        coalesce(month_articles.articles_naming_a_target, 0) as articles_naming_a_target,
        coalesce(month_articles.pressure_articles, 0) as pressure_articles,
        months.total_articles,
        months.has_articles
    from months
    left join month_targets
        on months.month_start = month_targets.month_start
    left join month_articles
        on months.month_start = month_articles.month_start

)

select * from final
