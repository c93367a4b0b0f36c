-- Each server node's last sign of life (decision 0026). A node writes its row every quarter of
-- postops.jobs.node-timeout-seconds; a run left RUNNING by a node silent for longer than that is failed by the
-- nodes still up, so a dead node's runs do not stay "running" until it comes back.
create table job_node (
    node            varchar(200)    not null primary key,
    heartbeat_at    timestamp with time zone not null
);
