-- MySQL and MariaDB: the database a source reads when its config names no schema (no db_schema, no schemas.include,
-- no schema-qualified table_names): the connection's database, from `database:` or the URL. NULL when the URL names
-- none: then the source reads every database the user can see (but the system ones).
SELECT DATABASE() AS table_schema
