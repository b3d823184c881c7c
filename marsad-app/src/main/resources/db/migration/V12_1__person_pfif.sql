-- The PFIF record id of a person imported from another registry (PFIF 1.4 person_record_id), so that
-- the same record is not imported twice and exports name it as the other registry did.
ALTER TABLE person ADD COLUMN pfif_record_id VARCHAR(500);
CREATE UNIQUE INDEX person_pfif_record ON person (pfif_record_id);
