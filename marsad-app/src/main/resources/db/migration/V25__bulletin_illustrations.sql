-- What a published bulletin's charts and map show (issue 9): the chart values of the
-- snapshots cited, the map's base points and the cited events' places, read at
-- publication and kept as JSON with the bulletin, so that the published pages and PDF
-- are drawn from them and the signature covers them. NULL for drafts (drawn from the
-- data as it stands) and for bulletins published before this column.
ALTER TABLE bulletin ADD COLUMN illustrations TEXT;
