-- Which reminders (REMINDER before the due date, OVERDUE after it) went out for which task due date, so a
-- reminder is sent once, even with several application nodes scanning.

CREATE TABLE ly_task_reminder (
    task_id   VARCHAR(64)  NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    due_date  TIMESTAMP    NOT NULL,
    sent_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_task_reminder PRIMARY KEY (task_id, kind, due_date)
)${table_options};
