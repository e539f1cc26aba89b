-- A user's credentials version: raised when the user is disabled, their roles change or their password is reset or
-- changed. Each request compares it with the version the log-in carries, so a session whose rights have changed
-- ends on every node, even when the cluster message announcing it is lost.
ALTER TABLE app_users ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
