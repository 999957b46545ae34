-- Names beside the conformance catalog's: DuckDB, like SQLite, compares names without ASCII case only.
CREATE TABLE ${schema}."Ä" ("Ü" INT, "ü" INT);
CREATE TABLE ${schema}."ä" (x INT);
CREATE TABLE ${schema}."order" ("from" INT, "x.y" INT, "say ""hi""" TEXT);
CREATE SCHEMA "${schema}.Odd";
CREATE TABLE "${schema}.Odd"."T.1" ("A" INT, b TEXT);
