-- Win results (赢的结果, domain notes section 5): the company's catalogue of standard win results, in English and
-- Chinese, and the personal win results the deal team sorts onto each buying influence of a deal.
-- Runs unchanged on H2 (MySQL mode) and MySQL 8.x / MariaDB 10.11.

CREATE TABLE win_results (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL,
    label_en    VARCHAR(100)  NOT NULL,
    label_zh    VARCHAR(100)  NOT NULL,
    -- PERSONAL or FAMILY_CAREER
    kind        VARCHAR(20)   NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO win_results (version, label_en, label_zh, kind, sort_order, active) VALUES
    (0, 'More freedom', '得到更多的自由', 'PERSONAL', 1, TRUE),
    (0, 'More function and authority', '职能和权力的增加', 'PERSONAL', 2, TRUE),
    (0, 'More flexibility and convenience', '更灵活、方便', 'PERSONAL', 3, TRUE),
    (0, 'Self-realisation', '自我价值的实现', 'PERSONAL', 4, TRUE),
    (0, 'Personal advancement', '个人的提升', 'PERSONAL', 5, TRUE),
    (0, 'Recognition by others', '获得大家的认可', 'PERSONAL', 6, TRUE),
    (0, 'Contribution to the organisation', '对组织的贡献', 'PERSONAL', 7, TRUE),
    (0, 'A tool for change', '改变的工具', 'PERSONAL', 8, TRUE),
    (0, 'New skills', '技能的增加', 'PERSONAL', 9, TRUE),
    (0, 'Control', '控制欲的实现', 'PERSONAL', 10, TRUE),
    (0, 'More leisure', '更多的闲暇时间', 'FAMILY_CAREER', 11, TRUE),
    (0, 'Chances for family members', '为家人带来机会', 'FAMILY_CAREER', 12, TRUE),
    (0, 'A better career path', '更好的职业发展', 'FAMILY_CAREER', 13, TRUE);

-- One win result on one buying influence: a catalogue entry (at most once per person) or the team's own words.
-- Removing the influence removes its win results (ON DELETE CASCADE), whoever removes it; a catalogue entry in use
-- cannot be deleted (it is deactivated instead).
CREATE TABLE personal_win_results (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL,
    deal_id       BIGINT        NOT NULL,
    influence_id  BIGINT        NOT NULL,
    win_result_id BIGINT,
    own_text      VARCHAR(200),
    note          VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uq_personal_win_results_entry UNIQUE (influence_id, win_result_id),
    CONSTRAINT ck_personal_win_results_one CHECK ((win_result_id IS NULL) <> (own_text IS NULL)),
    CONSTRAINT fk_personal_win_results_influence FOREIGN KEY (influence_id) REFERENCES buying_influences (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_personal_win_results_entry FOREIGN KEY (win_result_id) REFERENCES win_results (id),
    CONSTRAINT fk_personal_win_results_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_personal_win_results_deal ON personal_win_results (deal_id);

-- Field history (Envers, see V2).
CREATE TABLE win_results_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT,
    label_en    VARCHAR(100),
    label_zh    VARCHAR(100),
    kind        VARCHAR(20),
    sort_order  INT,
    active      BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_win_results_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE personal_win_results_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT,
    deal_id       BIGINT,
    influence_id  BIGINT,
    win_result_id BIGINT,
    own_text      VARCHAR(200),
    note          VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_personal_win_results_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_personal_win_results_aud_deal ON personal_win_results_aud (deal_id);
