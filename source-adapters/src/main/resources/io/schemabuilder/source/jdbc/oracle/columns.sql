-- Oracle: every column of every table and view the user can see in ALL_TAB_COLUMNS, outside Oracle-maintained
-- schemas, with the type written as DDL writes it (VARCHAR2(100 CHAR), NUMBER(10,2), NUMBER(*,0), TIMESTAMP(6)).
-- Run by hand in SQL*Plus.
SELECT c.OWNER                                  AS table_schema,
       c.TABLE_NAME                             AS table_name,
       o.OBJECT_TYPE                            AS table_kind,
       tc.COMMENTS                              AS table_comment,
       c.COLUMN_NAME                            AS column_name,
       c.COLUMN_ID                              AS ordinal_position,
       CASE
         WHEN c.DATA_TYPE IN ('VARCHAR2', 'NVARCHAR2', 'CHAR', 'NCHAR')
           THEN c.DATA_TYPE || '(' || c.CHAR_LENGTH || CASE WHEN c.DATA_TYPE IN ('VARCHAR2', 'CHAR')
                THEN CASE c.CHAR_USED WHEN 'C' THEN ' CHAR' ELSE ' BYTE' END END || ')'
         WHEN c.DATA_TYPE = 'RAW' THEN 'RAW(' || c.DATA_LENGTH || ')'
         WHEN c.DATA_TYPE = 'NUMBER' AND c.DATA_PRECISION IS NOT NULL
           THEN 'NUMBER(' || c.DATA_PRECISION || ',' || NVL(c.DATA_SCALE, 0) || ')'
         WHEN c.DATA_TYPE = 'NUMBER' AND c.DATA_SCALE = 0 THEN 'NUMBER(*,0)'
         WHEN c.DATA_TYPE = 'FLOAT' THEN 'FLOAT(' || c.DATA_PRECISION || ')'
         ELSE c.DATA_TYPE
       END                                      AS native_type,
       CASE c.NULLABLE WHEN 'Y' THEN 1 ELSE 0 END AS is_nullable,
       cc.COMMENTS                              AS column_comment,
       pk.POSITION                              AS pk_position
FROM ALL_TAB_COLUMNS c
JOIN ALL_OBJECTS o
  ON o.OWNER = c.OWNER AND o.OBJECT_NAME = c.TABLE_NAME AND o.OBJECT_TYPE IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW')
LEFT JOIN ALL_TAB_COMMENTS tc ON tc.OWNER = c.OWNER AND tc.TABLE_NAME = c.TABLE_NAME
LEFT JOIN ALL_COL_COMMENTS cc
  ON cc.OWNER = c.OWNER AND cc.TABLE_NAME = c.TABLE_NAME AND cc.COLUMN_NAME = c.COLUMN_NAME
LEFT JOIN (SELECT col.OWNER, col.TABLE_NAME, col.COLUMN_NAME, col.POSITION
           FROM ALL_CONSTRAINTS con
           JOIN ALL_CONS_COLUMNS col ON col.OWNER = con.OWNER AND col.CONSTRAINT_NAME = con.CONSTRAINT_NAME
           WHERE con.CONSTRAINT_TYPE = 'P') pk
  ON pk.OWNER = c.OWNER AND pk.TABLE_NAME = c.TABLE_NAME AND pk.COLUMN_NAME = c.COLUMN_NAME
WHERE c.OWNER NOT IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'Y')
ORDER BY table_schema, table_name, ordinal_position
