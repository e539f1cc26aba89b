-- Notifications for any module: a message key with its arguments (JSON) and a link, translated only when shown,
-- in the recipient's language. Existing mentions keep their text as the arguments of notifications.mention.

ALTER TABLE notifications ADD COLUMN message_key VARCHAR(100) NOT NULL DEFAULT 'notifications.mention';
ALTER TABLE notifications ADD COLUMN arguments VARCHAR(2000) NOT NULL DEFAULT '[]';
ALTER TABLE notifications ADD COLUMN link VARCHAR(200) NOT NULL DEFAULT '';

UPDATE notifications SET arguments = JSON_ARRAY(actor_name, excerpt);
UPDATE notifications SET link = CONCAT('accounts/', record_id) WHERE record_type = 'account';
UPDATE notifications SET link = COALESCE((SELECT CONCAT('accounts/', p.account_id) FROM account_plans p
    WHERE p.id = notifications.record_id), '') WHERE record_type = 'account-plan';
UPDATE notifications SET link = 'admin/users' WHERE record_type = 'user';

ALTER TABLE notifications ALTER COLUMN message_key DROP DEFAULT;
ALTER TABLE notifications DROP COLUMN kind;
ALTER TABLE notifications DROP COLUMN comment_id;
ALTER TABLE notifications DROP COLUMN excerpt;
ALTER TABLE notifications DROP COLUMN actor_name;
-- Notifications from scheduled jobs (reminders, flag re-checks) have no acting user.
ALTER TABLE notifications MODIFY actor_id BIGINT NULL;
