{#-
    Grain: one row: the thresholds the coverage marts flag with. They are dbt vars
    (dbt_project.yml, overridable with --vars); the warehouse gate (expectations/warehouse.py)
    reads them from here, so it checks exactly what this build's marts flag.
-#}
select
    cast({{ var('coverage_gap_ratio') }} as double) as coverage_gap_ratio,
    cast({{ var('coverage_volume_low') }} as double) as coverage_volume_low,
    cast({{ var('coverage_volume_high') }} as double) as coverage_volume_high,
    cast({{ var('coverage_min_usual_daily') }} as double) as coverage_min_usual_daily
