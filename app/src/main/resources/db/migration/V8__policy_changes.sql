-- 规则与流程管理: every deployment and roll-back a policy owner (or the administrator) makes in the workbench:
-- who, when, why, for which county (NULL: the shared default), which resources, versions before and after.

CREATE TABLE ly_policy_change (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    deployment_id        VARCHAR(64)    NOT NULL,
    tenant_id            VARCHAR(64),
    kind                 VARCHAR(20)    NOT NULL,
    actor                VARCHAR(64)    NOT NULL,
    reason               VARCHAR(500)   NOT NULL,
    resources            VARCHAR(2000)  NOT NULL,
    versions_before      VARCHAR(2000),
    versions_after       VARCHAR(2000),
    created_at           TIMESTAMP      NOT NULL
)${table_options};
CREATE UNIQUE INDEX ux_policy_change_deployment ON ly_policy_change (deployment_id);
CREATE INDEX ix_policy_change_tenant ON ly_policy_change (tenant_id, created_at);
