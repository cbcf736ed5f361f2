-- Planning (quy hoạch) as the board keeps it (docs/planning.md): dated entries per person, title and term replace the
-- yes/no flags planned_key_title, planned_committee and source_pool of the cadre, which nothing reads any more.

-- The terms planned for: reference data, the administrator adds others. A person's retirement date is compared with
-- last_day.
CREATE TABLE planning_term (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(20) NOT NULL,
    first_day DATE        NOT NULL,
    last_day  DATE        NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_planning_term_code UNIQUE (code)
);
INSERT INTO planning_term (code, first_day, last_day) VALUES ('2025-2030', DATE '2025-07-01', DATE '2030-06-30');
INSERT INTO planning_term (code, first_day, last_day) VALUES ('2030-2035', DATE '2030-07-01', DATE '2035-06-30');

-- One person planned for one title of one term in their commune (kind PLAN), or in the commune's source pool (kind
-- SOURCE, no title). Proposed by the commune, approved (or returned) by the board; in effect from effective_date
-- while end_date is NULL or later. An approved entry may carry a proposed exit (exit_state). Never deleted.
-- title: a position code, or KEY_UNKNOWN / COMMITTEE_UNKNOWN for an entry whose title is not known (from the flags).
CREATE TABLE planning_entry (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id            BIGINT        NOT NULL,
    commune_id          BIGINT        NOT NULL,
    term_id             BIGINT        NOT NULL,
    kind                VARCHAR(8)    NOT NULL,
    title               VARCHAR(20),
    state               VARCHAR(10)   NOT NULL,
    proposed_by         VARCHAR(80)   NOT NULL,
    proposed_at         TIMESTAMP     NOT NULL,
    proposal_note       VARCHAR(1000),
    return_reason       VARCHAR(1000),
    decision_number     VARCHAR(60),
    decision_date       DATE,
    decision_body       VARCHAR(200),
    effective_date      DATE,
    approved_by         VARCHAR(80),
    exit_state          VARCHAR(10),
    exit_reason         VARCHAR(20),
    exit_note           VARCHAR(1000),
    exit_proposed_by    VARCHAR(80),
    exit_return_reason  VARCHAR(1000),
    end_date            DATE,
    end_reason          VARCHAR(20),
    end_note            VARCHAR(1000),
    end_decision_number VARCHAR(60),
    end_decision_date   DATE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_planning_entry_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
    CONSTRAINT fk_planning_entry_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_planning_entry_term FOREIGN KEY (term_id) REFERENCES planning_term (id)
);
CREATE INDEX ix_planning_entry_cadre ON planning_entry (cadre_id, state, effective_date, end_date);
CREATE INDEX ix_planning_entry_commune ON planning_entry (commune_id, term_id, title);

-- A cadre's discipline (kỷ luật): reprimand, warning, removal from post; entered by the commune like the ratings.
CREATE TABLE discipline_record (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id        BIGINT      NOT NULL,
    kind            VARCHAR(12) NOT NULL,
    decision_date   DATE        NOT NULL,
    decision_number VARCHAR(60),
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_discipline_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)
);
CREATE INDEX ix_discipline_cadre ON discipline_record (cadre_id, decision_date);

-- Today's flags become approved entries of the term 2030-2035 with the title unknown. When a flag was set is not
-- known: the entry takes effect on the cadre's start date, so every date counts what the flags counted before; a
-- cadre who has left has the entry ended on the day they left.
INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state, proposed_by, proposed_at,
                            proposal_note, effective_date, approved_by, end_date, end_reason)
SELECT c.id, c.commune_id, (SELECT t.id FROM planning_term t WHERE t.code = '2030-2035'), 'PLAN', 'KEY_UNKNOWN',
       'APPROVED', 'flyway', CURRENT_TIMESTAMP, 'Chuyển từ đánh dấu quy hoạch cũ', c.start_date, 'flyway', c.end_date,
       CASE WHEN c.end_date IS NULL THEN NULL ELSE 'LEFT' END
FROM cadre c WHERE c.planned_key_title = TRUE;
INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state, proposed_by, proposed_at,
                            proposal_note, effective_date, approved_by, end_date, end_reason)
SELECT c.id, c.commune_id, (SELECT t.id FROM planning_term t WHERE t.code = '2030-2035'), 'PLAN', 'COMMITTEE_UNKNOWN',
       'APPROVED', 'flyway', CURRENT_TIMESTAMP, 'Chuyển từ đánh dấu quy hoạch cũ', c.start_date, 'flyway', c.end_date,
       CASE WHEN c.end_date IS NULL THEN NULL ELSE 'LEFT' END
FROM cadre c WHERE c.planned_committee = TRUE;
INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state, proposed_by, proposed_at,
                            proposal_note, effective_date, approved_by, end_date, end_reason)
SELECT c.id, c.commune_id, (SELECT t.id FROM planning_term t WHERE t.code = '2030-2035'), 'SOURCE', NULL,
       'APPROVED', 'flyway', CURRENT_TIMESTAMP, 'Chuyển từ đánh dấu quy hoạch cũ', c.start_date, 'flyway', c.end_date,
       CASE WHEN c.end_date IS NULL THEN NULL ELSE 'LEFT' END
FROM cadre c WHERE c.source_pool = TRUE;
