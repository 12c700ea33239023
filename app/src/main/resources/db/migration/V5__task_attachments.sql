-- Evidence attachments (证据材料): the content lives in the engine's attachment store; here what the engine does
-- not keep — the size, who uploaded it and at which step — for the case's list of materials.

CREATE TABLE ly_task_attachment (
    attachment_id        VARCHAR(64)    NOT NULL PRIMARY KEY,
    task_id              VARCHAR(64)    NOT NULL,
    process_instance_id  VARCHAR(64)    NOT NULL,
    step                 VARCHAR(200),
    size_bytes           BIGINT         NOT NULL,
    uploader             VARCHAR(64)    NOT NULL,
    created_at           TIMESTAMP      NOT NULL
)${table_options};
CREATE INDEX ix_task_attachment_instance ON ly_task_attachment (process_instance_id);
