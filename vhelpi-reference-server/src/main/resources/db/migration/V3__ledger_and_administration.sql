-- API keys get a scope: host systems act for their operators ('host'); the administration API
-- ('admin') creates licenses, tops up credits, grants licenses and reads the ledger. A key has
-- exactly one scope, so a leaked host key can never move credits.
alter table api_key add column scope varchar(10) default 'host' not null;
alter table api_key add constraint api_key_scope check (scope in ('host', 'admin'));

-- Grants are listed per grantee when an organisation's usable licenses are read.
create index license_grant_by_organisation on license_grant (organisation_id);

-- Licenses are listed per owner on the administration API.
create index license_by_organisation on license (organisation_id);

-- A ledger entry of a session names it; every other entry says why it was made.
alter table credit_ledger add constraint credit_ledger_explained check (
    (reason in ('DEBIT', 'REFUND') and session_id is not null)
    or (reason in ('GRANT', 'ADJUSTMENT')));
alter table credit_ledger add constraint credit_ledger_delta_not_zero check (delta <> 0);
