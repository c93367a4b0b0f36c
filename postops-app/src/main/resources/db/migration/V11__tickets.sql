-- Tickets: a fault or a question raised by someone (the requester) about kit, a production and its tasks, or
-- nothing in particular; its lifecycle, its timeline, the options weighed to restore service, the solution it
-- was resolved with, and the requester's rating of it. Nothing here is ever deleted: a ticket is proof.
--
-- A ticket tied to a production follows that production's confidentiality: every read joins the production
-- and filters with the confidentiality policy (a ticket with no production is visible to all but clients).
-- expert_id names an expert of the skills area (its table lands beside this one), without a foreign key yet.
-- recurrence_of: the earlier ticket, resolved within 30 days before this one was raised, on the same kit and
-- category, that this one shows to have come back.
create table ticket (
    id                  bigint        not null primary key,
    summary             varchar(200)  not null,
    symptoms            varchar(10000),
    error_text          varchar(20000),
    severity            varchar(2)    not null,
    category            varchar(32)   not null,
    status              varchar(24)   not null,
    production_id       bigint        references production (id),
    requester_id        bigint        not null references app_user (id),
    assignee_id         bigint        references app_user (id),
    expert_id           bigint,
    raised_at           timestamp with time zone not null,
    first_response_at   timestamp with time zone,
    recurrence_of       bigint        references ticket (id),
    version             integer       not null,
    updated_at          timestamp with time zone not null,
    constraint ticket_severity_ck check (severity in ('P1', 'P2', 'P3', 'P4'))
);
create index ticket_status_ix on ticket (status, raised_at);
create index ticket_production_ix on ticket (production_id);
create index ticket_assignee_ix on ticket (assignee_id, status);
create index ticket_requester_ix on ticket (requester_id);
create index ticket_expert_ix on ticket (expert_id, status);

create table ticket_kit (
    ticket_id   bigint not null references ticket (id),
    kit_id      bigint not null references kit (id),
    primary key (ticket_id, kit_id)
);
create index ticket_kit_kit_ix on ticket_kit (kit_id);

create table ticket_task (
    ticket_id   bigint not null references ticket (id),
    task_id     bigint not null references task (id),
    primary key (ticket_id, task_id)
);
create index ticket_task_task_ix on ticket_task (task_id);

-- The timeline, and the history the service clocks are computed from: every status change (from, to), every
-- assignment and every public update, with who and when. kind: raised, status, assigned, update, option,
-- option-chosen, resolved, reopened, rated, edited.
create table ticket_event (
    id              bigint        not null primary key,
    ticket_id       bigint        not null references ticket (id),
    occurred_at     timestamp with time zone not null,
    actor           bigint        not null references app_user (id),
    kind            varchar(24)   not null,
    from_status     varchar(24),
    to_status       varchar(24),
    note            varchar(10000)
);
create index ticket_event_ticket_ix on ticket_event (ticket_id, occurred_at);

-- Ways to restore service the engineer weighed, side by side; at most one chosen, with the reason.
create table ticket_option (
    id                  bigint        not null primary key,
    ticket_id           bigint        not null references ticket (id),
    kind                varchar(24)   not null,
    description         varchar(2000) not null,
    cost_minor          bigint,
    currency            varchar(3),
    restore_minutes     integer,
    feasibility         varchar(2000),
    created_by          bigint        not null references app_user (id),
    created_at          timestamp with time zone not null,
    chosen              boolean       not null,
    chosen_reason       varchar(2000),
    chosen_by           bigint        references app_user (id),
    chosen_at           timestamp with time zone,
    constraint ticket_option_cost_ck check (cost_minor is null or (cost_minor >= 0 and currency is not null)),
    constraint ticket_option_restore_ck check (restore_minutes is null or restore_minutes >= 0)
);
create index ticket_option_ticket_ix on ticket_option (ticket_id);

-- Each time a ticket is resolved, the solution: a reopened and re-resolved ticket has several, the latest
-- current. snapshot_id names a configuration snapshot (configurations land beside this, no foreign key yet).
-- recurred_by: the ticket (a new one, or this one reopened) that showed the solution did not last.
create table ticket_resolution (
    id                      bigint        not null primary key,
    ticket_id               bigint        not null references ticket (id),
    what_was_done           varchar(10000) not null,
    kind                    varchar(16)   not null,
    workaround_acceptable   boolean,
    why_not_acceptable      varchar(2000),
    snapshot_id             bigint,
    restored_at             timestamp with time zone not null,
    resolved_by             bigint        not null references app_user (id),
    resolved_at             timestamp with time zone not null,
    recurred_by             bigint        references ticket (id),
    rating                  integer,
    rating_comment          varchar(2000),
    rated_at                timestamp with time zone,
    constraint ticket_resolution_rating_ck check (rating is null or (rating between 1 and 5))
);
create index ticket_resolution_ticket_ix on ticket_resolution (ticket_id, resolved_at);

-- Notifications about something tied to no production (a ticket raised on its own): no production to check.
alter table notification alter column production_id drop not null;
