-- The conformance catalog in SQLite (CatalogConformanceTest), in the file's main schema.
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email VARCHAR(100));
CREATE TABLE orders (id BIGINT NOT NULL, line SMALLINT NOT NULL, customer_id INTEGER NOT NULL,
  amount DECIMAL(10,2) NOT NULL, note VARCHAR(200), created_at TIMESTAMP, paid BOOLEAN, payload JSON, raw BLOB,
  undeclared, PRIMARY KEY (id, line));
CREATE TABLE "odd.name" ("a b" INT, "ünï" TEXT);
CREATE VIEW order_view AS SELECT id, amount FROM orders;
CREATE TABLE families (i INTEGER, r REAL, t TEXT, b BLOB, n NUMERIC, dt DATETIME, u UNSIGNED BIG INT,
  dbl DOUBLE PRECISION, nv NVARCHAR(20), c CHARACTER(3), g INTEGER GENERATED ALWAYS AS (i + 1) VIRTUAL,
  gs TEXT AS (upper(t)) STORED);
CREATE TABLE "MixedCase" ("Id" INT, "Name With Space" TEXT);
CREATE TABLE "has ""quote""" (x INT);
CREATE TABLE "with space" (x INT);
CREATE TABLE "日本" (x INT);
CREATE TABLE keyed (k TEXT PRIMARY KEY, v INT) WITHOUT ROWID;
