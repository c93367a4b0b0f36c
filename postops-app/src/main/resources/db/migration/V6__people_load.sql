-- People's load: the days a person does not work (holiday leave, training, anything else), each a run of
-- days from first_day to last_day inclusive. A person's capacity on one of them is zero, whatever the
-- facility's calendar says; a person's runs never overlap (the application refuses it).
create table day_off (
    id          bigint       not null primary key,
    user_id     bigint       not null references app_user (id),
    first_day   date         not null,
    last_day    date         not null,
    kind        varchar(16)  not null,
    note        varchar(200),
    created_at  timestamp with time zone not null,
    constraint day_off_order_ck check (last_day >= first_day)
);
create index day_off_user_ix on day_off (user_id, first_day);
