-- Reliable delivery of invitations: retries with backoff, delivery receipts, and the texts each
-- organisation may choose for its invitations. Runs unchanged on H2 and PostgreSQL.

-- When the dispatcher may try a pending invitation next; the first try is due at creation.
alter table invitation add column next_attempt_at timestamp with time zone;
update invitation set next_attempt_at = created_at where status = 'PENDING';
-- Why the last try failed while the invitation is still pending (retried later).
alter table invitation add column last_error varchar(500);
alter table invitation add column delivered_at timestamp with time zone;
alter table invitation add column failed_at timestamp with time zone;
-- The e-mail's sender display name, fixed when the invitation is written.
alter table invitation add column sender_name varchar(200);
-- How many segments the SMS took, as counted when it was handed to the gateway.
alter table invitation add column sms_segments integer;

drop index invitation_pending;
create index invitation_due on invitation (status, next_attempt_at);
create index invitation_by_provider_message on invitation (provider_message_id);

-- An organisation's own words for its invitations. Every text is optional: a missing one means
-- the built-in Hungarian text. Placeholders: {organisation}, {caseNumber}, {link}.
create table invitation_template (
    organisation_id    varchar(36)   primary key references organisation (id),
    sms_text           varchar(1000),
    sms_transliterate  boolean       not null default false,
    email_subject      varchar(300),
    email_body         varchar(4000),
    email_sender_name  varchar(200),
    updated_at         timestamp with time zone not null,
    constraint template_sms_has_link check (sms_text is null or sms_text like '%{link}%'),
    constraint template_email_has_link check (email_body is null or email_body like '%{link}%'),
    -- Header values: a line break would start a new mail header.
    constraint template_subject_one_line check (
        email_subject is null
        or (position(chr(10) in email_subject) = 0 and position(chr(13) in email_subject) = 0)),
    constraint template_sender_one_line check (
        email_sender_name is null
        or (position(chr(10) in email_sender_name) = 0
            and position(chr(13) in email_sender_name) = 0))
);
