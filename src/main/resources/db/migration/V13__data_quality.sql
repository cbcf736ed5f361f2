-- Data quality (docs/data-quality.md). The normalized full name (NFC, lower case, single spaces, trimmed) is written
-- by the application, since neither H2 nor MySQL normalizes Unicode; rows written before it are filled at start.
-- The index serves the province-wide grouping that finds possible duplicates.
ALTER TABLE cadre ADD COLUMN normalized_name VARCHAR(120);
CREATE INDEX ix_cadre_name_birth ON cadre (normalized_name, birth_date);

-- The day of the last change of a record (creation, edit, title, rating, import), kept by the services that write
-- them; a record not yet touched since this column exists takes its last audited change, else its start date.
ALTER TABLE cadre ADD COLUMN last_changed DATE;
UPDATE cadre SET last_changed = (
    SELECT CAST(MAX(a.changed_at) AS DATE) FROM audit_entry a
    WHERE (a.entity = 'CADRE' AND a.entity_id = cadre.id)
       OR (a.entity = 'HOLDING' AND a.entity_id IN (SELECT h.id FROM position_holding h WHERE h.cadre_id = cadre.id))
       OR (a.entity = 'RATING' AND a.entity_id IN (SELECT r.id FROM annual_rating r WHERE r.cadre_id = cadre.id)));
UPDATE cadre SET last_changed = start_date WHERE last_changed IS NULL;
