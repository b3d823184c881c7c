-- Tallies: saved definitions of running counts, and the snapshots that publish them. Figures are
-- read from the event tables (V4); nothing here refers to a figure's value, only to its id.
CREATE TABLE tally (
    id             UUID          PRIMARY KEY,
    name           VARCHAR(300)  NOT NULL,
    unit           VARCHAR(16)   NOT NULL,
    category       VARCHAR(16)   NOT NULL,
    period_from    DATE,
    period_to      DATE,
    place_id       VARCHAR(64)   REFERENCES place (id),
    minimum_status VARCHAR(16)   NOT NULL,
    -- Breakdown codes separated by commas, in the order shown (nationality, actor, place, unit).
    breakdowns     VARCHAR(100)  NOT NULL,
    granularity    VARCHAR(8)    NOT NULL,
    pinned         BOOLEAN       NOT NULL DEFAULT FALSE,
    version        INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(64)   NOT NULL,
    CONSTRAINT tally_unit_known CHECK (unit IN ('person', 'family', 'vehicle', 'aircraft', 'strike', 'building',
        'km2', 'other')),
    CONSTRAINT tally_category_known CHECK (category IN ('exited', 'returned', 'transferred', 'killed', 'injured',
        'arrested', 'surrendered', 'missing', 'trapped', 'detained', 'released', 'deployed', 'entered',
        'strikes', 'area', 'other')),
    CONSTRAINT tally_status_known CHECK (minimum_status IN ('contested', 'single_source', 'fair', 'confirmed')),
    CONSTRAINT tally_granularity_known CHECK (granularity IN ('day', 'week', 'month')),
    CONSTRAINT tally_period_ordered CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);
CREATE INDEX tally_pinned ON tally (pinned, name);

-- The list filters of a tally: one row per value. Actor ids are checked against the catalogue when
-- the tally is defined.
CREATE TABLE tally_criterion (
    tally_id UUID        NOT NULL REFERENCES tally (id),
    kind     VARCHAR(16) NOT NULL,
    val      VARCHAR(64) NOT NULL,
    PRIMARY KEY (tally_id, kind, val),
    CONSTRAINT tally_criterion_kind_known CHECK (kind IN ('actor', 'nationality', 'group_actor', 'age_group', 'sex',
        'event_type'))
);

-- A published tally, never changed: the definition and result as JSON documents, the total in
-- columns for lists.
CREATE TABLE tally_snapshot (
    id             UUID           PRIMARY KEY,
    tally_id       UUID           NOT NULL REFERENCES tally (id),
    tally_version  INTEGER        NOT NULL,
    as_of          DATE           NOT NULL,
    low            NUMERIC(24, 4) NOT NULL,
    best           NUMERIC(24, 4) NOT NULL,
    high           NUMERIC(24, 4),
    low_exclusive  BOOLEAN        NOT NULL,
    high_exclusive BOOLEAN        NOT NULL,
    definition     TEXT           NOT NULL,
    result         TEXT           NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by   VARCHAR(64)    NOT NULL
);
CREATE INDEX tally_snapshot_tally ON tally_snapshot (tally_id, published_at);

-- The figures counted in each number of a snapshot, as they stood when it was published.
CREATE TABLE tally_snapshot_figure (
    snapshot_id    UUID           NOT NULL REFERENCES tally_snapshot (id),
    cell           VARCHAR(100)   NOT NULL,
    figure_id      UUID           NOT NULL REFERENCES figure (id),
    figure_version INTEGER        NOT NULL,
    event_id       UUID           NOT NULL,
    event_type     VARCHAR(40)    NOT NULL,
    role           VARCHAR(16)    NOT NULL,
    cumulative     BOOLEAN        NOT NULL,
    period_from    DATE,
    dated_on       DATE           NOT NULL,
    part_of        UUID,
    qualifier      VARCHAR(16),
    low            NUMERIC(20, 4),
    best           NUMERIC(20, 4),
    high           NUMERIC(20, 4),
    PRIMARY KEY (snapshot_id, cell, figure_id),
    CONSTRAINT tally_snapshot_figure_role_known CHECK (role IN ('anchor', 'added'))
);

-- The claims behind the frozen figures, with their report spans and quotes as they stood.
CREATE TABLE tally_snapshot_claim (
    snapshot_id    UUID           NOT NULL REFERENCES tally_snapshot (id),
    claim_id       UUID           NOT NULL,
    figure_id      UUID           NOT NULL,
    report_id      UUID           NOT NULL,
    report_version INTEGER        NOT NULL,
    span_start     INTEGER        NOT NULL,
    span_end       INTEGER        NOT NULL,
    quote          VARCHAR(4000)  NOT NULL,
    qualifier      VARCHAR(16)    NOT NULL,
    low            NUMERIC(20, 4),
    best           NUMERIC(20, 4),
    high           NUMERIC(20, 4),
    PRIMARY KEY (snapshot_id, claim_id)
);
CREATE INDEX tally_snapshot_claim_figure ON tally_snapshot_claim (snapshot_id, figure_id);
