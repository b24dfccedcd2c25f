with

landed as (

    select * from {{ landing_relation('tengrinews') }}

),

final as (

    select
        -- identity
        lower(trim(outlet)) as outlet,
        trim(native_id) as native_id,
        content_hash,
        lower(trim(lang)) as lang,
        trim(url) as url,

        -- text
        title,
        coalesce(lead, '') as lead,
        body,
        coalesce(authors, []) as authors,
        nullif(trim(section), '') as section,
        coalesce(tags, []) as tags,

        -- time, as UTC timestamps
        timezone('UTC', cast(published_at as timestamptz)) as published_at,
        timezone('UTC', cast(modified_at as timestamptz)) as modified_at,
        timezone('UTC', cast(fetched_at as timestamptz)) as fetched_at,

        -- provenance
        parser_version,
        layers,
        run_id,
        landed_file

    from landed

)

select * from final
