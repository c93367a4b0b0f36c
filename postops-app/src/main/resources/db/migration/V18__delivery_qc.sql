-- Delivery QC (decision 0028). A media asset is one file of a production: on a registered volume (a path under
-- its root) or uploaded into the data directory. It is probed when registered; its key facts sit in columns for
-- lists, the whole probe as JSON. deliverable_id names a deliverable of the production's spec without a foreign
-- key: saving a spec rewrites its deliverable rows (keeping their ids), and an asset outlives a removed deliverable.
create table media_asset (
    id              bigint          not null primary key,
    production_id   bigint          not null references production (id),
    label           varchar(200)    not null,
    origin          varchar(10)     not null,
    volume_id       bigint          references volume (id),
    relative_path   varchar(1000)   not null,
    file_name       varchar(300)    not null,
    size_bytes      bigint          not null,
    deliverable_id  bigint,
    container       varchar(200),
    duration_ms     bigint,
    frame_width     integer,
    frame_height    integer,
    frame_rate      varchar(40),
    scan            varchar(60),
    start_timecode  varchar(20),
    audio_layout    varchar(500),
    metadata        text            not null,
    created_by      bigint          not null references app_user (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         integer         not null
);
create index media_asset_production on media_asset (production_id);
create index media_asset_place on media_asset (volume_id, relative_path);

-- One row per QC of an asset against a delivery profile, written when it is queued; the job fills in the verdict
-- (pass, fail, or could_not_check when the file could not be checked), the figures, the JSON report and the path
-- of the HTML report under the data directory. deliverable_id: the deliverable it was checked for, if any.
create table qc_run (
    id              bigint          not null primary key,
    asset_id        bigint          not null references media_asset (id),
    production_id   bigint          not null references production (id),
    job_run_id      bigint          not null references job_run (id),
    deliverable_id  bigint,
    profile_id      varchar(100)    not null,
    profile_name    varchar(300),
    verdict         varchar(20),
    integrated_lufs numeric(8, 2),
    lra_lu          numeric(8, 2),
    true_peak_dbtp  numeric(8, 2),
    rules_failed    integer,
    rules_warned    integer,
    events          integer,
    message         varchar(4000),
    report          text,
    html_report     varchar(1000),
    created_by      bigint          not null references app_user (id),
    created_at      timestamp with time zone not null,
    finished_at     timestamp with time zone
);
create index qc_run_asset on qc_run (asset_id, created_at);
create index qc_run_deliverable on qc_run (deliverable_id, created_at);
create index qc_run_production on qc_run (production_id);
