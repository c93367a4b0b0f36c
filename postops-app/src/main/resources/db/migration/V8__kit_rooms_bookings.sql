-- The support desk's register: rooms (suites, theatres, stages, the machine room), the kit in them, and the
-- bookings of kit and rooms to a production's stage or task for a run of days. Bookings are how PostOps knows
-- what a production depends on: a fault on booked kit reaches the tasks, people and deliveries behind it.
create table room (
    id              bigint        not null primary key,
    name            varchar(200)  not null,
    kind            varchar(32)   not null,
    location        varchar(200),
    notes           varchar(10000),
    retired         boolean       not null,
    version         integer       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint room_name_uq unique (name)
);

-- specs: a JSON object of specifications (cpu, gpu, ramGb, os...); software: a JSON array of
-- {"name","version"} installed; licence_* for software licences and dongles; pat_due: the next portable
-- appliance (electrical safety) test.
create table kit (
    id                  bigint        not null primary key,
    kind                varchar(32)   not null,
    name                varchar(200)  not null,
    make                varchar(100),
    model               varchar(100),
    serial_number       varchar(100),
    asset_tag           varchar(64),
    room_id             bigint        references room (id),
    location            varchar(200),
    status              varchar(16)   not null,
    specs               text          not null,
    software            text          not null,
    licence_seats       integer,
    licence_expires     date,
    pat_due             date,
    notes               varchar(10000),
    version             integer       not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint kit_asset_tag_uq unique (asset_tag),
    constraint kit_seats_ck check (licence_seats is null or licence_seats >= 0)
);
create index kit_room_ix on kit (room_id);
create index kit_kind_ix on kit (kind, status);

-- A booking holds one kit item or one room (never both) for a production, optionally one of its stages or
-- tasks, from first_day to last_day inclusive. Two bookings of the same kit or room never overlap (the
-- application refuses it, naming the clash, with the kit or room row locked while it checks).
create table booking (
    id              bigint        not null primary key,
    kit_id          bigint        references kit (id),
    room_id         bigint        references room (id),
    production_id   bigint        not null references production (id),
    stage_id        bigint        references stage (id),
    task_id         bigint        references task (id),
    first_day       date          not null,
    last_day        date          not null,
    note            varchar(2000),
    created_by      bigint        not null references app_user (id),
    created_at      timestamp with time zone not null,
    version         integer       not null,
    constraint booking_one_thing_ck check ((kit_id is null and room_id is not null)
                                          or (kit_id is not null and room_id is null)),
    constraint booking_order_ck check (last_day >= first_day)
);
create index booking_kit_ix on booking (kit_id, first_day);
create index booking_room_ix on booking (room_id, first_day);
create index booking_production_ix on booking (production_id);
create index booking_task_ix on booking (task_id);
