-- Encryption at rest of protected fields (envelope encryption).
-- data_key: the keys that seal protected values, each stored only wrapped (AES-GCM) under the master
-- key, which never enters the database. master_key_id is a fingerprint of the wrapping master key.
CREATE TABLE data_key (
    id            VARCHAR(16)  PRIMARY KEY,
    wrapped       VARCHAR(200) NOT NULL,
    master_key_id VARCHAR(32)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Columns that hold sealed values, one row per column. Each module registers its protected columns in
-- its own migration; clear values found there at start are sealed, key rotation re-encrypts them and
-- the raw-table tests check them. key_columns: the primary key column(s), comma-separated.
CREATE TABLE protected_column (
    table_name  VARCHAR(64)  NOT NULL,
    column_name VARCHAR(64)  NOT NULL,
    key_columns VARCHAR(200) NOT NULL,
    PRIMARY KEY (table_name, column_name)
);

-- A sealed contact is longer than the clear text it holds (nonce, tag, base64).
ALTER TABLE source ALTER COLUMN contact SET DATA TYPE TEXT;
INSERT INTO protected_column (table_name, column_name, key_columns) VALUES ('source', 'contact', 'id');
