-- The last counts of the whole province made ahead (after a start, at 00:01) of the figures kept in memory: the
-- projection to 2030 ('forecast') and the data quality ('quality'), one row per commune. Read once at a start, so that
-- while the province is counted again the pages answer at once with these, marked provisional (StoredCounts).
-- A cache: any row may be deleted at any time.
CREATE TABLE kept_counts (
    kind       VARCHAR(16)   NOT NULL,
    commune_id BIGINT        NOT NULL,
    as_of_date DATE          NOT NULL,
    shape      VARCHAR(1000) NOT NULL,
    counts     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (kind, commune_id),
    CONSTRAINT fk_kept_counts_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
