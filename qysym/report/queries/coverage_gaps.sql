-- Weeks in which an outlet landed too few articles on some day (a blocked site, a stopped feed,
-- a lost batch): a low index there may be missing coverage, not missing pressure.
select
    week_start,
    outlet,
    gap_days,
    articles
from marts.coverage_weeks
where has_coverage_gap
order by week_start, outlet
