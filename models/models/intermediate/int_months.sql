-- Grain: one row per calendar month (Kazakhstan's clock) from the first to the last month of the
-- data, with or without articles: the month spine of the monthly indicators.
with

articles as (

    select * from {{ ref('int_articles') }}

),

spine as (

    select
        cast(
            unnest(
                generate_series(
                    cast(min(date_trunc('month', published_date)) as timestamp),
                    cast(max(date_trunc('month', published_date)) as timestamp),
                    interval 1 month
                )
            ) as date
        ) as month_start
    from articles

),

month_articles as (

    select
        cast(date_trunc('month', published_date) as date) as month_start,
        count(*) as total_articles,
        count(distinct outlet) as outlets_with_articles
    from articles
    group by cast(date_trunc('month', published_date) as date)

),

final as (

    select
        spine.month_start,
        strftime(spine.month_start, '%Y-%m') as month_label,
        coalesce(month_articles.total_articles, 0) as total_articles,
        coalesce(month_articles.outlets_with_articles, 0) as outlets_with_articles,
        coalesce(month_articles.total_articles, 0) > 0 as has_articles
    from spine
    left join month_articles
        on spine.month_start = month_articles.month_start

)

select * from final
