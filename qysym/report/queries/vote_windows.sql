-- Each vote's windows (the weeks before the vote, and the campaign from its call), for shading.
select
    vote_id,
    vote_name,
    vote_date,
    pre_election_first_day,
    pre_election_last_day,
    campaign_first_day,
    campaign_last_day
from marts.pre_election_ratios
where vote_date is not null
order by vote_date
