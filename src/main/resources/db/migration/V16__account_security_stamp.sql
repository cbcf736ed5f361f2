-- The account's security stamp: bumped when the administrator disables the account, resets its password or changes
-- its role or commune. A signed-in session remembers the stamp it was opened with and ends when they differ, on
-- every instance sharing the database (read by primary key on each request).
ALTER TABLE app_user ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
