{#
    Fails for every combination of the given columns that occurs more than once: the composite-key
    counterpart of dbt's unique test (dbt_utils is not used: packages cannot be installed offline).
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

    {%- set columns = combination_of_columns | join(', ') %}

    select
        {{ columns }},
        count(*) as n_rows
    from {{ model }}
    group by {{ columns }}
    having count(*) > 1

{% endtest %}
