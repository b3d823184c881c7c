-- Tallies: each part («among them») carries the fields of its whole that decide whether the whole
-- counts in the same number (docs/BENCHMARKS.md, "Tallies over a million figures"), so that a tally
-- reads its event figures in one scan of tally_figure, without looking each part's whole up by id.
-- whole_event_id is set only when the figure is a part and its whole is live (neither the whole nor
-- its event voided); the other whole_ columns mean something only when it is set. The tallies
-- module writes them with the rest of the row, and writes a part's row again when its whole or the
-- whole's event changes.
ALTER TABLE tally_figure ADD COLUMN whole_event_id UUID;
ALTER TABLE tally_figure ADD COLUMN whole_category VARCHAR(16);
ALTER TABLE tally_figure ADD COLUMN whole_cumulative BOOLEAN;
ALTER TABLE tally_figure ADD COLUMN whole_unit VARCHAR(16);
ALTER TABLE tally_figure ADD COLUMN whole_nationality CHAR(2);
ALTER TABLE tally_figure ADD COLUMN whole_group_actor VARCHAR(64);
ALTER TABLE tally_figure ADD COLUMN whole_age_group VARCHAR(8);
ALTER TABLE tally_figure ADD COLUMN whole_sex VARCHAR(8);
ALTER TABLE tally_figure ADD COLUMN whole_place_id VARCHAR(64);
ALTER TABLE tally_figure ADD COLUMN whole_status VARCHAR(16);
ALTER TABLE tally_figure ADD COLUMN whole_type VARCHAR(40);

-- Written again from the coded-event tables, in the order of the index a tally scans (see V9).
DELETE FROM tally_figure;
INSERT INTO tally_figure (id, event_id, category, cumulative, dated_on, unit, part_of, nationality, group_actor,
        age_group, sex, period_from, place_id, status, type, qualifier, low, best, high, whole_event_id,
        whole_category, whole_cumulative, whole_unit, whole_nationality, whole_group_actor, whole_age_group,
        whole_sex, whole_place_id, whole_status, whole_type)
    SELECT f.id, f.event_id, f.category, f.cumulative, COALESCE(f.period_to, e.date_to), f.unit, f.part_of,
        f.nationality, f.group_actor, f.age_group, f.sex, f.period_from, e.place_id, e.status, e.type, f.qualifier,
        f.low, f.best, f.high, we.id, w.category, w.cumulative, w.unit, w.nationality, w.group_actor, w.age_group,
        w.sex, we.place_id, we.status, we.type
    FROM figure f JOIN event e ON e.id = f.event_id
    LEFT JOIN figure w ON w.id = f.part_of AND w.voided = FALSE
    LEFT JOIN event we ON we.id = w.event_id AND we.voided = FALSE
    WHERE f.voided = FALSE AND e.voided = FALSE
    ORDER BY f.category, f.cumulative, COALESCE(f.period_to, e.date_to), f.unit;
