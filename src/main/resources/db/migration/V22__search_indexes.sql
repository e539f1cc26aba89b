-- The top bar's search: contacts by name. A name containing the text ("%text%") cannot seek in an index, but the
-- search returns the first few contacts in name order, so the database walks this index in order and stops after
-- them instead of sorting every match (accounts.name, accounts.alt_name and deals.name have theirs since V4/V17).
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.
CREATE INDEX ix_contacts_name ON contacts (name);
