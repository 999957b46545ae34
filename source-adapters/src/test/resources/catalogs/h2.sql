-- The conformance catalog in H2 (CatalogConformanceTest): ${schema} is the test's schema. Every name is quoted
-- (H2 keeps a quoted name's case, and folds an unquoted one to upper case).
CREATE SCHEMA "${schema}";
CREATE TABLE "${schema}"."customers" ("id" INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "email" VARCHAR(100));
COMMENT ON TABLE "${schema}"."customers" IS 'who buys';
CREATE TABLE "${schema}"."orders" ("id" BIGINT, "line" SMALLINT, "customer_id" INTEGER NOT NULL,
  "amount" DECIMAL(10,2) NOT NULL, "note" VARCHAR(200), "created_at" TIMESTAMP WITH TIME ZONE, "paid" BOOLEAN,
  "tags" INTEGER ARRAY, "payload" JSON, PRIMARY KEY ("id", "line"));
COMMENT ON COLUMN "${schema}"."orders"."note" IS 'free text';
CREATE TABLE "${schema}"."odd.name" ("a b" INTEGER, "ünï" VARCHAR);
CREATE VIEW "${schema}"."order_view" AS SELECT "id", "amount" FROM "${schema}"."orders";
CREATE TABLE "${schema}"."families" ("ti" TINYINT, "dec" DECIMAL, "num" NUMERIC(7), "r" REAL, "fl" FLOAT(10),
  "df" DECFLOAT(20), "c" CHAR(3), "vci" VARCHAR_IGNORECASE(5), "bin" BINARY(4), "vb" VARBINARY, "bl" BLOB,
  "cl" CLOB(10K), "d" DATE, "t" TIME(3), "ttz" TIME WITH TIME ZONE, "ts" TIMESTAMP, "ts3" TIMESTAMP(3),
  "iv" INTERVAL DAY TO SECOND, "iv2" INTERVAL YEAR(3), "iv3" INTERVAL HOUR TO SECOND(3), "u" UUID,
  "e" ENUM('a', 'b''c'), "arr" VARCHAR(10) ARRAY[5], "gen" INTEGER GENERATED ALWAYS AS ("ti" + 1),
  "rw" ROW(a INT, b VARCHAR(3)));
CREATE TABLE "${schema}"."MixedCase" ("Id" INTEGER, "Name With Space" VARCHAR);
CREATE TABLE "${schema}"."has ""quote""" ("x" INTEGER);
CREATE TABLE "${schema}"."with space" ("x" INTEGER);
CREATE TABLE "${schema}"."日本" ("x" INTEGER);
