-- A ticket's expert is one of the experts register (V9), now that both areas exist: the key V11 left out.
-- Tickets assigned before the service checked the id may name no expert; those assignments are dropped
-- (the audit trail still records them) rather than the migration failing.
update ticket set expert_id = null
where expert_id is not null and not exists (select 1 from expert e where e.id = ticket.expert_id);

alter table ticket add constraint ticket_expert_fk foreign key (expert_id) references expert (id);
