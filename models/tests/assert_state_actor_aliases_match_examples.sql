-- Every state-actor alias pattern compiles and matches its own example (see the lexicon test).

with

state_actors as (

    select * from {{ ref('state_actors') }}

),

checked as (

    select
        actor_id,
        alias_pattern,
        example,
        regexp_extract(
            {{ normalise_text('example') }}, {{ lexicon_regex('alias_pattern') }}
        ) as matched_text
    from state_actors

),

final as (

    select * from checked
    where coalesce(matched_text, '') = ''

)

select * from final
