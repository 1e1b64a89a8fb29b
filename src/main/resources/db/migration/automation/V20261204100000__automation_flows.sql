-- An automation: a trigger, conditions and steps, run as the member who saved it last.
CREATE TABLE automation_flow (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL,
    owner_id    uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    enabled     boolean     NOT NULL,
    trigger_kind text       NOT NULL CHECK (trigger_kind IN ('MANUAL', 'SCHEDULE', 'RECORD', 'HOOK', 'LETTER')),
    source_id   uuid,
    base_id     text        CHECK (length(base_id) <= 64),
    table_id    text        CHECK (length(table_id) <= 64),
    definition  jsonb       NOT NULL,
    hook_secret bytea,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0
);
CREATE INDEX automation_flow_tenant ON automation_flow (tenant_id, created_at DESC);
CREATE INDEX automation_flow_trigger ON automation_flow (tenant_id, trigger_kind) WHERE enabled;

-- One run of an automation: what triggered it, the definition it runs (as it was when it started), where it is.
CREATE TABLE automation_flow_execution (
    id             uuid        PRIMARY KEY,
    tenant_id      uuid        NOT NULL,
    automation_id  uuid        NOT NULL REFERENCES automation_flow (id) ON DELETE CASCADE,
    status         text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'SKIPPED')),
    trigger_kind   text        NOT NULL,
    fire_key       text        NOT NULL CHECK (length(fire_key) <= 300),
    trigger_data   jsonb       NOT NULL,
    definition     jsonb       NOT NULL,
    context        jsonb       NOT NULL,
    current_step   text,
    wait_letter_id uuid,
    wait_for       text,
    problem        jsonb,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    UNIQUE (automation_id, fire_key)
);
CREATE INDEX automation_flow_execution_list ON automation_flow_execution (tenant_id, automation_id, created_at DESC);
CREATE INDEX automation_flow_execution_waiting ON automation_flow_execution (tenant_id, wait_letter_id)
    WHERE status = 'WAITING';

-- One attempt at one step of an execution: what it was given, what it gave, how long it took, what went wrong.
CREATE TABLE automation_flow_step_run (
    execution_id uuid        NOT NULL REFERENCES automation_flow_execution (id) ON DELETE CASCADE,
    seq          integer     NOT NULL,
    tenant_id    uuid        NOT NULL,
    step_id      text        NOT NULL CHECK (length(step_id) <= 40),
    step_type    text        NOT NULL,
    attempt      integer     NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'WAITING', 'DONE', 'FAILED')),
    input        jsonb       NOT NULL,
    output       jsonb,
    error        jsonb,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    duration_ms  bigint,
    PRIMARY KEY (execution_id, seq)
);

-- Quartz 2.5.2's tables_postgres.sql with the automation_qrtz_ prefix: schedules, clustered across processes.
CREATE TABLE automation_qrtz_JOB_DETAILS
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  JOB_NAME          VARCHAR(200) NOT NULL,
  JOB_GROUP         VARCHAR(200) NOT NULL,
  DESCRIPTION       VARCHAR(250) NULL,
  JOB_CLASS_NAME    VARCHAR(250) NOT NULL,
  IS_DURABLE        BOOL         NOT NULL,
  IS_NONCONCURRENT  BOOL         NOT NULL,
  IS_UPDATE_DATA    BOOL         NOT NULL,
  REQUESTS_RECOVERY BOOL         NOT NULL,
  JOB_DATA          BYTEA        NULL,
  PRIMARY KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
);
CREATE TABLE automation_qrtz_TRIGGERS
(
  SCHED_NAME     VARCHAR(120) NOT NULL,
  TRIGGER_NAME   VARCHAR(200) NOT NULL,
  TRIGGER_GROUP  VARCHAR(200) NOT NULL,
  JOB_NAME       VARCHAR(200) NOT NULL,
  JOB_GROUP      VARCHAR(200) NOT NULL,
  DESCRIPTION    VARCHAR(250) NULL,
  NEXT_FIRE_TIME BIGINT       NULL,
  PREV_FIRE_TIME BIGINT       NULL,
  PRIORITY       INTEGER      NULL,
  TRIGGER_STATE  VARCHAR(16)  NOT NULL,
  TRIGGER_TYPE   VARCHAR(8)   NOT NULL,
  START_TIME     BIGINT       NOT NULL,
  END_TIME       BIGINT       NULL,
  CALENDAR_NAME  VARCHAR(200) NULL,
  MISFIRE_INSTR  SMALLINT     NULL,
  JOB_DATA       BYTEA        NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
  REFERENCES automation_qrtz_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
);
CREATE TABLE automation_qrtz_SIMPLE_TRIGGERS
(
  SCHED_NAME      VARCHAR(120) NOT NULL,
  TRIGGER_NAME    VARCHAR(200) NOT NULL,
  TRIGGER_GROUP   VARCHAR(200) NOT NULL,
  REPEAT_COUNT    BIGINT       NOT NULL,
  REPEAT_INTERVAL BIGINT       NOT NULL,
  TIMES_TRIGGERED BIGINT       NOT NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);
CREATE TABLE automation_qrtz_CRON_TRIGGERS
(
  SCHED_NAME      VARCHAR(120) NOT NULL,
  TRIGGER_NAME    VARCHAR(200) NOT NULL,
  TRIGGER_GROUP   VARCHAR(200) NOT NULL,
  CRON_EXPRESSION VARCHAR(120) NOT NULL,
  TIME_ZONE_ID    VARCHAR(80),
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);
CREATE TABLE automation_qrtz_SIMPROP_TRIGGERS
(
  SCHED_NAME    VARCHAR(120)   NOT NULL,
  TRIGGER_NAME  VARCHAR(200)   NOT NULL,
  TRIGGER_GROUP VARCHAR(200)   NOT NULL,
  STR_PROP_1    VARCHAR(512)   NULL,
  STR_PROP_2    VARCHAR(512)   NULL,
  STR_PROP_3    VARCHAR(512)   NULL,
  INT_PROP_1    INT            NULL,
  INT_PROP_2    INT            NULL,
  LONG_PROP_1   BIGINT         NULL,
  LONG_PROP_2   BIGINT         NULL,
  DEC_PROP_1    NUMERIC(13, 4) NULL,
  DEC_PROP_2    NUMERIC(13, 4) NULL,
  BOOL_PROP_1   BOOL           NULL,
  BOOL_PROP_2   BOOL           NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);
CREATE TABLE automation_qrtz_BLOB_TRIGGERS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  TRIGGER_NAME  VARCHAR(200) NOT NULL,
  TRIGGER_GROUP VARCHAR(200) NOT NULL,
  BLOB_DATA     BYTEA        NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
  REFERENCES automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);
CREATE TABLE automation_qrtz_CALENDARS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  CALENDAR_NAME VARCHAR(200) NOT NULL,
  CALENDAR      BYTEA        NOT NULL,
  PRIMARY KEY (SCHED_NAME, CALENDAR_NAME)
);
CREATE TABLE automation_qrtz_PAUSED_TRIGGER_GRPS
(
  SCHED_NAME    VARCHAR(120) NOT NULL,
  TRIGGER_GROUP VARCHAR(200) NOT NULL,
  PRIMARY KEY (SCHED_NAME, TRIGGER_GROUP)
);
CREATE TABLE automation_qrtz_FIRED_TRIGGERS
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  ENTRY_ID          VARCHAR(95)  NOT NULL,
  TRIGGER_NAME      VARCHAR(200) NOT NULL,
  TRIGGER_GROUP     VARCHAR(200) NOT NULL,
  INSTANCE_NAME     VARCHAR(200) NOT NULL,
  FIRED_TIME        BIGINT       NOT NULL,
  SCHED_TIME        BIGINT       NOT NULL,
  PRIORITY          INTEGER      NOT NULL,
  STATE             VARCHAR(16)  NOT NULL,
  JOB_NAME          VARCHAR(200) NULL,
  JOB_GROUP         VARCHAR(200) NULL,
  IS_NONCONCURRENT  BOOL         NULL,
  REQUESTS_RECOVERY BOOL         NULL,
  PRIMARY KEY (SCHED_NAME, ENTRY_ID)
);
CREATE TABLE automation_qrtz_SCHEDULER_STATE
(
  SCHED_NAME        VARCHAR(120) NOT NULL,
  INSTANCE_NAME     VARCHAR(200) NOT NULL,
  LAST_CHECKIN_TIME BIGINT       NOT NULL,
  CHECKIN_INTERVAL  BIGINT       NOT NULL,
  PRIMARY KEY (SCHED_NAME, INSTANCE_NAME)
);
CREATE TABLE automation_qrtz_LOCKS
(
  SCHED_NAME VARCHAR(120) NOT NULL,
  LOCK_NAME  VARCHAR(40)  NOT NULL,
  PRIMARY KEY (SCHED_NAME, LOCK_NAME)
);
CREATE INDEX IDX_automation_qrtz_J_REQ_RECOVERY
  ON automation_qrtz_JOB_DETAILS (SCHED_NAME, REQUESTS_RECOVERY);
CREATE INDEX IDX_automation_qrtz_J_GRP
  ON automation_qrtz_JOB_DETAILS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_automation_qrtz_T_J
  ON automation_qrtz_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
CREATE INDEX IDX_automation_qrtz_T_JG
  ON automation_qrtz_TRIGGERS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_automation_qrtz_T_C
  ON automation_qrtz_TRIGGERS (SCHED_NAME, CALENDAR_NAME);
CREATE INDEX IDX_automation_qrtz_T_G
  ON automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);
CREATE INDEX IDX_automation_qrtz_T_STATE
  ON automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_STATE);
CREATE INDEX IDX_automation_qrtz_T_N_STATE
  ON automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_automation_qrtz_T_N_G_STATE
  ON automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_automation_qrtz_T_NEXT_FIRE_TIME
  ON automation_qrtz_TRIGGERS (SCHED_NAME, NEXT_FIRE_TIME);
CREATE INDEX IDX_automation_qrtz_T_NFT_ST
  ON automation_qrtz_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME);
CREATE INDEX IDX_automation_qrtz_T_NFT_MISFIRE
  ON automation_qrtz_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME);
CREATE INDEX IDX_automation_qrtz_T_NFT_ST_MISFIRE
  ON automation_qrtz_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_STATE);
CREATE INDEX IDX_automation_qrtz_T_NFT_ST_MISFIRE_GRP
  ON automation_qrtz_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_GROUP, TRIGGER_STATE);
CREATE INDEX IDX_automation_qrtz_FT_TRIG_INST_NAME
  ON automation_qrtz_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME);
CREATE INDEX IDX_automation_qrtz_FT_INST_JOB_REQ_RCVRY
  ON automation_qrtz_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
CREATE INDEX IDX_automation_qrtz_FT_J_G
  ON automation_qrtz_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
CREATE INDEX IDX_automation_qrtz_FT_JG
  ON automation_qrtz_FIRED_TRIGGERS (SCHED_NAME, JOB_GROUP);
CREATE INDEX IDX_automation_qrtz_FT_T_G
  ON automation_qrtz_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
CREATE INDEX IDX_automation_qrtz_FT_TG
  ON automation_qrtz_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);
