// The records of reads (child-reads.ts) that arrive together are written together. Each record takes the audit
// chain's head row lock (0040, 0067) until its commit, so one statement and one commit per read made the reads
// of a busy server wait for each other's commits: the director's worklist under load spent ~30 % of its time on
// its record (bench/README, load). Here, while one write is under way, the next records wait and then go in one
// statement — group commit: alone, a record is written at once; under load, many share a commit. Every request
// still waits for its own record before it answers, so no read is ever served unrecorded.
import type { Insertable, Kysely } from 'kysely';
import type { AuditEventTable, DB } from '../../db/schema.ts';

type Row = Insertable<AuditEventTable>;

interface Waiting {
  row: Row;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** At most this many records per statement (13 parameters each, far below PostgreSQL's 65,535). */
const MOST_PER_STATEMENT = 500;

class ReadRecordWriter {
  private readonly waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly db: Kysely<DB>) {}

  write(row: Row): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length) await this.writeGroup(this.waiting.splice(0, MOST_PER_STATEMENT));
    } finally {
      this.writing = false;
    }
  }

  private async writeGroup(group: Waiting[]): Promise<void> {
    try {
      await this.db
        .insertInto('audit_event')
        .values(group.map((w) => w.row))
        .execute();
      for (const w of group) w.resolve();
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      // One record's fault must not fail the others' requests: each is written, or fails, on its own.
      for (const w of group) {
        try {
          await this.db.insertInto('audit_event').values(w.row).execute();
          w.resolve();
        } catch (own) {
          w.reject(own);
        }
      }
    }
  }
}

const writers = new WeakMap<Kysely<DB>, ReadRecordWriter>();

/** Writes a read's record, grouped with those of concurrent reads on the same database; resolves once stored. */
export function writeReadRecord(db: Kysely<DB>, row: Row): Promise<void> {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new ReadRecordWriter(db)));
  return writer.write(row);
}
