-- PostOps platform schema: users, tokens, productions (brief, spec, deliverables, stages, members),
-- tasks (assignees, dependencies, comments) and the hash-chained audit trail.
-- Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Ids of production data are random 53-bit numbers chosen by the application so that they reveal
-- nothing about how many (restricted) objects exist; see docs/decisions/0002-random-ids.md.

create table app_user (
    id              bigint       not null primary key,
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    email           varchar(254) not null,
    time_zone       varchar(64)  not null,
    global_role     varchar(16)  not null,
    active          boolean      not null,
    password_hash   varchar(200) not null,
    version         integer      not null,
    created_at      timestamp with time zone not null,
    constraint app_user_username_uq unique (username)
);

create table api_token (
    id              bigint       not null primary key,
    user_id         bigint       not null references app_user (id),
    name            varchar(100) not null,
    token_hash      varchar(64)  not null,
    token_prefix    varchar(16)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    revoked_at      timestamp with time zone,
    last_used_at    timestamp with time zone,
    constraint api_token_hash_uq unique (token_hash)
);
create index api_token_user_ix on api_token (user_id);

create table production (
    id                  bigint        not null primary key,
    name                varchar(200)  not null,
    codename            varchar(100),
    client              varchar(200),
    production_type     varchar(32)   not null,
    status              varchar(32)   not null,
    confidentiality     varchar(16)   not null,
    start_date          date,
    picture_lock_date   date,
    delivery_date       date,
    currency            varchar(3)    not null,
    synopsis            varchar(10000),
    objectives          varchar(10000),
    audience            varchar(2000),
    budget_cap_minor    bigint,
    frame_width         integer,
    frame_height        integer,
    frame_rate          varchar(16),
    scan                varchar(16),
    aspect_ratio        varchar(16),
    colour_pipeline     varchar(100),
    audio_layout        varchar(100),
    mastering_format    varchar(200),
    version             integer       not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);

create table acceptance_criterion (
    id              bigint        not null primary key,
    production_id   bigint        not null references production (id),
    sort_order      integer       not null,
    description     varchar(1000) not null,
    done            boolean       not null
);
create index acceptance_criterion_production_ix on acceptance_criterion (production_id);

create table deliverable (
    id                  bigint       not null primary key,
    production_id       bigint       not null references production (id),
    sort_order          integer      not null,
    name                varchar(200) not null,
    format              varchar(1000),
    delivery_profile_id varchar(100)
);
create index deliverable_production_ix on deliverable (production_id);

create table stage (
    id              bigint       not null primary key,
    production_id   bigint       not null references production (id),
    sort_order      integer      not null,
    name            varchar(100) not null
);
create index stage_production_ix on stage (production_id);

create table production_member (
    production_id   bigint      not null references production (id),
    user_id         bigint      not null references app_user (id),
    member_role     varchar(32) not null,
    primary key (production_id, user_id)
);
create index production_member_user_ix on production_member (user_id);

create table task (
    id                  bigint        not null primary key,
    production_id       bigint        not null references production (id),
    stage_id            bigint        references stage (id),
    title               varchar(200)  not null,
    description         varchar(10000),
    status              varchar(16)   not null,
    estimate_minutes    integer,
    due_date            date,
    version             integer       not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index task_production_ix on task (production_id);
create index task_stage_ix on task (stage_id);

create table task_assignee (
    task_id     bigint not null references task (id),
    user_id     bigint not null references app_user (id),
    primary key (task_id, user_id)
);
create index task_assignee_user_ix on task_assignee (user_id, task_id);

create table task_dependency (
    task_id         bigint not null references task (id),
    depends_on_id   bigint not null references task (id),
    primary key (task_id, depends_on_id)
);
create index task_dependency_on_ix on task_dependency (depends_on_id);

create table task_comment (
    id          bigint         not null primary key,
    task_id     bigint         not null references task (id),
    author_id   bigint         not null references app_user (id),
    body        varchar(10000) not null,
    created_at  timestamp with time zone not null
);
create index task_comment_task_ix on task_comment (task_id);

-- The audit trail: append-only, each entry carries the SHA-256 of its predecessor and of its own content.
-- audit_head holds the newest entry; appenders lock it, which orders the chain across nodes and lets
-- verification notice entries cut from the end.
create table audit_entry (
    id              bigint        not null primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(64)   not null,
    action          varchar(64)   not null,
    object_type     varchar(64)   not null,
    object_id       varchar(64),
    production_id   bigint,
    remote_address  varchar(64),
    before_value    varchar(20000),
    after_value     varchar(20000),
    prev_hash       varchar(64)   not null,
    entry_hash      varchar(64)   not null
);
create index audit_entry_time_ix on audit_entry (occurred_at);

create table audit_head (
    id          integer      not null primary key,
    last_id     bigint       not null,
    last_hash   varchar(64)  not null
);
insert into audit_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
