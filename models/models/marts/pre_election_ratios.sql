-- Grain: one row per vote of the seed elections. For the pre-election window (the
-- var('pre_election_window_days') days before the vote) and the campaign window (call to vote):
-- the mean weekly severity-weighted index and the mean weekly pressure-article share
-- (weekly_pressure_index), each divided by the same mean over the baseline weeks: weeks outside
-- every pre-election and campaign window and outside the excluded periods (Qantar). Means run
-- over the weeks with articles (a week without any is a coverage gap, counted in *_weeks only);
-- every mean carries its numerator (*_sum) and denominator (*_weeks_with_articles). A ratio is
-- null when its window or the baseline has no week with articles in the data.
with

elections as (

    select * from {{ ref('elections') }}

),

windows as (

    select * from {{ ref('int_calendar_windows') }}

),

window_weeks as (

    select * from {{ ref('election_window_weeks') }}

),

weekly as (

    select * from {{ ref('weekly_pressure_index') }}

),

window_stats as (

    select
        window_weeks.vote_id,
        window_weeks.window_kind,
        count(*) as weeks,
        count(*) filter (where weekly.has_articles) as weeks_with_articles,
        sum(weekly.severity_index) filter (where weekly.has_articles) as severity_index_sum,
        sum(weekly.pressure_share) filter (where weekly.has_articles) as share_sum
    from window_weeks
    inner join weekly
        on window_weeks.week_start = weekly.week_start
    group by window_weeks.vote_id, window_weeks.window_kind

),

window_means as (

    select
        *,
        severity_index_sum / nullif(weeks_with_articles, 0) as severity_index_mean,
        share_sum / nullif(weeks_with_articles, 0) as share_mean
    from window_stats

),

baseline as (

    select
        count(*) as weeks,
        count(*) filter (where has_articles) as weeks_with_articles,
        coalesce(sum(severity_index) filter (where has_articles), 0) as severity_index_sum,
        coalesce(sum(pressure_share) filter (where has_articles), 0) as share_sum
    from weekly
    where is_baseline

),

baseline_means as (

    select
        *,
        severity_index_sum / nullif(weeks_with_articles, 0) as severity_index_mean,
        share_sum / nullif(weeks_with_articles, 0) as share_mean
    from baseline

),

final as (

    select
        elections.vote_id,
        elections.vote_name,
        elections.vote_date,
        elections.called_date,
        elections.is_context_only,

        -- the var('pre_election_window_days') days before the vote
        pre_election_window.first_day as pre_election_first_day,
        pre_election_window.last_day as pre_election_last_day,
        coalesce(pre_election.weeks, 0) as pre_election_weeks,
        coalesce(pre_election.weeks_with_articles, 0) as pre_election_weeks_with_articles,
        coalesce(pre_election.severity_index_sum, 0) as pre_election_severity_index_sum,
        pre_election.severity_index_mean as pre_election_severity_index_mean,
        coalesce(pre_election.share_sum, 0) as pre_election_share_sum,
        pre_election.share_mean as pre_election_share_mean,

        -- call to vote
        campaign_window.first_day as campaign_first_day,
        campaign_window.last_day as campaign_last_day,
        coalesce(campaign.weeks, 0) as campaign_weeks,
        coalesce(campaign.weeks_with_articles, 0) as campaign_weeks_with_articles,
        coalesce(campaign.severity_index_sum, 0) as campaign_severity_index_sum,
        campaign.severity_index_mean as campaign_severity_index_mean,
        coalesce(campaign.share_sum, 0) as campaign_share_sum,
        campaign.share_mean as campaign_share_mean,

        -- the baseline, the same for every vote
        baseline_means.weeks as baseline_weeks,
        baseline_means.weeks_with_articles as baseline_weeks_with_articles,
        baseline_means.severity_index_sum as baseline_severity_index_sum,
        baseline_means.severity_index_mean as baseline_severity_index_mean,
        baseline_means.share_sum as baseline_share_sum,
        baseline_means.share_mean as baseline_share_mean,

        -- the ratios: null when either mean is missing or the baseline mean is 0
        pre_election.severity_index_mean / nullif(baseline_means.severity_index_mean, 0)
            as pre_election_index_ratio,
        pre_election.share_mean / nullif(baseline_means.share_mean, 0)
            as pre_election_share_ratio,
        campaign.severity_index_mean / nullif(baseline_means.severity_index_mean, 0)
            as campaign_index_ratio,
        campaign.share_mean / nullif(baseline_means.share_mean, 0) as campaign_share_ratio

    from elections
    cross join baseline_means
    left join windows as pre_election_window
        on
            elections.vote_id = pre_election_window.vote_id
            and pre_election_window.window_kind = 'pre_election'
    left join window_means as pre_election
        on
            elections.vote_id = pre_election.vote_id
            and pre_election.window_kind = 'pre_election'
    left join windows as campaign_window
        on
            elections.vote_id = campaign_window.vote_id
            and campaign_window.window_kind = 'campaign'
    left join window_means as campaign
        on
            elections.vote_id = campaign.vote_id
            and campaign.window_kind = 'campaign'

)

select * from final
