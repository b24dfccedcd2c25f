-- Every lexicon pattern compiles and matches its own example, prepared exactly as the classifier
-- prepares sentences. A pattern that does not compile makes this test error; one that misses its
-- example, or writes \pL inside a bracket expression other than [^\pL], is returned as a failure.

with

lexicon as (

    select * from {{ ref('lexicon') }}

),

checked as (

    select
        pattern_id,
        pattern,
        example,
        regexp_extract(
            {{ normalise_text('example') }}, {{ lexicon_regex('pattern') }}
        ) as matched_text,
        regexp_matches(replace(pattern, '[^\pL]', ''), '\[[^\]]*\\pL') as misplaced_letter_class
    from lexicon

),

final as (

    select * from checked
    where coalesce(matched_text, '') = '' or misplaced_letter_class

)

select * from final
