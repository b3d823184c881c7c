-- Imports of events and figures from spreadsheets: the uploaded sheet (its bytes are kept in the
-- data folder under the sheet's id, never under the sender's file name) and the runs that commit it.
CREATE TABLE import_sheet (
    id           UUID          PRIMARY KEY,
    file_name    VARCHAR(200)  NOT NULL,
    format       VARCHAR(8)    NOT NULL,
    encoding     VARCHAR(32),
    byte_size    BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    -- The header row as read, one column name per line.
    columns_text TEXT          NOT NULL,
    row_count    INTEGER       NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT import_sheet_format_known CHECK (format IN ('csv', 'xlsx'))
);
CREATE INDEX import_sheet_recent ON import_sheet (uploaded_at);

CREATE TABLE import_job (
    id              UUID         PRIMARY KEY,
    sheet_id        UUID         NOT NULL REFERENCES import_sheet (id),
    state           VARCHAR(16)  NOT NULL,
    row_total       INTEGER      NOT NULL,
    rows_done       INTEGER      NOT NULL,
    events_created  INTEGER      NOT NULL,
    figures_created INTEGER      NOT NULL,
    -- Row problems as JSON ([{row, column, value, message}]), at most a few hundred.
    problems        TEXT,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by      VARCHAR(64)  NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT import_job_state_known CHECK (state IN ('queued', 'running', 'committed', 'refused', 'failed'))
);
CREATE INDEX import_job_sheet ON import_job (sheet_id, started_at);
