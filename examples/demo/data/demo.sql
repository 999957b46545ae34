-- The demo's embedded database: a small shop. Rebuild demo.db with
--   rm -f data/demo.db && sqlite3 data/demo.db < data/demo.sql
-- Declared types cover every family the tool maps: integers, decimals, strings, booleans, dates and times (with and
-- without time zone), JSON, binary, and an undeclared column (SQLite allows one).
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    email       VARCHAR(255) NOT NULL UNIQUE,
    full_name   TEXT,
    is_active   BOOLEAN NOT NULL DEFAULT 1,
    signup_date DATE,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE products (
    id         INTEGER PRIMARY KEY,
    sku        VARCHAR(32) NOT NULL,
    name       TEXT NOT NULL,
    price      DECIMAL(10,2) NOT NULL,
    weight_kg  REAL,
    attributes JSON,
    thumbnail  BLOB
);

CREATE TABLE orders (
    id          BIGINT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    ordered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(16) NOT NULL,
    total       NUMERIC(12,2)
);

CREATE TABLE order_items (
    order_id   BIGINT NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity   SMALLINT NOT NULL,
    unit_price DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE stores (
    id        INTEGER PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    opens_at  TIME,
    closes_at TIME,
    latitude  DOUBLE,
    longitude DOUBLE PRECISION
);

CREATE TABLE inventory (
    store_id   INTEGER NOT NULL REFERENCES stores (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    on_hand    INT NOT NULL,
    updated_at DATETIME,
    PRIMARY KEY (store_id, product_id)
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    payload     JSON,
    happened_at TIMESTAMP WITHOUT TIME ZONE,
    raw         BLOB
);

CREATE TABLE product_tags (
    product_id INTEGER NOT NULL REFERENCES products (id),
    tag        VARCHAR(40) NOT NULL
);

CREATE TABLE legacy_notes (
    note,
    written  DATETIME,
    flags    TINYINT UNSIGNED,
    counter  BIGINT UNSIGNED,
    ratio    FLOAT,
    code     CHAR(3),
    label    NVARCHAR(50)
);

CREATE VIEW order_totals AS
SELECT o.id AS order_id, c.email, SUM(i.quantity * i.unit_price) AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, c.email;

INSERT INTO customers VALUES (1, 'ana@example.com', 'Ana Lima', 1, '2024-01-03', '2024-01-03 09:12:00'),
                             (2, 'bo@example.com', 'Bo Berg', 0, '2024-02-11', '2024-02-11 17:40:00');
INSERT INTO products VALUES (1, 'MUG-01', 'Mug', 9.50, 0.35, '{"color": "blue"}', NULL),
                            (2, 'TEE-02', 'T-shirt', 19.00, 0.2, '{"size": "M"}', NULL);
INSERT INTO orders VALUES (1001, 1, '2024-03-01 10:00:00+01:00', 'shipped', 38.00);
INSERT INTO order_items VALUES (1001, 1, 2, 9.50), (1001, 2, 1, 19.00);
INSERT INTO stores VALUES (1, 'Harbour', '09:00', '18:00', 59.91, 10.75);
INSERT INTO inventory VALUES (1, 1, 40, '2024-03-02 08:00:00'), (1, 2, 12, '2024-03-02 08:00:00');
INSERT INTO events (kind, payload, happened_at) VALUES ('signup', '{"customer": 1}', '2024-01-03 09:12:00');
INSERT INTO product_tags VALUES (1, 'kitchen'), (2, 'clothing');
INSERT INTO legacy_notes VALUES ('first import', '2019-05-05 12:00:00', 1, 42, 0.5, 'NOK', 'Oslo');
