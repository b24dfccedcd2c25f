-- The weeks of the highest index, with the articles of every event first reported in them:
-- what a reader checks before quoting a spike.
with weeks as (

    select
        week_start,
        sum(severity_index) as severity_index,
        sum(events) as events
    from marts.weekly_events
    group by week_start
    having sum(events) > 0
    order by severity_index desc, week_start
    limit $weeks

),

behind as (

    select
        weeks.week_start,
        weeks.severity_index as week_index,
        weeks.events as week_events,
        events.event_id,
        events.category,
        events.severity,
        events.target_name_en,
        unnest(events.article_ids) as article_id
    from weeks
    inner join marts.pressure_events as events
        on weeks.week_start = events.first_week_start

),

per_article as (

    -- an article that reports two events (two targets, say) is listed once, with both
    select
        week_start,
        week_index,
        week_events,
        article_id,
        max(severity) as severity,
        list(distinct category order by category) as categories,
        list(distinct target_name_en order by target_name_en)
            filter (where target_name_en is not null) as targets,
        list(event_id order by event_id) as event_ids
    from behind
    group by all

)

select
    per_article.week_start,
    per_article.week_index,
    per_article.week_events,
    per_article.categories,
    per_article.targets,
    per_article.event_ids,
    articles.article_id,
    articles.outlet,
    articles.lang,
    articles.published_at,
    articles.title,
    articles.url,
    articles.evidence_sentence
from per_article
inner join marts.articles as articles
    on per_article.article_id = articles.article_id
order by per_article.week_index desc, per_article.week_start, per_article.severity desc,
    articles.published_at, articles.article_id
