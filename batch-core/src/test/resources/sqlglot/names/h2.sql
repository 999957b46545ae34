-- Names beside the conformance catalog's: H2 keeps a quoted name's case and folds an unquoted one to UPPER case
-- (as Oracle does), so "mixedcase", "MIXEDCASE" and "MixedCase" are three tables, and plain (unquoted) is PLAIN.
CREATE TABLE "${schema}"."mixedcase" ("id" INTEGER, "Id" INTEGER, "ID" VARCHAR);
CREATE TABLE "${schema}"."MIXEDCASE" ("x" INTEGER);
CREATE TABLE "${schema}"."Ä" ("Ü" INTEGER, "ü" INTEGER);
CREATE TABLE "${schema}"."ä" ("x" INTEGER);
CREATE TABLE "${schema}"."order" ("from" INTEGER, "x.y" INTEGER, "say ""hi""" VARCHAR);
CREATE TABLE "${schema}".plain (a INTEGER, b VARCHAR(10));
CREATE SCHEMA "${schema}.Odd";
CREATE TABLE "${schema}.Odd"."T.1" ("A" INTEGER, "a" VARCHAR);
