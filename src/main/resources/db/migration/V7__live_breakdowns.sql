-- Scale: the live dashboard's breakdowns (education, political theory, age, gender, ethnicity, bloc per population)
-- and ratings per year, one row per commune, like live_counts. Neither depends on a rating year or on the
-- political-theory standards: a row is valid while its date and the commune's roster version match (LiveCounts).
-- A cache: any row may be deleted at any time, and all rows are deleted at startup.
CREATE TABLE live_breakdowns (
    commune_id     BIGINT        NOT NULL PRIMARY KEY,
    roster_version BIGINT        NOT NULL,
    as_of_date     DATE          NOT NULL,
    breakdowns     MEDIUMTEXT    NOT NULL,
    ratings        VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_live_breakdowns_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
