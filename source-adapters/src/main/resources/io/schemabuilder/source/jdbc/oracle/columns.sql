-- Oracle: every column of every table and view the user can see in ALL_TAB_COLUMNS, outside Oracle-maintained
-- schemas, with the type written as DDL writes it (VARCHAR2(100 CHAR), NUMBER(10,2), NUMBER(*,0), TIMESTAMP(6)).
-- A materialized view is also listed as a TABLE of the same name in ALL_OBJECTS, so the kind comes from ALL_MVIEWS
-- and ALL_VIEWS (one row per column, never two). Run by hand in SQL*Plus. The job wraps it: WHERE table_schema = ?
-- (db_schema), key bounds and filters, ORDER BY NLSSORT(..., 'NLS_SORT=BINARY').
SELECT c.OWNER                                  AS table_schema,
       c.TABLE_NAME                             AS table_name,
       CASE WHEN m.MVIEW_NAME IS NOT NULL THEN 'MATERIALIZED VIEW'
            WHEN v.VIEW_NAME IS NOT NULL THEN 'VIEW'
            ELSE 'TABLE' END                    AS table_kind,
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
LEFT JOIN ALL_MVIEWS m ON m.OWNER = c.OWNER AND m.MVIEW_NAME = c.TABLE_NAME
LEFT JOIN ALL_VIEWS v ON v.OWNER = c.OWNER AND v.VIEW_NAME = c.TABLE_NAME
LEFT JOIN ALL_TAB_COMMENTS tc ON tc.OWNER = c.OWNER AND tc.TABLE_NAME = c.TABLE_NAME
LEFT JOIN ALL_COL_COMMENTS cc
  ON cc.OWNER = c.OWNER AND cc.TABLE_NAME = c.TABLE_NAME AND cc.COLUMN_NAME = c.COLUMN_NAME
LEFT JOIN (SELECT col.OWNER, col.TABLE_NAME, col.COLUMN_NAME, col.POSITION
           FROM ALL_CONSTRAINTS con
           JOIN ALL_CONS_COLUMNS col ON col.OWNER = con.OWNER AND col.CONSTRAINT_NAME = con.CONSTRAINT_NAME
           WHERE con.CONSTRAINT_TYPE = 'P' AND col.TABLE_NAME = con.TABLE_NAME) pk
  ON pk.OWNER = c.OWNER AND pk.TABLE_NAME = c.TABLE_NAME AND pk.COLUMN_NAME = c.COLUMN_NAME
WHERE (EXISTS (SELECT 1 FROM ALL_TABLES t WHERE t.OWNER = c.OWNER AND t.TABLE_NAME = c.TABLE_NAME
                AND t.DROPPED = 'NO')
       OR v.VIEW_NAME IS NOT NULL)
  AND c.OWNER NOT IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'Y')
ORDER BY table_schema, table_name, ordinal_position
