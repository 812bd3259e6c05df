-- Axon's bookkeeping of one service, in the service's own schema: tracking tokens (segments and their claims),
-- sagas and their associations, dead letters of its event processors, and the deadlines it waits for.
-- Written for the entities' mapping under Spring Boot's naming and BookkeepingPostgreSQLDialect (serialised
-- columns as bytea, not large objects); the applications validate their mapping against it at start-up.
-- The association sequence's increment matches Hibernate's default allocation of 50 ids per round trip.

create sequence association_value_entry_seq start with 1 increment by 50;

create table association_value_entry (
    id bigint not null,
    association_key varchar(255) not null,
    association_value varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255),
    primary key (id)
);

create table dead_letter_entry (
    enqueued_at timestamp(6) with time zone not null,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    sequence_index bigint not null,
    sequence_number bigint,
    cause_message varchar(1023),
    diagnostics bytea,
    meta_data bytea,
    payload bytea not null,
    token bytea,
    aggregate_identifier varchar(255),
    cause_type varchar(255),
    dead_letter_id varchar(255) not null,
    event_identifier varchar(255) not null,
    message_type varchar(255) not null,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    processing_group varchar(255) not null,
    sequence_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    token_type varchar(255),
    type varchar(255),
    primary key (dead_letter_id),
    unique (processing_group, sequence_identifier, sequence_index)
);

create table lc_deadline (
    failed_attempts integer not null,
    trigger_at timestamp(6) with time zone not null,
    meta_data varchar(4000) not null,
    payload varchar(4000),
    scope varchar(4000) not null,
    deadline_name varchar(255) not null,
    message_identifier varchar(255) not null,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    schedule_id varchar(255) not null,
    scope_type varchar(255) not null,
    primary key (schedule_id)
);

create table saga_entry (
    serialized_saga bytea,
    revision varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255),
    primary key (saga_id)
);

create table token_entry (
    segment integer not null,
    token bytea,
    owner varchar(255),
    processor_name varchar(255) not null,
    timestamp varchar(255) not null,
    token_type varchar(255),
    primary key (segment, processor_name)
);

create index association_value_entry_saga_type_key_value on association_value_entry (saga_type, association_key, association_value);

create index association_value_entry_saga on association_value_entry (saga_id, saga_type);

create index dead_letter_entry_processing_group on dead_letter_entry (processing_group);

create index dead_letter_entry_sequence on dead_letter_entry (processing_group, sequence_identifier);

create index lc_deadline_trigger_at on lc_deadline (trigger_at);

create index lc_deadline_name on lc_deadline (deadline_name);
