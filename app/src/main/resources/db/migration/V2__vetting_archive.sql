-- 一人一档: one archive per person across all vettings (村干部人选三级审查), the reserve pool (后备力量)
-- and the yearly secretary assessment (书记履职研判). The identity number lives only in ly_person.

CREATE TABLE ly_person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    id_number       VARCHAR(18)   NOT NULL,
    name            VARCHAR(50)   NOT NULL,
    gender          CHAR(1)       NOT NULL,
    birth_date      DATE          NOT NULL,
    county_code     VARCHAR(6)    NOT NULL,
    township_code   VARCHAR(9)    NOT NULL,
    village_code    VARCHAR(12)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_person_id_number UNIQUE (id_number)
)${table_options};
CREATE INDEX ix_person_township ON ly_person (township_code);

CREATE TABLE ly_vetting (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id            BIGINT        NOT NULL,
    -- equals person_id while the vetting is open and is cleared when it ends: at most one open vetting per person
    open_person_id       BIGINT,
    process_instance_id  VARCHAR(64)   NOT NULL,
    business_key         VARCHAR(100),
    reason               VARCHAR(20)   NOT NULL,
    position             VARCHAR(30)   NOT NULL,
    village_code         VARCHAR(12)   NOT NULL,
    village_name         VARCHAR(100)  NOT NULL,
    township_code        VARCHAR(9)    NOT NULL,
    county_code          VARCHAR(6)    NOT NULL,
    candidate_name       VARCHAR(50)   NOT NULL,
    party_join_date      DATE,
    education            VARCHAR(20)   NOT NULL,
    residence            VARCHAR(200)  NOT NULL,
    current_work         VARCHAR(200)  NOT NULL,
    pledges_signed       BOOLEAN       NOT NULL,
    nomination_note      VARCHAR(2000),
    previous_vetting_id  BIGINT,
    reserve_id           BIGINT,
    assessment_id        BIGINT,
    stage                VARCHAR(30)   NOT NULL,
    verdict              VARCHAR(20),
    outcome              VARCHAR(30),
    outcome_reason       VARCHAR(2000),
    filing_number        VARCHAR(50),
    filed_on             DATE,
    nominated_by         VARCHAR(64),
    started_at           TIMESTAMP     NOT NULL,
    ended_at             TIMESTAMP,
    CONSTRAINT uq_vetting_open_person UNIQUE (open_person_id),
    CONSTRAINT uq_vetting_instance UNIQUE (process_instance_id),
    CONSTRAINT fk_vetting_person FOREIGN KEY (person_id) REFERENCES ly_person (id)
)${table_options};
CREATE INDEX ix_vetting_person ON ly_vetting (person_id);
CREATE INDEX ix_vetting_township ON ly_vetting (township_code, stage);
CREATE INDEX ix_vetting_village ON ly_vetting (village_code, stage);

-- one row per department and review round (an objection sends the vetting back for another round)
CREATE TABLE ly_vetting_answer (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    vetting_id       BIGINT        NOT NULL,
    review_round     INT           NOT NULL,
    department       VARCHAR(50)   NOT NULL,
    department_name  VARCHAR(100)  NOT NULL,
    due_date         DATE          NOT NULL,
    result           VARCHAR(10),
    clauses          VARCHAR(500),
    evidence_note    VARCHAR(2000),
    answered_by      VARCHAR(64),
    answered_at      TIMESTAMP,
    reminded_at      TIMESTAMP,
    escalated_at     TIMESTAMP,
    chase_note       VARCHAR(2000),
    CONSTRAINT uq_vetting_answer UNIQUE (vetting_id, review_round, department),
    CONSTRAINT fk_answer_vetting FOREIGN KEY (vetting_id) REFERENCES ly_vetting (id)
)${table_options};
CREATE INDEX ix_answer_department ON ly_vetting_answer (department, answered_at);

CREATE TABLE ly_vetting_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    vetting_id  BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    note        VARCHAR(2000),
    actor       VARCHAR(64),
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_event_vetting FOREIGN KEY (vetting_id) REFERENCES ly_vetting (id)
)${table_options};
CREATE INDEX ix_vetting_event ON ly_vetting_event (vetting_id, id);

CREATE TABLE ly_reserve (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT        NOT NULL,
    -- equals person_id while the reserve is active: a person is in the pool at most once at a time
    active_person_id  BIGINT,
    county_code       VARCHAR(6)    NOT NULL,
    township_code     VARCHAR(9)    NOT NULL,
    village_code      VARCHAR(12)   NOT NULL,
    village_name      VARCHAR(100)  NOT NULL,
    direction         VARCHAR(30)   NOT NULL,
    vetting_id        BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    entered_on        DATE          NOT NULL,
    left_on           DATE,
    leave_reason      VARCHAR(2000),
    CONSTRAINT uq_reserve_active_person UNIQUE (active_person_id),
    CONSTRAINT fk_reserve_person FOREIGN KEY (person_id) REFERENCES ly_person (id)
)${table_options};
CREATE INDEX ix_reserve_village ON ly_reserve (village_code, status);

-- 三定四个一, once a year per reserve: one training, one shadowing stint, chairing one villagers' meeting, linked households
CREATE TABLE ly_reserve_record (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    reserve_id         BIGINT        NOT NULL,
    record_year        INT           NOT NULL,
    training_done      BOOLEAN       NOT NULL,
    shadowing_done     BOOLEAN       NOT NULL,
    chaired_meeting    BOOLEAN       NOT NULL,
    linked_households  INT           NOT NULL,
    note               VARCHAR(2000),
    recorded_by        VARCHAR(64),
    recorded_at        TIMESTAMP     NOT NULL,
    CONSTRAINT uq_reserve_record UNIQUE (reserve_id, record_year),
    CONSTRAINT fk_record_reserve FOREIGN KEY (reserve_id) REFERENCES ly_reserve (id)
)${table_options};

CREATE TABLE ly_assessment (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id     VARCHAR(64)   NOT NULL,
    village_code            VARCHAR(12)   NOT NULL,
    village_name            VARCHAR(100)  NOT NULL,
    township_code           VARCHAR(9)    NOT NULL,
    county_code             VARCHAR(6)    NOT NULL,
    assessment_year         INT           NOT NULL,
    person_id               BIGINT,
    secretary_name          VARCHAR(50),
    score_morality          DECIMAL(4,1),
    score_ability           DECIMAL(4,1),
    score_diligence         DECIMAL(4,1),
    score_performance       DECIMAL(4,1),
    score_integrity         DECIMAL(4,1),
    total_score             DECIMAL(5,1),
    rated_stars             INT,
    confirmed_stars         INT,
    star_action             VARCHAR(20),
    stage                   VARCHAR(20)   NOT NULL,
    rating_note             VARCHAR(2000),
    confirm_note            VARCHAR(2000),
    action_record           VARCHAR(4000),
    replacement_vetting_id  BIGINT,
    created_at              TIMESTAMP     NOT NULL,
    closed_at               TIMESTAMP,
    CONSTRAINT uq_assessment_instance UNIQUE (process_instance_id),
    CONSTRAINT uq_assessment_village_year UNIQUE (village_code, assessment_year)
)${table_options};
CREATE INDEX ix_assessment_township ON ly_assessment (township_code, assessment_year);
