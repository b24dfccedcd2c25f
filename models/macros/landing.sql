{#
    The landed article versions of every registered outlet, read straight from the JSONL batches.

    The source (models/staging/_landing__sources.yml) says where the batches live; this macro
    globs that location when the model is compiled and emits read_json() over the files it found,
    typed by the article contract (qysym/contract.py: change a field there, in
    landing_columns() and in the source's columns together; tests/test_contract.py fails until
    all three agree). DuckDB's read_json fails on a glob that matches nothing, and the
    landing zone may hold no batch yet, so with no files the macro emits an empty select of the
    same columns instead. Other files in the partitions (*.report.json, *.tmp) never match *.jsonl.
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


{% macro landing_files(relation, loaded=none) %}
    {#-
        The landed batch files behind a landing source, sorted, with their size and modification
        time; [] at parse time. With ``loaded`` (the incremental staging table), only files that
        are new or were rewritten since they were loaded (`qysym reparse` rebuilds a batch in place).
    -#}
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
    {%- set files = listing.columns[0].values() | list -%}
    {%- if loaded is none or files | length == 0 -%}
        {{ return(files) }}
    {%- endif -%}
    {%- set query -%}
        -- read_blob reads only the metadata asked for, not the contents
        select blobs.filename
        from read_blob({{ relation.external }}) as blobs
        where not exists (
            select 1
            from {{ loaded }} as loaded_files
            where
                loaded_files.landed_file = blobs.filename
                and loaded_files.landed_file_size = blobs.size
                and loaded_files.landed_file_modified = blobs.last_modified
        )
        order by blobs.filename
    {%- endset -%}
    {{ return(run_query(query).columns[0].values() | list) }}
{% endmacro %}


{% macro landing_relation(loaded=none) %}
    {%- set relation = source('landing', 'article_versions') -%}
    {%- set files = landing_files(relation, loaded) -%}
    {%- set columns = landing_columns() -%}
    {%- if files | length > 0 -%}
        (
        select
            lines.*,
            blobs.size as landed_file_size,
            blobs.last_modified as landed_file_modified
        from read_json(
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
        ) as lines
        inner join read_blob([
            {%- for file in files %}
                '{{ file | replace("'", "''") }}'{{ ',' if not loop.last }}
            {%- endfor %}
            ]) as blobs
            on lines.landed_file = blobs.filename
        )
    {%- else -%}
        (
            select
            {%- for name, type in columns %}
                cast(null as {{ type }}) as {{ name }},
            {%- endfor %}
                cast(null as varchar) as landed_file,
                cast(null as bigint) as landed_file_size,
                cast(null as timestamptz) as landed_file_modified
            where false
        )
    {%- endif -%}
{% endmacro %}


{% macro stage_article_versions() -%}
{#- The staging shape of every outlet's lines: rename, cast to UTC, trim (one model reads every
    registered outlet's partitions, so a new outlet needs no model of its own).

    Incremental by file: a run reads only the batches that are new or were rewritten since they
    were loaded (delete+insert on landed_file replaces a rewritten batch's rows), and forgets the
    rows of batches no longer in the landing zone (moved to quarantine) and of retracted articles
    (qysym retract) in post-hooks. staged_at
    (when this build staged the row) tells the intermediate models which articles to recompute;
    it is load metadata, never used in an indicator. -#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='landed_file',
    on_schema_change='fail',
    post_hook=["{{ forget_removed_batches() }}", "{{ forget_retracted_articles() }}"]
) }}
with

landed as (

    select * from {{ landing_relation(this if is_incremental() else none) }}

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
        landed_file,
        landed_file_size,
        landed_file_modified,
        get_current_timestamp() as staged_at

    from landed
    -- retracted articles (qysym retract) are never staged
    where not exists (
        select 1
        from {{ retractions_relation() }} as retracted
        where
            retracted.outlet = lower(trim(landed.outlet))
            and retracted.native_id = trim(landed.native_id)
    )

)

select * from final
{%- endmacro %}


{% macro forget_removed_batches() -%}
    {#- rows of batches that left the landing zone (quarantined, cleaned) leave staging too -#}
    {%- if execute and env_var('QYSYM_DATA_DIR', '') != '' -%}
        delete from {{ this }}
        where landed_file not in (
            select file from glob({{ source('landing', 'article_versions').external }})
        )
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}


{% macro retraction_log() %}
    {#- Where `qysym retract` logs retractions (qysym/retractions.py); none at parse time. -#}
    {%- if not execute or env_var('QYSYM_DATA_DIR', '') == '' -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set path = env_var('QYSYM_DATA_DIR') ~ '/retractions/retractions.jsonl' -%}
    {%- set found = run_query("select count(*) from glob('" ~ (path | replace("'", "''")) ~ "')") -%}
    {{ return(path if found.columns[0].values()[0] > 0 else none) }}
{% endmacro %}


{% macro retractions_relation() %}
    {#- Every logged retraction (an empty relation of the same columns before the first one). -#}
    {%- set path = retraction_log() -%}
    {%- set columns = [('outlet', 'varchar'), ('native_id', 'varchar'), ('article_id', 'varchar'),
                       ('reason', 'varchar'), ('retracted_at', 'varchar'),
                       ('retracted_by', 'varchar')] -%}
    {%- if path is not none -%}
        (
        select * from read_json(
            '{{ path | replace("'", "''") }}',
            columns = {
            {%- for name, type in columns %}
                {{ name }}: '{{ type }}'{{ ',' if not loop.last }}
            {%- endfor %}
            },
            format = 'newline_delimited'
        )
        )
    {%- else -%}
        (
            select
            {%- for name, type in columns %}
                cast(null as {{ type }}) as {{ name }}{{ ',' if not loop.last }}
            {%- endfor %}
            where false
        )
    {%- endif -%}
{% endmacro %}


{% macro forget_retracted_articles() -%}
    {#- rows of articles retracted since they were staged leave staging (and so every model) -#}
    {%- if retraction_log() is not none -%}
        delete from {{ this }}
        where (outlet, native_id) in (select (outlet, native_id) from {{ retractions_relation() }})
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
