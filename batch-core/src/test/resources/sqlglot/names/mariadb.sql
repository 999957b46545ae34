-- Names beside the conformance catalog's that only differ in case, or that a query must quote: MariaDB on Linux
-- (lower_case_table_names=0) keeps table names as written, in any case; column names compare without case.
CREATE TABLE ${schema}.mixedcase (id int, x text);
CREATE TABLE ${schema}.MIXEDCASE (x int);
CREATE TABLE ${schema}.`Ä` (`Ü` int);
CREATE TABLE ${schema}.`ä` (x int);
CREATE TABLE ${schema}.`order` (`from` int, `x.y` int, `say "hi"` text, `back``tick` int);
