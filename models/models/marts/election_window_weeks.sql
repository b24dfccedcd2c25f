-- Grain: one row per vote x window (pre_election, campaign) x ISO week of the data range that
-- overlaps the window: which weeks a pre-election ratio averages (pre_election_ratios), for
-- analysts to join to any weekly mart.
with

windows as (

    select * from {{ ref('int_calendar_windows') }}

),

weeks as (

    select * from {{ ref('int_weeks') }}

),

final as (

    select
        windows.vote_id,
        windows.window_kind,
        weeks.week_start,
        weeks.iso_week_label,
        windows.first_day as window_first_day,
        windows.last_day as window_last_day,
        windows.is_provisional,
        weeks.has_articles
    from windows
    inner join weeks
        on
            windows.first_day <= weeks.week_start + 6
            and windows.last_day >= weeks.week_start
    where windows.vote_id is not null

)

select * from final
