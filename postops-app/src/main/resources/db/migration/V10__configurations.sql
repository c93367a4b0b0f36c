-- Configurations of kit: snapshots of what a machine runs (OS, GPU drivers, applications, firmware, mounts) and
-- the qualified configurations productions and the facility approve, as version ranges per key.

-- One snapshot as submitted: body is the structured JSON (normalised), taken_at when the machine was looked at
-- (the submitter may say; otherwise when received). Snapshots are evidence for tickets ("what changed?") and
-- solutions ("the configuration it applied to"), so they are never changed or deleted.
create table config_snapshot (
    id              bigint        not null primary key,
    kit_id          bigint        not null references kit (id),
    taken_at        timestamp with time zone not null,
    received_at     timestamp with time zone not null,
    source          varchar(8)    not null,
    submitted_by    bigint        not null references app_user (id),
    body            text          not null,
    key_count       integer       not null,
    constraint config_snapshot_source_ck check (source in ('UI', 'CLI', 'API'))
);
create index config_snapshot_kit_ix on config_snapshot (kit_id, taken_at, received_at);

-- The snapshot flattened to keys (os.version, gpu[0].driver, apps.<app>.version...): what diffs and compliance
-- read, and what a question across the fleet ("which machines run driver 550?") would.
create table config_snapshot_value (
    snapshot_id     bigint        not null references config_snapshot (id),
    config_key      varchar(300)  not null,
    config_value    varchar(2000) not null,
    constraint config_snapshot_value_pk primary key (snapshot_id, config_key)
);
create index config_snapshot_value_key_ix on config_snapshot_value (config_key);

-- A qualified configuration: a production's (production_id) or the facility's (null). kit_kinds: a JSON array of
-- kit type names it applies to (empty: every kind); rules: a JSON array of {key, range|equals|matches, required};
-- skill_ids: a JSON array of the skills working on such kit needs. Withdrawn ones are kept (retired_at) because
-- past compliance warnings and tickets refer to them.
create table qualified_configuration (
    id              bigint        not null primary key,
    production_id   bigint        references production (id),
    name            varchar(200)  not null,
    kit_kinds       text          not null,
    rules           text          not null,
    skill_ids       text          not null,
    created_by      bigint        not null references app_user (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    retired_at      timestamp with time zone,
    version         integer       not null
);
create index qualified_configuration_production_ix on qualified_configuration (production_id);
