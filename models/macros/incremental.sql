{#
    The incremental pattern of the article models (int_article_versions to int_article_labels):
    one key, article_id; a build recomputes the articles its parent (re)staged after this model's
    watermark, the newest staged_at it holds; articles gone from the parent leave it too.
#}

{% macro restaged() -%}
    {#- rows of the parent staged after this model's watermark (a condition on staged_at) -#}
    staged_at > (select coalesce(max(staged_at), '-infinity'::timestamptz) from {{ this }})
{%- endmacro %}


{% macro incremental_by_article(kept_by, restaged_by=none, settings={}) -%}
    {#-
        Config of an article model. kept_by: the model whose articles it keeps (the post-hook
        drops the others). restaged_by: for a model whose output can be empty for an article
        (hits, labels), the model whose restaged articles are first deleted here, so an edit that
        removed every match leaves none behind. settings: DuckDB settings for this model's
        queries only (set by a pre-hook, reset by a post-hook).
    -#}
    {%- set post_hook -%}
        delete from {{ '{{ this }}' }}
        where article_id not in (select article_id from {{ "{{ ref('" ~ kept_by ~ "') }}" }})
    {%- endset -%}
    {%- set pre_hooks = [] -%}
    {%- set post_hooks = [post_hook] -%}
    {%- for name, value in settings.items() -%}
        {%- do pre_hooks.append("set " ~ name ~ " = '" ~ value ~ "'") -%}
        {%- do post_hooks.append("reset " ~ name) -%}
    {%- endfor -%}
    {%- if restaged_by is not none -%}
        {%- do pre_hooks.append("{{ forget_restaged_articles('" ~ restaged_by ~ "') }}") -%}
    {%- endif -%}
    {{ config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='fail',
        pre_hook=pre_hooks,
        post_hook=post_hooks
    ) }}
{%- endmacro %}


{% macro forget_restaged_articles(restaged_by) -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where article_id in (
            select article_id from {{ ref(restaged_by) }}
            where {{ restaged() }}
        )
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
