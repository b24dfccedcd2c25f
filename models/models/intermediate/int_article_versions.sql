{#-
    Grain: one row per article version (outlet, native_id, content_hash).
    Incremental: a build recomputes only the articles with a line in a batch staged by this build
    (new, or rewritten by a rerun), or that had one in such a batch or in a batch that left the
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
            select outlet || ':' || native_id from {{ ref('stg_azattyq__article_versions') }}
            union all
            select outlet || ':' || native_id from {{ ref('stg_vlast__article_versions') }}
            union all
            select outlet || ':' || native_id from {{ ref('stg_tengrinews__article_versions') }}
        )
    "]
) }}

with

azattyq as (

    select * from {{ ref('stg_azattyq__article_versions') }}

),

vlast as (

    select * from {{ ref('stg_vlast__article_versions') }}

),

tengrinews as (

    select * from {{ ref('stg_tengrinews__article_versions') }}

),

all_landed as (

    select * from azattyq
    union all by name
    select * from vlast
    union all by name
    select * from tengrinews

),

{% if is_incremental() %}

touched_files as (

    -- batches staged by this build: new, or rewritten by a rerun of their run
    select list(distinct landed_file) as files
    from all_landed
    where staged_at > (select coalesce(max(staged_at), '-infinity'::timestamptz) from {{ this }})

),

present_files as (

    select list(distinct landed_file) as files
    from all_landed

),

changed_articles as (

    -- articles with a line in a touched batch, and articles that had a line in a touched batch
    -- (a rerun may have dropped it) or in a batch that left the landing zone
    select distinct
        all_landed.outlet,
        all_landed.native_id
    from all_landed, touched_files
    where list_contains(touched_files.files, all_landed.landed_file)
    union
    select
        previous.outlet,
        previous.native_id
    from {{ this }} as previous, touched_files, present_files
    where
        list_has_any(previous.landed_files, touched_files.files)
        or not list_has_all(present_files.files, previous.landed_files)

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

fetches_ranked as (

    -- a version re-crawled in several batches keeps the attributes of its first fetch, so adding a
    -- later batch never changes a version's url, timestamps or provenance
    select
        *,
        row_number() over (
            partition by outlet, native_id, content_hash
            order by fetched_at, run_id, landed_file
        ) as fetch_rank,
        min(fetched_at) over (
            partition by outlet, native_id, content_hash
        ) as first_seen_at,
        max(fetched_at) over (
            partition by outlet, native_id, content_hash
        ) as last_seen_at,
        count(*) over (
            partition by outlet, native_id, content_hash
        ) as fetch_count,
        count(distinct run_id) over (
            partition by outlet, native_id, content_hash
        ) as run_count,
        list_sort(list_distinct(
            list(landed_file) over (partition by outlet, native_id, content_hash)
        )) as version_landed_files
    from landed

),

versions as (

    select * from fetches_ranked
    where fetch_rank = 1

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
    from versions

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
        run_id as first_run_id,
        landed_file as first_landed_file,
        version_landed_files as landed_files,
        -- when this build (re)computed the row: the next model's incremental watermark
        get_current_timestamp() as staged_at
    from numbered

)

select * from final
