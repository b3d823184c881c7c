-- Indexes for the event list (latest first: date_from, then id, both descending) and its counts,
-- measured with 100,000 events (docs/BENCHMARKS.md, "Event list").
-- event_list: unfiltered and date-range pages are read off the index in order and stop after a page.
CREATE INDEX event_list ON event (date_from DESC, id DESC);
-- By type, by status, by place (joined through place_ancestor): pages and counts read only the index
-- (voided is in it), instead of fetching every matching row.
CREATE INDEX event_list_type ON event (type, voided, date_from DESC, id DESC);
CREATE INDEX event_list_status ON event (status, voided, date_from DESC, id DESC);
CREATE INDEX event_list_place ON event (place_id, voided, date_from DESC, id DESC);
-- Counts of events overlapping a date range, and the count of every event that is not void.
CREATE INDEX event_list_ends ON event (date_to, date_from, voided);
-- Counts by actor: the events found through event_actor are checked for voided on the index.
CREATE INDEX event_list_id ON event (id, voided, date_from DESC);
