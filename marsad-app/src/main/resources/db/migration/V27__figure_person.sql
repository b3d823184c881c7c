-- Persons counted in figures (issue 7): a coder links a registry person to a figure of an event
-- («5 persons detained»: these are three of them). A person is counted in person figures, the head of a
-- household in family figures. One row per figure and person: unlinking marks the row with who and when
-- and linking again clears the mark, so a pair is never linked twice; every link and unlink is also a
-- row of person_change and an entry of the audit chain. The tallies module reads this table to count the
-- distinct persons and households behind the figures of a tally.
CREATE TABLE figure_person (
    figure_id   UUID         NOT NULL REFERENCES figure (id),
    person_id   UUID         NOT NULL REFERENCES person (id),
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by   VARCHAR(64)  NOT NULL,
    unlinked_at TIMESTAMP WITH TIME ZONE,
    unlinked_by VARCHAR(64),
    PRIMARY KEY (figure_id, person_id),
    CONSTRAINT figure_person_unlink_explained CHECK (unlinked_at IS NULL OR unlinked_by IS NOT NULL)
);
CREATE INDEX figure_person_person ON figure_person (person_id);
