-- The conformance catalog in DuckDB (CatalogConformanceTest): ${schema} is the test's schema.
CREATE SCHEMA ${schema};
CREATE TABLE ${schema}.customers (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR(100));
COMMENT ON TABLE ${schema}.customers IS 'who buys';
CREATE TABLE ${schema}.orders (id BIGINT, line SMALLINT, customer_id INTEGER NOT NULL, amount DECIMAL(10,2) NOT NULL,
  note VARCHAR, created_at TIMESTAMP WITH TIME ZONE, paid BOOLEAN, tags VARCHAR[], point STRUCT(x DOUBLE, y DOUBLE),
  attrs MAP(VARCHAR, INTEGER), PRIMARY KEY (id, line));
COMMENT ON COLUMN ${schema}.orders.note IS 'free text';
CREATE TABLE ${schema}."odd.name" ("a b" INTEGER, "ünï" VARCHAR);
CREATE VIEW ${schema}.order_view AS SELECT id, amount FROM ${schema}.orders;
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE ${schema}.families (ti TINYINT, uti UTINYINT, ui UINTEGER, hi HUGEINT, f FLOAT, d DOUBLE,
  dc DECIMAL(18,3), b BLOB, bits BIT, dt DATE, t TIME, tstz TIMESTAMPTZ, ts_ms TIMESTAMP_MS, iv INTERVAL, u UUID,
  j JSON, m mood, fixed INTEGER[3], un UNION(num INTEGER, str VARCHAR), nested STRUCT(a INTEGER[], b MAP(VARCHAR, DOUBLE)),
  gen INTEGER GENERATED ALWAYS AS (ti + 1) VIRTUAL);
CREATE TABLE ${schema}."MixedCase" ("Id" INTEGER, "Name With Space" VARCHAR);
CREATE TABLE ${schema}."has ""quote""" (x INTEGER);
CREATE TABLE ${schema}."with space" (x INTEGER);
CREATE TABLE ${schema}."日本" (x INTEGER);
