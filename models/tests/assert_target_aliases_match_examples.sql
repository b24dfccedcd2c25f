-- Every gazetteer alias pattern compiles and matches its own example (see the lexicon test).

with

targets as (

    select * from {{ ref('targets') }}

),

checked as (

    select
        target_id,
        lang,
        alias_pattern,
        example,
        regexp_extract(
            {{ normalise_text('example') }}, {{ lexicon_regex('alias_pattern') }}
        ) as matched_text,
        regexp_matches(replace(alias_pattern, '[^\pL]', ''), '\[[^\]]*\\pL')
            as misplaced_letter_class
    from targets

),

final as (

    select * from checked
    where coalesce(matched_text, '') = '' or misplaced_letter_class

)

select * from final
