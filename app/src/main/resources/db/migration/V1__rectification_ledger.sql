-- 三清单一台账: the rectification ledger of weak village Party branches.
-- Portable between H2 and MySQL/MariaDB; ${table_options} adds utf8mb4 on MySQL.

CREATE TABLE ly_rect_case (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id   VARCHAR(64)   NOT NULL,
    business_key          VARCHAR(100)  NOT NULL,
    village_code          VARCHAR(12)   NOT NULL,
    village_name          VARCHAR(100)  NOT NULL,
    township_code         VARCHAR(9)    NOT NULL,
    county_code           VARCHAR(6)    NOT NULL,
    case_year             INT           NOT NULL,
    cycle                 INT           NOT NULL,
    stage                 VARCHAR(20)   NOT NULL,
    supervised            BOOLEAN       NOT NULL,
    root_cause            VARCHAR(2000),
    deadline              DATE,
    extensions_used       INT           NOT NULL,
    campaign_key          VARCHAR(100),
    created_at            TIMESTAMP     NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    signed_off_at         TIMESTAMP,
    closed_at             TIMESTAMP,
    CONSTRAINT uq_rect_case_instance UNIQUE (process_instance_id)
)${table_options};
CREATE INDEX ix_rect_case_village ON ly_rect_case (village_code, stage);
CREATE INDEX ix_rect_case_township ON ly_rect_case (township_code, stage);

CREATE TABLE ly_rect_category (
    case_id   BIGINT       NOT NULL,
    cycle     INT          NOT NULL,
    code      VARCHAR(8)   NOT NULL,
    name      VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, cycle, code),
    CONSTRAINT fk_rect_category_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

-- 四个一: county leader, township leader, first secretary, paired agency; one row per cycle
CREATE TABLE ly_rect_assignment (
    case_id               BIGINT       NOT NULL,
    cycle                 INT          NOT NULL,
    county_leader_id      VARCHAR(64)  NOT NULL,
    township_leader_name  VARCHAR(100) NOT NULL,
    first_secretary_id    VARCHAR(64)  NOT NULL,
    paired_unit           VARCHAR(200) NOT NULL,
    assigned_by           VARCHAR(64),
    assigned_at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (case_id, cycle),
    CONSTRAINT fk_rect_assignment_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

-- 一村一策: the plan and its three lists (problems, measures, responsibilities)
CREATE TABLE ly_rect_plan (
    case_id       BIGINT         NOT NULL,
    cycle         INT            NOT NULL,
    summary       VARCHAR(2000)  NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    drafted_by    VARCHAR(64),
    drafted_at    TIMESTAMP      NOT NULL,
    approved_by   VARCHAR(64),
    approved_at   TIMESTAMP,
    PRIMARY KEY (case_id, cycle),
    CONSTRAINT fk_rect_plan_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

CREATE TABLE ly_rect_problem (
    case_id   BIGINT        NOT NULL,
    cycle     INT           NOT NULL,
    seq       INT           NOT NULL,
    problem   VARCHAR(500)  NOT NULL,
    PRIMARY KEY (case_id, cycle, seq),
    CONSTRAINT fk_rect_problem_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

CREATE TABLE ly_rect_measure (
    case_id     BIGINT        NOT NULL,
    cycle       INT           NOT NULL,
    seq         INT           NOT NULL,
    measure     VARCHAR(500)  NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    due_date    DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    evidence    VARCHAR(500),
    updated_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (case_id, cycle, seq),
    CONSTRAINT fk_rect_measure_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

CREATE TABLE ly_rect_responsibility (
    case_id      BIGINT        NOT NULL,
    cycle        INT           NOT NULL,
    seq          INT           NOT NULL,
    item         VARCHAR(500)  NOT NULL,
    responsible  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (case_id, cycle, seq),
    CONSTRAINT fk_rect_resp_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

CREATE TABLE ly_rect_progress (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT         NOT NULL,
    cycle        INT            NOT NULL,
    summary      VARCHAR(2000)  NOT NULL,
    done_count   INT            NOT NULL,
    total_count  INT            NOT NULL,
    reported_by  VARCHAR(64),
    reported_at  TIMESTAMP      NOT NULL,
    CONSTRAINT fk_rect_progress_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

CREATE TABLE ly_rect_visit (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT         NOT NULL,
    leader_id        VARCHAR(64)    NOT NULL,
    visit_date       DATE           NOT NULL,
    visit_count      INT            NOT NULL,
    content          VARCHAR(2000)  NOT NULL,
    problems_solved  VARCHAR(2000),
    recorded_at      TIMESTAMP      NOT NULL,
    CONSTRAINT fk_rect_visit_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

CREATE TABLE ly_rect_acceptance (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT         NOT NULL,
    cycle              INT            NOT NULL,
    self_score         DECIMAL(5,1),
    score              DECIMAL(5,1)   NOT NULL,
    unsatisfied_ratio  DECIMAL(4,3)   NOT NULL,
    all_tasks_closed   BOOLEAN        NOT NULL,
    result             VARCHAR(10)    NOT NULL,
    reason             VARCHAR(200),
    note               VARCHAR(2000),
    decided_by         VARCHAR(64),
    decided_at         TIMESTAMP      NOT NULL,
    CONSTRAINT fk_rect_acceptance_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};

-- Milestones and decisions that change the case: confirmation, overdue, extension, supervision,
-- sign-off, look-back, reopening, closure.
CREATE TABLE ly_rect_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT         NOT NULL,
    cycle       INT            NOT NULL,
    kind        VARCHAR(30)    NOT NULL,
    note        VARCHAR(2000),
    actor       VARCHAR(64),
    occurred_at TIMESTAMP      NOT NULL,
    CONSTRAINT fk_rect_event_case FOREIGN KEY (case_id) REFERENCES ly_rect_case (id)
)${table_options};
CREATE INDEX ix_rect_event_case ON ly_rect_event (case_id, kind);

-- 拉网式排查: one row per village per yearly screening campaign
CREATE TABLE ly_screening_result (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_key          VARCHAR(100)   NOT NULL,
    county_code           VARCHAR(6)     NOT NULL,
    screening_year        INT            NOT NULL,
    township_code         VARCHAR(9)     NOT NULL,
    village_code          VARCHAR(12)    NOT NULL,
    village_name          VARCHAR(100)   NOT NULL,
    indicators            VARCHAR(4000)  NOT NULL,
    suggested_categories  VARCHAR(200)   NOT NULL,
    note                  VARCHAR(500),
    screened_by           VARCHAR(64),
    screened_at           TIMESTAMP      NOT NULL,
    included              BOOLEAN,
    confirmed_categories  VARCHAR(200),
    root_cause            VARCHAR(500),
    CONSTRAINT uq_screening_village UNIQUE (campaign_key, village_code)
)${table_options};
