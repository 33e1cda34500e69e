// The audit trail made tamper-evident (issue 15.5).
//
// Context: every record carries the client address, user agent, a hash of the session id (never the token) and
// the request id, filled by the audit writer from the request's context (src/modules/audit/context.ts).
//
// Immutable: triggers refuse UPDATE, DELETE and TRUNCATE on audit_event for every role, the owner and
// superusers included (only disabling the trigger, or session_replication_role = replica, both reserved to the
// owner or a superuser, gets past them — and the hash chain then shows what was done).
//
// Hash chain: each record holds hash = sha256(previous hash || canonical record), with seq its place in the
// chain. The chain is extended by a BEFORE INSERT trigger that locks the chain head (audit_chain_head, one
// row) for the rest of the writing transaction. Why a lock on the head rather than a sealing step after
// commit: every insert, from any code path (bulk COPY of the demo and imports included), is chained at once,
// so there is no window in which a record exists unchained, and no sealing job to run or to forget; the order
// of the chain is the order in which transactions took the head, so concurrent writers can never fork it or
// leave a gap (a rolled-back transaction releases the head unchanged). The cost: transactions that write audit
// records serialise from their first audit insert to their commit, which is why writers record their audit
// entry last in the transaction (as the services already do). Retention: there is no purge of the trail; records
// are kept at least 6 months (网络安全法 §21) whatever else is purged — see docs/audit.md.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_event
      add column client_address text,
      add column user_agent text,
      add column session_hash text,
      add column request_id text,
      add column seq bigint,
      add column prev_hash text,
      add column hash text`.execute(db);

  // The canonical form of a record: a JSON array of its fields in a fixed order (jsonb's text form is
  // deterministic; the time in UTC to the microsecond, whatever the session's time zone).
  await sql`
    create function audit_event_digest(prev text, e audit_event) returns text
    language sql immutable as $$
      select encode(sha256(convert_to(prev || jsonb_build_array(
        e.seq, e.id, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.actor_id, e.actor_name, e.action, e.entity, e.entity_id, e.child_id, e.region_code,
        e.changes, e.detail, e.client_address, e.user_agent, e.session_hash, e.request_id
      )::text, 'UTF8')), 'hex')
    $$`.execute(db);

  await sql`
    create table audit_chain_head (
      id integer primary key check (id = 1),
      seq bigint not null,
      hash text not null
    )`.execute(db);

  // Chain the records already there, in id order.
  await sql`
    do $$
    declare
      r audit_event;
      h text := repeat('0', 64);
      s bigint := 0;
    begin
      for r in select * from audit_event order by id loop
        s := s + 1;
        r.seq := s;
        r.prev_hash := h;
        h := audit_event_digest(r.prev_hash, r);
        update audit_event set seq = s, prev_hash = r.prev_hash, hash = h where id = r.id;
      end loop;
      insert into audit_chain_head (id, seq, hash) values (1, s, h);
    end $$`.execute(db);

  await sql`alter table audit_event alter column seq set not null`.execute(db);
  await sql`alter table audit_event alter column prev_hash set not null`.execute(db);
  await sql`alter table audit_event alter column hash set not null`.execute(db);
  await sql`create unique index audit_event_seq_idx on audit_event (seq)`.execute(db);

  await sql`
    create function audit_event_chain() returns trigger
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
  await sql`
    create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain()`.execute(db);

  await sql`
    create function audit_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception '审计记录不可修改、删除或清空（%）', TG_OP using errcode = '42501';
    end $$`.execute(db);
  await sql`
    create trigger audit_event_immutable before update or delete on audit_event
    for each row execute function audit_refuse_change()`.execute(db);
  await sql`
    create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_refuse_change()`.execute(db);

  // The head moves only from inside the chaining trigger (trigger depth 2), never by a statement of its own.
  await sql`
    create function audit_head_guard() returns trigger
    language plpgsql as $$
    begin
      if TG_OP = 'UPDATE' and pg_trigger_depth() > 1 then
        return NEW;
      end if;
      raise exception '审计链头只能由写入审计记录时更新（%）', TG_OP using errcode = '42501';
    end $$`.execute(db);
  await sql`
    create trigger audit_chain_head_guard before update or delete on audit_chain_head
    for each row execute function audit_head_guard()`.execute(db);
  await sql`
    create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_refuse_change()`.execute(db);

  await sql`create index audit_event_actor_idx on audit_event (actor_id, occurred_at)`.execute(db);
  await sql`create index audit_event_action_idx on audit_event (action, occurred_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger audit_event_chain on audit_event`.execute(db);
  await sql`drop trigger audit_event_immutable on audit_event`.execute(db);
  await sql`drop trigger audit_event_no_truncate on audit_event`.execute(db);
  await sql`drop table audit_chain_head`.execute(db);
  await sql`drop function audit_head_guard()`.execute(db);
  await sql`drop function audit_refuse_change()`.execute(db);
  await sql`drop function audit_event_chain()`.execute(db);
  await sql`drop index audit_event_actor_idx`.execute(db);
  await sql`drop index audit_event_action_idx`.execute(db);
  await sql`drop index audit_event_seq_idx`.execute(db);
  await sql`
    alter table audit_event
      drop column client_address, drop column user_agent, drop column session_hash,
      drop column request_id, drop column seq, drop column prev_hash, drop column hash`.execute(db);
  await sql`drop function audit_event_digest(text, audit_event)`.execute(db);
}
