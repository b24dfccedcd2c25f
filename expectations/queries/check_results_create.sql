-- quality.check_results: every outcome of every gate run, rebuilt from the results files.
create or replace table quality.check_results (
    check_run varchar,
    checked_at timestamptz,
    gate varchar,
    "check" varchar,
    expectation varchar,
    subject varchar,
    status varchar,
    blocking boolean,
    observed varchar,
    "column" varchar,
    sample varchar
)
