-- The shared default the application ships (processes/, forms/), deployed at start by PolicyShipment: per model (a
-- decision file, or a process file with the forms it uses) the fingerprint of the files last offered at a start and
-- what became of them (SHIPPED: deployed; SKIPPED_AT_STARTUP: kept out because the administrator's newer version
-- from the workbench is in force; IN_FORCE: the same files were already in force), so a restart repeats nothing.

CREATE TABLE ly_policy_shipment (
    unit_name      VARCHAR(255)   NOT NULL,
    fingerprint    VARCHAR(64)    NOT NULL,
    outcome        VARCHAR(20)    NOT NULL,
    deployment_id  VARCHAR(64),
    updated_at     TIMESTAMP      NOT NULL,
    CONSTRAINT pk_policy_shipment PRIMARY KEY (unit_name)
)${table_options};

-- a change kept out at start (SKIPPED_AT_STARTUP) deployed nothing
ALTER TABLE ly_policy_change ${modify_column} deployment_id VARCHAR(64) NULL;
