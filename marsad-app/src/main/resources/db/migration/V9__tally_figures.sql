-- Tallies: the figures that can count, one narrow row each with the event's place, status, type and
-- day copied in, so that a tally reads one table instead of joining a million figures to their events
-- (docs/BENCHMARKS.md, "Tallies over a million figures"). Only live figures of live events are here:
-- a voided figure or event never counts. The tallies module keeps it in step with figure and event
-- from the events module's FigureChanged and EventChanged, in the transaction that made the change,
-- and rebuilds it whenever its rows and the live figures disagree. It is a copy: no foreign keys,
-- nothing else refers to it.
CREATE TABLE tally_figure (
    id          UUID          PRIMARY KEY,
    event_id    UUID          NOT NULL,
    category    VARCHAR(16)   NOT NULL,
    cumulative  BOOLEAN       NOT NULL,
    -- The day a figure is dated: its period's last day, else its event's.
    dated_on    DATE          NOT NULL,
    unit        VARCHAR(16)   NOT NULL,
    part_of     UUID,
    nationality CHAR(2),
    group_actor VARCHAR(64),
    age_group   VARCHAR(8),
    sex         VARCHAR(8),
    period_from DATE,
    place_id    VARCHAR(64),
    status      VARCHAR(16)   NOT NULL,
    type        VARCHAR(40)   NOT NULL,
    qualifier   VARCHAR(16),
    low         NUMERIC(20, 4),
    best        NUMERIC(20, 4),
    high        NUMERIC(20, 4)
);
-- A tally reads one category, event figures and running totals apart, over a range of days.
CREATE INDEX tally_figure_scan ON tally_figure (category, cumulative, dated_on, unit);
CREATE INDEX tally_figure_event ON tally_figure (event_id);

INSERT INTO tally_figure (id, event_id, category, cumulative, dated_on, unit, part_of, nationality, group_actor,
        age_group, sex, period_from, place_id, status, type, qualifier, low, best, high)
    SELECT f.id, f.event_id, f.category, f.cumulative, COALESCE(f.period_to, e.date_to), f.unit, f.part_of,
        f.nationality, f.group_actor, f.age_group, f.sex, f.period_from, e.place_id, e.status, e.type, f.qualifier,
        f.low, f.best, f.high
    FROM figure f JOIN event e ON e.id = f.event_id
    WHERE f.voided = FALSE AND e.voided = FALSE
    -- In the order of the index a tally scans, so that on H2 (whose rows are stored in the order they
    -- were written) the rows of a category and a range of days lie together.
    ORDER BY f.category, f.cumulative, COALESCE(f.period_to, e.date_to), f.unit;
