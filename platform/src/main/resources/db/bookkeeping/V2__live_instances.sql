-- the instances running each event processor of a service and the segments each holds, refreshed while they run
create table lc_live_instance (
    segments_held integer not null,
    seen_at timestamp(6) with time zone not null,
    node_id varchar(255) not null,
    processor_name varchar(255) not null,
    primary key (node_id, processor_name)
);
