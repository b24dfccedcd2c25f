{% macro forget_affected_events() -%}
    {#-
        Pre-hook of int_events: deletes every event that a change since the last build can alter,
        i.e. the events holding an article that was relabelled (or lost its labels) and the events
        of a category with a report within var('event_window_days') days of a relabelled
        article's report in that category. Reports link only within the window, so every other
        event keeps exactly its members; the build then re-clusters what is not in the table.
    -#}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where event_id in (
            with changed_articles as (
                select article_id
                from {{ ref('int_article_labels') }}
                where {{ restaged() }}
            ),

            changed_reports as (
                select distinct
                    labels.category,
                    articles.published_date
                from {{ ref('int_article_labels') }} as labels
                inner join {{ ref('int_articles') }} as articles
                    on labels.article_id = articles.article_id
                where labels.article_id in (select article_id from changed_articles)
            )

            select event_id
            from {{ this }}
            where
                article_id in (select article_id from changed_articles)
                or article_id not in (select article_id from {{ ref('int_article_labels') }})
            union
            select members.event_id
            from {{ this }} as members
            inner join changed_reports
                on
                    members.category = changed_reports.category
                    and members.published_date
                    between changed_reports.published_date - {{ var('event_window_days') }}
                    and changed_reports.published_date + {{ var('event_window_days') }}
        )
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
