-- ClickHouse: the database a source reads when its config names no schema (no db_schema, no schemas.include, no
-- schema-qualified table_names): the connection's database, from `database:` or the URL (`default` when neither
-- names one).
SELECT currentDatabase() AS table_schema
