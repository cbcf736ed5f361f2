-- Requests for explanation (yêu cầu giải trình): the board asks a commune to explain a target at a reporting date,
-- the commune answers, the board accepts or returns the answer. One row per request with its current answer, and
-- one row per step taken (request, answer, return, accept) for the history.
CREATE TABLE explanation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id        BIGINT        NOT NULL,
    target_code       VARCHAR(8)    NOT NULL,
    as_of             DATE          NOT NULL,
    due_date          DATE          NOT NULL,
    request_text      VARCHAR(1000) NOT NULL,
    state             VARCHAR(10)   NOT NULL,
    cause             VARCHAR(2000),
    remedy            VARCHAR(2000),
    expected_by       DATE,
    return_comment    VARCHAR(1000),
    requested_by      VARCHAR(80)   NOT NULL,
    requested_at      TIMESTAMP     NOT NULL,
    overdue_announced BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_explanation_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_explanation_target FOREIGN KEY (target_code) REFERENCES indicator_target (code)
);
CREATE INDEX ix_explanation_commune_target ON explanation (commune_id, target_code);
CREATE INDEX ix_explanation_state_due ON explanation (state, due_date);

CREATE TABLE explanation_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    explanation_id BIGINT        NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    actor          VARCHAR(80)   NOT NULL,
    taken_at       TIMESTAMP     NOT NULL,
    -- the request's text, the return's comment, or the answer's cause
    note           VARCHAR(2000),
    remedy         VARCHAR(2000),
    expected_by    DATE,
    CONSTRAINT fk_explanation_step FOREIGN KEY (explanation_id) REFERENCES explanation (id)
);
CREATE INDEX ix_explanation_step ON explanation_step (explanation_id, id);
