-- Intake: sources, reports (every version kept), attachments (files stored once by SHA-256).
CREATE TABLE source (
    id          UUID          PRIMARY KEY,
    pseudonym   VARCHAR(200)  NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    reliability CHAR(1)       NOT NULL,
    contact     VARCHAR(2000),
    notes       VARCHAR(10000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT source_kind_known CHECK (kind IN ('field_correspondent', 'medical', 'local_council', 'media',
        'resident', 'official', 'other')),
    CONSTRAINT source_reliability_known CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
);
CREATE INDEX source_created ON source (created_at);

-- The stable identity and metadata of a report; its text lives in report_version.
CREATE TABLE report (
    id              UUID         PRIMARY KEY,
    source_id       UUID         REFERENCES source (id),
    channel         VARCHAR(16)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    DATE,
    credibility     SMALLINT     NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    current_version INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT report_channel_known CHECK (channel IN ('message', 'call', 'email', 'web', 'audio', 'document')),
    CONSTRAINT report_status_known CHECK (status IN ('new', 'coded', 'verified')),
    CONSTRAINT report_credibility_range CHECK (credibility BETWEEN 1 AND 6)
);
CREATE INDEX report_received ON report (received_at, created_at);
CREATE INDEX report_source ON report (source_id);

-- Each version of a report's text exactly as received; corrections add a version, none is changed.
CREATE TABLE report_version (
    report_id  UUID         NOT NULL REFERENCES report (id),
    version    INTEGER      NOT NULL,
    title      VARCHAR(500),
    text       TEXT         NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (report_id, version),
    CONSTRAINT report_version_language_known CHECK (language IN ('ar', 'en', 'other'))
);

-- A file attached to a report; the content lives once under attachments/ by its SHA-256.
-- original_name is the name as sent, kept for the record only; file_name is its sanitised form,
-- the only one shown or offered in downloads. Neither is ever used as a path.
CREATE TABLE attachment (
    id            UUID          PRIMARY KEY,
    report_id     UUID          NOT NULL REFERENCES report (id),
    sha256        CHAR(64)      NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    original_name VARCHAR(1000),
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_report ON attachment (report_id);
CREATE INDEX attachment_sha256 ON attachment (sha256);
