-- Names beside the conformance catalog's that only differ in case, or that a query must quote: PostgreSQL keeps a
-- quoted name's case (and folds an unquoted one to lower case), so all of these are distinct tables and columns.
CREATE TABLE ${schema}.mixedcase (id int, "Id" int, "ID" text);
CREATE TABLE ${schema}."MIXEDCASE" (x int);
CREATE TABLE ${schema}."Ä" ("Ü" int, "ü" int);
CREATE TABLE ${schema}."ä" (x int);
CREATE TABLE ${schema}."order" ("from" int, "x.y" int, "say ""hi""" text, "Ünï" text);
CREATE SCHEMA "${schema}.Odd";
CREATE TABLE "${schema}.Odd"."T.1" ("A" int, a text);
CREATE TABLE "${schema}.Odd".t (x int);
