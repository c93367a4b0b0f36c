-- Media integrity (decision 0027). Volumes are the facility's storage locations (never deleted: retired);
-- a media folder is a production's folder on a volume, sealed and verified with ASC MHL by background jobs.
create table volume (
    id              bigint          not null primary key,
    name            varchar(200)    not null,
    kind            varchar(30)     not null,
    media_type      varchar(20)     not null,
    site            varchar(20)     not null,
    root_path       varchar(1000)   not null,
    kit_id          bigint          references kit (id),
    notes           varchar(4000),
    retired         boolean         not null,
    created_by      bigint          not null references app_user (id),
    created_at      timestamp with time zone not null,
    version         integer         not null
);

create table media_folder (
    id              bigint          not null primary key,
    production_id   bigint          not null references production (id),
    volume_id       bigint          not null references volume (id),
    relative_path   varchar(1000)   not null,
    label           varchar(200)    not null,
    hash_formats    varchar(100)    not null,
    created_by      bigint          not null references app_user (id),
    created_at      timestamp with time zone not null,
    version         integer         not null,
    constraint media_folder_place unique (volume_id, relative_path)
);
create index media_folder_production on media_folder (production_id);

-- One row per seal or verify that ran to a verdict: its generation, counts and the root hashes it stands for.
create table media_run (
    id              bigint          not null primary key,
    folder_id       bigint          not null references media_folder (id),
    job_run_id      bigint          not null references job_run (id),
    action          varchar(10)     not null,
    ok              boolean         not null,
    exit_code       integer         not null,
    generation      integer,
    files_original  bigint          not null,
    files_verified  bigint          not null,
    files_failed    bigint          not null,
    files_new       bigint          not null,
    files_missing   bigint          not null,
    files_problem   bigint          not null,
    bytes_hashed    bigint          not null,
    root_format     varchar(10),
    root_content    varchar(200),
    root_structure  varchar(200),
    summary         varchar(4000)   not null,
    finished_at     timestamp with time zone not null
);
create index media_run_folder on media_run (folder_id, finished_at);
create index media_run_root on media_run (root_content);

-- Per-file results of the latest run of each folder only (older runs' rows are replaced: the ASC MHL history
-- in the folder keeps every generation).
create table media_file (
    id              bigint          not null primary key,
    folder_id       bigint          not null references media_folder (id),
    run_id          bigint          not null references media_run (id),
    path            varchar(4000)   not null,
    size            bigint,
    format          varchar(10),
    hash            varchar(200),
    status          varchar(12)     not null,
    detail          varchar(1000)
);
create index media_file_folder on media_file (folder_id);
create index media_file_hash on media_file (hash);
