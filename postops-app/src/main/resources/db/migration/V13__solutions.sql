-- Solutions that are proven: what was done to resolve a ticket, measured afterwards by recurrences (new or
-- reopened tickets on the same kit and category within 30 days), time to restore and the requester's rating;
-- and the knowledge articles written from them. The ticket is kept as a plain id (no foreign key): the
-- solution area stands on its own, and nothing here is ever deleted (articles are retired, not removed).
--
-- generation: the value of knowledge_generation when the row last changed (text, rating or recurrences). A
-- server's in-memory search index reloads only rows newer than the generation it has seen; see decision 0024.
create table knowledge_generation (
    id              integer       not null primary key,
    generation      bigint        not null
);
insert into knowledge_generation (id, generation) values (1, 0);

create table solution (
    id                      bigint         not null primary key,
    ticket_id               bigint         not null,
    production_id           bigint         references production (id),
    kit_type                varchar(32),
    category                varchar(32)    not null,
    summary                 varchar(200)   not null,
    symptoms                varchar(10000),
    error_text              varchar(20000),
    what_was_done           varchar(10000) not null,
    kind                    varchar(16)    not null,
    workaround_acceptable   boolean,
    why_not_acceptable      varchar(2000),
    snapshot_id             bigint,
    resolved_by             bigint         not null references app_user (id),
    raised_at               timestamp with time zone not null,
    restored_at             timestamp with time zone not null,
    recorded_at             timestamp with time zone not null,
    rating                  integer,
    rating_comment          varchar(2000),
    rated_at                timestamp with time zone,
    recurrences             integer        not null,
    generation              bigint         not null,
    constraint solution_rating_ck check (rating is null or (rating between 1 and 5)),
    constraint solution_restore_ck check (restored_at >= raised_at)
);
create index solution_ticket_ix on solution (ticket_id, recorded_at);
create index solution_generation_ix on solution (generation);
create index solution_restored_ix on solution (category, restored_at);

-- the kit the solved ticket was about (kit ids, so "the same kit" is a join, not a text match)
create table solution_kit (
    solution_id     bigint        not null references solution (id),
    kit_id          bigint        not null references kit (id),
    constraint solution_kit_pk primary key (solution_id, kit_id)
);
create index solution_kit_kit_ix on solution_kit (kit_id);

-- one row per (solution, later ticket): raising or reopening the same ticket twice counts once
create table solution_recurrence (
    id              bigint        not null primary key,
    solution_id     bigint        not null references solution (id),
    ticket_id       bigint        not null,
    occurred_at     timestamp with time zone not null,
    constraint solution_recurrence_uq unique (solution_id, ticket_id)
);

create table knowledge_article (
    id              bigint         not null primary key,
    title           varchar(200)   not null,
    body            varchar(50000) not null,
    category        varchar(32),
    retired         boolean        not null,
    created_by      bigint         not null references app_user (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         integer        not null,
    generation      bigint         not null
);
create index knowledge_article_generation_ix on knowledge_article (generation);

create table knowledge_article_solution (
    article_id      bigint        not null references knowledge_article (id),
    solution_id     bigint        not null references solution (id),
    constraint knowledge_article_solution_pk primary key (article_id, solution_id)
);
create index knowledge_article_solution_ix on knowledge_article_solution (solution_id);
