-- Scale: the live dashboard reads one row of counters per commune instead of counting a million cadres.

-- Bumped inside every transaction that changes a commune's cadres, titles, seats or ratings
-- (RosterVersions.refreshCommune); a commune without a row is at version 0.
CREATE TABLE roster_version (
    commune_id BIGINT NOT NULL PRIMARY KEY,
    version    BIGINT NOT NULL,
    CONSTRAINT fk_roster_version_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
INSERT INTO roster_version (commune_id, version) SELECT id, 0 FROM commune;

-- Every counter of one commune at one date (the live date), rating year and political-theory standards, counted
-- at roster version roster_version; valid only while those still match (LiveCounts). A cache: any row may be
-- deleted at any time, and all rows are deleted at startup.
CREATE TABLE live_counts (
    commune_id     BIGINT        NOT NULL PRIMARY KEY,
    roster_version BIGINT        NOT NULL,
    as_of_date     DATE          NOT NULL,
    rating_year    INT           NOT NULL,
    standards      VARCHAR(400)  NOT NULL,
    counters       VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_live_counts_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);

-- The ratings pass reads the year, the cadre and the rating from the index alone.
CREATE INDEX ix_rating_year_rating ON annual_rating (rating_year, cadre_id, rating);
