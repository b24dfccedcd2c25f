{#-
    Grain: one row per retracted article: what `qysym retract` removed from the publication, when,
    by whom and why (the log in <data>/retractions/retractions.jsonl, which is never rewritten).
    No other model holds these articles; the warehouse gate's nothing_published_is_lost check
    accepts the loss of exactly these.
-#}
with

logged as (

    select * from {{ retractions_relation() }}

),

final as (

    select
        outlet,
        native_id,
        outlet || ':' || native_id as article_id,
        reason,
        cast(retracted_at as timestamptz) as retracted_at,
        retracted_by
    from logged
    -- the first retraction of an article is the one that removed it
    qualify row_number() over (
        partition by outlet, native_id
        order by retracted_at, reason
    ) = 1

)

select * from final
