with

articles as (

    select * from {{ ref('int_articles') }}

),

parts as (

    select
        article_id,
        outlet,
        native_id,
        lang,
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
        {{ normalise_text('sentence_text') }} as sentence_norm
    from sentences

)

select * from final
