-- Acceptance question (a): each outlet's weekly pressure-article share in the 90 days before the
-- vote of 10 January 2021 (the weeks of its pre-election window) against the baseline weeks
-- (outside every pre-election and campaign window and outside Qantar). Means run over the weeks
-- in which the outlet published anything; weeks without articles are counted, not averaged.
with

outlet_weeks as (

    select * from {{ ref('weekly_outlet_pressure') }}

),

window_weeks as (

    select week_start
    from {{ ref('election_window_weeks') }}
    where vote_id = 'parliament_2021' and window_kind = 'pre_election'

),

flagged as (

    select
        outlet_weeks.*,
        window_weeks.week_start is not null as in_window
    from outlet_weeks
    left join window_weeks
        on outlet_weeks.week_start = window_weeks.week_start

),

final as (

    select
        outlet,
        count(*) filter (where in_window) as window_weeks,
        count(share) filter (where in_window) as window_weeks_with_articles,
        sum(pressure_articles) filter (where in_window) as window_pressure_articles,
        sum(total_articles) filter (where in_window) as window_articles,
        avg(share) filter (where in_window) as window_mean_share,
        count(*) filter (where is_baseline) as baseline_weeks,
        count(share) filter (where is_baseline) as baseline_weeks_with_articles,
        avg(share) filter (where is_baseline) as baseline_mean_share,
        avg(share) filter (where in_window)
        / nullif(avg(share) filter (where is_baseline), 0) as ratio
    from flagged
    group by outlet

)

select * from final
order by outlet
