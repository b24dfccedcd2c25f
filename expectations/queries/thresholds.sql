-- Warehouse gate: the coverage thresholds the marts were built with (the dbt vars, --vars
-- overrides included), so the gate flags exactly what the marts flag.
select
    coverage_gap_ratio,
    coverage_volume_low,
    coverage_volume_high
from intermediate.int_coverage_thresholds
