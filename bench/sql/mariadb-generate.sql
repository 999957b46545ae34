-- Creates @n tables of 10 columns of mixed types in the current database, server-side in a procedure. Usage:
--   mariadb -h 127.0.0.1 -u root DB -e "SET @n = 10000; SOURCE bench/sql/mariadb-generate.sql;"
DROP PROCEDURE IF EXISTS bench_generate;
DELIMITER //
CREATE PROCEDURE bench_generate(n INT)
BEGIN
    DECLARE i INT DEFAULT 0;
    WHILE i < n DO
        SET @ddl = CONCAT('CREATE TABLE t', i, ' (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL,',
            ' amount DECIMAL(12,2), created_at DATETIME(6), flag TINYINT(1), payload JSON, code CHAR(3),',
            ' qty INT UNSIGNED, ratio DOUBLE, status ENUM(''new'',''done''))');
        PREPARE statement FROM @ddl;
        EXECUTE statement;
        DEALLOCATE PREPARE statement;
        SET i = i + 1;
    END WHILE;
END //
DELIMITER ;
CALL bench_generate(@n);
DROP PROCEDURE bench_generate;
