-- Grain: one row per ISO week (Monday, Kazakhstan's clock) from the first to the last week of the
-- data, with or without articles: the week spine of the event indicators. A week without any
-- article stays a row (total_articles 0), a coverage gap rather than a week without pressure.
with

articles as (

    select * from {{ ref('int_articles') }}

),

windows as (

    select * from {{ ref('int_calendar_windows') }}

),

spine as (

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

week_articles as (

    select
        week_start,
        count(*) as total_articles,
        count(distinct outlet) as outlets_with_articles
    from articles
    group by week_start

),

week_windows as (

    -- a week is in a window when any of its seven days is
    select
        spine.week_start,
        bool_or(windows.window_kind = 'pre_election' and windows.excludes_from_baseline)
            as in_pre_election_window,
        bool_or(windows.window_kind = 'campaign' and windows.excludes_from_baseline)
            as in_campaign_window,
        bool_or(windows.window_kind = 'baseline_exclusion') as in_baseline_exclusion,
        bool_or(windows.excludes_from_baseline) as is_excluded_from_baseline
    from spine
    inner join windows
        on
            spine.week_start + 6 >= windows.first_day
            and spine.week_start <= windows.last_day
    group by spine.week_start

),

final as (

    select
        spine.week_start,
        isoyear(spine.week_start) as iso_year,
        week(spine.week_start) as iso_week,
        strftime(spine.week_start, '%G-W%V') as iso_week_label,
        coalesce(week_articles.total_articles, 0) as total_articles,
        coalesce(week_articles.outlets_with_articles, 0) as outlets_with_articles,
        coalesce(week_articles.total_articles, 0) > 0 as has_articles,
        coalesce(week_windows.in_pre_election_window, false) as in_pre_election_window,
        coalesce(week_windows.in_campaign_window, false) as in_campaign_window,
        coalesce(week_windows.in_baseline_exclusion, false) as in_baseline_exclusion,
        not coalesce(week_windows.is_excluded_from_baseline, false) as is_baseline
    from spine
    left join week_articles
        on spine.week_start = week_articles.week_start
    left join week_windows
        on spine.week_start = week_windows.week_start

)

select * from final
