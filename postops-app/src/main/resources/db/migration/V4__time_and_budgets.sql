-- Time logged on tasks, and the facility's rate cards that price it (issue 3: time logs and budgets).
-- Durations are whole minutes, money whole minor units with its ISO 4217 currency; never fractions of days.

create table time_entry (
    id              bigint        not null primary key,
    task_id         bigint        not null references task (id),
    user_id         bigint        not null references app_user (id),
    -- the person's role on the production when the time was logged (what the work is priced as);
    -- null when they were not on the team (an administrator logging their own time)
    member_role     varchar(32),
    work_date       date          not null,
    minutes         integer       not null,
    note            varchar(2000),
    logged_by       bigint        not null references app_user (id),
    version         integer       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint time_entry_minutes_ck check (minutes > 0 and minutes <= 1440)
);
create index time_entry_task_ix on time_entry (task_id);
create index time_entry_user_date_ix on time_entry (user_id, work_date);

-- A rate: what an hour or a day of a production role (subject_type ROLE, subject a member role such as
-- COLOURIST), a kit type or a room type (KIT / ROOM, subject a key such as grading-theatre) costs, in one
-- currency, from one date to another (inclusive; no end date means until further notice).
create table rate_card (
    id              bigint       not null primary key,
    subject_type    varchar(8)   not null,
    subject         varchar(64)  not null,
    unit            varchar(8)   not null,
    amount_minor    bigint       not null,
    currency        varchar(3)   not null,
    effective_from  date         not null,
    effective_to    date,
    version         integer      not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint rate_card_amount_ck check (amount_minor >= 0),
    constraint rate_card_dates_ck check (effective_to is null or effective_to >= effective_from)
);
create index rate_card_subject_ix on rate_card (subject_type, subject, currency);

-- One row that rate changes lock, so that two administrators cannot both add overlapping rates at once
-- (the overlap check reads ranges; a unique constraint cannot express it on both databases).
create table rate_card_head (
    id  integer not null primary key
);
insert into rate_card_head (id) values (1);
