-- Grain: one row per ISO week (Kazakhstan's clock) of the data range, all categories together:
-- events first reported that week, the severity-weighted index (sum of events x severity), the
-- pressure-article share (articles with a signal in any category over all articles, per outlet,
-- then the equal-weight mean over the outlets with articles), the denominators and the calendar.
with

weeks as (

    select * from {{ ref('int_weeks') }}

),

weekly_events as (

    select * from {{ ref('weekly_events') }}

),

outlet_weeks as (

    select * from {{ ref('weekly_outlet_pressure') }}

),

event_totals as (

    select
        week_start,
        sum(events) as events,
        sum(severity_index) as severity_index,
        sum(multi_source_events) as multi_source_events
    from weekly_events
    group by week_start

),

outlet_shares as (

    select
        week_start,
        -- ordered: a float average must not depend on the order rows arrive in
        avg(share order by outlet) as pressure_share,
        count(share) as outlets_contributing,
        count(*) as outlets_covered,
        list(outlet order by outlet) filter (where has_coverage_gap) as gap_outlets,
        sum(pressure_articles) as pressure_articles
    from outlet_weeks
    group by week_start

),

civic_weeks as (

    -- the civic-events calendar (seed civic_events) episodes overlapping each week
    select
        weeks.week_start,
        list(
            civic_events.event_id
            order by civic_events.first_day
        ) as civic_events
    from weeks
    inner join {{ ref('civic_events') }} as civic_events
        on
            weeks.week_start + interval 6 day >= civic_events.first_day
            and weeks.week_start <= civic_events.last_day
    group by weeks.week_start

),

final as (

    select
        weeks.week_start,
        weeks.iso_year,
        weeks.iso_week,
        weeks.iso_week_label,
        coalesce(event_totals.events, 0) as events,
        coalesce(event_totals.severity_index, 0) as severity_index,
        coalesce(event_totals.multi_source_events, 0) as multi_source_events,
        outlet_shares.pressure_share,
        coalesce(outlet_shares.pressure_articles, 0) as pressure_articles,
        weeks.total_articles,
        coalesce(outlet_shares.outlets_contributing, 0) as outlets_contributing,
        coalesce(outlet_shares.outlets_covered, 0) as outlets_covered,
        -- outlets with a known coverage gap that week (marts.coverage_days)
        coalesce(outlet_shares.gap_outlets, []) as gap_outlets,
        len(coalesce(outlet_shares.gap_outlets, [])) > 0 as has_coverage_gap,
        weeks.has_articles,
        weeks.in_pre_election_window,
        weeks.in_campaign_window,
        weeks.in_baseline_exclusion,
        weeks.is_baseline,
        coalesce(civic_weeks.civic_events, []) as civic_events
    from weeks
    left join event_totals
        on weeks.week_start = event_totals.week_start
    left join outlet_shares
        on weeks.week_start = outlet_shares.week_start
    left join civic_weeks
        on weeks.week_start = civic_weeks.week_start

)

select * from final
