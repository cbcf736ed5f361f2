-- Named keys for machines (the provincial operations centre, the province's scripts) instead of a person's password:
-- shown once when issued, stored only as a SHA-256 hash, each with its scope, expiry, last use and revocation.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(80)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    scope        VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(80)  NOT NULL,
    expires_on   DATE         NOT NULL,
    last_used_at TIMESTAMP,
    calls        BIGINT       DEFAULT 0 NOT NULL,
    revoked_at   TIMESTAMP,
    revoked_by   VARCHAR(80),
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_api_token_name UNIQUE (name),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
