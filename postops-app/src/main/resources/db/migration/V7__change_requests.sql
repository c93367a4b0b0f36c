-- Change requests: what a client or the team asks for, the changes a supervisor proposes to meet it, and
-- every step of the decision, with the impact as it was computed when the decision was taken.
create table change_request (
    id              bigint         not null primary key,
    production_id   bigint         not null references production (id),
    title           varchar(200)   not null,
    requested_by    varchar(200),
    reason          varchar(10000),
    status          varchar(16)    not null,
    raised_by       bigint         not null references app_user (id),
    raised_at       timestamp with time zone not null,
    decided_by      bigint         references app_user (id),
    decided_at      timestamp with time zone,
    decision_note   varchar(2000),
    version         integer        not null
);
create index change_request_production_ix on change_request (production_id, raised_at);

create table change_request_item (
    id                  bigint        not null primary key,
    change_request_id   bigint        not null references change_request (id),
    sort_order          integer       not null,
    kind                varchar(24)   not null,
    task_id             bigint,
    body                text          not null
);
create index change_request_item_cr_ix on change_request_item (change_request_id, sort_order);

create table change_request_event (
    id                  bigint        not null primary key,
    change_request_id   bigint        not null references change_request (id),
    occurred_at         timestamp with time zone not null,
    actor               bigint        not null references app_user (id),
    action              varchar(24)   not null,
    note                varchar(2000),
    impact              text
);
create index change_request_event_cr_ix on change_request_event (change_request_id, occurred_at);
