-- The tamper-evident audit log: one row per write, chained by hash. Rows are only ever inserted.
-- hash = SHA-256 over previous_hash and the entry's fields (see org.marsad.audit.internal.ChainHash).
CREATE TABLE audit_entry (
    seq           BIGINT        PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    record_kind   VARCHAR(32)   NOT NULL,
    record_id     VARCHAR(100)  NOT NULL,
    before_digest VARCHAR(64),
    after_digest  VARCHAR(64),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_recorded ON audit_entry (recorded_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, recorded_at);
CREATE INDEX audit_entry_record ON audit_entry (record_kind, record_id);
CREATE INDEX audit_entry_hash ON audit_entry (hash);

-- The end of the chain. Its single row is locked by every append until the appending transaction
-- ends, which makes appends follow one another.
CREATE TABLE audit_head (
    id   SMALLINT    PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
