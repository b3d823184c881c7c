-- Coded records: events, the figures they carry, and the claims (report + span + value) behind each
-- figure. Nothing here is deleted: records are voided with a reason, and every change is kept in
-- coding_change with who, when, why and the record as it became.
CREATE TABLE event (
    id              UUID          PRIMARY KEY,
    type            VARCHAR(40)   NOT NULL,
    sub_type        VARCHAR(80),
    date_from       DATE          NOT NULL,
    date_to         DATE          NOT NULL,
    date_precision  VARCHAR(8)    NOT NULL,
    place_id        VARCHAR(64)   REFERENCES place (id),
    geo_precision   SMALLINT,
    description_ar  TEXT,
    description_en  TEXT,
    status          VARCHAR(16)   NOT NULL,
    status_reason   VARCHAR(2000),
    confidentiality VARCHAR(16)   NOT NULL,
    parent_id       UUID          REFERENCES event (id),
    version         INTEGER       NOT NULL,
    voided          BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason     VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT event_type_known CHECK (type IN ('battles', 'explosions_remote_violence',
        'violence_against_civilians', 'protests', 'riots', 'strategic_developments', 'displacement', 'transfer',
        'return', 'deployment', 'convoy', 'negotiation', 'siege', 'appeal')),
    CONSTRAINT event_dates_ordered CHECK (date_from <= date_to),
    CONSTRAINT event_precision_known CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    CONSTRAINT event_geo_precision_range CHECK (geo_precision IS NULL OR geo_precision BETWEEN 1 AND 3),
    CONSTRAINT event_status_known CHECK (status IN ('single_source', 'fair', 'confirmed', 'contested',
        'discounted')),
    CONSTRAINT event_confidentiality_known CHECK (confidentiality IN ('internal', 'publishable')),
    CONSTRAINT event_void_explained CHECK (voided = FALSE OR void_reason IS NOT NULL)
);
CREATE INDEX event_dates ON event (date_from, date_to);
CREATE INDEX event_place ON event (place_id);
CREATE INDEX event_type_dates ON event (type, date_from);
CREATE INDEX event_parent ON event (parent_id);
CREATE INDEX event_updated ON event (updated_at);

-- Actors in their roles (ACLED: actor 1, actor 2, associated actors).
CREATE TABLE event_actor (
    event_id UUID        NOT NULL REFERENCES event (id),
    actor_id VARCHAR(64) NOT NULL REFERENCES actor (id),
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (event_id, actor_id, role),
    CONSTRAINT event_actor_role_known CHECK (role IN ('actor1', 'actor2', 'associated'))
);
CREATE INDEX event_actor_actor ON event_actor (actor_id, event_id);

-- Reports that support an event, with the span that speaks of it when one was marked.
CREATE TABLE event_report (
    event_id       UUID        NOT NULL REFERENCES event (id),
    report_id      UUID        NOT NULL REFERENCES report (id),
    report_version INTEGER     NOT NULL,
    span_start     INTEGER,
    span_end       INTEGER,
    linked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by      VARCHAR(64) NOT NULL,
    PRIMARY KEY (event_id, report_id),
    CONSTRAINT event_report_span_ordered CHECK (span_start IS NULL OR (span_start >= 0 AND span_end > span_start))
);
CREATE INDEX event_report_report ON event_report (report_id);

-- A figure: what is counted in an event. low/best/high and qualifier are its current value, derived
-- from its claims by value_rule and kept here so that tallies aggregate without reading claims.
-- period_from/period_to: the as-of date (both equal) or the period the figure covers; a cumulative
-- figure («منذ الأول من ديسمبر … 36250») is a running total over its period, not an addition.
CREATE TABLE figure (
    id           UUID          PRIMARY KEY,
    event_id     UUID          NOT NULL REFERENCES event (id),
    unit         VARCHAR(16)   NOT NULL,
    category     VARCHAR(16)   NOT NULL,
    nationality  CHAR(2),
    group_actor  VARCHAR(64)   REFERENCES actor (id),
    age_group    VARCHAR(8),
    sex          VARCHAR(8),
    period_from  DATE,
    period_to    DATE,
    cumulative   BOOLEAN       NOT NULL,
    part_of      UUID          REFERENCES figure (id),
    value_rule   VARCHAR(24)   NOT NULL,
    qualifier    VARCHAR(16),
    low          NUMERIC(20, 4),
    best         NUMERIC(20, 4),
    high         NUMERIC(20, 4),
    version      INTEGER       NOT NULL,
    voided       BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason  VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT figure_unit_known CHECK (unit IN ('person', 'family', 'vehicle', 'aircraft', 'strike', 'building',
        'km2', 'other')),
    CONSTRAINT figure_category_known CHECK (category IN ('exited', 'returned', 'transferred', 'killed', 'injured',
        'arrested', 'surrendered', 'missing', 'trapped', 'detained', 'released', 'deployed', 'entered',
        'strikes', 'area', 'other')),
    CONSTRAINT figure_age_known CHECK (age_group IS NULL OR age_group IN ('child', 'adult')),
    CONSTRAINT figure_sex_known CHECK (sex IS NULL OR sex IN ('female', 'male')),
    CONSTRAINT figure_period_ordered CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to),
    CONSTRAINT figure_rule_known CHECK (value_rule IN ('best_graded', 'most_recent', 'highest', 'lowest', 'manual')),
    CONSTRAINT figure_qualifier_known CHECK (qualifier IS NULL OR qualifier IN ('exact', 'about', 'more_than',
        'at_least', 'less_than', 'at_most', 'vague')),
    CONSTRAINT figure_bounds_ordered CHECK (low IS NULL OR high IS NULL OR low <= high),
    CONSTRAINT figure_not_own_part CHECK (part_of IS NULL OR part_of <> id),
    CONSTRAINT figure_void_explained CHECK (voided = FALSE OR void_reason IS NOT NULL)
);
CREATE INDEX figure_event ON figure (event_id);
CREATE INDEX figure_unit_category ON figure (unit, category, period_to);
CREATE INDEX figure_part_of ON figure (part_of);

-- One report's statement of a figure's value: the report, the span it was read from, the value as
-- stated and the grades of its source at the time it was coded.
CREATE TABLE claim (
    id             UUID           PRIMARY KEY,
    figure_id      UUID           NOT NULL REFERENCES figure (id),
    report_id      UUID           NOT NULL REFERENCES report (id),
    report_version INTEGER        NOT NULL,
    span_start     INTEGER        NOT NULL,
    span_end       INTEGER        NOT NULL,
    quote          VARCHAR(4000)  NOT NULL,
    qualifier      VARCHAR(16)    NOT NULL,
    low            NUMERIC(20, 4),
    best           NUMERIC(20, 4),
    high           NUMERIC(20, 4),
    source_id      UUID           REFERENCES source (id),
    reliability    CHAR(1),
    credibility    SMALLINT,
    stated_on      DATE,
    voided         BOOLEAN        NOT NULL DEFAULT FALSE,
    void_reason    VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(64)    NOT NULL,
    CONSTRAINT claim_span_ordered CHECK (span_start >= 0 AND span_end > span_start),
    CONSTRAINT claim_qualifier_known CHECK (qualifier IN ('exact', 'about', 'more_than', 'at_least', 'less_than',
        'at_most', 'vague')),
    CONSTRAINT claim_bounds_ordered CHECK (low IS NULL OR high IS NULL OR low <= high),
    CONSTRAINT claim_reliability_known CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    CONSTRAINT claim_credibility_range CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6),
    CONSTRAINT claim_void_explained CHECK (voided = FALSE OR void_reason IS NOT NULL)
);
CREATE INDEX claim_figure ON claim (figure_id);
CREATE INDEX claim_report ON claim (report_id);

-- The history of every coded record: one row per change, with the record as it became (JSON).
CREATE TABLE coding_change (
    id          UUID          PRIMARY KEY,
    record_kind VARCHAR(16)   NOT NULL,
    record_id   UUID          NOT NULL,
    version     INTEGER       NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(2000),
    content     TEXT          NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT coding_change_kind_known CHECK (record_kind IN ('event', 'figure', 'claim')),
    CONSTRAINT coding_change_action_known CHECK (action IN ('created', 'updated', 'voided', 'linked', 'status'))
);
CREATE INDEX coding_change_record ON coding_change (record_kind, record_id, version);
