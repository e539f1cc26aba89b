-- The deal war room: action items per deal (versioned, with field history) and the per-deal state of the sales
-- process's proposal deliverables. Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

-- Who does what by when on a deal. The owner is someone who could see the deal when it was assigned.
CREATE TABLE deal_actions (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    deal_id     BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    owner_id    BIGINT       NOT NULL,
    due_date    DATE,
    status      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_actions_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_deal_actions_owner FOREIGN KEY (owner_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_actions_deal ON deal_actions (deal_id);
-- Home's "my overdue action items": by owner, open ones by due date.
CREATE INDEX ix_deal_actions_owner ON deal_actions (owner_id, status, due_date);

-- Field history of action items (Envers, see V2); deleted items keep their last state (store_data_at_delete), so
-- the deal's activity can say what was removed.
CREATE TABLE deal_actions_aud (
    id          BIGINT       NOT NULL,
    rev         BIGINT       NOT NULL,
    revtype     TINYINT,
    deal_id     BIGINT,
    title       VARCHAR(300),
    owner_id    BIGINT,
    due_date    DATE,
    status      VARCHAR(20),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_deal_actions_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_deal_actions_aud_deal ON deal_actions_aud (deal_id);

-- A deal's state of each proposal deliverable it has marked (DONE or NOT_NEEDED; no row: still to do). Like
-- exit-criteria ticks these are facts of their own, unversioned. A deliverable later removed from the sales process
-- stays inactive in sales_deliverables, so the deals that marked it keep showing it.
CREATE TABLE deal_deliverables (
    deal_id        BIGINT      NOT NULL,
    deliverable_id BIGINT      NOT NULL,
    state          VARCHAR(20) NOT NULL,
    PRIMARY KEY (deal_id, deliverable_id),
    CONSTRAINT fk_deal_deliverables_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_deal_deliverables_deliverable FOREIGN KEY (deliverable_id) REFERENCES sales_deliverables (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
