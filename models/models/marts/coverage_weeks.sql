-- Grain: one row per outlet x ISO week (Kazakhstan's clock): articles landed, gap days (see
-- coverage_days) and the volume against the mean of the outlet's previous 8 complete weeks. A
-- complete week outside var('coverage_volume_low')..var('coverage_volume_high') times that mean is
-- a volume anomaly (a feed that stopped, a crawl that doubled): reported by the warehouse gate.
with

days as (

    select * from {{ ref('coverage_days') }}

),

weeks as (

    select
        outlet,
        week_start,
        sum(articles) as articles,
        count(*) as days_covered,
        count(*) filter (where is_gap) as gap_days,
        list(published_date order by published_date) filter (where is_gap) as gap_dates
    from days
    group by outlet, week_start

),

with_trailing as (

    select
        *,
        avg(articles) filter (where days_covered = 7) over previous_weeks as trailing_mean,
        count(*) filter (where days_covered = 7) over previous_weeks as trailing_weeks
    from weeks
    window previous_weeks as (
        partition by outlet
        order by week_start
        rows between 8 preceding and 1 preceding
    )

),

final as (

    select
        outlet,
        week_start,
        articles,
        days_covered,
        gap_days,
        coalesce(gap_dates, []) as gap_dates,
        gap_days > 0 as has_coverage_gap,
        trailing_mean,
        case
            when days_covered = 7 and trailing_weeks >= 4 and trailing_mean > 0
                then articles / trailing_mean
        end as volume_ratio,
        coalesce(
            days_covered = 7 and trailing_weeks >= 4 and trailing_mean > 0
            and (
                articles < {{ var('coverage_volume_low') }} * trailing_mean
                or articles > {{ var('coverage_volume_high') }} * trailing_mean
            ),
            false
        ) as is_volume_anomaly
    from with_trailing

)

select * from final
