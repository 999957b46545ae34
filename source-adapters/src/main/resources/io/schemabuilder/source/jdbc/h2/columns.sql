-- H2 2.x: every column of every table and view outside INFORMATION_SCHEMA, with the type as H2's SCRIPT writes it
-- (CHARACTER VARYING(100), DECIMAL(10, 2), TIMESTAMP(3) WITH TIME ZONE, INTERVAL HOUR TO SECOND(3), ENUM('a', 'b'),
-- CHARACTER VARYING(10) ARRAY[5]). H2's catalog splits a type into DATA_TYPE, its declared name and its length,
-- precision and scale; this puts them back together, leaving out what the declaration did not give (a length of
-- 1000000000 is an unbounded VARCHAR; TIME and TIMESTAMP default to 0 and 6 digits, INTERVAL to 2 leading digits).
-- Run by hand in H2's console. The job wraps it: WHERE table_schema = ? (db_schema), filters, key bounds.
SELECT c.TABLE_SCHEMA AS table_schema,
       c.TABLE_NAME   AS table_name,
       t.TABLE_TYPE   AS table_kind,
       t.REMARKS      AS table_comment,
       c.COLUMN_NAME  AS column_name,
       c.ORDINAL_POSITION AS ordinal_position,
       CASE
         WHEN c.DATA_TYPE = 'ARRAY'
           THEN e.DATA_TYPE
                || CASE WHEN e.CHARACTER_MAXIMUM_LENGTH < 1000000000 THEN '(' || e.CHARACTER_MAXIMUM_LENGTH || ')' ELSE '' END
                || ' ARRAY'
                || CASE WHEN c.MAXIMUM_CARDINALITY <> 65536 THEN '[' || c.MAXIMUM_CARDINALITY || ']' ELSE '' END
         WHEN c.DATA_TYPE = 'ENUM'
           THEN 'ENUM(' || (SELECT LISTAGG('''' || REPLACE(v.VALUE_NAME, '''', '''''') || '''', ', ')
                                   WITHIN GROUP (ORDER BY v.VALUE_ORDINAL)
                            FROM INFORMATION_SCHEMA.ENUM_VALUES v
                            WHERE v.OBJECT_SCHEMA = c.TABLE_SCHEMA AND v.OBJECT_NAME = c.TABLE_NAME
                              AND v.OBJECT_TYPE = 'TABLE' AND v.ENUM_IDENTIFIER = c.DTD_IDENTIFIER) || ')'
         WHEN c.DATA_TYPE = 'ROW'
           THEN 'ROW(' || (SELECT LISTAGG('"' || REPLACE(f.FIELD_NAME, '"', '""') || '" ' || f.DATA_TYPE
                                          || CASE WHEN f.CHARACTER_MAXIMUM_LENGTH < 1000000000
                                                  THEN '(' || f.CHARACTER_MAXIMUM_LENGTH || ')' ELSE '' END, ', ')
                                   WITHIN GROUP (ORDER BY f.ORDINAL_POSITION)
                           FROM INFORMATION_SCHEMA.FIELDS f
                           WHERE f.OBJECT_SCHEMA = c.TABLE_SCHEMA AND f.OBJECT_NAME = c.TABLE_NAME
                             AND f.OBJECT_TYPE = 'TABLE' AND f.ROW_IDENTIFIER = c.DTD_IDENTIFIER) || ')'
         WHEN c.CHARACTER_MAXIMUM_LENGTH IS NOT NULL
           THEN c.DATA_TYPE || CASE WHEN c.CHARACTER_MAXIMUM_LENGTH < 1000000000
                                    THEN '(' || c.CHARACTER_MAXIMUM_LENGTH || ')' ELSE '' END
         WHEN c.DECLARED_DATA_TYPE IS NOT NULL
           THEN c.DECLARED_DATA_TYPE
                || CASE WHEN c.DECLARED_NUMERIC_PRECISION IS NULL THEN ''
                        WHEN c.DECLARED_NUMERIC_SCALE IS NULL THEN '(' || c.DECLARED_NUMERIC_PRECISION || ')'
                        ELSE '(' || c.DECLARED_NUMERIC_PRECISION || ', ' || c.DECLARED_NUMERIC_SCALE || ')' END
         WHEN c.DATA_TYPE LIKE 'TIMESTAMP%'
           THEN 'TIMESTAMP' || CASE WHEN c.DATETIME_PRECISION <> 6 THEN '(' || c.DATETIME_PRECISION || ')' ELSE '' END
                || SUBSTRING(c.DATA_TYPE FROM 10)
         WHEN c.DATA_TYPE LIKE 'TIME%'
           THEN 'TIME' || CASE WHEN c.DATETIME_PRECISION <> 0 THEN '(' || c.DATETIME_PRECISION || ')' ELSE '' END
                || SUBSTRING(c.DATA_TYPE FROM 5)
         WHEN c.DATA_TYPE = 'INTERVAL' AND c.INTERVAL_TYPE = 'SECOND'
           THEN 'INTERVAL SECOND'
                || CASE WHEN c.INTERVAL_PRECISION <> 2 OR c.DATETIME_PRECISION <> 6
                        THEN '(' || c.INTERVAL_PRECISION || ', ' || c.DATETIME_PRECISION || ')' ELSE '' END
         WHEN c.DATA_TYPE = 'INTERVAL'
           THEN 'INTERVAL ' || REGEXP_SUBSTR(c.INTERVAL_TYPE, '^\w+')
                || CASE WHEN c.INTERVAL_PRECISION <> 2 THEN '(' || c.INTERVAL_PRECISION || ')' ELSE '' END
                || REGEXP_REPLACE(c.INTERVAL_TYPE, '^\w+', '')
                || CASE WHEN c.INTERVAL_TYPE LIKE '% SECOND' AND c.DATETIME_PRECISION <> 6
                        THEN '(' || c.DATETIME_PRECISION || ')' ELSE '' END
         ELSE c.DATA_TYPE
       END            AS native_type,
       c.IS_NULLABLE = 'YES' AS is_nullable,
       c.REMARKS      AS column_comment,
       k.ORDINAL_POSITION AS pk_position
FROM INFORMATION_SCHEMA.COLUMNS c
JOIN INFORMATION_SCHEMA.TABLES t
  ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
LEFT JOIN INFORMATION_SCHEMA.ELEMENT_TYPES e
  ON e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME AND e.OBJECT_TYPE = 'TABLE'
 AND e.COLLECTION_TYPE_IDENTIFIER = c.DTD_IDENTIFIER
LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
  ON tc.TABLE_SCHEMA = c.TABLE_SCHEMA AND tc.TABLE_NAME = c.TABLE_NAME AND tc.CONSTRAINT_TYPE = 'PRIMARY KEY'
LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
  ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
 AND k.COLUMN_NAME = c.COLUMN_NAME
WHERE c.TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
ORDER BY table_schema, table_name, ordinal_position
