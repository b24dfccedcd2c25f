-- The checks of one gate run ($check_run: the build's; null: the latest), failures and
-- warnings first.
select
    check_run,
    checked_at,
    gate,
    "check",
    subject,
    status,
    blocking,
    observed
from quality.check_results
where check_run = coalesce($check_run, (select max(check_run) from quality.check_results))
order by case status when 'FAIL' then 0 when 'warn' then 1 else 2 end, gate, "check", subject
