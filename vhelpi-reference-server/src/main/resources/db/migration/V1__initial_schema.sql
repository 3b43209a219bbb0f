-- The first schema of the reference server. Runs unchanged on H2 (embedded default) and
-- PostgreSQL. Instants are stored in UTC as timestamp with time zone. Text limits are checked
-- in code points by the application; columns are sized for two UTF-16 units per code point.

create table organisation (
    id          varchar(36)  primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null
);

create table api_key (
    id               varchar(36)  primary key,
    organisation_id  varchar(36)  not null references organisation (id),
    key_hash         varchar(64)  not null,
    key_prefix       varchar(16)  not null,
    label            varchar(100) not null,
    demo             boolean      not null default false,
    created_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    constraint api_key_hash_unique unique (key_hash)
);

create table license (
    id               varchar(36)  primary key,
    organisation_id  varchar(36)  not null references organisation (id),
    name             varchar(200) not null,
    credits          integer      not null,
    created_at       timestamp with time zone not null,
    constraint license_credits_not_negative check (credits >= 0)
);

-- An organisation that may charge another organisation's license (e.g. a broker).
create table license_grant (
    license_id       varchar(36) not null references license (id),
    organisation_id  varchar(36) not null references organisation (id),
    created_at       timestamp with time zone not null,
    primary key (license_id, organisation_id)
);

create table credit_ledger (
    id             varchar(36)  primary key,
    license_id     varchar(36)  not null references license (id),
    delta          integer      not null,
    balance_after  integer      not null,
    reason         varchar(20)  not null,
    session_id     varchar(36),
    actor          varchar(100) not null,
    note           varchar(500),
    created_at     timestamp with time zone not null,
    constraint credit_ledger_reason check (reason in ('GRANT', 'DEBIT', 'REFUND', 'ADJUSTMENT'))
);
create index credit_ledger_by_license on credit_ledger (license_id, created_at);
create index credit_ledger_by_session on credit_ledger (session_id);

-- A session is active while status is INVITED or IN_PROGRESS; then active_operator holds the
-- operator id and the unique constraint allows one such row per organisation and operator.
-- Ended sessions have active_operator null, and nulls never collide in a unique constraint.
create table inspection_session (
    id                  varchar(36)  primary key,
    organisation_id     varchar(36)  not null references organisation (id),
    operator_id         varchar(64)  not null,
    active_operator     varchar(64),
    license_id          varchar(36)  not null references license (id),
    case_number         varchar(200) not null,
    external_reference  varchar(200),
    channel             varchar(10)  not null,
    recipient           varchar(320) not null,
    status              varchar(20)  not null,
    join_token_hash     varchar(64),
    created_at          timestamp with time zone not null,
    joined_at           timestamp with time zone,
    last_activity_at    timestamp with time zone not null,
    expires_at          timestamp with time zone,
    ended_at            timestamp with time zone,
    constraint one_active_session_per_operator unique (organisation_id, active_operator),
    constraint session_join_token_unique unique (join_token_hash),
    constraint session_channel check (channel in ('SMS', 'EMAIL')),
    constraint session_status check (status in ('INVITED', 'IN_PROGRESS', 'CLOSED', 'EXPIRED')),
    constraint session_active_operator check (
        (status in ('INVITED', 'IN_PROGRESS') and active_operator = operator_id)
        or (status in ('CLOSED', 'EXPIRED') and active_operator is null))
);
create index session_history on inspection_session (organisation_id, operator_id, created_at, id);
create index session_overdue on inspection_session (expires_at);

-- The outbox: an invitation is written with its session and delivered after the commit. The
-- message (with the customer's link) is erased once it has been handed to a channel.
create table invitation (
    id                   varchar(36)  primary key,
    session_id           varchar(36)  not null references inspection_session (id),
    channel              varchar(10)  not null,
    recipient            varchar(320) not null,
    subject              varchar(300),
    body                 varchar(4000),
    html_body            varchar(8000),
    link                 varchar(500),
    status               varchar(20)  not null,
    attempts             integer      not null default 0,
    failure_reason       varchar(500),
    provider_message_id  varchar(200),
    created_at           timestamp with time zone not null,
    sent_at              timestamp with time zone,
    constraint invitation_status check (status in ('PENDING', 'SENT', 'DELIVERED', 'FAILED'))
);
create index invitation_by_session on invitation (session_id);
create index invitation_pending on invitation (status, created_at);

-- Embedded default only: what would have gone to customers, for a person to open.
create table dev_outbox_message (
    id          varchar(36)  primary key,
    session_id  varchar(36)  not null,
    channel     varchar(10)  not null,
    recipient   varchar(320) not null,
    subject     varchar(300),
    body        varchar(4000) not null,
    link        varchar(500) not null,
    created_at  timestamp with time zone not null
);
create index dev_outbox_newest on dev_outbox_message (created_at);
