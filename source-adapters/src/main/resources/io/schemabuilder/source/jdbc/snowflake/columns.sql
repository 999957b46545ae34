-- Snowflake: every column of every table and view of the current database, from its INFORMATION_SCHEMA, with the
-- type written as Snowflake shows it (VARCHAR(16777216), NUMBER(38,0), TIMESTAMP_NTZ(9)). Primary keys are not in
-- INFORMATION_SCHEMA (SHOW PRIMARY KEYS only), so pk_position is null.
SELECT c.TABLE_SCHEMA                         AS table_schema,
       c.TABLE_NAME                           AS table_name,
       t.TABLE_TYPE                           AS table_kind,
       t.COMMENT                              AS table_comment,
       c.COLUMN_NAME                          AS column_name,
       c.ORDINAL_POSITION                     AS ordinal_position,
       CASE
         WHEN c.DATA_TYPE = 'TEXT' THEN 'VARCHAR(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
         WHEN c.DATA_TYPE = 'NUMBER' THEN 'NUMBER(' || c.NUMERIC_PRECISION || ',' || c.NUMERIC_SCALE || ')'
         WHEN c.DATA_TYPE IN ('TIMESTAMP_NTZ', 'TIMESTAMP_LTZ', 'TIMESTAMP_TZ', 'TIME')
           THEN c.DATA_TYPE || '(' || c.DATETIME_PRECISION || ')'
         WHEN c.DATA_TYPE = 'BINARY' THEN 'BINARY(' || c.CHARACTER_MAXIMUM_LENGTH || ')'
         ELSE c.DATA_TYPE
       END                                    AS native_type,
       c.IS_NULLABLE = 'YES'                  AS is_nullable,
       c.COMMENT                              AS column_comment,
       NULL                                   AS pk_position
FROM INFORMATION_SCHEMA.COLUMNS c
JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE c.TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
