-- the instances of a service that share its event processors' segments, each refreshing its row while alive
create table lc_live_instance (
    seen_at timestamp(6) with time zone not null,
    node_id varchar(255) not null,
    service varchar(255) not null,
    primary key (node_id)
);
