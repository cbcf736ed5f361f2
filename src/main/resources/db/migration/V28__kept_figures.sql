-- One stored form for every figure kept per commune and roster version (KeptFigures): the live counters, the
-- breakdowns and ratings per year, the projection, the data quality. One row per kind of figures, variant (the
-- parameters they were counted with: its text in params, a digest of it in variant) and commune, holding the figures
-- as text (KeptText), the date and the commune's roster version they were counted at (negative: counted before the
-- last start, unconfirmed), and a revision that changes with every store, so that every instance sees a row stored by
-- another. A cache: any row may be deleted at any time. Replaces live_counts (V5), live_breakdowns (V7) and
-- kept_counts (V18), whose rows are simply counted again.
CREATE TABLE kept_figures (
    kind           VARCHAR(16)   NOT NULL,
    variant        VARCHAR(40)   NOT NULL,
    commune_id     BIGINT        NOT NULL,
    roster_version BIGINT        NOT NULL,
    revision       BIGINT        NOT NULL,
    as_of_date     DATE          NOT NULL,
    params         VARCHAR(2000) NOT NULL,
    figures        MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (kind, variant, commune_id),
    CONSTRAINT fk_kept_figures_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);

DROP TABLE live_counts;
DROP TABLE live_breakdowns;
DROP TABLE kept_counts;
