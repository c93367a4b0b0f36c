-- Scheduling: milestones (zero-length tasks whose due date is their target), a start-no-earlier-than date,
-- and how each dependency holds its task back (finish-to-start by default) with a lag in minutes.
alter table task add column milestone boolean default false not null;
alter table task add column start_not_before date;
alter table task_dependency add column link_type varchar(24) default 'FINISH_TO_START' not null;
alter table task_dependency add column lag_minutes integer default 0 not null;
