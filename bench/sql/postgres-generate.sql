-- Creates :n tables of 10 columns of mixed types, spread over 10 schemas bench_s0..bench_s9, server-side in one DO
-- block (committing every 1000 tables: each new table holds a lock until commit). Usage:
--   psql -v n=20000 -d DB -f bench/sql/postgres-generate.sql
SELECT set_config('bench.n', :'n', false);
DO $$
DECLARE
    n integer := current_setting('bench.n')::integer;
BEGIN
    FOR s IN 0..9 LOOP
        EXECUTE format('CREATE SCHEMA IF NOT EXISTS bench_s%s', s);
    END LOOP;
    FOR i IN 0..n - 1 LOOP
        EXECUTE format('CREATE TABLE bench_s%s.t%s (id bigint PRIMARY KEY, name varchar(100) NOT NULL,'
            || ' amount numeric(12,2), created_at timestamptz, flag boolean, payload jsonb, code char(3),'
            || ' qty integer, ratio double precision, tags text[])', i % 10, i);
        IF i % 1000 = 999 THEN
            COMMIT;
        END IF;
    END LOOP;
END
$$;
