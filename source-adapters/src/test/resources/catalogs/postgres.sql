-- The conformance catalog in PostgreSQL (CatalogConformanceTest): ${schema} is the test's own schema.
CREATE SCHEMA ${schema};
CREATE TYPE ${schema}.mood AS ENUM ('sad', 'ok');
CREATE TABLE ${schema}.customers (id serial PRIMARY KEY, name text NOT NULL, email varchar(100), mood ${schema}.mood);
COMMENT ON TABLE ${schema}.customers IS 'who buys';
CREATE TABLE ${schema}.orders (id bigint, line smallint, customer_id integer NOT NULL, amount numeric(10,2) NOT NULL,
  note character varying(200), created_at timestamptz, paid boolean, tags text[], payload jsonb,
  during interval day to second, raw bytea, PRIMARY KEY (id, line));
COMMENT ON COLUMN ${schema}.orders.note IS 'free text';
ALTER TABLE ${schema}.orders DROP COLUMN raw;
CREATE TABLE ${schema}."odd.name" ("a b" int, "ünï" text);
CREATE VIEW ${schema}.order_view AS SELECT id, amount FROM ${schema}.orders;
CREATE MATERIALIZED VIEW ${schema}.order_mview AS SELECT id FROM ${schema}.orders;
CREATE DOMAIN ${schema}.positive AS integer CHECK (VALUE > 0);
CREATE TABLE ${schema}.families (i2 int2, i8 int8, n numeric, r real, d double precision, m money, c char(3),
  vc varchar, b bytea, dt date, t time(3), ttz timetz, ts timestamp(0), iv interval, u uuid, j json, x xml, ip inet,
  net cidr, mac macaddr, bits bit(3), vbits bit varying(8), ir int4range, tr tstzrange, grid integer[][],
  pos ${schema}.positive, twice numeric GENERATED ALWAYS AS (n * 2) STORED, pt point, doc tsvector);
CREATE TABLE ${schema}."MixedCase" ("Id" int, "Name With Space" text);
CREATE TABLE ${schema}."has ""quote""" (x int);
CREATE TABLE ${schema}."with space" (x int);
CREATE TABLE ${schema}."日本" (x int);
CREATE TABLE ${schema}.events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ${schema}.events_2024 PARTITION OF ${schema}.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
