with

weekly as (

    select * from {{ ref('weekly_pressure') }}

),

elections as (

    select * from {{ ref('elections') }}

),

outlet_weeks as (

    -- an outlet's share pools its editions (languages) for the week
    select
        week_start,
        category,
        outlet,
        sum(pressure_articles) as pressure_articles,
        sum(total_articles) as total_articles
    from weekly
    group by week_start, category, outlet

),

combined as (

    -- equal weights: each outlet with articles that week counts once, whatever its volume
    select
        week_start,
        category,
        -- ordered: a float average must not depend on the order rows arrive in
        avg(pressure_articles / total_articles order by outlet) filter (where total_articles > 0)
            as combined_share,
        count(*) filter (where total_articles > 0) as outlets_contributing,
        count(*) as outlets_covered,
        sum(pressure_articles) as pressure_articles,
        sum(total_articles) as total_articles
    from outlet_weeks
    group by week_start, category

),

votes as (

    -- dated, direct votes; the Senate vote is context only, and a vote without a day yet has no
    -- window
    select
        vote_id,
        vote_date,
        called_date
    from elections
    where not is_context_only and vote_date is not null

),

weeks as (

    select distinct week_start
    from combined

),

week_votes as (

    select
        weeks.week_start,
        bool_or(
            weeks.week_start + 6 >= votes.vote_date - {{ var('pre_election_window_days') }}
            and weeks.week_start <= votes.vote_date
        ) as in_pre_election_window,
        bool_or(
            weeks.week_start + 6 >= votes.called_date
            and weeks.week_start <= votes.vote_date
        ) as in_campaign_window,
        min(votes.vote_date) filter (where votes.vote_date >= weeks.week_start) as next_vote_date,
        arg_min(votes.vote_id, votes.vote_date) filter (where votes.vote_date >= weeks.week_start)
            as next_vote_id
    from weeks
    cross join votes
    group by weeks.week_start

),

final as (

    select
        combined.week_start,
        isoyear(combined.week_start) as iso_year,
        week(combined.week_start) as iso_week,
        strftime(combined.week_start, '%G-W%V') as iso_week_label,
        combined.category,
        combined.combined_share,
        combined.outlets_contributing,
        combined.outlets_covered,
        combined.pressure_articles,
        combined.total_articles,
        coalesce(week_votes.in_pre_election_window, false) as in_pre_election_window,
        coalesce(week_votes.in_campaign_window, false) as in_campaign_window,
        week_votes.next_vote_id,
        week_votes.next_vote_date,
        week_votes.next_vote_date - combined.week_start as days_to_next_vote
    from combined
    left join week_votes
        on combined.week_start = week_votes.week_start

)

select * from final
