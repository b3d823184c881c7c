-- The event list filtered by a place and a type, with or without dates (docs/BENCHMARKS.md, "Event list"):
-- every column the filter reads is in the index, so that the events of the places within a governorate
-- are found by place, type and date on the index alone instead of fetching every event of the place to
-- read its type and end date (a governorate's battles in one year: 19,928 rows read for 250 matches,
-- 1.6 s, before; 3,217 index entries, 43 ms, after, on the benchmark's 100,000 events in embedded H2).
CREATE INDEX event_list_place_type ON event (place_id, voided, type, date_from, date_to);
