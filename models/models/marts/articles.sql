{#-
    Grain: one row per article (latest version), with its labels and evidence.
    Incremental like the article models: the articles int_articles recomputed in this build
    (their labels and state actors were recomputed with them) are rebuilt here.
-#}
{{ incremental_by_article(kept_by='int_articles') }}

with

articles as (

    select * from {{ ref('int_articles') }}
    {% if is_incremental() %}
    where {{ restaged() }}
    {% endif %}

),

labels as (

    select all_labels.*
    from {{ ref('int_article_labels') }} as all_labels
    semi join articles
        on all_labels.article_id = articles.article_id

),

categories as (

    select * from {{ ref('categories') }}

),

state_actors as (

    -- who acted, by the evidence sentences (context; see int_article_state_actors)
    select
        actors.article_id,
        list(
            actors.actor_id
            order by actors.actor_id
        ) as state_actors
    from {{ ref('int_article_state_actors') }} as actors
    semi join articles
        on actors.article_id = articles.article_id
    group by actors.article_id

),

labels_with_severity as (

    select
        labels.*,
        categories.severity
    from labels
    inner join categories
        on labels.category = categories.code

),

article_labels as (

    select
        article_id,
        list(
            category
            order by category
        ) as categories,
        list_sort(list_distinct(flatten(list(target_ids)))) as targets,
        max(severity) as severity,
        min(evidence_sentence_index) as evidence_sentence_index,
        list(
            {
                'category': category,
                'severity': severity,
                'sentence_index': evidence_sentence_index,
                'sentence': evidence_sentence,
                'action_pattern_ids': evidence_action_pattern_ids,
                'action_terms': evidence_action_terms,
                'target_ids': evidence_target_ids
            }
            order by category
        ) as signals
    from labels_with_severity
    group by article_id

),

evidence as (

    -- the article's evidence is its first signal sentence (the headline when it qualifies),
    -- with every pattern that made any category count in it
    select
        labels.article_id,
        any_value(labels.evidence_sentence) as evidence_sentence,
        list_sort(list_distinct(flatten(list(labels.evidence_action_pattern_ids))))
            as evidence_pattern_ids,
        list_sort(list_distinct(flatten(list(labels.evidence_action_terms)))) as evidence_terms,
        list_sort(list_distinct(flatten(list(labels.evidence_target_ids))))
            as evidence_target_ids
    from labels
    inner join article_labels
        on
            labels.article_id = article_labels.article_id
            and labels.evidence_sentence_index = article_labels.evidence_sentence_index
    group by labels.article_id

),

final as (

    select
        articles.article_id,
        articles.outlet,
        articles.lang,
        articles.native_id,
        articles.url,
        articles.title,
        articles.section,
        articles.published_at,
        articles.published_date,
        articles.week_start,
        articles.iso_year,
        articles.iso_week,
        articles.iso_week_label,
        articles.version_count,
        article_labels.article_id is not null as is_pressure,
        coalesce(article_labels.categories, []) as categories,
        coalesce(article_labels.targets, []) as targets,
        coalesce(article_labels.severity, 0) as severity,
        article_labels.evidence_sentence_index,
        evidence.evidence_sentence,
        evidence.evidence_pattern_ids,
        evidence.evidence_terms,
        evidence.evidence_target_ids,
        article_labels.signals,
        coalesce(state_actors.state_actors, []) as state_actors,
        get_current_timestamp() as staged_at
    from articles
    left join article_labels
        on articles.article_id = article_labels.article_id
    left join evidence
        on articles.article_id = evidence.article_id
    left join state_actors
        on articles.article_id = state_actors.article_id

)

select * from final
