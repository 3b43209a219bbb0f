-- Session lifecycle: resent invitations and history search. Runs on H2 and PostgreSQL.

-- How many times the invitation of a session was sent again (each time with a fresh link); the
-- server allows a limited number (vhelpi.session.max-resends).
alter table inspection_session add column invitations_resent integer default 0 not null;

-- History search by the case number or by the host system's external reference, per operator.
create index session_by_case_number
    on inspection_session (organisation_id, operator_id, case_number);
create index session_by_external_reference
    on inspection_session (organisation_id, operator_id, external_reference);
