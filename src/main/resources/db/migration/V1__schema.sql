-- Schema shared by H2 and MySQL: portable types only, identity keys, explicit index names.

CREATE TABLE commune (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(64)  NOT NULL,
    admin_code       VARCHAR(10)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    unit_type        VARCHAR(10)  NOT NULL,
    former_province  VARCHAR(40)  NOT NULL,
    former_districts VARCHAR(255) NOT NULL,
    border           BOOLEAN      NOT NULL,
    dong_thap_muoi   BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_commune_code UNIQUE (code),
    CONSTRAINT uk_commune_admin_code UNIQUE (admin_code)
);

-- Approved seats per commune and position (6 key titles, BCH and BTV seats).
CREATE TABLE approved_seat (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id    BIGINT      NOT NULL,
    position_code VARCHAR(20) NOT NULL,
    seats         INT         NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_approved_seat_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT uk_approved_seat UNIQUE (commune_id, position_code),
    CONSTRAINT ck_approved_seat_seats CHECK (seats >= 0)
);

-- Staffing quota (biên chế) per commune and bloc.
CREATE TABLE staffing_quota (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id BIGINT      NOT NULL,
    bloc       VARCHAR(20) NOT NULL,
    quota      INT         NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_staffing_quota_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT uk_staffing_quota UNIQUE (commune_id, bloc),
    CONSTRAINT ck_staffing_quota_quota CHECK (quota >= 0)
);

CREATE TABLE cadre (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id            BIGINT       NOT NULL,
    full_name             VARCHAR(120) NOT NULL,
    gender                VARCHAR(3),
    birth_date            DATE,
    ethnicity             VARCHAR(40),
    education             VARCHAR(20),
    political_theory      VARCHAR(20),
    stem                  BOOLEAN      NOT NULL,
    bloc                  VARCHAR(20),
    planned_key_title     BOOLEAN      NOT NULL,
    planned_committee     BOOLEAN      NOT NULL,
    source_pool           BOOLEAN      NOT NULL,
    llct_advanced_trained BOOLEAN      NOT NULL,
    start_date            DATE         NOT NULL,
    end_date              DATE,
    end_reason            VARCHAR(20),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cadre_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_cadre_commune_dates ON cadre (commune_id, start_date, end_date);

-- A key title or a committee seat held by a cadre over a period; end_date NULL while held.
-- commune_id repeats the cadre's commune so that vacancies are one grouped query.
CREATE TABLE position_holding (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id        BIGINT      NOT NULL,
    commune_id      BIGINT      NOT NULL,
    position_code   VARCHAR(20) NOT NULL,
    start_date      DATE        NOT NULL,
    end_date        DATE,
    decision_number VARCHAR(60),
    end_reason      VARCHAR(20),
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_holding_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
    CONSTRAINT fk_holding_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_holding_cadre ON position_holding (cadre_id, position_code, start_date, end_date);
CREATE INDEX ix_holding_commune ON position_holding (commune_id, position_code, start_date, end_date);

CREATE TABLE annual_rating (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id    BIGINT     NOT NULL,
    rating_year INT        NOT NULL,
    rating      VARCHAR(4) NOT NULL,
    version     BIGINT     NOT NULL DEFAULT 0,
    CONSTRAINT fk_rating_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
    CONSTRAINT uk_rating_cadre_year UNIQUE (cadre_id, rating_year)
);
CREATE INDEX ix_rating_year ON annual_rating (rating_year, cadre_id);

-- Short courses held for young source cadres (target T9d).
CREATE TABLE short_course (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    location     VARCHAR(120) NOT NULL,
    abroad       BOOLEAN      NOT NULL,
    participants INT          NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

-- The targets of Resolution 34-NQ/TU (rows of indicators.md); editable by an administrator.
CREATE TABLE indicator_target (
    code            VARCHAR(8)   NOT NULL PRIMARY KEY,
    sort_order      INT          NOT NULL,
    population      VARCHAR(12)  NOT NULL,
    rule_kind       VARCHAR(12)  NOT NULL,
    lower_bound     DECIMAL(7,4),
    upper_bound     DECIMAL(7,4),
    baseline_year   INT          NOT NULL,
    deadline_year   INT          NOT NULL,
    annual          BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(80)  NOT NULL,
    password_hash   VARCHAR(120) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    commune_id      BIGINT,
    enabled         BOOLEAN      NOT NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
