-- Grain: one row per event x article (event membership). An event is one real-world incident of
-- one category (design/indicators.md, "Event"); an article is in one event per category it
-- carries, and per named target it names in that category.
--   * Structured keys first: the reports of one category and one named target (a target id from
--     the article's labels, not a generic kind:<kind> word) chain into one event while each report
--     is published within var('event_window_days') days of the previous one; a longer gap starts
--     a new event.
--   * Reports without a named target are linked by text instead: within one category, two reports
--     at most var('event_window_days') days apart are linked when the Jaccard similarity of their
--     word stems (headline and evidence sentence) reaches var('event_similarity_threshold');
--     an event is a group of reports linked directly or through other reports.
-- Categories never merge. event_id is md5(category | target | first report's article_id).
-- Incremental: reports link only within the window, so an event none of whose reports is within
-- the window of a new, changed or removed report cannot change. The pre-hook (macro
-- forget_affected_events) drops the events that can; this build clusters the reports that are
-- not in the table any more (theirs, and the new ones) and nothing else. Same rows as a full
-- refresh (tests/models/test_incremental.py).
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='report_key',
    on_schema_change='fail',
    pre_hook=["{{ forget_affected_events() }}"]
) }}
{%- set cues = load_seed_patterns('event_status_cues', 'pattern', ['cue_id', 'status', 'lang']) %}

with

labels as (

    select * from {{ ref('int_article_labels') }}

),

articles as (

    select * from {{ ref('int_articles') }}

),

label_targets as (

    select
        article_id,
        category,
        unnest(target_ids) as target_id
    from labels

),

named_reports as (

    -- generic words (НКО, активист, ҮЕҰ: target ids kind:<kind>) do not resolve a target
    select distinct
        article_id,
        category,
        target_id
    from label_targets
    where not starts_with(target_id, 'kind:')

),

reports as (

    -- each label once per named target, or once with no target when it names none
    select
        article_id,
        category,
        target_id
    from named_reports
    union all
    select
        labels.article_id,
        labels.category,
        cast(null as varchar) as target_id
    from labels
    where
        not exists (
            select 1 as resolved
            from named_reports
            where
                named_reports.article_id = labels.article_id
                and named_reports.category = labels.category
        )

),

all_dated_reports as (

    select
        reports.article_id || '|' || reports.category || '|' || coalesce(reports.target_id, '')
            as report_key,
        reports.article_id,
        reports.category,
        reports.target_id,
        articles.outlet,
        articles.lang,
        articles.published_at,
        articles.published_date,
        articles.week_start,
        articles.title,
        labels.evidence_sentence
    from reports
    inner join articles
        on reports.article_id = articles.article_id
    inner join labels
        on
            reports.article_id = labels.article_id
            and reports.category = labels.category

),

dated_reports as (

    -- the reports to cluster in this build: all of them, or (incremental) those not in the
    -- table: new reports and the reports of the events the pre-hook dropped
    select * from all_dated_reports
    {% if is_incremental() %}
    where report_key not in (select report_key from {{ this }})
    {% endif %}

),

-- structured keys: category + named target, chained by publication date ---------------------

keyed_gaps as (

    select
        *,
        published_date - lag(published_date) over (
            partition by category, target_id
            order by published_at, article_id
        ) as days_since_previous
    from dated_reports
    where target_id is not null

),

keyed_chains as (

    select
        *,
        sum(
            cast(
                days_since_previous is null
                or days_since_previous > {{ var('event_window_days') }} as integer
            )
        ) over (
            partition by category, target_id
            order by published_at, article_id
            rows between unbounded preceding and current row
        ) as chain_number
    from keyed_gaps

),

keyed_events as (

    select
        article_id,
        category,
        target_id,
        'target' as clustered_by,
        first_value(article_id) over (
            partition by category, target_id, chain_number
            order by published_at, article_id
        ) as first_article_id
    from keyed_chains

),

-- unresolved targets: text similarity within a category and the time window -----------------

unresolved as (

    select
        *,
        row_number() over (order by published_at, article_id, category) as report_rank
    from dated_reports
    where target_id is null

),

unresolved_words as (

    select
        report_rank,
        unnest(
            regexp_split_to_array(
                {{ normalise_text("title || ' | ' || evidence_sentence") }},
                '[^{{ letter_class() }}0-9]+'
            )
        ) as word
    from unresolved

),

unresolved_stems as (

    -- words of three letters or more (no prepositions), cut to a common stem length so that
    -- inflections of one word (задержали, задержание) count as the same word; kept as sorted
    -- hashes (integer lists intersect several times faster than string lists)
    select
        report_rank,
        list(distinct hash(left(word, {{ var('event_similarity_stem_length') }}))) as stems
    from unresolved_words
    where length(word) >= 3
    group by report_rank

),

sized_stems as (

    select
        unresolved.report_rank,
        unresolved.category,
        unresolved.published_date,
        unresolved_stems.stems,
        len(unresolved_stems.stems) as stem_count
    from unresolved
    inner join unresolved_stems
        on unresolved.report_rank = unresolved_stems.report_rank

),

window_days as (

    select cast(range as integer) as day_offset
    from range(0, {{ var('event_window_days') }} + 1)

),

candidate_pairs as (

    -- pairs of reports in one category at most the window apart, found by an equality join on
    -- (category, day) for each day offset; Jaccard = |A n B| / (|A| + |B| - |A n B|) cannot
    -- reach the threshold t when one set is under t times the other's size, so such pairs are
    -- never intersected
    select
        earlier.report_rank as earlier_rank,
        later.report_rank as later_rank,
        earlier.stem_count as earlier_count,
        later.stem_count as later_count,
        len(list_intersect(earlier.stems, later.stems)) as shared_count
    from sized_stems as earlier
    cross join window_days
    inner join sized_stems as later
        on
            earlier.category = later.category
            and later.published_date = earlier.published_date + window_days.day_offset
    where
        earlier.report_rank < later.report_rank
        and later.stem_count >= {{ var('event_similarity_threshold') }} * earlier.stem_count
        and earlier.stem_count >= {{ var('event_similarity_threshold') }} * later.stem_count

),

similar_pairs as (

    select
        earlier_rank,
        later_rank
    from candidate_pairs
    where
        shared_count / (earlier_count + later_count - shared_count)
        >= {{ var('event_similarity_threshold') }}

),

links as (

    select
        earlier_rank as from_rank,
        later_rank as to_rank
    from similar_pairs
    union all
    select
        later_rank as from_rank,
        earlier_rank as to_rank
    from similar_pairs

),

reachable as (

    -- every report reaches itself and whatever its links reach (union: each pair once, so the
    -- recursion ends when nothing new is reached); nested so that the model's own with-clause
    -- stays plain for dbt (unit-test fixtures and ephemeral models are injected into it)
    with recursive reach as (
        select
            report_rank,
            report_rank as reached_rank
        from unresolved
        union
        select
            reach.report_rank,
            links.to_rank as reached_rank
        from reach
        inner join links
            on reach.reached_rank = links.from_rank
    )

    select * from reach

),

text_groups as (

    -- a group's first report is the earliest one reachable: the same for all its members
    select
        report_rank,
        min(reached_rank) as first_rank
    from reachable
    group by report_rank

),

text_events as (

    select
        unresolved.article_id,
        unresolved.category,
        unresolved.target_id,
        'text' as clustered_by,
        first_report.article_id as first_article_id
    from unresolved
    inner join text_groups
        on unresolved.report_rank = text_groups.report_rank
    inner join unresolved as first_report
        on text_groups.first_rank = first_report.report_rank

),

memberships as (

    select * from keyed_events
    union all
    select * from text_events

),

-- status cues: a report of a reversal (a fine cancelled, detainees released) or an announcement

report_texts as (

    select distinct
        article_id,
        category,
        lang,
        {{ normalise_text("title || ' | ' || evidence_sentence") }} as report_text
    from dated_reports

),

report_cues as (

    -- each cue's regex inlined as a constant (macro load_seed_patterns)
    select
        article_id,
        category,
        bool_or(status = 'reversed') as has_reversal_cue,
        bool_or(status = 'announced') as has_announcement_cue
    from (
        {%- if cues is none %}
        select
            report_texts.article_id,
            report_texts.category,
            status_cues.status
        from report_texts
        inner join {{ ref('event_status_cues') }} as status_cues
            on
                report_texts.lang = status_cues.lang
                and regexp_matches(
                    report_texts.report_text, {{ lexicon_regex('status_cues.pattern') }}
                )
        {%- else %}
        select
            article_id,
            category,
            cast(null as varchar) as status
        from report_texts
        where false
        {%- for cue in cues %}
        union all
        select
            article_id,
            category,
            {{ sql_string(cue.status) }} as status
        from report_texts
        where
            lang = {{ sql_string(cue.lang) }}
            and regexp_matches(report_text, {{ sql_string(cue.regex) }})
        {%- endfor %}
        {%- endif %}
    ) as cue_matches
    group by article_id, category

),

final as (

    select
        md5(
            memberships.category
            || '|' || coalesce(memberships.target_id, '')
            || '|' || memberships.first_article_id
        ) as event_id,
        dated_reports.report_key,
        memberships.article_id,
        memberships.category,
        memberships.target_id,
        memberships.clustered_by,
        memberships.first_article_id,
        row_number() over (
            partition by
                memberships.category,
                memberships.target_id,
                memberships.first_article_id
            order by dated_reports.published_at, memberships.article_id
        ) as report_number,
        dated_reports.outlet,
        dated_reports.lang,
        dated_reports.published_at,
        dated_reports.published_date,
        dated_reports.week_start,
        case
            when report_cues.has_reversal_cue then 'reversed'
            when report_cues.has_announcement_cue then 'announced'
            else 'imposed'
        end as report_status,
        -- when this build clustered the report: the incremental watermark
        get_current_timestamp() as staged_at
    from memberships
    inner join dated_reports
        on
            memberships.article_id = dated_reports.article_id
            and memberships.category = dated_reports.category
            and memberships.target_id is not distinct from dated_reports.target_id
    left join report_cues
        on
            memberships.article_id = report_cues.article_id
            and memberships.category = report_cues.category

)

select * from final
