with

hits as (

    select * from {{ ref('int_lexicon_hits') }}

),

sentences as (

    select * from {{ ref('int_article_sentences') }}

),

sentence_targets as (

    select
        article_id,
        sentence_index,
        list(
            distinct target_id
            order by target_id
        ) as target_ids
    from hits
    where hit_kind = 'target'
    group by article_id, sentence_index

),

sentence_noise as (

    -- category 'any' marks text that is never civic pressure (other countries, ordinary crime,
    -- traffic, gambling): it vetoes every category in its sentence
    select distinct
        article_id,
        sentence_index,
        category
    from hits
    where hit_kind = 'noise'

),

foreign_or_unrelated_articles as (

    -- a category-'any' noise match in the headline (sentence 0) vetoes the whole article:
    -- "В Грузии приняли закон об иноагентах" is about Georgia in every sentence
    select distinct article_id
    from sentence_noise
    where sentence_index = 0 and category = 'any'

),

sentence_actions as (

    select
        article_id,
        sentence_index,
        category,
        any_value(outlet) as outlet,
        any_value(native_id) as native_id,
        any_value(lang) as lang,
        list(
            pattern_id
            order by pattern_id
        ) as action_pattern_ids,
        list(
            matched_text
            order by pattern_id
        ) as action_terms
    from hits
    where hit_kind = 'action'
    group by article_id, sentence_index, category

),

signals as (

    -- the gate: an action of the category and a civic target in the same sentence, no noise of
    -- that category (or of any category) in it, and no veto on the article
    select
        sentence_actions.*,
        sentence_targets.target_ids
    from sentence_actions
    inner join sentence_targets
        on
            sentence_actions.article_id = sentence_targets.article_id
            and sentence_actions.sentence_index = sentence_targets.sentence_index
    where
        not exists (
            select 1 as vetoed
            from sentence_noise
            where
                sentence_noise.article_id = sentence_actions.article_id
                and sentence_noise.sentence_index = sentence_actions.sentence_index
                and sentence_noise.category in (sentence_actions.category, 'any')
        )
        and not exists (
            select 1 as vetoed
            from foreign_or_unrelated_articles
            where foreign_or_unrelated_articles.article_id = sentence_actions.article_id
        )

),

category_signals as (

    select
        article_id,
        category,
        count(*) as signal_sentence_count,
        min(sentence_index) as evidence_sentence_index,
        list_sort(list_distinct(flatten(list(target_ids)))) as target_ids
    from signals
    group by article_id, category

),

final as (

    select
        category_signals.article_id,
        category_signals.category,
        signals.outlet,
        signals.native_id,
        signals.lang,
        category_signals.signal_sentence_count,
        category_signals.evidence_sentence_index,
        sentences.sentence_text as evidence_sentence,
        signals.action_pattern_ids as evidence_action_pattern_ids,
        signals.action_terms as evidence_action_terms,
        signals.target_ids as evidence_target_ids,
        category_signals.target_ids
    from category_signals
    inner join signals
        on
            category_signals.article_id = signals.article_id
            and category_signals.category = signals.category
            and category_signals.evidence_sentence_index = signals.sentence_index
    left join sentences
        on
            category_signals.article_id = sentences.article_id
            and category_signals.evidence_sentence_index = sentences.sentence_index

)

select * from final
