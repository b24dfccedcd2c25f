with

articles as (

    select * from {{ ref('int_articles') }}

),

labels as (

    select * from {{ ref('int_article_labels') }}

),

categories as (

    select * from {{ ref('categories') }}

),

editions as (

    -- an edition is covered from its first published week on
    select
        outlet,
        lang,
        min(week_start) as first_week
    from articles
    group by outlet, lang

),

weeks as (

    select
        cast(
            unnest(
                generate_series(
                    cast(min(week_start) as timestamp),
                    cast(max(week_start) as timestamp),
                    interval 7 day
                )
            ) as date
        ) as week_start
    from articles

),

edition_weeks as (

    -- every week from an edition's first week to the last week of the data, with or without
    -- articles: a week without articles is a coverage gap, visible as total_articles = 0
    select
        editions.outlet,
        editions.lang,
        weeks.week_start
    from editions
    inner join weeks
        on editions.first_week <= weeks.week_start

),

grid as (

    select
        edition_weeks.outlet,
        edition_weeks.lang,
        edition_weeks.week_start,
        categories.code as category,
        categories.severity
    from edition_weeks
    cross join categories

),

totals as (

    select
        outlet,
        lang,
        week_start,
        count(*) as total_articles
    from articles
    group by outlet, lang, week_start

),

coverage as (

    select * from {{ ref('coverage_weeks') }}

),

pressure as (

    select
        articles.outlet,
        articles.lang,
        articles.week_start,
        labels.category,
        count(*) as pressure_articles
    from labels
    inner join articles
        on labels.article_id = articles.article_id
    group by articles.outlet, articles.lang, articles.week_start, labels.category

),

final as (

    select
        grid.outlet,
        grid.lang,
        grid.week_start,
        isoyear(grid.week_start) as iso_year,
        week(grid.week_start) as iso_week,
        strftime(grid.week_start, '%G-W%V') as iso_week_label,
        grid.category,
        grid.severity,
        coalesce(pressure.pressure_articles, 0) as pressure_articles,
        coalesce(totals.total_articles, 0) as total_articles,
        coalesce(totals.total_articles, 0) > 0 as has_articles,
        case
            when totals.total_articles > 0
                then coalesce(pressure.pressure_articles, 0) / totals.total_articles
        end as share,
        -- the outlet had a known coverage gap that week (marts.coverage_days)
        coalesce(coverage.has_coverage_gap, false) as has_coverage_gap
    from grid
    left join totals
        on
            grid.outlet = totals.outlet
            and grid.lang = totals.lang
            and grid.week_start = totals.week_start
    left join pressure
        on
            grid.outlet = pressure.outlet
            and grid.lang = pressure.lang
            and grid.week_start = pressure.week_start
            and grid.category = pressure.category
    left join coverage
        on
            grid.outlet = coverage.outlet
            and grid.week_start = coverage.week_start

)

select * from final
