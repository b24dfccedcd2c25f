-- What the report covers: articles, editions, days.
select
    count(*) as articles,
    count(*) filter (where is_pressure) as pressure_articles,
    count(distinct outlet) as outlets,
    list(distinct outlet order by outlet) as outlet_slugs,
    min(published_date) as first_day,
    max(published_date) as last_day
from marts.articles
