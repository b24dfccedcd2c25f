{#-
    Grain: one row per (sentence, matching pattern).
    The regexes are inlined as constants from the seeds (macro load_match_patterns); the compiled
    SQL in target/ shows every pattern exactly as applied. Each pattern is tested only where one
    of its anchors (int_lexicon_anchors: literals any match contains) occurs.
    Incremental: the articles whose sentences were rebuilt in this build are matched again (the
    pre-hook first drops their old hits, so an edit that removed every match leaves none).
-#}
{%- set patterns = load_match_patterns() -%}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    on_schema_change='fail',
    pre_hook=["
        {% if is_incremental() %}
        delete from {{ this }}
        where article_id in (
            select article_id from {{ ref('int_article_sentences') }}
            where staged_at > (
                select coalesce(max(staged_at), '-infinity'::timestamptz) from {{ this }}
            )
        )
        {% else %}select 1{% endif %}
    "],
    post_hook=["
        delete from {{ this }}
        where article_id not in (select article_id from {{ ref('int_articles') }})
    "]
) }}

with

sentences as materialized (

    select * from {{ ref('int_article_sentences') }}
    {% if is_incremental() %}
    where staged_at > (select coalesce(max(staged_at), '-infinity'::timestamptz) from {{ this }})
    {% endif %}

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

candidate_keys as (

    -- united patterns first, chunk by chunk behind their anchors (macro anchored_candidates):
    -- most sentences match nothing, so the pattern-by-pattern pass below sees few sentences
    select distinct
        article_id,
        sentence_index
    from (
        {{ anchored_candidates(patterns, 'sentences') }}
    )

),

candidates as (

    select sentences.*
    from sentences
    semi join candidate_keys
        on
            sentences.article_id = candidate_keys.article_id
            and sentences.sentence_index = candidate_keys.sentence_index

),

target_texts as materialized (

    -- civic words inside a source attribution ("рассказали журналистам") are not targets
    select
        *,
        {{ without_attributions(patterns, 'lang', 'sentence_norm') }} as target_text
    from candidates

),

matches as (

    {{ anchored_hits(patterns, 'target_texts', 'sentence_norm', 'target_text') }}

),

unpacked as (

    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        pattern_id,
        -- patterns match their boundaries (a space, a comma): keep only the words themselves
        regexp_replace(
            matched_text,
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
        unpacked.matched_text,
        get_current_timestamp() as staged_at
    from unpacked
    inner join match_patterns
        on unpacked.pattern_id = match_patterns.pattern_id

)

select * from final
