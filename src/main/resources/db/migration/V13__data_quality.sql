-- Data quality (docs/data-quality.md). The normalized full name (NFC, lower case, single spaces, trimmed) is written
-- by the application, since neither H2 nor MySQL normalizes Unicode; rows written before it are filled at start.
-- Possible duplicates are grouped on a 64-bit key of that name, not on the text: MySQL compares text under the
-- column's collation, which takes "Lê" and "Le" for the same name; numbers compare exactly everywhere.
ALTER TABLE cadre ADD COLUMN normalized_name VARCHAR(120);
ALTER TABLE cadre ADD COLUMN name_key BIGINT;
CREATE INDEX ix_cadre_name_birth ON cadre (name_key, birth_date);

-- The day of the last change of a record (creation, edit, title, rating, import), kept by the services that write
-- them; a record not yet touched since this column exists takes its last audited change, else its start date.
ALTER TABLE cadre ADD COLUMN last_changed DATE;
UPDATE cadre SET last_changed = (
    SELECT CAST(MAX(a.changed_at) AS DATE) FROM audit_entry a
    WHERE (a.entity = 'CADRE' AND a.entity_id = cadre.id)
       OR (a.entity = 'HOLDING' AND a.entity_id IN (SELECT h.id FROM position_holding h WHERE h.cadre_id = cadre.id))
       OR (a.entity = 'RATING' AND a.entity_id IN (SELECT r.id FROM annual_rating r WHERE r.cadre_id = cadre.id)));
UPDATE cadre SET last_changed = start_date WHERE last_changed IS NULL;
