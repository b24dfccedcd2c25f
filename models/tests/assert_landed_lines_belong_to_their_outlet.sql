-- Every landed line belongs to the outlet its partition names (landing/outlet=<slug>/...), and its
-- language is one of that outlet's editions (the registry: the outlets model). Rows returned fail.
select
    staged.outlet,
    staged.lang,
    staged.native_id,
    staged.landed_file
from {{ ref('stg_landing__article_versions') }} as staged
left join {{ ref('outlets') }} as registered
    on staged.outlet = registered.slug
where
    registered.slug is null
    or not list_contains(string_split(registered.editions, ' '), staged.lang)
    or staged.landed_file not like '%/outlet=' || staged.outlet || '/%'
