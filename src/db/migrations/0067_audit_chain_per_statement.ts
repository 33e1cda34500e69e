// 0040's chaining trigger moved the chain's head (one row) for every audit record. Within one transaction
// every such update leaves a row version the next lookup of the head must walk past (none can be pruned while
// the transaction runs), so each record cost more than the one before: an import writing its audit records in
// one transaction took quadratic time (PostgreSQL: 5,000 head updates 0.44 s, the next 5,000 1.07 s, the next
// 1.78 s; 10,000 children imported on PGlite in 15 s, 20,000 in 41 s). Now the row trigger carries the head
// from record to record in a transaction-local setting, with the transaction's id so nothing else's is taken,
// and the head row is written once per statement. Writers still take the head row's lock first, so records of
// concurrent transactions never fork the chain; the guard on the head (an update only from inside a trigger)
// holds as before.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function audit_event_chain() returns trigger
    language plpgsql as $$
    declare
      head record;
      carried text[] := string_to_array(nullif(current_setting('tonghu.audit_chain', true), ''), ':');
      s bigint;
      h text;
    begin
      select seq, hash into head from audit_chain_head where id = 1 for update;
      if carried is not null and carried[1] = txid_current()::text and carried[2]::bigint >= head.seq then
        s := carried[2]::bigint;
        h := carried[3];
      else
        s := head.seq;
        h := head.hash;
      end if;
      NEW.seq := s + 1;
      NEW.prev_hash := h;
      NEW.hash := audit_event_digest(h, NEW);
      perform set_config('tonghu.audit_chain', txid_current() || ':' || NEW.seq || ':' || NEW.hash, true);
      return NEW;
    end $$`.execute(db);

  await sql`
    create function audit_chain_head_move() returns trigger
    language plpgsql as $$
    declare
      carried text[] := string_to_array(nullif(current_setting('tonghu.audit_chain', true), ''), ':');
    begin
      if carried is not null and carried[1] = txid_current()::text then
        update audit_chain_head set seq = carried[2]::bigint, hash = carried[3]
        where id = 1 and seq < carried[2]::bigint;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger audit_event_chain_head after insert on audit_event
    for each statement execute function audit_chain_head_move()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger audit_event_chain_head on audit_event`.execute(db);
  await sql`drop function audit_chain_head_move()`.execute(db);
  await sql`
    create or replace function audit_event_chain() returns trigger
    language plpgsql as $$
    declare
      head record;
    begin
      select seq, hash into head from audit_chain_head where id = 1 for update;
      NEW.seq := head.seq + 1;
      NEW.prev_hash := head.hash;
      NEW.hash := audit_event_digest(head.hash, NEW);
      update audit_chain_head set seq = NEW.seq, hash = NEW.hash where id = 1;
      return NEW;
    end $$`.execute(db);
}
