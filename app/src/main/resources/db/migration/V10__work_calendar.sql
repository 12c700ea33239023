-- Working-day calendar: per year the State Council's published holiday arrangement (国务院办公厅关于某年部分节假日
-- 安排的通知), copied from the files shipped in config/calendar/ or uploaded by the administrator; the days it changes
-- (OFF: a day off, WORK: a weekend day worked instead); and every change with who, when, why.

CREATE TABLE ly_calendar_year (
    cal_year             INT            NOT NULL PRIMARY KEY,
    source               VARCHAR(200)   NOT NULL,
    origin               VARCHAR(20)    NOT NULL,
    updated_by           VARCHAR(64),
    updated_at           TIMESTAMP      NOT NULL
)${table_options};

CREATE TABLE ly_calendar_day (
    cal_day              DATE           NOT NULL PRIMARY KEY,
    cal_year             INT            NOT NULL,
    kind                 VARCHAR(10)    NOT NULL,
    holiday              VARCHAR(20)    NOT NULL
)${table_options};
CREATE INDEX ix_calendar_day_year ON ly_calendar_day (cal_year);

CREATE TABLE ly_calendar_change (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    cal_year             INT            NOT NULL,
    origin               VARCHAR(20)    NOT NULL,
    actor                VARCHAR(64),
    reason               VARCHAR(500)   NOT NULL,
    source               VARCHAR(200)   NOT NULL,
    days_before          VARCHAR(2000),
    days_after           VARCHAR(2000)  NOT NULL,
    created_at           TIMESTAMP      NOT NULL
)${table_options};
CREATE INDEX ix_calendar_change_year ON ly_calendar_change (cal_year, created_at);
