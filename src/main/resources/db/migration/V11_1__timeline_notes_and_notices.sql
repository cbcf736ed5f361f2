-- Events the board marks on the charts' time axes (a merger, a party congress, a training class); no commune means
-- the whole province.
CREATE TABLE timeline_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    note_date   DATE         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    commune_id  BIGINT,
    created_by  VARCHAR(80)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_timeline_note_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_timeline_note_date ON timeline_note (note_date);

-- Where a notice by e-mail goes, and in which language it is written.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN language VARCHAR(5) DEFAULT 'vi' NOT NULL;

-- The in-app notices, one row per person told (explicit default and NULL: a MySQL server without
-- explicit_defaults_for_timestamp would otherwise reset created_at whenever read_at is set); the text is a translation key and its parameters (a parameter may
-- itself be a translation key), so that each reader sees it in their language.
CREATE TABLE notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    created_at  TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    message_key VARCHAR(80)   NOT NULL,
    params      VARCHAR(1000),
    read_at     TIMESTAMP     NULL,
    CONSTRAINT fk_notice_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_notice_user_read ON notice (user_id, read_at);

-- What a user asked to be told of: STATUS (a target of the province, or of one commune, changes status) or FREEZE
-- (a new reporting date is frozen; the meeting pack of the province or of the commune is attached to the e-mail).
-- last_statuses keeps the statuses last told, e.g. T1=BEHIND;T2=MET, to compare with the current ones.
CREATE TABLE notice_subscription (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT        NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    commune_id    BIGINT,
    last_statuses VARCHAR(1000),
    CONSTRAINT fk_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_subscription_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_subscription_kind ON notice_subscription (kind);
