-- Catalogues of places (the gazetteer) and actors. Ids are stable: OCHA P-codes where known,
-- otherwise the id given by the file a place was imported from, or by the coordinator who added it.
CREATE TABLE place (
    id         VARCHAR(64)   PRIMARY KEY,
    name_ar    VARCHAR(300),
    name_en    VARCHAR(300),
    kind       VARCHAR(16)   NOT NULL,
    lat        DOUBLE PRECISION,
    lon        DOUBLE PRECISION,
    -- Not a foreign key: imports may name a parent that a later file supplies. The catalogue keeps
    -- place_ancestor consistent with what is present.
    parent_id  VARCHAR(64),
    origin     VARCHAR(32)   NOT NULL,
    version    INTEGER       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64)   NOT NULL,
    CONSTRAINT place_kind_known CHECK (kind IN ('country', 'governorate', 'district', 'subdistrict', 'town',
        'village', 'camp', 'region', 'feature')),
    CONSTRAINT place_named CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL),
    CONSTRAINT place_lat_range CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    CONSTRAINT place_lon_range CHECK (lon IS NULL OR lon BETWEEN -180 AND 180)
);
CREATE INDEX place_parent ON place (parent_id);

CREATE TABLE place_alias (
    place_id VARCHAR(64)  NOT NULL REFERENCES place (id),
    alias    VARCHAR(300) NOT NULL,
    PRIMARY KEY (place_id, alias)
);

-- Closure of the parent relation: every place with itself (depth 0) and each of its ancestors, so
-- that "a place and its sub-places" is one indexed join for event lists and tallies.
CREATE TABLE place_ancestor (
    place_id    VARCHAR(64) NOT NULL REFERENCES place (id),
    ancestor_id VARCHAR(64) NOT NULL REFERENCES place (id),
    depth       SMALLINT    NOT NULL,
    PRIMARY KEY (place_id, ancestor_id)
);
CREATE INDEX place_ancestor_ancestor ON place_ancestor (ancestor_id, place_id);

CREATE TABLE actor (
    id         VARCHAR(64)  PRIMARY KEY,
    name_ar    VARCHAR(300),
    name_en    VARCHAR(300),
    origin     VARCHAR(32)  NOT NULL,
    version    INTEGER      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    CONSTRAINT actor_named CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE actor_alias (
    actor_id VARCHAR(64)  NOT NULL REFERENCES actor (id),
    alias    VARCHAR(300) NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
