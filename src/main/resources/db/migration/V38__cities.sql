-- Where a customer sits and where a user works from: seminars with customers outside the rep's city cost travel
-- days in the backward planner. Both are audited, so their histories get the column too.
ALTER TABLE accounts ADD COLUMN city VARCHAR(60) NULL;
ALTER TABLE accounts_aud ADD COLUMN city VARCHAR(60) NULL;
ALTER TABLE app_users ADD COLUMN city VARCHAR(60) NULL;
ALTER TABLE app_users_aud ADD COLUMN city VARCHAR(60) NULL;
