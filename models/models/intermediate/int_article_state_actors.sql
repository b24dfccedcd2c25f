{#-
    Grain: one row per (pressure article, state actor) where the actor is named in one of the
    article's evidence sentences (the sentences that made its categories count): who acted, as
    context for the analyst. Actors come from the state_actors seed, each alias pattern inlined
    as a constant (like the lexicon); a body renamed over time (the civil-society ministry)
    counts only for articles published while it bore that name.
    Incremental: the articles whose labels were recomputed in this build are looked at again.
-#}
{%- set actors = load_seed_patterns('state_actors', 'alias_pattern', ['actor_id']) %}
{{ incremental_by_article(kept_by='int_article_labels', restaged_by='int_article_labels') }}

with

labels as (

    select * from {{ ref('int_article_labels') }}
    {% if is_incremental() %}
    where {{ restaged() }}
    {% endif %}

),

articles as (

    select * from {{ ref('int_articles') }}

),

state_actors as (

    select * from {{ ref('state_actors') }}

),

evidence as (

    select distinct
        labels.article_id,
        articles.published_date,
        {{ normalise_text('labels.evidence_sentence') }} as sentence_norm
    from labels
    inner join articles
        on labels.article_id = articles.article_id

),

mentions as (

    {%- if actors | length == 0 %}
    select
        article_id,
        published_date,
        cast(null as varchar) as actor_id
    from evidence
    where false
    {%- endif %}
    {%- for actor in actors %}
    {{ 'union all' if not loop.first }}
    select
        article_id,
        published_date,
        {{ sql_string(actor.actor_id) }} as actor_id
    from evidence
    where regexp_matches(sentence_norm, {{ sql_string(actor.regex) }})
    {%- endfor %}

),

final as (

    select distinct
        mentions.article_id,
        mentions.actor_id,
        state_actors.kind as actor_kind,
        state_actors.name_en as actor_name_en,
        get_current_timestamp() as staged_at
    from mentions
    inner join state_actors
        on mentions.actor_id = state_actors.actor_id
    where
        (state_actors.valid_from is null or mentions.published_date >= state_actors.valid_from)
        and (state_actors.valid_to is null or mentions.published_date < state_actors.valid_to)

)

select * from final
