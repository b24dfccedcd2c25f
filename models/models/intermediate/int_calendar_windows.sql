-- Grain: one row per calendar window: each vote's pre-election window (the
-- var('pre_election_window_days') days before the vote) and campaign window (call to vote), and
-- each period excluded from baselines (seed baseline_exclusions: Qantar). A vote without a day
-- yet gets a provisional campaign window to the end of its month and no pre-election window.
with

elections as (

    select * from {{ ref('elections') }}

),

exclusions as (

    select * from {{ ref('baseline_exclusions') }}

),

pre_election_windows as (

    select
        vote_id || ':pre_election' as window_id,
        'pre_election' as window_kind,
        vote_id,
        vote_date - {{ var('pre_election_window_days') }} as first_day,
        vote_date as last_day,
        false as is_provisional,
        -- the Senate vote is indirect: context, not a window that shapes the baseline
        not is_context_only as excludes_from_baseline
    from elections
    where vote_date is not null

),

campaign_windows as (

    select
        vote_id || ':campaign' as window_id,
        'campaign' as window_kind,
        vote_id,
        called_date as first_day,
        coalesce(vote_date, last_day(cast(vote_month || '-01' as date))) as last_day,
        vote_date is null as is_provisional,
        not is_context_only as excludes_from_baseline
    from elections

),

exclusion_windows as (

    select
        period_id as window_id,
        'baseline_exclusion' as window_kind,
        cast(null as varchar) as vote_id,
        first_day,
        last_day,
        false as is_provisional,
        true as excludes_from_baseline
    from exclusions

),

final as (

    select * from pre_election_windows
    union all
    select * from campaign_windows
    union all
    select * from exclusion_windows

)

select * from final
