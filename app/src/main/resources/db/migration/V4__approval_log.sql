-- Approval operations in Tasklist (退回, 转办, 委派, 抄送, 催办, 撤回, 审批意见, 批量办理): who did what, when and why;
-- read-only copies (抄送) and each user's in-app notifications.

CREATE TABLE ly_task_audit (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id              VARCHAR(64)    NOT NULL,
    process_instance_id  VARCHAR(64),
    task_name            VARCHAR(200),
    kind                 VARCHAR(20)    NOT NULL,
    actor                VARCHAR(64)    NOT NULL,
    target               VARCHAR(200),
    note                 VARCHAR(2000),
    created_at           TIMESTAMP      NOT NULL
)${table_options};
CREATE INDEX ix_task_audit_task ON ly_task_audit (task_id, kind, created_at);
CREATE INDEX ix_task_audit_instance ON ly_task_audit (process_instance_id, created_at);

CREATE TABLE ly_task_cc (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id              VARCHAR(64)    NOT NULL,
    process_instance_id  VARCHAR(64),
    task_name            VARCHAR(200),
    case_title           VARCHAR(200),
    village_name         VARCHAR(100),
    from_user            VARCHAR(64)    NOT NULL,
    to_user              VARCHAR(64),
    to_group             VARCHAR(100),
    note                 VARCHAR(2000),
    created_at           TIMESTAMP      NOT NULL
)${table_options};
CREATE INDEX ix_task_cc_user ON ly_task_cc (to_user);
CREATE INDEX ix_task_cc_group ON ly_task_cc (to_group);

CREATE TABLE ly_notification (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id              VARCHAR(64)    NOT NULL,
    kind                 VARCHAR(20)    NOT NULL,
    task_id              VARCHAR(64),
    process_instance_id  VARCHAR(64),
    text                 VARCHAR(2000)  NOT NULL,
    created_at           TIMESTAMP      NOT NULL,
    read_at              TIMESTAMP
)${table_options};
CREATE INDEX ix_notification_user ON ly_notification (user_id, read_at);
