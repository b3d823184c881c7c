-- Persons and households: the registry of the displaced, detained, missing and dead.
-- Nothing here is deleted: persons, status entries and evidence are voided with a reason, a merge
-- only points the duplicate at the person it joins (undone by clearing the pointer), and every
-- change is kept in person_change with who, when, why and the record as it became.
CREATE TABLE household (
    id         UUID          PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64)   NOT NULL
);

CREATE TABLE person (
    id                  UUID          PRIMARY KEY,
    full_name           VARCHAR(300)  NOT NULL,
    given_name          VARCHAR(100),
    father_name         VARCHAR(100),
    grandfather_name    VARCHAR(100),
    family_name         VARCHAR(100),
    kunya               VARCHAR(100),
    latin_names         VARCHAR(1000),
    sex                 VARCHAR(8),
    age                 INTEGER,
    age_on              DATE,
    birth_year          INTEGER,
    birth_precision     VARCHAR(8),
    nationality         VARCHAR(2),
    origin_place_id     VARCHAR(64)   REFERENCES place (id),
    description         TEXT,
    household_id        UUID          REFERENCES household (id),
    household_relation  VARCHAR(16),
    confidentiality     VARCHAR(16)   NOT NULL,
    merged_into         UUID          REFERENCES person (id),
    version             INTEGER       NOT NULL,
    voided              BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason         VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT person_sex_known CHECK (sex IS NULL OR sex IN ('female', 'male')),
    CONSTRAINT person_age_range CHECK (age IS NULL OR age BETWEEN 0 AND 130),
    CONSTRAINT person_birth_precision_known CHECK (birth_precision IS NULL
        OR birth_precision IN ('exact', 'about', 'decade')),
    CONSTRAINT person_relation_known CHECK (household_relation IS NULL OR household_relation IN ('head', 'spouse',
        'son', 'daughter', 'parent', 'sibling', 'grandchild', 'grandparent', 'relative', 'other')),
    CONSTRAINT person_confidentiality_known CHECK (confidentiality IN ('internal', 'publishable')),
    CONSTRAINT person_void_explained CHECK (voided = FALSE OR void_reason IS NOT NULL)
);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX person_updated ON person (updated_at);
CREATE INDEX person_merged ON person (merged_into);

-- The status timeline: dated entries, each optionally tied to an event, an actor and a place.
CREATE TABLE person_status (
    id          UUID         PRIMARY KEY,
    person_id   UUID         NOT NULL REFERENCES person (id),
    status      VARCHAR(16)  NOT NULL,
    status_on   DATE         NOT NULL,
    event_id    UUID         REFERENCES event (id),
    actor_id    VARCHAR(64)  REFERENCES actor (id),
    place_id    VARCHAR(64)  REFERENCES place (id),
    note        VARCHAR(2000),
    voided      BOOLEAN      NOT NULL DEFAULT FALSE,
    void_reason VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT person_status_known CHECK (status IN ('exited', 'screened', 'transferred', 'detained', 'released',
        'missing', 'trapped', 'found', 'injured', 'killed'))
);
CREATE INDEX person_status_person ON person_status (person_id, status_on);

-- Reports that speak of a person.
CREATE TABLE person_source (
    person_id UUID        NOT NULL REFERENCES person (id),
    report_id UUID        NOT NULL REFERENCES report (id),
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (person_id, report_id)
);

-- Identity documents held, lost, destroyed or confiscated. The number is sealed by the keys module
-- (AES-GCM under a data key, bound to this row) and shown masked; it is registered as protected.
CREATE TABLE identity_document (
    id              UUID         PRIMARY KEY,
    person_id       UUID         NOT NULL REFERENCES person (id),
    document_type   VARCHAR(24)  NOT NULL,
    issuing_country VARCHAR(2),
    document_number TEXT,
    document_state  VARCHAR(16)  NOT NULL,
    note            VARCHAR(2000),
    voided          BOOLEAN      NOT NULL DEFAULT FALSE,
    void_reason     VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT identity_document_type_known CHECK (document_type IN ('national_id', 'passport', 'family_booklet',
        'birth_certificate', 'civil_registry_extract', 'driving_licence', 'refugee_card', 'other')),
    CONSTRAINT identity_document_state_known CHECK (document_state IN ('held', 'lost', 'destroyed', 'confiscated'))
);
CREATE INDEX identity_document_person ON identity_document (person_id);
INSERT INTO protected_column (table_name, column_name, key_columns) VALUES ('identity_document', 'document_number', 'id');

-- Copies of documents sent by relatives, kept in the database (so that a copy and its record are
-- written, backed up and restored together).
CREATE TABLE document_copy (
    id                   UUID          PRIMARY KEY,
    person_id            UUID          NOT NULL REFERENCES person (id),
    identity_document_id UUID          REFERENCES identity_document (id),
    file_name            VARCHAR(255)  NOT NULL,
    media_type           VARCHAR(100)  NOT NULL,
    size_bytes           BIGINT        NOT NULL,
    sha256               VARCHAR(64)   NOT NULL,
    content              BYTEA         NOT NULL,
    provided_by          VARCHAR(200)  NOT NULL,
    provider_relation    VARCHAR(100),
    voided               BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason          VARCHAR(2000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(64)   NOT NULL
);
CREATE INDEX document_copy_person ON document_copy (person_id);

-- Attestations: someone vouches for who the person is. The voucher is a person of the registry, a
-- source, or named in full.
CREATE TABLE identity_attestation (
    id                UUID          PRIMARY KEY,
    person_id         UUID          NOT NULL REFERENCES person (id),
    voucher_person_id UUID          REFERENCES person (id),
    voucher_source_id UUID          REFERENCES source (id),
    voucher_name      VARCHAR(300),
    relation          VARCHAR(100)  NOT NULL,
    statement         VARCHAR(4000) NOT NULL,
    attested_on       DATE          NOT NULL,
    voided            BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason       VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)   NOT NULL,
    CONSTRAINT identity_attestation_voucher CHECK (voucher_person_id IS NOT NULL OR voucher_source_id IS NOT NULL
        OR voucher_name IS NOT NULL)
);
CREATE INDEX identity_attestation_person ON identity_attestation (person_id);

-- Every change to a person and its timeline and evidence, as the record became (JSON).
CREATE TABLE person_change (
    id          UUID          PRIMARY KEY,
    person_id   UUID          NOT NULL REFERENCES person (id),
    version     INTEGER       NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    reason      VARCHAR(2000),
    content     TEXT          NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL
);
CREATE INDEX person_change_person ON person_change (person_id, changed_at);

-- The organisation's Ed25519 key pair for identity attestations; the private key is sealed.
CREATE TABLE signing_key (
    id          VARCHAR(24)  PRIMARY KEY,
    public_key  TEXT         NOT NULL,
    private_key TEXT         NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO protected_column (table_name, column_name, key_columns) VALUES ('signing_key', 'private_key', 'id');

-- Identity attestations issued: the signed payload exactly as signed.
CREATE TABLE issued_attestation (
    id         UUID         PRIMARY KEY,
    person_id  UUID         NOT NULL REFERENCES person (id),
    payload    TEXT         NOT NULL,
    signature  VARCHAR(200) NOT NULL,
    key_id     VARCHAR(24)  NOT NULL REFERENCES signing_key (id),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by  VARCHAR(64)  NOT NULL
);
CREATE INDEX issued_attestation_person ON issued_attestation (person_id);

-- Possible duplicates found by record linkage, for review; a merge points the duplicate at the
-- person kept and is undone by clearing that pointer.
CREATE TABLE person_match (
    id          UUID         PRIMARY KEY,
    person_a    UUID         NOT NULL REFERENCES person (id),
    person_b    UUID         NOT NULL REFERENCES person (id),
    score       DOUBLE PRECISION NOT NULL,
    decision    VARCHAR(16)  NOT NULL,
    evidence    TEXT         NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    found_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    resolved_by VARCHAR(64),
    CONSTRAINT person_match_state_known CHECK (state IN ('open', 'merged', 'distinct', 'unmerged')),
    CONSTRAINT person_match_pair UNIQUE (person_a, person_b)
);
