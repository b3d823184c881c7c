-- Names of places and actors as search reads them: every name and alias folded as the text engine
-- folds report text (hamza and alef forms, teh marbuta, alef maksura, diacritics, tatweel, Arabic-Indic
-- digits, Latin case) and without the article, so that «الرقة», «الرقه» and «رقة» find the same place.
-- The catalogue rewrites an entry's rows with every change. The starter entries are loaded by the Java
-- migration 3.2 (org.marsad.catalogue.internal.StarterCatalogueMigration).
CREATE TABLE place_name (
    place_id VARCHAR(64)  NOT NULL REFERENCES place (id),
    name_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (place_id, name_key)
);
CREATE INDEX place_name_key ON place_name (name_key);

CREATE TABLE actor_name (
    actor_id VARCHAR(64)  NOT NULL REFERENCES actor (id),
    name_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (actor_id, name_key)
);
CREATE INDEX actor_name_key ON actor_name (name_key);
