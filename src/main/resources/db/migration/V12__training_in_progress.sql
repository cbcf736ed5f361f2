-- Training in progress on the cadre record: the degree or political-theory level a cadre is studying for and
-- when the course ends (both empty when none). The projection to 2030 applies them at their end date.
ALTER TABLE cadre ADD COLUMN studying_for VARCHAR(20);
ALTER TABLE cadre ADD COLUMN study_end DATE;
ALTER TABLE cadre ADD COLUMN llct_studying_for VARCHAR(20);
ALTER TABLE cadre ADD COLUMN llct_study_end DATE;
