-- The audit trail: one row per field changed (or per record created, ended or deleted), never updated.
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at  TIMESTAMP    NOT NULL,
    actor       VARCHAR(80)  NOT NULL,
    commune_id  BIGINT,
    entity      VARCHAR(20)  NOT NULL,
    entity_id   BIGINT,
    action      VARCHAR(10)  NOT NULL,
    field       VARCHAR(40),
    old_value   VARCHAR(500),
    new_value   VARCHAR(500),
    CONSTRAINT fk_audit_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
);
CREATE INDEX ix_audit_time ON audit_entry (changed_at);
CREATE INDEX ix_audit_commune_time ON audit_entry (commune_id, changed_at);
