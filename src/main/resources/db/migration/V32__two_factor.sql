-- The second sign-in step: the key of the account's authenticator app, the step of the last code accepted (a code
-- is used once), the hashes of the recovery codes not used yet and the wrong codes given in a row.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;
ALTER TABLE app_user ADD COLUMN recovery_codes VARCHAR(700);
ALTER TABLE app_user ADD COLUMN factor_failures INT DEFAULT 0 NOT NULL;
