-- Idempotency keys of create and close calls, kept per organisation for 24 hours.
--
-- A row is inserted before the call runs (insert-first: the primary key lets only one of two
-- concurrent calls with the same key through) and completed with the call's first answer.
-- Neither the key nor the answer is stored readable: key_hash is the key's SHA-256, and the
-- answer (which may hold the customer's link) is encrypted with a key derived from the
-- idempotency key, which only the caller knows.
create table idempotency_key (
    organisation_id    varchar(36)  not null references organisation (id),
    key_hash           varchar(64)  not null,
    request_hash       varchar(64)  not null,
    state              varchar(12)  not null,
    response_status    integer,
    response_location  varchar(500),
    response_body      varchar(40000),
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    primary key (organisation_id, key_hash),
    constraint idempotency_key_state check (state in ('IN_FLIGHT', 'COMPLETED')),
    constraint idempotency_key_answer check (
        (state = 'IN_FLIGHT' and response_status is null)
        or (state = 'COMPLETED' and response_status is not null and response_body is not null))
);
create index idempotency_key_expiry on idempotency_key (expires_at);
