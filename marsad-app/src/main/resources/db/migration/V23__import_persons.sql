-- Imports of persons (issue 9): a job says what its sheet held, and counts the persons and households
-- it registered. Jobs stored before this change imported events.
ALTER TABLE import_job ADD COLUMN kind VARCHAR(16) DEFAULT 'events' NOT NULL;
ALTER TABLE import_job ADD COLUMN persons_created INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE import_job ADD COLUMN households_created INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE import_job ADD CONSTRAINT import_job_kind_known CHECK (kind IN ('events', 'persons'));
