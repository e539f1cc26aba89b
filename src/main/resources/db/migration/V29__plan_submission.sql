-- Plan review as a flow: an editor submits a plan for review (status SUBMITTED); who asked, and when, is kept so
-- that the review is told to them and the managers' home view lists the oldest request first.
ALTER TABLE account_plans ADD COLUMN submitted_by BIGINT NULL;
ALTER TABLE account_plans ADD COLUMN submitted_at TIMESTAMP NULL;
ALTER TABLE account_plans ADD CONSTRAINT fk_account_plans_submitter FOREIGN KEY (submitted_by) REFERENCES app_users (id);
ALTER TABLE account_plans_aud ADD COLUMN submitted_by BIGINT NULL;
ALTER TABLE account_plans_aud ADD COLUMN submitted_at TIMESTAMP NULL;
CREATE INDEX ix_account_plans_status ON account_plans (status);
CREATE INDEX ix_plan_actions_due ON plan_actions (due_date, status);
