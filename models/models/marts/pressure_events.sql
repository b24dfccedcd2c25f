-- Grain: one row per event (intermediate.int_events groups its reports): one real-world incident
-- of one category, with its named target when resolved, when and where it was reported, its
-- severity (seed categories) and its status from cue words (announced, imposed, reversed).
with

memberships as (

    select * from {{ ref('int_events') }}

),

categories as (

    select * from {{ ref('categories') }}

),

targets as (

    select * from {{ ref('targets') }}

),

target_names as (

    select
        target_id,
        any_value(kind) as target_kind,
        any_value(name) filter (where lang = 'en') as target_name_en,
        any_value(name) filter (where lang = 'ru') as target_name_ru,
        any_value(name) filter (where lang = 'kk') as target_name_kk
    from targets
    group by target_id

),

events as (

    select
        event_id,
        any_value(category) as category,
        any_value(target_id) as target_id,
        any_value(clustered_by) as clustered_by,
        any_value(first_article_id) as first_article_id,
        min(published_at) as first_reported_at,
        min(published_date) as first_reported_date,
        min(week_start) as first_week_start,
        max(published_at) as last_reported_at,
        max(published_date) as last_reported_date,
        count(distinct article_id) as n_articles,
        count(distinct outlet) as n_outlets,
        count(distinct lang) as n_languages,
        list(
            distinct outlet
            order by outlet
        ) as outlets,
        list(
            distinct lang
            order by lang
        ) as languages,
        list(
            article_id
            order by published_at, article_id
        ) as article_ids,
        -- the latest news wins: a reversal reported in any article makes the event reversed
        case
            when bool_or(report_status = 'reversed') then 'reversed'
            when bool_or(report_status = 'imposed') then 'imposed'
            else 'announced'
        end as status
    from memberships
    group by event_id

),

final as (

    select
        events.event_id,
        events.category,
        categories.severity,
        events.target_id,
        target_names.target_kind,
        target_names.target_name_en,
        target_names.target_name_ru,
        target_names.target_name_kk,
        events.clustered_by,
        events.status,
        events.first_article_id,
        events.first_reported_at,
        events.first_reported_date,
        events.first_week_start,
        strftime(events.first_week_start, '%G-W%V') as first_iso_week_label,
        cast(date_trunc('month', events.first_reported_date) as date) as first_month_start,
        events.last_reported_at,
        events.last_reported_date,
        events.last_reported_date - events.first_reported_date + 1 as days_reported,
        events.n_articles,
        events.n_outlets,
        events.n_languages,
        events.outlets,
        events.languages,
        events.article_ids,
        events.n_outlets >= 2 as is_multi_outlet,
        events.n_languages >= 2 as is_multi_language,
        events.n_outlets >= 2 or events.n_languages >= 2 as is_multi_source
    from events
    inner join categories
        on events.category = categories.code
    left join target_names
        on events.target_id = target_names.target_id

)

select * from final
