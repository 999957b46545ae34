-- MySQL and MariaDB: the tables columns.sql reads, without their columns (plans partitions).
SELECT TABLE_SCHEMA AS table_schema,
       TABLE_NAME   AS table_name
FROM information_schema.TABLES
WHERE TABLE_SCHEMA NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
ORDER BY BINARY table_schema, BINARY table_name
