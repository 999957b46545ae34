-- SQL Server: every column of every user table and view, with the type written as T-SQL declares it
-- (nvarchar(max), decimal(10,2), datetime2(7)), MS_Description comments and primary key positions. nvarchar and nchar
-- lengths are in bytes in sys.columns, so halved. CONCAT (SQL Server 2012+) rather than + for the type text.
-- sys.objects holds the current database's objects only: a source reads the database it connects to (`database:`,
-- databaseName in the URL, else the login's default database), never the server's others.
-- Run by hand in sqlcmd. The job wraps it: WHERE table_schema = ? and key bounds, ORDER BY ... COLLATE Latin1_General_BIN2.
SELECT s.name                                  AS table_schema,
       o.name                                  AS table_name,
       o.type                                  AS table_kind,
       CAST(tep.value AS nvarchar(4000))       AS table_comment,
       c.name                                  AS column_name,
       c.column_id                             AS ordinal_position,
       CASE
         WHEN ty.name IN ('varchar', 'char', 'varbinary', 'binary')
           THEN CONCAT(ty.name, '(', CASE WHEN c.max_length = -1 THEN 'max' ELSE CAST(c.max_length AS varchar(10)) END, ')')
         WHEN ty.name IN ('nvarchar', 'nchar')
           THEN CONCAT(ty.name, '(', CASE WHEN c.max_length = -1 THEN 'max' ELSE CAST(c.max_length / 2 AS varchar(10)) END, ')')
         WHEN ty.name IN ('decimal', 'numeric')
           THEN CONCAT(ty.name, '(', c.precision, ',', c.scale, ')')
         WHEN ty.name IN ('datetime2', 'datetimeoffset', 'time')
           THEN CONCAT(ty.name, '(', c.scale, ')')
         ELSE ty.name
       END                                     AS native_type,
       c.is_nullable                           AS is_nullable,
       CAST(cep.value AS nvarchar(4000))       AS column_comment,
       ic.key_ordinal                          AS pk_position
FROM sys.objects o
JOIN sys.schemas s ON s.schema_id = o.schema_id
JOIN sys.columns c ON c.object_id = o.object_id
JOIN sys.types ty ON ty.user_type_id = c.user_type_id
LEFT JOIN sys.extended_properties tep
  ON tep.class = 1 AND tep.major_id = o.object_id AND tep.minor_id = 0 AND tep.name = 'MS_Description'
LEFT JOIN sys.extended_properties cep
  ON cep.class = 1 AND cep.major_id = o.object_id AND cep.minor_id = c.column_id AND cep.name = 'MS_Description'
LEFT JOIN sys.indexes i ON i.object_id = o.object_id AND i.is_primary_key = 1
LEFT JOIN sys.index_columns ic
  ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.column_id = c.column_id
WHERE o.type IN ('U', 'V') AND o.is_ms_shipped = 0 AND s.name NOT IN ('sys', 'INFORMATION_SCHEMA')
ORDER BY table_schema, table_name, ordinal_position
