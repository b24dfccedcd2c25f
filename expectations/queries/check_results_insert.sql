-- quality.check_results from the landed results files ($files: a bound list parameter, never
-- spliced into the text).
insert into quality.check_results
select
    check_run,
    cast(checked_at as timestamptz),
    gate,
    "check",
    expectation,
    subject,
    status,
    blocking,
    cast(observed as varchar),
    cast("column" as varchar),
    cast(sample as varchar)
from read_json($files, format = 'newline_delimited', columns = {
    check_run: 'varchar', checked_at: 'varchar', gate: 'varchar',
    "check": 'varchar', expectation: 'varchar', subject: 'varchar',
    status: 'varchar', blocking: 'boolean', observed: 'json', "column": 'json',
    sample: 'json'
})
