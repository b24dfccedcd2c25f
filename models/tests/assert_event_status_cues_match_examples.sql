-- Every event status cue compiles and matches its own example, prepared as int_events prepares
-- report texts (see the lexicon test).

with

cues as (

    select * from {{ ref('event_status_cues') }}

),

checked as (

    select
        cue_id,
        pattern,
        example,
        regexp_extract(
            {{ normalise_text('example') }}, {{ lexicon_regex('pattern') }}
        ) as matched_text,
        regexp_matches(replace(pattern, '[^\pL]', ''), '\[[^\]]*\\pL') as misplaced_letter_class
    from cues

),

final as (

    select * from checked
    where coalesce(matched_text, '') = '' or misplaced_letter_class

)

select * from final
