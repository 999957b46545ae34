-- Names beside the conformance catalog's: SQLite compares names without ASCII case only, so "Ä" and "ä" are two
-- tables (and "Ü", "ü" two columns) while "MixedCase" and "mixedcase" could not both exist.
CREATE TABLE "Ä" ("Ü" INT, "ü" INT);
CREATE TABLE "ä" (x INT);
CREATE TABLE "order" ("from" INT, "x.y" INT, "say ""hi""" TEXT);
