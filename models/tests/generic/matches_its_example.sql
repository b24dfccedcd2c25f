{#
    Fails for every row whose pattern (an RE2 pattern in the lexicon's dialect: \pL for a letter)
    misses its own example sentence, prepared exactly as the classifier prepares sentences, or
    writes \pL inside a bracket expression other than [^\pL]. A pattern that does not compile
    makes the test error. Used on every seed of patterns: lexicon, targets, event status cues,
    state actors, so a bad edit fails the build.
#}
{% test matches_its_example(model, column_name, example) %}

    with checked as (

        select
            {{ column_name }} as pattern,
            {{ example }} as example,
            regexp_extract(
                {{ normalise_text(example) }}, {{ lexicon_regex(column_name) }}
            ) as matched_text,
            regexp_matches(replace({{ column_name }}, '[^\pL]', ''), '\[[^\]]*\\pL')
                as misplaced_letter_class
        from {{ model }}

    )

    select * from checked
    where coalesce(matched_text, '') = '' or misplaced_letter_class

{% endtest %}
