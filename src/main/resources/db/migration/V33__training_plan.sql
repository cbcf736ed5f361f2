-- The training plan to 2030: versions of a plan (drafts, one adopted), their courses and named participants. An
-- adopted plan's participants are written on their records as training in progress, with the course they come from
-- (study_course_id, llct_study_course_id), so that the natural projection can leave the plan out.
CREATE TABLE training_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    state VARCHAR(20) NOT NULL,
    based_on BIGINT,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    adopted_at TIMESTAMP,
    adopted_by VARCHAR(80),
    version BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE training_course (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    title VARCHAR(200) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    places INT NOT NULL,
    per_commune BOOLEAN DEFAULT FALSE NOT NULL,
    part_time BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_training_course_plan FOREIGN KEY (plan_id) REFERENCES training_plan (id)
);
CREATE INDEX idx_training_course_plan ON training_course (plan_id);

CREATE TABLE training_participant (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT NOT NULL,
    cadre_id BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    state VARCHAR(20) NOT NULL,
    reason VARCHAR(400) NOT NULL,
    proposed_by VARCHAR(80) NOT NULL,
    removal VARCHAR(20),
    removal_note VARCHAR(400),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_training_participant_course FOREIGN KEY (course_id) REFERENCES training_course (id),
    CONSTRAINT fk_training_participant_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
    CONSTRAINT uq_training_participant UNIQUE (course_id, cadre_id)
);
CREATE INDEX idx_training_participant_cadre ON training_participant (cadre_id);
CREATE INDEX idx_training_participant_commune ON training_participant (commune_id);

ALTER TABLE cadre ADD COLUMN study_course_id BIGINT;
ALTER TABLE cadre ADD COLUMN llct_study_course_id BIGINT;
