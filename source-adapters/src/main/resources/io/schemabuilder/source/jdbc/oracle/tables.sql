-- Oracle: the tables, views and materialized views columns.sql reads (plans partitions); tables in the recycle bin
-- are left out. A materialized view's container table has the view's name: DISTINCT keeps one key for both.
SELECT DISTINCT table_schema, table_name FROM (
  SELECT t.OWNER AS table_schema, t.TABLE_NAME AS table_name FROM ALL_TABLES t WHERE t.DROPPED = 'NO'
  UNION ALL
  SELECT v.OWNER, v.VIEW_NAME FROM ALL_VIEWS v
) k
WHERE table_schema NOT IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'Y')
ORDER BY table_schema, table_name
