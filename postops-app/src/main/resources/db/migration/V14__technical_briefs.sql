-- The technical brief of a production is generated from what PostOps knows (spec, stages, bookings,
-- configurations, tickets); what it cannot know — where the media lives, how it moves, what worries the team —
-- the team writes here, one row per production, versioned like everything else that is edited.
create table technical_brief_notes (
    production_id   bigint          not null primary key references production (id),
    storage_notes   varchar(10000),
    media_notes     varchar(10000),
    risk_notes      varchar(10000),
    updated_by      bigint          not null references app_user (id),
    updated_at      timestamp with time zone not null,
    version         integer         not null
);
