-- A password the administrator set (a new account, a reset) is a secret two people know: the holder must replace it
-- with one of their own at their next sign-in before any page opens (ui/PasswordChangeGate).
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
