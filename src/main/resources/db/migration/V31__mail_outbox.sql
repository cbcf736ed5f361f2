-- Notices by e-mail kept until the SMTP server has taken them: one row per e-mail (recipient and notice), written
-- in the transaction that writes the in-app notice, removed once the mail is sent. This is the table of Spring
-- Modulith's event publication registry (its JPA entity); the listener and the retry are notification/NoticeMail.
CREATE TABLE event_publication (
    id                     CHAR(36)      NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6),
    last_resubmission_date TIMESTAMP(6),
    completion_attempts    INT           DEFAULT 0 NOT NULL,
    status                 VARCHAR(20)
);
CREATE INDEX ix_event_publication_open ON event_publication (completion_date, publication_date);
