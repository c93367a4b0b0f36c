-- In-app notifications and personal calendar feeds.

-- One row per recipient. The title is kept as it was written; whether the recipient may still read it
-- is decided when it is read (the production's confidentiality and the recipient's membership then),
-- so a person taken off a restricted production stops seeing what they were told about it.
create table notification (
    id              bigint        not null primary key,
    recipient_id    bigint        not null references app_user (id),
    production_id   bigint        not null references production (id),
    kind            varchar(64)   not null,
    title           varchar(300)  not null,
    link            varchar(500)  not null,
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone
);
-- the unread count in every page's header: recipient and read_at, so it reads only the unread entries
create index notification_unread_ix on notification (recipient_id, read_at);
-- the list, newest first
create index notification_recipient_ix on notification (recipient_id, created_at);

-- A person's secret iCalendar address: at most one per person, the secret stored as its SHA-256 only
-- (like API tokens). Rotating replaces the hash; revoking deletes the row (the audit trail keeps both).
create table calendar_feed (
    user_id         bigint       not null primary key references app_user (id),
    secret_hash     varchar(64)  not null,
    secret_prefix   varchar(16)  not null,
    created_at      timestamp with time zone not null,
    last_fetched_at timestamp with time zone,
    constraint calendar_feed_hash_uq unique (secret_hash)
);
