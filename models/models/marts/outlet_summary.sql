with

articles as (

    select * from {{ ref('articles') }}

),

weekly as (

    select * from {{ ref('weekly_pressure') }}

),

volumes as (

    select
        outlet,
        lang,
        count(*) as articles,
        count(*) filter (where is_pressure) as pressure_articles,
        min(published_date) as first_published_date,
        max(published_date) as last_published_date
    from articles
    group by outlet, lang

),

coverage as (

    -- weekly_pressure has one row per category and week: count each week once
    select
        outlet,
        lang,
        count(distinct week_start) as weeks,
        count(distinct week_start) filter (where not has_articles) as weeks_without_articles
    from weekly
    group by outlet, lang

),

final as (

    select
        volumes.outlet,
        volumes.lang,
        volumes.articles,
        volumes.pressure_articles,
        round(volumes.pressure_articles / volumes.articles, 4) as pressure_share,
        volumes.first_published_date,
        volumes.last_published_date,
        coverage.weeks,
        coverage.weeks_without_articles
    from volumes
    left join coverage
        on
            volumes.outlet = coverage.outlet
            and volumes.lang = coverage.lang

)

select * from final
