{#
    Fails for every row where the boolean SQL expression is not true (false or null). On a column,
    the expression names the column itself (column_name is accepted and unused).
#}
{% test expression_is_true(model, expression, column_name=none) %}

    select *
    from {{ model }}
    where not coalesce(({{ expression }}), false)

{% endtest %}
