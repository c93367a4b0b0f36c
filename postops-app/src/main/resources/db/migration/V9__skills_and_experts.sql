-- Skills: the facility's taxonomy, each person's self-assessment, the skills a task requires, and the experts
-- (staff engineers, freelancers, vendor support lines) a ticket can be routed to. Levels are the names of
-- SkillLevel (NONE, BASIC, WORKING, EXPERT); categories the names of SkillCategory. Skills are retired, never
-- deleted, so that old assessments and tickets still name them.
create table skill (
    id              bigint         not null primary key,
    category        varchar(32)    not null,
    name            varchar(200)   not null,
    description     varchar(2000),
    retired         boolean        not null,
    version         integer        not null,
    constraint skill_name_uq unique (name)
);

-- A person's own, realistic assessment of a skill. No row: not assessed (read as NONE).
create table user_skill (
    user_id         bigint         not null references app_user (id),
    skill_id        bigint         not null references skill (id),
    level           varchar(16)    not null,
    updated_at      timestamp with time zone not null,
    primary key (user_id, skill_id)
);
create index user_skill_skill_ix on user_skill (skill_id);

-- The level of a skill a task needs from whoever works on it.
create table task_skill (
    task_id         bigint         not null references task (id),
    skill_id        bigint         not null references skill (id),
    level           varchar(16)    not null,
    primary key (task_id, skill_id)
);

-- Someone who can help with a fault. A STAFF expert is an app user (user_id); freelancers and vendor lines
-- are not. Support hours: always_open (24/7), or open_days (e.g. MON,TUE,WED,THU,FRI) from opens_minute to
-- closes_minute (minutes after midnight) in hours_zone.
create table expert (
    id              bigint         not null primary key,
    kind            varchar(16)    not null,
    user_id         bigint         references app_user (id),
    name            varchar(200)   not null,
    organisation    varchar(200),
    email           varchar(254),
    phone           varchar(64),
    url             varchar(2000),
    notes           varchar(10000),
    always_open     boolean        not null,
    open_days       varchar(64),
    opens_minute    integer,
    closes_minute   integer,
    hours_zone      varchar(64),
    active          boolean        not null,
    version         integer        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint expert_user_uq unique (user_id),
    constraint expert_hours_ck check (always_open or (open_days is not null and opens_minute is not null
                                      and closes_minute is not null and hours_zone is not null)),
    constraint expert_minutes_ck check ((opens_minute is null or (opens_minute >= 0 and opens_minute < 1440))
                                        and (closes_minute is null or (closes_minute > 0 and closes_minute <= 1440)))
);

create table expert_skill (
    expert_id       bigint         not null references expert (id),
    skill_id        bigint         not null references skill (id),
    level           varchar(16)    not null,
    primary key (expert_id, skill_id)
);

create table expert_kit_type (
    expert_id       bigint         not null references expert (id),
    kit_type        varchar(32)    not null,
    primary key (expert_id, kit_type)
);

-- The taxonomy a post-production facility starts with; admins add, rename and retire skills from here.
insert into skill (id, category, name, description, retired, version) values
    (900001, 'EDITING_SYSTEMS', 'Avid Media Composer', 'Editing, bins, ScriptSync, shared projects on NEXIS', false, 0),
    (900002, 'EDITING_SYSTEMS', 'Adobe Premiere Pro', 'Editing, Productions, proxies, Dynamic Link', false, 0),
    (900003, 'EDITING_SYSTEMS', 'DaVinci Resolve editing', 'Edit and cut pages, timelines, conform from EDL/XML/AAF', false, 0),
    (900004, 'EDITING_SYSTEMS', 'Final Cut Pro', 'Libraries, events, roles, XML round trips', false, 0),
    (900005, 'EDITING_SYSTEMS', 'Conform and relink', 'Online conform from offline: EDL, AAF, XML, reel names and timecode', false, 0),
    (900006, 'GRADING', 'DaVinci Resolve colour', 'Node grading, colour management, Resolve Studio panels', false, 0),
    (900007, 'GRADING', 'FilmLight Baselight', 'Baselight grading, BLG, Truelight colour spaces', false, 0),
    (900008, 'GRADING', 'Look development and LUTs', 'Show LUTs, CDLs, looks from set to grade', false, 0),
    (900009, 'AUDIO', 'Avid Pro Tools', 'Editing and mixing sessions, AAF/OMF import, HDX and Carbon', false, 0),
    (900010, 'AUDIO', 'Fairlight', 'DaVinci Resolve Fairlight page and consoles', false, 0),
    (900011, 'AUDIO', 'Dolby Atmos mixing', 'Renderer, ADM BWF masters, binaural and re-renders', false, 0),
    (900012, 'AUDIO', 'Loudness', 'EBU R128, ATSC A/85, Netflix dialogue-gated loudness, true peak', false, 0),
    (900013, 'AUDIO', 'Audio interfaces and routing', 'MADI, Dante, sync and word clock', false, 0),
    (900014, 'VFX', 'Nuke', 'Compositing, NukeX, gizmos, render farm submission', false, 0),
    (900015, 'VFX', 'After Effects', 'Motion graphics, expressions, Media Encoder renders', false, 0),
    (900016, 'VFX', 'Autodesk Flame', 'Finishing, Batch, Flame archives', false, 0),
    (900017, 'VFX', 'Render farm', 'Deadline or similar: queues, workers, licences', false, 0),
    (900018, 'CODECS_AND_FORMATS', 'ProRes', 'ProRes 422/4444/RAW flavours, encoding on Linux and Windows', false, 0),
    (900019, 'CODECS_AND_FORMATS', 'DNxHD/DNxHR', 'Avid codecs, MXF OP-Atom and OP1a', false, 0),
    (900020, 'CODECS_AND_FORMATS', 'IMF', 'Interoperable Master Format packages: CPL, OPL, supplemental packages', false, 0),
    (900021, 'CODECS_AND_FORMATS', 'MXF and AS-11', 'AS-11 DPP UK broadcast deliveries, metadata', false, 0),
    (900022, 'CODECS_AND_FORMATS', 'H.264/HEVC', 'Review and web encodes, bitrates, hardware encoders', false, 0),
    (900023, 'CODECS_AND_FORMATS', 'Camera RAW formats', 'ARRIRAW, R3D, BRAW, Sony X-OCN debayer and SDKs', false, 0),
    (900024, 'COLOUR_PIPELINE', 'ACES', 'ACES 1.x/2.0, IDTs/ODTs, ACEScct, AMF', false, 0),
    (900025, 'COLOUR_PIPELINE', 'HDR (PQ/HLG)', 'PQ and HLG mastering, Dolby Vision metadata, MaxCLL/MaxFALL', false, 0),
    (900026, 'COLOUR_PIPELINE', 'Monitor calibration', 'Probes, Calman/ColourSpace, 3D LUT boxes, reference monitor set-up', false, 0),
    (900027, 'STORAGE', 'SAN/NAS', 'Shared storage: NEXIS, StorNext, Isilon, SMB/NFS mounts, permissions', false, 0),
    (900028, 'STORAGE', 'LTO/LTFS', 'LTO drives and libraries, LTFS, archive and restore', false, 0),
    (900029, 'STORAGE', 'MHL/checksums', 'Media hash lists, xxHash/MD5, verified copies from set', false, 0),
    (900030, 'NETWORKING', 'Facility network', 'VLANs, 10/25/100 GbE, switch configuration', false, 0),
    (900031, 'NETWORKING', 'Remote access and VPN', 'Remote editing and review, VPN, PCoIP/Teradici', false, 0),
    (900032, 'NETWORKING', 'File transfer', 'Aspera, Signiant, MASV: accelerated transfers to and from clients', false, 0),
    (900033, 'HARDWARE', 'Workstations', 'Mac, Linux and Windows workstations: builds, GPUs, drivers', false, 0),
    (900034, 'HARDWARE', 'I/O cards', 'Blackmagic DeckLink, AJA Kona: firmware, drivers, SDI/HDMI output', false, 0),
    (900035, 'HARDWARE', 'Reference monitors', 'Sony, Flanders, EIZO reference displays: modes, SDI, firmware', false, 0),
    (900036, 'HARDWARE', 'Decks and SDI routing', 'Tape decks, SDI routers, sync generators', false, 0),
    (900037, 'SOFTWARE_AND_LICENCES', 'Licence servers', 'FlexLM/RLM floating licences, dongles, iLok', false, 0),
    (900038, 'SOFTWARE_AND_LICENCES', 'Software deployment', 'Installing and pinning application versions across suites', false, 0),
    (900039, 'DELIVERY_AND_QC', 'Automated QC', 'Baton, Aurora, Vidchecker: test plans and reports', false, 0),
    (900040, 'DELIVERY_AND_QC', 'Delivery specifications', 'Broadcaster and streamer specs: Netflix, BBC, DPP', false, 0),
    (900041, 'DELIVERY_AND_QC', 'Subtitles and captions', 'SRT, STL, TTML/IMSC, burnt-in subtitles', false, 0);
