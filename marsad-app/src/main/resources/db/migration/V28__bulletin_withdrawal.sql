-- Withdrawal of a published bulletin (issue 9): the bulletin's row keeps what was published and
-- its signature; the withdrawal adds a dated, signed notice with the reasons, and from then on the
-- public pages show the notice instead of the bulletin. A bulletin is withdrawn at most once.
ALTER TABLE bulletin ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bulletin ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bulletin ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE bulletin ADD COLUMN withdrawal_reason_ar VARCHAR(2000);
ALTER TABLE bulletin ADD COLUMN withdrawal_reason_en VARCHAR(2000);
ALTER TABLE bulletin ADD COLUMN withdrawal_signature VARCHAR(200);
ALTER TABLE bulletin ADD CONSTRAINT bulletin_withdrawn_published CHECK (withdrawn = FALSE OR published = TRUE);
