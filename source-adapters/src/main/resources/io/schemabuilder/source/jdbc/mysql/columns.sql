-- MySQL and MariaDB: every column of every table and view outside the system databases (the database is the
-- schema). COLUMN_TYPE is the full type as SHOW CREATE TABLE writes it: int unsigned, enum('a','b'), tinyint(1).
-- A partitioned table says so in CREATE_OPTIONS. Run by hand: mariadb < columns.sql. The job wraps it: WHERE
-- table_schema = ? (db_schema), filters and key bounds, binary ORDER BY. On MariaDB it first runs
-- SET SESSION join_cache_level = 4 (hashed joins; with the default nested loops this query grows with tables x columns).
-- Names are compared twice: information_schema compares them without case (the plain equalities, which the hashed
-- joins key on), but on Linux T and t are two tables (lower_case_table_names=0): the BINARY ones keep each table's
-- kind, comment and key its own. Column names have no case in MySQL/MariaDB, so k.COLUMN_NAME needs no BINARY.
SELECT c.TABLE_SCHEMA                 AS table_schema,
       c.TABLE_NAME                   AS table_name,
       CASE WHEN t.CREATE_OPTIONS LIKE '%partitioned%' THEN 'PARTITIONED TABLE' ELSE t.TABLE_TYPE END AS table_kind,
       CASE WHEN t.TABLE_TYPE = 'VIEW' THEN NULL ELSE NULLIF(t.TABLE_COMMENT, '') END AS table_comment,
       c.COLUMN_NAME                  AS column_name,
       c.ORDINAL_POSITION             AS ordinal_position,
       c.COLUMN_TYPE                  AS native_type,
       c.IS_NULLABLE = 'YES'          AS is_nullable,
       NULLIF(c.COLUMN_COMMENT, '')   AS column_comment,
       k.ORDINAL_POSITION             AS pk_position
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t
  ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
 AND BINARY t.TABLE_SCHEMA = BINARY c.TABLE_SCHEMA AND BINARY t.TABLE_NAME = BINARY c.TABLE_NAME
LEFT JOIN information_schema.KEY_COLUMN_USAGE k
  ON k.TABLE_SCHEMA = c.TABLE_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME AND k.COLUMN_NAME = c.COLUMN_NAME
 AND BINARY k.TABLE_SCHEMA = BINARY c.TABLE_SCHEMA AND BINARY k.TABLE_NAME = BINARY c.TABLE_NAME
 AND k.CONSTRAINT_NAME = 'PRIMARY'
WHERE c.TABLE_SCHEMA NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
ORDER BY BINARY c.TABLE_SCHEMA, BINARY c.TABLE_NAME, c.ORDINAL_POSITION
