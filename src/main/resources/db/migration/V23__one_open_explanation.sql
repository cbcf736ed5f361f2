-- At most one open request for explanation per commune and target, kept by the database: open_target holds the
-- target's code while the request is open (requested, answered or returned) and is NULL once it is accepted; a
-- unique index over (commune_id, open_target) then admits one open request per commune and target, and any number
-- of closed ones (a unique index treats NULLs as distinct, on H2 as on MySQL and MariaDB). Two requests made at the
-- same moment can no longer both pass the application's check: the second insert waits for the first and fails.
ALTER TABLE explanation ADD COLUMN open_target VARCHAR(8);

-- Requests opened twice before this rule: the newest open one per commune and target carries the key; older open
-- duplicates stay as they are, without it, until they are closed. (The inner query is a derived table, which MySQL
-- needs in order to read the table it updates.)
UPDATE explanation SET open_target = target_code
WHERE state <> 'ACCEPTED'
  AND id IN (SELECT newest FROM (SELECT MAX(id) AS newest FROM explanation WHERE state <> 'ACCEPTED'
                                 GROUP BY commune_id, target_code) open_requests);

CREATE UNIQUE INDEX ux_explanation_open ON explanation (commune_id, open_target);
