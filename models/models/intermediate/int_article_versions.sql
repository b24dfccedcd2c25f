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

landed as (

    select * from azattyq
    union all by name
    select * from vlast
    union all by name
    select * from tengrinews

),

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
        ) as run_count
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
        landed_file as first_landed_file
    from numbered

)

select * from final
