-- Oracle: the tables and views columns.sql reads (plans partitions).
SELECT o.OWNER AS table_schema, o.OBJECT_NAME AS table_name
FROM ALL_OBJECTS o
WHERE o.OBJECT_TYPE IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW')
  AND o.OWNER NOT IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'Y')
ORDER BY table_schema, table_name
