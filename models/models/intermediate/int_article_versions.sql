{#-
    Grain: one row per article version (outlet, native_id, content_hash).
    Incremental: a build recomputes only the articles with a line in a batch staged by this build
    (new, or rebuilt by a reparse), or that had one in such a batch or in a batch that left the
    landing zone; a full refresh gives the same rows (staged_at aside, which is load metadata).
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    on_schema_change='fail',
    post_hook=["
        delete from {{ this }}
        where article_id not in (
            select outlet || ':' || native_id from {{ ref('stg_landing__article_versions') }}
        )
    "]
) }}

with

all_landed as (

    -- every registered outlet's landed lines (one staging model reads them all)
    select * from {{ ref('stg_landing__article_versions') }}

),

{% if is_incremental() %}

landed_keys as (

    -- narrow: where each landed line came from (change detection reads no text)
    select
        outlet,
        native_id,
        landed_file,
        staged_at
    from {{ ref('stg_landing__article_versions') }}

),

touched_files as (

    -- batches staged by this build: new, or rebuilt in place by `qysym reparse`
    select distinct landed_file
    from landed_keys
    where {{ restaged() }}

),

previous_files as (

    -- the batches each article's versions were built from in the previous builds
    select
        outlet,
        native_id,
        unnest(landed_files) as landed_file
    from {{ this }}

),

changed_files as (

    -- touched batches, and batches that left the landing zone (quarantined, removed)
    select landed_file from touched_files
    union
    select previous_files.landed_file
    from previous_files
    anti join (select distinct landed_file from landed_keys) as present
        on previous_files.landed_file = present.landed_file

),

changed_articles as (

    -- articles with a line in a touched batch, and articles that had a line in a changed
    -- batch (a rerun may have dropped it, a removed batch took it away)
    select
        landed_keys.outlet,
        landed_keys.native_id
    from landed_keys
    semi join touched_files
        on landed_keys.landed_file = touched_files.landed_file
    union
    select
        previous_files.outlet,
        previous_files.native_id
    from previous_files
    semi join changed_files
        on previous_files.landed_file = changed_files.landed_file

),

landed as (

    select * from all_landed
    semi join changed_articles
        on
            all_landed.outlet = changed_articles.outlet
            and all_landed.native_id = changed_articles.native_id

),

{% else %}

landed as (

    select * from all_landed

),

{% endif %}

fetch_stats as (

    -- one row per version from the narrow columns only (grouping wide text is what costs at a
    -- million articles): a version re-crawled in several batches keeps the attributes of its
    -- first fetch, so adding a later batch never changes a version's url, timestamps or
    -- provenance
    select
        outlet,
        native_id,
        content_hash,
        first(landed_file order by fetched_at, run_id, landed_file) as first_landed_file,
        first(run_id order by fetched_at, run_id, landed_file) as first_run_id,
        min(fetched_at) as first_seen_at,
        max(fetched_at) as last_seen_at,
        count(*) as fetch_count,
        count(distinct run_id) as run_count,
        list_sort(list_distinct(list(landed_file))) as landed_files
    from landed
    group by outlet, native_id, content_hash

),

numbered as (

    select
        *,
        row_number() over (
            partition by outlet, native_id
            order by first_seen_at, content_hash
        ) as version_number,
        -- the latest version is the content most recently fetched: after an edit is reverted,
        -- the article is current in its older text again
        row_number() over (
            partition by outlet, native_id
            order by last_seen_at desc, first_seen_at desc, content_hash asc
        ) = 1 as is_latest
    from fetch_stats

),

versions as (

    -- the wide columns of each version's first fetch, joined back once
    select
        numbered.*,
        landed.lang,
        landed.url,
        landed.title,
        landed.lead,
        landed.body,
        landed.authors,
        landed.section,
        landed.tags,
        landed.published_at,
        landed.modified_at,
        landed.parser_version,
        landed.layers
    from numbered
    inner join landed
        on
            numbered.outlet = landed.outlet
            and numbered.native_id = landed.native_id
            and numbered.content_hash = landed.content_hash
            and numbered.first_landed_file = landed.landed_file

),

final as (

    select
        outlet || ':' || native_id || ':' || content_hash as article_version_id,
        outlet || ':' || native_id as article_id,
        outlet,
        native_id,
        content_hash,
        version_number,
        is_latest,
        lang,
        url,
        title,
        lead,
        body,
        authors,
        section,
        tags,
        published_at,
        modified_at,
        first_seen_at,
        last_seen_at,
        fetch_count,
        run_count,
        parser_version,
        layers,
        first_run_id,
        first_landed_file,
        landed_files,
        -- when this build (re)computed the row: the next model's incremental watermark
        get_current_timestamp() as staged_at
    from versions

)

select * from final
