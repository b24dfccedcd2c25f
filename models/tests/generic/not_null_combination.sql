{#
    Fails for every row where any of the given key columns is null.
#}
{% test not_null_combination(model, combination_of_columns) %}

    select *
    from {{ model }}
    where
    {%- for column in combination_of_columns %}
        {{ 'or ' if not loop.first }}{{ column }} is null
    {%- endfor %}

{% endtest %}
