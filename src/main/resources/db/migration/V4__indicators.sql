-- Political-theory standard per key title (configurable; TRUNG_CAP or higher by default for every title).
CREATE TABLE political_theory_standard (
    position_code VARCHAR(20) NOT NULL PRIMARY KEY,
    min_level     VARCHAR(20) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO political_theory_standard (position_code, min_level) VALUES
('BI_THU', 'TRUNG_CAP'), ('PHO_BI_THU_TT', 'TRUNG_CAP'), ('CT_HDND', 'TRUNG_CAP'),
('PCT_HDND', 'TRUNG_CAP'), ('CT_UBND', 'TRUNG_CAP'), ('PCT_UBND', 'TRUNG_CAP');

-- Frozen reporting dates (chốt số liệu): immutable once written.
CREATE TABLE reporting_freeze (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    as_of_date  DATE         NOT NULL,
    rating_year INT          NOT NULL,
    label       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(80)  NOT NULL,
    CONSTRAINT uk_reporting_freeze_date UNIQUE (as_of_date)
);

-- x and n of every target for every commune at the freeze (commune_id NULL: a province-only figure, T9d).
-- Province and filtered figures are sums of these rows, exactly as for live figures.
CREATE TABLE frozen_value (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    freeze_id   BIGINT     NOT NULL,
    commune_id  BIGINT,
    target_code VARCHAR(8) NOT NULL,
    numerator   BIGINT     NOT NULL,
    denominator BIGINT     NOT NULL,
    CONSTRAINT fk_frozen_value_freeze FOREIGN KEY (freeze_id) REFERENCES reporting_freeze (id),
    CONSTRAINT fk_frozen_value_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_frozen_value_freeze ON frozen_value (freeze_id, target_code);
