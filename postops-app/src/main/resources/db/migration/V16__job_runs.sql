-- Background work people wait for (sealing a camera card, a QC pass): what they see of it. JobRunr keeps its
-- own tables (jobrunr_*) for scheduling and may delete finished jobs; these rows are PostOps' record of each run.
-- node: the server that ran it, so a restarted server marks only its own interrupted runs failed.
-- work: the Spring bean class that does the work; client_visible: whether clients of the production may see it.
create table job_run (
    id              bigint          not null primary key,
    kind            varchar(80)     not null,
    production_id   bigint          references production (id),
    subject_type    varchar(40)     not null,
    subject_id      bigint          not null,
    title           varchar(300)    not null,
    status          varchar(20)     not null,
    files_done      bigint          not null,
    files_total     bigint          not null,
    bytes_done      bigint          not null,
    bytes_total     bigint          not null,
    message         varchar(4000),
    work            varchar(300)    not null,
    client_visible  boolean         not null,
    node            varchar(200),
    created_by      bigint          not null references app_user (id),
    created_at      timestamp with time zone not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone,
    version         integer         not null
);
create index job_run_subject on job_run (subject_type, subject_id, created_at);
create index job_run_production on job_run (production_id, created_at);
create index job_run_status on job_run (status, node);
