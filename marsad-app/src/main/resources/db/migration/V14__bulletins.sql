-- Bulletins (issue 9): composed as text with placeholders bound to tally snapshots and
-- events; on publication the rendered text is frozen and signed with Ed25519, and the row
-- never changes again.
CREATE TABLE bulletin (
    id            UUID PRIMARY KEY,
    bulletin_date DATE NOT NULL,
    title_ar      VARCHAR(300) NOT NULL,
    title_en      VARCHAR(300) NOT NULL,
    body_ar       TEXT NOT NULL,
    body_en       TEXT NOT NULL,
    version       INTEGER NOT NULL,
    published     BOOLEAN NOT NULL DEFAULT FALSE,
    rendered_ar   TEXT,
    rendered_en   TEXT,
    signature     VARCHAR(200),
    public_key    VARCHAR(200),
    published_at  TIMESTAMP WITH TIME ZONE,
    published_by  VARCHAR(64),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(64) NOT NULL
);

CREATE INDEX bulletin_published ON bulletin (published, bulletin_date);
