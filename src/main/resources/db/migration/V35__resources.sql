-- Resources: the people managers assign to deals (consultants, solution architects, executive sponsors, legal,
-- finance, technical support, service), their absences, and the requests from deals with their assignment.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

CREATE TABLE resources (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL,
    resource_type  VARCHAR(30)   NOT NULL,
    skills         VARCHAR(200),
    home_region_id BIGINT,
    -- Serves requests of the home region only (else the whole company).
    region_only    BOOLEAN       NOT NULL,
    -- Days per week the person can give to deals (0.5 to 5).
    days_per_week  DECIMAL(3, 1) NOT NULL,
    active         BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_resources_user UNIQUE (user_id),
    CONSTRAINT fk_resources_user FOREIGN KEY (user_id) REFERENCES app_users (id),
    CONSTRAINT fk_resources_region FOREIGN KEY (home_region_id) REFERENCES org_units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Days away (leave, training): no capacity on those working days. Removed with the resource.
CREATE TABLE resource_absences (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL,
    resource_id BIGINT       NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    note        VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT fk_resource_absences_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resource_absences_dates ON resource_absences (resource_id, starts_on);

-- A request from a deal for a type of resource or a named person, for one stage activity; once assigned, the
-- effort is spread evenly over the working days from starts_on to ends_on.
CREATE TABLE resource_requests (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL,
    deal_id            BIGINT        NOT NULL,
    requested_by       BIGINT        NOT NULL,
    resource_type      VARCHAR(30)   NOT NULL,
    -- A named person asked for (a resource), else any of the type.
    wanted_resource_id BIGINT,
    activity           VARCHAR(30)   NOT NULL,
    starts_on          DATE          NOT NULL,
    ends_on            DATE          NOT NULL,
    effort_days        DECIMAL(5, 1) NOT NULL,
    justification      VARCHAR(500),
    status             VARCHAR(20)   NOT NULL,
    resource_id        BIGINT,
    assigned_by        BIGINT,
    -- Why an assignment was confirmed despite a conflict (double booking, absence, over capacity).
    override_reason    VARCHAR(500),
    decline_reason     VARCHAR(500),
    requested_at       TIMESTAMP     NOT NULL,
    assigned_at        TIMESTAMP     NULL,
    closed_at          TIMESTAMP     NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_resource_requests_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_resource_requests_wanted FOREIGN KEY (wanted_resource_id) REFERENCES resources (id),
    CONSTRAINT fk_resource_requests_resource FOREIGN KEY (resource_id) REFERENCES resources (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_resource_requests_deal ON resource_requests (deal_id, status);
CREATE INDEX ix_resource_requests_resource ON resource_requests (resource_id, starts_on);
CREATE INDEX ix_resource_requests_status ON resource_requests (status, starts_on);
