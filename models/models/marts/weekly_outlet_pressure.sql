-- Grain: one row per outlet x ISO week (Kazakhstan's clock), from the outlet's first week to the
-- last week of the data: articles with a signal in any category over all the outlet's articles
-- (editions pooled), with the calendar flags of the week. A week without articles is a row with
-- total_articles 0 and share null: a coverage gap, not "no pressure"; has_coverage_gap flags a week
-- with a gap day (marts.coverage_days).
with

articles as (

    select * from {{ ref('articles') }}

),

weeks as (

    select * from {{ ref('int_weeks') }}

),

coverage as (

    select * from {{ ref('coverage_weeks') }}

),

outlets as (

    select
        outlet,
        min(week_start) as first_week
    from articles
    group by outlet

),

counts as (

    select
        outlet,
        week_start,
        count(*) filter (where is_pressure) as pressure_articles,
        count(*) as total_articles
    from articles
    group by outlet, week_start

),

final as (

    select
        outlets.outlet,
        weeks.week_start,
        weeks.iso_year,
        weeks.iso_week,
        weeks.iso_week_label,
        coalesce(counts.pressure_articles, 0) as pressure_articles,
        coalesce(counts.total_articles, 0) as total_articles,
        coalesce(counts.total_articles, 0) > 0 as has_articles,
        case
            when counts.total_articles > 0
                then counts.pressure_articles / counts.total_articles
        end as share,
        -- known coverage gaps (marts.coverage_days): the share rests on incomplete data
        coalesce(coverage.has_coverage_gap, false) as has_coverage_gap,
        coalesce(coverage.gap_days, 0) as gap_days,
        weeks.in_pre_election_window,
        weeks.in_campaign_window,
        weeks.in_baseline_exclusion,
        weeks.is_baseline
    from outlets
    inner join weeks
        on outlets.first_week <= weeks.week_start
    left join counts
        on
            outlets.outlet = counts.outlet
            and weeks.week_start = counts.week_start
    left join coverage
        on
            outlets.outlet = coverage.outlet
            and weeks.week_start = coverage.week_start

)

select * from final
