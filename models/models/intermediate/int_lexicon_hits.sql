{#-
    The regexes are inlined as constants from the seeds (macro load_match_patterns); the compiled
    SQL in target/ shows every pattern exactly as applied.
-#}
{%- set patterns = load_match_patterns() -%}

with

sentences as (

    select * from {{ ref('int_article_sentences') }}

),

lexicon as (

    select * from {{ ref('lexicon') }}

),

targets as (

    select * from {{ ref('targets') }}

),

match_patterns as (

    select
        pattern_id,
        kind as hit_kind,
        category,
        cast(null as varchar) as target_id,
        cast(null as varchar) as target_kind
    from lexicon
    union all
    select
        {{ gazetteer_pattern_id('target_id', 'lang') }} as pattern_id,
        'target' as hit_kind,
        cast(null as varchar) as category,
        target_id,
        kind as target_kind
    from targets

),

candidates as (

    -- united patterns first (macro any_regex_matches): most sentences match nothing, and RE2
    -- tests a union in one pass, so the pattern-by-pattern pass below sees few sentences
    select * from sentences
    where {{ lexicon_prefilter(patterns, 'lang', 'sentence_norm') }}

),

target_texts as (

    -- civic words inside a source attribution ("рассказали журналистам") are not targets
    select
        *,
        {{ without_attributions(patterns, 'lang', 'sentence_norm') }} as target_text
    from candidates

),

matches as (

    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        unnest(
            {{ lexicon_hit_list(patterns, 'lang', 'sentence_norm', 'target_text') }}
        ) as hit
    from target_texts

),

unpacked as (

    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        struct_extract(hit, 'pattern_id') as pattern_id,
        -- patterns match their boundaries (a space, a comma): keep only the words themselves
        regexp_replace(
            struct_extract(hit, 'matched_text'),
            '^[^{{ letter_class() }}0-9]+|[^{{ letter_class() }}0-9]+$',
            '',
            'g'
        ) as matched_text
    from matches

),

final as (

    select
        unpacked.article_id,
        unpacked.sentence_index,
        unpacked.pattern_id,
        unpacked.outlet,
        unpacked.native_id,
        unpacked.lang,
        match_patterns.hit_kind,
        match_patterns.category,
        match_patterns.target_id,
        match_patterns.target_kind,
        unpacked.matched_text
    from unpacked
    inner join match_patterns
        on unpacked.pattern_id = match_patterns.pattern_id

)

select * from final
