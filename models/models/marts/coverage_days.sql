-- Grain: one row per outlet x day (Kazakhstan's calendar), from the outlet's first day to the
-- last day of the data. A day is a coverage gap when the outlet usually publishes dozens (the
-- median of its previous 28 days is at least var('coverage_min_usual_daily')) and fewer than
-- var('coverage_gap_ratio') of that landed: a blocked site, a broken crawl or a lost batch, not a
-- quiet day. The warehouse gate reports the gaps; weekly marts carry them as flags.
with

articles as (

    select
        outlet,
        published_date
    from {{ ref('int_articles') }}

),

bounds as (

    select
        outlet,
        min(published_date) as first_day
    from articles
    group by outlet

),

last_day as (

    select max(published_date) as last_day
    from articles

),

spine as (

    select
        bounds.outlet,
        cast(day_series.generated_day as date) as published_date
    from bounds
    cross join last_day
    cross join generate_series(
        cast(bounds.first_day as timestamp),
        cast(last_day.last_day as timestamp),
        interval '1 day'
    ) as day_series (generated_day)

),

counts as (

    select
        outlet,
        published_date,
        count(*) as articles
    from articles
    group by outlet, published_date

),

daily as (

    select
        spine.outlet,
        spine.published_date,
        coalesce(counts.articles, 0) as articles
    from spine
    left join counts
        on
            spine.outlet = counts.outlet
            and spine.published_date = counts.published_date

),

usual as (

    select
        *,
        median(articles) over previous_days as usual_articles,
        count(*) over previous_days as history_days
    from daily
    window previous_days as (
        partition by outlet
        order by published_date
        rows between 28 preceding and 1 preceding
    )

),

final as (

    select
        outlet,
        published_date,
        cast(date_trunc('week', published_date) as date) as week_start,
        articles,
        usual_articles,
        history_days,
        -- the days the rule applies to: enough history, an outlet that usually publishes dozens
        history_days >= 14
        and usual_articles >= {{ var('coverage_min_usual_daily') }} as is_checked,
        case
            when history_days >= 14 and usual_articles >= {{ var('coverage_min_usual_daily') }}
                then articles / usual_articles
        end as share_of_usual,
        coalesce(
            history_days >= 14
            and usual_articles >= {{ var('coverage_min_usual_daily') }}
            and articles < {{ var('coverage_gap_ratio') }} * usual_articles,
            false
        ) as is_gap
    from usual

)

select * from final
