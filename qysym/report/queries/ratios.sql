-- The pre-election ratios with their denominators: a ratio is only as good as the weeks behind it.
select
    vote_id,
    vote_name,
    vote_date,
    pre_election_weeks,
    pre_election_weeks_with_articles,
    pre_election_severity_index_mean,
    campaign_weeks,
    campaign_weeks_with_articles,
    baseline_weeks,
    baseline_weeks_with_articles,
    baseline_severity_index_mean,
    pre_election_index_ratio,
    pre_election_share_ratio,
    campaign_index_ratio,
    campaign_share_ratio
from marts.pre_election_ratios
order by vote_date nulls last, vote_id
