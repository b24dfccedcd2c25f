{#-
    Grain: one row per sentence of an article's latest version (title, lead, body in order).
    Incremental: only the articles int_articles recomputed in this build are split again.
-#}
{{ incremental_by_article(kept_by='int_articles') }}

with

articles as (

    select * from {{ ref('int_articles') }}
    {% if is_incremental() %}
    where {{ restaged() }}
    {% endif %}

),

parts as (

    select
        article_id,
        outlet,
        native_id,
        lang,
        staged_at,
        1 as part_order,
        'title' as part,
        title as part_text
    from articles
    union all
    select
        article_id,
        outlet,
        native_id,
        lang,
        staged_at,
        2 as part_order,
        'lead' as part,
        lead as part_text
    from articles
    union all
    select
        article_id,
        outlet,
        native_id,
        lang,
        staged_at,
        3 as part_order,
        'body' as part,
        body as part_text
    from articles

),

split_parts as (

    select
        article_id,
        outlet,
        native_id,
        lang,
        staged_at,
        part_order,
        part,
        {{ split_sentences('part_text') }} as pieces
    from parts

),

pieces as (

    select
        article_id,
        outlet,
        native_id,
        lang,
        staged_at,
        part_order,
        part,
        trim(unnest(pieces)) as piece_text,
        generate_subscripts(pieces, 1) as piece_index
    from split_parts

),

sentences as (

    select
        article_id,
        outlet,
        native_id,
        lang,
        staged_at,
        part,
        piece_text as sentence_text,
        row_number() over (
            partition by article_id
            order by part_order, piece_index
        ) - 1 as sentence_index
    from pieces
    where piece_text <> ''

),

final as (

    select
        article_id,
        sentence_index,
        outlet,
        native_id,
        lang,
        part,
        sentence_text,
        {{ normalise_text(kazakh_in_cyrillic('sentence_text', 'lang')) }} as sentence_norm,
        get_current_timestamp() as staged_at
    from sentences

)

select * from final
