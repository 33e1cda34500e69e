// Walks the audit chain in order and reports every place where it does not hold: a record missing (a gap in
// seq), a record whose content no longer gives its hash (changed), a record not linked to the one before it,
// or a chain head that does not match the last record (records removed from the end).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainProblem =
  | { kind: 'gap'; afterSeq: number; nextSeq: number }
  | { kind: 'changed'; seq: number; id: number }
  | { kind: 'unlinked'; seq: number; id: number }
  | { kind: 'head_mismatch'; headSeq: number; lastSeq: number };

export interface ChainReport {
  ok: boolean;
  records: number;
  head: { seq: number; hash: string };
  problems: ChainProblem[];
}

interface Row {
  id: number;
  seq: number;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

/** Checks the whole chain, in batches of `batch` records; stops listing problems after `maxProblems`. */
export async function verifyAuditChain(
  db: Kysely<DB>,
  options: { batch?: number; maxProblems?: number } = {},
): Promise<ChainReport> {
  const batch = options.batch ?? 5000;
  const maxProblems = options.maxProblems ?? 100;
  const problems: ChainProblem[] = [];
  const note = (p: ChainProblem) => {
    if (problems.length < maxProblems) problems.push(p);
  };
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  let records = 0;
  for (;;) {
    const { rows } = await sql<Row>`
      select e.id, e.seq, e.prev_hash, e.hash, audit_event_digest(e.prev_hash, e) as recomputed
      from audit_event e where e.seq > ${lastSeq} order by e.seq limit ${batch}`.execute(db);
    if (!rows.length) break;
    for (const row of rows) {
      const seq = Number(row.seq);
      const id = Number(row.id);
      records++;
      if (seq !== lastSeq + 1) note({ kind: 'gap', afterSeq: lastSeq, nextSeq: seq });
      else if (row.prev_hash !== lastHash) note({ kind: 'unlinked', seq, id });
      if (row.recomputed !== row.hash) note({ kind: 'changed', seq, id });
      lastSeq = seq;
      lastHash = row.hash;
    }
  }
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const headSeq = head ? Number(head.seq) : 0;
  if (headSeq !== lastSeq || (head?.hash ?? GENESIS_HASH) !== lastHash)
    note({ kind: 'head_mismatch', headSeq, lastSeq });
  return {
    ok: problems.length === 0,
    records,
    head: { seq: headSeq, hash: head?.hash ?? GENESIS_HASH },
    problems,
  };
}

/** A line of the report in Chinese, for the command line. */
export function describeProblem(p: ChainProblem): string {
  switch (p.kind) {
    case 'gap':
      return `缺失：序号 ${p.afterSeq + 1}–${p.nextSeq - 1} 的审计记录不存在（被删除）`;
    case 'changed':
      return `篡改：序号 ${p.seq}（记录 ${p.id}）的内容与其哈希不符`;
    case 'unlinked':
      return `断链：序号 ${p.seq}（记录 ${p.id}）未链接到前一条记录`;
    case 'head_mismatch':
      return `链尾不符：链头记录到序号 ${p.headSeq}，实际最后一条为序号 ${p.lastSeq}（末尾记录被删除或链头被改）`;
  }
}
