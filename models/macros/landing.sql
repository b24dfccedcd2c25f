{#
    The landed article versions of one outlet, read straight from the JSONL batches.

    The source (models/staging/_landing__sources.yml) says where the batches live; this macro
    globs that location when the model is compiled and emits read_json() over the files it found,
    typed by the article contract (qysym/contract.py: change a field there and in
    landing_columns() together). DuckDB's read_json fails on a glob that matches nothing, and an
    outlet may have no batch yet, so with no files the macro emits an empty select of the same
    columns instead. Other files in the partitions (*.report.json, *.tmp) never match *.jsonl.
#}

{% macro landing_columns() %}
    {#- name -> DuckDB type, in contract order; timestamps stay ISO strings until staging -#}
    {{ return([
        ('outlet', 'varchar'),
        ('lang', 'varchar'),
        ('url', 'varchar'),
        ('native_id', 'varchar'),
        ('title', 'varchar'),
        ('lead', 'varchar'),
        ('body', 'varchar'),
        ('authors', 'varchar[]'),
        ('section', 'varchar'),
        ('tags', 'varchar[]'),
        ('published_at', 'varchar'),
        ('modified_at', 'varchar'),
        ('fetched_at', 'varchar'),
        ('content_hash', 'varchar'),
        ('parser_version', 'varchar'),
        ('layers', 'map(varchar, varchar)'),
        ('run_id', 'varchar'),
    ]) }}
{% endmacro %}


{% macro landing_files(relation) %}
    {#- the landed batch files behind a landing source, sorted; [] at parse time -#}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- if env_var('QYSYM_DATA_DIR', '') == '' -%}
        {%- if flags.WHICH in ['run', 'build'] -%}
            {{ exceptions.raise_compiler_error(
                'QYSYM_DATA_DIR is not set: run dbt in the environment of qysym.settings.tool_env()'
            ) }}
        {%- endif -%}
        {#- compile, lint, docs without a data directory: treat every outlet as empty -#}
        {{ return([]) }}
    {%- endif -%}
    {%- set listing = run_query(
        'select file from glob(' ~ relation.external ~ ') order by file'
    ) -%}
    {{ return(listing.columns[0].values() | list) }}
{% endmacro %}


{% macro landing_relation(outlet) %}
    {%- set relation = source('landing', outlet) -%}
    {%- set files = landing_files(relation) -%}
    {%- set columns = landing_columns() -%}
    {%- if files | length > 0 -%}
        read_json(
            [
            {%- for file in files %}
                '{{ file | replace("'", "''") }}'{{ ',' if not loop.last }}
            {%- endfor %}
            ],
            columns = {
            {%- for name, type in columns %}
                {{ name }}: '{{ type }}'{{ ',' if not loop.last }}
            {%- endfor %}
            },
            format = 'newline_delimited',
            filename = 'landed_file',
            hive_partitioning = false
        )
    {%- else -%}
        (
            select
            {%- for name, type in columns %}
                cast(null as {{ type }}) as {{ name }},
            {%- endfor %}
                cast(null as varchar) as landed_file
            where false
        )
    {%- endif -%}
{% endmacro %}


{% macro stage_article_versions(outlet) -%}
{#- The shared staging shape of every outlet: rename, cast to UTC, trim. An outlet that needs its
    own normalisation gets it in its stg_ model, around this. -#}
with

landed as (

    select * from {{ landing_relation(outlet) }}

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
{%- endmacro %}
