-- Every label (article x category passing the gate) is a report of exactly one event per named
-- target it carries, or of one event when it names none: no signal is lost or doubled between
-- articles and events.

with

labels as (

    select * from {{ ref('int_article_labels') }}

),

events as (

    select * from {{ ref('int_events') }}

),

label_targets as (

    select
        article_id,
        category,
        unnest(target_ids) as target_id
    from labels

),

expected as (

    select
        article_id,
        category,
        greatest(
            count(distinct target_id) filter (where not starts_with(target_id, 'kind:')), 1
        ) as expected_events
    from label_targets
    group by article_id, category

),

found as (

    select
        article_id,
        category,
        count(distinct event_id) as events
    from events
    group by article_id, category

),

final as (

    select
        labels.article_id,
        labels.category,
        expected.expected_events,
        coalesce(found.events, 0) as events
    from labels
    left join expected
        on
            labels.article_id = expected.article_id
            and labels.category = expected.category
    left join found
        on
            labels.article_id = found.article_id
            and labels.category = found.category
    where coalesce(found.events, 0) <> coalesce(expected.expected_events, 1)

)

select * from final
