-- The conformance catalog in MariaDB (CatalogConformanceTest): ${schema} is the test's own database.
CREATE DATABASE ${schema};
CREATE TABLE ${schema}.customers (id int unsigned PRIMARY KEY, name text NOT NULL, email varchar(100),
  mood enum('sad','ok')) COMMENT 'who buys';
CREATE TABLE ${schema}.orders (id bigint, line smallint, customer_id int NOT NULL, amount decimal(10,2) NOT NULL,
  note varchar(200) COMMENT 'free text', created_at datetime(6), paid tinyint(1), payload json, tags set('a','b'),
  PRIMARY KEY (id, line));
CREATE TABLE ${schema}.`odd.name` (`a b` int, `ünï` text);
CREATE VIEW ${schema}.order_view AS SELECT id, amount FROM ${schema}.orders;
CREATE TABLE ${schema}.families (ti tinyint, tiu tinyint unsigned, si smallint, mi mediumint, bi bigint unsigned,
  f float, dbl double, dc decimal(5), bt bit(3), yr year, dt date, tm time(3), ts timestamp(3) NULL, ch char(3),
  vb varbinary(16), bl blob, mt mediumtext, js json, en enum('x','y'), st set('a','b'),
  gen int GENERATED ALWAYS AS (ti + 1) VIRTUAL, zf int(5) zerofill, ip inet6, u uuid);
CREATE TABLE ${schema}.`MixedCase` (`Id` int, `Name With Space` text);
CREATE TABLE ${schema}.`has "quote"` (x int);
CREATE TABLE ${schema}.`with space` (x int);
CREATE TABLE ${schema}.`日本` (x int);
CREATE TABLE ${schema}.events (id int, at date NOT NULL) PARTITION BY RANGE (YEAR(at))
  (PARTITION p2024 VALUES LESS THAN (2025), PARTITION pmax VALUES LESS THAN MAXVALUE);
