{#-
    The landing gate's view of every line of the batches under check: one row per line, with what
    the suites in expectations/landing.py validate. Rendered with Jinja from the article contract
    (qysym/contract.py: ``fields``, each with name, type, required, short_text) and the JSON
    types each contract type may take (``json_types``); the files, the time zone and the clock
    slack are bound parameters ($files, $tz, $slack_minutes), and ``batch_meta`` is a registered
    frame (batch, filename, partition_outlet, interval_since, interval_until).
-#}
{%- macro text(name) -%} (f.{{ name }} ->> '$') {%- endmacro -%}
{%- macro required(name) -%} nullif(trim({{ text(name) }}), '') {%- endmacro -%}
{#- the fields the site's own selectors produce (title, body); from another layer, the site's
    markup has changed (JSON-LD or generic extraction stepped in) -#}
{%- set layers -%}
list_filter([json_extract_string(f.layers, '$.title'), json_extract_string(f.layers, '$.body')],
            lambda x: x is not null)
{%- endset -%}
create temp table checked as
with fields as (
    -- every field of a line as a small JSON value; a line that is not JSON comes back as NULL
    -- (counted per batch, its number found by the slow path)
    select
        filename,
        json is null as malformed,
        from_json(json, '{ {%- for f in fields %}"{{ f.name }}": "JSON"{{ ", " if not loop.last }}{% endfor -%} }') as f
    from read_json_objects($files, format = 'newline_delimited', filename = true, ignore_errors = true)
),

parsed as (
    select
        batch_meta.batch,
        batch_meta.partition_outlet,
        malformed,
        -- NULL when every contract field a line has is of its JSON type, else "tags: VARCHAR"
        nullif(concat_ws('; ',
        {%- for f in fields %}
            case when json_type(f.{{ f.name }}) not in (
                {%- for t in json_types[f.type] %}'{{ t }}', {% endfor %}'NULL')
                then '{{ f.name }}: ' || json_type(f.{{ f.name }}) end{{ "," if not loop.last }}
        {%- endfor %}
        ), '') as schema_problem,
        {{ required('outlet') }} as outlet,
        {{ required('lang') }} as lang,
        {{ required('native_id') }} as native_id,
        {{ required('content_hash') }} as content_hash,
        -- the required fields a line lacks (absent, JSON null, or a blank short text; a blank
        -- title or body is the length checks'), NULL when none
        nullif(concat_ws(',',
        {%- for f in fields if f.required %}
            case when {% if f.short_text -%}
                {{ required(f.name) }} is null
            {%- else -%}
                f.{{ f.name }} is null or json_type(f.{{ f.name }}) = 'NULL'
            {%- endif %} then '{{ f.name }}' end{{ "," if not loop.last }}
        {%- endfor %}
        ), '') as missing_required,
        length({{ text('title') }}) as title_chars,
        length({{ text('body') }}) as body_chars,
        {{ text('published_at') }} as published_at_text,
        {{ text('fetched_at') }} as fetched_at_text,
        try_cast({{ text('published_at') }} as timestamptz) as published_at,
        try_cast({{ text('fetched_at') }} as timestamptz) as fetched_at,
        try_cast({{ text('modified_at') }} as timestamptz) as modified_at,
        len({{ layers }}) as layer_fields,
        len(list_filter({{ layers }}, lambda x: x <> 'selectors')) as fallback_fields,
        try_cast(batch_meta.interval_since as date) as interval_since,
        try_cast(batch_meta.interval_until as date) as interval_until
    from fields
    inner join batch_meta on fields.filename = batch_meta.filename
)

select
    *,
    outlet || ':' || lang as outlet_edition,
    cast(timezone($tz, published_at) as date) as published_date,
    -- an edit re-lands an older article: the run's window holds the edit's day
    cast(timezone($tz, greatest(published_at, coalesce(modified_at, published_at))) as date)
        as version_date,
    published_at - to_minutes($slack_minutes) as published_at_less_slack
from parsed
