-- The named targets of the most pressure events (an event is one incident, however many
-- articles reported it); unnamed targets ("an NGO") are counted by kind elsewhere.
select
    coalesce(target_name_en, target_id) as target,
    target_kind,
    count(*) as events,
    sum(n_articles) as articles,
    string_agg(distinct category, ', ' order by category) as categories
from marts.pressure_events
where target_id is not null and not starts_with(target_id, 'kind:')
group by all
order by events desc, articles desc, target
limit $limit
