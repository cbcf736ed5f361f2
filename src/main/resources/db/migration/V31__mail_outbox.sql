-- Notices by e-mail kept until the SMTP server has taken them: one row per e-mail (one notice of one person), written
-- in the transaction that writes the notice, deleted once the mail is sent. A failed try counts in attempts and
-- leaves the row for the next try; claimed_until keeps two instances (or a retry and the first try) from sending the
-- same row at once. The audience and the meeting pack are read again when the e-mail leaves (notification/NoticeMail).
CREATE TABLE mail_outbox (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id           BIGINT       NOT NULL,
    audience_kind       VARCHAR(12)  NOT NULL,
    audience_commune_id BIGINT,
    pack_commune_code   VARCHAR(60),
    pack_as_of          DATE,
    created_at          TIMESTAMP    NOT NULL,
    attempts            INT          DEFAULT 0 NOT NULL,
    last_try_at         TIMESTAMP,
    last_error          VARCHAR(500),
    claimed_until       TIMESTAMP,
    CONSTRAINT fk_mail_outbox_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (claimed_until);
