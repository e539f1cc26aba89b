-- [Forecast] the live weekly forecast meeting: the meeting of one unit for one period, who attended, the notes
-- (decisions) and action items captured in it, and the four numbers at its start and end (the unit's and each rep's).
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

-- shown_rep_id / shown_deal_id: where the presenter is now, so that a late joiner or a returning follower jumps there.
CREATE TABLE forecast_meetings (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    version       BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    period_key    VARCHAR(16) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    opened_by     BIGINT      NOT NULL,
    presenter_id  BIGINT      NOT NULL,
    shown_rep_id  BIGINT,
    shown_deal_id BIGINT,
    started_at    TIMESTAMP   NOT NULL,
    ended_at      TIMESTAMP   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_meetings_unit FOREIGN KEY (unit_id) REFERENCES org_units (id),
    CONSTRAINT fk_forecast_meetings_opened_by FOREIGN KEY (opened_by) REFERENCES app_users (id),
    CONSTRAINT fk_forecast_meetings_presenter FOREIGN KEY (presenter_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_forecast_meetings_unit ON forecast_meetings (unit_id, status);
CREATE INDEX ix_forecast_meetings_started ON forecast_meetings (started_at);

-- Who opened and ended a meeting and who presented: the meeting's field history (Envers, see V2).
CREATE TABLE forecast_meetings_aud (
    id            BIGINT NOT NULL,
    rev           BIGINT NOT NULL,
    revtype       TINYINT,
    unit_id       BIGINT,
    period_key    VARCHAR(16),
    status        VARCHAR(10),
    opened_by     BIGINT,
    presenter_id  BIGINT,
    started_at    TIMESTAMP NULL,
    ended_at      TIMESTAMP NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_forecast_meetings_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Everyone who was present, once, from when they first joined.
CREATE TABLE forecast_meeting_attendees (
    id         BIGINT    NOT NULL AUTO_INCREMENT,
    version    BIGINT    NOT NULL,
    meeting_id BIGINT    NOT NULL,
    user_id    BIGINT    NOT NULL,
    joined_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_meeting_attendees_meeting FOREIGN KEY (meeting_id) REFERENCES forecast_meetings (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_forecast_meeting_attendees_user FOREIGN KEY (user_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_forecast_meeting_attendees ON forecast_meeting_attendees (meeting_id, user_id);

-- Notes and decisions, optionally about one rep; written once, never edited.
CREATE TABLE forecast_meeting_notes (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    version    BIGINT        NOT NULL,
    meeting_id BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    rep_id     BIGINT,
    body       VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_meeting_notes_meeting FOREIGN KEY (meeting_id) REFERENCES forecast_meetings (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_forecast_meeting_notes_author FOREIGN KEY (author_id) REFERENCES app_users (id),
    CONSTRAINT fk_forecast_meeting_notes_rep FOREIGN KEY (rep_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_forecast_meeting_notes_meeting ON forecast_meeting_notes (meeting_id);

-- Who does what by when, agreed in the meeting (shared.ActionItemEntity columns).
CREATE TABLE forecast_meeting_actions (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL,
    meeting_id BIGINT       NOT NULL,
    title      VARCHAR(300) NOT NULL,
    owner_id   BIGINT       NOT NULL,
    due_date   DATE,
    status     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_meeting_actions_meeting FOREIGN KEY (meeting_id) REFERENCES forecast_meetings (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_forecast_meeting_actions_owner FOREIGN KEY (owner_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_forecast_meeting_actions_meeting ON forecast_meeting_actions (meeting_id);
CREATE INDEX ix_forecast_meeting_actions_owner ON forecast_meeting_actions (owner_id, status, due_date);

CREATE TABLE forecast_meeting_actions_aud (
    id         BIGINT       NOT NULL,
    rev        BIGINT       NOT NULL,
    revtype    TINYINT,
    meeting_id BIGINT,
    title      VARCHAR(300),
    owner_id   BIGINT,
    due_date   DATE,
    status     VARCHAR(20),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_forecast_meeting_actions_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The four numbers at the start (moment START) and the end (END): the unit's (rep_id NULL) and each rep's.
CREATE TABLE forecast_meeting_numbers (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    version     BIGINT         NOT NULL,
    meeting_id  BIGINT         NOT NULL,
    moment      VARCHAR(5)     NOT NULL,
    rep_id      BIGINT,
    quota       DECIMAL(19, 2),
    forecast    DECIMAL(19, 2) NOT NULL,
    commitment  DECIMAL(19, 2) NOT NULL,
    achievement DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_forecast_meeting_numbers_meeting FOREIGN KEY (meeting_id) REFERENCES forecast_meetings (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_forecast_meeting_numbers_rep FOREIGN KEY (rep_id) REFERENCES app_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_forecast_meeting_numbers_meeting ON forecast_meeting_numbers (meeting_id, moment);
