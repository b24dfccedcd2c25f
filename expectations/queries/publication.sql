-- Warehouse gate, suite warehouse_publication: per outlet, edition and publication day of the
-- previous publication (attached as "previous"), its articles and how many of them this build
-- lost without a retraction (marts.retractions: every build has it, empty without a log).
with before as (
    select
        outlet,
        lang,
        native_id,
        published_date
    from previous.marts.articles
),

kept as (
    select
        outlet,
        native_id
    from marts.articles
),

retracted as (
    select
        outlet,
        native_id
    from marts.retractions
)

select
    before.outlet,
    before.lang,
    cast(before.published_date as varchar) as day,
    count(*) as published_before,
    count(*) filter (where kept.native_id is null and retracted.native_id is null) as lost,
    coalesce(array_to_string((
        list(before.outlet || ':' || before.native_id order by before.native_id)
            filter (where kept.native_id is null and retracted.native_id is null)
    )[1:3], ', '), '') as lost_examples
from before
left join kept using (outlet, native_id)
left join retracted using (outlet, native_id)
group by all
order by before.outlet, before.lang, day
