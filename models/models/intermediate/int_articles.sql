{#-
    Grain: one row per article (outlet, native_id): its latest version.
    Incremental: recomputes the articles whose versions this build restaged.
-#}
{{ incremental_by_article(kept_by='int_article_versions') }}

with

versions as (

    select * from {{ ref('int_article_versions') }}
    {% if is_incremental() %}
    where {{ restaged() }}
    {% endif %}

),

article_history as (

    select
        article_id,
        count(*) as version_count,
        min(first_seen_at) as first_seen_at,
        max(last_seen_at) as last_seen_at
    from versions
    group by article_id

),

latest as (

    select * from versions
    where is_latest

),

local_time as (

    select
        *,
        timezone(
            '{{ var("local_timezone") }}', timezone('UTC', published_at)
        ) as published_at_local
    from latest

),

final as (

    select
        local_time.article_id,
        local_time.outlet,
        local_time.native_id,
        local_time.lang,
        local_time.url,
        local_time.title,
        local_time.lead,
        local_time.body,
        local_time.authors,
        local_time.section,
        local_time.tags,
        local_time.published_at,
        local_time.modified_at,
        cast(local_time.published_at_local as date) as published_date,
        cast(date_trunc('week', local_time.published_at_local) as date) as week_start,
        isoyear(local_time.published_at_local) as iso_year,
        week(local_time.published_at_local) as iso_week,
        strftime(local_time.published_at_local, '%G-W%V') as iso_week_label,
        local_time.content_hash,
        local_time.article_version_id,
        local_time.version_number,
        article_history.version_count,
        article_history.first_seen_at,
        article_history.last_seen_at,
        get_current_timestamp() as staged_at
    from local_time
    inner join article_history
        on local_time.article_id = article_history.article_id

)

select * from final
