-- PostgreSQL only: the credit ledger is append-only for every database user. A correction is a
-- new ADJUSTMENT entry, never an edited or deleted row. (H2, the embedded default, has no SQL
-- triggers; there the application is the only writer and never updates or deletes entries.)
create function credit_ledger_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'credit_ledger is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger credit_ledger_append_only
    before update or delete on credit_ledger
    for each statement execute function credit_ledger_refuse_change();

-- The license row is updated by every create; free space on its page keeps those updates
-- HOT (no index maintenance), which matters when many operators share one license.
alter table license set (fillfactor = 50);
