-- SQLite: every column of every table and view, in every attached database (main, and any ATTACHed), with the
-- declared type text exactly as written in CREATE TABLE (empty when undeclared). Needs SQLite 3.37+ (pragma_table_list).
-- Run by hand: sqlite3 file.db < columns.sql
-- No parameters of its own: the job wraps it, adding WHERE table_schema = ? (db_schema), the filters and key bounds.
SELECT t.schema                                AS table_schema,
       t.name                                  AS table_name,
       t.type                                  AS table_kind,
       NULL                                    AS table_comment,
       c.name                                  AS column_name,
       c.cid + 1                               AS ordinal_position,
       c.type                                  AS native_type,
       (c."notnull" = 0 AND c.pk = 0)          AS is_nullable,
       NULL                                    AS column_comment,
       CASE WHEN c.pk > 0 THEN c.pk END        AS pk_position
FROM pragma_table_list AS t
JOIN pragma_table_xinfo(t.name, t.schema) AS c
WHERE t.type IN ('table', 'view')
  AND t.schema <> 'temp'
  AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND c.hidden <> 1
ORDER BY table_schema, table_name, ordinal_position
