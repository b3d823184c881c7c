-- A supporting report's source and its grades as they stood when the report was linked, as claims
-- keep them: the suggested verification status counts independent sources and weighs their grades
-- from the coded record alone, and a later regrading of the source does not rewrite what was coded.
ALTER TABLE event_report ADD COLUMN source_id UUID;
ALTER TABLE event_report ADD COLUMN reliability CHAR(1);
ALTER TABLE event_report ADD COLUMN credibility SMALLINT;
ALTER TABLE event_report ADD CONSTRAINT event_report_source FOREIGN KEY (source_id) REFERENCES source (id);
ALTER TABLE event_report ADD CONSTRAINT event_report_reliability_known
    CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE event_report ADD CONSTRAINT event_report_credibility_range
    CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6);
