-- 四议两公开 decision register: each major village matter, its meetings and votes, its two disclosures,
-- the supervision committee's findings and every step as it happened.

CREATE TABLE ly_matter (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    process_instance_id    VARCHAR(64)    NOT NULL,
    business_key           VARCHAR(100),
    village_code           VARCHAR(12)    NOT NULL,
    village_name           VARCHAR(100)   NOT NULL,
    township_code          VARCHAR(9)     NOT NULL,
    county_code            VARCHAR(6)     NOT NULL,
    kind                   VARCHAR(30)    NOT NULL,
    title                  VARCHAR(100)   NOT NULL,
    description            VARCHAR(2000)  NOT NULL,
    amount                 DECIMAL(14,2)  NOT NULL,
    affected_households    INT            NOT NULL,
    source                 VARCHAR(30)    NOT NULL,
    complex                BOOLEAN        NOT NULL,
    applies                BOOLEAN,
    resolving_body         VARCHAR(30),
    merged                 BOOLEAN,
    pre_consulted          BOOLEAN,
    stage                  VARCHAR(30)    NOT NULL,
    outcome                VARCHAR(30),
    outcome_note           VARCHAR(2000),
    registered_by          VARCHAR(64),
    created_at             TIMESTAMP      NOT NULL,
    closed_at              TIMESTAMP,
    CONSTRAINT uq_matter_instance UNIQUE (process_instance_id)
)${table_options};
CREATE INDEX ix_matter_village ON ly_matter (village_code, stage);
CREATE INDEX ix_matter_township ON ly_matter (township_code, stage);

CREATE TABLE ly_matter_meeting (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    matter_id       BIGINT         NOT NULL,
    step            VARCHAR(20)    NOT NULL,
    body            VARCHAR(30)    NOT NULL,
    notice_date     DATE           NOT NULL,
    meeting_date    DATE           NOT NULL,
    due_count       INT            NOT NULL,
    present_count   INT            NOT NULL,
    yes_count       INT            NOT NULL,
    no_count        INT            NOT NULL,
    abstain_count   INT            NOT NULL,
    quorum_basis    VARCHAR(20),
    quorum_met      BOOLEAN        NOT NULL,
    passed          BOOLEAN        NOT NULL,
    rule_text       VARCHAR(500),
    minutes         VARCHAR(2000)  NOT NULL,
    recorded_by     VARCHAR(64),
    recorded_at     TIMESTAMP      NOT NULL,
    CONSTRAINT fk_meeting_matter FOREIGN KEY (matter_id) REFERENCES ly_matter (id)
)${table_options};
CREATE INDEX ix_meeting_matter ON ly_matter_meeting (matter_id, id);

CREATE TABLE ly_matter_disclosure (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    matter_id        BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    content          VARCHAR(2000)  NOT NULL,
    place            VARCHAR(200)   NOT NULL,
    evidence         VARCHAR(200)   NOT NULL,
    posted_on        DATE           NOT NULL,
    posting_ends     DATE           NOT NULL,
    review_outcome   VARCHAR(30),
    review_note      VARCHAR(2000),
    confirmed_on     DATE,
    recorded_by      VARCHAR(64),
    recorded_at      TIMESTAMP      NOT NULL,
    CONSTRAINT fk_disclosure_matter FOREIGN KEY (matter_id) REFERENCES ly_matter (id)
)${table_options};
CREATE INDEX ix_disclosure_matter ON ly_matter_disclosure (matter_id, kind);

CREATE TABLE ly_matter_complaint (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    matter_id      BIGINT         NOT NULL,
    disclosure_id  BIGINT         NOT NULL,
    content        VARCHAR(2000)  NOT NULL,
    decision       VARCHAR(30)    NOT NULL,
    note           VARCHAR(2000)  NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP      NOT NULL,
    CONSTRAINT fk_complaint_matter FOREIGN KEY (matter_id) REFERENCES ly_matter (id)
)${table_options};

CREATE TABLE ly_matter_supervision (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    matter_id               BIGINT         NOT NULL,
    implementation_summary  VARCHAR(2000)  NOT NULL,
    opinion                 VARCHAR(20)    NOT NULL,
    findings                VARCHAR(2000)  NOT NULL,
    completed_on            DATE           NOT NULL,
    recorded_by             VARCHAR(64),
    recorded_at             TIMESTAMP      NOT NULL,
    CONSTRAINT fk_supervision_matter FOREIGN KEY (matter_id) REFERENCES ly_matter (id)
)${table_options};

CREATE TABLE ly_matter_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    matter_id   BIGINT         NOT NULL,
    kind        VARCHAR(30)    NOT NULL,
    note        VARCHAR(2000),
    actor       VARCHAR(64),
    created_at  TIMESTAMP      NOT NULL,
    CONSTRAINT fk_matter_event FOREIGN KEY (matter_id) REFERENCES ly_matter (id)
)${table_options};
CREATE INDEX ix_matter_event ON ly_matter_event (matter_id, id);
