-- Each user's saved deal filters, shared by the war-room board and the deal list: owner, team, region, the fiscal
-- quarter deals close in (e.g. 2026-Q3) and the account tier. No row: the user's own deals.
CREATE TABLE deal_filters (
    id            BIGINT     NOT NULL AUTO_INCREMENT,
    version       BIGINT     NOT NULL,
    user_id       BIGINT     NOT NULL,
    owner_id      BIGINT,
    team_id       BIGINT,
    region_id     BIGINT,
    close_quarter VARCHAR(7),
    account_tier  VARCHAR(1),
    PRIMARY KEY (id),
    CONSTRAINT uk_deal_filters_user UNIQUE (user_id),
    CONSTRAINT fk_deal_filters_user FOREIGN KEY (user_id) REFERENCES app_users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
